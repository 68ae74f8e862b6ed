"""Feedback after a round: what was right and wrong, item by item, by icon and words and colour.

The summary gives the right count, the score and (in a play) the stars; the list of items
comes from :mod:`game.ui.screens.feedback_items` and scrolls when it is long. The screen
only shows the round's verdicts (:mod:`game.play.verdicts`); it judges nothing.
"""

from __future__ import annotations

import pygame

from game.play.verdicts import RoundResultOfKind, Verdict, cheers, right_count, score_verdict
from game.rounds.session import Round, RoundRecord
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import Open, Pause, RoundHost, Title
from game.ui.screen import Screen
from game.ui.screens.feedback_items import ITEM_BUILDERS
from game.ui.screens.round_base import shown_title
from game.ui.widgets import Button, Label, Widget
from game.ui.widgets.scroll_column import ScrollColumn
from game.ui.widgets.stars import StarRow
from game.ui.widgets.text_block import Line, TextBlock

SUMMARY_ICONS = {Verdict.PERFECT: "star", Verdict.GOOD: "check", Verdict.WEAK: "info"}


class FeedbackScreen(Screen):
    """Show a judged round: a summary with the score and stars, then every item."""

    name = "feedback"

    def __init__(
        self,
        context: AppContext,
        host: RoundHost,
        result: RoundResultOfKind,
        title: Title,
        record: RoundRecord | None,
        round_: Round,
    ) -> None:
        super().__init__(context)
        self.host = host
        self.result = result
        self.title = title
        self.record = record
        self.round = round_

    def summary_text(self) -> str:
        """Return "4 of 5 right" for the round's kind."""
        translator = self.context.translator
        right, total = right_count(self.result)
        # Literal ngettext calls, so that Babel extracts the messages for translation.
        if self.result.kind == "timeline":
            text = translator.ngettext(
                "{count} of {total} card in the right place",
                "{count} of {total} cards in the right place",
                total,
            )
        elif self.result.kind == "who_said":
            text = translator.ngettext(
                "{count} of {total} quote matched right",
                "{count} of {total} quotes matched right",
                total,
            )
        else:
            text = translator.ngettext(
                "{count} of {total} answer right", "{count} of {total} answers right", total
            )
        return text.format(
            count=translator.format_number(right), total=translator.format_number(total)
        )

    def score_text(self) -> str:
        """Return the round's score as a percentage and, in a play, as points."""
        translator = self.context.translator
        percent = translator.format_percent(self.result.score)
        if self.record is None:
            return translator.gettext("Score: {percent}").format(percent=percent)
        return translator.ngettext(
            "Score: {percent} ({points} of {total} point)",
            "Score: {percent} ({points} of {total} points)",
            self.record.max_points,
        ).format(
            percent=percent,
            points=translator.format_number(round(self.record.points, 2)),
            total=translator.format_number(self.record.max_points),
        )

    def layout(self, rect: pygame.Rect) -> None:
        """Place the summary on top, the items in a scrolling list, Continue at the bottom."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        inner = layout.content_rect(rect, theme)
        self.progress = Label(
            context, self.host.progress_text(self.record), role="small", colour="primary"
        )
        self.heading = Label(
            context, shown_title(context, self.host.pack, self.title), role="heading"
        )
        perfect = score_verdict(self.result.score) is Verdict.PERFECT
        lines = [
            Line(self.summary_text(), "heading", "text", True),
            Line(self.score_text(), "body"),
        ]
        if self.result.timed_out:
            lines.append(
                Line(
                    translator.gettext("Time ran out: your answers so far were checked."),
                    "small",
                    "warning",
                    True,
                )
            )
        note = self.host.save_note(translator) if self.record is not None else None
        if note is not None:
            text, waiting = note
            lines.append(Line(text, "small", "warning" if waiting else "primary", waiting))
        self.summary = TextBlock(
            context,
            lines,
            icon=SUMMARY_ICONS[score_verdict(self.result.score)],
            accent="right" if perfect else "primary",
            key="summary",
        )
        self.stars = (
            StarRow(context, self.record.stars, role="heading") if self.record is not None else None
        )
        self.continue_button = Button(
            context,
            translator.gettext("Continue"),
            self.host.after_feedback,
            variant="primary",
            icon="play",
            key="continue",
        )
        button_width = min(
            inner.width // 2, max(self.continue_button.preferred_width(), inner.width // 4)
        )
        button_height = self.continue_button.preferred_height(button_width)
        self.continue_button.rect = pygame.Rect(
            inner.right - button_width, inner.bottom - button_height, button_width, button_height
        )
        top_parts = [self.progress, self.heading]
        used = layout.stack_vertically(inner, top_parts, 0)
        summary_width = inner.width
        if self.stars is not None:
            stars_width = min(self.stars.preferred_width(), inner.width // 2)
            summary_width = inner.width - stars_width - theme.space(2)
        summary_height = self.summary.preferred_height(summary_width)
        self.summary.rect = pygame.Rect(
            inner.x, inner.y + used + theme.space(1.5), summary_width, summary_height
        )
        if self.stars is not None:
            height = self.stars.preferred_height(stars_width)
            self.stars.rect = pygame.Rect(
                inner.right - stars_width,
                self.summary.rect.centery - height // 2,
                stars_width,
                height,
            )
            if self.stars.preferred_width() > stars_width:
                self.stars.words = False
        top = self.summary.rect.bottom + theme.space(2)
        items = ITEM_BUILDERS[self.result.kind](context, self.result, self.round, self.host.pack)
        self.items = ScrollColumn(
            context,
            items,
            rect=pygame.Rect(
                inner.x, top, inner.width, self.continue_button.rect.y - theme.space(2) - top
            ),
            gap=theme.space(1.25),
        )

    def widgets(self) -> list[Widget]:
        """Return the header, summary, stars, the item list and Continue."""
        found = [self.progress, self.heading, self.summary]
        if self.stars is not None:
            found.append(self.stars)
        return [*found, self.items, *self.items.rows, self.continue_button]

    def on_enter(self) -> None:
        """Focus Continue and play the sound that matches the result."""
        self.focus(self.continue_button)
        self.context.play_sound("right" if cheers(self.result.score) else "wrong")

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll with Up/Down and Page Up/Down; Enter continues."""
        if event.type == pygame.KEYDOWN:
            steps = {
                pygame.K_DOWN: 1,
                pygame.K_UP: -1,
                pygame.K_PAGEDOWN: 4,
                pygame.K_PAGEUP: -4,
            }
            if event.key in steps:
                self.items.scroll_by(steps[event.key] * self.context.theme.space(6))
                return Handled()
        return super().handle_event(event)

    def on_back(self) -> Command | None:
        """Open the pause menu on Esc."""
        return Open(Pause())
