"""A wrapped text label that knows when its text does not fit."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions


class Label(Widget):
    """Show wrapped text in a text role (title, heading, body, small ...) and palette colour.

    The text wraps at the rectangle's width (pygame-ce ``wraplength`` with ``Font.align``).
    ``overflowing`` is True when the wrapped text is taller or wider than the rectangle, or
    when a single word is wider than it (it would be split mid-word) unless ``break_words``
    allows that (for web addresses).
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        *,
        role: str = "body",
        bold: bool | None = None,
        colour: str = "text",
        align: str = "left",
        valign: str = "top",
        break_words: bool = False,
        shrink_to_fit: bool = False,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, text, **kwargs)
        self.role = role
        self.bold = role in ("brand", "title", "heading") if bold is None else bold
        self.colour_name = colour
        self.align = align
        self.valign = valign
        self.break_words = break_words
        self.shrink_to_fit = shrink_to_fit

    @property
    def text(self) -> str:
        """Return the shown text (the same as ``label``)."""
        return self.label

    @text.setter
    def text(self, value: str) -> None:
        self.label = value

    @property
    def font_size(self) -> int:
        """Return the pixel size of this label's text (shrunk to fit its width if allowed)."""
        return self.size_for_width(self.rect.width)

    def size_for_width(self, width: int) -> int:
        """Return the text size at ``width``: the role's size, or down to half of it to fit a word."""
        full = self.context.theme.font_size(self.role)
        if not self.shrink_to_fit or width <= 0:
            return full
        size = full
        # Big single words (the game's name in a long language) shrink instead of breaking.
        while (
            size > full // 2
            and self.context.text.longest_word_width(self.label, size, bold=self.bold) > width
        ):
            size = max(full // 2, int(size * 0.9))
        return size

    def preferred_height(self, width: int) -> int:
        """Return the height of the text wrapped at ``width``."""
        size = self.size_for_width(width)
        return self.context.text.measure(self.label, size, bold=self.bold, width=max(1, width))[1]

    def rendered(self) -> pygame.Surface:
        """Return the rendered text surface (cached)."""
        colour = getattr(self.context.theme.palette, self.colour_name)
        return self.context.text.render(
            self.label,
            self.font_size,
            colour,
            bold=self.bold,
            width=max(1, self.rect.width),
            align=self.align,
        )

    @property
    def overflowing(self) -> bool:
        """Return True when the text does not fit (see the class docstring)."""
        if not self.label:
            return False
        width, height = self.rendered().get_size()
        if width > self.rect.width + 1 or height > self.rect.height + 1:
            return True
        if self.break_words:
            return False
        return (
            self.context.text.longest_word_width(self.label, self.font_size, bold=self.bold)
            > self.rect.width
        )

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the text inside the rectangle."""
        if not self.label:
            return
        image = self.rendered()
        y = self.rect.y
        if self.valign == "middle":
            y = self.rect.centery - image.get_height() // 2
        elif self.valign == "bottom":
            y = self.rect.bottom - image.get_height()
        # wraplength alignment already places lines inside the surface; centre the block itself.
        x = self.rect.x
        if self.align == "center":
            x = self.rect.centerx - image.get_width() // 2
        elif self.align == "right":
            x = self.rect.right - image.get_width()
        previous = surface.get_clip()
        if self.clip is not None:
            # Within the clip already set: a partial frame repaints only its rectangles.
            surface.set_clip(self.clip.clip(previous))
        surface.blit(image, (x, y))
        surface.set_clip(previous)
