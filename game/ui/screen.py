"""Screens, the commands they return, and the screen stack.

How to write a screen
=====================

A screen is a class derived from :class:`Screen`. It never touches the stack or the window;
it returns commands, and reads shared state from ``self.context`` (an
:class:`game.ui.context.AppContext`: translator ``context.translator``, theme ``context.theme``,
text cache ``context.text``, settings, progress store, profile, sounds, pictures, random
generator, selected pack)::

    from game.ui.screen import Pop, Push, Screen
    from game.ui.widgets import Button, Label
    from game.ui import layout

    class HelloScreen(Screen):
        name = "hello"                        # shown by the driver and the bench

        def layout(self, rect):               # called on enter, resize, text size and
            super().layout(rect)              # language change: build every widget here,
            translator, theme = self.context.translator, self.context.theme  # translate now
            column = layout.centered_column(rect, theme, width_fraction=0.5)
            self.title = Label(self.context, translator.gettext("Hello"), role="title", align="center")
            self.back = Button(self.context, translator.gettext("Back"), action=lambda: Pop())
            layout.stack_vertically(column, [self.title, self.back], theme.space(2))

        def widgets(self):                    # every widget, in focus order
            return [self.title, self.back]

Rules of the lifecycle:

* ``layout(rect)`` runs before ``on_enter`` and again whenever the window size, the text
  size, the palette or the language changes. Build widgets there (translated labels!);
  keep game state (round objects, answers) in ``__init__`` so a relayout never loses it.
  Focus is kept across relayouts by each widget's ``key`` (default: its position).
* ``on_enter()`` when pushed; ``on_pause()`` when another screen is pushed on top;
  ``on_resume(result)`` when that screen pops with ``Pop(result)``; ``on_exit()`` when removed.
* ``handle_event(event)`` returns a command or ``None``. The default implementation
  already does hover, clicks, Tab/Shift+Tab and arrows for focus, Enter/Space to activate
  the focused widget, mouse wheel for scroll lists, and Esc → ``self.on_back()``
  (default ``Pop()``). Override ``handle_event`` for your own keys and call
  ``super().handle_event(event)`` for the rest.
* ``update(dt)`` (seconds) may return a command (for example when a timer runs out).
  ``animating`` must be True while anything moves; otherwise the app sleeps and only
  redraws after input. Under ``context.settings.reduced_motion`` finish motion at once.
* Presenting only what changed: after a whole frame the loop asks the top screen
  ``draw_changes(surface)`` for what changed, and shows only those rectangles
  (``pygame.display.update(rects)``); ``frame_due_in()`` says how long it may sleep. By
  default a screen that animates repaints everything at 60 frames a second and a still
  screen repaints nothing; a screen with slow or small motion overrides
  ``changed_rects()`` (repainted by drawing the screen clipped to them) or
  ``draw_changes`` and ``frame_due_in`` (the scene's picture, the round's countdown).
* ``draw(surface)`` paints the whole window (the default paints the background, every
  widget and the focus ring). Overlays (``is_overlay = True``) are drawn over the screen
  below them.

Commands: :class:`Push`, :class:`Pop`, :class:`Replace`, :class:`PopTo` (back to the
nearest screen with a given ``name``), :class:`Reset` (a whole new stack), :class:`Quit`,
and :class:`Handled` (the event was used; nothing changes but the picture). Screens
that open another screen name its destination instead (:mod:`game.ui.navigation`); the
stack (:mod:`game.ui.stack`) asks the router for its screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pygame

from game.ui.commands import Command, Handled, Pop, PopTo, Quit
from game.ui.context import AppContext
from game.ui.widgets.base import Widget
from game.ui.widgets.decor import draw_background

__all__ = [
    "Command",
    "Handled",
    "Pop",
    "PopTo",
    "Push",
    "Quit",
    "Replace",
    "Reset",
    "Screen",
]


# -- commands that carry screens -------------------------------------------------------
@dataclass
class Push(Command):
    """Put ``screen`` on top; the current screen pauses."""

    screen: Screen


@dataclass
class Replace(Command):
    """Swap the top screen for ``screen``."""

    screen: Screen


@dataclass
class Reset(Command):
    """Replace the whole stack with ``screens`` (bottom first)."""

    screens: Sequence[Screen] = field(default_factory=tuple)


# -- screens ----------------------------------------------------------------------------
FOCUS_NEXT_KEYS = (pygame.K_DOWN, pygame.K_RIGHT)
FOCUS_PREVIOUS_KEYS = (pygame.K_UP, pygame.K_LEFT)
ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
# A frame of smooth motion (gliding cards, fading toasts): 60 a second.
ANIMATION_FRAME_SECONDS = 1 / 60


class Screen:
    """Derive from this to make a screen; see the module docstring for the guide."""

    name = "screen"
    is_overlay = False
    # Bumped when the screen shows something new in place (the next quiz question): the
    # stack then guards input as after a screen change.
    view_serial = 0

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.rect = pygame.Rect(0, 0, *context.window_size)
        self.focus_index: int | None = None
        self._mouse_down_widget: Widget | None = None

    # -- lifecycle hooks -------------------------------------------------------------
    def on_enter(self) -> None:
        """Run when the screen is pushed onto the stack."""

    def on_exit(self) -> None:
        """Run when the screen leaves the stack."""

    def on_pause(self) -> None:
        """Run when another screen is pushed on top of this one."""

    def on_resume(self, result: object = None) -> None:
        """Run when the screen on top pops, with the ``result`` it popped with."""

    def on_focus_lost(self) -> bool:
        """Run when the window loses the keyboard focus; return True when the screen changed.

        Its button releases go elsewhere, so a screen with a drag in hand cancels it.
        """
        return False

    def on_back(self) -> Command | None:
        """Answer Esc: go back by default."""
        return Pop()

    # -- layout and widgets ------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        """Place (and build) the widgets for ``rect``; subclasses call this first."""
        self.rect = pygame.Rect(rect)

    def relayout(self, rect: pygame.Rect) -> None:
        """Lay out again, keeping the keyboard focus on the same widget."""
        focused = self.focused_widget
        focus_key = focused.focus_key if focused is not None else None
        self.layout(rect)
        if focus_key is not None:
            self.focus_by_key(focus_key)
        self.clamp_focus()

    def widgets(self) -> list[Widget]:
        """Return every widget, in focus order."""
        return []

    def focusable_widgets(self) -> list[Widget]:
        """Return the widgets the keyboard can reach, in order."""
        return [widget for widget in self.widgets() if widget.can_focus]

    @property
    def focused_widget(self) -> Widget | None:
        """Return the widget that has the keyboard focus, if any."""
        focusable = self.focusable_widgets()
        if self.focus_index is None or not focusable:
            return None
        return focusable[min(self.focus_index, len(focusable) - 1)]

    def focus(self, widget: Widget | None) -> None:
        """Give the keyboard focus to ``widget`` (None: nobody)."""
        focusable = self.focusable_widgets()
        for other in focusable:
            other.focused = False
        if widget is None or widget not in focusable:
            self.focus_index = None
            return
        self.focus_index = focusable.index(widget)
        widget.focused = True
        if widget.scroll_parent is not None:
            widget.scroll_parent.scroll_into_view(widget)

    def focus_by_key(self, key: object) -> bool:
        """Focus the widget whose ``focus_key`` is ``key``; return whether one was found."""
        for widget in self.focusable_widgets():
            if widget.focus_key == key:
                self.focus(widget)
                return True
        return False

    def clamp_focus(self) -> None:
        """Keep the focus on an existing widget, and always on one when any can take it."""
        focusable = self.focusable_widgets()
        if not focusable:
            self.focus_index = None
            return
        index = 0 if self.focus_index is None else min(self.focus_index, len(focusable) - 1)
        self.focus(focusable[index])

    def move_focus(self, step: int, wrap: bool = True) -> None:
        """Move the focus ``step`` widgets forward (negative: backward).

        Tab wraps around; the arrows (``wrap=False``) stop at the first and last widget, so
        holding Down on the menu never comes round onto *Quit*.
        """
        focusable = self.focusable_widgets()
        if not focusable:
            return
        current = -1 if self.focus_index is None else self.focus_index
        if current < 0 and step < 0:
            current = 0 if wrap else len(focusable)
        target = current + step
        if wrap:
            target %= len(focusable)
        else:
            target = max(0, min(len(focusable) - 1, target))
        self.focus(focusable[target])

    @property
    def animating(self) -> bool:
        """Return True while something on the screen moves or counts (the app keeps updating)."""
        return any(widget.animating for widget in self.widgets())

    # -- presenting only what changed ------------------------------------------------------
    def frame_due_in(self) -> float | None:
        """Return the seconds until the screen shows something new by itself (None: never).

        The loop sleeps until then (or until input). The default: a smooth frame while
        anything animates; override it for slower motion (a picture, a countdown).
        """
        return ANIMATION_FRAME_SECONDS if self.animating else None

    def changed_rects(self) -> list[pygame.Rect] | None:
        """Return the rectangles that must be painted again since the last frame.

        ``[]``: nothing changed; ``None``: paint the whole window. The default repaints
        everything while a widget animates and nothing otherwise (input already asks for a
        whole frame through the stack).
        """
        return None if self.animating else []

    def draw_changes(self, surface: pygame.Surface) -> list[pygame.Rect] | None:
        """Paint what changed since the last frame; return its rectangles (None: draw all).

        The default repaints each of ``changed_rects()`` by drawing the screen clipped to
        it, so a partial frame has exactly the pixels of a whole one. An overlay cannot
        repaint the screen below it, so it asks for a whole frame instead.
        """
        rects = self.changed_rects()
        if rects is None or (rects and self.is_overlay):
            return None
        for rect in rects:
            previous = surface.get_clip()
            surface.set_clip(rect)
            try:
                self.draw(surface)
            finally:
                surface.set_clip(previous)
        return rects

    # -- events, update, draw ----------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Handle one event: widgets first, then focus keys, Esc and activation."""
        widgets = self.widgets()
        if event.type == pygame.MOUSEMOTION:
            changed = False
            for widget in widgets:
                changed |= widget.set_hovered(widget.hit(event.pos))
            for widget in reversed(widgets):
                command = widget.handle_event(event)
                if command is not None:
                    return command
            return Handled() if changed else None
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for widget in reversed(widgets):
                if widget.hit(event.pos):
                    if widget.can_focus:
                        self.focus(widget)
                    command = widget.handle_event(event)
                    if command is not None:
                        return command
            return None
        if event.type in (pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL):
            for widget in reversed(widgets):
                command = widget.handle_event(event)
                if command is not None:
                    return command
            return None
        if event.type in (pygame.KEYDOWN, pygame.TEXTINPUT, pygame.TEXTEDITING, pygame.KEYUP):
            focused = self.focused_widget
            if focused is not None:
                command = focused.handle_event(event)
                if command is not None:
                    return command
            if event.type == pygame.KEYDOWN:
                return self.handle_navigation_key(event)
        return None

    def handle_navigation_key(self, event: pygame.event.Event) -> Command | None:
        """Move focus with Tab and arrows, activate with Enter/Space, go back with Esc."""
        if event.key == pygame.K_TAB:
            self.move_focus(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            return Handled()
        if event.key in FOCUS_NEXT_KEYS:
            self.move_focus(1, wrap=False)
            return Handled()
        if event.key in FOCUS_PREVIOUS_KEYS:
            self.move_focus(-1, wrap=False)
            return Handled()
        if event.key == pygame.K_ESCAPE:
            return self.on_back()
        if event.key in ACTIVATE_KEYS:
            focused = self.focused_widget
            if focused is not None and focused.enabled:
                command = focused.activate()
                return command if command is not None else Handled()
        return None

    def update(self, dt: float) -> Command | None:
        """Advance animations by ``dt`` seconds."""
        for widget in self.widgets():
            widget.update(dt)
        return None

    def draw_background(self, surface: pygame.Surface) -> None:
        """Paint the window background with a soft pattern of diagonal bands."""
        draw_background(surface, self.context.theme)

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the background, every widget and the focus ring.

        ``covered``: an overlay lies on top, so the screen keeps its focus but shows no ring.
        """
        if not self.is_overlay:
            self.draw_background(surface)
        self.draw_widgets(surface, covered)

    def draw_widgets(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint every visible widget, then the focus ring on top (none when ``covered``)."""
        for widget in self.widgets():
            if widget.visible and not widget.scrolled_out_of_view():
                widget.draw(surface)
        self.draw_focus(surface, covered)

    def draw_focus(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the focus ring around the focused widget, once the keyboard is in use.

        Mouse players see no ring (the web's ``:focus-visible`` rule), and none shows while
        an overlay covers the screen.
        """
        if not self.context.input.keyboard_used:
            return
        focused = self.focused_widget
        if focused is not None and focused.visible and not covered:
            focused.draw_focus(surface)

    def overflowing_widgets(self) -> list[Widget]:
        """Return the widgets whose text does not fit, or that leave the screen."""
        found = []
        bounds = self.rect
        for widget in self.widgets():
            if not widget.visible:
                continue
            # Rows of a scroll list may lie outside the window: they scroll into view.
            outside = widget.clip is None and not bounds.contains(widget.rect)
            if widget.overflowing or outside:
                found.append(widget)
        return found
