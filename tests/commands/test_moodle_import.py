"""okuya moodle writes what Moodle's importers read, in the language asked for.

The checks follow Moodle's own import code (``question/format/xml/format.php`` and
``question/type/ordering/questiontype.php``): ``qtype_ordering::import_from_xml`` reads
``shownumcorrect`` by value (an empty element is stored as 0), ``selectcount`` as a
number, and tells items apart by their text; ``qformat_xml::import_headers`` keeps the
``idnumber``; ``import_multichoice`` divides each ``fraction`` by 100.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from game.cli import main

REPOSITORY = Path(__file__).resolve().parents[2]
BUILTIN = REPOSITORY / "content" / "bishkek-2020"
TEACHER_PACK = Path(__file__).parents[1] / "model" / "teacher_corpus" / "apollo-11"
# What qtype_ordering::set_options_for_import accepts (anything else falls back to a default).
MOODLE_GRADING = {
    "ALL_OR_NOTHING",
    "ABSOLUTE_POSITION",
    "RELATIVE_NEXT_EXCLUDE_LAST",
    "RELATIVE_NEXT_INCLUDE_LAST",
    "RELATIVE_ONE_PREVIOUS_AND_NEXT",
    "RELATIVE_ALL_PREVIOUS_AND_NEXT",
    "LONGEST_ORDERED_SUBSET",
    "LONGEST_CONTIGUOUS_SUBSET",
    "RELATIVE_TO_CORRECT",
}
NUMBERING_STYLES = {"none", "123", "abc", "ABCD", "iii", "IIII"}
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b[AP]M\b")
ENGLISH_FEEDBACK = ("Your answer is", "From the article", "Put the events", "Match each quote")


def export(pack: Path, tmp_path: Path, *options: str) -> ElementTree.Element:
    """Run okuya moodle and return the parsed document."""
    out = tmp_path / f"{pack.name}{''.join(options)}.xml"
    assert main(["moodle", str(pack), "-o", str(out), *options]) == 0
    return ElementTree.parse(out).getroot()


def all_text(element: ElementTree.Element) -> str:
    """Return every text of ``element`` and its children."""
    return " ".join(text for text in element.itertext())


@pytest.mark.parametrize("pack", [BUILTIN, TEACHER_PACK], ids=["built-in", "teacher"])
def test_ordering_questions_read_as_moodle_reads_them(pack: Path, tmp_path: Path) -> None:
    """Every ordering field has a value qtype_ordering accepts; shownumcorrect is 1."""
    root = export(pack, tmp_path)
    orderings = root.findall("question[@type='ordering']")
    assert orderings
    for question in orderings:
        answers = [answer.findtext("text") for answer in question.findall("answer")]
        assert question.findtext("shownumcorrect") == "1"
        assert question.findtext("layouttype") == "VERTICAL"
        assert question.findtext("selecttype") == "ALL"
        assert int(question.findtext("selectcount") or "0") == len(answers) >= 2
        assert question.findtext("gradingtype") in MOODLE_GRADING
        assert question.findtext("showgrading") == "SHOW"
        assert question.findtext("numberingstyle") in NUMBERING_STYLES
        # Moodle tells ordering items apart by their text alone.
        assert len(set(answers)) == len(answers)


@pytest.mark.parametrize("pack", [BUILTIN, TEACHER_PACK], ids=["built-in", "teacher"])
def test_no_sort_key_hour_reaches_moodle(pack: Path, tmp_path: Path) -> None:
    """Dates in the feedback are labels or dates: never a clock time from a sort key."""
    root = export(pack, tmp_path)
    assert not CLOCK_TIME.search(all_text(root))


def test_an_hour_without_label_shows_only_the_day(tmp_path: Path) -> None:
    """Without a label, an event with an hour is shown by its date alone."""
    pack = tmp_path / "apollo-11"
    shutil.copytree(TEACHER_PACK, pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(text.replace("    label: A few hours later\n", ""), "utf-8")
    feedback = export(pack, tmp_path).find("question[@type='ordering']/generalfeedback/text")
    assert feedback is not None
    assert "21 July 1969: Armstrong steps onto the surface." in (feedback.text or "")
    assert not CLOCK_TIME.search(feedback.text or "")


def test_every_question_has_a_stable_unique_idnumber(tmp_path: Path) -> None:
    """The idnumbers are the pack's and rounds' ids: the same on every export, none repeated."""
    first = [q.findtext("idnumber") for q in export(BUILTIN, tmp_path).findall("question")[1:]]
    again = [q.findtext("idnumber") for q in export(BUILTIN, tmp_path).findall("question")[1:]]
    assert first == again
    assert all(first) and len(set(first)) == len(first)
    assert all(number.startswith("bishkek-2020-") for number in first if number)


def test_matching_and_multichoice_read_as_moodle_reads_them(tmp_path: Path) -> None:
    """Each sub-question has an answer; each multiple choice has one answer worth 100."""
    root = export(TEACHER_PACK, tmp_path)
    for question in root.findall("question[@type='matching']"):
        assert question.findtext("shuffleanswers") == "true"
        assert question.findtext("shownumcorrect") == "1"
        for sub in question.findall("subquestion"):
            assert (sub.findtext("answer/text") or "").strip()
        assert "From the article" in (question.findtext("generalfeedback/text") or "")
    for question in root.findall("question[@type='multichoice']"):
        fractions = [answer.get("fraction") for answer in question.findall("answer")]
        assert fractions.count("100") == 1
        assert set(fractions) <= {"100", "0"}
        assert question.findtext("single") == "true"


def test_the_question_text_does_not_repeat_the_round_title(tmp_path: Path) -> None:
    """The round title is the question's name, not the first line of its text."""
    root = export(TEACHER_PACK, tmp_path)
    ordering = root.find("question[@type='ordering']")
    assert ordering is not None
    assert ordering.findtext("name/text") == "Eight days in July"
    assert "Eight days in July" not in (ordering.findtext("questiontext/text") or "")


