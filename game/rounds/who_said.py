"""The who-said-what round: match each quote to the person who said it.

    round_ = WhoSaidRound.from_step(step, pack, random.Random(seed))
    round_.quotes, round_.people      # both shuffled; people include the extra speakers
    round_.pair("surrendered", "turdukuov")
    round_.unpair("surrendered")
    result = round_.submit()          # unpaired quotes count as wrong
    for quote_result in result.quotes: quote_result.right, quote_result.right_person_id ...

A person may be paired with several quotes (one speaker can say more than one). A time
limit, when set, is advanced with ``update(dt)``; when it runs out the pairs made so far are
submitted.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from game.model.pack import Pack, Person, Quote, Text, WhoSaidStep
from game.rounds.outcome import ItemOutcome, quote_item_id
from game.rounds.timer import RoundTimer


@dataclass(frozen=True)
class QuoteResult:
    """The judged answer for one quote, with what the feedback shows."""

    quote_id: str
    chosen_person_id: str | None
    right_person_id: str
    context: Text | None
    evidence: str
    reported: bool

    @property
    def right(self) -> bool:
        """Return True when the quote was paired with its speaker."""
        return self.chosen_person_id == self.right_person_id


@dataclass(frozen=True)
class WhoSaidResult:
    """The judged answer of a who-said-what round."""

    round_id: str
    score: float
    quotes: tuple[QuoteResult, ...]
    timed_out: bool = False
    kind: str = "who_said"

    @property
    def items(self) -> int:
        """Return the number of quotes."""
        return len(self.quotes)

    @property
    def outcomes(self) -> tuple[ItemOutcome, ...]:
        """Return every quote with whether it was matched right."""
        return tuple(ItemOutcome(quote_item_id(item.quote_id), item.right) for item in self.quotes)

    def quote(self, quote_id: str) -> QuoteResult:
        """Return the result for one quote."""
        return next(item for item in self.quotes if item.quote_id == quote_id)


class WhoSaidRound:
    """Hold the pairs the player makes between quotes and people, and judge them."""

    kind = "who_said"

    def __init__(
        self,
        round_id: str,
        quotes: Sequence[Quote],
        people: Sequence[Person],
        rng: random.Random,
        time_limit: float | None = None,
    ) -> None:
        person_ids = {person.id for person in people}
        missing = [quote.id for quote in quotes if quote.speaker not in person_ids]
        if missing:
            raise ValueError(f"the speaker of {', '.join(missing)} is not among the people")
        if not quotes:
            raise ValueError("a who-said round needs at least one quote")
        self.round_id = round_id
        shuffled_quotes = list(quotes)
        rng.shuffle(shuffled_quotes)
        shuffled_people = list(people)
        rng.shuffle(shuffled_people)
        self.quotes: tuple[Quote, ...] = tuple(shuffled_quotes)
        self.people: tuple[Person, ...] = tuple(shuffled_people)
        self._quotes_by_id = {quote.id: quote for quote in quotes}
        self._person_ids = person_ids
        self._pairs: dict[str, str] = {}
        self.timer = RoundTimer(time_limit)
        self.result: WhoSaidResult | None = None

    @classmethod
    def from_step(cls, step: WhoSaidStep, pack: Pack, rng: random.Random) -> WhoSaidRound:
        """Build the round a pack's play list describes: the speakers plus the extra people."""
        quotes = [pack.quote(quote_id) for quote_id in step.quotes]
        person_ids = list(
            dict.fromkeys([quote.speaker for quote in quotes] + list(step.extra_speakers))
        )
        people = [pack.person(person_id) for person_id in person_ids]
        return cls(step.id, quotes, people, rng, time_limit=step.time_limit)

    @property
    def pairs(self) -> Mapping[str, str]:
        """Return the pairs made so far: quote id -> person id."""
        return dict(self._pairs)

    @property
    def complete(self) -> bool:
        """Return True when every quote has a person."""
        return len(self._pairs) == len(self.quotes)

    @property
    def finished(self) -> bool:
        """Return True once the pairs have been submitted (or the time ran out)."""
        return self.result is not None

    def pair(self, quote_id: str, person_id: str) -> None:
        """Pair a quote with a person, replacing any person paired with it before."""
        self._check_open()
        if quote_id not in self._quotes_by_id:
            raise KeyError(f"no quote {quote_id!r} in this round")
        if person_id not in self._person_ids:
            raise KeyError(f"no person {person_id!r} in this round")
        self._pairs[quote_id] = person_id

    def unpair(self, quote_id: str) -> None:
        """Take the person off a quote (nothing happens when it has none)."""
        self._check_open()
        self._pairs.pop(quote_id, None)

    def update(self, dt: float) -> WhoSaidResult | None:
        """Advance the time limit; submit the pairs so far and return the result when it runs out."""
        if self.finished:
            return None
        self.timer.update(dt)
        if self.timer.expired:
            return self._judge(timed_out=True)
        return None

    def submit(self) -> WhoSaidResult:
        """Judge the pairs; a quote without a person counts as wrong."""
        self._check_open()
        return self._judge(timed_out=False)

    def _check_open(self) -> None:
        if self.finished:
            raise RuntimeError("the round is already submitted")

    def _judge(self, timed_out: bool) -> WhoSaidResult:
        results = tuple(
            QuoteResult(
                quote_id=quote.id,
                chosen_person_id=self._pairs.get(quote.id),
                right_person_id=quote.speaker,
                context=quote.context,
                evidence=quote.evidence,
                reported=quote.reported,
            )
            for quote in self.quotes
        )
        right = sum(1 for item in results if item.right)
        self.result = WhoSaidResult(self.round_id, right / len(results), results, timed_out)
        return self.result
