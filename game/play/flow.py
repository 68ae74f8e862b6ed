"""One play-through of a pack: the session, the progress-store attempt and the review queue.

:class:`PlayThrough` is plain state: the screens ask it where the player is and tell it when
a scene was read or a round judged; it saves every finished round at once, through the
run's :class:`~game.storage.pending.PendingCommits`: a write the store refuses (disk full,
read-only, locked) waits in memory and is tried again, and :attr:`PlayThrough.save_outcome`
says so, for the screens to tell the player. A broken store never stops a play.

    play = PlayThrough(pack, rng, store, profile, clock=utc_now, commits=pending)
    play.current_step            # SceneStep, a round step, or None at the end
    play.finish_round(result)    # -> RoundRecord, saved in the store (with its class statement)
    play.save_outcome            # SaveOutcome: .message(t) while rounds wait to be saved
    play.close()                 # the attempt's total, once
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Sequence
from typing import Protocol

from game.model.pack import Pack, SceneStep, Step
from game.play.clock import Clock, utc_now
from game.rounds.outcome import RoundResult
from game.rounds.review import ReviewQueue
from game.rounds.session import Round, RoundRecord, Session, build_round
from game.storage.outbox import QueuedStatement
from game.storage.pending import AttemptKey, PendingCommits, SaveOutcome
from game.storage.players import is_saved
from game.storage.problems import SaveFailed
from game.storage.store import Profile, ProgressStore

log = logging.getLogger(__name__)


class ClassReport(Protocol):
    """The class's xAPI statements of one play: one per finished round, one at the end."""

    def round(self, result: RoundResult, finished: dt.datetime) -> Sequence[QueuedStatement]:
        """Return the statements of a finished round, to commit with it."""
        ...

    def finished(self, session: Session, finished: dt.datetime) -> Sequence[QueuedStatement]:
        """Return the statements of the finished play-through, to commit with its total."""
        ...


# Start the class report of a saved play: (store, profile, pack, started) -> its report.
StartClassReport = Callable[[ProgressStore, Profile, Pack, dt.datetime], ClassReport]


def copied_random(rng: random.Random) -> random.Random:
    """Return a generator in the same state as ``rng``, so drawing from it leaves ``rng`` alone."""
    copy = random.Random()
    copy.setstate(rng.getstate())
    return copy


