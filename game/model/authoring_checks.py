"""Warnings for what a teacher would want to know before sharing a pack.

* an event with an hour but no ``label``: the hour is only a sort key, and without a label
  the game shows it as a clock time the article never gave;
* two cards of one round with the same text: players cannot tell them apart, and Moodle,
  which tells ordering items apart by their text, cannot grade the question;
* with ``source.text`` set, an event, quote or question without ``evidence``: the pack has an
  article, so every item can show the words that prove it.

Each is reported with :meth:`game.model.errors.Reporter.warning_at`, at the value it is about.
"""

from __future__ import annotations

from typing import Any

from game.model.date_checks import parse_when
from game.model.errors import Reporter
from game.model.pack_format import EVIDENCE_SECTIONS
from game.model.translation import Translations
from game.model.yaml_nodes import Document

# The round lists whose items are shown as cards, and the field each card shows.
CARD_TEXTS = {"timeline": ("events", "events", "text"), "who_said": ("quotes", "quotes", "text")}


def check_authoring(document: Document, index: Any, reporter: Reporter, t: Translations) -> None:
    """Warn about hours without labels, repeated card texts and, with an article, missing evidence."""
    _hours_without_labels(document, index, reporter, t)
    _repeated_card_texts(document, index, reporter, t)
    _missing_evidence(document, index, reporter, t)


def _hours_without_labels(
    document: Document, index: Any, reporter: Reporter, t: Translations
) -> None:
    for item_id, (number, item) in index.items["events"].items():
        when = parse_when(item.get("when"))
        if when is None or when.hour is None or item.get("label") is not None:
            continue
        reporter.warning_at(
            document,
            ("events", number, "when"),
            t.gettext("event '{id}' has an hour but no label").format(id=item_id),
            hint=t.gettext(
                "the hour only puts the cards in order, so players would see a clock time the "
                "article may not give; add a label with the article's words, such as "
                "'label: Monday evening'"
            ),
            code="hour-without-label",
        )


def _repeated_card_texts(
    document: Document, index: Any, reporter: Reporter, t: Translations
) -> None:
    for number, kind, body in index.rounds:
        if kind not in CARD_TEXTS:
            continue
        list_name, section, field = CARD_TEXTS[kind]
        ids = body.get(list_name)
        if not isinstance(ids, list):
            continue
        seen: dict[str, str] = {}
        for item_id in ids:
            found = index.items[section].get(item_id) if isinstance(item_id, str) else None
            text = found[1].get(field) if found else None
            if not isinstance(text, str):
                continue
            key = " ".join(text.split()).casefold()
            if key in seen and seen[key] != item_id:
                reporter.warning_at(
                    document,
                    (section, found[0], field),
                    t.gettext(
                        "'{id}' has the same text as card '{other}' in round '{round}'"
                    ).format(id=item_id, other=seen[key], round=body.get("id", number)),
                    hint=t.gettext(
                        "players cannot tell the two cards apart, and Moodle cannot grade the "
                        "round; write each card's text differently"
                    ),
                    code="same-card-text",
                )
            seen.setdefault(key, item_id)


def _missing_evidence(document: Document, index: Any, reporter: Reporter, t: Translations) -> None:
    data: Any = document.data
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, dict) or not source.get("text"):
        return
    for section in EVIDENCE_SECTIONS:
        for item_id, (number, item) in index.items[section].items():
            if "evidence" in item:
                continue
            reporter.warning_at(
                document,
                (section, number),
                t.gettext("'{id}' has no evidence").format(id=item_id),
                hint=t.gettext(
                    "the pack names its article in source.text: copy the words that prove "
                    "this item into 'evidence:'"
                ),
                code="no-evidence",
            )
