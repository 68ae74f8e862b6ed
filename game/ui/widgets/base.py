"""The widget base class: a rectangle with a label that can draw, take focus and report overflow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

import pygame

from game.ui.commands import Command, Handled
from game.ui.widgets.focus import draw_focus_ring

if TYPE_CHECKING:
    from game.ui.context import AppContext

Action = Callable[[], "Command | None"]


class WidgetOptions(TypedDict, total=False):
    """The options every widget takes: its focus key and its rectangle."""

    key: object
    rect: pygame.Rect | tuple[int, int, int, int] | None


class Widget:
    """Derive from this for anything drawn on a screen.

    ``label`` is the visible text the UI driver finds the widget by. ``overflowing`` is True
    when the text does not fit the rectangle, so tests catch clipped text. ``clip`` is set
    by a scroll list on its rows: the widget is drawn and hit only inside that rectangle.
    """

    focusable = False

    def __init__(
        self,
        context: AppContext,
        label: str = "",
        *,
        key: object = None,
        rect: pygame.Rect | tuple[int, int, int, int] | None = None,
    ) -> None:
        self.context = context
        self.label = label
        self.key = key
        self.rect = pygame.Rect(rect) if rect is not None else pygame.Rect(0, 0, 0, 0)
        self.focused = False
        self.hovered = False
        self.pressed = False
        self.enabled = True
        self.visible = True
        self.clip: pygame.Rect | None = None
        self.scroll_parent: object | None = None

    # -- identity and focus ------------------------------------------------------------
    @property
    def focus_key(self) -> object:
        """Return what keeps the focus on this widget across a relayout (None: its position)."""
        return self.key

    @property
    def can_focus(self) -> bool:
        """Return True when the keyboard can reach this widget now."""
        return self.focusable and self.visible and self.enabled

    def set_hovered(self, hovered: bool) -> bool:
        """Set the hover state; return True when it changed (so the screen redraws)."""
        hovered = hovered and self.enabled and self.focusable
        if hovered == self.hovered:
            return False
        self.hovered = hovered
        if not hovered:
            self.pressed = False
        return True

    def hit(self, position: tuple[int, int] | None) -> bool:
        """Return True when ``position`` is on the widget (and inside its clip, if any)."""
        if position is None:
            return True
        if not self.visible or not self.rect.collidepoint(position):
            return False
        return self.clip is None or self.clip.collidepoint(position)

    def scrolled_out_of_view(self) -> bool:
        """Return True when the widget lies wholly outside its clip (a row scrolled away).

        Drawing such a row would change no pixel but still render its text; screens skip it,
        so a long scroll list costs only the rows in view. The margin keeps shadows and
        borders that reach just past the rectangle.
        """
        if self.clip is None:
            return False
        margin = self.context.theme.space(3)
        return not self.rect.inflate(margin, margin).colliderect(self.clip)

    # -- sizes -----------------------------------------------------------------------------
    def preferred_height(self, width: int) -> int:
        """Return the height this widget wants at ``width`` pixels wide."""
        return self.rect.height

    @property
    def overflowing(self) -> bool:
        """Return True when the widget's text does not fit in its rectangle."""
        return False

    @property
    def animating(self) -> bool:
        """Return True while the widget moves or fades."""
        return False

    # -- behaviour -------------------------------------------------------------------------
    def activate(self) -> Command | None:
        """Do what Enter/Space or a click does."""
        return None

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Handle a mouse event for a clickable widget; return a command when something happened."""
        if not (self.focusable and self.enabled and self.visible):
            return None
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.hit(event.pos):
            self.pressed = True
            return Handled()
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            was_pressed = self.pressed
            self.pressed = False
            if was_pressed and self.hit(event.pos):
                command = self.activate()
                return command if command is not None else Handled()
            return Handled() if was_pressed else None
        return None

    def update(self, dt: float) -> None:
        """Advance the widget's animation by ``dt`` seconds."""

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the widget."""

    def draw_focus(self, surface: pygame.Surface) -> None:
        """Paint the keyboard focus ring around the widget."""
        previous = surface.get_clip()
        if self.clip is not None:
            surface.set_clip(
                self.clip.inflate(self.context.theme.space(2), self.context.theme.space(2)).clip(
                    previous
                )
            )
        draw_focus_ring(surface, self.rect, self.context.theme)
        surface.set_clip(previous)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label!r} {tuple(self.rect)}>"
