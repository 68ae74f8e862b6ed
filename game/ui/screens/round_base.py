"""The base of every round screen: header, pause on Esc, the optional timer, drawing ahead.

Round screens derive from :class:`RoundScreen`: a header (round title, progress, timer when
the round has one), Esc for the pause menu, and ``finish(result)`` when the round judged the
answer. Screens show; the round objects judge. Whoever runs the round (a play or a practice)
is its :class:`game.ui.navigation.RoundHost`.
"""

from __future__ import annotations

import math

import pygame

from game.model.pack import Pack
from game.play.verdicts import RoundResultOfKind
from game.rounds.session import Round
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import Open, Pause, RoundHost, Title
from game.ui.screen import ANIMATION_FRAME_SECONDS, Screen
from game.ui.widgets import Button, Label, Widget
from game.ui.widgets.timer import RoundTimerBadge


def shown_title(context: AppContext, pack: Pack, title: Title) -> str:
    """Return a round title in the current language.

    ``title`` is a pack ``Text``, a function that returns the text (interface titles such
    as the review's), or a plain string; screens keep the source, not the translation, so
    a language switch mid-round renames the round too.
    """
    if callable(title):
        return str(title())
    if isinstance(title, str):
        return title
    return context.translator.text(title, pack)


# -- the base of every round screen -------------------------------------------------------
class RoundScreen(Screen):
    """Header, pause on Esc, the optional timer, and handing the result to the host."""

    def __init__(self, context: AppContext, host: RoundHost, round_: Round, title: Title) -> None:
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
        return self.round.timer.limit is not None

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

    def header_widgets(self) -> list[Widget]:
        """Return the header's widgets."""
        found = [self.progress, self.heading]
        if self.timer_badge is not None:
            found.append(self.timer_badge)
        return found

    @property
    def moving(self) -> bool:
        """Return True while something other than the countdown moves (a gliding card)."""
        return any(widget.animating for widget in self.widgets())

    @property
    def counting_down(self) -> bool:
        """Return True while the round's time limit runs."""
        return self.timed and not self.round.finished and not self.done

    @property
    def animating(self) -> bool:
        """Return True while something moves or the clock runs."""
        return self.moving or self.counting_down

    def frame_due_in(self) -> float | None:
        """Return the seconds until the countdown shows another second (smooth while moving)."""
        if self.moving:
            return ANIMATION_FRAME_SECONDS
        remaining = self.round.timer.remaining if self.counting_down else None
        if remaining is None or not self.clock_running():
            return None
        return max(0.0, remaining - math.ceil(remaining) + 1)

    def changed_rects(self) -> list[pygame.Rect] | None:
        """Return only the countdown's rectangle when the shown time changed (all while moving)."""
        if self.moving:
            return None
        badge = self.timer_badge if self.timed else None
        if badge is not None and badge.needs_redraw:
            return [pygame.Rect(badge.rect)]
        return []

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

    def preview_result(self) -> RoundResultOfKind | None:
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
        self.context.ahead.schedule(self.preview_feedback)

    def preview_feedback(self) -> None:
        """Draw the feedback of the current answer off screen (skipped when it is stale)."""
        snapshot = self.previewed_answer

        def wanted() -> bool:
            return not self.done and self.answer_snapshot() == snapshot

        if not wanted():
            return
        result = self.preview_result()
        if result is None:
            return
        ahead = self.context.ahead
        destination = self.host.feedback_preview(self.round, result, self.title)
        ahead.warm_screen(ahead.screen_for(destination), wanted)

    def finish(self, result: RoundResultOfKind) -> Command | None:
        """Hand the judged round to the host (once)."""
        if self.done:
            return None
        self.done = True
        return self.host.round_finished(self.round, result, self.title)

    def cancel_drag(self) -> bool:
        """Put a dragged card back where it was; return whether one was being dragged."""
        return False

    def on_pause(self) -> None:
        """Cancel a drag when the pause menu (or any screen) opens on top."""
        self.cancel_drag()

    def on_focus_lost(self) -> bool:
        """Cancel a drag when the window loses focus: its button release goes elsewhere."""
        return self.cancel_drag()

    def on_back(self) -> Command | None:
        """Esc cancels a drag first; otherwise it opens the pause menu."""
        if self.cancel_drag():
            return Handled()
        return Open(Pause())
