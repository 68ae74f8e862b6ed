"""A timeline event card that glides to its slot, lifts when picked up and follows the mouse."""

from __future__ import annotations

import math
from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.decor import draw_shadow

# How quickly a card closes the distance to its slot (per second, exponential easing).
GLIDE_RATE = 16.0
# Closer than this (pixels) counts as arrived, so the screen can stop animating.
ARRIVED = 0.5
# Text roles tried in turn until the card text fits its slot.
TEXT_ROLES = ("heading", "body", "small")


class EventCard(Widget):
    """Show one event's text with its place number; draw it where it currently glides.

    ``rect`` is the card's slot. ``position`` is where it is drawn now: it eases towards
    the slot in :meth:`update` (or jumps there under reduced motion), and follows the
    mouse while ``dragging``. ``lifted`` marks a card picked up (mouse or Space).
    """

    focusable = True

    def __init__(
        self, context: AppContext, event_id: str, text: str, **kwargs: Unpack[WidgetOptions]
    ) -> None:
        super().__init__(context, text, key=("event", event_id), **kwargs)
        self.event_id = event_id
        self.number = 0
        self.position: list[float] | None = None
        self.lifted = False
        self.dragging = False
        self.role = TEXT_ROLES[0]

    # -- sizes -----------------------------------------------------------------------------
    def padding(self) -> tuple[int, int]:
        """Return the horizontal and vertical padding."""
        theme = self.context.theme
        return theme.space(1.5), theme.space(1)

    def badge_size(self, role: str | None = None) -> int:
        """Return the diameter of the round place-number badge."""
        return round(self.context.theme.font_size(role or self.role) * 1.6)

    def grip_width(self) -> int:
        """Return the width of the drag grip on the right."""
        return self.context.theme.space(2)

    def text_width(self, width: int, role: str | None = None) -> int:
        """Return the width left for the text in a card ``width`` pixels wide."""
        horizontal, _ = self.padding()
        theme = self.context.theme
        used = 2 * horizontal + self.badge_size(role) + theme.space(1.5) + self.grip_width()
        return max(1, width - used - theme.space(1))

    def height_for(self, width: int, role: str) -> int:
        """Return the card height at ``width`` with text in ``role``."""
        _, vertical = self.padding()
        text_height = self.context.text.measure(
            self.label, self.context.theme.font_size(role), width=self.text_width(width, role)
        )[1]
        return max(text_height, self.badge_size(role)) + 2 * vertical

    def preferred_height(self, width: int) -> int:
        """Return the height the card needs at ``width`` in its current text role."""
        return self.height_for(width, self.role)

    def fits(self, width: int, height: int, role: str) -> bool:
        """Return True when the text in ``role`` fits a card of this size."""
        size = self.context.theme.font_size(role)
        longest = self.context.text.longest_word_width(self.label, size)
        return self.height_for(width, role) <= height and longest <= self.text_width(width, role)

    @property
    def overflowing(self) -> bool:
        """Return True when the text does not fit the slot."""
        return not self.fits(self.rect.width, self.rect.height, self.role)

    # -- motion ----------------------------------------------------------------------------
    def place(self, rect: pygame.Rect, instant: bool = False) -> None:
        """Give the card a new slot; it glides there unless ``instant`` (or motion is reduced)."""
        self.rect = pygame.Rect(rect)
        if instant or self.position is None or self.context.settings.reduced_motion:
            self.position = [float(self.rect.x), float(self.rect.y)]

    def follow(self, x: float, y: float) -> None:
        """Draw the card with its top-left corner at (x, y) (while dragging)."""
        self.position = [float(x), float(y)]

    @property
    def drawn_rect(self) -> pygame.Rect:
        """Return where the card is drawn now."""
        if self.position is None:
            return pygame.Rect(self.rect)
        return pygame.Rect(round(self.position[0]), round(self.position[1]), *self.rect.size)

    @property
    def animating(self) -> bool:
        """Return True while the card glides towards its slot."""
        if self.dragging or self.position is None:
            return False
        return (
            abs(self.position[0] - self.rect.x) > ARRIVED
            or abs(self.position[1] - self.rect.y) > ARRIVED
        )

    def update(self, dt: float) -> None:
        """Ease the card towards its slot."""
        if self.dragging or self.position is None:
            return
        if self.context.settings.reduced_motion:
            self.position = [float(self.rect.x), float(self.rect.y)]
            return
        blend = 1.0 - math.exp(-GLIDE_RATE * max(0.0, dt))
        for axis, target in enumerate((self.rect.x, self.rect.y)):
            self.position[axis] += (target - self.position[axis]) * blend
            if abs(self.position[axis] - target) <= ARRIVED:
                self.position[axis] = float(target)

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        """Paint the card: shadow (deeper when lifted), panel, number badge, text and grip."""
        theme = self.context.theme
        palette = theme.palette
        rect = self.drawn_rect
        raised = self.lifted or self.dragging
        if raised:
            rect = rect.move(0, -theme.space(0.5))
            draw_shadow(surface, rect, theme, theme.space(1.5))
        else:
            draw_shadow(surface, rect, theme, theme.space(0.5))
        fill = palette.surface_alt if self.hovered and not raised else palette.surface
        pygame.draw.rect(surface, fill, rect, 0, theme.radius)
        border = palette.primary if raised else palette.border
        width = theme.border_width * (2 if raised else 1)
        pygame.draw.rect(surface, border, rect, width, theme.radius)
        horizontal, _ = self.padding()
        badge = self.badge_size()
        badge_rect = pygame.Rect(rect.x + horizontal, rect.centery - badge // 2, badge, badge)
        pygame.draw.circle(surface, palette.primary, badge_rect.center, badge // 2)
        size = theme.font_size(self.role)
        number = self.context.text.render(
            self.context.translator.format_number(self.number), size, palette.on_primary, bold=True
        )
        surface.blit(number, number.get_rect(center=badge_rect.center))
        text_x = badge_rect.right + theme.space(1.5)
        image = self.context.text.render(
            self.label, size, palette.text, width=self.text_width(rect.width)
        )
        surface.blit(image, (text_x, rect.centery - image.get_height() // 2))
        grip_x = rect.right - horizontal - self.grip_width() // 2
        if raised:
            # Lifted: arrows up and down say "move me", beside the raised look and border.
            arm = self.grip_width() // 2
            for direction in (-1, 1):
                tip = rect.centery + direction * arm * 2
                base = rect.centery + direction * arm // 2
                pygame.draw.polygon(
                    surface,
                    palette.primary,
                    [(grip_x, tip), (grip_x - arm, base), (grip_x + arm, base)],
                )
            return
        # The grip: two columns of dots saying "you can drag this".
        dot = max(2, theme.space(0.3))
        for row in (-1, 0, 1):
            for column in (-1, 1):
                pygame.draw.circle(
                    surface,
                    palette.text_muted,
                    (grip_x + column * dot * 2, rect.centery + row * dot * 3),
                    dot,
                )

    def draw_focus(self, surface: pygame.Surface) -> None:
        """Draw the focus ring around where the card is drawn (it may be gliding)."""
        from game.ui.widgets.focus import draw_focus_ring

        rect = self.drawn_rect
        if self.lifted or self.dragging:
            rect = rect.move(0, -self.context.theme.space(0.5))
        draw_focus_ring(surface, rect, self.context.theme)
