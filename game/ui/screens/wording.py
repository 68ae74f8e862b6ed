"""Texts more than one screen words the same way: quotes, people, evidence, right or wrong."""

from __future__ import annotations

from game.i18n import Translator
from game.i18n.quotes import second_level
from game.model.pack import Pack, Person, Text
from game.ui.widgets.text_block import Line


def nested(translator: Translator, text: str) -> str:
    """Return ``text`` with its inner quotes at the second level of the interface language."""
    return second_level(text, translator.language)


def evidence_line(translator: Translator, evidence: str) -> Line:
    """Return the article excerpt as a muted small line."""
    return Line(
        translator.pgettext("evidence from the article", "From the article: “{evidence}”").format(
            evidence=nested(translator, evidence)
        ),
        "small",
        "text_muted",
    )


def evidence_lines(
    translator: Translator, evidence: str, text: Text | None = None, pack: Pack | None = None
) -> list[Line]:
    """Return the article excerpt: its translation, when the pack has one, above the original.

    The excerpt stays in the article's language in the pack (the checker finds it there); a
    student reads the translation first, and the original beneath it shows what it renders.
    """
    if not evidence.strip():
        return []  # evidence is optional: a pack written from a lesson may give none
    translation = translator.translation(text, pack)
    if translation is None:
        return [evidence_line(translator, evidence)]
    return [
        Line(
            translator.pgettext(
                "evidence from the article, translated",
                "From the article (translated): “{evidence}”",
            ).format(evidence=nested(translator, translation)),
            "small",
            "text",
        ),
        Line(
            translator.pgettext(
                "the article's own words, under their translation", "Original: “{evidence}”"
            ).format(evidence=nested(translator, evidence)),
            "small",
            "text_muted",
        ),
    ]


def person_text(translator: Translator, person: Person, pack: Pack) -> str:
    """Return "Name, role" (or just the name)."""
    name = translator.text(person.name, pack)
    if person.role is None:
        return name
    return translator.pgettext("a person and their role", "{name}, {role}").format(
        name=name, role=translator.text(person.role, pack)
    )


def quote_text(translator: Translator, text: str, reported: bool = False) -> str:
    """Return a quote in the language's quotation marks; a paraphrase (``reported``) without them.

    Quotation marks promise the speaker's own words, which a paraphrase is not.
    """
    if reported:
        return text
    return translator.pgettext("a quotation", "“{quote}”").format(quote=nested(translator, text))


def verdict(translator: Translator, right: bool) -> tuple[str, str, str]:
    """Return (icon, accent colour, word) for a right or wrong item."""
    if right:
        return "check", "right", translator.gettext("Right")
    return "cross", "wrong", translator.gettext("Wrong")
