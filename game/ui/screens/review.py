"""Practise mistakes: a short mixed round built from the review queue by ``game.rounds.review``.

Each task is a tiny round (two events to order, one quote to match, one question) played on
the same screens as a normal round, each followed by its feedback. At the end the outcomes
go back into the queue and the queue is saved: an item leaves it once answered right in two
different sessions (the rule lives in ``game.rounds.review``).
"""

from __future__ import annotations

import logging
import random
from typing import Any

import pygame

from game.model.pack import Pack
from game.ui import layout
from game.ui.screen import Command, PopTo, Replace, Screen
from game.ui.widgets import Button, Label
from game.ui.widgets.text_block import Line, TextBlock

log = logging.getLogger(__name__)


def load_queue(context, pack: Pack, fallback_mistakes: tuple[str, ...] = ()):
    """Return the player's review queue for ``pack`` (in memory when nothing is saved)."""
    from game.rounds.review import ReviewEntry, ReviewQueue

    store, profile_id = context.store, getattr(context.profile, "id", None)
    if store is not None and profile_id is not None:
        try:
            return store.review_queue(profile_id, pack.id)
        except Exception:  # an unreadable store: practise this session's mistakes only
            log.exception("could not read the review queue")
    return ReviewQueue("session", pack.id, [ReviewEntry(item) for item in fallback_mistakes])


def builtin_pack(context) -> Pack | None:
    """Return the pack to practise from the menu: the one chosen last, else the first built-in."""
    if context.pack is not None:
        return context.pack
    from game.ui.screens.packs import load_entry, pack_folders

    for folder, _ in pack_folders(context):
        entry = load_entry(folder, context.t)
        if entry.pack is not None:
            context.pack = entry.pack
            return entry.pack
    return None


def pending_count(context) -> int:
    """Return how many mistakes wait in the player's queue for the current pack."""
    pack = builtin_pack(context)
    if pack is None or getattr(context.profile, "id", None) is None:
        return 0
    return len(load_queue(context, pack))


class ReviewFlow:
    """Carry one review round from task to task and write the outcomes back."""

    def __init__(self, context, pack: Pack, queue, review_round, session_id: str) -> None:
        self.context = context
        self.pack = pack
        self.queue = queue
        self.review = review_round
        self.session_id = session_id
        self.saved = False

    def task_number(self) -> int:
        """Return the 1-based number of the current task."""
        finished = sum(1 for task in self.review.tasks if task.round.finished)
        return min(len(self.review.tasks), finished + 1)

    def progress_text(self, record: Any = None) -> str:
        """Return "Practice 2 of 6" for the current task, or for the finished one (``record``)."""
        t = self.context.t
        total = len(self.review.tasks)
        number = self.task_number()
        if record is not None:
            # Feedback names the task it is about: the last one finished.
            finished = sum(1 for task in self.review.tasks if task.round.finished)
            number = max(1, min(total, finished))
        return t.ngettext(
            "Practice {number} of {total}", "Practice {number} of {total}", total
        ).format(number=t.format_number(number), total=t.format_number(total))

    def task_title(self, round_: Any) -> str:
        """Return the title of one task by its kind."""
        t = self.context.t
        return {
            "timeline": t.gettext("Which came first?"),
            "who_said": t.gettext("Who said it?"),
            "quiz": t.pgettext("a review task", "Question"),
        }[round_.kind]

    def current_screen(self) -> Screen:
        """Return the screen of the current task, or the summary at the end."""
        from game.ui.screens.play import round_screen

        task = self.review.current
        if task is None:
            self.save()
            return ReviewDoneScreen(self.context, self)
        return round_screen(self.context, self, task.round, lambda: self.task_title(task.round))

    def round_finished(self, round_: Any, result: Any, title: Any) -> Command:
        """Show the feedback of one task."""
        from game.ui.screens.feedback import FeedbackScreen

        return Replace(FeedbackScreen(self.context, self, result, title, None, round_))

    def after_feedback(self) -> Command:
        """Go on to the next task."""
        return Replace(self.current_screen())

    def save(self) -> None:
        """Record the outcomes in the queue and save it (once)."""
        if self.saved or self.review.result is None:
            return
        self.saved = True
        self.queue.record(self.session_id, self.review.result.outcomes)
        store = self.context.store
        if store is None or getattr(self.context.profile, "id", None) is None:
            return
        try:
            store.save_review_queue(self.queue)
        except Exception:  # the practice still counted on screen; only saving failed
            log.exception("could not save the review queue")


def review_screen(
    context, pack: Pack, session_id: str | None = None, fallback_mistakes: tuple[str, ...] = ()
) -> Screen | None:
    """Return the first screen of a review of ``pack``'s mistakes, or None when there are none."""
    from game.rounds.review import build_review_round

    queue = load_queue(context, pack, fallback_mistakes)
    rng: random.Random = context.rng
    review_round = build_review_round(queue, pack, rng)
    if review_round is None:
        return None
    session = session_id or f"review-{rng.getrandbits(64):016x}"
    context.pack = pack
    return ReviewFlow(context, pack, queue, review_round, session).current_screen()


def start_review(context) -> Screen | None:
    """Return the review screen for the menu's "Practise mistakes", or None."""
    pack = builtin_pack(context)
    return review_screen(context, pack) if pack is not None else None


class ReviewDoneScreen(Screen):
    """Say how the practice went and how many mistakes are left."""

    name = "review_done"

    def __init__(self, context, flow: ReviewFlow) -> None:
        super().__init__(context)
        self.flow = flow

    def layout(self, rect: pygame.Rect) -> None:
        """Centre the summary and the buttons."""
        super().layout(rect)
        context, theme, t = self.context, self.context.theme, self.context.t
        column = layout.centered_column(rect, theme, width_fraction=0.6, min_width=theme.space(70))
        result = self.flow.review.result
        right = sum(1 for outcome in result.outcomes if outcome.right) if result else 0
        total = len(result.outcomes) if result else 0
        left = len(self.flow.queue)
        self.title = Label(context, t.gettext("Practice done"), role="title", align="center")
        lines = [
            Line(
                t.ngettext("{count} of {total} right", "{count} of {total} right", total).format(
                    count=t.format_number(right), total=t.format_number(total)
                ),
                "heading",
                "text",
                True,
            ),
            Line(
                t.ngettext(
                    "{count} mistake is still waiting for practice.",
                    "{count} mistakes are still waiting for practice.",
                    left,
                ).format(count=t.format_number(left))
                if left
                else t.gettext("Nothing left to practise. Well done!"),
                "body",
            ),
            Line(
                t.gettext(
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
            t.gettext("Practise again"),
            self.practise_again,
            variant="primary",
            key="again",
        )
        self.again.enabled = left > 0
        self.menu = Button(context, t.gettext("Menu"), lambda: PopTo("menu"), key="menu")
        layout.stack_vertically(
            column,
            [self.title, self.summary, self.again, self.menu],
            theme.space(2),
            align="middle",
        )

    def widgets(self) -> list:
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
        screen = review_screen(self.context, self.flow.pack)
        return Replace(screen) if screen is not None else None
