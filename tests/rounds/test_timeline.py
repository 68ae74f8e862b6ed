"""TimelineRound: shuffling, judging, placements and swapped pairs."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.model.pack import Event, Text, TimelineStep
from game.model.when import When
from game.rounds.timeline import TimelineRound

CORRECT = (
    "uprising-2005",
    "uprising-2010",
    "jeenbekov-elected",
    "election",
    "protest",
    "white-house",
)


def make_round(
    pack, rng, scheme: str = "relative_all_previous_and_next", **options
) -> TimelineRound:
    events = [pack.event(event_id) for event_id in reversed(CORRECT)]
    return TimelineRound("road", events, rng, scheme=scheme, **options)


def dated_events(count: int) -> list[Event]:
    return [
        Event(f"e{index}", When(2000 + index), Text(f"e{index}", "c"), "") for index in range(count)
    ]


@given(st.integers(min_value=2, max_value=8), st.integers(min_value=0, max_value=2**32))
def test_the_cards_are_never_shown_in_the_right_order(count: int, seed: int) -> None:
    """With two or more cards, the first order shown is never the chronological one."""
    round_ = TimelineRound("r", dated_events(count), random.Random(seed))
    assert round_.shown_order != round_.correct_order
    assert sorted(round_.shown_order) == sorted(round_.correct_order)


def test_two_cards_always_come_reversed_even_for_unlucky_seeds() -> None:
    """Two cards have only one wrong order, so every seed shows that one."""
    for seed in range(200):
        round_ = TimelineRound("r", dated_events(2), random.Random(seed))
        assert round_.shown_order == ("e1", "e0")


def test_the_correct_order_is_chronological_whatever_the_input_order(pack, rng) -> None:
    """The round sorts events by date, not by the order they were given in."""
    assert make_round(pack, rng).correct_order == CORRECT


def test_a_fully_correct_timeline_scores_full_marks(pack, rng) -> None:
    """Submitting the chronological order scores 1 with every card right."""
    result = make_round(pack, rng).submit(CORRECT)
    assert result.score == 1.0
    assert all(placement.right for placement in result.placements)
    assert result.swapped_pairs == ()
    assert all(outcome.right for outcome in result.outcomes)


def test_a_swap_is_reported_with_placements_and_the_swapped_pair(pack, rng) -> None:
    """Swapping the last two cards marks both wrong and reports the pair, earlier first."""
    order = (*CORRECT[:4], "white-house", "protest")
    result = make_round(pack, rng).submit(order)
    assert result.score == pytest.approx(28 / 30)
    assert result.placement("white-house").right is False
    assert result.placement("white-house").correct_index == 5
    assert result.placement("white-house").placed_index == 4
    assert result.placement("election").right is True
    assert result.swapped_pairs == (("protest", "white-house"),)
    wrong = [outcome.item_id for outcome in result.outcomes if not outcome.right]
    assert wrong == ["pair:protest/white-house"]
    assert len(result.outcomes) == 5  # each neighbouring pair of the six cards


def test_a_reversed_order_leaves_one_pair_to_practise_per_neighbouring_pair(pack, rng) -> None:
    """Reversing six cards swaps all 15 pairs but records only the 5 neighbouring ones as mistakes."""
    result = make_round(pack, rng).submit(tuple(reversed(CORRECT)))
    assert len(result.swapped_pairs) == 15
    wrong = [outcome.item_id for outcome in result.outcomes if not outcome.right]
    assert wrong == [f"pair:{earlier}/{later}" for earlier, later in pairwise(CORRECT)]


def test_the_round_uses_its_scheme(pack, rng) -> None:
    """The same answer scores by the round's own scheme."""
    order = (*CORRECT[:4], "white-house", "protest")
    assert make_round(pack, rng, scheme="all_or_nothing").submit(order).score == 0.0
    assert make_round(pack, rng, scheme="absolute_position").submit(order).score == pytest.approx(
        4 / 6
    )


def test_from_step_takes_events_and_scheme_from_the_play_list(pack, rng) -> None:
    """A round built from a step uses the step's id, events and scoring."""
    step = next(step for step in pack.play if isinstance(step, TimelineStep))
    round_ = TimelineRound.from_step(step, pack, rng)
    assert round_.round_id == "road"
    assert round_.scheme == step.scoring
    assert set(round_.order) == set(CORRECT)


def test_move_reorders_and_submit_defaults_to_the_current_order(pack, rng) -> None:
    """Moving cards changes the order submitted when no order is given."""
    round_ = make_round(pack, rng)
    first = round_.order[0]
    round_.move(0, 5)
    assert round_.order[5] == first
    assert round_.submit().order == round_.order


def test_an_order_with_missing_or_foreign_cards_is_refused(pack, rng) -> None:
    """Submitting anything but a permutation of the cards raises ValueError."""
    round_ = make_round(pack, rng)
    with pytest.raises(ValueError):
        round_.submit(CORRECT[:5])
    with pytest.raises(ValueError):
        round_.submit((*CORRECT[:5], "other"))


def test_submitting_twice_is_an_error(pack, rng) -> None:
    """A round is judged once."""
    round_ = make_round(pack, rng)
    round_.submit(CORRECT)
    with pytest.raises(RuntimeError):
        round_.submit(CORRECT)


def test_running_out_of_time_submits_the_current_order(pack, rng) -> None:
    """When the time limit passes, update(dt) judges the order as it stands."""
    round_ = make_round(pack, rng, time_limit=10.0)
    assert round_.update(9.5) is None
    assert round_.timer.remaining == pytest.approx(0.5)
    result = round_.update(0.5)
    assert result is not None and result.timed_out
    assert result.order == round_.shown_order
    assert round_.finished
    assert round_.update(1.0) is None


def test_review_pairs_may_be_shown_in_order(pack) -> None:
    """With never_in_order off, two cards come in either order depending on the seed."""
    events = [pack.event("election"), pack.event("protest")]
    shown = {
        TimelineRound("r", events, random.Random(seed), never_in_order=False).shown_order
        for seed in range(50)
    }
    assert len(shown) == 2
