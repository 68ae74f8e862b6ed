"""The timeline round: put 4-8 event cards in order by drag and drop or by keyboard.

Mouse: press a card and drag it; the other cards slide aside to open a gap where it will
land, and on release it snaps into the gap. Keyboard: Tab or the arrows pick a card, Space
lifts it, the arrows move it, Space (or Enter) puts it down; Enter anywhere else checks the
order, as does the Submit button. Reduced motion: cards jump instead of gliding.
"""

from __future__ import annotations

import copy
import math

import pygame

from game.play.verdicts import RoundResultOfKind
from game.rounds.timeline import TimelineResult, TimelineRound
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import RoundHost, Title
from game.ui.screens.round_base import RoundScreen
from game.ui.widgets import Button, Label, Widget
from game.ui.widgets.card_slots import CardSlots
from game.ui.widgets.event_card import EventCard

# Pixels the mouse must travel with the button down before a press becomes a drag.
DRAG_THRESHOLD = 6
PREVIOUS_KEYS = (pygame.K_UP, pygame.K_LEFT)
NEXT_KEYS = (pygame.K_DOWN, pygame.K_RIGHT)
ENTER_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER)


class TimelineScreen(RoundScreen):
    """Show the round's cards in slots; move them; submit the order to the round."""

    name = "timeline"

    def __init__(
        self, context: AppContext, host: RoundHost, round_: TimelineRound, title: Title
    ) -> None:
        super().__init__(context, host, round_, title)
        translator, pack = context.translator, host.pack
        self.cards = {
            event_id: EventCard(context, event_id, translator.text(event.text, pack))
            for event_id, event in round_.events.items()
        }
        self.pressed_card: EventCard | None = None
        self.press_point = (0, 0)
        self.drag_offset = (0, 0)
        self.insert_index: int | None = None
        self.mouse_point = (0, 0)
        self.grid: CardSlots | None = None

    # -- layout -------------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        """Place the header, the card slots (one or two columns) and the footer."""
        super().layout(rect)
        context, translator = self.context, self.context.translator
        area = self.layout_header(rect)
        for event_id, card in self.cards.items():
            card.label = translator.text(self.round.events[event_id].text, self.host.pack)
        body = self.layout_footer(
            area,
            Button(
                context,
                translator.gettext("Check my order"),
                self.submit_order,
                variant="primary",
                icon="check",
                key="submit",
                sound=None,
            ),
            translator.gettext(
                "Drag the cards, or pick one and press Space, move it with the arrows, "
                "press Space again. Enter checks the order."
            ),
            translator.gettext("Drag a card, or Space and the arrows. Enter checks."),
            gap=1.5,
        )
        self.earliest = Label(
            context, translator.gettext("Earliest"), role="small", colour="primary", bold=True
        )
        self.latest = Label(
            context, translator.gettext("Latest"), role="small", colour="primary", bold=True
        )
        self.place_slots(body)
        self.place_cards(instant=True)

    def place_slots(self, body: pygame.Rect) -> None:
        """Fit the slots (see :class:`CardSlots`) and put the markers by the first and last."""
        theme = self.context.theme
        marker = self.earliest.preferred_height(body.width) + theme.space(0.75)
        scroll = self.grid.scroll if self.grid is not None else 0
        self.grid = CardSlots(theme)
        self.grid.scroll = scroll
        self.grid.fit(body, list(self.cards.values()), marker)
        for card in self.cards.values():
            card.role = self.grid.role
            card.clip = self.grid.clip
        self.earliest.visible = self.latest.visible = self.grid.markers
        if self.grid.markers:
            first, last = self.grid.base_slots[0], self.grid.base_slots[-1]
            self.earliest.rect = pygame.Rect(first.x, first.y - marker, first.width, marker)
            self.latest.rect = pygame.Rect(
                last.x, last.bottom + theme.space(0.75), last.width, marker - theme.space(0.75)
            )

    @property
    def slots(self) -> list[pygame.Rect]:
        """Return the card slots where they are now."""
        return self.grid.slots

    @property
    def scrolls(self) -> bool:
        """Return True when the cards scroll."""
        return self.grid.scrolls

    def scroll_to(self, offset: int) -> None:
        """Scroll the cards to ``offset`` pixels; cards move with the page at once."""
        delta = self.grid.set_scroll(offset)
        if not delta:
            return
        for card in self.cards.values():
            if card.position is not None and not card.dragging:
                card.position[1] -= delta
        self.place_cards()

    def scroll_card_into_view(self, card: EventCard) -> None:
        """Scroll so that the card's slot is wholly visible."""
        if self.scrolls:
            self.scroll_to(self.grid.offset_showing(card.rect))

    def focus(self, widget: Widget | None) -> None:
        """Focus a widget; a card scrolls into view."""
        super().focus(widget)
        if isinstance(widget, EventCard):
            self.scroll_card_into_view(widget)

    def ordered_cards(self) -> list[EventCard]:
        """Return the cards in the round's current order."""
        return [self.cards[event_id] for event_id in self.round.order]

    def place_cards(self, instant: bool = False) -> None:
        """Put every card in its slot, leaving a gap where a dragged card would land."""
        order = self.ordered_cards()
        dragged = self.pressed_card if self.pressed_card and self.pressed_card.dragging else None
        if dragged is not None and self.insert_index is not None:
            others = [card for card in order if card is not dragged]
            others.insert(self.insert_index, dragged)
            order = others
        for index, card in enumerate(order):
            card.number = index + 1
            if card is dragged:
                card.rect = pygame.Rect(self.slots[index])
            else:
                card.place(self.slots[index], instant=instant)

    def widgets(self) -> list:
        """Return the header, the cards in order, the markers, the hint and Submit."""
        return [
            *self.header_widgets(),
            self.earliest,
            self.latest,
            *self.ordered_cards(),
            self.hint,
            self.submit,
        ]

    # -- keyboard -------------------------------------------------------------------------------
    def lifted_card(self) -> EventCard | None:
        """Return the card lifted with Space, if any."""
        return next(
            (card for card in self.cards.values() if card.lifted and not card.dragging), None
        )

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Handle dragging with the mouse and lifting/moving with the keyboard."""
        if self.done:
            return None
        if event.type == pygame.KEYDOWN:
            command = self.handle_key(event)
            if command is not None:
                return command
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            card = self.card_at(event.pos)
            if card is not None:
                self.drop_lifted()
                self.pressed_card = card
                self.press_point = event.pos
                drawn = card.drawn_rect
                self.drag_offset = (event.pos[0] - drawn.x, event.pos[1] - drawn.y)
                self.focus(card)
                return Handled()
        elif event.type == pygame.MOUSEMOTION and self.pressed_card is not None:
            self.mouse_point = event.pos
            return self.drag_to(event.pos)
        elif event.type == pygame.MOUSEMOTION:
            self.mouse_point = event.pos
        elif event.type == pygame.MOUSEWHEEL and self.scrolls:
            self.scroll_to(self.grid.scroll - event.y * self.context.theme.space(6))
            return Handled()
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.pressed_card:
            return self.release(event.pos)
        return super().handle_event(event)

    def handle_key(self, event: pygame.event.Event) -> Command | None:
        """Lift, move and drop the focused card; Enter checks the order."""
        lifted = self.lifted_card()
        focused = self.focused_widget
        if lifted is not None:
            if event.key in PREVIOUS_KEYS:
                return self.move_lifted(lifted, -1)
            if event.key in NEXT_KEYS:
                return self.move_lifted(lifted, 1)
            if event.key in (pygame.K_SPACE, pygame.K_ESCAPE, *ENTER_KEYS):
                self.drop_lifted()
                return Handled()
            if event.key == pygame.K_TAB:
                self.drop_lifted()
            return None
        if event.key == pygame.K_SPACE and isinstance(focused, EventCard):
            focused.lifted = True
            self.context.play_sound("pick_up")
            return Handled()
        if event.key in ENTER_KEYS and focused is not self.submit:
            return self.submit_order()
        return None

    def move_lifted(self, card: EventCard, step: int) -> Command:
        """Move the lifted card one place earlier (-1) or later (+1)."""
        order = list(self.round.order)
        index = order.index(card.event_id)
        target = max(0, min(len(order) - 1, index + step))
        if target != index:
            self.round.move(index, target)
            self.place_cards()
            self.focus(card)
            self.context.play_sound("select")
        return Handled()

    def drop_lifted(self) -> None:
        """Put down the card lifted with the keyboard, if any."""
        card = self.lifted_card()
        if card is not None:
            card.lifted = False
            self.context.play_sound("drop")

    # -- mouse ------------------------------------------------------------------------------
    def card_at(self, position: tuple[int, int]) -> EventCard | None:
        """Return the card drawn under ``position``."""
        if self.scrolls and not self.grid.area.collidepoint(position):
            return None
        for card in reversed(self.ordered_cards()):
            if card.drawn_rect.collidepoint(position):
                return card
        return None

    def update(self, dt: float) -> Command | None:
        """Scroll while a card is dragged near the top or bottom edge of a scrolling area."""
        card = self.pressed_card
        if card is not None and card.dragging and self.scrolls:
            zone = self.context.theme.space(6)
            y = self.mouse_point[1]
            speed = 0
            if y < self.grid.area.top + zone:
                speed = -1
            elif y > self.grid.area.bottom - zone:
                speed = 1
            if speed:
                self.scroll_to(
                    self.grid.scroll + speed * max(1, round(self.grid.area.height * 1.5 * dt))
                )
                self.drag_to(self.mouse_point)
        return super().update(dt)

    def answer_snapshot(self) -> object:
        """Return the order of the cards: the feedback depends on nothing else."""
        return None if self.round.finished else self.round.order

    def preview_result(self) -> TimelineResult | None:
        """Judge the current order on a copy of the round (the round itself stays open)."""
        return copy.copy(self.round).submit(self.round.order)

    @property
    def moving(self) -> bool:
        """Return True while cards glide or a dragged card may scroll the area."""
        dragging = self.pressed_card is not None and self.pressed_card.dragging and self.scrolls
        return super().moving or dragging

    def drag_to(self, position: tuple[int, int]) -> Command | None:
        """Follow the mouse with the pressed card; open a gap where it would land."""
        card = self.pressed_card
        lifting = not card.dragging
        if lifting:
            moved = math.hypot(position[0] - self.press_point[0], position[1] - self.press_point[1])
            if moved < DRAG_THRESHOLD:
                return None
            card.dragging = True
            card.lifted = True
            self.insert_index = self.round.order.index(card.event_id)
            self.context.play_sound("pick_up")
        was_dragging = not lifting
        before = card.drawn_rect
        card.follow(position[0] - self.drag_offset[0], position[1] - self.drag_offset[1])
        centre = card.drawn_rect.center
        nearest = min(
            range(len(self.slots)),
            key=lambda index: math.hypot(
                self.slots[index].centerx - centre[0], self.slots[index].centery - centre[1]
            ),
        )
        if nearest != self.insert_index:
            self.insert_index = nearest
            self.place_cards()
            return Handled()
        if was_dragging and not self.moving:
            # Only the card moved: repaint its old and new place (with its shadow), not the
            # whole window, so a drag stays cheap at 1920×1080.
            margin = self.context.theme.space(4)
            return Handled(rects=(before.union(card.drawn_rect).inflate(margin, margin),))
        return Handled()

    def release(self, position: tuple[int, int]) -> Command:
        """Drop the dragged card into the gap (it snaps into its slot)."""
        card = self.pressed_card
        self.pressed_card = None
        if card.dragging:
            start = self.round.order.index(card.event_id)
            target = self.insert_index if self.insert_index is not None else start
            card.dragging = False
            card.lifted = False
            self.insert_index = None
            if target != start:
                self.round.move(start, target)
            self.place_cards()
            self.focus(card)
            self.context.play_sound("drop")
        return Handled()

    def cancel_drag(self) -> bool:
        """Send a dragged card back to its place (Esc, pause, focus lost); True if one was."""
        card = self.pressed_card
        self.pressed_card = None
        if card is None or not card.dragging:
            return False
        card.dragging = False
        card.lifted = False
        self.insert_index = None
        self.place_cards()
        self.focus(card)
        self.context.play_sound("drop")
        return True

    # -- submitting ---------------------------------------------------------------------------
    def submit_order(self) -> Command | None:
        """Give the current order to the round to judge."""
        if self.done or self.round.finished:
            return None
        self.drop_lifted()
        result = self.round.submit()
        return self.finish(result)

    def finish(self, result: RoundResultOfKind) -> Command | None:
        """Stop any drag before handing the result on."""
        self.pressed_card = None
        return super().finish(result)

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the cards with the lifted or dragged one on top, and the landing gap."""
        self.draw_background(surface)
        theme = self.context.theme
        raised = [card for card in self.cards.values() if card.lifted or card.dragging]
        for widget in self.widgets():
            if widget.visible and widget not in raised and not widget.scrolled_out_of_view():
                self.draw_clipped(surface, widget)
        dragged = self.pressed_card if self.pressed_card and self.pressed_card.dragging else None
        if dragged is not None and self.insert_index is not None:
            gap_rect = self.slots[self.insert_index]
            previous = surface.get_clip()
            if self.scrolls:
                surface.set_clip(self.grid.area.clip(previous))
            pygame.draw.rect(surface, theme.palette.secondary, gap_rect, 0, theme.radius)
            pygame.draw.rect(
                surface, theme.palette.primary, gap_rect, theme.border_width, theme.radius
            )
            surface.set_clip(previous)
        for card in raised:
            if card.dragging:
                card.draw(surface)
            else:
                self.draw_clipped(surface, card)
        if dragged is None:
            self.draw_focus(surface, covered)
        self.grid.draw_scroll_bar(surface)

    def draw_clipped(self, surface: pygame.Surface, widget: Widget) -> None:
        """Draw a widget inside its clip (cards of a scrolling area), shadows included."""
        if widget.clip is None:
            widget.draw(surface)
            return
        previous = surface.get_clip()
        surface.set_clip(widget.clip.inflate(0, self.context.theme.space(1)).clip(previous))
        widget.draw(surface)
        surface.set_clip(previous)

    def part_labels(self) -> list[str]:
        """Return the card texts in order (for tests)."""
        return [card.label for card in self.ordered_cards()]
