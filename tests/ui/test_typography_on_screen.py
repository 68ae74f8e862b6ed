"""What the screens show: quotes inside quotes step down a level; English dates are British."""

from __future__ import annotations

import re

import pytest
from play_helpers import open_builtin_pack, play_to_results

# A straight double quote next to a typographic one, or two straight ones: a doubled quote.
DOUBLED = re.compile(r'[“”«»„"]"|"[“”«»„]|""')
US_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}, \d{4}"
)


def shown_labels(driver) -> list[str]:
    """Play the built-in pack wrongly (feedback shows every item) and collect every label."""
    seen: list[str] = []

    def collect(driver, moment: str) -> None:
        seen.extend(driver.labels())

    open_builtin_pack(driver)
    play_to_results(driver, right=False, after_screen=collect, direct=True)
    seen.extend(driver.labels())
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_no_screen_shows_a_doubled_quotation_mark(start_as_player, language):
    """Across the whole pack no label has a straight quote beside another quotation mark."""
    labels = shown_labels(start_as_player(language=language))
    doubled = [label for label in labels if DOUBLED.search(label)]
    assert doubled == []
    inner = "‘" if language == "en" else "„"
    assert any(inner in label for label in labels)


def test_english_feedback_dates_read_like_the_scenes(start_as_player):
    """English feedback writes "4 October 2020", as the pack's scenes do, never "October 4, 2020"."""
    labels = shown_labels(start_as_player(language="en"))
    assert [label for label in labels if US_DATE.search(label)] == []
    assert any("4 October 2020" in label for label in labels)