class PlayThrough:
    """Carry one play of a pack: the session, the store attempt and the review queue."""

    def __init__(
        self,
        pack: Pack,
        rng: random.Random,
        store: ProgressStore | None = None,
        profile: Profile | None = None,
        *,
        clock: Clock = utc_now,
        preview: bool = False,
        class_report: StartClassReport | None = None,
        authoring: bool = False,
        start: int = 0,
        commits: PendingCommits | None = None,
    ) -> None:
        self.pack = pack
        self.clock = clock
        # A preview (drawn ahead of time) saves nothing and draws nothing from ``rng``.
        self.preview = preview
        # A play while the pack is written (``--watch``, ``--step``): saved as a preview, which
        # ``okuya results`` never lists; no class statement, no mistakes to practise.
        self.authoring = authoring
        self.store = None if preview or not is_saved(profile) else store
        self.profile_id = profile.id if profile is not None and is_saved(profile) else None
        self.review_queue: ReviewQueue | None = None
        # Every write goes through the run's queue of pending commits (one per open store).
        self.commits: PendingCommits | None = None
        if self.store is not None:
            self.commits = commits if commits is not None else PendingCommits(self.store)
        self.attempt_key: AttemptKey | None = None
        # What became of the last write: None before any; else saved, or why rounds wait.
        self.save_outcome: SaveOutcome | None = None
        # True when the last write also saved rounds that had been waiting.
        self.caught_up = False
        started = clock()
        if self.store is not None and self.commits is not None and self.profile_id is not None:
            try:
                if not authoring:
                    self.review_queue = self.store.review_queue(self.profile_id, pack.id)
            except Exception:  # an unreadable queue only means no mistakes come back
                log.exception("could not read the review queue")
            self.attempt_key = self.commits.start_attempt(
                self.profile_id, pack.id, pack.content_hash, started, preview=authoring
            )
            self._noted(self.commits.outcome())
        # The class's statements, committed with each round: only for a saved play (a preview
        # or an unsaved play sends nothing); ``class_report`` None: not reported (``--watch``).
        self.class_report: ClassReport | None = None
        saved = self.attempt_key is not None and self.store is not None and profile is not None
        if authoring:
            class_report = None
        if class_report is not None and saved and self.store is not None and profile is not None:
            try:
                self.class_report = class_report(self.store, profile, pack, started)
            except SaveFailed:  # the class's id could not be written: play unreported
                log.exception("could not start the class report")
        self.rng = copied_random(rng) if preview else rng
        self.session = Session(pack, self.rng, review_queue=self.review_queue)
        self.best_before = self.best_score()
        self.closed = False
        if start:
            self.session.jump_to(start)
        # The step last put on screen (a round stays "on screen" during its feedback): the
        # step a reload of the pack replays.
        self.on_screen = self.session.index

    # -- where we are ---------------------------------------------------------------------
    @property
    def attempt_id(self) -> int | None:
        """Return the store's id of this attempt, or None (unsaved, or its start still waits)."""
        if self.commits is None or self.attempt_key is None:
            return None
        return self.commits.attempt_id(self.attempt_key)

    @property
    def unsaved_rounds(self) -> int:
        """Return how many finished rounds of the run wait in memory to be saved."""
        return len(self.commits.unsaved_rounds) if self.commits is not None else 0

    def _noted(self, outcome: SaveOutcome) -> None:
        """Keep what became of a write, and whether it saved rounds that had waited."""
        before = self.save_outcome
        self.caught_up = (
            outcome.saved and before is not None and not before.saved and outcome.saved_now > 0
        )
        self.save_outcome = outcome

    @property
    def finished(self) -> bool:
        """Return True when every step of the play list is done."""
        return self.session.finished

    @property
    def current_step(self) -> Step | None:
        """Return the step to play now, or None at the end."""
        return self.session.current_step

    @property
    def current_round(self) -> Round:
        """Return the round of the current step."""
        return self.session.current_round

    @property
    def index(self) -> int:
        """Return the position of the current step in the play list."""
        return self.session.index

    @property
    def steps(self) -> tuple[Step, ...]:
        """Return the play list."""
        return self.session.steps

    @property
    def total_rounds(self) -> int:
        """Return how many rounds the pack has."""
        return len(self.pack.rounds)

    def round_number(self, record: RoundRecord | None = None) -> int:
        """Return the 1-based number of the current round, or of the finished round ``record``."""
        number = len(self.session.records) + 1
        round_ids = [step.id for step in self.pack.rounds]
        step = self.current_step
        if record is not None:
            # Feedback names the round it is about, not the one that comes next.
            if record.round_id in round_ids:
                number = round_ids.index(record.round_id) + 1
        elif step is not None and not isinstance(step, SceneStep) and step.id in round_ids:
            # After a jump (a preview's step list), count by position, not by rounds played.
            number = round_ids.index(step.id) + 1
        return min(number, self.total_rounds)

    def results_ready(self) -> bool:
        """Return True when every round is recorded (the results can be drawn)."""
        return len(self.session.records) >= self.total_rounds

    def preview_round(self, index: int) -> Round | None:
        """Return the round step ``index`` will be, made from a copy of the generator (None: a scene)."""
        step = self.steps[index]
        if isinstance(step, SceneStep):
            return None
        return build_round(step, self.pack, copied_random(self.rng))

    # -- moving on ------------------------------------------------------------------------
    def jump_to(self, index: int) -> None:
        """Go to step ``index`` of the play list (the step list of a preview)."""
        self.session.jump_to(index)
        self.on_screen = index

    def scene_done(self) -> None:
        """Leave the current scene."""
        if isinstance(self.session.current_step, SceneStep):
            self.session.advance()

    def finish_round(self, result: RoundResult) -> RoundRecord:
        """Record the round in the session and the store at once; return its record."""
        record = self.session.finish_round(result)
        if self.attempt_key is not None and self.commits is not None:
            try:
                moment = self.clock()
                report = self.class_report
                outbox = report.round(result, moment) if report is not None else ()
                self._noted(
                    self.commits.record_round(
                        self.attempt_key, record, moment, self.review_queue, outbox
                    )
                )
            except Exception:  # not a full disk or a lock (those wait): keep playing
                log.exception("could not save round %s", record.round_id)
        return record

    def close(self) -> None:
        """Record the end of the attempt with the total score (once)."""
        if self.closed:
            return
        self.closed = True
        if self.attempt_key is None or self.commits is None:
            return
        try:
            moment = self.clock()
            report = self.class_report
            outbox = report.finished(self.session, moment) if report is not None else ()
            self._noted(
                self.commits.finish_attempt(self.attempt_key, moment, self.session.score, outbox)
            )
        except Exception:  # the results still show; only the saved total is missing
            log.exception("could not close the attempt")

    def best_score(self) -> float | None:
        """Return the profile's best finished score for this pack (0-1), or None."""
        if self.store is None or self.profile_id is None:
            return None
        try:
            return self.store.best_scores(self.profile_id).get(self.pack.id)
        except Exception:  # an unreadable store only hides the best score
            log.exception("could not read the best scores")
            return None
