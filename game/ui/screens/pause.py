"""The pause menu on Esc during play: resume, settings, quit to the menu."""

from __future__ import annotations

import pygame

from game.ui import layout
from game.ui.commands import Command, Pop, PopTo
from game.ui.navigation import Open, SettingsPage
from game.ui.screen import Screen
from game.ui.widgets import Button, Card, Label


class PauseScreen(Screen):
    """Pause the round underneath (drawn dimmed); Esc or Resume goes back to it.

    ``PopTo("menu")`` leaves the round; the round screen's ``on_exit`` is called, so a
    round in progress is simply not recorded (finished rounds are already saved).
    """

    name = "pause"
    is_overlay = True

    def layout(self, rect: pygame.Rect) -> None:
        """Centre a card with the title and three buttons."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        column = layout.centered_column(rect, theme, width_fraction=0.42, min_width=theme.space(56))
        padding = theme.space(4)
        self.title = Label(context, translator.gettext("Paused"), role="title", align="center")
        self.resume = Button(
            context,
            translator.gettext("Resume"),
            lambda: Pop(),
            variant="primary",
            icon="play",
            key="resume",
        )
        self.settings = Button(
            context, translator.gettext("Settings"), self.open_settings, key="settings"
        )
        self.leave = Button(
            context,
            translator.gettext("Quit to menu"),
            lambda: PopTo("menu"),
            variant="quiet",
            key="leave",
        )
        items = [self.title, self.resume, self.settings, self.leave]
        inner_width = column.width - 2 * padding
        gap = theme.space(2)
        total = sum(item.preferred_height(inner_width) for item in items) + gap * (len(items) - 1)
        card_rect = pygame.Rect(column.x, 0, column.width, min(column.height, total + 2 * padding))
        card_rect.centery = rect.centery
        self.card = Card(context, rect=card_rect)
        layout.stack_vertically(card_rect.inflate(-2 * padding, -2 * padding), items, gap)

    def widgets(self) -> list:
        """Return the card, the title and the buttons."""
        return [self.card, self.title, self.resume, self.settings, self.leave]

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Dim the round below and paint the pause card."""
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill(self.context.theme.palette.overlay)
        surface.blit(shade, (0, 0))
        self.draw_widgets(surface, covered)

    def on_back(self) -> Command | None:
        """Resume (Esc again)."""
        return Pop()

    def open_settings(self) -> Command:
        """Open the settings over the pause menu."""
        return Open(SettingsPage())
