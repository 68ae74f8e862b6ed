"""Practise mistakes: a review queue per profile and pack, and short mixed review rounds.

The rule:

* An item joins the queue when it is answered wrong (a pair of events put the wrong way
  round, a quote matched to the wrong person, a question answered wrong or timed out).
* It leaves the queue once it has been answered right in **two different sessions**. Right
  answers count once per session, however often the item comes up in it; answering it
  wrong again wipes the right answers counted so far (the two must follow the last mistake).
* Items answered right that are not in the queue change nothing.

    queue = ReviewQueue("1", pack.id)                 # or store.review_queue(profile, pack_id)
    queue.record(session_id, result.outcomes)
    review = build_review_round(queue, pack, random.Random(seed), size=6)
    for task in review.tasks: ...play task.round (a TimelineRound of two events, a
                                  WhoSaidRound of one quote, or a QuizRound of one question)...
    queue.record(session_id, review.result.outcomes)

:func:`build_review_round` picks the oldest mistakes first, taking the kinds in turn (pair,
quote, question, pair, ...) so the round is mixed, then shuffles the chosen tasks.
Items the pack no longer has (it changed since) are skipped, not dropped.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

from game.model.pack import Pack
from game.rounds.outcome import ItemOutcome
from game.rounds.quiz import QuizRound
from game.rounds.timeline import TimelineRound
from game.rounds.who_said import WhoSaidRound

RIGHT_SESSIONS_TO_LEAVE = 2
DEFAULT_REVIEW_SIZE = 6
# People offered beside the right speaker in a single-quote task.
_OTHER_PEOPLE = 3
_KINDS = ("pair", "quote", "question")


@dataclass
class ReviewEntry:
    """One item in the queue and the sessions in which it was answered right since its last mistake."""

    item_id: str
    right_sessions: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """Return ``pair``, ``quote`` or ``question``."""
        return self.item_id.split(":", 1)[0]


class ReviewQueue:
    """Hold one profile's mistakes for one pack, oldest first."""

    def __init__(
        self, profile_id: int | str, pack_id: str, entries: Iterable[ReviewEntry] = ()
    ) -> None:
        self.profile_id = profile_id
        self.pack_id = pack_id
        self._entries: dict[str, ReviewEntry] = {entry.item_id: entry for entry in entries}

    @property
    def entries(self) -> tuple[ReviewEntry, ...]:
        """Return the entries, oldest mistake first."""
        return tuple(self._entries.values())

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Return the ids of the items waiting for review."""
        return tuple(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._entries

    def record(self, session_id: str, outcomes: Iterable[ItemOutcome]) -> None:
        """Apply a round's outcomes, played in session ``session_id``, by the rule above."""
        for outcome in outcomes:
            entry = self._entries.get(outcome.item_id)
            if not outcome.right:
                if entry is None:
                    self._entries[outcome.item_id] = ReviewEntry(outcome.item_id)
                else:
                    entry.right_sessions.clear()
            elif entry is not None and session_id not in entry.right_sessions:
                entry.right_sessions.append(session_id)
                if len(entry.right_sessions) >= RIGHT_SESSIONS_TO_LEAVE:
                    del self._entries[outcome.item_id]


@dataclass(frozen=True)
class ReviewTask:
    """One item to practise and the small round that asks it."""

    item_id: str
    round: TimelineRound | WhoSaidRound | QuizRound

    @property
    def right(self) -> bool | None:
        """Return whether the task was answered right, or None while it is open."""
        result = self.round.result
        if result is None:
            return None
        return result.score >= 1.0


@dataclass(frozen=True)
class ReviewResult:
    """The result of a review round: one outcome per task."""

    round_id: str
    score: float
    outcomes: tuple[ItemOutcome, ...]
    kind: str = "review"

    @property
    def items(self) -> int:
        """Return the number of tasks."""
        return len(self.outcomes)


class ReviewRound:
    """A short mixed round of review tasks, played one after another."""

    kind = "review"

    def __init__(self, tasks: Iterable[ReviewTask], round_id: str = "review") -> None:
        self.round_id = round_id
        self.tasks: tuple[ReviewTask, ...] = tuple(tasks)

    @property
    def current(self) -> ReviewTask | None:
        """Return the first task not finished yet, or None when all are done."""
        return next((task for task in self.tasks if not task.round.finished), None)

    @property
    def finished(self) -> bool:
        """Return True when every task is finished."""
        return self.current is None

    def update(self, dt: float) -> None:
        """Advance the current task's time limit, if it has one."""
        task = self.current
        if task is not None:
            task.round.update(dt)

    @property
    def result(self) -> ReviewResult | None:
        """Return the result once every task is finished."""
        if not self.finished:
            return None
        outcomes = tuple(ItemOutcome(task.item_id, bool(task.right)) for task in self.tasks)
        right = sum(1 for outcome in outcomes if outcome.right)
        return ReviewResult(self.round_id, right / len(outcomes) if outcomes else 0.0, outcomes)


def build_review_round(
    queue: ReviewQueue, pack: Pack, rng: random.Random, size: int = DEFAULT_REVIEW_SIZE
) -> ReviewRound | None:
    """Make a review round of up to ``size`` tasks from the queue; None when nothing is left."""
    by_kind: dict[str, list[ReviewEntry]] = {kind: [] for kind in _KINDS}
    for entry in queue.entries:
        if entry.kind in by_kind and _playable(entry.item_id, pack):
            by_kind[entry.kind].append(entry)
    chosen: list[str] = []
    while len(chosen) < size and any(by_kind.values()):
        for kind in _KINDS:
            if by_kind[kind] and len(chosen) < size:
                chosen.append(by_kind[kind].pop(0).item_id)
    if not chosen:
        return None
    rng.shuffle(chosen)
    return ReviewRound(_task(item_id, index, pack, rng) for index, item_id in enumerate(chosen))


def _playable(item_id: str, pack: Pack) -> bool:
    """Return True when the pack still has everything the item needs."""
    kind, _, rest = item_id.partition(":")
    try:
        if kind == "pair":
            earlier, _, later = rest.partition("/")
            return pack.event(earlier).when.certainly_before(pack.event(later).when)
        if kind == "quote":
            pack.person(pack.quote(rest).speaker)
            return True
        if kind == "question":
            pack.question(rest)
            return True
    except KeyError:
        return False
    return False


def _task(item_id: str, index: int, pack: Pack, rng: random.Random) -> ReviewTask:
    kind, _, rest = item_id.partition(":")
    round_id = f"review-{index + 1}"
    if kind == "pair":
        earlier, _, later = rest.partition("/")
        events = [pack.event(earlier), pack.event(later)]
        round_: TimelineRound | WhoSaidRound | QuizRound = TimelineRound(
            round_id, events, rng, scheme="all_or_nothing", never_in_order=False
        )
    elif kind == "quote":
        quote = pack.quote(rest)
        others = sorted(person.id for person in pack.people if person.id != quote.speaker)
        picked = rng.sample(others, min(_OTHER_PEOPLE, len(others)))
        people = [pack.person(quote.speaker), *(pack.person(person_id) for person_id in picked)]
        round_ = WhoSaidRound(round_id, [quote], people, rng)
    else:
        round_ = QuizRound(round_id, [pack.question(rest)], rng)
    return ReviewTask(item_id, round_)
