"""A quiz answer: a button with its number key, and after answering a right/wrong mark in words."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Action, WidgetOptions
from game.ui.widgets.button import Button
from game.ui.widgets.decor import draw_shadow
from game.ui.widgets.icon import draw_icon


class AnswerButton(Button):
    """Show one choice with a round number badge (its key, 1-5).

    After the question is answered, ``verdict`` is "right" (the right answer) or "wrong"
    (the player's wrong pick): the button then shows a check or cross icon, the words in
    ``verdict_text`` and the matching colour, so colour never stands alone.
    """

    def __init__(
        self,
        context: AppContext,
        label: str,
        number: int,
        action: Action | None = None,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, action, align="left", sound=None, **kwargs)
        self.number = number
        self.verdict: str | None = None
        self.verdict_text = ""

    def badge_size(self) -> int:
        """Return the diameter of the number badge."""
        return round(self.context.theme.font_size(self.role) * 1.6)

    def tag_height(self) -> int:
        """Return the height of the verdict line under the text (0 before answering)."""
        if not self.verdict:
            return 0
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("small"), True) + theme.space(0.5)

    def text_width(self, width: int | None = None) -> int:
        """Return the width left for the choice text beside the badge."""
        width = self.rect.width if width is None else width
        horizontal, _ = self.padding()
        used = 2 * horizontal + self.badge_size() + self.context.theme.space(1.5)
        return max(1, width - used)

    def preferred_height(self, width: int) -> int:
        """Return the height that fits the text (wrapped), the verdict line and the badge."""
        _, vertical = self.padding()
        text = self.context.text.measure(
            self.label,
            self.context.theme.font_size(self.role),
            bold=True,
            width=self.text_width(width),
        )[1]
        return max(text + self.tag_height(), self.badge_size()) + 2 * vertical

    @property
    def overflowing(self) -> bool:
        """Return True when the text and the verdict line do not fit."""
        _, vertical = self.padding()
        size = self.fitted_font_size()
        width = self.text_width()
        text_w, text_h = self.context.text.measure(self.label, size, bold=True, width=width)
        longest = self.context.text.longest_word_width(self.label, size, bold=True)
        tag = 0
        if self.verdict:
            small = self.context.theme.font_size("small")
            tag = self.context.text.measure(self.verdict_text, small, bold=True)[0] + small
        too_tall = text_h + self.tag_height() > self.rect.height - 2 * vertical + 2
        return too_tall or longest > width or text_w > width or tag > width

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the answer: fill by state, number badge, text, and the verdict tag."""
        theme, palette, text = self.context.theme, self.context.theme.palette, self.context.text
        previous = surface.get_clip()
        if self.clip is not None:
            surface.set_clip(self.clip.clip(previous) if previous else self.clip)
        body = self.rect.move(0, theme.space(0.25)) if self.pressed else self.rect
        if not self.pressed:
            draw_shadow(surface, self.rect, theme, theme.space(0.5))
        accent = getattr(palette, self.verdict) if self.verdict else None
        fill = palette.secondary_hover if self.hovered and not self.verdict else palette.surface
        pygame.draw.rect(surface, fill, body, 0, theme.radius)
        border = accent or palette.border
        width = theme.border_width * (2 if accent else 1)
        pygame.draw.rect(surface, border, body, width, theme.radius)
        horizontal, _ = self.padding()
        badge = self.badge_size()
        centre = (body.x + horizontal + badge // 2, body.centery)
        pygame.draw.circle(surface, accent or palette.primary, centre, badge // 2)
        size = self.fitted_font_size()
        number = text.render(
            self.context.translator.format_number(self.number), size, palette.on_primary, bold=True
        )
        surface.blit(number, number.get_rect(center=centre))
        colour = palette.text if self.enabled or self.verdict else palette.text_muted
        image = text.render(self.label, size, colour, bold=True, width=self.text_width())
        x = body.x + horizontal + badge + theme.space(1.5)
        top = body.centery - (image.get_height() + self.tag_height()) // 2
        surface.blit(image, (x, top))
        if self.verdict:
            small = theme.font_size("small")
            words = text.render(self.verdict_text, small, accent, bold=True)
            y = top + image.get_height() + theme.space(0.5)
            icon = pygame.Rect(x, y + (words.get_height() - small) // 2, small, small)
            draw_icon(surface, "check" if self.verdict == "right" else "cross", icon, accent)
            surface.blit(words, (icon.right + theme.space(0.75), y))
        surface.set_clip(previous)
