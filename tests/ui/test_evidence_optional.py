"""Feedback shows evidence only when the pack gives it."""

from __future__ import annotations

from game.i18n.translator import english
from game.ui.screens.wording import evidence_lines


def test_no_evidence_gives_no_line() -> None:
    """An item without evidence adds nothing to the feedback: no empty "From the article"."""
    assert evidence_lines(english(), "") == []


def test_evidence_gives_its_line() -> None:
    """An item with evidence shows it, labelled as the article's words."""
    lines = evidence_lines(english(), "the vote was held")
    assert len(lines) == 1
    assert "the vote was held" in lines[0].text
