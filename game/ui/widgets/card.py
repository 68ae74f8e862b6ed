"""Cards: rounded panels, optionally clickable, that group other widgets or draw their own text."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.commands import Command
from game.ui.context import AppContext
from game.ui.widgets.base import Action, Widget, WidgetOptions
from game.ui.widgets.decor import draw_panel


class Card(Widget):
    """Draw a rounded panel; with an ``action`` it is focusable and clickable like a button.

    Put labels on top of a card by listing them after it in the screen's ``widgets()``;
    clicks on those labels fall through to the card.
    """

    def __init__(
        self,
        context: AppContext,
        label: str = "",
        action: Action | None = None,
        *,
        fill: str = "surface",
        border: str | None = None,
        selected: bool = False,
        sound: str | None = "select",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.action = action
        self.focusable = action is not None
        self.fill_name = fill
        self.border_name = border
        self.selected = selected
        self.sound = sound

    def activate(self) -> Command | None:
        """Run the card's action."""
        if self.action is None or not self.enabled:
            return None
        if self.sound:
            self.context.play_sound(self.sound)
        return self.action()

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the panel, highlighted on hover and when selected."""
        theme = self.context.theme
        palette = theme.palette
        previous = surface.get_clip()
        if self.clip is not None:
            # Within the clip already set: a partial frame repaints only its rectangles.
            surface.set_clip(self.clip.clip(previous))
        fill = getattr(palette, self.fill_name)
        if self.focusable and (self.hovered or self.pressed):
            fill = palette.surface_alt if not theme.high_contrast else palette.secondary_hover
        border = getattr(palette, self.border_name) if self.border_name else None
        if self.selected:
            border = palette.primary
        rect = self.rect.move(0, theme.space(0.25)) if self.pressed else self.rect
        draw_panel(surface, rect, theme, fill=fill, border=border, shadow=not self.pressed)
        if self.selected:
            pygame.draw.rect(surface, palette.primary, rect, theme.border_width * 2, theme.radius)
        surface.set_clip(previous)
