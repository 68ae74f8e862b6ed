"""Practise mistakes: the review queue, the review round built from it, and saving the outcomes.

Each task is a tiny round (two events to order, one quote to match, one question). At the end
the outcomes go back into the queue and the queue is saved: an item leaves it once answered
right in two different sessions (the rule lives in :mod:`game.rounds.review`).
"""

from __future__ import annotations

import logging
import random

from game.i18n import Translator
from game.model.pack import Pack
from game.play.library import PackLibrary
from game.rounds.review import ReviewEntry, ReviewQueue, ReviewRound, build_review_round
from game.rounds.session import Round
from game.storage.players import is_saved
from game.storage.store import Profile, ProgressStore

log = logging.getLogger(__name__)


def load_queue(
    store: ProgressStore | None,
    profile: Profile | None,
    pack: Pack,
    fallback_mistakes: tuple[str, ...] = (),
) -> ReviewQueue:
    """Return the player's review queue for ``pack`` (in memory when nothing is saved)."""
    if store is not None and profile is not None and is_saved(profile):
        try:
            return store.review_queue(profile.id, pack.id)
        except Exception:  # an unreadable store: practise this session's mistakes only
            log.exception("could not read the review queue")
    return ReviewQueue("session", pack.id, [ReviewEntry(item) for item in fallback_mistakes])


def pending_count(store: ProgressStore | None, profile: Profile | None, pack: Pack | None) -> int:
    """Return how many mistakes wait in the player's queue for ``pack`` (0 when unknown)."""
    if pack is None or not is_saved(profile):
        return 0
    try:
        return len(load_queue(store, profile, pack))
    except Exception:  # the menu must open even when the queue cannot be read
        log.exception("could not count the review items")
        return 0


def practice_pack(chosen: Pack | None, library: PackLibrary, translator: Translator) -> Pack | None:
    """Return the pack the menu practises: the one chosen last, else the first built-in that loads."""
    if chosen is not None:
        return chosen
    return library.first_builtin(translator) or library.first_playable(translator)


class Practice:
    """Carry one review round from task to task and write the outcomes back."""

    def __init__(
        self,
        store: ProgressStore | None,
        profile: Profile | None,
        pack: Pack,
        queue: ReviewQueue,
        review_round: ReviewRound,
        session_id: str,
    ) -> None:
        self.store = store
        self.profile = profile
        self.pack = pack
        self.queue = queue
        self.review = review_round
        self.session_id = session_id
        self.saved = False

    @property
    def total(self) -> int:
        """Return the number of tasks."""
        return len(self.review.tasks)

    def finished_tasks(self) -> int:
        """Return how many tasks are finished."""
        return sum(1 for task in self.review.tasks if task.round.finished)

    def task_number(self, finished_one: bool = False) -> int:
        """Return the 1-based number of the current task, or of the last finished one."""
        if finished_one:
            # Feedback names the task it is about: the last one finished.
            return max(1, min(self.total, self.finished_tasks()))
        return min(self.total, self.finished_tasks() + 1)

    @property
    def current_round(self) -> Round | None:
        """Return the round of the current task, or None when every task is done."""
        task = self.review.current
        return task.round if task is not None else None

    def right_and_total(self) -> tuple[int, int]:
        """Return (tasks answered right, tasks) once the practice is finished, else (0, 0)."""
        result = self.review.result
        if result is None:
            return 0, 0
        return sum(1 for outcome in result.outcomes if outcome.right), len(result.outcomes)

    @property
    def left(self) -> int:
        """Return how many mistakes still wait in the queue."""
        return len(self.queue)

    def save(self) -> None:
        """Record the outcomes in the queue and save it (once)."""
        if self.saved or self.review.result is None:
            return
        self.saved = True
        self.queue.record(self.session_id, self.review.result.outcomes)
        if self.store is None or not is_saved(self.profile):
            return
        try:
            self.store.save_review_queue(self.queue)
        except Exception:  # the practice still counted on screen; only saving failed
            log.exception("could not save the review queue")


def start_practice(
    store: ProgressStore | None,
    profile: Profile | None,
    pack: Pack,
    rng: random.Random,
    session_id: str | None = None,
    fallback_mistakes: tuple[str, ...] = (),
) -> Practice | None:
    """Return a practice of ``pack``'s mistakes, or None when there is nothing to practise."""
    queue = load_queue(store, profile, pack, fallback_mistakes)
    review_round = build_review_round(queue, pack, rng)
    if review_round is None:
        return None
    session = session_id or f"review-{rng.getrandbits(64):016x}"
    return Practice(store, profile, pack, queue, review_round, session)