def test_russian_export_has_no_english_feedback(tmp_path: Path) -> None:
    """With --lang ru, feedback, instructions and labels are Russian, quotes in «ёлочки»."""
    root = export(BUILTIN, tmp_path, "--lang", "ru")
    text = all_text(root)
    for english_words in ENGLISH_FEEDBACK:
        assert english_words not in text
    matching = root.find("question[@type='matching']")
    assert matching is not None
    assert "Ваш ответ верный." in (matching.findtext("correctfeedback/text") or "")
    assert "«" in (matching.findtext("subquestion/text") or "")
    # English “…” pairs are gone; Russian „лапки“ (which close with “) may stay inside «».
    assert not re.search("“[^”„]*”", text)
    # The pack's ru catalogue translates the evidence: it is shown translated.
    assert "Из\u00a0статьи (перевод)" in text


def test_a_language_without_a_catalogue_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exporting the teacher's English-only pack in Kyrgyz warns which file is missing."""
    export(TEACHER_PACK, tmp_path, "--lang", "ky")
    err = capsys.readouterr().err
    assert "warning:" in err
    assert str(Path("locales") / "ky" / "LC_MESSAGES" / "pack.po") in err


def test_repeated_card_texts_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two timeline cards with one text: the checker's message, exit 1, nothing written."""
    pack = tmp_path / "apollo-11"
    shutil.copytree(TEACHER_PACK, pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "The crew splashes down in the Pacific Ocean.",
        "Apollo 11 lifts off from Kennedy Space Center.",
    )
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out.xml"
    assert main(["moodle", str(pack), "-o", str(out)]) == 1
    assert "has the same text as card 'launch'" in capsys.readouterr().err
    assert not out.exists()


def test_cards_whose_translations_coincide_are_refused_in_that_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two cards translated alike cannot be told apart in that language's Moodle question."""
    from babel.messages.pofile import read_po, write_po

    pack = tmp_path / "apollo-11"
    shutil.copytree(TEACHER_PACK, pack)
    assert main(["translate", str(pack), "--lang", "ru"]) == 0
    po_file = pack / "locales" / "ru" / "LC_MESSAGES" / "pack.po"
    with po_file.open("rb") as stream:
        catalogue = read_po(stream)
    for message in catalogue:
        if message.context in ("events.launch.text", "events.splashdown.text"):
            message.string = "Старт."
    with po_file.open("wb") as stream:
        write_po(stream, catalogue)
    capsys.readouterr()
    out = tmp_path / "ru.xml"
    assert main(["moodle", str(pack), "-o", str(out), "--lang", "ru"]) == 1
    assert "'launch' and 'splashdown' have the same text in ru" in capsys.readouterr().err
    assert not out.exists()
