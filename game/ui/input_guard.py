"""Input safety after a screen change: no double-click or held key carries over.

When a new screen (or a new quiz question) appears, the press that caused it must not act on
it too. For :data:`GUARD_SECONDS` after the change the guard drops pointer presses and key
repeats; a mouse button or key that was already down when the change happened stays ignored
until it is released, however long it is held. Fresh key presses pass at once (keyboard
players are not slowed down), and so does everything else (motion, wheel, text, window events).

The guard also follows the web's ``:focus-visible`` rule: the focus ring shows only once the
keyboard is used, and hides again when the mouse is pressed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame

# Long enough to swallow the second press of a double-click, short enough not to be noticed.
GUARD_SECONDS = 0.35

# Keys that move or use the keyboard focus: pressing one shows the focus ring.
FOCUS_KEYS = frozenset(
    {
        pygame.K_TAB,
        pygame.K_UP,
        pygame.K_DOWN,
        pygame.K_LEFT,
        pygame.K_RIGHT,
        pygame.K_RETURN,
        pygame.K_KP_ENTER,
        pygame.K_SPACE,
        pygame.K_PAGEUP,
        pygame.K_PAGEDOWN,
        pygame.K_HOME,
        pygame.K_END,
    }
)


class InputGuard:
    """Filter the events that follow a screen change; track whether the keyboard is in use."""

    def __init__(
        self, seconds: float = GUARD_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        # Real time: the main loop runs no updates while the player is idle, so the guard
        # cannot count frames. The UI driver swaps in its own game clock.
        self.clock = clock
        self.armed_at: float | None = None
        self.held_keys: set[int] = set()
        self.stale_keys: set[int] = set()
        self.button_down = False
        self.stale_button = False
        self.keyboard_used = False

    @property
    def remaining(self) -> float:
        """Return the seconds of guard time left (0 when not guarding)."""
        if self.armed_at is None:
            return 0.0
        left = self.seconds - (self.clock() - self.armed_at)
        if left <= 0:
            self.armed_at = None
            return 0.0
        return left

    @property
    def blocking(self) -> bool:
        """Return True while pointer presses are ignored (guard time or a stale button)."""
        return self.remaining > 0 or self.stale_button

    def arm(self) -> None:
        """Start guarding: the screen changed, so what is held now belongs to the old one."""
        self.armed_at = self.clock()
        self.stale_keys = set(self.held_keys)
        self.stale_button = self.button_down

    def release_all(self) -> None:
        """Forget held keys and buttons (the window lost focus: their releases go elsewhere)."""
        self.held_keys.clear()
        self.stale_keys.clear()
        self.button_down = False
        self.stale_button = False

    def allow(self, event: pygame.event.Event) -> bool:
        """Return whether ``event`` may reach the screen (and note what it says)."""
        kind = event.type
        if kind == pygame.MOUSEBUTTONDOWN:
            self.keyboard_used = False
            if event.button != 1:
                return self.remaining <= 0
            if self.blocking:
                # Its release belongs to this ignored press: drop that too.
                self.button_down = True
                self.stale_button = True
                return False
            self.button_down = True
            return True
        if kind == pygame.MOUSEBUTTONUP:
            if event.button != 1:
                return True
            self.button_down = False
            if self.stale_button:
                self.stale_button = False
                return False
            return True
        if kind == pygame.KEYDOWN:
            key = event.key
            if key in self.stale_keys:
                return False
            repeat = key in self.held_keys
            self.held_keys.add(key)
            if repeat and self.remaining > 0:
                return False  # a repeat of a key pressed during the guard time
            if key in FOCUS_KEYS:
                self.keyboard_used = True
            return True
        if kind == pygame.KEYUP:
            key = event.key
            self.held_keys.discard(key)
            if key in self.stale_keys:
                self.stale_keys.discard(key)
                return False
            return True
        return True
