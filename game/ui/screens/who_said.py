"""The who-said-what round: match each quote to its speaker.

Three ways to match: drag a quote onto a speaker; click a quote, then a speaker (or a
speaker, then a quote); or with the keyboard, Space on a quote, then Space on a speaker.
A speaker may take several quotes. The chip under a quote shows its match; clicking the
chip, or Delete on the quote, takes the match off. Reported speech carries a tag.
"""

from __future__ import annotations

import copy
import math

import pygame

from game.rounds.who_said import WhoSaidResult, WhoSaidRound
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import RoundHost, Title
from game.ui.screens.round_base import RoundScreen
from game.ui.screens.wording import quote_text
from game.ui.widgets import Button, Label, Toast
from game.ui.widgets.decor import draw_panel
from game.ui.widgets.quote_card import QuoteCard, SpeakerCard
from game.ui.widgets.scroll_column import ScrollColumn

DRAG_THRESHOLD = 6
CHOOSE_KEYS = (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER)
UNPAIR_KEYS = (pygame.K_DELETE, pygame.K_BACKSPACE)


class WhoSaidScreen(RoundScreen):
    """Quotes on the left, speakers on the right; the round keeps the pairs."""

    name = "who_said"

    def __init__(
        self, context: AppContext, host: RoundHost, round_: WhoSaidRound, title: Title
    ) -> None:
        super().__init__(context, host, round_, title)
        self.selected_quote: str | None = None
        self.armed_person: str | None = None
        self.pressed_quote: QuoteCard | None = None
        self.press_point = (0, 0)
        self.dragging = False
        self.drag_point = (0, 0)
        self.toast = Toast(context)

    # -- layout -------------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        """Place the header, the two scrolling columns and the footer."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        pack = self.host.pack
        area = self.layout_header(rect)
        body = self.layout_footer(
            area,
            Button(
                context,
                translator.gettext("Check my matches"),
                self.submit_pairs,
                variant="primary",
                icon="check",
                key="submit",
                sound=None,
            ),
            translator.gettext(
                "Drag a quote onto its speaker, or pick a quote and then a speaker "
                "(click, or Space). Delete takes a match off."
            ),
            translator.gettext("Drag a quote onto its speaker, or pick both with Space."),
        )
        left, right = layout.split_columns(body, (1.3, 1), theme.space(3))
        self.quotes_caption = Label(
            context, translator.gettext("Quotes"), role="small", colour="primary", bold=True
        )
        self.people_caption = Label(
            context, translator.gettext("Speakers"), role="small", colour="primary", bold=True
        )
        caption = self.quotes_caption.preferred_height(left.width)
        self.quotes_caption.rect = pygame.Rect(left.x, left.y, left.width, caption)
        self.people_caption.rect = pygame.Rect(right.x, right.y, right.width, caption)
        not_matched = translator.gettext("Not matched yet")
        picking = translator.gettext("Now pick the speaker")
        reported = translator.gettext("Reported speech (a paraphrase)")
        self.quote_cards = [
            QuoteCard(
                context,
                quote.id,
                quote_text(translator, translator.text(quote.text, pack), quote.reported),
                tag=reported if quote.reported else "",
                empty_text=not_matched,
                picking_text=picking,
            )
            for quote in self.round.quotes
        ]
        self.speaker_cards = [
            SpeakerCard(
                context,
                person.id,
                translator.text(person.name, pack),
                translator.text(person.role, pack) if person.role is not None else "",
            )
            for person in self.round.people
        ]
        self.refresh_cards()
        top = left.y + caption + theme.space(1)
        self.quote_list = ScrollColumn(
            context,
            list(self.quote_cards),
            rect=pygame.Rect(left.x, top, left.width, left.bottom - top),
            gap=theme.space(1.25),
        )
        self.people_list = ScrollColumn(
            context,
            list(self.speaker_cards),
            rect=pygame.Rect(right.x, top, right.width, right.bottom - top),
            gap=theme.space(1),
        )
        # Above the footer: the toast must not cover the hint line or the Check button.
        self.toast.place(bottom=min(self.hint.rect.top, self.submit.rect.top) - theme.space(1))

    def refresh_cards(self) -> None:
        """Show the round's pairs, the selection and the counts on the cards."""
        pairs = self.round.pairs
        names = {card.person_id: card.label for card in getattr(self, "speaker_cards", [])}
        for card in self.quote_cards:
            person = pairs.get(card.quote_id)
            card.match = names.get(person) if person else None
            card.selected = card.quote_id == self.selected_quote
        for card in self.speaker_cards:
            card.count = sum(1 for person in pairs.values() if person == card.person_id)
            card.target = card.person_id == self.armed_person

    def widgets(self) -> list:
        """Return the header, both columns with their cards, the hint and Submit."""
        return [
            *self.header_widgets(),
            self.quotes_caption,
            self.people_caption,
            self.quote_list,
            *self.quote_list.rows,
            self.people_list,
            *self.people_list.rows,
            self.hint,
            self.submit,
            self.toast,
        ]

    # -- matching -------------------------------------------------------------------------------
    def quote_card(self, quote_id: str) -> QuoteCard:
        """Return the card of a quote."""
        return next(card for card in self.quote_cards if card.quote_id == quote_id)

    def choose_quote(self, card: QuoteCard) -> Command:
        """Select a quote (or match it to the speaker picked first)."""
        if self.armed_person is not None:
            return self.match(card.quote_id, self.armed_person)
        self.selected_quote = None if self.selected_quote == card.quote_id else card.quote_id
        self.context.play_sound("select")
        self.refresh_cards()
        return Handled()

    def choose_person(self, card: SpeakerCard, from_keyboard: bool = False) -> Command:
        """Match the selected quote to this speaker, or pick the speaker first."""
        if self.selected_quote is not None:
            return self.match(self.selected_quote, card.person_id, from_keyboard)
        self.armed_person = None if self.armed_person == card.person_id else card.person_id
        self.context.play_sound("select")
        self.refresh_cards()
        return Handled()

    def match(self, quote_id: str, person_id: str, from_keyboard: bool = False) -> Command:
        """Pair a quote with a speaker and move on to the next quote without a match."""
        self.round.pair(quote_id, person_id)
        self.context.play_sound("drop")
        self.selected_quote = None
        self.armed_person = None
        self.refresh_cards()
        if from_keyboard:
            waiting = [card for card in self.quote_cards if card.match is None]
            self.focus(waiting[0] if waiting else self.submit)
        return Handled()

    def unpair(self, card: QuoteCard) -> Command:
        """Take the match off a quote."""
        if card.match is None:
            return Handled()
        self.round.unpair(card.quote_id)
        self.context.play_sound("pick_up")
        self.refresh_cards()
        return Handled()

    def answer_snapshot(self) -> object:
        """Return the pairs once every quote has a speaker (the round judges only then)."""
        if self.round.finished or not self.round.complete:
            return None
        return tuple(sorted(self.round.pairs.items()))

    def preview_result(self) -> WhoSaidResult | None:
        """Judge the pairs on a copy of the round (the round itself stays open)."""
        return copy.copy(self.round).submit()

    def submit_pairs(self) -> Command | None:
        """Hand the pairs to the round to judge (every quote needs a speaker first)."""
        if self.done or self.round.finished:
            return None
        if not self.round.complete:
            waiting = len(self.round.quotes) - len(self.round.pairs)
            self.toast.show(
                self.context.translator.ngettext(
                    "Match every quote first: {count} is still without a speaker.",
                    "Match every quote first: {count} are still without a speaker.",
                    waiting,
                ).format(count=self.context.translator.format_number(waiting)),
                icon="info",
            )
            return Handled()
        return self.finish(self.round.submit())

    # -- events -------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Handle matching by keyboard, click and drag; the rest as usual."""
        if self.done:
            return None
        if event.type == pygame.KEYDOWN:
            focused = self.focused_widget
            if event.key in CHOOSE_KEYS and isinstance(focused, QuoteCard):
                command = self.choose_quote(focused)
                if self.selected_quote is not None and self.speaker_cards:
                    self.focus(self.speaker_cards[0])
                return command
            if event.key in CHOOSE_KEYS and isinstance(focused, SpeakerCard):
                return self.choose_person(focused, from_keyboard=True)
            if event.key in UNPAIR_KEYS and isinstance(focused, QuoteCard):
                return self.unpair(focused)
            if event.key == pygame.K_ESCAPE and self.cancel_drag():
                return Handled()
            if event.key == pygame.K_ESCAPE and (self.selected_quote or self.armed_person):
                self.selected_quote = self.armed_person = None
                self.refresh_cards()
                return Handled()
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for card in self.quote_cards:
                if card.hit(event.pos):
                    self.focus(card)
                    if card.match is not None and card.chip_rect().collidepoint(event.pos):
                        return self.unpair(card)
                    self.pressed_quote = card
                    self.press_point = event.pos
                    self.dragging = False
                    return Handled()
            for card in self.speaker_cards:
                if card.hit(event.pos):
                    self.focus(card)
                    return self.choose_person(card)
        elif event.type == pygame.MOUSEMOTION and self.pressed_quote is not None:
            self.quote_list.mouse_position = event.pos
            self.people_list.mouse_position = event.pos
            if not self.dragging:
                moved = math.hypot(
                    event.pos[0] - self.press_point[0], event.pos[1] - self.press_point[1]
                )
                if moved < DRAG_THRESHOLD:
                    return None
                self.dragging = True
                self.context.play_sound("pick_up")
            self.drag_point = event.pos
            target = self.speaker_at(event.pos)
            self.armed_person = target.person_id if target is not None else None
            self.refresh_cards()
            return Handled()
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.pressed_quote:
            card = self.pressed_quote
            self.pressed_quote = None
            if not self.dragging:
                return self.choose_quote(card)
            self.dragging = False
            self.armed_person = None
            target = self.speaker_at(event.pos)
            if target is not None:
                return self.match(card.quote_id, target.person_id)
            self.refresh_cards()
            return Handled()
        return super().handle_event(event)

    def cancel_drag(self) -> bool:
        """Drop a dragged quote back in its list, unmatched (Esc, pause, focus lost)."""
        dragging = self.pressed_quote is not None and self.dragging
        self.pressed_quote = None
        self.dragging = False
        if dragging:
            self.armed_person = None
            self.refresh_cards()
        return dragging

    def speaker_at(self, position: tuple[int, int]) -> SpeakerCard | None:
        """Return the speaker card under ``position``."""
        return next((card for card in self.speaker_cards if card.hit(position)), None)

    # -- drawing -------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the screen and, while dragging, the quote following the mouse."""
        super().draw(surface, covered)
        if not self.dragging or self.pressed_quote is None:
            return
        theme = self.context.theme
        card = self.pressed_quote
        width = min(card.rect.width, theme.space(40))
        size = theme.font_size("small")
        image = self.context.text.render(
            card.label, size, theme.palette.text, width=width - theme.space(3)
        )
        height = min(image.get_height(), theme.space(12)) + theme.space(2)
        ghost = pygame.Rect(0, 0, width, height)
        ghost.midleft = (self.drag_point[0] + theme.space(1), self.drag_point[1])
        ghost.clamp_ip(self.rect)
        draw_panel(surface, ghost, theme, border=theme.palette.primary)
        previous = surface.get_clip()
        surface.set_clip(ghost.inflate(-theme.space(1), -theme.space(1)).clip(previous))
        surface.blit(image, (ghost.x + theme.space(1.5), ghost.y + theme.space(1)))
        surface.set_clip(previous)

    def part_labels(self) -> list[str]:
        """Return the quote and speaker texts (for tests)."""
        return [card.label for card in self.quote_cards + self.speaker_cards]
