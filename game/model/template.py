"""``okuya new-pack``: start a pack folder from a fully commented template that already checks.

The folder gets ``pack.yaml`` and, beside it, ``pack.schema.json``; the first line of
``pack.yaml`` points editors at the schema (the YAML language server reads it), so a
teacher gets completion and checking while typing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from game.model.schema import SCHEMA_NAME, schema_text

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")

TEMPLATE = """\
# yaml-language-server: $schema=./{schema}
# A pack for Okuya: one news article turned into rounds to play.
# Check it with:  okuya check {folder}
# Play it with:   okuya play --pack {folder} --watch   (reloads when you save)
#
# Ids use lowercase letters, digits and dashes (such as 'election-day'); rounds refer to
# items by id. Put text in "quotes" when it contains ': ' or ' #', starts with a
# special character, or is a word YAML reads otherwise: yes, no, on, off, true, false, null,
# and numbers such as 1.10 (YAML would read 1.1).
format: 1
id: {pack_id}
title: {title}
summary: One or two sentences that say what the pack is about.
language: {language}                 # the language this file is written in

source:                       # the article the pack is drawn from
  title: The headline of the article
  publisher: The newspaper or website
  author: The author's name           # optional
  date: 2024-05-01                    # YYYY, YYYY-MM or YYYY-MM-DD
  url: https://example.org/article    # optional
  # text: article.txt                 # optional: your own copy of the article, beside this
  #                                   # file; then every 'evidence' is checked against it

people:                       # everyone who speaks in a who-said round
  - id: mayor
    name: Ana Example
    role: the mayor                   # optional
  - id: teacher
    name: Bek Example
    role: a teacher
  - id: student
    name: Cholpon Example
    role: a student
  - id: reporter
    name: Dana Example
    role: a reporter

events:                       # things that happened, for timeline rounds
  - id: announcement
    when: 2024-04                     # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM
    text: The town announces a new library.
    evidence: a short passage copied word for word from the article
  - id: opening
    when: 2024-05-01
    label: Wednesday                  # optional: shown instead of the date
    text: The library opens its doors.
    evidence: another short passage from the article
  - id: first-class
    when: 2024-05-02T10:00            # a time, when two events share a day
    text: The first class visits the library.
    evidence: a third passage from the article
  # In one timeline round, every two dates must be in a certain order: 2024-05 and
  # 2024-05-01 cannot be ordered (the month contains the day), so the checker refuses them.

quotes:                       # words people said, for who-said rounds
  - id: open-to-all
    text: The library is open to everyone.
    speaker: mayor                    # the id of a person
    evidence: a passage with the quote
  - id: books
    text: My students asked for more books.
    speaker: teacher
    reported: true                    # true when the article reports the words indirectly
    context: At the opening.          # optional
    evidence: a passage with the quote
  - id: every-day
    text: I will come every day.
    speaker: student
    evidence: a passage with the quote

questions:                    # multiple-choice questions, for quiz rounds
  - id: when-open
    prompt: When did the library open?
    answer: In May
    wrong: [In April, In June]        # one to four wrong answers
    explain: It opened on 1 May.      # optional, shown after answering
    evidence: a passage that gives the answer
  - id: who-asked
    prompt: Who asked for more books?
    answer: The students
    wrong: [The mayor, The reporters]
    evidence: a passage that gives the answer
  - id: how-many
    prompt: How many floors does the library have?
    answer: "2"                       # numbers as answers go in quotes
    wrong: ["1", "3", "5"]
    evidence: a passage that gives the answer

scenes:                       # narrative cards between rounds
  - id: intro
    title: A new library
    picture: classroom                # built in: classroom, city-street, map-pin... (the
                                      # list: docs/authoring.md); or images/<file>.png/.jpg
    text: |
      The town has waited years for this day.

play:                         # what is played, in order
  - scene: intro
  - timeline:
      id: opening-days
      title: How the library opened
      events: [announcement, opening, first-class]
      scoring: relative_all_previous_and_next   # optional; see docs/checker.md
  - who_said:
      id: voices
      title: Who said it?
      quotes: [open-to-all, books, every-day]
      extra_speakers: [reporter]      # optional: people offered who said none of them
  - quiz:
      id: facts
      title: Facts and figures
      questions: [when-open, who-asked, how-many]
      time_limit: 90                  # optional, in seconds
"""


def render_template(folder_name: str, pack_id: str, title: str, language: str) -> str:
    """Return the text of a starter ``pack.yaml``."""
    return TEMPLATE.format(
        schema=SCHEMA_NAME,
        folder=folder_name,
        pack_id=pack_id,
        # A JSON string is a valid YAML double-quoted scalar: safe for any title.
        title=json.dumps(title, ensure_ascii=False),
        language=language,
    )


def default_pack_id(folder: Path) -> str:
    """Return an id made from the folder's name."""
    words = re.split(r"[^a-z0-9]+", folder.resolve().name.lower())
    return "-".join(word for word in words if word) or "my-pack"


def new_pack(
    folder: str,
    pack_id: str | None = None,
    title: str | None = None,
    language: str = "en",
) -> int:
    """Create ``folder`` with a starter pack.yaml and the schema; return the exit status."""
    target = Path(folder)
    pack_id = pack_id or default_pack_id(target)
    if not _ID.match(pack_id):
        print(
            f"okuya new-pack: {pack_id!r} is not a valid id: "
            "use lowercase letters, digits and dashes",
            file=sys.stderr,
        )
        return 2
    if not _LANGUAGE.match(language):
        print(
            f"okuya new-pack: {language!r} is not a language code such as en, ky or ru",
            file=sys.stderr,
        )
        return 2
    pack_file = target / "pack.yaml"
    if pack_file.exists():
        print(f"okuya new-pack: {pack_file} already exists; not overwriting it", file=sys.stderr)
        return 2
    try:
        target.mkdir(parents=True, exist_ok=True)
        (target / SCHEMA_NAME).write_text(schema_text(), encoding="utf-8")
        pack_file.write_text(
            render_template(folder, pack_id, title or "My pack", language), encoding="utf-8"
        )
    except OSError as error:
        print(f"okuya new-pack: cannot write {target}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Created {pack_file}. Edit it, then run: okuya check {folder}")
    return 0
