"""Draw the screen a player will see next, off screen, while the player reads this one.

Opening a screen is the slowest frame it has: its layout measures every text, and its first
drawing renders them and paints its picture. Much of what comes next is known before the
player asks for it (the next scene or round of the play list, the results after the last
feedback, the feedback for the answer as it stands), so an idle task
(``AppContext.schedule_idle``: it runs only when no frame is due and no input waits) lays
that screen out and draws it once into a scratch surface. The text and picture caches then
hold what the real opening draws, and opening it costs a cached layout and blits.

Nothing here changes game state: stand-in rounds are built from a copy of the random
generator or judged as copies, and nothing is saved or played.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

import pygame

log = logging.getLogger(__name__)


def warm_screen(context, screen: Any) -> None:
    """Lay ``screen`` out for the window and draw it once off screen, filling the caches."""
    if screen is None:
        return
    rect = pygame.Rect(0, 0, *context.window_size)
    screen.layout(rect)
    screen.draw(pygame.Surface(context.window_size))


def schedule_warm(context, make_screen: Callable[[], Any]) -> None:
    """Warm the screen ``make_screen`` returns at idle time (None: nothing to warm)."""
    context.schedule_idle(lambda: warm_screen(context, make_screen()))


def copied_random(rng: random.Random) -> random.Random:
    """Return a generator in the same state as ``rng``, so drawing from it leaves ``rng`` alone."""
    copy = random.Random()
    copy.setstate(rng.getstate())
    return copy
