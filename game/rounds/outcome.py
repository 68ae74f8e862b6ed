"""What every finished round reports to the session and the store.

Each round kind has its own rich result for the screens (``TimelineResult``,
``WhoSaidResult``, ``QuizResult``); all of them also carry the plain facts below, so the
session, the review queue and the progress store treat every round alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ItemOutcome:
    """One reviewable item of a round and whether the player got it right.

    ``item_id`` is a stable review id: ``pair:<earlier>/<later>``, ``quote:<id>`` or
    ``question:<id>``.
    """

    item_id: str
    right: bool


def pair_id(earlier: str, later: str) -> str:
    """Return the review id of a pair of events, the earlier one first."""
    return f"pair:{earlier}/{later}"


def quote_item_id(quote_id: str) -> str:
    """Return the review id of a quote."""
    return f"quote:{quote_id}"


def question_item_id(question_id: str) -> str:
    """Return the review id of a question."""
    return f"question:{question_id}"


class RoundResult(Protocol):
    """The facts every round result provides."""

    @property
    def round_id(self) -> str:
        """Return the id of the round in the play list."""

    @property
    def kind(self) -> str:
        """Return ``timeline``, ``who_said``, ``quiz`` or ``review``."""

    @property
    def score(self) -> float:
        """Return the score, 0-1."""

    @property
    def items(self) -> int:
        """Return how many cards, quotes or questions the round had."""

    @property
    def outcomes(self) -> tuple[ItemOutcome, ...]:
        """Return every reviewable item with whether it was right."""
