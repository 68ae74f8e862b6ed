"""Session: walking the play list, points, stars and mistakes."""

from __future__ import annotations

import random

import pytest

from game.model.pack import SceneStep
from game.rounds.quiz import RIGHT_CHOICE_ID, QuizRound
from game.rounds.review import ReviewQueue
from game.rounds.session import STAR_THRESHOLDS, Session, stars_for
from game.rounds.timeline import TimelineRound
from game.rounds.who_said import WhoSaidRound


def play_through(
    session: Session, timeline_order=None, who_said_right: bool = True, quiz_right: int = 2
):
    """Play the test pack: scene, timeline, who-said, quiz."""
    assert isinstance(session.current_step, SceneStep)
    session.advance()
    timeline = session.current_round
    assert isinstance(timeline, TimelineRound)
    timeline.submit(timeline_order or timeline.correct_order)
    session.finish_round()
    who_said = session.current_round
    assert isinstance(who_said, WhoSaidRound)
    for quote in who_said.quotes:
        who_said.pair(quote.id, quote.speaker if who_said_right else "atambayev")
    who_said.submit()
    session.finish_round()
    quiz = session.current_round
    assert isinstance(quiz, QuizRound)
    for index, question in enumerate(quiz.questions):
        quiz.answer(question.id, RIGHT_CHOICE_ID if index < quiz_right else "wrong-0")
    session.finish_round()
    assert session.finished


def test_stars_follow_the_documented_thresholds() -> None:
    """3 stars from 90 %, 2 from 70 %, 1 from 40 %, none below."""
    assert STAR_THRESHOLDS == (0.4, 0.7, 0.9)
    assert [stars_for(score) for score in (0.0, 0.39, 0.4, 0.69, 0.7, 0.89, 0.9, 1.0)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
    ]
    assert stars_for(27 / 30) == 3  # exactly 90 % despite floating point


def test_a_perfect_playthrough_wins_every_point_and_three_stars(pack, rng) -> None:
    """All right: points equal items in every round, 3 stars each and for the pack."""
    session = Session(pack, rng)
    play_through(session)
    assert [record.points for record in session.records] == [6, 4, 2]
    assert [record.stars for record in session.records] == [3, 3, 3]
    assert session.points == 12 and session.max_points == 12
    assert session.stars == 3
    assert session.mistakes == ()


def test_points_are_score_times_items_and_mistakes_get_stable_ids(pack, rng) -> None:
    """Wrong answers cost points and become pair:, quote: and question: review ids."""
    session = Session(pack, rng)
    order = (
        "uprising-2005",
        "uprising-2010",
        "jeenbekov-elected",
        "election",
        "white-house",
        "protest",
    )
    play_through(session, timeline_order=order, who_said_right=False, quiz_right=1)
    timeline, who_said, quiz = session.records
    assert timeline.points == pytest.approx(6 * 28 / 30)
    assert who_said.points == 0 and who_said.stars == 0
    assert quiz.points == 1 and quiz.stars == 1
    assert session.points == pytest.approx(5.6 + 1)
    assert session.stars == 1  # 6.6 of 12 = 55 %
    # Quotes come in the round's shuffled order, so compare the quotes as a set.
    assert session.mistakes[0] == "pair:protest/white-house"
    assert session.mistakes[-1] == "question:where"
    assert set(session.mistakes[1:5]) == {
        "quote:surrendered",
        "quote:provocateurs",
        "quote:honest",
        "quote:ours",
    }


def test_the_pack_score_counts_rounds_not_played_yet(pack, rng) -> None:
    """Stopping half way leaves the unplayed rounds' points out of the pack's score."""
    session = Session(pack, rng)
    session.advance()
    session.current_round.submit(session.current_round.correct_order)
    session.finish_round()
    assert session.points == 6 and session.pack_max_points == 12
    assert session.score == pytest.approx(0.5)
    assert session.stars == 1


def test_steps_must_be_finished_the_right_way(pack, rng) -> None:
    """advance() only leaves scenes; finish_round() only takes a finished round."""
    session = Session(pack, rng)
    with pytest.raises(RuntimeError):
        session.current_round  # noqa: B018 - the property raises on a scene
    session.advance()
    with pytest.raises(RuntimeError):
        session.advance()
    with pytest.raises(RuntimeError):
        session.finish_round()


def test_the_session_feeds_its_review_queue(pack) -> None:
    """Mistakes go into the queue given to the session."""
    queue = ReviewQueue("1", pack.id)
    session = Session(pack, random.Random(5), session_id="s1", review_queue=queue)
    play_through(session, quiz_right=1)
    assert queue.item_ids == ("question:where",)


def test_the_same_seed_plays_the_same_shuffles(pack) -> None:
    """Sessions are reproducible from the injected random alone."""
    first = Session(pack, random.Random(99))
    second = Session(pack, random.Random(99))
    first.advance()
    second.advance()
    assert first.current_round.order == second.current_round.order
    assert first.session_id == second.session_id
