"""``okuya moodle``: export a pack's rounds as Moodle XML, so they also run in a school LMS.

    okuya moodle content/bishkek-2020 -o bishkek.xml --lang ru

* a timeline round becomes an **ordering** question (qtype_ordering) whose items are the
  events in chronological order, with the matching ``gradingtype`` (our schemes are
  Moodle's, see :data:`MOODLE_GRADING_TYPES`);
* a who-said round becomes a **matching** question: each quote is a sub-question answered
  by its speaker's name; extra speakers are answers with no question (distractors);
* each question of a quiz round becomes a **multichoice** question (one right answer).

Texts come from the pack in the language asked for (its translation, or the source). Text
fields are HTML inside CDATA sections: the text is HTML-escaped, and ``]]>`` is split so
it cannot end the section early. Dates are not written into event items, since they would
give the order away. Exit status: 0 written, 1 the pack has errors, 2 the questions cannot
be written: a language Okuya has no messages in (``language: zz`` without ``--lang``), a
translation that cannot be read, or ``-o`` a folder, in a missing folder or in a place
that cannot be written (nothing is left behind; see :mod:`game.commands.output_files`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from babel.messages.pofile import PoFileError

from game.commands.moodle_texts import (
    export_refusals,
    from_the_article,
    quoted,
    shown_date,
    translation_warnings,
)
from game.commands.output_files import OutputError, write_atomically
from game.commands.terminal import say, write_document
from game.i18n.catalogs import load_messages
from game.i18n.translator import PSEUDO, Translator, english, pack_catalog_path
from game.model.errors import PackError
from game.model.loader import load_pack
from game.model.pack import Pack, QuizStep, Text, TimelineStep, WhoSaidStep

# Characters XML 1.0 does not allow at all, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

EXIT_WRITTEN, EXIT_PROBLEMS, EXIT_CANNOT = 0, 1, 2

# Moodle's GRADING_* constants and the names its XML format writes for them.
MOODLE_GRADING_TYPES: dict[str, tuple[int, str]] = {
    "all_or_nothing": (-1, "ALL_OR_NOTHING"),
    "absolute_position": (0, "ABSOLUTE_POSITION"),
    "relative_next_exclude_last": (1, "RELATIVE_NEXT_EXCLUDE_LAST"),
    "relative_next_include_last": (2, "RELATIVE_NEXT_INCLUDE_LAST"),
    "relative_one_previous_and_next": (3, "RELATIVE_ONE_PREVIOUS_AND_NEXT"),
    "relative_all_previous_and_next": (4, "RELATIVE_ALL_PREVIOUS_AND_NEXT"),
    "longest_ordered_subset": (5, "LONGEST_ORDERED_SUBSET"),
    "longest_contiguous_subset": (6, "LONGEST_CONTIGUOUS_SUBSET"),
    "relative_to_correct": (7, "RELATIVE_TO_CORRECT"),
}


def moodle_command(pack: str, out: str | None, language: str | None = None) -> int:
    """Write the pack at ``pack`` as Moodle XML to ``out`` (default: standard output)."""
    messages = english()
    try:
        loaded = load_pack(pack)
    except PackError as error:
        for problem in error.problems:
            say(problem.format())
        say(messages.gettext("The pack was not exported: fix the errors above first."))
        return EXIT_PROBLEMS
    chosen = language or loaded.pack.language
    try:
        translator = Translator(chosen)
    except ValueError:
        say(
            messages.gettext(
                "The pack is written in {language}, a language Okuya has no messages in; "
                "choose the language of the questions with --lang (en, ky or ru)."
            ).format(language=repr(chosen))
        )
        return EXIT_CANNOT
    problem = _catalogue_problem(loaded.pack, chosen, messages)
    if problem:
        say(problem)
        return EXIT_CANNOT
    refusals = export_refusals(loaded, translator, messages)
    if refusals:
        for line in refusals:
            say(line)
        say(messages.gettext("The pack was not exported: fix the problems above first."))
        return EXIT_PROBLEMS
    for line in translation_warnings(loaded, translator, messages):
        say(line)
    document = moodle_xml(loaded.pack, translator)
    if out is None:
        write_document(document)
        return EXIT_WRITTEN
    try:
        write_atomically(Path(out), lambda stream: stream.write(document.encode("utf-8")), messages)
    except OutputError as error:
        say(messages.gettext("The questions were not written: {reason}").format(reason=error))
        return EXIT_CANNOT
    count = document.count("<question type=") - 1
    say(
        messages.ngettext(
            "Wrote {count} Moodle question to {file}.",
            "Wrote {count} Moodle questions to {file}.",
            count,
        ).format(count=count, file=out)
    )
    return EXIT_WRITTEN


def _catalogue_problem(pack: Pack, language: str, messages: Translator) -> str:
    """Return why the pack's translation into ``language`` cannot be read, or ''."""
    if pack.folder is None or language in (pack.language, PSEUDO):
        return ""
    path = pack_catalog_path(Path(pack.folder), language)
    try:
        load_messages(path)
    except (OSError, ValueError, LookupError, SyntaxError, PoFileError) as error:
        return messages.gettext(
            "The translation {file} cannot be read ({reason}); "
            "run okuya check on the pack, or choose another --lang."
        ).format(file=path, reason=type(error).__name__)
    return ""


