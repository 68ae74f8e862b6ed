"""WhoSaidRound: pairing quotes with people and judging the pairs."""

from __future__ import annotations

import random

import pytest

from game.model.pack import WhoSaidStep
from game.rounds.who_said import WhoSaidRound


def make_round(pack, rng, **options) -> WhoSaidRound:
    step = next(step for step in pack.play if isinstance(step, WhoSaidStep))
    if options:
        step = WhoSaidStep(step.id, step.title, step.quotes, step.extra_speakers, **options)
    return WhoSaidRound.from_step(step, pack, rng)


def test_people_are_the_speakers_plus_the_extra_speakers(pack, rng) -> None:
    """The people offered are every speaker, once each, and the extra people."""
    round_ = make_round(pack, rng)
    assert sorted(person.id for person in round_.people) == [
        "atambayev",
        "jeenbekov",
        "osce",
        "turdukuov",
    ]
    assert len(round_.quotes) == 4


def test_all_right_pairs_score_full_marks_with_feedback(pack, rng) -> None:
    """Pairing each quote with its speaker scores 1; feedback carries context and evidence."""
    round_ = make_round(pack, rng)
    for quote in round_.quotes:
        round_.pair(quote.id, quote.speaker)
    assert round_.complete
    result = round_.submit()
    assert result.score == 1.0
    provocateurs = result.quote("provocateurs")
    assert provocateurs.right and provocateurs.reported
    assert provocateurs.context is not None and provocateurs.context.source == "On the unrest."
    assert provocateurs.evidence == "blamed provocateurs"


def test_one_speaker_may_own_several_quotes(pack, rng) -> None:
    """The same person can be paired with two quotes, and both count as right."""
    round_ = make_round(pack, rng)
    round_.pair("surrendered", "turdukuov")
    round_.pair("ours", "turdukuov")
    result = round_.submit()
    assert result.quote("surrendered").right and result.quote("ours").right


def test_wrong_and_missing_pairs_count_as_wrong(pack, rng) -> None:
    """A quote paired with the wrong person, or with nobody, is wrong and names the right one."""
    round_ = make_round(pack, rng)
    round_.pair("surrendered", "atambayev")
    round_.pair("honest", "osce")
    result = round_.submit()
    assert result.score == pytest.approx(1 / 4)
    surrendered = result.quote("surrendered")
    assert not surrendered.right
    assert surrendered.chosen_person_id == "atambayev"
    assert surrendered.right_person_id == "turdukuov"
    assert result.quote("ours").chosen_person_id is None
    wrong = sorted(outcome.item_id for outcome in result.outcomes if not outcome.right)
    assert wrong == ["quote:ours", "quote:provocateurs", "quote:surrendered"]


def test_unpair_and_repair_replace_the_choice(pack, rng) -> None:
    """Unpairing takes the person off; pairing again replaces the previous person."""
    round_ = make_round(pack, rng)
    round_.pair("honest", "jeenbekov")
    round_.pair("honest", "osce")
    assert round_.pairs == {"honest": "osce"}
    round_.unpair("honest")
    round_.unpair("honest")
    assert round_.pairs == {}


def test_unknown_quote_or_person_is_refused(pack, rng) -> None:
    """Pairing ids that are not in the round raises KeyError."""
    round_ = make_round(pack, rng)
    with pytest.raises(KeyError):
        round_.pair("nobody-said-this", "osce")
    with pytest.raises(KeyError):
        round_.pair("honest", "stranger")


def test_no_change_after_submit(pack, rng) -> None:
    """Once submitted, the pairs are fixed."""
    round_ = make_round(pack, rng)
    round_.submit()
    with pytest.raises(RuntimeError):
        round_.pair("honest", "osce")


def test_time_out_submits_the_pairs_made_so_far(pack, rng) -> None:
    """When the time runs out, the pairs so far are judged and the rest are wrong."""
    round_ = make_round(pack, rng, time_limit=5.0)
    round_.pair("honest", "osce")
    assert round_.update(4.0) is None
    result = round_.update(1.0)
    assert result is not None and result.timed_out
    assert result.score == pytest.approx(1 / 4)


def test_shuffling_follows_the_injected_random(pack) -> None:
    """The same seed gives the same order; the order is not always the pack's."""
    orders = {
        tuple(q.id for q in make_round(pack, random.Random(seed)).quotes) for seed in range(30)
    }
    assert len(orders) > 1
    first = [q.id for q in make_round(pack, random.Random(7)).quotes]
    assert first == [q.id for q in make_round(pack, random.Random(7)).quotes]
