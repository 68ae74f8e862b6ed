"""A play session: walk a pack's play list (scenes and rounds) and keep the score.

    session = Session(pack, random.Random(seed), review_queue=queue)   # queue is optional
    while not session.finished:
        step = session.current_step
        if isinstance(step, SceneStep):
            ...show pack.scene(step.scene)...
            session.advance()
        else:
            round_ = session.current_round      # TimelineRound, WhoSaidRound or QuizRound
            ...play it until round_.finished...
            record = session.finish_round()     # -> RoundRecord: points, stars, mistakes
    session.points, session.max_points, session.stars, session.mistakes

Points: a round is worth one point per item (card, quote or question), so it scores
``score × items`` points. Stars, for a round and for the pack (the share of all points
won): 3 stars from 90 %, 2 from 70 %, 1 from 40 %, else none (:data:`STAR_THRESHOLDS`).
Every item answered wrong becomes a review item with a stable id
(``pair:<earlier>/<later>``, ``quote:<id>``, ``question:<id>``); when a review queue is
given, each finished round also updates it (see :mod:`game.rounds.review`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from game.model.pack import Pack, QuizStep, SceneStep, Step, TimelineStep, WhoSaidStep
from game.rounds.outcome import ItemOutcome, RoundResult
from game.rounds.quiz import QuizRound
from game.rounds.review import ReviewQueue
from game.rounds.timeline import TimelineRound
from game.rounds.who_said import WhoSaidRound

# The least share of points for 1, 2 and 3 stars.
STAR_THRESHOLDS: tuple[float, float, float] = (0.4, 0.7, 0.9)
# Scores are fractions such as 2/3; this keeps 0.8999999 from missing 90 %.
_EPSILON = 1e-9

Round = TimelineRound | WhoSaidRound | QuizRound


def stars_for(score: float) -> int:
    """Return 0-3 stars for a score (0-1) by :data:`STAR_THRESHOLDS`."""
    return sum(1 for threshold in STAR_THRESHOLDS if score + _EPSILON >= threshold)


def build_round(
    step: TimelineStep | WhoSaidStep | QuizStep, pack: Pack, rng: random.Random
) -> Round:
    """Make the round object for a round step of a play list."""
    if isinstance(step, TimelineStep):
        return TimelineRound.from_step(step, pack, rng)
    if isinstance(step, WhoSaidStep):
        return WhoSaidRound.from_step(step, pack, rng)
    if isinstance(step, QuizStep):
        return QuizRound.from_step(step, pack, rng)
    raise TypeError(f"not a round step: {step!r}")


@dataclass(frozen=True)
class RoundRecord:
    """The score of one finished round as the session keeps it."""

    round_id: str
    kind: str
    score: float
    items: int
    outcomes: tuple[ItemOutcome, ...]

    @property
    def points(self) -> float:
        """Return the points won: score × items."""
        return self.score * self.items

    @property
    def max_points(self) -> int:
        """Return the points a perfect answer wins: one per item."""
        return self.items

    @property
    def stars(self) -> int:
        """Return 0-3 stars for this round."""
        return stars_for(self.score)

    @property
    def mistakes(self) -> tuple[str, ...]:
        """Return the review ids of the items answered wrong."""
        return tuple(item.item_id for item in self.outcomes if not item.right)

    @classmethod
    def of(cls, result: RoundResult) -> RoundRecord:
        """Return the record of any round's result."""
        return cls(result.round_id, result.kind, result.score, result.items, tuple(result.outcomes))


class Session:
    """Walk a pack's play list once, keeping points, stars and mistakes."""

    def __init__(
        self,
        pack: Pack,
        rng: random.Random,
        session_id: str | None = None,
        review_queue: ReviewQueue | None = None,
    ) -> None:
        self.pack = pack
        self.rng = rng
        # Drawn from the injected random, so tests stay reproducible without a clock.
        self.session_id = session_id or f"{rng.getrandbits(64):016x}"
        self.review_queue = review_queue
        self.index = 0
        self.records: list[RoundRecord] = []
        self.review_records: list[RoundRecord] = []
        self._round: Round | None = None

    @property
    def steps(self) -> tuple[Step, ...]:
        """Return the play list."""
        return self.pack.play

    @property
    def finished(self) -> bool:
        """Return True when every step of the play list is done."""
        return self.index >= len(self.steps)

    @property
    def current_step(self) -> Step | None:
        """Return the step to play now, or None at the end."""
        return None if self.finished else self.steps[self.index]

    @property
    def current_round(self) -> Round:
        """Return the round of the current step, made the first time it is asked for."""
        step = self.current_step
        if step is None or isinstance(step, SceneStep):
            raise RuntimeError("the current step is not a round")
        if self._round is None:
            self._round = build_round(step, self.pack, self.rng)
        return self._round

    def jump_to(self, index: int) -> None:
        """Make step ``index`` of the play list the current one (a preview's step list)."""
        if not 0 <= index <= len(self.steps):
            raise IndexError(f"step {index} is outside the play list of {len(self.steps)} steps")
        self.index = index
        self._round = None

    def advance(self) -> None:
        """Move past the current scene."""
        if not isinstance(self.current_step, SceneStep):
            raise RuntimeError(
                "only a scene is left with advance(); finish a round with finish_round()"
            )
        self.index += 1

    def finish_round(self, result: RoundResult | None = None) -> RoundRecord:
        """Record the current round's result (default: the round's own) and move on."""
        round_ = self.current_round
        result = result if result is not None else round_.result
        if result is None:
            raise RuntimeError("the round is not finished yet")
        if result.round_id != round_.round_id:
            raise ValueError(f"result of {result.round_id!r}, but the round is {round_.round_id!r}")
        record = RoundRecord.of(result)
        self.records.append(record)
        self._update_queue(record)
        self.index += 1
        self._round = None
        return record

    def finish_review(self, result: RoundResult) -> RoundRecord:
        """Record a review round's result: it updates the queue but not the pack's points."""
        record = RoundRecord.of(result)
        self.review_records.append(record)
        self._update_queue(record)
        return record

    def _update_queue(self, record: RoundRecord) -> None:
        if self.review_queue is not None:
            self.review_queue.record(self.session_id, record.outcomes)

    @property
    def points(self) -> float:
        """Return the points won in the rounds played."""
        return sum(record.points for record in self.records)

    @property
    def max_points(self) -> int:
        """Return the points the rounds played could have won."""
        return sum(record.max_points for record in self.records)

    @property
    def pack_max_points(self) -> int:
        """Return the points the whole play list is worth."""
        total = 0
        for step in self.pack.rounds:
            if isinstance(step, TimelineStep):
                total += len(step.events)
            elif isinstance(step, WhoSaidStep):
                total += len(step.quotes)
            else:
                total += len(step.questions)
        return total

    @property
    def score(self) -> float:
        """Return the share (0-1) of the whole play list's points won so far."""
        maximum = self.pack_max_points
        return self.points / maximum if maximum else 0.0

    @property
    def stars(self) -> int:
        """Return 0-3 stars for the pack, from the share of all its points won."""
        return stars_for(self.score)

    @property
    def mistakes(self) -> tuple[str, ...]:
        """Return the review ids of every item answered wrong in the play list, once each."""
        return tuple(dict.fromkeys(item for record in self.records for item in record.mistakes))
