"""Draw in a fixed 640×400 design space on a surface of any size.

Each illustration is composed once in design units. A :class:`Canvas` fits that space into
the target rectangle (uniform scale, centred; a picture may declare that only its middle
``core_width`` units must stay visible, so a tall slot crops the sides) and extends the visible range sideways or
up and down when the rectangle has another shape, so skies, ground and crowds fill the
whole picture while the subject stays whole and undistorted. Filled shapes get
anti-aliased edges by tracing their outline with ``aalines``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

import pygame

from game.ui.pictures.palette import Colour, mix

DESIGN_WIDTH = 640
DESIGN_HEIGHT = 400

Point = tuple[float, float]


class Canvas:
    """Map design coordinates into a rectangle of a surface and draw smooth shapes there."""

    def __init__(
        self,
        surface: pygame.Surface,
        rect: pygame.Rect | None = None,
        core_width: float = DESIGN_WIDTH,
    ) -> None:
        self.surface = surface
        self.rect = pygame.Rect(rect) if rect is not None else surface.get_rect()
        # Only the middle ``core_width`` units must stay visible: a tall slot crops the sides
        # a little instead of leaving a thin band of picture between a big sky and a floor.
        core_width = min(DESIGN_WIDTH, max(1.0, core_width))
        self.scale = min(self.rect.width / core_width, self.rect.height / DESIGN_HEIGHT)
        self.scale = max(self.scale, 1e-3)
        self.shift_x = (self.rect.width - DESIGN_WIDTH * self.scale) / 2
        self.shift_y = (self.rect.height - DESIGN_HEIGHT * self.scale) / 2
        # The visible design range; wider or taller than 640×400 when the aspect differs.
        self.left = -self.shift_x / self.scale
        self.right = DESIGN_WIDTH + self.shift_x / self.scale
        self.top = -self.shift_y / self.scale
        self.bottom = DESIGN_HEIGHT + self.shift_y / self.scale

    @classmethod
    def sprite(cls, width: float, height: float, scale: float) -> Canvas:
        """Return a canvas over a new transparent surface ``width``×``height`` design units big."""
        surface = pygame.Surface(
            (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))), pygame.SRCALPHA
        )
        canvas = cls(surface)
        canvas.scale = scale
        canvas.shift_x = canvas.shift_y = 0.0
        canvas.left = canvas.top = 0.0
        canvas.right, canvas.bottom = width, height
        return canvas

    def point(self, x: float, y: float) -> Point:
        """Return the surface pixel position of a design point."""
        return (
            self.rect.x + self.shift_x + x * self.scale,
            self.rect.y + self.shift_y + y * self.scale,
        )

    def points(self, design_points: Iterable[Point]) -> list[Point]:
        """Return the surface pixel positions of several design points."""
        return [self.point(x, y) for x, y in design_points]

    def length(self, value: float) -> float:
        """Return a design length in pixels."""
        return value * self.scale

    def design_y(self, pixel_y: float) -> float:
        """Return the design y coordinate of a surface pixel row."""
        return (pixel_y - self.rect.y - self.shift_y) / self.scale

    def polygon(self, design_points: Sequence[Point], colour: Colour) -> None:
        """Fill a polygon with anti-aliased edges."""
        pixels = self.points(design_points)
        pygame.draw.polygon(self.surface, colour, pixels)
        pygame.draw.aalines(self.surface, colour, True, pixels)

    def circle(self, x: float, y: float, radius: float, colour: Colour) -> None:
        """Fill an anti-aliased circle."""
        pixel_radius = self.length(radius)
        if pixel_radius < 0.5:
            return
        if pixel_radius < 2.5:
            # Smoothing a dot this small is invisible and costs twice as much.
            pygame.draw.circle(self.surface, colour, self.point(x, y), pixel_radius)
            return
        pygame.draw.aacircle(self.surface, colour, self.point(x, y), pixel_radius)

    def ellipse(self, x: float, y: float, radius_x: float, radius_y: float, colour: Colour) -> None:
        """Fill an anti-aliased ellipse centred on (x, y)."""
        steps = max(16, int(self.length(max(radius_x, radius_y)) * 0.8))
        steps = min(steps, 96)
        outline = [
            (
                x + radius_x * math.cos(2 * math.pi * step / steps),
                y + radius_y * math.sin(2 * math.pi * step / steps),
            )
            for step in range(steps)
        ]
        self.polygon(outline, colour)

    def ring(
        self, x: float, y: float, radius_x: float, radius_y: float, width: float, colour: Colour
    ) -> None:
        """Draw the outline of an ellipse centred on (x, y), ``width`` design units thick."""
        box = pygame.Rect(0, 0, round(self.length(radius_x * 2)), round(self.length(radius_y * 2)))
        centre = self.point(x, y)
        box.center = (round(centre[0]), round(centre[1]))
        pygame.draw.ellipse(self.surface, colour, box, max(1, round(self.length(width))))

    def rectangle(
        self, x: float, y: float, width: float, height: float, colour: Colour, radius: float = 0
    ) -> None:
        """Fill an axis-aligned rectangle, optionally with rounded corners."""
        left, top = self.point(x, y)
        right, bottom = self.point(x + width, y + height)
        pixel_rect = pygame.Rect(round(left), round(top), 0, 0)
        pixel_rect.width = max(1, round(right) - pixel_rect.x)
        pixel_rect.height = max(1, round(bottom) - pixel_rect.y)
        pixel_radius = round(self.length(radius)) if radius else 0
        pygame.draw.rect(self.surface, colour, pixel_rect, border_radius=pixel_radius)

    def line(self, start: Point, end: Point, width: float, colour: Colour) -> None:
        """Draw a straight anti-aliased stroke ``width`` design units thick."""
        dx, dy = end[0] - start[0], end[1] - start[1]
        distance = math.hypot(dx, dy) or 1.0
        half = width / 2
        nx, ny = -dy / distance * half, dx / distance * half
        if self.length(width) < 1.5:
            pygame.draw.aaline(self.surface, colour, self.point(*start), self.point(*end))
            return
        self.polygon(
            [
                (start[0] + nx, start[1] + ny),
                (end[0] + nx, end[1] + ny),
                (end[0] - nx, end[1] - ny),
                (start[0] - nx, start[1] - ny),
            ],
            colour,
        )

    def vertical_gradient(
        self, top: float, bottom: float, stops: Sequence[tuple[float, Colour]]
    ) -> None:
        """Fill full-width rows from design ``top`` to ``bottom`` through colour stops (0..1)."""
        first_row = max(self.rect.top, round(self.point(0, top)[1]))
        last_row = min(self.rect.bottom, round(self.point(0, bottom)[1]))
        span = max(1.0, bottom - top)
        for row in range(first_row, last_row):
            share = (self.design_y(row + 0.5) - top) / span
            colour = gradient_colour(stops, share)
            pygame.draw.line(
                self.surface, colour, (self.rect.left, row), (self.rect.right - 1, row)
            )

    def layer(self) -> Canvas:
        """Return a canvas over a new transparent surface of the same size, for translucency."""
        overlay = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        return Canvas(overlay)

    def blit_layer(self, layer: Canvas, alpha: int = 255) -> None:
        """Blend a layer made by :meth:`layer` onto this canvas."""
        if alpha < 255:
            layer.surface.set_alpha(alpha)
        self.surface.blit(layer.surface, self.rect.topleft)


def gradient_colour(stops: Sequence[tuple[float, Colour]], share: float) -> Colour:
    """Return the colour at ``share`` (0..1) along sorted gradient stops."""
    if share <= stops[0][0]:
        return stops[0][1]
    for (start, first), (end, second) in itertools.pairwise(stops):
        if share <= end:
            return mix(first, second, (share - start) / max(1e-6, end - start))
    return stops[-1][1]
