"""The shape every built-in illustration shares: a static base painted once, motion per frame."""

from __future__ import annotations

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.palette import Palette

# Reduced motion shows the picture as it looks at this moment of its animation.
STILL_TIME = 0.0


class Illustration:
    """Paint one picture's static base at one size; draw its few moving parts over it."""

    def __init__(self, size: tuple[int, int], palette: Palette) -> None:
        self.size = size
        self.palette = palette
        self.base = pygame.Surface(size)
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            # Matching the display's pixel format makes the per-frame blit a plain copy.
            self.base = self.base.convert()
        canvas = Canvas(self.base)
        self.paint_base(canvas)
        self.prepare_motion(canvas)

    def paint_base(self, canvas: Canvas) -> None:
        """Paint everything that never moves; called once per size."""
        raise NotImplementedError

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the small sprites the moving parts reuse every frame; called once per size."""

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Draw the moving parts at ``time_s`` seconds over the base already on the canvas."""
