"""``okuya draft``: turn a plain-text article into a checked first draft of a pack.

    okuya draft article.txt -o my-pack [--lang en|ru|ky] [--date YYYY-MM-DD] [--title TEXT]

Writes ``my-pack/pack.yaml``, a copy of the article as ``my-pack/article.txt`` (named in
``source.text``, so ``okuya check my-pack`` proves every excerpt) and ``pack.schema.json``
for editors, then checks the folder and says what was found. The messages are in the
language of ``--lang`` (the article's language) unless ``--messages`` says otherwise.

Exit status: 0 drafted (the draft passes ``okuya check``; warnings are expected), 1 the draft
has checker errors (a bug: please report it), 2 the input or the output folder is unusable.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from babel.lists import format_list

from game.commands.check import summary_line
from game.draft.pipeline import ARTICLE_FILE, DraftError, DraftResult, draft_article
from game.i18n.translator import Translator
from game.model.files import MAX_SOURCE_TEXT_BYTES
from game.model.loader import PACK_FILE, check_pack
from game.model.schema import SCHEMA_NAME, schema_text

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Refusal(Exception):
    """A problem with the input or the output folder, already put in words for the teacher."""


def _translator(language: str) -> Translator:
    try:
        return Translator(language)
    except ValueError:
        return Translator("en")


def draft_command(
    article: str,
    out: str,
    language: str = "en",
    date: str | None = None,
    title: str | None = None,
    force: bool = False,
    messages: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Draft a pack from ``article`` into the folder ``out``; return the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    t = _translator(messages or language)
    try:
        published = _parse_date(date, t)
        raw, text = _read_article(Path(article), t)
        try:
            result = draft_article(text, language, published, title)
        except DraftError:
            raise _Refusal(
                t.gettext(
                    "No publication date was found in the article's first lines — give it with --date YYYY-MM-DD."
                )
            ) from None
        folder = Path(out)
        pack_file = folder / PACK_FILE
        unchanged = _prepare_folder(folder, pack_file, result.yaml_text, force, t)
        if not unchanged:
            _write(folder, raw, result.yaml_text, t)
    except _Refusal as refusal:
        print(str(refusal), file=stderr)
        return EXIT_USAGE
    problems = check_pack(folder, t)
    _report(result, folder, pack_file, unchanged, t, stdout)
    errors = [problem for problem in problems if problem.is_error]
    for problem in errors:
        print(problem.format(), file=stderr)
    print(summary_line(str(folder), problems, t), file=stdout)
    if errors:
        print(
            t.gettext("The draft has errors the checker found: this is a bug, please report it."),
            file=stderr,
        )
        return EXIT_ERRORS
    print(
        t.gettext(
            "Every guess is marked with a '# check:' comment: read them all, edit the pack, then run: okuya check {folder}"
        ).format(folder=folder),
        file=stdout,
    )
    return EXIT_OK


def _parse_date(date: str | None, t: Translator) -> dt.date | None:
    """Return the ``--date`` value as a date, or None when it was not given."""
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date.strip())
    except ValueError:
        raise _Refusal(
            t.gettext("'{value}' is not a date of the form YYYY-MM-DD.").format(value=date)
        ) from None


def _read_article(path: Path, t: Translator) -> tuple[bytes, str]:
    """Return the article's bytes and its text; refuse what is not a plain-text article."""
    try:
        if not path.exists():
            raise _Refusal(
                t.gettext(
                    "There is no file {file} — give the path of a plain-text article."
                ).format(file=path)
            )
        if not path.is_file():
            raise _Refusal(
                t.gettext(
                    "{file} is not an ordinary file — give the path of a plain-text article."
                ).format(file=path)
            )
        if path.stat().st_size > MAX_SOURCE_TEXT_BYTES:
            raise _Refusal(
                t.gettext(
                    "{file} is larger than {size} MB — an article for a pack is much shorter."
                ).format(file=path, size=MAX_SOURCE_TEXT_BYTES // (1024 * 1024))
            )
        raw = path.read_bytes()
    except OSError as error:
        raise _Refusal(
            t.gettext("{file} cannot be read: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Refusal(
            t.gettext(
                "{file} is not UTF-8 text — save it as plain text in UTF-8 and try again."
            ).format(file=path)
        ) from None
    if not text.strip():
        raise _Refusal(t.gettext("{file} is empty — there is nothing to draft.").format(file=path))
    return raw, text


def _prepare_folder(
    folder: Path, pack_file: Path, yaml_text: str, force: bool, t: Translator
) -> bool:
    """Make sure the draft may be written; return True when the same draft is already there."""
    if folder.exists() and not folder.is_dir():
        raise _Refusal(
            t.gettext("{folder} is a file, not a folder — choose a folder for the draft.").format(
                folder=folder
            )
        )
    if pack_file.exists():
        try:
            same = pack_file.read_text(encoding="utf-8") == yaml_text
        except (OSError, UnicodeDecodeError):
            same = False
        if same:
            return True
        if not force:
            raise _Refusal(
                t.gettext(
                    "{file} already holds a different pack — choose another folder, or add --force to replace it."
                ).format(file=pack_file)
            )
    return False


def _write(folder: Path, raw: bytes, yaml_text: str, t: Translator) -> None:
    """Write the article's copy, the schema and the pack."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ARTICLE_FILE).write_bytes(raw)
        (folder / SCHEMA_NAME).write_text(schema_text(), encoding="utf-8")
        (folder / PACK_FILE).write_text(yaml_text, encoding="utf-8")
    except OSError as error:
        raise _Refusal(
            t.gettext("{folder} cannot be written: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None


def _report(
    result: DraftResult, folder: Path, pack_file: Path, unchanged: bool, t: Translator, out: TextIO
) -> None:
    """Print what was drafted, for the teacher."""
    locale = t.locale
    if unchanged:
        print(t.gettext("The draft is unchanged: {file}").format(file=pack_file), file=out)
    else:
        print(
            t.gettext("Wrote {file}, with a copy of the article as {article}.").format(
                file=pack_file, article=folder / ARTICLE_FILE
            ),
            file=out,
        )
    date = t.format_date(result.published)
    if result.published_from == "option":
        print(t.gettext("Publication date: {date} (from --date).").format(date=date), file=out)
    else:
        print(
            t.gettext("Publication date: {date}, read from the article's words “{words}”.").format(
                date=date, words=result.published_from
            ),
            file=out,
        )
    direct = sum(1 for quote in result.quotes if not quote.reported)
    reported = len(result.quotes) - direct
    found = [
        t.ngettext("{count} person", "{count} people", len(result.people)).format(
            count=len(result.people)
        ),
        t.ngettext("{count} direct quote", "{count} direct quotes", direct).format(count=direct),
        t.ngettext("{count} reported statement", "{count} reported statements", reported).format(
            count=reported
        ),
        t.ngettext("{count} dated event", "{count} dated events", len(result.events)).format(
            count=len(result.events)
        ),
        t.ngettext("{count} question", "{count} questions", len(result.questions)).format(
            count=len(result.questions)
        ),
    ]
    print(t.gettext("Found: {items}.").format(items=format_list(found, locale=locale)), file=out)
    rounds = [
        t.ngettext(
            "{count} timeline round", "{count} timeline rounds", result.rounds["timeline"]
        ).format(count=result.rounds["timeline"]),
        t.ngettext(
            "{count} who-said round", "{count} who-said rounds", result.rounds["who_said"]
        ).format(count=result.rounds["who_said"]),
        t.ngettext("{count} quiz round", "{count} quiz rounds", result.rounds["quiz"]).format(
            count=result.rounds["quiz"]
        ),
    ]
    print(
        t.gettext("Play list: a scene from the lead, then {rounds}.").format(
            rounds=format_list(rounds, locale=locale)
        ),
        file=out,
    )
    if result.rejected_rounds:
        print(
            t.ngettext(
                "{count} round was left out because the checker rejected it.",
                "{count} rounds were left out because the checker rejected them.",
                result.rejected_rounds,
            ).format(count=result.rejected_rounds),
            file=out,
        )
    if result.unattributed:
        count = len(result.unattributed)
        print(
            t.ngettext(
                "{count} quotation was left out: no speaker was found for it (a comment in pack.yaml lists it).",
                "{count} quotations were left out: no speaker was found for them (a comment in pack.yaml lists them).",
                count,
            ).format(count=count),
            file=out,
        )
    print(
        t.gettext("Drafted offline with Okuya's own rules: no language model, nothing downloaded."),
        file=out,
    )
