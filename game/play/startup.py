"""The start-up decisions: first run → language → profile → menu, and the ``--pack`` shortcut.

plan = opening_plan(first_start=True, recovered_from=None, store_problem=None)
plan.first       # Opening.LANGUAGE: nobody chose a language on this computer yet
plan.notice      # what to tell the player about their saved progress, if anything
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Opening(StrEnum):
    """The first screen of the game."""

    LANGUAGE = "language"
    PROFILES = "profiles"


class StoreNoticeKind(StrEnum):
    """What went wrong with the progress store, to tell the player on top of the first screen."""

    RECOVERED = "recovered"
    PROBLEM = "problem"


@dataclass(frozen=True)
class StoreNotice:
    """A notice about the progress store: its kind and the file or reason it names."""

    kind: StoreNoticeKind
    detail: str


@dataclass(frozen=True)
class OpeningPlan:
    """The opening stack: the first screen and, when needed, a notice on top of it."""

    first: Opening
    notice: StoreNotice | None = None


def is_first_start(never_chosen: bool, language_given: bool) -> bool:
    """Return True when the language screen comes first: none chosen yet and none on the command line."""
    return never_chosen and not language_given


def opening_plan(
    first_start: bool, recovered_from: str | None, store_problem: str | None
) -> OpeningPlan:
    """Return the opening: the language choice on first start, else the profiles.

    When the store had to be recovered from corruption (or could not be opened), a notice
    goes on top so the player is told (a message, not a crash).
    """
    first = Opening.LANGUAGE if first_start else Opening.PROFILES
    if recovered_from:
        return OpeningPlan(first, StoreNotice(StoreNoticeKind.RECOVERED, recovered_from))
    if store_problem:
        return OpeningPlan(first, StoreNotice(StoreNoticeKind.PROBLEM, store_problem))
    return OpeningPlan(first)


class StartUp:
    """Remember what start-up has done: the ``--pack`` folder opens by itself only once."""

    def __init__(self, pack_given: bool) -> None:
        self.pack_given = pack_given
        self.requested_pack_opened = False

    def open_requested_pack(self) -> bool:
        """Return True (once) when choosing a player should open the ``--pack`` folder, not the menu."""
        if self.pack_given and not self.requested_pack_opened:
            self.requested_pack_opened = True
            return True
        return False
