"""Any text either drafts into a pack the checker accepts, or is refused with DraftError."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.draft.pipeline import DraftError, draft_article

PIECES = [
    "Neil Armstrong", "Борис Ельцин", "Нил Армстронг", " said", " told reporters", ", — сказал он", " деди",
    '"', "“", "”", "«", "»", ": ", ", ", ". ", "! ", "? ", "\n\n", "\n", " on Monday", " в среду",
    " 20-июлда", " July 20, 1969", " 8 декабря 1991 года", " last year", " three days later",
    " the previous evening", " in 2005", " 2,000 people", " he", " she", " President", " former president",
    " the crowd", " Health authorities said", " which", " that", " Kremlin", " Айдын", " — ", "'s",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.sampled_from(["en", "ru", "ky"]),
    st.booleans(),
)
def test_any_text_drafts_a_valid_pack_or_is_refused(text: str, language: str, dated: bool) -> None:
    """The drafter never raises anything but DraftError, and what it returns has no checker error."""
    try:
        result = draft_article(text, language, dt.date(2020, 10, 6) if dated else None)
    except DraftError:
        return
    assert result.problems == []
    assert result.evidence_dropped == 0
