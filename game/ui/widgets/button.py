"""Buttons: primary, secondary and quiet ones, with hover and press states and an optional icon."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.commands import Command
from game.ui.context import AppContext
from game.ui.widgets.base import Action, Widget, WidgetOptions
from game.ui.widgets.decor import draw_shadow
from game.ui.widgets.icon import draw_icon

VARIANTS = ("primary", "secondary", "quiet", "danger")


class Button(Widget):
    """Run ``action`` (which may return a command) on click, Enter or Space.

    The label wraps onto more lines when the button is narrow; if it still does not fit,
    the text shrinks to at most 80 % before the button reports ``overflowing``.
    """

    focusable = True

    def __init__(
        self,
        context: AppContext,
        label: str,
        action: Action | None = None,
        *,
        variant: str = "secondary",
        icon: str | None = None,
        align: str = "center",
        role: str = "button",
        sound: str | None = "select",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.action = action
        self.variant = variant
        self.icon = icon
        self.align = align
        self.role = role
        self.sound = sound
        self._fit_cache: tuple[tuple, int] | None = None

    # -- sizes -----------------------------------------------------------------------------
    def padding(self) -> tuple[int, int]:
        """Return the horizontal and vertical padding inside the button."""
        theme = self.context.theme
        return theme.space(2.5), theme.space(1.25)

    def icon_size(self) -> int:
        """Return the side of the icon square (0 without an icon)."""
        if not self.icon:
            return 0
        return round(self.context.theme.font_size(self.role) * 1.1)

    def text_width(self, width: int | None = None) -> int:
        """Return the width left for the text inside a button ``width`` pixels wide."""
        width = self.rect.width if width is None else width
        horizontal, _ = self.padding()
        icon = self.icon_size()
        return max(1, width - 2 * horizontal - (icon + self.context.theme.space(1) if icon else 0))

    def preferred_height(self, width: int) -> int:
        """Return the height that fits the (wrapped) label at ``width``."""
        size = self.context.theme.font_size(self.role)
        _, vertical = self.padding()
        text_height = self.context.text.measure(
            self.label, size, bold=True, width=self.text_width(width)
        )[1]
        return (
            max(text_height, self.icon_size(), self.context.theme.space(6) - 2 * vertical)
            + 2 * vertical
        )

    def preferred_width(self) -> int:
        """Return the width that fits the label on one line."""
        horizontal, _ = self.padding()
        size = self.context.theme.font_size(self.role)
        text = self.context.text.measure(self.label, size, bold=True)[0]
        icon = self.icon_size()
        return text + 2 * horizontal + (icon + self.context.theme.space(1) if icon else 0)

    def fitted_font_size(self) -> int:
        """Return the largest text size (down to 80 %) at which the label fits."""
        theme = self.context.theme
        key = (self.label, self.rect.size, theme.font_size(self.role), self.icon)
        if self._fit_cache is not None and self._fit_cache[0] == key:
            return self._fit_cache[1]
        full = theme.font_size(self.role)
        chosen = full
        _, vertical = self.padding()
        inner_height = self.rect.height - 2 * vertical + 2
        width = self.text_width()
        for size in range(full, max(10, int(full * 0.8)) - 1, -1):
            chosen = size
            text_w, text_h = self.context.text.measure(self.label, size, bold=True, width=width)
            longest = self.context.text.longest_word_width(self.label, size, bold=True)
            if text_h <= inner_height and longest <= width and text_w <= width:
                break
        self._fit_cache = (key, chosen)
        return chosen

    @property
    def overflowing(self) -> bool:
        """Return True when even the smallest allowed text does not fit."""
        size = self.fitted_font_size()
        _, vertical = self.padding()
        width = self.text_width()
        text_w, text_h = self.context.text.measure(self.label, size, bold=True, width=width)
        longest = self.context.text.longest_word_width(self.label, size, bold=True)
        return text_h > self.rect.height - 2 * vertical + 2 or longest > width or text_w > width

    # -- behaviour -------------------------------------------------------------------------
    def activate(self) -> Command | None:
        """Play the button sound and run the action."""
        if not self.enabled:
            return None
        if self.sound:
            self.context.play_sound(self.sound)
        return self.action() if self.action is not None else None

    # -- drawing -----------------------------------------------------------------------------
    def colours(
        self,
    ) -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int] | None]:
        """Return the fill, text and border colours for the current state."""
        palette = self.context.theme.palette
        if not self.enabled:
            return palette.surface_alt, palette.disabled, palette.disabled
        if self.variant == "primary":
            fill = (
                palette.primary_pressed
                if self.pressed
                else palette.primary_hover
                if self.hovered
                else palette.primary
            )
            return fill, palette.on_primary, None
        if self.variant == "danger":
            fill = (
                palette.wrong if not self.hovered else tuple(max(0, c - 25) for c in palette.wrong)
            )
            return (
                fill,
                (255, 255, 255) if not self.context.theme.high_contrast else (0, 0, 0),
                None,
            )
        if self.variant == "quiet":
            fill = palette.secondary if self.hovered or self.pressed else palette.surface
            return fill, palette.text, palette.border
        fill = palette.secondary_hover if self.hovered or self.pressed else palette.secondary
        return fill, palette.on_secondary, palette.border

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the button: shadow, rounded fill, optional icon and the label."""
        theme = self.context.theme
        previous = surface.get_clip()
        if self.clip is not None:
            # Within the clip already set: a partial frame repaints only its rectangles.
            surface.set_clip(self.clip.clip(previous))
        fill, text_colour, border = self.colours()
        body = self.rect.move(0, theme.space(0.25)) if self.pressed else self.rect
        if not self.pressed and self.enabled:
            draw_shadow(surface, self.rect, theme, theme.space(0.5))
        pygame.draw.rect(surface, fill, body, 0, theme.radius)
        if border is not None and (theme.high_contrast or self.variant != "primary"):
            pygame.draw.rect(surface, border, body, theme.border_width, theme.radius)
        size = self.fitted_font_size()
        image = self.context.text.render(
            self.label, size, text_colour, bold=True, width=self.text_width(), align=self.align
        )
        icon = self.icon_size()
        horizontal, _ = self.padding()
        gap = theme.space(1)
        if self.align == "center":
            block = image.get_width() + (icon + gap if icon else 0)
            x = body.centerx - block // 2
        else:
            x = body.x + horizontal
        if icon:
            icon_rect = pygame.Rect(x, body.centery - icon // 2, icon, icon)
            draw_icon(surface, self.icon, icon_rect, text_colour)
            x += icon + gap
        surface.blit(image, (x, body.centery - image.get_height() // 2))
        surface.set_clip(previous)
