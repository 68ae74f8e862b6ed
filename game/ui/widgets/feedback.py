"""Progress bars and toasts: widgets that show state rather than take input."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.decor import draw_panel
from game.ui.widgets.icon import draw_icon


class ProgressBar(Widget):
    """Show ``value`` (0–1) as a filled bar; ``label`` names it for the driver and tests."""

    def __init__(
        self,
        context: AppContext,
        label: str = "",
        value: float = 0.0,
        *,
        colour: str = "primary",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.value = value
        self.colour_name = colour

    def preferred_height(self, width: int) -> int:
        """Return a slim bar height."""
        return self.context.theme.space(1.25)

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the track and the filled part."""
        theme = self.context.theme
        palette = theme.palette
        radius = self.rect.height // 2
        pygame.draw.rect(surface, palette.secondary_hover, self.rect, 0, radius)
        fraction = max(0.0, min(1.0, self.value))
        if fraction > 0:
            filled = self.rect.copy()
            filled.width = max(self.rect.height, round(self.rect.width * fraction))
            pygame.draw.rect(surface, getattr(palette, self.colour_name), filled, 0, radius)
        if theme.high_contrast:
            pygame.draw.rect(surface, palette.border, self.rect, 1, radius)


class Toast(Widget):
    """A short message at the bottom of the window that disappears after ``duration`` seconds."""

    def __init__(
        self,
        context: AppContext,
        label: str = "",
        *,
        duration: float = 3.0,
        icon: str | None = "info",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.duration = duration
        self.icon = icon
        self.remaining = 0.0
        self.visible = False
        # Where the toast's foot goes (None: near the window's bottom edge).
        self.bottom: int | None = None

    def show(self, message: str, icon: str | None = "info", duration: float | None = None) -> None:
        """Show ``message`` now."""
        self.label = message
        self.icon = icon
        self.remaining = self.duration if duration is None else duration
        self.visible = True
        self.place()

    def place(self, bottom: int | None = None) -> None:
        """Put the toast at the bottom centre of the window (or with its foot at ``bottom``).

        A screen with a hint line at the bottom gives the line's top, so the toast never
        covers the hint.
        """
        theme = self.context.theme
        width_limit = self.context.window_size[0] * 2 // 3
        size = theme.font_size("body")
        icon = round(size * 1.2) if self.icon else 0
        text_w, text_h = self.context.text.measure(self.label, size, width=width_limit)
        width = text_w + icon + theme.space(5 if icon else 4)
        height = max(text_h, icon) + theme.space(3)
        self.rect = pygame.Rect(0, 0, width, height)
        if bottom is not None:
            self.bottom = bottom
        foot = self.context.window_size[1] - theme.space(3) if self.bottom is None else self.bottom
        self.rect.midbottom = (self.context.window_size[0] // 2, foot)

    @property
    def animating(self) -> bool:
        """Return True while the toast is shown (it counts down)."""
        return self.visible

    def update(self, dt: float) -> None:
        """Count down and hide at zero."""
        if not self.visible:
            return
        self.remaining -= dt
        if self.remaining <= 0:
            self.visible = False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the toast (it fades out in its last half second unless motion is reduced)."""
        if not self.visible:
            return
        theme = self.context.theme
        palette = theme.palette
        self.place()
        layer = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        local = layer.get_rect()
        draw_panel(
            layer,
            local,
            theme,
            fill=palette.text if not theme.high_contrast else palette.surface,
            shadow=False,
        )
        text_colour = palette.background if not theme.high_contrast else palette.text
        size = theme.font_size("body")
        x = theme.space(2)
        if self.icon:
            icon_size = round(size * 1.2)
            draw_icon(
                layer,
                self.icon,
                pygame.Rect(x, local.centery - icon_size // 2, icon_size, icon_size),
                text_colour,
            )
            x += icon_size + theme.space(1)
        image = self.context.text.render(
            self.label, size, text_colour, width=self.context.window_size[0] * 2 // 3
        )
        layer.blit(image, (x, local.centery - image.get_height() // 2))
        if not theme.reduced_motion and self.remaining < 0.5:
            layer.set_alpha(max(0, round(255 * self.remaining / 0.5)))
        surface.blit(layer, self.rect)
