"""Play a pack: walk its play list screen by screen, save every finished round at once.

The pack list calls :func:`start_pack`, which returns the first screen of the play list.
A :class:`PlayFlow` (plain state, no drawing) carries the :class:`game.rounds.session.Session`,
the progress-store attempt and the review queue from screen to screen; each screen hands
control on with ``Replace`` so the stack stays: menu → packs → the current play screen.

Round screens derive from :class:`RoundScreen`: a header (round title, progress, timer when
the round has one), Esc for the pause menu, and ``finish(result)`` when the round judged the
answer. Screens show; the round objects judge.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Protocol

import pygame

from game.model.pack import Pack, SceneStep
from game.ui import layout
from game.ui.screen import Command, Push, Replace, Screen
from game.ui.widgets import Button, Label
from game.ui.widgets.timer import RoundTimerBadge

log = logging.getLogger(__name__)


class RoundHost(Protocol):
    """What a round or feedback screen asks of whoever runs it (a play flow or a review)."""

    pack: Pack

    def progress_text(self, record: Any = None) -> str:
        """Return where the player is, such as "Round 2 of 9" (of ``record``'s round if given)."""

    def round_finished(self, round_: Any, result: Any, title: Any) -> Command:
        """Record a judged round and return the command that shows its feedback."""

    def after_feedback(self) -> Command:
        """Return the command that moves on after the feedback."""


def now() -> dt.datetime:
    """Return the current time for the progress store (the UI is the clock's edge)."""
    return dt.datetime.now(dt.UTC)


class PlayFlow:
    """Carry one play of a pack: the session, the store attempt and the review queue."""

    def __init__(self, context, pack: Pack, *, preview: bool = False) -> None:
        from game.rounds.session import Session
        from game.ui.ahead import copied_random

        self.context = context
        self.pack = pack
        # A preview (drawn ahead, see ``first_screen_preview``) saves nothing, draws nothing
        # from the game's random generator and is never shown.
        self.store = None if preview else context.store
        self.profile_id = getattr(context.profile, "id", None)
        self.review_queue = None
        self.attempt_id: int | None = None
        if self.store is not None and self.profile_id is not None:
            try:
                self.review_queue = self.store.review_queue(self.profile_id, pack.id)
                self.attempt_id = self.store.start_attempt(
                    self.profile_id, pack.id, pack.content_hash, now()
                )
            except Exception:  # a broken save must never stop the game: play unsaved
                log.exception("could not start an attempt in the progress store")
                self.attempt_id = None
        # The class's xAPI statements, committed with each round (none for previews, --watch).
        from game.classroom.reporter import start_class_play

        saving = self.store if self.attempt_id is not None else None
        self.class_play = start_class_play(
            saving, context.profile, pack, context.t.language, now(), preview=context.watch
        )
        rng = copied_random(context.rng) if preview else context.rng
        self.session = Session(pack, rng, review_queue=self.review_queue)
        self.best_before = self.best_score()
        self.closed = False
        # The results screen drawn ahead during the last feedback, shown when the play ends.
        self.prepared_results: Screen | None = None

    # -- where we are ---------------------------------------------------------------------
    def round_number(self) -> int:
        """Return the 1-based number of the current (or next) round."""
        return len(self.session.records) + 1

    def progress_text(self, record: Any = None) -> str:
        """Return "Round n of m" for the current round, or for the finished round ``record``."""
        total = len(self.pack.rounds)
        number = self.round_number()
        if record is not None:
            # Feedback names the round it is about, not the one that comes next.
            round_ids = [step.id for step in self.pack.rounds]
            if record.round_id in round_ids:
                number = round_ids.index(record.round_id) + 1
        return self.context.t.ngettext(
            "Round {number} of {total}", "Round {number} of {total}", total
        ).format(
            number=self.context.t.format_number(min(number, total)),
            total=self.context.t.format_number(total),
        )

    def current_screen(self) -> Screen:
        """Return the screen for the current step: a scene, a round, or the results."""
        session = self.session
        if session.finished:
            self.close_attempt()
            from game.ui.screens.results import ResultsScreen

            # The results drawn ahead are the same screen: keep their layout.
            prepared = self.prepared_results
            return prepared if prepared is not None else ResultsScreen(self.context, self)
        step = session.current_step
        if isinstance(step, SceneStep):
            from game.ui.screens.scene import SceneScreen

            # The step after a scene is known: draw it ahead while the player reads.
            self.prepare_step(session.index + 1)
            return SceneScreen(self.context, self, self.pack.scene(step.scene))
        return round_screen(self.context, self, session.current_round, step.title)

    # -- drawing ahead ----------------------------------------------------------------------
    def prepare_step(self, index: int) -> None:
        """Draw the screen of play-list step ``index`` off screen at idle time (see ``ahead``)."""
        from game.ui.ahead import schedule_warm

        def wanted() -> bool:
            # The player may have left the play, or moved past that step, meanwhile.
            return not self.closed and self.session.index <= index

        schedule_warm(self.context, lambda: self.preview_screen(index), wanted)

    def preview_screen(self, index: int) -> Screen | None:
        """Return a stand-in for the screen of step ``index``, changing no state of the play.

        A round is made from a copy of the random generator, so it is the round the player
        will get; the results are only shown once every round is recorded.
        """
        steps = self.session.steps
        if index >= len(steps):
            if len(self.session.records) < len(self.pack.rounds):
                return None
            from game.ui.screens.results import ResultsScreen

            self.prepared_results = ResultsScreen(self.context, self)
            return self.prepared_results
        step = steps[index]
        if isinstance(step, SceneStep):
            from game.ui.screens.scene import SceneScreen

            return SceneScreen(self.context, self, self.pack.scene(step.scene))
        from game.rounds.session import build_round
        from game.ui.ahead import copied_random

        round_ = build_round(step, self.pack, copied_random(self.context.rng))
        return round_screen(self.context, self, round_, step.title)

    def feedback_preview(self, round_: Any, result: Any, title: Any) -> Screen:
        """Return the feedback ``result`` would get, recording nothing (drawn ahead)."""
        from game.rounds.session import RoundRecord
        from game.ui.screens.feedback import FeedbackScreen

        return FeedbackScreen(self.context, self, result, title, RoundRecord.of(result), round_)

    # -- moving on ------------------------------------------------------------------------
    def scene_done(self) -> Command:
        """Leave the current scene."""
        if isinstance(self.session.current_step, SceneStep):
            self.session.advance()
        return Replace(self.current_screen())

    def round_finished(self, round_: Any, result: Any, title: Any) -> Command:
        """Record the round in the session and the store at once; show its feedback."""
        from game.ui.screens.feedback import FeedbackScreen

        record = self.session.finish_round(result)
        if self.attempt_id is not None:
            try:
                moment = now()
                outbox = self.class_play.round(result, moment)
                self.store.record_round(self.attempt_id, record, moment, self.review_queue, outbox)
            except Exception:  # keep playing: this round is lost, the game is not
                log.exception("could not save round %s", record.round_id)
        # What follows the feedback is known now: draw it ahead while the player reads.
        self.prepare_step(self.session.index)
        return Replace(FeedbackScreen(self.context, self, result, title, record, round_))

    def after_feedback(self) -> Command:
        """Go on to the next step after a round's feedback."""
        return Replace(self.current_screen())

    def close_attempt(self) -> None:
        """Record the end of the attempt with the total score (once)."""
        if self.closed:
            return
        self.closed = True
        if self.attempt_id is None:
            return
        try:
            moment = now()
            outbox = self.class_play.finished(self.session, moment)
            self.store.finish_attempt(self.attempt_id, moment, self.session.score, outbox)
        except Exception:  # the results still show; only the saved total is missing
            log.exception("could not close the attempt")

    def best_score(self) -> float | None:
        """Return the profile's best finished score for this pack (0-1), or None."""
        if self.store is None or self.profile_id is None:
            return None
        try:
            return self.store.best_scores(self.profile_id).get(self.pack.id)
        except Exception:  # an unreadable store only hides the best score
            log.exception("could not read the best scores")
            return None


def round_screen(context, host: RoundHost, round_: Any, title: Any) -> Screen:
    """Return the screen that plays ``round_`` (timeline, who-said or quiz)."""
    from game.ui.screens.quiz import QuizScreen
    from game.ui.screens.timeline import TimelineScreen
    from game.ui.screens.who_said import WhoSaidScreen

    screens = {"timeline": TimelineScreen, "who_said": WhoSaidScreen, "quiz": QuizScreen}
    return screens[round_.kind](context, host, round_, title)


def shown_title(context, pack: Pack, title: Any) -> str:
    """Return a round title in the current language.

    ``title`` is a pack ``Text``, a function that returns the text (interface titles such
    as the review's), or a plain string; screens keep the source, not the translation, so
    a language switch mid-round renames the round too.
    """
    if callable(title):
        return str(title())
    if isinstance(title, str):
        return title
    return context.t.text(title, pack)


def start_pack(context, pack: Pack) -> Screen:
    """Return the first screen of a new play of ``pack`` (the pack list pushes it)."""
    context.pack = pack
    return PlayFlow(context, pack).current_screen()


def first_screen_preview(context, pack: Pack) -> Screen | None:
    """Return a stand-in for the first screen of ``pack``, to draw ahead (nothing is saved)."""
    return PlayFlow(context, pack, preview=True).preview_screen(0)


# -- the base of every round screen -------------------------------------------------------
class RoundScreen(Screen):
    """Header, pause on Esc, the optional timer, and handing the result to the host."""

    def __init__(self, context, host: RoundHost, round_: Any, title: Any) -> None:
        super().__init__(context)
        self.host = host
        self.round = round_
        self.title = title
        self.done = False
        # The answer whose feedback was last drawn ahead (see ``watch_answer``).
        self.previewed_answer: object = None

    @property
    def title_text(self) -> str:
        """Return the round's title in the current language."""
        return shown_title(self.context, self.host.pack, self.title)

    @property
    def timed(self) -> bool:
        """Return True when the round has a time limit."""
        return getattr(self.round.timer, "limit", None) is not None

    def layout_header(self, rect: pygame.Rect) -> pygame.Rect:
        """Build the title, progress and timer across the top; return the area below."""
        context, theme = self.context, self.context.theme
        inner = layout.content_rect(rect, theme)
        self.timer_badge = RoundTimerBadge(context, self.round.timer) if self.timed else None
        right = inner.right
        if self.timer_badge is not None:
            width = min(self.timer_badge.preferred_width(), inner.width // 3)
            height = self.timer_badge.preferred_height(width)
            self.timer_badge.rect = pygame.Rect(inner.right - width, inner.y, width, height)
            right = self.timer_badge.rect.x - theme.space(2)
        self.progress = Label(context, self.host.progress_text(), role="small", colour="primary")
        self.heading = Label(context, self.title_text, role="heading")
        width = right - inner.x
        used = layout.stack_vertically(
            pygame.Rect(inner.x, inner.y, width, inner.height), [self.progress, self.heading], 0
        )
        if self.timer_badge is not None:
            used = max(used, self.timer_badge.rect.height)
        top = inner.y + used + theme.space(2)
        return pygame.Rect(inner.x, top, inner.width, inner.bottom - top)

    def layout_footer(
        self, area: pygame.Rect, submit: Button, hint: str, short_hint: str, gap: float = 2
    ) -> pygame.Rect:
        """Place ``submit`` at the bottom right and the input hint beside it; return the room above.

        In a small window the ``short_hint`` replaces a hint that would take more than two
        lines, so the cards keep their room.
        """
        context, theme = self.context, self.context.theme
        self.submit = submit
        self.hint = Label(context, hint, role="small", colour="text_muted", valign="middle")
        button_width = min(submit.preferred_width(), area.width * 2 // 5)
        button_height = submit.preferred_height(button_width)
        hint_width = area.width - button_width - theme.space(3)
        line = context.text.line_height(theme.font_size("small"))
        if self.hint.preferred_height(hint_width) > 2 * line:
            self.hint.label = short_hint
        footer = max(button_height, self.hint.preferred_height(hint_width))
        submit.rect = pygame.Rect(
            area.right - button_width, area.bottom - footer, button_width, footer
        )
        self.hint.rect = pygame.Rect(area.x, area.bottom - footer, hint_width, footer)
        return pygame.Rect(area.x, area.y, area.width, area.height - footer - theme.space(gap))

    def header_widgets(self) -> list:
        """Return the header's widgets."""
        found = [self.progress, self.heading]
        if self.timer_badge is not None:
            found.append(self.timer_badge)
        return found

    @property
    def animating(self) -> bool:
        """Return True while something moves or the clock runs."""
        return super().animating or (self.timed and not self.round.finished and not self.done)

    def clock_running(self) -> bool:
        """Return True while the round's time limit should count down."""
        return True

    def update(self, dt: float) -> Command | None:
        """Advance animations and the time limit; finish the round when time runs out."""
        super().update(dt)
        self.watch_answer()
        if self.done or not self.timed or self.round.finished or not self.clock_running():
            return None
        result = self.round.update(dt)
        if self.timer_badge is not None:
            self.timer_badge.refresh()
        if result is not None:
            return self.finish(result)
        return None

    # -- drawing the feedback ahead ---------------------------------------------------------
    def answer_snapshot(self) -> object:
        """Return what the feedback depends on now (None: nothing worth drawing ahead yet)."""
        return None

    def preview_result(self) -> Any:
        """Return the result the answer as it stands would get, judged on a copy of the round."""
        return None

    def watch_answer(self) -> None:
        """When the answer changed, draw its feedback ahead at idle time (see ``ahead``).

        The player looks before pressing Check, so that feedback opens from warm caches.
        """
        if self.done:
            return
        snapshot = self.answer_snapshot()
        if snapshot is None or snapshot == self.previewed_answer:
            return
        self.previewed_answer = snapshot
        self.context.schedule_idle(self.preview_feedback)

    def preview_feedback(self) -> None:
        """Draw the feedback of the current answer off screen (skipped when it is stale)."""
        snapshot = self.previewed_answer

        def wanted() -> bool:
            return not self.done and self.answer_snapshot() == snapshot

        make = getattr(self.host, "feedback_preview", None)
        if make is None or not wanted():
            return
        result = self.preview_result()
        if result is None:
            return
        from game.ui.ahead import warm_screen

        warm_screen(self.context, make(self.round, result, self.title), wanted)

    def finish(self, result: Any) -> Command | None:
        """Hand the judged round to the host (once)."""
        if self.done:
            return None
        self.done = True
        return self.host.round_finished(self.round, result, self.title)

    def on_back(self) -> Command | None:
        """Open the pause menu on Esc."""
        from game.ui.screens.pause import PauseScreen

        return Push(PauseScreen(self.context))
