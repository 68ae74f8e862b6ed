"""Rounds the store could not save yet, kept in memory in order and written when it can.

The play flow sends every write of a play-through through one :class:`PendingCommits`:

    pending = PendingCommits(store)
    attempt = pending.start_attempt(profile.id, pack.id, pack.content_hash, now)  # an AttemptKey
    outcome = pending.record_round(attempt, record, now, review_queue, outbox)     # SaveOutcome
    if outcome.problem is not None:
        show(outcome.message(t))    # "Your progress can't be saved right now: the disk is full..."
    ...
    outcome = pending.finish_attempt(attempt, now, session.score, outbox)
    pending.retry()                 # now and then (each new round retries first anyway)

A write that fails with :class:`~game.storage.problems.SaveFailed` (disk full, read-only,
too big, locked, other I/O) is kept, with every write after it, and tried again in the same
order before each new write and on :meth:`retry`; nothing is dropped. An attempt whose start
could not be written is started when the store works again, and its rounds go to it. The
queue lives in memory only: quitting while it is not empty loses its rounds, so the play
layer should say so (:attr:`unsaved_rounds`) before it closes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from game.model.translation import Translations
from game.rounds.review import ReviewEntry, ReviewQueue
from game.rounds.session import RoundRecord
from game.storage.outbox import QueuedStatement
from game.storage.problems import ProblemKind, SaveFailed, save_message


class CommitTarget(Protocol):
    """The writes of :class:`~game.storage.store.ProgressStore` that a play-through makes."""

    def start_attempt(
        self,
        profile_id: int,
        pack_id: str,
        pack_hash: str,
        started: dt.datetime | str,
        preview: bool = False,
    ) -> int:
        """Record the start of an attempt (``preview``: while writing the pack); return its id."""
        ...

    def record_round(
        self,
        attempt_id: int,
        record: RoundRecord,
        finished: dt.datetime | str,
        review_queue: ReviewQueue | None = None,
        outbox: Sequence[QueuedStatement] = (),
    ) -> int:
        """Save a finished round in one transaction."""
        ...

    def finish_attempt(
        self,
        attempt_id: int,
        finished: dt.datetime | str,
        score: float,
        outbox: Sequence[QueuedStatement] = (),
    ) -> None:
        """Record the end of an attempt in one transaction."""
        ...


@dataclass(frozen=True)
class AttemptKey:
    """An attempt of this play-through, whether or not the store has it yet."""

    number: int


@dataclass(frozen=True)
class _Start:
    key: AttemptKey
    profile_id: int
    pack_id: str
    pack_hash: str
    started: dt.datetime | str
    preview: bool = False


@dataclass(frozen=True)
class _Round:
    key: AttemptKey
    record: RoundRecord
    finished: dt.datetime | str
    review_queue: ReviewQueue | None
    outbox: tuple[QueuedStatement, ...]


@dataclass(frozen=True)
class _Finish:
    key: AttemptKey
    finished: dt.datetime | str
    score: float
    outbox: tuple[QueuedStatement, ...]


_Commit = _Start | _Round | _Finish


@dataclass(frozen=True)
class SaveOutcome:
    """What became of the writes so far: all saved, or why some wait (and how many rounds)."""

    problem: ProblemKind | None
    unsaved_rounds: int
    saved_now: int  # writes that reached the store during this call

    @property
    def saved(self) -> bool:
        """Return True when nothing waits to be saved."""
        return self.problem is None

    def message(self, t: Translations) -> str | None:
        """Return the player's message while something waits, in their language; else None."""
        return None if self.problem is None else save_message(self.problem, t)


class PendingCommits:
    """Write a play-through's attempts and rounds in order, keeping in memory what fails."""

    def __init__(self, store: CommitTarget) -> None:
        self._store = store
        self._queue: list[_Commit] = []
        self._attempt_ids: dict[AttemptKey, int] = {}
        self._next_key = 1
        self.problem: ProblemKind | None = None
        self.last_failure: SaveFailed | None = None

    # -- the writes of a play-through ----------------------------------------------------
    def start_attempt(
        self,
        profile_id: int,
        pack_id: str,
        pack_hash: str,
        started: dt.datetime | str,
        *,
        preview: bool = False,
    ) -> AttemptKey:
        """Start an attempt now, or as soon as the store can write; return its key."""
        key = AttemptKey(self._next_key)
        self._next_key += 1
        self._submit(_Start(key, profile_id, pack_id, pack_hash, started, preview))
        return key

    def record_round(
        self,
        key: AttemptKey,
        record: RoundRecord,
        finished: dt.datetime | str,
        review_queue: ReviewQueue | None = None,
        outbox: Sequence[QueuedStatement] = (),
    ) -> SaveOutcome:
        """Save a round (after any that wait), or keep it; say what became of the writes."""
        snapshot = None if review_queue is None else _copy(review_queue)
        return self._submit(_Round(key, record, finished, snapshot, tuple(outbox)))

    def finish_attempt(
        self,
        key: AttemptKey,
        finished: dt.datetime | str,
        score: float,
        outbox: Sequence[QueuedStatement] = (),
    ) -> SaveOutcome:
        """Record the end of an attempt (after any writes that wait), or keep it."""
        return self._submit(_Finish(key, finished, score, tuple(outbox)))

    def retry(self) -> SaveOutcome:
        """Try again every write that waits, in order; say what became of them."""
        return self._flush()

    # -- what waits ----------------------------------------------------------------------
    def attempt_id(self, key: AttemptKey) -> int | None:
        """Return the store's id of an attempt, or None while its start waits."""
        return self._attempt_ids.get(key)

    @property
    def unsaved_rounds(self) -> list[str]:
        """Return the ids of the rounds that wait to be saved, oldest first."""
        return [commit.record.round_id for commit in self._queue if isinstance(commit, _Round)]

    def __len__(self) -> int:
        """Return how many writes wait (attempt starts and ends count too)."""
        return len(self._queue)

    def outcome(self, saved_now: int = 0) -> SaveOutcome:
        """Return the state of the queue without writing."""
        return SaveOutcome(self.problem, len(self.unsaved_rounds), saved_now)

    # -- the work --------------------------------------------------------------------------
    def _submit(self, commit: _Commit) -> SaveOutcome:
        self._queue.append(commit)
        return self._flush()

    def _flush(self) -> SaveOutcome:
        saved = 0
        while self._queue:
            try:
                self._write(self._queue[0])
            except SaveFailed as failed:
                self.problem = failed.kind
                self.last_failure = failed
                return self.outcome(saved)
            self._queue.pop(0)
            saved += 1
        self.problem = None
        self.last_failure = None
        return self.outcome(saved)

    def _write(self, commit: _Commit) -> None:
        if isinstance(commit, _Start):
            self._attempt_ids[commit.key] = self._store.start_attempt(
                commit.profile_id,
                commit.pack_id,
                commit.pack_hash,
                commit.started,
                preview=commit.preview,
            )
            return
        attempt_id = self._attempt_ids[commit.key]
        if isinstance(commit, _Round):
            self._store.record_round(
                attempt_id, commit.record, commit.finished, commit.review_queue, commit.outbox
            )
        else:
            self._store.finish_attempt(attempt_id, commit.finished, commit.score, commit.outbox)


def _copy(queue: ReviewQueue) -> ReviewQueue:
    """Return the queue as it is now, so a round waiting to be saved keeps its own."""
    entries = [ReviewEntry(entry.item_id, list(entry.right_sessions)) for entry in queue.entries]
    return ReviewQueue(queue.profile_id, queue.pack_id, entries)
