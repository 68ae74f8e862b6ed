"""A row of three stars, filled for the stars won, with the count in words beside them."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.i18n import Translator
from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.icon import draw_icon

MAX_STARS = 3


def stars_text(translator: Translator, stars: int) -> str:
    """Return "2 of 3 stars" in the player's language."""
    return translator.ngettext(
        "{count} of {total} star", "{count} of {total} stars", MAX_STARS
    ).format(count=translator.format_number(stars), total=translator.format_number(MAX_STARS))


class StarRow(Widget):
    """Show ``stars`` of three as icons (filled and outlined) and as words."""

    def __init__(
        self,
        context: AppContext,
        stars: int,
        *,
        role: str = "heading",
        words: bool = True,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, stars_text(context.translator, stars), **kwargs)
        self.stars = max(0, min(MAX_STARS, int(stars)))
        self.role = role
        self.words = words

    def star_size(self) -> int:
        """Return the side of one star."""
        return round(self.context.theme.font_size(self.role) * 1.3)

    def icons_width(self) -> int:
        """Return the width of the three stars."""
        return MAX_STARS * self.star_size() + (MAX_STARS - 1) * self.context.theme.space(0.5)

    def preferred_width(self) -> int:
        """Return the width of the stars and the words on one line."""
        width = self.icons_width()
        if self.words:
            size = self.context.theme.font_size("body")
            width += self.context.theme.space(1.5) + self.context.text.measure(self.label, size)[0]
        return width

    def preferred_height(self, width: int) -> int:
        """Return the height of one star."""
        return self.star_size()

    @property
    def overflowing(self) -> bool:
        """Return True when the stars and words are wider than the box."""
        return (
            self.preferred_width() > self.rect.width + 1 or self.star_size() > self.rect.height + 1
        )

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the stars (accent when won, outlined when not) and the words."""
        theme = self.context.theme
        palette = theme.palette
        size = self.star_size()
        x = self.rect.x
        for index in range(MAX_STARS):
            won = index < self.stars
            rect = pygame.Rect(x, self.rect.centery - size // 2, size, size)
            draw_icon(
                surface,
                "star" if won else "star-empty",
                rect,
                palette.accent if won else palette.text_muted,
            )
            x += size + theme.space(0.5)
        if self.words:
            image = self.context.text.render(self.label, theme.font_size("body"), palette.text)
            surface.blit(image, (x + theme.space(1), self.rect.centery - image.get_height() // 2))
