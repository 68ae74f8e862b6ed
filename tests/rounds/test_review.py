"""The review queue rule and review rounds."""

from __future__ import annotations

import random

from game.rounds.outcome import ItemOutcome
from game.rounds.quiz import RIGHT_CHOICE_ID, QuizRound
from game.rounds.review import ReviewEntry, ReviewQueue, build_review_round
from game.rounds.timeline import TimelineRound
from game.rounds.who_said import WhoSaidRound

WRONG = ItemOutcome("question:injured", False)
RIGHT = ItemOutcome("question:injured", True)


def test_a_mistake_joins_the_queue() -> None:
    """An item answered wrong is queued; one answered right and never wrong is not."""
    queue = ReviewQueue("1", "pack")
    queue.record("s1", [WRONG, ItemOutcome("quote:ours", True)])
    assert queue.item_ids == ("question:injured",)


def test_an_item_leaves_after_right_answers_in_two_different_sessions() -> None:
    """Right in session 2 keeps it; right again in session 3 removes it."""
    queue = ReviewQueue("1", "pack")
    queue.record("s1", [WRONG])
    queue.record("s2", [RIGHT])
    assert "question:injured" in queue
    queue.record("s3", [RIGHT])
    assert "question:injured" not in queue


def test_two_right_answers_in_one_session_count_once() -> None:
    """Answering right twice in the same session is not enough."""
    queue = ReviewQueue("1", "pack")
    queue.record("s1", [WRONG])
    queue.record("s2", [RIGHT])
    queue.record("s2", [RIGHT])
    assert "question:injured" in queue


def test_a_new_mistake_wipes_the_right_answers_so_far() -> None:
    """After a new mistake, two more sessions of right answers are needed."""
    queue = ReviewQueue("1", "pack")
    queue.record("s1", [WRONG])
    queue.record("s2", [RIGHT])
    queue.record("s3", [WRONG])
    queue.record("s4", [RIGHT])
    assert "question:injured" in queue
    queue.record("s5", [RIGHT])
    assert len(queue) == 0


def test_a_right_answer_later_in_the_mistake_session_counts_as_that_session() -> None:
    """Right in the same session as the mistake (after it) is one session; one more is needed."""
    queue = ReviewQueue("1", "pack")
    queue.record("s1", [WRONG])
    queue.record("s1", [RIGHT])
    assert queue.entries[0].right_sessions == ["s1"]
    queue.record("s2", [RIGHT])
    assert len(queue) == 0


def full_queue(pack) -> ReviewQueue:
    entries = [
        "pair:protest/white-house",
        "pair:election/protest",
        "pair:uprising-2005/election",
        "quote:surrendered",
        "quote:honest",
        "question:injured",
        "question:where",
    ]
    return ReviewQueue("1", pack.id, [ReviewEntry(item_id) for item_id in entries])


def test_a_review_round_mixes_kinds_oldest_first(pack, rng) -> None:
    """The round takes pairs, quotes and questions in turn, oldest first, up to its size."""
    review = build_review_round(full_queue(pack), pack, rng, size=4)
    assert review is not None
    assert sorted(task.item_id for task in review.tasks) == [
        "pair:election/protest",
        "pair:protest/white-house",
        "question:injured",
        "quote:surrendered",
    ]


def test_review_tasks_are_small_rounds_of_the_right_kind(pack, rng) -> None:
    """A pair is a two-card timeline, a quote a one-quote who-said, a question a one-question quiz."""
    review = build_review_round(full_queue(pack), pack, rng, size=10)
    assert review is not None and len(review.tasks) == 7
    for task in review.tasks:
        kind = task.item_id.split(":")[0]
        if kind == "pair":
            assert isinstance(task.round, TimelineRound) and len(task.round.order) == 2
        elif kind == "quote":
            assert isinstance(task.round, WhoSaidRound) and len(task.round.quotes) == 1
            assert 2 <= len(task.round.people) <= 4
        else:
            assert isinstance(task.round, QuizRound) and len(task.round.questions) == 1


def test_playing_a_review_round_yields_outcomes_for_the_queue(pack, rng) -> None:
    """Answer every task right; the result has one right outcome per task."""
    queue = full_queue(pack)
    review = build_review_round(queue, pack, rng, size=3)
    assert review is not None
    while not review.finished:
        task = review.current
        round_ = task.round
        if isinstance(round_, TimelineRound):
            round_.submit(round_.correct_order)
        elif isinstance(round_, WhoSaidRound):
            quote = round_.quotes[0]
            round_.pair(quote.id, quote.speaker)
            round_.submit()
        else:
            round_.answer(round_.questions[0].id, RIGHT_CHOICE_ID)
    result = review.result
    assert result is not None and result.score == 1.0 and result.items == 3
    queue.record("s2", result.outcomes)
    queue.record("s3", result.outcomes)
    assert len(queue) == 4


def test_items_the_pack_no_longer_has_are_skipped(pack, rng) -> None:
    """Queue entries for removed events, quotes or questions are left out of the round."""
    queue = ReviewQueue(
        "1", pack.id, [ReviewEntry("question:gone"), ReviewEntry("pair:gone/protest")]
    )
    assert build_review_round(queue, pack, rng) is None
    assert len(queue) == 2


def test_review_pairs_are_not_always_shown_reversed(pack) -> None:
    """A two-card review task does not give its answer away by always coming reversed."""
    queue = ReviewQueue("1", pack.id, [ReviewEntry("pair:election/protest")])
    shown = set()
    for seed in range(40):
        review = build_review_round(queue, pack, random.Random(seed))
        assert review is not None
        shown.add(review.tasks[0].round.shown_order)
    assert len(shown) == 2
