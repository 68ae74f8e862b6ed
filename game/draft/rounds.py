"""Sort drafted items into rounds the checker accepts.

Timeline rounds hold 4 to 7 events whose every pair can be ordered for certain by the
checker's own rule (:meth:`game.model.when.When.can_order`): they are filled greedily in
date order, and a round that would be too small borrows events already used in another
round. Who-said rounds take up to 6 quotes and one or two extra speakers who said none of
the article's quotes; quiz rounds take up to 6 questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from game.model.when import When

MIN_TIMELINE = 4
MAX_TIMELINE = 7
MAX_WHO_SAID = 6
MAX_QUIZ = 6

Item = TypeVar("Item")


@dataclass(frozen=True)
class Dated:
    """An event id and its date, as the round builder needs them."""

    id: str
    when: When


def orderable(events: Sequence[Dated]) -> bool:
    """Return True when every pair of ``events`` can be ordered without doubt."""
    return all(
        a.when.can_order(b.when) for index, a in enumerate(events) for b in events[index + 1 :]
    )


def timeline_rounds(events: Sequence[Dated]) -> list[list[str]]:
    """Return rounds of event ids, each 4–7 events that can all be ordered for certain."""
    remaining = sorted(events, key=lambda event: (event.when.sort_key(), event.id))
    used: list[Dated] = []
    rounds: list[list[Dated]] = []
    while remaining:
        chain: list[Dated] = []
        for event in remaining:
            if len(chain) == MAX_TIMELINE:
                break
            if all(event.when.can_order(other.when) for other in chain):
                chain.append(event)
        remaining = [event for event in remaining if event not in chain]
        if len(chain) < MIN_TIMELINE:
            for event in sorted(used, key=lambda event: (event.when.sort_key(), event.id)):
                if len(chain) == MIN_TIMELINE:
                    break
                if event not in chain and all(event.when.can_order(other.when) for other in chain):
                    chain.append(event)
        if len(chain) >= MIN_TIMELINE:
            chain.sort(key=lambda event: (event.when.sort_key(), event.id))
            rounds.append(chain)
            used.extend(event for event in chain if event not in used)
    return [[event.id for event in chain] for chain in rounds]


def chunks(items: Sequence[Item], size: int) -> list[list[Item]]:
    """Return ``items`` in consecutive rounds of at most ``size``, as even as possible."""
    if not items:
        return []
    count = -(-len(items) // size)
    base, extra = divmod(len(items), count)
    result: list[list[Item]] = []
    start = 0
    for number in range(count):
        length = base + (1 if number < extra else 0)
        result.append(list(items[start : start + length]))
        start += length
    return result


def extra_speakers(speakers: Sequence[str], named: Sequence[str], count: int = 2) -> list[str]:
    """Return up to ``count`` people from ``named`` (most mentioned first) who speak no quote."""
    return [person for person in named if person not in speakers][:count]
