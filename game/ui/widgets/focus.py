"""The keyboard focus ring: a bright ring with a dark outline, visible on light and dark colours."""

from __future__ import annotations

import pygame

from game.ui.theme import Theme


def draw_focus_ring(surface: pygame.Surface, rect: pygame.Rect, theme: Theme) -> None:
    """Draw the focus ring just outside ``rect``."""
    width = theme.focus_width
    gap = max(2, width // 2)
    inner = rect.inflate(2 * gap, 2 * gap)
    outer = inner.inflate(2 * width, 2 * width)
    radius = theme.radius + gap
    # Two colours so the ring shows on any background: a dark outline and a bright band.
    pygame.draw.rect(
        surface, theme.palette.focus_outline, outer.inflate(4, 4), 2, radius + width + 2
    )
    pygame.draw.rect(surface, theme.palette.focus, outer, width, radius + width)
