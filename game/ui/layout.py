"""Helpers that place widgets in rectangles that adapt to the window and the text size.

Layouts measure text (``widget.preferred_height(width)``) instead of assuming heights, so
the same code works at 960×540 and 1920×1080, at 100 % and 150 % text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.ui.theme import Theme
from game.ui.widgets.base import Widget


def content_rect(rect: pygame.Rect, theme: Theme) -> pygame.Rect:
    """Return ``rect`` minus the outer margin."""
    margin = theme.margin
    return rect.inflate(-2 * margin, -2 * margin)


def centered_column(
    rect: pygame.Rect,
    theme: Theme,
    width_fraction: float = 0.6,
    max_width: int | None = None,
    min_width: int = 0,
) -> pygame.Rect:
    """Return a column centred in ``rect`` (inside the margins), as tall as the content area."""
    inner = content_rect(rect, theme)
    width = round(inner.width * width_fraction)
    if max_width is not None:
        width = min(width, max_width)
    width = min(inner.width, max(width, min_width))
    return pygame.Rect(inner.centerx - width // 2, inner.y, width, inner.height)


def split_columns(rect: pygame.Rect, fractions: Sequence[float], gap: int) -> list[pygame.Rect]:
    """Split ``rect`` into columns whose widths follow ``fractions`` (they need not sum to 1)."""
    total = sum(fractions) or 1.0
    usable = rect.width - gap * (len(fractions) - 1)
    columns = []
    x = rect.x
    for index, fraction in enumerate(fractions):
        width = round(usable * fraction / total) if index < len(fractions) - 1 else rect.right - x
        columns.append(pygame.Rect(x, rect.y, width, rect.height))
        x += width + gap
    return columns


def split_rows(rect: pygame.Rect, heights: Sequence[int], gap: int) -> list[pygame.Rect]:
    """Return rows of the given heights stacked from the top of ``rect``."""
    rows = []
    y = rect.y
    for height in heights:
        rows.append(pygame.Rect(rect.x, y, rect.width, height))
        y += height + gap
    return rows


def stack_vertically(
    rect: pygame.Rect,
    widgets: Sequence[Widget],
    gap: int,
    *,
    align: str = "top",
    widths: Sequence[int | None] | None = None,
) -> int:
    """Place ``widgets`` one under another in ``rect`` at their preferred heights.

    ``align`` is top, middle or bottom for the block as a whole; ``widths`` may give a
    narrower width per widget (centred). Return the total height used.
    """
    sizes = []
    for index, widget in enumerate(widgets):
        width = rect.width
        if widths is not None and widths[index] is not None:
            width = min(rect.width, int(widths[index]))
        sizes.append((width, widget.preferred_height(width)))
    total = sum(height for _, height in sizes) + gap * max(0, len(widgets) - 1)
    y = rect.y
    if align == "middle":
        y = rect.y + max(0, (rect.height - total) // 2)
    elif align == "bottom":
        y = rect.bottom - total
    for widget, (width, height) in zip(widgets, sizes, strict=True):
        widget.rect = pygame.Rect(rect.centerx - width // 2, y, width, height)
        y += height + gap
    return total


def row_of_buttons(
    rect: pygame.Rect, widgets: Sequence[Widget], gap: int, *, align: str = "center"
) -> int:
    """Place ``widgets`` side by side in ``rect`` with equal widths; return the height used."""
    if not widgets:
        return 0
    width = (rect.width - gap * (len(widgets) - 1)) // len(widgets)
    height = max(widget.preferred_height(width) for widget in widgets)
    y = rect.y if align != "bottom" else rect.bottom - height
    x = rect.x
    for widget in widgets:
        widget.rect = pygame.Rect(x, y, width, height)
        x += width + gap
    return height


def grid(
    rect: pygame.Rect, count: int, columns: int, gap: int, row_height: int
) -> list[pygame.Rect]:
    """Return ``count`` cells in a grid of ``columns`` columns with rows ``row_height`` tall."""
    columns = max(1, columns)
    width = (rect.width - gap * (columns - 1)) // columns
    cells = []
    for index in range(count):
        row, column = divmod(index, columns)
        cells.append(
            pygame.Rect(
                rect.x + column * (width + gap),
                rect.y + row * (row_height + gap),
                width,
                row_height,
            )
        )
    return cells
