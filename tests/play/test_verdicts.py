"""Right counts, verdicts and stars come from one place."""

from __future__ import annotations

import random

import pytest

from game.model.pack import Pack, SceneStep
from game.play.flow import PlayThrough
from game.play.verdicts import (
    Verdict,
    cheers,
    is_new_best,
    right_count,
    score_verdict,
    stars_verdict,
)
from tests.play.conftest import answer


@pytest.mark.parametrize(
    ("score", "verdict"),
    [(1.0, Verdict.PERFECT), (0.5, Verdict.GOOD), (0.49, Verdict.WEAK), (0.0, Verdict.WEAK)],
)
def test_a_rounds_feedback_verdict_follows_its_score(score: float, verdict: Verdict) -> None:
    """Full marks are perfect, half or more is good, less is weak."""
    assert score_verdict(score) is verdict


def test_a_rounds_results_verdict_follows_its_stars() -> None:
    """Three stars are perfect, one or two good, none shows a cross."""
    assert [stars_verdict(stars) for stars in range(4)] == [
        Verdict.NONE,
        Verdict.GOOD,
        Verdict.GOOD,
        Verdict.PERFECT,
    ]


def test_two_stars_or_more_earn_the_cheer() -> None:
    """The cheering sound starts at two stars (70 %)."""
    assert cheers(0.7) and cheers(1.0)
    assert not cheers(0.69)


def test_only_a_strictly_higher_score_is_a_new_best() -> None:
    """A tie is not a new best, and the first score has no best to beat."""
    assert is_new_best(0.8, 0.5)
    assert not is_new_best(0.5, 0.5)
    assert not is_new_best(1.0, None)


def test_a_right_round_counts_every_item_right(pack: Pack) -> None:
    """Every kind of round counts its items, all right when answered right."""
    play = PlayThrough(pack, random.Random(1))
    kinds = set()
    while not play.finished:
        if isinstance(play.current_step, SceneStep):
            play.scene_done()
            continue
        result = answer(play.current_round)
        right, total = right_count(result)
        assert right == total > 0
        kinds.add(result.kind)
        play.finish_round(result)

    assert kinds == {"timeline", "who_said", "quiz"}
