"""A calm message instead of a crash: the store was recovered, or something else went wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.i18n import Translator
from game.ui import layout
from game.ui.commands import Command, Pop, Quit
from game.ui.context import AppContext
from game.ui.screen import Screen
from game.ui.widgets import Button, Card, Icon, Label

# A text given as a function of the translator, so a language switch re-translates it.
Wording = Callable[[Translator], str]


class NoticeScreen(Screen):
    """Show a title, a message and optional details in a card, with one OK button.

    Texts are given as functions of the translator, so a language switch re-translates them.
    """

    name = "notice"
    is_overlay = True

    def __init__(
        self,
        context: AppContext,
        title: Wording,
        message: Wording,
        details: Wording | None = None,
        *,
        icon: str = "info",
        button: Wording | None = None,
        confirm: Wording | None = None,
        on_confirm: Callable[[], Command] | None = None,
    ) -> None:
        super().__init__(context)
        # A question (confirm and on_confirm given): the OK button says no, the other yes.
        self.confirm_text = confirm
        self.on_confirm = on_confirm
        self.title_text = title
        self.message_text = message
        self.details_text = details
        self.icon_kind = icon
        self.button_text = button

    def layout(self, rect: pygame.Rect) -> None:
        """Centre a card with the icon, title, message, details and the OK button."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        self.icon = Icon(
            context, self.icon_kind, colour="warning" if self.icon_kind == "warning" else "primary"
        )
        self.title = Label(context, self.title_text(translator), role="heading", valign="middle")
        self.message = Label(context, self.message_text(translator), role="body")
        details = self.details_text(translator) if self.details_text else ""
        self.details = Label(context, details, role="small", colour="text_muted", break_words=True)
        button_label = (
            self.button_text(translator) if self.button_text else translator.gettext("OK")
        )
        self.ok = Button(context, button_label, lambda: Pop(), variant="primary", key="ok")
        self.yes: Button | None = None
        if self.confirm_text is not None and self.on_confirm is not None:
            self.yes = Button(
                context, self.confirm_text(translator), self.on_confirm, variant="quiet", key="yes"
            )
        gap = theme.space(2)
        padding = theme.space(4)
        icon_size = round(theme.font_size("heading") * 1.3)
        # Widen the card until everything fits the window's height (long languages, big text).
        for fraction in (0.62, 0.78, 0.94):
            column = layout.centered_column(
                rect, theme, width_fraction=fraction, min_width=theme.space(70)
            )
            inner_width = column.width - 2 * padding
            title_width = inner_width - icon_size - theme.space(2)
            heights = [
                max(icon_size, self.title.preferred_height(title_width)),
                self.message.preferred_height(inner_width),
                self.details.preferred_height(inner_width) if details else 0,
                self.ok.preferred_height(inner_width // 2),
            ]
            total = sum(heights) + gap * (3 if details else 2) + 2 * padding
            if total <= rect.height - 2 * theme.space(2):
                break
        card_rect = pygame.Rect(column.x, 0, column.width, total)
        card_rect.centery = rect.centery
        self.card = Card(context, rect=card_rect)
        x, y = card_rect.x + padding, card_rect.y + padding
        # Beside the first line of the title, however many lines it wraps to.
        icon_top = y + min((heights[0] - icon_size) // 2, theme.space(0.5))
        self.icon.rect = pygame.Rect(x, icon_top, icon_size, icon_size)
        self.title.rect = pygame.Rect(x + icon_size + theme.space(2), y, title_width, heights[0])
        y += heights[0] + gap
        self.message.rect = pygame.Rect(x, y, inner_width, heights[1])
        y += heights[1] + gap
        self.details.rect = pygame.Rect(x, y, inner_width, heights[2])
        y += heights[2] + (gap if details else 0)
        self.ok.rect = pygame.Rect(0, y, inner_width // 2, heights[3])
        self.ok.rect.centerx = card_rect.centerx
        if self.yes is not None:
            # The safe answer first (and focused), the one that acts beside it.
            half = (inner_width - gap) // 2
            self.ok.rect = pygame.Rect(x, y, half, heights[3])
            self.yes.rect = pygame.Rect(x + half + gap, y, half, heights[3])

    def widgets(self) -> list:
        """Return the card, its texts and the OK button."""
        buttons = [self.ok] if self.yes is None else [self.ok, self.yes]
        return [self.card, self.icon, self.title, self.message, self.details, *buttons]

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Dim the screen below and paint the card over it."""
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill(self.context.theme.palette.overlay)
        surface.blit(shade, (0, 0))
        self.draw_widgets(surface, covered)

    def on_back(self) -> Command | None:
        """Close the notice (Esc does what OK does)."""
        return Pop()


def recovered_store_notice(context: AppContext, recovered_from: str) -> NoticeScreen:
    """Tell the player their saved progress was damaged, set aside, and a fresh one started."""
    name = Path(recovered_from).name
    return NoticeScreen(
        context,
        lambda translator: translator.gettext("Your saved progress could not be read"),
        lambda translator: translator.gettext(
            "The progress file was damaged, so Okuya put it aside and started a fresh one. "
            "Players, scores and settings begin again. You can keep playing."
        ),
        lambda translator: translator.gettext("The damaged file was kept as {file}").format(
            file=name
        ),
        icon="warning",
        button=lambda translator: translator.gettext("Continue"),
    )


def store_problem_notice(context: AppContext, reason: str) -> NoticeScreen:
    """Tell the player progress cannot be saved this time, and why (what to do, when known)."""
    failure = context.store_failure
    return NoticeScreen(
        context,
        lambda translator: translator.gettext("Progress cannot be saved"),
        lambda translator: (
            failure.opening_message(translator)
            if failure is not None
            else translator.gettext(
                "Okuya could not open its progress file. You can play, but nothing will be kept after you quit."
            )
        ),
        lambda translator: reason,
        icon="warning",
        button=lambda translator: translator.gettext("Continue"),
    )


def error_notice(context: AppContext, message: str, details: str = "") -> NoticeScreen:
    """Return a generic notice for something that went wrong without stopping the game."""
    return NoticeScreen(
        context,
        lambda translator: translator.gettext("Something went wrong"),
        lambda translator: message,
        (lambda translator: details) if details else None,
        icon="warning",
    )


def confirm_quit_notice(context: AppContext) -> NoticeScreen:
    """Ask whether to close the game; staying is the button in focus (Esc stays too).

    When finished rounds still wait to be saved (a full disk, a lock), it says that quitting
    loses them, instead of promising the progress is saved.
    """
    waiting = context.unsaved_rounds()

    def body(translator: Translator) -> str:
        if not waiting:
            return translator.gettext(
                "Your progress is saved. You can come back and play any time."
            )
        return translator.ngettext(
            "{count} round you played could not be saved yet. If you quit now, it is lost; "
            "keep playing and Okuya tries again.",
            "{count} rounds you played could not be saved yet. If you quit now, they are lost; "
            "keep playing and Okuya tries again.",
            waiting,
        ).format(count=translator.format_number(waiting))

    return NoticeScreen(
        context,
        lambda translator: translator.gettext("Quit Okuya?"),
        body,
        icon="warning" if waiting else "info",
        button=lambda translator: translator.gettext("Keep playing"),
        confirm=lambda translator: translator.gettext("Quit the game"),
        on_confirm=lambda: Quit(),
    )
