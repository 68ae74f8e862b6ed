"""Icons drawn with pygame.draw, so right and wrong are never shown by colour alone."""

from __future__ import annotations

import math
from typing import Unpack

import pygame

from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions

Colour = tuple[int, int, int]
ICON_KINDS = (
    "check",
    "cross",
    "star",
    "star-empty",
    "warning",
    "info",
    "arrow-left",
    "play",
    "plus",
)


def _star_points(rect: pygame.Rect) -> list[tuple[float, float]]:
    centre_x, centre_y = rect.center
    outer = min(rect.width, rect.height) / 2
    inner = outer * 0.45
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append((centre_x + radius * math.cos(angle), centre_y + radius * math.sin(angle)))
    return points


def draw_icon(surface: pygame.Surface, kind: str, rect: pygame.Rect, colour: Colour) -> None:
    """Draw the icon ``kind`` (see ``ICON_KINDS``) to fill ``rect``."""
    rect = pygame.Rect(rect)
    size = min(rect.width, rect.height)
    line = max(2, round(size * 0.14))
    left, top = rect.centerx - size / 2, rect.centery - size / 2

    def point(x: float, y: float) -> tuple[float, float]:
        return (left + x * size, top + y * size)

    if kind == "check":
        pygame.draw.lines(
            surface, colour, False, [point(0.14, 0.52), point(0.4, 0.78), point(0.88, 0.24)], line
        )
        for x, y in ((0.14, 0.52), (0.4, 0.78), (0.88, 0.24)):
            pygame.draw.circle(surface, colour, point(x, y), line / 2)
    elif kind == "cross":
        pygame.draw.line(surface, colour, point(0.2, 0.2), point(0.8, 0.8), line)
        pygame.draw.line(surface, colour, point(0.8, 0.2), point(0.2, 0.8), line)
        for x, y in ((0.2, 0.2), (0.8, 0.8), (0.8, 0.2), (0.2, 0.8)):
            pygame.draw.circle(surface, colour, point(x, y), line / 2)
    elif kind == "star":
        pygame.draw.polygon(surface, colour, _star_points(rect))
    elif kind == "star-empty":
        pygame.draw.polygon(surface, colour, _star_points(rect), max(2, line // 2))
    elif kind == "warning":
        triangle = [point(0.5, 0.06), point(0.96, 0.92), point(0.04, 0.92)]
        pygame.draw.polygon(surface, colour, triangle, max(2, line // 2))
        pygame.draw.line(surface, colour, point(0.5, 0.36), point(0.5, 0.64), line)
        pygame.draw.circle(surface, colour, point(0.5, 0.78), line * 0.6)
    elif kind == "info":
        pygame.draw.circle(surface, colour, rect.center, size / 2, max(2, line // 2))
        pygame.draw.line(surface, colour, point(0.5, 0.44), point(0.5, 0.76), line)
        pygame.draw.circle(surface, colour, point(0.5, 0.28), line * 0.6)
    elif kind == "arrow-left":
        pygame.draw.line(surface, colour, point(0.85, 0.5), point(0.2, 0.5), line)
        pygame.draw.lines(
            surface, colour, False, [point(0.48, 0.2), point(0.18, 0.5), point(0.48, 0.8)], line
        )
    elif kind == "play":
        pygame.draw.polygon(
            surface, colour, [point(0.25, 0.15), point(0.85, 0.5), point(0.25, 0.85)]
        )
    elif kind == "plus":
        pygame.draw.line(surface, colour, point(0.5, 0.15), point(0.5, 0.85), line)
        pygame.draw.line(surface, colour, point(0.15, 0.5), point(0.85, 0.5), line)


class Icon(Widget):
    """Show one icon; ``label`` is its meaning in words (for the driver and for tests)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        label: str = "",
        *,
        colour: str = "text",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.kind = kind
        self.colour_name = colour

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the icon in its palette colour."""
        draw_icon(
            surface, self.kind, self.rect, getattr(self.context.theme.palette, self.colour_name)
        )
