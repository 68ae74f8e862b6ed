"""The commands a widget or screen returns that carry no screen: go back, quit, handled.

The commands that carry a screen (``Push``, ``Replace``, ``Reset``) live with the screens in
:mod:`game.ui.screen`; those that name a destination live in :mod:`game.ui.navigation`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Command:
    """Tell the stack what to do after an event or an update."""


@dataclass
class Pop(Command):
    """Remove the top screen and hand ``result`` to the one below (``on_resume``)."""

    result: object = None


@dataclass
class PopTo(Command):
    """Pop screens until the top one has ``name``; hand ``result`` to it."""

    name: str
    result: object = None


@dataclass
class Quit(Command):
    """Leave the game."""


@dataclass
class Handled(Command):
    """Say the event was used: redraw, but change nothing on the stack.

    ``rects``: only these window rectangles changed (a dragged card's old and new place),
    so only they are repainted and shown; None (the default) repaints the whole window.
    """

    rects: tuple[Any, ...] | None = None
