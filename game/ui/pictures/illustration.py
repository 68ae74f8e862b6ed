"""The shape every built-in illustration shares: a static base painted once, motion per frame.

An illustration declares how often its motion needs a new frame (:attr:`Illustration.motion_hz`,
ambient motion needs no more than about 12) and, through :meth:`Illustration.motion_areas`,
the design rectangles its moving parts can ever cover. Both let the renderer redraw and
present only those small rectangles, a few times a second, instead of the whole picture.
"""

from __future__ import annotations

import pygame

from game.ui.pictures.canvas import DESIGN_WIDTH, Canvas
from game.ui.pictures.palette import Palette

# Reduced motion shows the picture as it looks at this moment of its animation.
STILL_TIME = 0.0
# Anti-aliased edges and sub-pixel rounding reach a pixel or two past a shape's design box.
MOTION_MARGIN = 2

DesignRect = tuple[float, float, float, float]


class Illustration:
    """Paint one picture's static base at one size; draw its few moving parts over it."""

    # New frames per second the moving parts need (flames flicker, clouds barely drift).
    motion_hz: float = 8.0
    # The middle width (design units) that must always show; see :class:`Canvas`.
    core_width: float = DESIGN_WIDTH

    def __init__(self, size: tuple[int, int], palette: Palette) -> None:
        self.size = size
        self.palette = palette
        self.base = pygame.Surface(size)
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            # Matching the display's pixel format makes the per-frame blit a plain copy.
            self.base = self.base.convert()
        canvas = self.canvas(self.base)
        self.paint_base(canvas)
        self.prepare_motion(canvas)
        self.motion_rects = pixel_rects(canvas, self.motion_areas(canvas))

    def canvas(self, surface: pygame.Surface, rect: pygame.Rect | None = None) -> Canvas:
        """Return a canvas over ``rect`` of ``surface`` framed the way this picture is composed."""
        return Canvas(surface, rect, core_width=self.core_width)

    def paint_base(self, canvas: Canvas) -> None:
        """Paint everything that never moves; called once per size."""
        raise NotImplementedError

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the small sprites the moving parts reuse every frame; called once per size."""

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return design rectangles (x, y, width, height) covering every moving part."""
        return [(canvas.left, canvas.top, canvas.right - canvas.left, canvas.bottom - canvas.top)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Draw the moving parts at ``time_s`` seconds over the base already on the canvas."""

    @property
    def nbytes(self) -> int:
        """Return about how many bytes of pixels this illustration keeps (base and sprites)."""
        total = 0
        for value in vars(self).values():
            items = value if isinstance(value, list | tuple) else (value,)
            for item in items:
                if isinstance(item, tuple):
                    item = next((part for part in item if isinstance(part, pygame.Surface)), None)
                if isinstance(item, pygame.Surface):
                    total += item.get_width() * item.get_height() * item.get_bytesize()
        return total


def pixel_rects(canvas: Canvas, areas: list[DesignRect]) -> list[pygame.Rect]:
    """Return the design ``areas`` as pixel rectangles inside the canvas, overlaps merged."""
    bounds = canvas.rect
    rects: list[pygame.Rect] = []
    for x, y, width, height in areas:
        left, top = canvas.point(x, y)
        right, bottom = canvas.point(x + width, y + height)
        rect = pygame.Rect(
            int(left), int(top), int(right - int(left)) + 1, int(bottom - int(top)) + 1
        )
        rect = rect.inflate(MOTION_MARGIN * 2, MOTION_MARGIN * 2).clip(bounds)
        if rect.width > 0 and rect.height > 0:
            rects.append(rect)
    # Join two overlapping rectangles when their union wastes little (an arc of small boxes
    # stays a chain of small boxes instead of becoming its whole bounding box).
    merged = True
    while merged:
        merged = False
        for index, rect in enumerate(rects):
            for other in range(index + 1, len(rects)):
                union = rect.union(rects[other])
                separate = rect.width * rect.height + rects[other].width * rects[other].height
                if rect.colliderect(rects[other]) and union.width * union.height <= separate:
                    rects[index] = union
                    rects.pop(other)
                    merged = True
                    break
            if merged:
                break
    return [rect.move(-bounds.x, -bounds.y) for rect in rects]
