"""Play a pack on screens: walk its play list screen by screen, save every finished round at once.

A :class:`PlayHost` runs one :class:`game.play.flow.PlayThrough` (plain state: the session,
the store attempt, the review queue) on screens. It answers what the scene, round and
feedback screens ask, and hands control on with ``SwitchTo(...)``, so the stack stays:
menu → packs → the current play screen. It never imports those screens: it names their
destinations, and the router makes them.
"""

from __future__ import annotations

import datetime as dt

from game.classroom.reporter import start_class_play
from game.i18n import Translator
from game.model.pack import Pack, SceneStep
from game.play.flow import ClassReport, PlayThrough, StartClassReport
from game.play.verdicts import RoundResultOfKind
from game.rounds.session import Round, RoundRecord
from game.storage.store import Profile, ProgressStore
from game.ui.commands import Command
from game.ui.context import AppContext
from game.ui.navigation import (
    Destination,
    Feedback,
    PlayRound,
    Results,
    SceneOf,
    SwitchTo,
    SwitchUnder,
    Title,
)
from game.ui.screens.round_base import shown_title


def class_report(language: str) -> StartClassReport:
    """Return how a saved play starts its class statements (nothing when not in a class)."""

    def start(
        store: ProgressStore, profile: Profile, pack: Pack, started: dt.datetime
    ) -> ClassReport:
        return start_class_play(store, profile, pack, language, started)

    return start


class PlayHost:
    """Show one play of a pack: where the player is, and what comes after each screen."""

    def __init__(
        self, context: AppContext, pack: Pack, *, preview: bool = False, start: int = 0
    ) -> None:
        self.context = context
        self.pack = pack
        authoring = context.previewing and not preview
        # A preview (drawn ahead of time) saves nothing, draws nothing from the game's
        # random generator and is never shown.
        self.play = PlayThrough(
            pack,
            context.rng,
            context.store,
            context.profile,
            clock=context.clock,
            preview=preview,
            class_report=None if authoring else class_report(context.translator.language),
            authoring=authoring,
            start=min(max(start, 0), len(pack.play)),
            commits=None if preview else context.commits,
        )
        if authoring:
            # The step list (Ctrl+J) and a reload (``--watch``) act on this play.
            context.play_host = self

    # -- where we are ---------------------------------------------------------------------
    def progress_text(self, record: RoundRecord | None = None) -> str:
        """Return "Round n of m" for the current round, or for the finished round ``record``."""
        translator = self.context.translator
        total = self.play.total_rounds
        return translator.ngettext(
            "Round {number} of {total}", "Round {number} of {total}", total
        ).format(
            number=translator.format_number(self.play.round_number(record)),
            total=translator.format_number(total),
        )

    def save_note(self, translator: Translator) -> tuple[str, bool] | None:
        """Return what the feedback says about saving: (text, True) while rounds wait, else None.

        While the store refuses writes, the player's message (the disk is full ...); right
        after the waiting rounds were saved, a short word that they are; otherwise nothing.
        """
        play = self.play
        outcome = play.save_outcome
        if outcome is None:
            return None
        message = outcome.message(translator)
        if message is not None:
            return message, True
        if play.caught_up:
            return translator.gettext("The rounds that were waiting are saved now."), False
        return None

    def title_text(self, title: Title) -> str:
        """Return a round title in the current language."""
        return shown_title(self.context, self.pack, title)

    def current(self) -> Destination:
        """Return where the current step is shown: a scene, a round, or the results."""
        play = self.play
        play.on_screen = play.index
        step = play.current_step
        if step is None:
            play.close()
            return Results(play)
        if isinstance(step, SceneStep):
            # The step after a scene is known: draw it ahead while the player reads.
            self.prepare_step(play.index + 1)
            return SceneOf(self, self.pack.scene(step.scene))
        return PlayRound(self, play.current_round, step.title)

    # -- drawing ahead ----------------------------------------------------------------------
    def prepare_step(self, index: int) -> None:
        """Draw the screen of play-list step ``index`` off screen at idle time (see ``ahead``)."""

        def wanted() -> bool:
            # The player may have left the play, or moved past that step, meanwhile.
            return not self.play.closed and self.play.index <= index

        self.context.ahead.warm(lambda: self.preview(index), wanted)

    def preview(self, index: int) -> Destination | None:
        """Return a stand-in for the screen of step ``index``, changing no state of the play.

        A round is made from a copy of the random generator, so it is the round the player
        will get; the results are only shown once every round is recorded.
        """
        play = self.play
        if index >= len(play.steps):
            return Results(play, fresh=True) if play.results_ready() else None
        step = play.steps[index]
        if isinstance(step, SceneStep):
            return SceneOf(self, self.pack.scene(step.scene))
        round_ = play.preview_round(index)
        return PlayRound(self, round_, step.title) if round_ is not None else None

    def feedback_preview(
        self, round_: Round, result: RoundResultOfKind, title: Title
    ) -> Destination:
        """Return the feedback ``result`` would get, recording nothing (drawn ahead)."""
        return Feedback(self, result, title, RoundRecord.of(result), round_)

    # -- moving on ------------------------------------------------------------------------
    def scene_done(self) -> Command:
        """Leave the current scene."""
        self.play.scene_done()
        return SwitchTo(self.current())

    def round_finished(self, round_: Round, result: RoundResultOfKind, title: Title) -> Command:
        """Record the round in the session and the store at once; show its feedback."""
        record = self.play.finish_round(result)
        # What follows the feedback is known now: draw it ahead while the player reads.
        self.prepare_step(self.play.index)
        return SwitchTo(Feedback(self, result, title, record, round_))

    def after_feedback(self) -> Command:
        """Go on to the next step after a round's feedback."""
        return SwitchTo(self.current())

    def jump(self, index: int) -> Command:
        """Go to step ``index`` of the play list (the step list); show it instead of the overlay's."""
        self.play.jump_to(index)
        return SwitchUnder(self.current())
