"""okuya moodle: valid Moodle XML with ordering, matching and multichoice questions."""

from __future__ import annotations

import dataclasses
import html
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from game.cli import main
from game.commands.moodle import MOODLE_GRADING_TYPES, cdata, moodle_xml
from game.i18n.translator import english
from game.model.loader import load_pack
from game.model.pack import TimelineStep
from game.rounds.scoring import SCORING_SCHEMES

MINI_PACK = Path(__file__).parents[1] / "storage" / "packs" / "mini-pack"


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK).pack


def parse(document: str) -> ElementTree.Element:
    return ElementTree.fromstring(document.encode("utf-8"))


def test_the_command_writes_well_formed_xml_with_each_question_type(tmp_path: Path) -> None:
    """One ordering, one matching and one multichoice question follow the category."""
    out = tmp_path / "pack.xml"
    assert main(["moodle", str(MINI_PACK), "-o", str(out)]) == 0
    root = ElementTree.parse(out).getroot()
    assert root.tag == "quiz"
    assert [question.get("type") for question in root] == [
        "category",
        "ordering",
        "matching",
        "multichoice",
    ]


def test_ordering_lists_events_chronologically_with_the_rounds_grading_type(pack) -> None:
    """The answers come in the correct order; the grading type is the round's scheme in Moodle's words."""
    ordering = parse(moodle_xml(pack, english())).find("question[@type='ordering']")
    assert ordering is not None
    assert ordering.findtext("gradingtype") == "LONGEST_ORDERED_SUBSET"
    assert ordering.findtext("selecttype") == "ALL"
    items = [html.unescape(answer.findtext("text") or "") for answer in ordering.findall("answer")]
    assert items == [
        "<p>Kyrgyzstan holds a parliamentary election.</p>",
        '<p>Thousands protest <in> Bishkek & "beyond".</p>',
        "<p>Protesters take the White House ]]> at night.</p>",
    ]


@pytest.mark.parametrize("scheme", SCORING_SCHEMES)
def test_every_scheme_maps_to_a_moodle_grading_type(pack, scheme: str) -> None:
    """Each of the nine schemes is written with its own Moodle name."""
    step = next(step for step in pack.play if isinstance(step, TimelineStep))
    changed = dataclasses.replace(pack, play=(dataclasses.replace(step, scoring=scheme),))
    ordering = parse(moodle_xml(changed, english())).find("question[@type='ordering']")
    assert ordering is not None
    assert ordering.findtext("gradingtype") == MOODLE_GRADING_TYPES[scheme][1]


def test_matching_pairs_quotes_with_speakers(pack) -> None:
    """Each quote is a sub-question answered by its speaker; reported speech is marked."""
    matching = parse(moodle_xml(pack, english())).find("question[@type='matching']")
    assert matching is not None
    pairs = [
        (html.unescape(sub.findtext("text") or ""), sub.findtext("answer/text"))
        for sub in matching.findall("subquestion")
    ]
    assert pairs == [
        ("<p>“They surrendered.”</p>", "Adil Turdukuov (activist)"),
        (
            "<p><em>Reported speech:</em> Vote buying was a serious concern.</p>",
            "OSCE mission (observers)",
        ),
    ]


def test_multichoice_has_one_right_answer_and_the_explanation(pack) -> None:
    """The right answer scores 100, the others 0; the explanation is the general feedback."""
    question = parse(moodle_xml(pack, english())).find("question[@type='multichoice']")
    assert question is not None
    fractions = {
        answer.findtext("text"): answer.get("fraction") for answer in question.findall("answer")
    }
    assert fractions == {
        "<p>At least 120</p>": "100",
        "<p>About 12</p>": "0",
        "<p>About 2000</p>": "0",
        "<p>Nobody</p>": "0",
    }
    assert "Health authorities" in (question.findtext("generalfeedback/text") or "")
    assert question.findtext("single") == "true"


def test_cdata_survives_its_own_terminator_and_control_characters() -> None:
    """Text holding ]]> or characters XML forbids still parses back to the same text."""
    tricky = "a ]]> b <c> & d\x01 ]]]]> e"
    element = ElementTree.fromstring(f"<text>{cdata(tricky)}</text>")
    assert element.text == tricky.replace("\x01", "")


def test_a_pack_with_errors_is_not_exported(tmp_path: Path) -> None:
    """A broken pack exits with 1 and writes nothing."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "pack.yaml").write_text("format: 1\nid: x\n")
    out = tmp_path / "x.xml"
    assert main(["moodle", str(folder), "-o", str(out)]) == 1
    assert not out.exists()


def test_russian_questions_keep_the_translations_no_break_spaces(tmp_path: Path) -> None:
    """The Russian export keeps U+00A0 after short words («и\u00a0слезоточивый газ»)."""
    target = tmp_path / "ru.xml"
    built_in = Path(__file__).parents[2] / "content" / "bishkek-2020"
    assert main(["moodle", str(built_in), "--lang", "ru", "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert "и\u00a0слезоточивый газ" in written
    assert "и слезоточивый газ" not in written
