"""Drive the real game headless: find widgets by their visible label, click, drag, type, press keys.

Used by the UI tests, ``okuya screenshots`` and ``okuya bench``::

    driver = UiDriver(data_dir=tmp_path, language="ru")
    driver.click("Русский")            # by visible label (exact, then case-insensitive part)
    driver.type_text("Айгүл")
    driver.press(pygame.K_RETURN)
    driver.advance(0.5)                # run updates for half a second of game time
    driver.screenshot(tmp_path / "menu.png")
    assert driver.overflowing_widgets() == []

Every action goes through ``App.handle_event`` exactly as the main loop does, then draws the
frame when the loop would, so drawing errors surface in tests too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.app import App
from game.ui.screen import Push, Screen
from game.ui.widgets.base import Widget

if TYPE_CHECKING:
    from game.ui.context import AppContext

FRAME = 1 / 60


class WidgetNotFoundError(LookupError):
    """Raise when no widget on the current screen has the label asked for."""


class UiDriver:
    """Build an App (on the dummy video driver, or in a real window) and act like a player."""

    def __init__(
        self,
        data_dir: str | Path,
        language: str | None = "en",
        size: tuple[int, int] = (1280, 720),
        text_scale: float | None = 1.0,
        *,
        seed: int = 0,
        pack_path: str | Path | None = None,
        watch: bool = False,
        start_step: int | None = None,
        real_window: bool = False,
        fullscreen: bool = False,
    ) -> None:
        if real_window:
            # The bench measures what a player gets: a window on the real display.
            os.environ.pop("SDL_VIDEODRIVER", None)
        else:
            os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
        self.app = App(
            size=size,
            fullscreen=fullscreen,
            language=language,
            data_dir=Path(data_dir),
            text_scale=text_scale,
            seed=seed,
            pack_path=pack_path,
            watch=watch,
            start_step=start_step,
        )
        self.app.start()
        # Game time: the input guard measures its moment by it, so tests need no real waits.
        self.game_time = 0.0
        self.app.context.input.clock = lambda: self.game_time
        self.mouse = (0, 0)
        # When set, called with (screen name, CPU seconds, first frame of that screen?) for
        # every frame drawn (the bench).
        self.frame_recorder: Callable[[str, float, bool], None] | None = None
        self._last_recorded_screen: int | None = None
        self.render()
        self.idle()

    # -- state ------------------------------------------------------------------------------
    @property
    def context(self) -> AppContext:
        """Return the app's shared context."""
        return self.app.context

    @property
    def current_screen(self) -> Screen:
        """Return the screen on top of the stack."""
        return self.app.stack.top

    @property
    def screen_name(self) -> str:
        """Return the ``name`` of the screen on top."""
        return self.current_screen.name

    def widgets(self) -> list[Widget]:
        """Return the visible widgets of the current screen, and rows a scroll list can bring into view."""
        return [
            widget
            for widget in self.current_screen.widgets()
            if widget.visible or widget.scroll_parent is not None
        ]

    def labels(self) -> list[str]:
        """Return the visible labels of the current screen (and of widget parts), in order."""
        found = []
        for widget in self.widgets():
            if widget.label:
                found.append(widget.label)
            part_labels = getattr(widget, "part_labels", None)
            if callable(part_labels):
                found.extend(part_labels())
        return found

    def find(self, label: str, *, exact: bool = False) -> Widget:
        """Return the widget labelled ``label``: interactive widgets first, exact match first."""
        widgets = self.widgets()
        ordered = [w for w in widgets if w.focusable] + [w for w in widgets if not w.focusable]
        for widget in ordered:
            if widget.label == label:
                return widget
        if not exact:
            wanted = label.casefold()
            for widget in ordered:
                if wanted in widget.label.casefold():
                    return widget
        raise WidgetNotFoundError(
            f"no widget labelled {label!r} on {self.screen_name}; labels: {self.labels()}"
        )

    def has(self, label: str, *, exact: bool = False) -> bool:
        """Return whether a widget labelled ``label`` is on the current screen."""
        try:
            self.find(label, exact=exact)
        except WidgetNotFoundError:
            return False
        return True

    def overflowing_widgets(self) -> list[Widget]:
        """Return the widgets whose text does not fit or that leave the window."""
        return self.current_screen.overflowing_widgets()

    # -- actions ----------------------------------------------------------------------------
    def post(self, event: pygame.event.Event) -> None:
        """Handle one event as the main loop would, then draw if needed."""
        started, frames = time.process_time(), self.app.frames_presented
        # Input, as the loop notes it: it polls quickly for a while after.
        self.app.idle_since = time.perf_counter()
        self.app.handle_event(event)
        self.app.update(0.0)
        self.render()
        self._record(started, frames)
        self.idle()

    def idle(self) -> None:
        """Let the game do its idle work, as it does between a player's actions."""
        while self.app.context.ahead.run_one():
            pass

    def _record(self, started: float, frames_before: int) -> None:
        if self.frame_recorder is not None and self.app.frames_presented > frames_before:
            seconds = time.process_time() - started
            screen = id(self.current_screen)
            first = screen != self._last_recorded_screen
            self._last_recorded_screen = screen
            self.frame_recorder(self.screen_name, seconds, first)

    def move_to(self, position: tuple[int, int]) -> None:
        """Move the mouse to ``position``."""
        rel = (position[0] - self.mouse[0], position[1] - self.mouse[1])
        buttons = (1, 0, 0) if getattr(self, "_button_down", False) else (0, 0, 0)
        self.mouse = (int(position[0]), int(position[1]))
        self.post(pygame.event.Event(pygame.MOUSEMOTION, pos=self.mouse, rel=rel, buttons=buttons))

    def wait_for_input(self, limit: float = 2.0) -> None:
        """Wait (in game time) until the screen takes pointer presses, as a person would.

        After a screen change the input guard ignores presses for a moment; a player's next
        deliberate click comes later than that. :meth:`double_click` does not wait.
        """
        elapsed = 0.0
        while self.app.context.input.remaining > 0 and elapsed < limit:
            self.advance(FRAME)
            elapsed += FRAME

    def click_at(self, position: tuple[int, int], *, wait: bool = True) -> None:
        """Click with the left button at ``position`` (after the input guard's moment)."""
        if self.app.context.input.button_down:
            # The game believes the button held (a random press with no release): a person
            # releases it before pressing again.
            self.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=self.mouse, button=1))
        if wait:
            self.wait_for_input()
        self.move_to(position)
        self._button_down = True
        self.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=self.mouse, button=1))
        self._button_down = False
        self.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=self.mouse, button=1))

    def click(self, target: str | Widget) -> None:
        """Click the centre of the widget (or of the widget labelled ``target``).

        A label may also name a part of a widget, such as one option of a choice row.
        """
        if isinstance(target, str) and not self.has(target, exact=True):
            point = self._part_point(target)
            if point is not None:
                self.click_at(point)
                return
        widget = self.find(target) if isinstance(target, str) else target
        self.click_at(self._visible_point(widget))

    def double_click(self, target: str | Widget) -> None:
        """Click twice quickly (no time between) at the widget labelled ``target``."""
        widget = self.find(target) if isinstance(target, str) else target
        point = self._visible_point(widget)
        self.click_at(point)
        self.click_at(point, wait=False)

    def _part_point(self, label: str) -> tuple[int, int] | None:
        for widget in self.widgets():
            part_point = getattr(widget, "part_point", None)
            if callable(part_point) and part_point(label) is not None:
                if widget.scroll_parent is not None:
                    widget.scroll_parent.scroll_into_view(widget)
                return part_point(label)
        return None

    def _visible_point(self, widget: Widget) -> tuple[int, int]:
        if widget.scroll_parent is not None:
            widget.scroll_parent.scroll_into_view(widget)
        rect = widget.rect.clip(widget.clip) if widget.clip is not None else widget.rect
        return rect.center

    def drag(
        self, source: str | Widget, target: str | Widget | Sequence[int], steps: int = 8
    ) -> None:
        """Press on ``source``, move in ``steps`` to ``target`` (a label, widget or point), release."""
        start_widget = self.find(source) if isinstance(source, str) else source
        start = self._visible_point(start_widget)
        if isinstance(target, str | Widget):
            end_widget = self.find(target) if isinstance(target, str) else target
            end = end_widget.rect.center
        else:
            end = (int(target[0]), int(target[1]))
        if self.app.context.input.button_down:
            self.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=self.mouse, button=1))
        self.wait_for_input()
        self.move_to(start)
        self._button_down = True
        self.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
        for step in range(1, steps + 1):
            point = (
                round(start[0] + (end[0] - start[0]) * step / steps),
                round(start[1] + (end[1] - start[1]) * step / steps),
            )
            self.move_to(point)
            self.advance(FRAME)
        self._button_down = False
        self.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1))

    def press(self, key: int, mod: int = 0, unicode: str = "") -> None:
        """Press and release ``key`` (a pygame key constant) with modifier ``mod``.

        A person cannot press a key the game still believes held (after a random KEYDOWN
        with no KEYUP): such a key is released first, as the keyboard would have sent it.
        """
        if key in self.app.context.input.held_keys:
            self.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0))
        self.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0))

    def type_text(self, text: str) -> None:
        """Type ``text`` letter by letter as TEXTINPUT events (any script)."""
        for character in text:
            self.post(pygame.event.Event(pygame.TEXTINPUT, text=character))

    def advance(self, seconds: float, step: float = FRAME) -> None:
        """Run the game for ``seconds`` of game time in frames of ``step`` seconds."""
        remaining = seconds
        while remaining > 1e-9:
            dt = min(step, remaining)
            started, frames = time.process_time(), self.app.frames_presented
            self.game_time += dt
            self.app.update(dt)
            self.render()
            self._record(started, frames)
            remaining -= dt

    def settle(self, limit: float = 10.0) -> None:
        """Advance until nothing animates (at most ``limit`` seconds of game time)."""
        elapsed = 0.0
        while self.app.stack.animating and elapsed < limit:
            self.advance(FRAME)
            elapsed += FRAME

    def show(self, screen: Screen) -> None:
        """Push ``screen`` on the stack (to test a screen directly)."""
        self.app.stack.apply(Push(screen))
        self.render()

    def resize(self, size: tuple[int, int]) -> None:
        """Resize the window to ``size``."""
        pygame.display.set_mode(size, pygame.RESIZABLE)
        self.app.resize(size)
        self.render(force=True)

    # -- drawing ----------------------------------------------------------------------------
    def render(self, force: bool = False) -> None:
        """Show what the main loop would show now (a whole frame always when ``force``)."""
        if force:
            self.app.draw()
        else:
            self.app.present()

    def screenshot(self, path: str | Path) -> Path:
        """Draw the current frame and save it as a PNG file."""
        self.render(force=True)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(pygame.display.get_surface(), str(path))
        return path

    def close(self) -> None:
        """Close the app and its window."""
        self.app.close()
