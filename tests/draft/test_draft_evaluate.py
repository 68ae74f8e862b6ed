"""The benchmark's scorer counts a quote only with the right speaker, an event only with the right date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from game.draft.evaluate import ARTICLES, Gold, GoldEvent, GoldQuote, load_gold, score
from game.draft.pipeline import draft_article

TEXT = (
    "Moon landing\n\nJuly 21, 1969\n\n"
    "Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969. "
    '"The Eagle has landed," Armstrong radioed.\n'
)


def gold(speaker: str, when: str) -> Gold:
    """Return a one-quote, one-event gold annotation for TEXT."""
    return Gold(
        "test", "en", dt.date(1969, 7, 21), "tuned",
        [GoldQuote("The Eagle has landed", speaker)],
        [GoldEvent("landed on the Moon on July 20, 1969", when)],
    )  # fmt: skip


def test_a_right_draft_scores_full_marks() -> None:
    """The quote with its speaker and the event with its date are both found, nothing else."""
    counts = score(
        draft_article(TEXT, "en", dt.date(1969, 7, 21)), gold("Neil Armstrong", "1969-07-20")
    )
    assert (
        counts.found_direct,
        counts.gold_direct,
        counts.correct_direct,
        counts.predicted_direct,
    ) == (1, 1, 1, 1)
    assert (counts.found_events, counts.gold_events, counts.correct_events) == (1, 1, 1)


def test_a_wrong_speaker_or_date_scores_nothing() -> None:
    """The same draft against a gold with another speaker and date finds neither."""
    counts = score(
        draft_article(TEXT, "en", dt.date(1969, 7, 21)), gold("Buzz Aldrin", "1969-07-21")
    )
    assert (
        counts.found_direct,
        counts.correct_direct,
        counts.found_events,
        counts.correct_events,
    ) == (0, 0, 0, 0)


def test_the_evaluation_set_is_annotated_and_keeps_a_held_out_part() -> None:
    """Every article has a gold file; en and ru have a tuned and a held-out part, ky has one article."""
    golds = [load_gold(path) for path in sorted(ARTICLES.glob("*.yaml"))]
    assert all(Path(ARTICLES / f"{item.name}.txt").is_file() for item in golds)
    splits = {(item.language, item.split) for item in golds}
    assert {
        ("en", "tuned"),
        ("en", "held-out"),
        ("ru", "tuned"),
        ("ru", "held-out"),
        ("ky", "tuned"),
    } <= splits
    assert sum(1 for item in golds if item.language == "en" and item.split == "tuned") >= 3
