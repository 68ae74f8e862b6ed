"""QuizRound: shuffled choices, answers, explanations and the time limit."""

from __future__ import annotations

import random

import pytest

from game.model.pack import QuizStep
from game.rounds.quiz import RIGHT_CHOICE_ID, QuizRound


def make_round(pack, rng, time_limit: float | None = None) -> QuizRound:
    step = next(step for step in pack.play if isinstance(step, QuizStep))
    step = QuizStep(step.id, step.title, step.questions, time_limit=time_limit)
    return QuizRound.from_step(step, pack, rng)


def test_choices_hold_the_answer_and_every_wrong_one(pack, rng) -> None:
    """A question offers its right answer and all its wrong answers, once each."""
    round_ = make_round(pack, rng)
    texts = sorted(choice.text.source for choice in round_.choices("injured"))
    assert texts == ["About 12", "About 2,000", "At least 120", "Nobody"]
    assert sum(1 for choice in round_.choices("injured") if choice.right) == 1


def test_choices_are_shuffled_by_the_injected_random(pack) -> None:
    """Different seeds give different choice orders; the same seed the same order."""
    orders = {
        tuple(c.id for c in make_round(pack, random.Random(seed)).choices("injured"))
        for seed in range(40)
    }
    assert len(orders) > 3
    again = [c.id for c in make_round(pack, random.Random(3)).choices("injured")]
    assert again == [c.id for c in make_round(pack, random.Random(3)).choices("injured")]


def test_a_right_answer_is_right_with_its_explanation(pack, rng) -> None:
    """Picking the right choice returns right, the explanation and the evidence."""
    round_ = make_round(pack, rng)
    result = round_.answer("injured", RIGHT_CHOICE_ID)
    assert result.right
    assert result.explanation is not None
    assert result.explanation.source == "Health authorities gave the figure."
    assert result.evidence == "at least 120 people"


def test_a_wrong_answer_is_wrong_and_shows_the_answer(pack, rng) -> None:
    """Picking a wrong choice returns wrong with the right answer to show."""
    result = make_round(pack, rng).answer("injured", "wrong-0")
    assert not result.right
    assert result.answer.source == "At least 120"


def test_current_walks_the_questions_and_the_round_ends(pack, rng) -> None:
    """current gives each unanswered question in turn; answering all ends the round."""
    round_ = make_round(pack, rng)
    assert round_.current is not None and round_.current.id == "injured"
    round_.answer("injured", "wrong-1")
    assert round_.current is not None and round_.current.id == "where"
    round_.answer("where", RIGHT_CHOICE_ID)
    assert round_.finished and round_.current is None
    assert round_.result is not None and round_.result.score == pytest.approx(0.5)
    assert [o.item_id for o in round_.result.outcomes if not o.right] == ["question:injured"]


def test_a_question_cannot_be_answered_twice_or_with_a_foreign_choice(pack, rng) -> None:
    """Answers are final, and only the question's own choices are accepted."""
    round_ = make_round(pack, rng)
    with pytest.raises(KeyError):
        round_.answer("where", "wrong-3")
    round_.answer("where", "wrong-0")
    with pytest.raises(RuntimeError):
        round_.answer("where", RIGHT_CHOICE_ID)


def test_running_out_of_time_counts_unanswered_questions_wrong(pack, rng) -> None:
    """When the time limit passes, every unanswered question is wrong and marked timed out."""
    round_ = make_round(pack, rng, time_limit=30.0)
    round_.answer("injured", RIGHT_CHOICE_ID)
    for _ in range(29):
        assert round_.update(1.0) is None
    result = round_.update(1.0)
    assert result is not None and result.timed_out
    assert result.score == pytest.approx(0.5)
    where = result.questions[1]
    assert where.question_id == "where" and where.timed_out and not where.right
    with pytest.raises(RuntimeError):
        round_.answer("where", RIGHT_CHOICE_ID)


def test_without_a_time_limit_time_never_runs_out(pack, rng) -> None:
    """A round with no limit ignores any amount of time."""
    round_ = make_round(pack, rng)
    assert round_.update(10_000.0) is None
    assert not round_.finished and round_.timer.remaining is None
