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

import random
from collections.abc import Callable
from typing import Any

import pygame

from game.ui.text import TimeSliceOver

# Idle time one step of drawing ahead may take before input is looked at again (seconds).
SLICE_SECONDS = 0.006
# A screen whose texts do not fit the text cache could never finish: give up after this.
MAX_SLICES = 60


def warm_screen(
    context, screen: Any, wanted: Callable[[], bool] | None = None, slices: int = 0
) -> None:
    """Lay ``screen`` out for the window and draw it off screen, filling the caches.

    The work runs in slices of idle time (``TextRenderer.time_slice``): when a slice is
    used up, the rest is scheduled again, and dropped once ``wanted()`` says it is stale.
    """
    if screen is None or (wanted is not None and not wanted()):
        return
    try:
        with context.text.time_slice(SLICE_SECONDS):
            screen.layout(pygame.Rect(0, 0, *context.window_size))
            screen.draw(pygame.Surface(context.window_size))
    except TimeSliceOver:
        if slices + 1 < MAX_SLICES:
            context.schedule_idle(lambda: warm_screen(context, screen, wanted, slices + 1))


def schedule_warm(
    context, make_screen: Callable[[], Any], wanted: Callable[[], bool] | None = None
) -> None:
    """Warm the screen ``make_screen`` returns at idle time (None: nothing to warm)."""

    def start() -> None:
        if wanted is None or wanted():
            warm_screen(context, make_screen(), wanted)

    context.schedule_idle(start)


def copied_random(rng: random.Random) -> random.Random:
    """Return a generator in the same state as ``rng``, so drawing from it leaves ``rng`` alone."""
    copy = random.Random()
    copy.setstate(rng.getstate())
    return copy
