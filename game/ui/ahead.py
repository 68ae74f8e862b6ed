"""Work done ahead, while the player is idle: warm-up after start, and the next screen drawn early.

Opening a screen is the slowest frame it has: its layout measures every text, and its first
drawing renders them and paints its picture. Much of what comes next is known before the
player asks for it (the next scene or round of the play list, the results after the last
feedback, the feedback for the answer as it stands), so an idle task (it runs only when no
frame is due and no input waits) lays that screen out and draws it once into a scratch
surface. The text and picture caches then hold what the real opening draws, and opening it
costs a cached layout and blits.

The app owns one :class:`Ahead` and connects it to its router. Nothing here changes game
state: stand-in rounds are built from a copy of the random generator or judged as copies,
and nothing is saved or played.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Protocol

import pygame

from game.ui.navigation import Destination
from game.ui.text import TextRenderer, TimeSliceOver

log = logging.getLogger(__name__)

# Idle time one step of drawing ahead may take before input is looked at again (seconds).
SLICE_SECONDS = 0.006
# A screen whose texts do not fit the text cache could never finish: give up after this.
MAX_SLICES = 60


class Warmable(Protocol):
    """What drawing ahead needs of a screen: a layout and a drawing."""

    def layout(self, rect: pygame.Rect) -> None:
        """Place the widgets for ``rect``."""
        ...

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the screen."""
        ...


Wanted = Callable[[], bool]


class Ahead:
    """Run idle tasks in order, and draw screens ahead of time from their destinations."""

    def __init__(self, text: TextRenderer, window_size: Callable[[], tuple[int, int]]) -> None:
        self.text = text
        self.window_size = window_size
        self.tasks: deque[Callable[[], object]] = deque()
        self._router: Callable[[Destination], Warmable] | None = None

    def connect(self, router: Callable[[Destination], Warmable]) -> None:
        """Use ``router`` to make the screens of destinations drawn ahead."""
        self._router = router

    # -- idle tasks ---------------------------------------------------------------------------
    def schedule(self, task: Callable[[], object]) -> None:
        """Run ``task`` later, when no frame is due (loading packs, painting pictures ahead)."""
        self.tasks.append(task)

    def is_scheduled(self, task: Callable[[], object]) -> bool:
        """Return True when ``task`` waits to run."""
        return task in self.tasks

    def run_one(self) -> bool:
        """Run the oldest idle task; return False when there was none."""
        if not self.tasks:
            return False
        task = self.tasks.popleft()
        try:
            task()
        except Exception:  # work done ahead is optional: the screen does it itself if needed
            log.exception("an idle task failed")
        return True

    # -- drawing ahead ------------------------------------------------------------------------
    def warm_screen(
        self, screen: Warmable | None, wanted: Wanted | None = None, slices: int = 0
    ) -> None:
        """Lay ``screen`` out for the window and draw it off screen, filling the caches.

        The work runs in slices of idle time (``TextRenderer.time_slice``): when a slice is
        used up, the rest is scheduled again, and dropped once ``wanted()`` says it is stale.
        """
        if screen is None or (wanted is not None and not wanted()):
            return
        size = self.window_size()
        try:
            with self.text.time_slice(SLICE_SECONDS):
                screen.layout(pygame.Rect(0, 0, *size))
                screen.draw(pygame.Surface(size))
        except TimeSliceOver:
            if slices + 1 < MAX_SLICES:
                self.schedule(lambda: self.warm_screen(screen, wanted, slices + 1))

    def screen_for(self, destination: Destination) -> Warmable | None:
        """Return the screen of ``destination`` (None before the app connected its router)."""
        return self._router(destination) if self._router is not None else None

    def warm(self, make: Callable[[], Destination | None], wanted: Wanted | None = None) -> None:
        """At idle time, draw the screen of the destination ``make`` returns (None: nothing)."""

        def start() -> None:
            if wanted is None or wanted():
                destination = make()
                if destination is not None:
                    self.warm_screen(self.screen_for(destination), wanted)

        self.schedule(start)

    def warm_later(self, make: Callable[[], Warmable | None], wanted: Wanted | None = None) -> None:
        """At idle time, draw the screen ``make`` returns (a stand-in a screen makes of itself)."""

        def start() -> None:
            if wanted is None or wanted():
                self.warm_screen(make(), wanted)

        self.schedule(start)

    def warm_now(self, destinations: tuple[Destination, ...]) -> None:
        """Draw the screens of ``destinations`` off screen at once, whole (menu, settings, about)."""
        size = self.window_size()
        scratch = pygame.Surface(size)
        for destination in destinations:
            screen = self.screen_for(destination)
            if screen is not None:
                screen.layout(pygame.Rect(0, 0, *size))
                screen.draw(scratch)