def moodle_xml(pack: Pack, t: Translator) -> str:
    """Return the Moodle XML document for every round of ``pack``."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    category = f"$course$/top/Okuya/{_plain(t.text(pack.title, pack)).replace('/', '//')}"
    parts.append(
        f'  <question type="category">\n    <category>{_text(category)}</category>\n  </question>'
    )
    for step in pack.rounds:
        if isinstance(step, TimelineStep):
            parts.append(_ordering(step, pack, t))
        elif isinstance(step, WhoSaidStep):
            parts.append(_matching(step, pack, t))
        elif isinstance(step, QuizStep):
            parts.extend(_multichoice(step, index, pack, t) for index in range(len(step.questions)))
    parts.append("</quiz>\n")
    return "\n".join(parts)


def cdata(text: str) -> str:
    """Return ``text`` as a CDATA section, safe even when it contains ``]]>``."""
    return "<![CDATA[" + _clean(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _clean(text: str) -> str:
    return _INVALID_XML.sub("", text)


# Runs of white space other than the no-break spaces a translation keeps on purpose (Russian
# typography: «в\u00a02005», «и\u00a0слезоточивый»); str.split() would fold those too.
_FOLDED_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def _plain(text: str) -> str:
    return _FOLDED_SPACE.sub(" ", _clean(text)).strip()


def _text(text: str) -> str:
    """Return a ``<text>`` element holding plain text in CDATA."""
    return f"<text>{cdata(text)}</text>"


def _html(text: str) -> str:
    """Return a ``<text>`` element holding ``text`` as HTML paragraphs."""
    paragraphs = [html.escape(part.strip()) for part in _clean(text).split("\n\n") if part.strip()]
    return _text("".join(f"<p>{part}</p>" for part in paragraphs))


def _name(text: str) -> str:
    return f"    <name>{_text(_plain(text)[:250])}</name>"


def _header(name: str, question_html: str, feedback_html: str, idnumber: str) -> list[str]:
    return [
        _name(name),
        f'    <questiontext format="html">{_text(question_html)}</questiontext>',
        f'    <generalfeedback format="html">{_text(feedback_html)}</generalfeedback>',
        "    <defaultgrade>1</defaultgrade>",
        "    <penalty>0.3333333</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{escape(idnumber[:100])}</idnumber>",
    ]


def _combined_feedback(t: Translator) -> list[str]:
    # The strings are outside the f-strings: Babel's extractor does not look inside them.
    correct = t.gettext("Your answer is correct.")
    partially = t.gettext("Your answer is partially correct.")
    incorrect = t.gettext("Your answer is incorrect.")
    return [
        f'    <correctfeedback format="html">{_html(correct)}</correctfeedback>',
        f'    <partiallycorrectfeedback format="html">{_html(partially)}</partiallycorrectfeedback>',
        f'    <incorrectfeedback format="html">{_html(incorrect)}</incorrectfeedback>',
        # qtype_ordering reads the element's value (an empty one is stored as 0);
        # qformat_xml's matching and multichoice importers only ask whether it is there.
        "    <shownumcorrect>1</shownumcorrect>",
    ]


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{html.escape(_plain(text))}</p>" for text in texts if text.strip())


def _ordering(step: TimelineStep, pack: Pack, t: Translator) -> str:
    events = sorted(
        (pack.event(event_id) for event_id in step.events), key=lambda event: event.when.sort_key()
    )
    title = t.text(step.title, pack)
    evidence = "".join(
        f"<p>{html.escape(_plain(shown_date(event, pack, t)))}: "
        f"{html.escape(_plain(t.text(event.text, pack)))}</p>"
        for event in events
    )
    lines = [
        '  <question type="ordering">',
        *_header(
            title,
            _paragraphs(
                t.gettext("Put the events in the order they happened, the earliest first.")
            ),
            evidence,
            f"{pack.id}-{step.id}",
        ),
        "    <layouttype>VERTICAL</layouttype>",
        "    <selecttype>ALL</selecttype>",
        f"    <selectcount>{len(events)}</selectcount>",
        f"    <gradingtype>{MOODLE_GRADING_TYPES[step.scoring][1]}</gradingtype>",
        "    <showgrading>SHOW</showgrading>",
        "    <numberingstyle>none</numberingstyle>",
        *_combined_feedback(t),
    ]
    # Moodle reads the correct order from the order of the answers.
    for position, event in enumerate(events, start=1):
        lines.append(
            f'    <answer fraction="{position}" format="html">{_html(t.text(event.text, pack))}</answer>'
        )
    lines.append("  </question>")
    return "\n".join(lines)


def _person_label(person_id: str, pack: Pack, t: Translator) -> str:
    person = pack.person(person_id)
    name = _plain(t.text(person.name, pack))
    role = _plain(t.text(person.role, pack)) if person.role else ""
    return f"{name} ({role})" if role else name


def _matching(step: WhoSaidStep, pack: Pack, t: Translator) -> str:
    title = t.text(step.title, pack)
    quotes = [pack.quote(quote_id) for quote_id in step.quotes]
    feedback = "".join(
        _paragraphs(
            f"{_person_label(quote.speaker, pack, t)}: {quoted(t.text(quote.text, pack), t)}",
            from_the_article(quote.evidence, quote.evidence_text, pack, t),
        )
        for quote in quotes
    )
    lines = [
        '  <question type="matching">',
        *_header(
            title,
            _paragraphs(t.gettext("Match each quote with the person who said it.")),
            feedback,
            f"{pack.id}-{step.id}",
        ),
        "    <shuffleanswers>true</shuffleanswers>",
        *_combined_feedback(t),
    ]
    reported = t.gettext("Reported speech:")
    for quote in quotes:
        words = html.escape(_plain(t.text(quote.text, pack)))
        shown = (
            f"<p><em>{html.escape(reported)}</em> {words}</p>"
            if quote.reported
            else f"<p>{html.escape(quoted(_plain(t.text(quote.text, pack)), t))}</p>"
        )
        lines.append(
            f'    <subquestion format="html">{_text(shown)}\n'
            f"      <answer>{_text(_person_label(quote.speaker, pack, t))}</answer>\n    </subquestion>"
        )
    for person_id in step.extra_speakers:
        # A sub-question with no text is how Moodle stores an extra, wrong answer.
        lines.append(
            f'    <subquestion format="html">{_text("")}\n'
            f"      <answer>{_text(_person_label(person_id, pack, t))}</answer>\n    </subquestion>"
        )
    lines.append("  </question>")
    return "\n".join(lines)


def _multichoice(step: QuizStep, index: int, pack: Pack, t: Translator) -> str:
    question = pack.question(step.questions[index])
    prompt = t.text(question.prompt, pack)
    feedback = _paragraphs(
        t.text(question.explain, pack) if question.explain else "",
        from_the_article(question.evidence, question.evidence_text, pack, t),
    )
    lines = [
        '  <question type="multichoice">',
        *_header(
            f"{t.text(step.title, pack)} {index + 1}: {prompt}",
            _paragraphs(prompt),
            feedback,
            f"{pack.id}-{step.id}-{question.id}",
        ),
        "    <single>true</single>",
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        "    <showstandardinstruction>0</showstandardinstruction>",
        *_combined_feedback(t),
    ]
    choices: list[tuple[int, Text]] = [
        (100, question.answer),
        *((0, wrong) for wrong in question.wrong),
    ]
    for fraction, text in choices:
        lines.append(
            f'    <answer fraction={quoteattr(str(fraction))} format="html">{_html(t.text(text, pack))}\n'
            f'      <feedback format="html">{_text("")}</feedback>\n    </answer>'
        )
    lines.append("  </question>")
    return "\n".join(lines)
