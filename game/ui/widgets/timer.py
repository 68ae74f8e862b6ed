"""A countdown shown only when a round has a time limit: a depleting ring and the time in words."""

from __future__ import annotations

import math
from typing import Unpack

import pygame
from babel.numbers import format_decimal

from game.i18n import Translator
from game.rounds.timer import RoundTimer
from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions

# Under this many seconds the timer turns to the warning colour and says so in words too.
HURRY_SECONDS = 10


def countdown_text(translator: Translator, seconds: float) -> str:
    """Return ``seconds`` as minutes and seconds (3:05) with the language's digits."""
    whole = max(0, math.ceil(seconds))
    minutes, rest = divmod(whole, 60)
    # Translators may change the separator; the two-digit seconds come from Babel.
    pattern = translator.pgettext("countdown: minutes and seconds", "{minutes}:{seconds}")
    return pattern.format(
        minutes=translator.format_number(minutes),
        seconds=format_decimal(rest, format="00", locale=translator.locale),
    )


class RoundTimerBadge(Widget):
    """Show the time left of a ``RoundTimer``; redraws only when the shown second changes."""

    def __init__(
        self, context: AppContext, timer: RoundTimer, **kwargs: Unpack[WidgetOptions]
    ) -> None:
        super().__init__(context, "", **kwargs)
        self.timer = timer
        # The label last painted: the badge is repainted only when the shown time changes.
        self.shown_label: str | None = None
        self.refresh()

    @property
    def needs_redraw(self) -> bool:
        """Return True when the label changed since the badge was last painted."""
        return self.label != self.shown_label

    def refresh(self) -> bool:
        """Update the label from the timer; return True when the shown text changed."""
        translator = self.context.translator
        remaining = self.timer.remaining or 0.0
        time_text = countdown_text(translator, remaining)
        if remaining <= HURRY_SECONDS:
            label = translator.gettext("Hurry! {time} left").format(time=time_text)
        else:
            label = translator.gettext("{time} left").format(time=time_text)
        changed = label != self.label
        self.label = label
        return changed

    def preferred_width(self) -> int:
        """Return the width that fits the longest label this timer can show."""
        theme = self.context.theme
        size = theme.font_size("body")
        translator = self.context.translator
        longest = max(
            self.context.text.measure(
                translator.gettext(pattern).format(time=countdown_text(translator, 5999)),
                size,
                bold=True,
            )[0]
            for pattern in ("Hurry! {time} left", "{time} left")
        )
        return longest + self.preferred_height(0) + theme.space(3)

    def preferred_height(self, width: int) -> int:
        """Return one line of bold body text with padding."""
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("body"), True) + theme.space(1.5)

    @property
    def overflowing(self) -> bool:
        """Return True when the text does not fit."""
        theme = self.context.theme
        width = self.context.text.measure(self.label, theme.font_size("body"), bold=True)[0]
        return width + self.rect.height + theme.space(2) > self.rect.width

    def draw(self, surface: pygame.Surface) -> None:
        """Paint a pill with a ring that empties as time runs out, and the time left."""
        theme = self.context.theme
        palette = theme.palette
        hurry = (self.timer.remaining or 0.0) <= HURRY_SECONDS
        colour = palette.wrong if hurry else palette.primary
        pygame.draw.rect(surface, palette.surface, self.rect, 0, self.rect.height // 2)
        pygame.draw.rect(surface, colour, self.rect, theme.border_width, self.rect.height // 2)
        ring = self.rect.height - theme.space(1.5)
        centre = (self.rect.x + theme.space(0.75) + ring // 2 + theme.space(0.5), self.rect.centery)
        pygame.draw.circle(surface, palette.secondary_hover, centre, ring // 2)
        share = 0.0
        if self.timer.limit:
            # The ring steps with the shown second, so it changes only when the label does
            # (the badge is repainted once a second, never in between).
            shown = math.ceil(self.timer.remaining or 0.0)
            share = max(0.0, min(1.0, shown / self.timer.limit))
        if share > 0:
            points = [centre]
            steps = max(2, round(36 * share))
            for step in range(steps + 1):
                angle = -math.pi / 2 + 2 * math.pi * share * step / steps
                points.append(
                    (centre[0] + ring / 2 * math.cos(angle), centre[1] + ring / 2 * math.sin(angle))
                )
            pygame.draw.polygon(surface, colour, points)
        image = self.context.text.render(
            self.label, theme.font_size("body"), palette.text, bold=True
        )
        x = centre[0] + ring // 2 + theme.space(1)
        surface.blit(image, (x, self.rect.centery - image.get_height() // 2))
        self.shown_label = self.label
