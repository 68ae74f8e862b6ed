"""Where a screen can send the player: destinations, and the commands that open them.

A screen never imports another screen. It returns ``Open(Packs())`` or ``SwitchTo(Menu())``;
the stack asks the app's router (:mod:`game.ui.routes`) for the screen of that destination.
Destinations are plain data: what to show, not how.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from game.i18n import Translator
from game.model.pack import Pack, Scene, Text
from game.play.flow import PlayThrough
from game.play.library import PackEntry
from game.play.practice import Practice
from game.play.verdicts import RoundResultOfKind
from game.rounds.session import Round, RoundRecord
from game.ui.commands import Command

# A round title: a pack text, a function that returns the text (an interface title, such as
# a practice task's, which follows a language switch), or a plain string.
Title = Text | Callable[[], str] | str


class RoundHost(Protocol):
    """What a round or feedback screen asks of whoever runs it (a play or a practice)."""

    pack: Pack

    def progress_text(self, record: RoundRecord | None = None) -> str:
        """Return where the player is, such as "Round 2 of 9" (of ``record``'s round if given)."""
        ...

    def round_finished(self, round_: Round, result: RoundResultOfKind, title: Title) -> Command:
        """Record a judged round and return the command that shows its feedback."""
        ...

    def after_feedback(self) -> Command:
        """Return the command that moves on after the feedback."""
        ...

    def save_note(self, translator: Translator) -> tuple[str, bool] | None:
        """Return what the feedback says about saving (text, True while rounds wait), or None."""
        ...

    def feedback_preview(
        self, round_: Round, result: RoundResultOfKind, title: Title
    ) -> Destination:
        """Return the feedback ``result`` would get, recording nothing (drawn ahead)."""
        ...


class Destination:
    """Somewhere the player can go; the router makes its screen."""


@dataclass(frozen=True)
class Language(Destination):
    """The first-start choice of language."""


@dataclass(frozen=True)
class Profiles(Destination):
    """Choose or create a player."""


@dataclass(frozen=True)
class Menu(Destination):
    """The main menu."""


@dataclass(frozen=True)
class Packs(Destination):
    """The pack list (``entries`` given: exactly those, already loaded)."""

    entries: tuple[PackEntry, ...] | None = None


@dataclass(frozen=True)
class SettingsPage(Destination):
    """The settings."""


@dataclass(frozen=True)
class About(Destination):
    """About the game and its sources."""


@dataclass(frozen=True)
class Pause(Destination):
    """The pause menu over a round, a scene or a feedback."""


@dataclass(frozen=True)
class PlayPack(Destination):
    """The first screen of a new play of ``pack`` (``start``: at that play-list step)."""

    pack: Pack
    preview: bool = False
    start: int = 0


class StepHost(Protocol):
    """A play the step list can jump in (``--watch``, ``--step``)."""

    pack: Pack
    play: PlayThrough

    def jump(self, index: int) -> Command:
        """Go to step ``index`` of the play list; return the command that shows it."""
        ...


@dataclass(frozen=True, eq=False)
class StepList(Destination):
    """The step list of a preview (Ctrl+J): jump to any scene or round."""

    host: StepHost


@dataclass(frozen=True, eq=False)
class PlayRound(Destination):
    """A round screen for ``round_`` run by ``host``."""

    host: RoundHost
    round_: Round
    title: Title


@dataclass(frozen=True, eq=False)
class Feedback(Destination):
    """The feedback of a judged round."""

    host: RoundHost
    result: RoundResultOfKind
    title: Title
    record: RoundRecord | None
    round_: Round


@dataclass(frozen=True, eq=False)
class SceneOf(Destination):
    """A scene of a play."""

    host: SceneHost
    scene: Scene


@dataclass(frozen=True, eq=False)
class Results(Destination):
    """The results of a finished play (``fresh``: lay out anew, to draw ahead and keep)."""

    play: PlayThrough
    fresh: bool = False


@dataclass(frozen=True, eq=False)
class Practise(Destination):
    """The first task of a practice of mistakes (or its summary when it is done)."""

    practice: Practice


@dataclass(frozen=True, eq=False)
class PracticeDone(Destination):
    """How a practice went and how many mistakes are left."""

    practice: Practice


@dataclass(frozen=True)
class StoreRecovered(Destination):
    """Tell the player their saved progress was damaged and set aside (``path``)."""

    path: str


@dataclass(frozen=True)
class StoreProblem(Destination):
    """Tell the player progress cannot be saved this time (``reason``)."""

    reason: str


@dataclass(frozen=True)
class ErrorNotice(Destination):
    """Tell the player something went wrong without stopping the game."""

    message: str
    details: str = ""


@dataclass(frozen=True)
class ConfirmQuit(Destination):
    """Ask before closing the game (the menu's Quit)."""


class SceneHost(Protocol):
    """What a scene screen asks of the play that shows it."""

    pack: Pack

    def progress_text(self, record: RoundRecord | None = None) -> str:
        """Return where the player is, such as "Round 2 of 9"."""
        ...

    def scene_done(self) -> Command:
        """Leave the current scene."""
        ...


# -- commands that open a destination ---------------------------------------------------------
@dataclass
class Open(Command):
    """Put the screen of ``destination`` on top; the current screen pauses."""

    destination: Destination


@dataclass
class SwitchTo(Command):
    """Swap the top screen for the screen of ``destination``."""

    destination: Destination


@dataclass
class SwitchUnder(Command):
    """Close the overlay on top and swap the screen under it for ``destination``."""

    destination: Destination


@dataclass
class ResetTo(Command):
    """Replace the whole stack with the screens of ``destinations`` (bottom first)."""

    destinations: Sequence[Destination] = field(default_factory=tuple)
