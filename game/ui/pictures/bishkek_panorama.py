"""Bishkek at dusk from a park on its edge: the city's blocks, its trees, the Ala-Too behind."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import (
    cloud_sprite,
    drift,
    dusk_sky,
    ground,
    mountains,
    spruce,
    windows_grid,
)

HORIZON = 250
CLOUD_BAND = (0, 100)


def poplar(canvas: Canvas, x: float, foot: float, height: float, dark, light) -> None:
    """Draw a slim poplar, the tree that lines Bishkek's streets."""
    canvas.ellipse(x, foot - height * 0.55, height * 0.13, height * 0.47, dark)
    canvas.ellipse(x + height * 0.03, foot - height * 0.6, height * 0.07, height * 0.38, light)
    canvas.rectangle(x - 1.2, foot - height * 0.12, 2.4, height * 0.12, dark)


def blocks(
    canvas: Canvas, palette: Palette, base: float, low: float, high: float, haze: float, seed: int
) -> list[tuple[float, float, float, float]]:
    """Paint one row of apartment blocks standing on ``base``; return their windows."""
    chooser = random.Random(seed)
    windows: list[tuple[float, float, float, float]] = []
    x = canvas.left - chooser.uniform(0, 30)
    sky = mix(palette.sky_middle, palette.sky_horizon, 0.5)
    while x < canvas.right:
        width = chooser.uniform(34, 70)
        height = chooser.uniform(low, high)
        wall = mix(
            chooser.choice((palette.stone, palette.marble_shade, palette.wall_shade)), sky, haze
        )
        canvas.rectangle(x, base - height, width, height + 2, wall)
        canvas.rectangle(
            x, base - height, width * 0.12, height + 2, mix(wall, palette.outline, 0.15)
        )
        windows += windows_grid(
            canvas,
            x + width * 0.2,
            base - height + 5,
            max(1, int(width * 0.7 // 8)),
            max(1, int((height - 8) // 9)),
            (8, 9),
            (4, 5),
            mix(palette.window_dark, wall, 0.35 + haze * 0.3),
            mix(palette.window_lit, wall, haze * 0.5),
            0.22,
            seed=seed * 1000 + int(x),
        )
        x += width + chooser.uniform(2, 12)
    return windows


class BishkekPanorama(Illustration):
    """Draw the city's rooftops at dusk, trees in front, the snowy range filling the sky."""

    motion_hz = 4.0
    core_width = 460

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, two mountain ranges, three rows of blocks, trees and a park path."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON - 40, 1.5, palette.mountain_far, seed=2.93)
        mountains(
            canvas, palette, HORIZON - 10, 0.8, palette.mountain_near, seed=4.2, snow_share=0.9
        )
        ground(canvas, HORIZON, palette.grass_dark, mix(palette.ground, palette.sky_middle, 0.3))
        blocks(canvas, palette, HORIZON, 26, 46, 0.5, seed=1)
        tree = mix(palette.tree, palette.sky_middle, 0.3)
        for x in range(int(canvas.left), int(canvas.right), 22):
            poplar(
                canvas, x + (x * 13) % 9, HORIZON + 8, 40, tree, mix(tree, palette.sky_horizon, 0.2)
            )
        self.windows = blocks(canvas, palette, HORIZON + 40, 40, 90, 0.15, seed=2)
        canvas.vertical_gradient(
            HORIZON + 40,
            canvas.bottom + 1,
            [(0.0, palette.grass_dark), (1.0, mix(palette.grass_dark, palette.outline, 0.4))],
        )
        # A park on the near side: a path, lamps and tall trees framing the view.
        canvas.polygon(
            [
                (290, HORIZON + 40),
                (350, HORIZON + 40),
                (470, canvas.bottom + 2),
                (150, canvas.bottom + 2),
            ],
            palette.pavement_light,
        )
        for lamp_x, foot in ((250, 340), (402, 340)):
            canvas.rectangle(lamp_x - 1.2, foot - 50, 2.4, 50, palette.metal)
            canvas.circle(lamp_x, foot - 52, 4, palette.window_lit)
        for x, height in (
            (canvas.left + 20, 210),
            (110, 170),
            (540, 180),
            (canvas.right - 24, 220),
        ):
            spruce(canvas, x, canvas.bottom + 6, height, palette.tree, palette.tree_light)
        for x in (176, 470):
            poplar(canvas, x, HORIZON + 70, 120, palette.tree, palette.tree_light)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build two clouds and pick the windows whose lights come on and off."""
        colour = mix(self.palette.cloud, self.palette.sky_middle, 0.15)
        self.clouds = [
            (cloud_sprite(canvas, 150, colour, 150), 30.0, 80.0, 2.0),
            (cloud_sprite(canvas, 110, colour, 120), 62.0, 420.0, 3.0),
        ]
        chooser = random.Random(7)
        self.twinkles = chooser.sample(self.windows, min(4, len(self.windows)))

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the band the clouds drift in and the flickering windows."""
        return [
            (canvas.left, CLOUD_BAND[0], canvas.right - canvas.left, CLOUD_BAND[1] - CLOUD_BAND[0]),
            *self.twinkles,
        ]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Drift the clouds slowly and let a few windows light up and go dark."""
        for sprite, y, start, speed in self.clouds:
            width = sprite.get_width() / canvas.scale
            height = sprite.get_height() / canvas.scale
            x = drift(time_s, speed, start, canvas.left - width, canvas.right)
            canvas.surface.blit(sprite, canvas.point(x, y - height / 2))
        for index, window in enumerate(self.twinkles):
            glow = 0.5 + 0.5 * math.sin(time_s * 0.7 + index * 1.9)
            canvas.rectangle(*window, mix(self.palette.window_dark, self.palette.window_lit, glow))
