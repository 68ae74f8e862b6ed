"""A village under the mountains: houses with red roofs, poplars, a river, smoke from a chimney."""

from __future__ import annotations

import math
import random

from game.ui.pictures.bishkek_panorama import poplar
from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import (
    day_sky,
    mountains,
    rising_smoke,
    smoke_area,
    smoke_sprite,
    still_clouds,
)

HORIZON = 236
CHIMNEYS = ((258, 262), (416, 250))


def house(canvas: Canvas, palette: Palette, x: float, foot: float, width: float, seed: int) -> None:
    """Paint a small house: white walls, a red roof, a door and two windows."""
    height = width * 0.55
    wall = mix(palette.marble, palette.wall, random.Random(seed).uniform(0, 0.6))
    canvas.rectangle(x, foot - height, width, height, wall)
    canvas.rectangle(
        x + width * 0.72, foot - height, width * 0.28, height, mix(wall, palette.outline, 0.12)
    )
    canvas.polygon(
        [
            (x - width * 0.08, foot - height),
            (x + width * 0.5, foot - height - width * 0.34),
            (x + width * 1.08, foot - height),
        ],
        palette.roof,
    )
    canvas.rectangle(
        x + width * 0.42, foot - height * 0.55, width * 0.16, height * 0.55, palette.table
    )
    for wx in (0.14, 0.66):
        canvas.rectangle(
            x + width * wx, foot - height * 0.72, width * 0.18, height * 0.28, palette.window_dark
        )


class MountainVillage(Illustration):
    """Draw a village in a green valley with snowy peaks behind and a river in front."""

    motion_hz = 8.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the peaks, the meadows, the houses, trees, fences and the river."""
        palette = self.palette
        day_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.placard, [(160, 40, 150), (520, 60, 130)], 140)
        mountains(canvas, palette, HORIZON, 1.6, palette.mountain_far, seed=1.2)
        mountains(
            canvas, palette, HORIZON + 10, 0.9, palette.mountain_near, seed=3.7, snow_share=0.85
        )
        for index, (top, colour) in enumerate(
            (
                (HORIZON - 10, palette.grass_dark),
                (HORIZON + 20, palette.grass),
                (HORIZON + 60, mix(palette.grass, palette.flag_sun, 0.15)),
            )
        ):
            hill = [
                (x, top + 12 * math.sin(x * 0.012 + index * 2))
                for x in range(int(canvas.left) - 10, int(canvas.right) + 20, 10)
            ]
            canvas.polygon(
                [*hill, (hill[-1][0], canvas.bottom + 2), (hill[0][0], canvas.bottom + 2)], colour
            )
        chooser = random.Random(3)
        for x in range(int(canvas.left), int(canvas.right), 26):
            poplar(
                canvas,
                x + chooser.uniform(-6, 6),
                HORIZON + 18,
                chooser.uniform(44, 60),
                palette.grass_dark,
                palette.grass,
            )
        for x, foot, width, seed in (
            (150, 292, 70, 1),
            (236, 290, 60, 2),
            (310, 300, 80, 3),
            (400, 286, 64, 4),
            (480, 296, 74, 5),
        ):
            house(canvas, palette, x, foot, width, seed)
        for x, y in CHIMNEYS:
            canvas.rectangle(x - 4, y - 4, 8, 16, palette.brick)
        # A fence, then the river and the near bank.
        for x in range(int(canvas.left), int(canvas.right), 12):
            canvas.rectangle(x, 306, 3, 16, palette.table)
        canvas.rectangle(canvas.left, 310, canvas.right - canvas.left, 3, palette.table)
        river = [
            (x, 336 + 6 * math.sin(x * 0.02))
            for x in range(int(canvas.left) - 10, int(canvas.right) + 20, 10)
        ]
        canvas.polygon([*river, *[(x, y + 30) for x, y in reversed(river)]], palette.sea_light)
        for x in range(int(canvas.left), int(canvas.right), 34):
            canvas.rectangle(x, 346 + (x % 3) * 5, 14, 1.6, palette.placard)
        canvas.vertical_gradient(
            372,
            canvas.bottom + 1,
            [(0.0, palette.grass), (1.0, mix(palette.grass_dark, palette.outline, 0.3))],
        )
        for x in range(int(canvas.left) - 10, int(canvas.right) + 10, 18):
            canvas.polygon(
                [(x, canvas.bottom + 2), (x + 4, 380 + (x % 5) * 3), (x + 8, canvas.bottom + 2)],
                palette.grass_dark,
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the chimney smoke for this size."""
        self.smoke = smoke_sprite(
            canvas, 14, mix(self.palette.placard, self.palette.smoke, 0.3), 45
        )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return where the smoke of each chimney rises."""
        return [smoke_area(canvas, self.smoke, x, y - 6, 70, 0.5) for x, y in CHIMNEYS]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Let smoke rise from the chimneys and drift away on the breeze."""
        for index, (x, y) in enumerate(CHIMNEYS):
            rising_smoke(canvas, self.smoke, x, y - 6, time_s + index * 3, 70, 9, 7.0, 0.5)
