"""Cards of the who-said round: a quote (with its match) and a speaker (name and role)."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.decor import draw_shadow
from game.ui.widgets.icon import draw_icon


def _clip_to(surface: pygame.Surface, clip: pygame.Rect | None) -> pygame.Rect | None:
    previous = surface.get_clip()
    if clip is not None:
        surface.set_clip(clip.clip(previous) if previous else clip)
    return previous


class QuoteCard(Widget):
    """Show a quote, a "reported speech" tag when it is a paraphrase, and who it is matched to.

    The match sits in a chip at the bottom: the speaker's name with a cross to take it off,
    or "not matched yet". ``selected`` marks the quote picked for click-click matching.
    """

    focusable = True

    def __init__(
        self,
        context: AppContext,
        quote_id: str,
        text: str,
        *,
        tag: str = "",
        empty_text: str = "",
        picking_text: str = "",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, text, key=("quote", quote_id), **kwargs)
        self.quote_id = quote_id
        self.tag = tag
        self.empty_text = empty_text
        self.picking_text = picking_text or empty_text
        self.match: str | None = None
        self.selected = False
        self.dimmed = False

    def padding(self) -> int:
        """Return the inner padding."""
        return self.context.theme.space(1.5)

    def inner_width(self, width: int) -> int:
        """Return the width for text inside a card ``width`` wide."""
        return max(1, width - 2 * self.padding())

    def chip_text(self) -> str:
        """Return the text in the match chip."""
        if self.match:
            return self.match
        return self.picking_text if self.selected else self.empty_text

    def chip_height(self) -> int:
        """Return the height of the match chip (one line of small bold text)."""
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("small"), True) + theme.space(1)

    def parts(self, width: int) -> list[tuple[str, str, bool]]:
        """Return (text, role, bold) of the text lines above the chip."""
        found = []
        if self.tag:
            found.append((self.tag, "small", True))
        found.append((self.label, "body", False))
        return found

    def preferred_height(self, width: int) -> int:
        """Return the height of the tag, the quote and the chip at ``width``."""
        theme, text = self.context.theme, self.context.text
        inner = self.inner_width(width)
        height = sum(
            text.measure(part, theme.font_size(role), bold=bold, width=inner)[1]
            for part, role, bold in self.parts(width)
        )
        height += theme.space(0.5) * (len(self.parts(width)) - 1)
        return height + theme.space(1) + self.chip_height() + 2 * self.padding()

    def chip_rect(self) -> pygame.Rect:
        """Return the match chip's rectangle (a click on it takes the match off)."""
        theme, text = self.context.theme, self.context.text
        size = theme.font_size("small")
        icon = size if self.match else 0
        width = (
            text.measure(self.chip_text(), size, bold=True)[0]
            + theme.space(2)
            + (icon + theme.space(1) if icon else 0)
        )
        width = min(width, self.inner_width(self.rect.width))
        return pygame.Rect(
            self.rect.x + self.padding(),
            self.rect.bottom - self.padding() - self.chip_height(),
            width,
            self.chip_height(),
        )

    @property
    def overflowing(self) -> bool:
        """Return True when the text or the chip does not fit."""
        theme, text = self.context.theme, self.context.text
        if self.preferred_height(self.rect.width) > self.rect.height + 1:
            return True
        inner = self.inner_width(self.rect.width)
        for part, role, bold in self.parts(self.rect.width):
            if text.longest_word_width(part, theme.font_size(role), bold=bold) > inner:
                return True
        size = theme.font_size("small")
        icon = size + theme.space(1) if self.match else 0
        widest = max(
            text.measure(chip, size, bold=True)[0]
            for chip in (self.chip_text(), self.empty_text, self.picking_text)
        )
        return widest + theme.space(2) + icon > inner

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the card, the tag, the quote and the match chip."""
        theme, palette, text = self.context.theme, self.context.theme.palette, self.context.text
        previous = _clip_to(surface, self.clip)
        draw_shadow(surface, self.rect, theme)
        fill = palette.surface_alt if self.hovered else palette.surface
        pygame.draw.rect(surface, fill, self.rect, 0, theme.radius)
        border = palette.primary if self.selected else palette.border
        pygame.draw.rect(
            surface,
            border,
            self.rect,
            theme.border_width * (2 if self.selected else 1),
            theme.radius,
        )
        inner = self.inner_width(self.rect.width)
        x, y = self.rect.x + self.padding(), self.rect.y + self.padding()
        for part, role, bold in self.parts(self.rect.width):
            colour = palette.primary if role == "small" else palette.text
            if self.dimmed and role != "small":
                colour = palette.text_muted
            image = text.render(part, theme.font_size(role), colour, bold=bold, width=inner)
            surface.blit(image, (x, y))
            y += image.get_height() + theme.space(0.5)
        chip = self.chip_rect()
        size = theme.font_size("small")
        if self.match:
            pygame.draw.rect(surface, palette.primary, chip, 0, chip.height // 2)
            colour = palette.on_primary
        elif self.selected:
            pygame.draw.rect(surface, palette.surface, chip, 0, chip.height // 2)
            pygame.draw.rect(surface, palette.primary, chip, theme.border_width, chip.height // 2)
            colour = palette.primary
        else:
            pygame.draw.rect(surface, palette.secondary, chip, 0, chip.height // 2)
            pygame.draw.rect(surface, palette.border, chip, 1, chip.height // 2)
            colour = palette.text_muted
        image = text.render(self.chip_text(), size, colour, bold=True)
        chip_x = chip.x + theme.space(1)
        surface.blit(image, (chip_x, chip.centery - image.get_height() // 2))
        if self.match:
            icon = pygame.Rect(0, 0, size, size)
            icon.midleft = (chip_x + image.get_width() + theme.space(1), chip.centery)
            draw_icon(surface, "cross", icon.inflate(-size // 4, -size // 4), colour)
        surface.set_clip(previous)


class SpeakerCard(Widget):
    """Show a person's name and role, and how many quotes are matched to them."""

    focusable = True

    def __init__(
        self,
        context: AppContext,
        person_id: str,
        name: str,
        role: str = "",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, name, key=("person", person_id), **kwargs)
        self.person_id = person_id
        self.role = role
        self.count = 0
        self.target = False

    def padding(self) -> int:
        """Return the inner padding."""
        return self.context.theme.space(1.25)

    def badge_size(self) -> int:
        """Return the diameter of the match-count badge."""
        return round(self.context.theme.font_size("small") * 1.8)

    def inner_width(self, width: int) -> int:
        """Return the width for the name and role."""
        return max(1, width - 2 * self.padding() - self.badge_size() - self.context.theme.space(1))

    def preferred_height(self, width: int) -> int:
        """Return the height of the name and role."""
        theme, text = self.context.theme, self.context.text
        inner = self.inner_width(width)
        height = text.measure(self.label, theme.font_size("body"), bold=True, width=inner)[1]
        if self.role:
            height += text.measure(self.role, theme.font_size("small"), width=inner)[1]
        return max(height, self.badge_size()) + 2 * self.padding()

    @property
    def overflowing(self) -> bool:
        """Return True when the name or role does not fit."""
        theme, text = self.context.theme, self.context.text
        inner = self.inner_width(self.rect.width)
        if self.preferred_height(self.rect.width) > self.rect.height + 1:
            return True
        return (
            text.longest_word_width(self.label, theme.font_size("body"), bold=True) > inner
            or text.longest_word_width(self.role, theme.font_size("small")) > inner
        )

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the card (highlighted as a drop target), the texts and the count badge."""
        theme, palette, text = self.context.theme, self.context.theme.palette, self.context.text
        previous = _clip_to(surface, self.clip)
        draw_shadow(surface, self.rect, theme)
        fill = (
            palette.secondary
            if self.target
            else (palette.surface_alt if self.hovered else palette.surface)
        )
        pygame.draw.rect(surface, fill, self.rect, 0, theme.radius)
        border = palette.primary if self.target else palette.border
        pygame.draw.rect(
            surface, border, self.rect, theme.border_width * (2 if self.target else 1), theme.radius
        )
        inner = self.inner_width(self.rect.width)
        x, y = self.rect.x + self.padding(), self.rect.y + self.padding()
        name = text.render(
            self.label, theme.font_size("body"), palette.text, bold=True, width=inner
        )
        surface.blit(name, (x, y))
        if self.role:
            role = text.render(self.role, theme.font_size("small"), palette.text_muted, width=inner)
            surface.blit(role, (x, y + name.get_height()))
        badge = self.badge_size()
        centre = (self.rect.right - self.padding() - badge // 2, self.rect.centery)
        if self.count:
            pygame.draw.circle(surface, palette.primary, centre, badge // 2)
            number = text.render(
                self.context.translator.format_number(self.count),
                theme.font_size("small"),
                palette.on_primary,
                bold=True,
            )
            surface.blit(number, number.get_rect(center=centre))
        else:
            pygame.draw.circle(
                surface, palette.border, centre, badge // 2, max(1, theme.border_width)
            )
        surface.set_clip(previous)
