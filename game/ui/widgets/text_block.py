"""A card of several wrapped lines with an optional status icon: feedback items, explanations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.decor import draw_panel
from game.ui.widgets.icon import draw_icon


@dataclass(frozen=True)
class Line:
    """One paragraph of a text block: its text, text role, palette colour and weight."""

    text: str
    role: str = "body"
    colour: str = "text"
    bold: bool = False


class TextBlock(Widget):
    """Draw a panel with an icon on the left and wrapped lines on the right.

    ``label`` is the first line (what the driver finds it by). ``accent`` names a palette
    colour for the left stripe and the border (right, wrong, primary); the icon and the
    words in the lines carry the same meaning, so colour is never the only signal.
    """

    def __init__(
        self,
        context: AppContext,
        lines: list[Line],
        *,
        icon: str | None = None,
        accent: str | None = None,
        panel: bool = True,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, lines[0].text if lines else "", **kwargs)
        self.lines = [line for line in lines if line.text]
        self.icon = icon
        self.accent = accent
        self.panel = panel

    def part_labels(self) -> list[str]:
        """Return the text of every line after the first (for the UI driver)."""
        return [line.text for line in self.lines[1:]]

    def padding(self) -> int:
        """Return the inner padding (none without a panel)."""
        return self.context.theme.space(2) if self.panel else 0

    def icon_size(self) -> int:
        """Return the side of the icon square (0 without an icon)."""
        return round(self.context.theme.font_size("heading") * 1.0) if self.icon else 0

    def text_width(self, width: int) -> int:
        """Return the width for the lines in a block ``width`` pixels wide."""
        icon = self.icon_size()
        used = 2 * self.padding() + (icon + self.context.theme.space(1.5) if icon else 0)
        return max(1, width - used - (self.context.theme.space(0.75) if self.accent else 0))

    def line_gap(self) -> int:
        """Return the space between two lines."""
        return self.context.theme.space(0.75)

    def preferred_height(self, width: int) -> int:
        """Return the height of every line wrapped at ``width``, with the padding."""
        theme, text = self.context.theme, self.context.text
        inner = self.text_width(width)
        height = sum(
            text.measure(line.text, theme.font_size(line.role), bold=line.bold, width=inner)[1]
            for line in self.lines
        )
        height += self.line_gap() * max(0, len(self.lines) - 1)
        return max(height, self.icon_size()) + 2 * self.padding()

    @property
    def overflowing(self) -> bool:
        """Return True when the lines are taller than the block or a word is wider than it."""
        if not self.lines:
            return False
        theme, text = self.context.theme, self.context.text
        if self.preferred_height(self.rect.width) > self.rect.height + 1:
            return True
        inner = self.text_width(self.rect.width)
        return any(
            text.longest_word_width(line.text, theme.font_size(line.role), bold=line.bold) > inner
            for line in self.lines
        )

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the panel, the accent stripe, the icon and the lines."""
        theme, palette, text = self.context.theme, self.context.theme.palette, self.context.text
        previous = surface.get_clip()
        if self.clip is not None:
            surface.set_clip(self.clip.clip(previous) if previous else self.clip)
        accent = getattr(palette, self.accent) if self.accent else None
        if self.panel:
            draw_panel(surface, self.rect, theme, border=accent)
        x = self.rect.x + self.padding()
        if accent is not None and self.panel:
            stripe = pygame.Rect(self.rect.x, self.rect.y, theme.space(0.75), self.rect.height)
            pygame.draw.rect(
                surface,
                accent,
                stripe,
                0,
                border_top_left_radius=theme.radius,
                border_bottom_left_radius=theme.radius,
            )
            x += theme.space(0.75)
        icon = self.icon_size()
        if icon:
            colour = accent or palette.primary
            icon_rect = pygame.Rect(x, self.rect.y + self.padding(), icon, icon)
            draw_icon(surface, self.icon, icon_rect, colour)
            x += icon + theme.space(1.5)
        width = self.text_width(self.rect.width)
        y = self.rect.y + self.padding()
        for line in self.lines:
            image = text.render(
                line.text,
                theme.font_size(line.role),
                getattr(palette, line.colour),
                bold=line.bold,
                width=width,
            )
            surface.blit(image, (x, y))
            y += image.get_height() + self.line_gap()
        surface.set_clip(previous)
