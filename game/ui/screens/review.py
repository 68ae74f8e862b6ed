"""Practise mistakes on screens: the tasks of a :class:`game.play.practice.Practice`, then a summary.

Each task is a tiny round played on the same screens as a normal round, each followed by
its feedback. At the end the outcomes go back into the queue and the queue is saved (the
rule lives in ``game.rounds.review``; the wiring in ``game.play.practice``).
"""

from __future__ import annotations

import pygame

from game.i18n import Translator
from game.play.practice import Practice, start_practice
from game.play.verdicts import RoundResultOfKind
from game.rounds.session import Round, RoundRecord
from game.ui import layout
from game.ui.commands import Command, PopTo
from game.ui.context import AppContext
from game.ui.navigation import (
    Destination,
    Feedback,
    PlayRound,
    PracticeDone,
    Practise,
    SwitchTo,
    Title,
)
from game.ui.screen import Screen
from game.ui.widgets import Button, Label, Widget
from game.ui.widgets.text_block import Line, TextBlock


class PracticeHost:
    """Run one practice on screens: task after task, each with its feedback."""

    def __init__(self, context: AppContext, practice: Practice) -> None:
        self.context = context
        self.practice = practice
        self.pack = practice.pack

    def save_note(self, translator: Translator) -> tuple[str, bool] | None:
        """Return nothing: a practice's feedback says nothing about saving."""
        return None

    def progress_text(self, record: RoundRecord | None = None) -> str:
        """Return "Practice 2 of 6" for the current task, or for the finished one (``record``)."""
        translator = self.context.translator
        total = self.practice.total
        number = self.practice.task_number(finished_one=record is not None)
        return translator.ngettext(
            "Practice {number} of {total}", "Practice {number} of {total}", total
        ).format(number=translator.format_number(number), total=translator.format_number(total))

    def task_title(self, round_: Round) -> str:
        """Return the title of one task by its kind."""
        translator = self.context.translator
        return {
            "timeline": translator.gettext("Which came first?"),
            "who_said": translator.gettext("Who said it?"),
            "quiz": translator.pgettext("a review task", "Question"),
        }[round_.kind]

    def current(self) -> Destination:
        """Return the current task, or the summary at the end."""
        round_ = self.practice.current_round
        if round_ is None:
            self.practice.save()
            return PracticeDone(self.practice)
        return PlayRound(self, round_, lambda: self.task_title(round_))

    def feedback_preview(
        self, round_: Round, result: RoundResultOfKind, title: Title
    ) -> Destination:
        """Return the feedback ``result`` would get (drawn ahead)."""
        return Feedback(self, result, title, None, round_)

    def round_finished(self, round_: Round, result: RoundResultOfKind, title: Title) -> Command:
        """Show the feedback of one task."""
        return SwitchTo(Feedback(self, result, title, None, round_))

    def after_feedback(self) -> Command:
        """Go on to the next task."""
        return SwitchTo(self.current())


class ReviewDoneScreen(Screen):
    """Say how the practice went and how many mistakes are left."""

    name = "review_done"

    def __init__(self, context: AppContext, practice: Practice) -> None:
        super().__init__(context)
        self.practice = practice

    def layout(self, rect: pygame.Rect) -> None:
        """Centre the summary and the buttons."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        column = layout.centered_column(rect, theme, width_fraction=0.6, min_width=theme.space(70))
        right, total = self.practice.right_and_total()
        left = self.practice.left
        self.title = Label(
            context, translator.gettext("Practice done"), role="title", align="center"
        )
        lines = [
            Line(
                translator.ngettext(
                    "{count} of {total} right", "{count} of {total} right", total
                ).format(
                    count=translator.format_number(right), total=translator.format_number(total)
                ),
                "heading",
                "text",
                True,
            ),
            Line(
                translator.ngettext(
                    "{count} mistake is still waiting for practice.",
                    "{count} mistakes are still waiting for practice.",
                    left,
                ).format(count=translator.format_number(left))
                if left
                else translator.gettext("Nothing left to practise. Well done!"),
                "body",
            ),
            Line(
                translator.gettext(
                    "A mistake leaves the list once you get it right in two different games."
                ),
                "small",
                "text_muted",
            ),
        ]
        self.summary = TextBlock(
            context, lines, icon="star" if right == total else "check", accent="primary"
        )
        self.again = Button(
            context,
            translator.gettext("Practise again"),
            self.practise_again,
            variant="primary",
            key="again",
        )
        self.again.enabled = left > 0
        self.menu = Button(context, translator.gettext("Menu"), lambda: PopTo("menu"), key="menu")
        layout.stack_vertically(
            column,
            [self.title, self.summary, self.again, self.menu],
            theme.space(2),
            align="middle",
        )

    def widgets(self) -> list[Widget]:
        """Return the title, the summary and the buttons."""
        return [self.title, self.summary, self.again, self.menu]

    def on_enter(self) -> None:
        """Focus the first button that can be used."""
        self.focus(self.again if self.again.enabled else self.menu)

    def on_back(self) -> Command | None:
        """Esc goes back to the menu."""
        return PopTo("menu")

    def practise_again(self) -> Command | None:
        """Start another review of what is left."""
        context = self.context
        practice = start_practice(context.store, context.profile, self.practice.pack, context.rng)
        return SwitchTo(Practise(practice)) if practice is not None else None
