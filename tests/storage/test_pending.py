"""PendingCommits keeps every write the store refuses, in order, and saves it when it can."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from game.i18n.translator import Translator
from game.rounds.outcome import ItemOutcome
from game.rounds.review import ReviewEntry, ReviewQueue
from game.rounds.session import RoundRecord
from game.storage.outbox import QueuedStatement
from game.storage.pending import PendingCommits
from game.storage.problems import ProblemKind, SaveFailed
from game.storage.store import ProgressStore

from .conftest import MOMENT, round_record


class FlakyStore:
    """A store whose writes fail with ``failing`` (a ProblemKind) until it is set to None."""

    def __init__(self) -> None:
        self.failing: ProblemKind | None = None
        self.writes: list[tuple[str, object]] = []
        self.queues: list[list[str]] = []

    def _check(self) -> None:
        if self.failing is not None:
            raise SaveFailed(self.failing, "test")

    def start_attempt(
        self,
        profile_id: int,
        pack_id: str,
        pack_hash: str,
        started: dt.datetime | str,
        preview: bool = False,
    ) -> int:
        """Record an attempt start."""
        self._check()
        self.writes.append(("start", pack_id))
        return 40 + len(self.writes)

    def record_round(
        self,
        attempt_id: int,
        record: RoundRecord,
        finished: dt.datetime | str,
        review_queue: ReviewQueue | None = None,
        outbox: Sequence[QueuedStatement] = (),
    ) -> int:
        """Record a round."""
        self._check()
        self.writes.append(("round", (attempt_id, record.round_id)))
        if review_queue is not None:
            self.queues.append([entry.item_id for entry in review_queue.entries])
        return len(self.writes)

    def finish_attempt(
        self,
        attempt_id: int,
        finished: dt.datetime | str,
        score: float,
        outbox: Sequence[QueuedStatement] = (),
    ) -> None:
        """Record an attempt end."""
        self._check()
        self.writes.append(("finish", (attempt_id, score)))


def test_a_round_that_cannot_be_saved_is_kept_and_saved_in_order_on_retry() -> None:
    """Rounds refused by a full disk wait in order and are all written once it has space."""
    store = FlakyStore()
    pending = PendingCommits(store)
    key = pending.start_attempt(1, "pack", "hash", MOMENT)
    assert pending.record_round(key, round_record("one"), MOMENT).saved
    store.failing = ProblemKind.DISK_FULL
    outcomes = [pending.record_round(key, round_record(name), MOMENT) for name in ("two", "three")]
    assert [outcome.problem for outcome in outcomes] == [ProblemKind.DISK_FULL] * 2
    assert [outcome.unsaved_rounds for outcome in outcomes] == [1, 2]
    assert pending.unsaved_rounds == ["two", "three"]
    store.failing = None
    outcome = pending.retry()
    assert (outcome.saved, outcome.saved_now, outcome.unsaved_rounds) == (True, 2, 0)
    attempt_id = pending.attempt_id(key)
    assert store.writes == [
        ("start", "pack"),
        ("round", (attempt_id, "one")),
        ("round", (attempt_id, "two")),
        ("round", (attempt_id, "three")),
    ]


def test_an_attempt_whose_start_failed_is_started_later_and_gets_its_rounds() -> None:
    """A locked store at the start of a play: the attempt and its rounds are written later."""
    store = FlakyStore()
    store.failing = ProblemKind.LOCKED
    pending = PendingCommits(store)
    key = pending.start_attempt(1, "pack", "hash", MOMENT)
    assert pending.attempt_id(key) is None
    pending.record_round(key, round_record("one"), MOMENT)
    outcome = pending.finish_attempt(key, MOMENT, 0.75)
    assert (outcome.problem, outcome.unsaved_rounds, len(pending)) == (ProblemKind.LOCKED, 1, 3)
    store.failing = None
    assert pending.record_round(key, round_record("two"), MOMENT).saved_now == 4
    attempt_id = pending.attempt_id(key)
    assert attempt_id is not None
    assert [kind for kind, _ in store.writes] == ["start", "round", "finish", "round"]
    assert store.writes[1] == ("round", (attempt_id, "one"))


def test_a_waiting_round_keeps_the_review_queue_it_was_played_with() -> None:
    """The queue is copied when the round is kept, so later changes do not rewrite it."""
    store = FlakyStore()
    pending = PendingCommits(store)
    key = pending.start_attempt(1, "pack", "hash", MOMENT)
    queue = ReviewQueue(1, "pack", [ReviewEntry("question:a")])
    store.failing = ProblemKind.IO
    pending.record_round(key, round_record("one"), MOMENT, queue)
    queue.record("session-1", [ItemOutcome("question:b", False)])
    pending.record_round(key, round_record("two"), MOMENT, queue)
    store.failing = None
    pending.retry()
    assert store.queues == [["question:a"], ["question:a", "question:b"]]


def test_the_outcome_tells_the_player_why_in_their_language() -> None:
    """A waiting round gives the translated message of its reason; a saved one gives none."""
    store = FlakyStore()
    pending = PendingCommits(store)
    key = pending.start_attempt(1, "pack", "hash", MOMENT)
    assert pending.record_round(key, round_record("one"), MOMENT).message(Translator("ru")) is None
    store.failing = ProblemKind.DISK_FULL
    outcome = pending.record_round(key, round_record("two"), MOMENT)
    message = outcome.message(Translator("en"))
    assert message is not None and "the disk is full" in message
    assert outcome.message(Translator("ru")) != message


def test_with_a_real_store_a_locked_round_is_saved_once_the_lock_goes(tmp_path: Path) -> None:
    """Through a real ProgressStore: a round refused by a lock is in the file after retry."""
    import sqlite3

    path = tmp_path / "progress.db"
    store = ProgressStore(path, busy_timeout=0.05)
    profile = store.create_profile("Айгүл", created=MOMENT)
    pending = PendingCommits(store)
    key = pending.start_attempt(profile.id, "pack", "hash", MOMENT)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    outcome = pending.record_round(key, round_record("held"), MOMENT)
    other.execute("ROLLBACK")
    other.close()
    assert outcome.problem is ProblemKind.LOCKED
    assert store.round_ids() == []
    assert pending.retry().saved
    assert store.round_ids() == ["held"]
    store.close()
