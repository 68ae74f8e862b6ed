"""Where the timeline's cards go: one or two columns, a text size that fits, and scrolling."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from game.ui.theme import Theme
from game.ui.widgets.event_card import TEXT_ROLES, EventCard


class CardSlots:
    """Fit ``count`` card slots into an area; scroll them when nothing fits.

    Tried in turn: one column (it reads most clearly as a sequence) at every text size,
    then two columns, first leaving room for the "Earliest"/"Latest" markers, then without
    them. When nothing fits (long translations at 150 % text in a small window) the cards
    keep the smallest text and the area scrolls. Slots fill column by column.
    """

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.area = pygame.Rect(0, 0, 0, 0)
        self.base_slots: list[pygame.Rect] = []
        self.role = TEXT_ROLES[0]
        self.columns = 1
        self.markers = False
        self.content_height = 0
        self.scroll = 0

    def fit(self, body: pygame.Rect, cards: Sequence[EventCard], marker: int) -> None:
        """Choose columns, text role and markers for ``cards`` in ``body`` and make the slots."""
        theme = self.theme
        count = len(cards)
        gap = theme.space(1)
        column_gap = theme.space(3)
        chosen = None
        for markers in (True, False):
            area = body.inflate(0, -2 * marker) if markers else pygame.Rect(body)
            for columns in (1, 2):
                for role in TEXT_ROLES:
                    rows = math.ceil(count / columns)
                    width = (area.width - column_gap * (columns - 1)) // columns
                    height = max(card.height_for(width, role) for card in cards)
                    if rows * height + (rows - 1) * gap <= area.height:
                        chosen = (markers, area, role, columns, rows, width, height)
                        break
                if chosen:
                    break
            if chosen:
                break
        if chosen is None:
            rows = math.ceil(count / 2)
            width = (body.width - column_gap - theme.space(2)) // 2
            height = max(card.height_for(width, TEXT_ROLES[-1]) for card in cards)
            chosen = (False, pygame.Rect(body), TEXT_ROLES[-1], 2, rows, width, height)
        self.markers, self.area, self.role, self.columns, rows, width, height = chosen
        # Spare room makes the cards chunkier (easier to grab), up to a limit.
        spare = self.area.height - (rows * height + (rows - 1) * gap)
        if spare > 0:
            height += min(theme.space(3), spare // rows)
        self.content_height = rows * height + (rows - 1) * gap
        self.scroll = max(0, min(self.scroll, self.max_scroll))
        self.base_slots = [
            pygame.Rect(
                self.area.x + (index // rows) * (width + column_gap),
                self.area.y + (index % rows) * (height + gap),
                width,
                height,
            )
            for index in range(count)
        ]

    @property
    def slots(self) -> list[pygame.Rect]:
        """Return the slots where they are now (moved by the scroll)."""
        return [slot.move(0, -self.scroll) for slot in self.base_slots]

    @property
    def max_scroll(self) -> int:
        """Return how far the cards can scroll (0 when they all fit)."""
        return max(0, self.content_height - self.area.height)

    @property
    def scrolls(self) -> bool:
        """Return True when the cards are taller than their area."""
        return self.max_scroll > 0

    @property
    def clip(self) -> pygame.Rect | None:
        """Return the clip for the cards of a scrolling area (None when all fit)."""
        return self.area.inflate(2 * self.theme.focus_width, 0) if self.scrolls else None

    def set_scroll(self, offset: int) -> int:
        """Scroll to ``offset`` (clamped); return how far the slots moved up."""
        offset = max(0, min(self.max_scroll, int(offset)))
        delta = offset - self.scroll
        self.scroll = offset
        return delta

    def offset_showing(self, rect: pygame.Rect) -> int:
        """Return the scroll offset at which ``rect`` (a slot as placed now) is wholly visible."""
        margin = self.theme.focus_width * 2
        if rect.top - margin < self.area.top:
            return self.scroll - (self.area.top - rect.top + margin)
        if rect.bottom + margin > self.area.bottom:
            return self.scroll + rect.bottom + margin - self.area.bottom
        return self.scroll

    def draw_scroll_bar(self, surface: pygame.Surface) -> None:
        """Show where the scrolling cards are, just right of their area."""
        if not self.scrolls:
            return
        palette = self.theme.palette
        width = self.theme.space(1)
        area = self.area
        track = pygame.Rect(area.right + self.theme.space(0.5), area.y, width, area.height)
        height = max(width * 3, area.height * area.height // self.content_height)
        top = area.y + (area.height - height) * self.scroll // max(1, self.max_scroll)
        pygame.draw.rect(surface, palette.secondary, track, 0, width // 2)
        pygame.draw.rect(surface, palette.text_muted, (track.x, top, width, height), 0, width // 2)
