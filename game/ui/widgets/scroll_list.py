"""A vertical list of widgets that scrolls with the wheel, the scroll bar and keyboard focus."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions


class ScrollList(Widget):
    """Stack ``rows`` vertically inside ``rect`` and scroll them.

    List the scroll list *and then its rows* in the screen's ``widgets()`` (use
    ``[..., scroll_list, *scroll_list.rows, ...]``): the rows stay ordinary focusable widgets,
    drawn clipped to the list; focusing a row scrolls it into view.
    """

    def __init__(
        self,
        context: AppContext,
        rows: list[Widget],
        *,
        gap: int | None = None,
        label: str = "",
        whole_lines: bool = False,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.rows = rows
        # Text to read (About): a text row shows only whole lines at the edges, never a
        # line cut in half by the top or bottom of the list.
        self.whole_lines = whole_lines
        self.gap = self.default_gap(context) if gap is None else gap
        self.offset = 0
        self.content_height = 0
        self.mouse_position: tuple[int, int] | None = None
        self.dragging_thumb = False
        for row in rows:
            row.scroll_parent = self
        self.arrange()

    @staticmethod
    def default_gap(context: AppContext) -> int:
        """Return the gap between rows when none is given."""
        return context.theme.space(1.5)

    @property
    def viewport(self) -> pygame.Rect:
        """Return the rectangle the rows are drawn in (the list minus the scroll bar)."""
        return self.rect.inflate(-2 * self.context.theme.focus_width, 0)

    def scrollbar_width(self) -> int:
        """Return the width of the scroll bar (0 when everything fits)."""
        return self.context.theme.space(1.25) if self.content_height > self.rect.height else 0

    def arrange(self) -> None:
        """Size the rows to the list's width and place them at the current scroll offset."""
        theme = self.context.theme
        inner = self.viewport
        width = inner.width
        heights = [row.preferred_height(width) for row in self.rows]
        self.content_height = (
            sum(heights) + self.gap * max(0, len(self.rows) - 1) + 2 * theme.focus_width
        )
        if self.content_height > self.rect.height:
            width = inner.width - self.scrollbar_width() - theme.space(1)
            heights = [row.preferred_height(width) for row in self.rows]
            self.content_height = (
                sum(heights) + self.gap * max(0, len(self.rows) - 1) + 2 * theme.focus_width
            )
        self.offset = max(0, min(self.offset, self.max_offset))
        y = self.rect.y + theme.focus_width - self.offset
        for row, height in zip(self.rows, heights, strict=True):
            row.rect = pygame.Rect(inner.x, y, width, height)
            row.clip = self.rect.inflate(2 * theme.focus_width, 0)
            if self.whole_lines:
                row.clip = self.whole_line_clip(row, row.clip)
            row.visible = row.rect.colliderect(self.rect)
            y += height + self.gap

    def whole_line_clip(self, row: Widget, clip: pygame.Rect) -> pygame.Rect:
        """Return ``clip`` narrowed to the lines of text ``row`` shows whole."""
        size = getattr(row, "font_size", None)
        if not isinstance(size, int):
            return clip
        line = self.context.text.line_height(size, bool(getattr(row, "bold", False)))
        if line <= 0:
            return clip
        top, bottom = clip.top, clip.bottom
        if row.rect.top < top:
            top = row.rect.top + -(-(top - row.rect.top) // line) * line
        if row.rect.bottom > bottom:
            bottom = row.rect.top + ((bottom - row.rect.top) // line) * line
        bottom = max(top, bottom)
        return pygame.Rect(clip.x, top, clip.width, bottom - top)

    @property
    def max_offset(self) -> int:
        """Return how far the list can scroll."""
        return max(0, self.content_height - self.rect.height)

    def scroll_by(self, pixels: int) -> None:
        """Scroll down by ``pixels`` (negative: up)."""
        self.offset = max(0, min(self.max_offset, self.offset + pixels))
        self.arrange()

    def scroll_into_view(self, row: Widget) -> None:
        """Scroll so that ``row`` is wholly visible."""
        margin = self.context.theme.focus_width * 2
        if row.rect.top - margin < self.rect.top:
            self.scroll_by(row.rect.top - margin - self.rect.top)
        elif row.rect.bottom + margin > self.rect.bottom:
            self.scroll_by(
                min(row.rect.bottom + margin - self.rect.bottom, row.rect.top - self.rect.top)
            )

    def thumb_rect(self) -> pygame.Rect | None:
        """Return the scroll bar's thumb, or None when nothing scrolls."""
        if self.max_offset <= 0:
            return None
        width = self.scrollbar_width()
        height = max(width * 3, round(self.rect.height * self.rect.height / self.content_height))
        top = self.rect.y + round((self.rect.height - height) * self.offset / self.max_offset)
        return pygame.Rect(self.rect.right - width, top, width, height)

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll with the wheel over the list, or by dragging or clicking the scroll bar."""
        if event.type == pygame.MOUSEMOTION:
            self.mouse_position = event.pos
            if self.dragging_thumb and self.max_offset > 0:
                thumb = self.thumb_rect()
                travel = max(1, self.rect.height - (thumb.height if thumb else 0))
                self.scroll_by(round(event.rel[1] * self.max_offset / travel))
                return Handled()
            return None
        if event.type == pygame.MOUSEWHEEL:
            if self.mouse_position is not None and self.rect.collidepoint(self.mouse_position):
                self.scroll_by(-event.y * self.context.theme.space(6))
                return Handled()
            return None
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            thumb = self.thumb_rect()
            if thumb is not None and thumb.inflate(self.context.theme.space(1), 0).collidepoint(
                event.pos
            ):
                self.dragging_thumb = True
                return Handled()
            bar = pygame.Rect(
                self.rect.right - self.scrollbar_width(),
                self.rect.y,
                self.scrollbar_width(),
                self.rect.height,
            )
            if thumb is not None and bar.collidepoint(event.pos):
                self.scroll_by(
                    self.rect.height if event.pos[1] > thumb.centery else -self.rect.height
                )
                return Handled()
            return None
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.dragging_thumb:
            self.dragging_thumb = False
            return Handled()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the scroll bar (the rows draw themselves, clipped)."""
        thumb = self.thumb_rect()
        if thumb is None:
            return
        palette = self.context.theme.palette
        track = pygame.Rect(thumb.x, self.rect.y, thumb.width, self.rect.height)
        pygame.draw.rect(surface, palette.secondary, track, 0, thumb.width // 2)
        pygame.draw.rect(surface, palette.text_muted, thumb, 0, thumb.width // 2)
