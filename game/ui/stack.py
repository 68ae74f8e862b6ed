"""The screen stack: runs the screens' lifecycle hooks and carries out their commands."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.commands import Command, Handled, PopTo, Quit
from game.ui.context import AppContext
from game.ui.navigation import Destination, Open, ResetTo, SwitchTo, SwitchUnder
from game.ui.screen import Pop, Push, Replace, Reset, Screen

Router = Callable[[Destination], Screen]


class ScreenStack:
    """Hold the screens, run their lifecycle hooks and carry out their commands.

    ``router`` makes the screen of a destination (``Open``, ``SwitchTo``, ``ResetTo``). The
    stack lays every screen out again when the context says the looks changed.
    """

    def __init__(self, context: AppContext, router: Router) -> None:
        self.context = context
        self.router = router
        self.screens: list[Screen] = []
        self.quit_requested = False
        self.needs_redraw = True
        # Rectangles input changed (``Handled(rects=...)``), repainted at the next frame.
        self.dirty_rects: list[pygame.Rect] = []
        context.layout_changed.connect(self.relayout)

    @property
    def top(self) -> Screen | None:
        """Return the screen on top (the one that gets events)."""
        return self.screens[-1] if self.screens else None

    def window_rect(self) -> pygame.Rect:
        """Return the rectangle of the whole window."""
        return pygame.Rect(0, 0, *self.context.window_size)

    def push(self, screen: Screen) -> None:
        """Pause the top screen and put ``screen`` on top."""
        if self.top is not None:
            self.top.on_pause()
        self.screens.append(screen)
        self._enter(screen)

    def _enter(self, screen: Screen) -> None:
        screen.layout(self.window_rect())
        screen.clamp_focus()
        screen.on_enter()
        self.needs_redraw = True

    def pop(self, result: object = None) -> None:
        """Remove the top screen and resume the one below with ``result``."""
        if not self.screens:
            return
        leaving = self.screens.pop()
        leaving.on_exit()
        if self.top is None:
            self.quit_requested = True
        else:
            self.top.on_resume(result)
        self.needs_redraw = True

    def apply(self, command: Command | None) -> None:
        """Carry out one command from a screen."""
        if command is None:
            return
        if isinstance(command, Handled) and command.rects is not None:
            self.dirty_rects.extend(pygame.Rect(rect) for rect in command.rects)
            return
        self.needs_redraw = True
        if isinstance(command, Open):
            command = Push(self.router(command.destination))
        elif isinstance(command, SwitchTo):
            command = Replace(self.router(command.destination))
        elif isinstance(command, ResetTo):
            command = Reset([self.router(destination) for destination in command.destinations])
        elif isinstance(command, SwitchUnder):
            screen = self.router(command.destination)
            if len(self.screens) > 1:
                self.screens.pop().on_exit()
            command = Replace(screen)
        if isinstance(command, Push):
            self.push(command.screen)
        elif isinstance(command, Pop):
            self.pop(command.result)
        elif isinstance(command, Replace):
            if self.screens:
                self.screens.pop().on_exit()
            self.screens.append(command.screen)
            self._enter(command.screen)
        elif isinstance(command, PopTo):
            while len(self.screens) > 1 and self.screens[-1].name != command.name:
                self.screens.pop().on_exit()
            if self.top is not None:
                self.top.on_resume(command.result)
        elif isinstance(command, Reset):
            while self.screens:
                self.screens.pop().on_exit()
            for screen in command.screens:
                self.screens.append(screen)
                screen.layout(self.window_rect())
                screen.clamp_focus()
            if self.top is not None:
                self.top.on_enter()
        elif isinstance(command, Quit):
            self.quit_requested = True

    def view(self) -> tuple[int, int] | None:
        """Return what the player sees now: the top screen and its view number."""
        top = self.top
        return None if top is None else (id(top), top.view_serial)

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Give ``event`` to the top screen; return True when it changed something.

        The input guard first drops what belongs to the screen before (a double-click's
        second press, a held key's repeats), and arms itself again when the view changes.
        """
        if self.top is None:
            return False
        guard = self.context.input
        if event.type == pygame.WINDOWFOCUSLOST:
            guard.release_all()
            # Repaint only when the screen changed (a cancelled drag): an unfocused window
            # otherwise shows nothing new.
            changed = self.top.on_focus_lost()
            self.needs_redraw = self.needs_redraw or changed
            return changed
        ring_before = guard.keyboard_used
        allowed = guard.allow(event)
        if guard.keyboard_used != ring_before:
            self.needs_redraw = True
        if not allowed:
            return False
        before = self.view()
        command = self.top.handle_event(event)
        self.apply(command)
        if self.view() != before:
            guard.arm()
        return command is not None

    def update(self, dt: float) -> None:
        """Advance the top screen (screens below are paused); a view change arms the guard."""
        if self.top is not None:
            before = self.view()
            self.apply(self.top.update(dt))
            if self.view() != before:
                self.context.input.arm()

    @property
    def animating(self) -> bool:
        """Return True while the top screen animates (nothing moves under an overlay)."""
        return self.top is not None and self.top.animating

    def frame_due_in(self) -> float | None:
        """Return the seconds until the top screen shows something new (None: nothing moves)."""
        if self.needs_redraw:
            return 0.0
        return self.top.frame_due_in() if self.top is not None else None

    def present(self, surface: pygame.Surface) -> list[pygame.Rect] | None:
        """Paint what must change; return the rectangles to show (None: the whole window).

        A change of screen, input or layout repaints everything; otherwise only the top
        screen's own changes are painted (screens under an overlay stay still).
        """
        if self.needs_redraw or self.top is None:
            self.draw(surface)
            return None
        window = surface.get_rect()
        shown = [window.clip(rect) for rect in self.dirty_rects if window.colliderect(rect)]
        self.dirty_rects = []
        for rect in shown:
            self.draw_clipped(surface, rect)
        rects = self.top.draw_changes(surface)
        if rects is None:
            self.draw(surface)
            return None
        return shown + [window.clip(rect) for rect in rects if window.colliderect(rect)]

    def draw_clipped(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Paint the visible screens inside ``rect`` only."""
        previous = surface.get_clip()
        surface.set_clip(rect)
        try:
            screens = self.visible_screens()
            for screen in screens:
                screen.draw(surface, covered=screen is not screens[-1])
        finally:
            surface.set_clip(previous)

    def visible_screens(self) -> list[Screen]:
        """Return the screens to draw, bottom first: the top one and those under overlays."""
        start = len(self.screens) - 1
        while start > 0 and self.screens[start].is_overlay:
            start -= 1
        return self.screens[max(start, 0) :]

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the visible screens, bottom first."""
        screens = self.visible_screens()
        for screen in screens:
            # Screens under an overlay keep their focus but show no ring.
            screen.draw(surface, covered=screen is not screens[-1])
        self.needs_redraw = False
        self.dirty_rects = []

    def relayout(self) -> None:
        """Lay every screen out again (window size, text size, palette or language changed)."""
        rect = self.window_rect()
        for screen in self.screens:
            screen.relayout(rect)
        self.needs_redraw = True
