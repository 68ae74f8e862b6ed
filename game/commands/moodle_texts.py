"""What ``okuya moodle`` checks and writes beyond the question XML itself.

* Refusals: a round whose cards repeat a text (in the pack or in the language asked for),
  since Moodle's ordering question tells its items apart by their text alone.
* Warnings: the language asked for has no catalogue in the pack, or an incomplete one, so
  some texts stay in the pack's own language.
* Texts: an event's date as players see it (its label, never a sort-key hour), quotations in
  the language's own quotation marks, and evidence labelled "From the article".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.i18n.translator import PSEUDO, Translator, pack_catalog_path
from game.model.pack import Event, Pack, Text, TimelineStep, WhoSaidStep
from game.model.when import When

if TYPE_CHECKING:
    from game.model.loader import LoadedPack

REPEATED_TEXT_CODE = "same-card-text"
TRANSLATION_CODES = ("missing-translation", "outdated-translation")


def export_refusals(loaded: LoadedPack, t: Translator, say: Translator) -> list[str]:
    """Return why the pack cannot go to Moodle in ``t``'s language, in ``say``'s words."""
    lines = [problem.format() for problem in loaded.warnings if problem.code == REPEATED_TEXT_CODE]
    if lines:
        return lines
    pack = loaded.pack
    for step in pack.rounds:
        if isinstance(step, TimelineStep):
            texts = [(event_id, pack.event(event_id).text) for event_id in step.events]
        elif isinstance(step, WhoSaidStep):
            texts = [(quote_id, pack.quote(quote_id).text) for quote_id in step.quotes]
        else:
            continue
        seen: dict[str, str] = {}
        for item_id, text in texts:
            shown = " ".join(t.text(text, pack).split()).casefold()
            if shown in seen:
                lines.append(
                    say.gettext(
                        "{pack}: in round '{round}', '{first}' and '{second}' have the same "
                        "text in {language}; Moodle could not tell them apart"
                    ).format(
                        pack=pack.folder,
                        round=step.id,
                        first=seen[shown],
                        second=item_id,
                        language=t.language,
                    )
                )
            seen.setdefault(shown, item_id)
    return lines


def translation_warnings(loaded: LoadedPack, t: Translator, say: Translator) -> list[str]:
    """Return a warning, in ``say``'s words, per gap in the translation into ``t``'s language."""
    pack = loaded.pack
    if t.language in (pack.language, PSEUDO):
        return []
    catalogue = pack_catalog_path(pack.folder, t.language)
    if not catalogue.is_file():
        return [
            say.gettext(
                "warning: the pack has no {language} translation ({file}), so its texts stay "
                "in '{pack_language}'; make one with: okuya translate {folder} --lang {language}"
            ).format(
                language=t.language,
                file=catalogue,
                pack_language=pack.language,
                folder=pack.folder,
            )
        ]
    wanted = f"/{t.language}/LC_MESSAGES/"
    return [
        problem.format()
        for problem in loaded.warnings
        if problem.code in TRANSLATION_CODES and wanted in problem.file.replace("\\", "/")
    ]


def shown_date(event: Event, pack: Pack, t: Translator) -> str:
    """Return the event's date as players see it: with its label, and never a sort-key hour."""
    when = event.when
    if event.label is not None:
        return t.format_when(when, event.label, pack)
    if when.hour is not None:
        when = When(when.year, when.month, when.day)
    return t.format_when(when)


def quoted(text: str, t: Translator) -> str:
    """Return ``text`` in the quotation marks of ``t``'s language."""
    # TRANSLATORS: a quotation in a Moodle question; use your language's quotation marks.
    return t.pgettext("a quotation", "“{text}”").format(text=text)


def from_the_article(evidence: str, evidence_text: Text | None, pack: Pack, t: Translator) -> str:
    """Return the evidence labelled "From the article", translated when the pack translates it."""
    if not evidence.strip():
        return ""
    translation = t.translation(evidence_text, pack)
    if translation is not None:
        return t.pgettext(
            "evidence from the article, translated", "From the article (translated): “{evidence}”"
        ).format(evidence=translation)
    return t.pgettext("evidence from the article", "From the article: “{evidence}”").format(
        evidence=evidence
    )
