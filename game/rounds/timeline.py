"""The timeline round: put event cards in chronological order.

    round_ = TimelineRound.from_step(step, pack, random.Random(seed))
    round_.order                      # the shuffled event ids, as first shown
    round_.move(from_index=0, to_index=3)
    result = round_.submit()          # or submit(order) with the screen's own order
    result.score, result.placements, result.swapped_pairs

The round is judged here; a screen only shows ``result``. A time limit, when the pack sets
one, is advanced with ``update(dt)``; when it runs out the current order is submitted.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from game.model.pack import DEFAULT_SCORING, Event, Pack, TimelineStep
from game.rounds.outcome import ItemOutcome, pair_id
from game.rounds.scoring import SCORING_SCHEMES, grade
from game.rounds.timer import RoundTimer

# Reshuffles before giving up on chance and rotating; only matters for tiny rounds.
_SHUFFLE_TRIES = 20


@dataclass(frozen=True)
class CardPlacement:
    """Where the player put one card and where it belongs (0-based indexes)."""

    event_id: str
    placed_index: int
    correct_index: int

    @property
    def right(self) -> bool:
        """Return True when the card is in its correct position."""
        return self.placed_index == self.correct_index


@dataclass(frozen=True)
class TimelineResult:
    """The judged answer of a timeline round."""

    round_id: str
    scheme: str
    score: float
    order: tuple[str, ...]
    correct_order: tuple[str, ...]
    placements: tuple[CardPlacement, ...]
    swapped_pairs: tuple[tuple[str, str], ...]
    timed_out: bool = False
    kind: str = "timeline"

    @property
    def items(self) -> int:
        """Return the number of cards."""
        return len(self.order)

    @property
    def outcomes(self) -> tuple[ItemOutcome, ...]:
        """Return each pair of neighbouring cards in the right order, and whether it was kept.

        Only neighbours count as items to remember: knowing every neighbouring pair is knowing
        the whole order, and a reversed round of seven cards then leaves six pairs to practise,
        not all twenty-one.
        """
        swapped = set(self.swapped_pairs)
        return tuple(
            ItemOutcome(pair_id(earlier, later), (earlier, later) not in swapped)
            for earlier, later in pairwise(self.correct_order)
        )

    def placement(self, event_id: str) -> CardPlacement:
        """Return the placement of one card."""
        return next(item for item in self.placements if item.event_id == event_id)


def chronological(events: Sequence[Event]) -> tuple[str, ...]:
    """Return the ids of ``events`` from the earliest to the latest."""
    return tuple(event.id for event in sorted(events, key=lambda event: event.when.sort_key()))


def swapped_pairs(correct: Sequence[str], order: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Return every pair (earlier, later) that ``order`` puts the wrong way round."""
    placed = {item: index for index, item in enumerate(order)}
    return tuple(
        (earlier, later)
        for position, earlier in enumerate(correct)
        for later in correct[position + 1 :]
        if placed[earlier] > placed[later]
    )


class TimelineRound:
    """Shuffle event cards, let the player reorder them, and judge the order."""

    kind = "timeline"

    def __init__(
        self,
        round_id: str,
        events: Sequence[Event],
        rng: random.Random,
        scheme: str = DEFAULT_SCORING,
        time_limit: float | None = None,
        never_in_order: bool = True,
    ) -> None:
        if scheme not in SCORING_SCHEMES:
            raise ValueError(f"unknown scoring scheme {scheme!r}")
        if len({event.id for event in events}) != len(events) or not events:
            raise ValueError("a timeline needs at least one event and no event twice")
        self.round_id = round_id
        self.events = {event.id: event for event in events}
        self.scheme = scheme
        self.correct_order = chronological(events)
        self.timer = RoundTimer(time_limit)
        # A review pair of two cards shown "never in order" would always be reversed,
        # which gives the answer away; review rounds turn this off.
        self._order = _shuffled(self.correct_order, rng, never_in_order)
        self.shown_order = tuple(self._order)
        self.result: TimelineResult | None = None

    @classmethod
    def from_step(cls, step: TimelineStep, pack: Pack, rng: random.Random) -> TimelineRound:
        """Build the round a pack's play list describes."""
        events = [pack.event(event_id) for event_id in step.events]
        return cls(step.id, events, rng, scheme=step.scoring, time_limit=step.time_limit)

    @property
    def order(self) -> tuple[str, ...]:
        """Return the current order of the cards."""
        return tuple(self._order)

    @property
    def finished(self) -> bool:
        """Return True once the order has been submitted (or the time ran out)."""
        return self.result is not None

    def move(self, from_index: int, to_index: int) -> None:
        """Move the card at ``from_index`` to ``to_index``, shifting the cards between."""
        if self.finished:
            raise RuntimeError("the round is already submitted")
        card = self._order.pop(from_index)
        self._order.insert(to_index, card)

    def update(self, dt: float) -> TimelineResult | None:
        """Advance the time limit; submit the current order and return the result when it runs out."""
        if self.finished:
            return None
        self.timer.update(dt)
        if self.timer.expired:
            return self._judge(self._order, timed_out=True)
        return None

    def submit(self, order: Sequence[str] | None = None) -> TimelineResult:
        """Judge ``order`` (default: the current order) and return the result."""
        if self.finished:
            raise RuntimeError("the round is already submitted")
        chosen = list(self._order if order is None else order)
        if sorted(chosen) != sorted(self.correct_order):
            raise ValueError("the order must hold every card of the round exactly once")
        return self._judge(chosen, timed_out=False)

    def _judge(self, order: Sequence[str], timed_out: bool) -> TimelineResult:
        self._order = list(order)
        correct_index = {item: index for index, item in enumerate(self.correct_order)}
        self.result = TimelineResult(
            round_id=self.round_id,
            scheme=self.scheme,
            score=grade(self.scheme, self.correct_order, order),
            order=tuple(order),
            correct_order=self.correct_order,
            placements=tuple(
                CardPlacement(item, index, correct_index[item]) for index, item in enumerate(order)
            ),
            swapped_pairs=swapped_pairs(self.correct_order, order),
            timed_out=timed_out,
        )
        return self.result


def _shuffled(correct: Sequence[str], rng: random.Random, never_in_order: bool) -> list[str]:
    """Return ``correct`` shuffled; with ``never_in_order`` and two or more cards, never in order."""
    order = list(correct)
    if not never_in_order:
        rng.shuffle(order)
        return order
    if len(order) < 2:
        return order
    for _ in range(_SHUFFLE_TRIES):
        rng.shuffle(order)
        if order != list(correct):
            return order
    # Vanishingly rare beyond two cards; a rotation is never the correct order.
    return order[1:] + order[:1]
