"""The schema and the checker agree on YAML 1.1's traps in text fields, and evidence is optional."""

from __future__ import annotations

import jsonschema
import pytest

from game.model.loader import check_pack_text
from game.model.schema import load_schema

PACK = """\
format: 1
id: p
title: A pack
language: en
source: {{title: A lesson, publisher: Our school}}
questions:
  - id: q1
    prompt: Did it happen?
    answer: {answer}
    wrong: [Maybe, It never happened]
  - {{id: q2, prompt: Second?, answer: Two, wrong: [One]}}
  - {{id: q3, prompt: Third?, answer: Three, wrong: [One, Thirty]}}
play:
  - quiz: {{id: facts, questions: [q1, q2, q3]}}
"""


def editor_errors(answer_as_text: str) -> list[str]:
    """Return the schema's errors for the pack as an editor reading YAML 1.2 sees it."""
    validator = jsonschema.Draft202012Validator(load_schema())
    data = {
        "format": 1,
        "id": "p",
        "title": "A pack",
        "language": "en",
        "source": {"title": "A lesson", "publisher": "Our school"},
        "questions": [{"id": "q1", "prompt": "Did it?", "answer": answer_as_text, "wrong": ["x"]}],
        "play": [{"quiz": {"id": "facts", "questions": ["q1"]}}],
    }
    return [error.message for error in validator.iter_errors(data)]


@pytest.mark.parametrize("written", ["yes", "No", "ON", "off", "true", "False", "20:17", "1:30:00"])
def test_a_bare_trap_word_fails_in_the_editor_and_in_the_checker(written: str) -> None:
    """What YAML 1.1 reads as true/false or a number is refused by both."""
    assert editor_errors(written), f"the schema accepts {written!r}"
    problems = check_pack_text(PACK.format(answer=written))
    assert any(p.is_error and p.path == "questions[0].answer" for p in problems)


@pytest.mark.parametrize("written", ["Yes, in 1969", "Norway", "20:17 on Sunday", "On time"])
def test_ordinary_text_passes_both(written: str) -> None:
    """Text that merely starts like a trap word is text to both."""
    assert editor_errors(written) == []
    assert not any(p.is_error for p in check_pack_text(PACK.format(answer=written)))


def test_a_quoted_trap_word_is_text_to_the_checker() -> None:
    """answer: "yes" is the word yes; only an editor, which cannot see quotes, underlines it."""
    assert not any(p.is_error for p in check_pack_text(PACK.format(answer='"yes"')))


def test_a_pack_without_any_evidence_has_no_problem() -> None:
    """No item has evidence and there is no source.text: not even a warning."""
    assert check_pack_text(PACK.format(answer="Yes, it did")) == []
