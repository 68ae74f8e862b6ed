"""The step list of a preview (Ctrl+J while ``--watch`` or ``--step``): jump to any step.

Each row shows the step's number, kind and title; arrows move, Enter or a click jumps, Esc
closes. The list of steps is :func:`game.play.steps.step_entries`; this screen only shows it.
"""

from __future__ import annotations

import pygame

from game.play.steps import StepEntry, step_entries
from game.ui import layout
from game.ui.commands import Command, Pop
from game.ui.context import AppContext
from game.ui.navigation import StepHost
from game.ui.screen import Screen
from game.ui.screens.round_base import shown_title
from game.ui.widgets import Button, Card, Label, ScrollList


def kind_name(context: AppContext, kind: str) -> str:
    """Return the name of a step kind in the current language."""
    gettext = context.translator.gettext
    names = {
        "scene": gettext("Scene"),
        "timeline": gettext("Timeline"),
        "who_said": gettext("Who said it?"),
        "quiz": gettext("Quiz"),
    }
    return names.get(kind, kind)


def row_label(context: AppContext, host: StepHost, entry: StepEntry) -> str:
    """Return one row of the list: "3. Quiz — the title"."""
    title = shown_title(context, host.pack, entry.title) if entry.title is not None else entry.id
    return context.translator.gettext("{number}. {kind} — {title}").format(
        number=context.translator.format_number(entry.number),
        kind=kind_name(context, entry.kind),
        title=title or entry.id,
    )


class StepListScreen(Screen):
    """List every step of the play over the current one; Enter or a click jumps to it."""

    name = "steps"
    is_overlay = True

    def __init__(self, context: AppContext, host: StepHost) -> None:
        super().__init__(context)
        self.host = host
        self.entries = step_entries(host.pack)
        self.rows: list[Button] = []

    def layout(self, rect: pygame.Rect) -> None:
        """Centre a card with the heading, the scrolling list of steps and Back."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        column = layout.centered_column(rect, theme, width_fraction=0.56, min_width=theme.space(64))
        padding, gap = theme.space(3), theme.space(1.5)
        self.title = Label(context, translator.gettext("Go to a step"), role="heading")
        self.hint = Label(
            context,
            translator.gettext("Arrows choose, Enter goes there, Esc closes."),
            role="small",
            colour="text_muted",
        )
        current = self.host.play.on_screen
        self.rows = [
            Button(
                context,
                row_label(context, self.host, entry),
                lambda index=index: self.host.jump(index),
                align="left",
                variant="primary" if index == current else "secondary",
                key=("step", index),
            )
            for index, entry in enumerate(self.entries)
        ]
        self.close_button = Button(
            context, translator.gettext("Back"), lambda: Pop(), variant="quiet", key="close"
        )
        card_rect = column.inflate(0, -2 * theme.space(4))
        width = card_rect.width - 2 * padding
        title_h = self.title.preferred_height(width)
        hint_h = self.hint.preferred_height(width)
        close_h = self.close_button.preferred_height(width)
        rows_h = sum(row.preferred_height(width) for row in self.rows)
        rows_h += ScrollList.default_gap(context) * max(len(self.rows) - 1, 0)
        # As tall as the steps need, up to the window; a long play list scrolls.
        needed = title_h + hint_h + rows_h + close_h + 3 * gap + 2 * padding
        needed += 2 * theme.focus_width + theme.space(1)
        card_rect.height = min(card_rect.height, needed)
        card_rect.centery = rect.centery
        self.card = Card(context, rect=card_rect)
        inside = card_rect.inflate(-2 * padding, -2 * padding)
        self.title.rect = pygame.Rect(inside.x, inside.y, inside.width, title_h)
        self.hint.rect = pygame.Rect(inside.x, self.title.rect.bottom, inside.width, hint_h)
        self.close_button.rect = pygame.Rect(
            inside.x, inside.bottom - close_h, inside.width, close_h
        )
        top = self.hint.rect.bottom + gap
        list_rect = pygame.Rect(inside.x, top, inside.width, self.close_button.rect.top - gap - top)
        self.list = ScrollList(context, list(self.rows), rect=list_rect)

    def on_enter(self) -> None:
        """Put the keyboard focus on the step on screen."""
        super().on_enter()
        current = self.host.play.on_screen
        if self.rows:
            self.focus(self.rows[min(max(current, 0), len(self.rows) - 1)])

    def widgets(self) -> list:
        """Return the card, the heading, the rows and Back."""
        return [self.card, self.title, self.hint, self.list, *self.rows, self.close_button]

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Dim the play below and paint the list."""
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill(self.context.theme.palette.overlay)
        surface.blit(shade, (0, 0))
        self.draw_widgets(surface, covered)

    def on_back(self) -> Command | None:
        """Close the list (Esc) and go on where the play was."""
        return Pop()
