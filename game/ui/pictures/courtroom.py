"""A courtroom: the raised bench under a plain emblem of scales, seen from the public seats."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix

FLOOR = 262
BEAM = [(470, 30), (560, 30), (430, 262), (300, 262)]
MOTES = 14


def scales(canvas: Canvas, palette: Palette, x: float, y: float, size: float) -> None:
    """Paint a plain emblem of balanced scales on a round plaque."""
    canvas.circle(x, y, size, palette.table_light)
    canvas.circle(x, y, size * 0.86, mix(palette.table, palette.flag_sun, 0.25))
    gold = palette.flag_sun
    canvas.rectangle(x - 1.5, y - size * 0.55, 3, size * 1.05, gold)
    canvas.rectangle(x - size * 0.55, y - size * 0.45, size * 1.1, 2.5, gold)
    canvas.rectangle(x - size * 0.2, y + size * 0.48, size * 0.4, 3, gold)
    for side in (-1, 1):
        pan_x = x + side * size * 0.5
        canvas.line((pan_x, y - size * 0.44), (pan_x - size * 0.16, y + size * 0.05), 1, gold)
        canvas.line((pan_x, y - size * 0.44), (pan_x + size * 0.16, y + size * 0.05), 1, gold)
        canvas.polygon(
            [
                (pan_x - size * 0.2, y + size * 0.05),
                (pan_x + size * 0.2, y + size * 0.05),
                (pan_x, y + size * 0.18),
            ],
            gold,
        )


class Courtroom(Illustration):
    """Draw a courtroom: the judge's bench, the witness stand, the tables and the public's backs."""

    motion_hz = 6.0
    core_width = 460

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the panelled walls, window light, the bench, the tables and the benches."""
        palette = self.palette
        wood, light, deep = (
            palette.table,
            palette.table_light,
            mix(palette.table, palette.outline, 0.35),
        )
        canvas.vertical_gradient(
            canvas.top, FLOOR, [(0.0, palette.wall_shade), (1.0, palette.wall)]
        )
        canvas.rectangle(canvas.left, 150, canvas.right - canvas.left, FLOOR - 150, wood)
        for x in range(int(canvas.left) - 20, int(canvas.right) + 20, 36):
            canvas.rectangle(x + 4, 158, 28, FLOOR - 166, light, radius=2)
        canvas.vertical_gradient(
            FLOOR,
            canvas.bottom + 1,
            [(0.0, palette.floor), (1.0, mix(palette.floor, palette.outline, 0.4))],
        )
        # A tall window on the right; its light falls across the room.
        canvas.rectangle(470, 30, 90, 110, mix(palette.day_top, palette.day_horizon, 0.5))
        canvas.rectangle(513, 30, 4, 110, light)
        canvas.rectangle(470, 84, 90, 4, light)
        beam = canvas.layer()
        beam.polygon(BEAM, (*palette.day_horizon, 46))
        canvas.blit_layer(beam)
        scales(canvas, palette, 320, 70, 34)
        # The bench, raised, with the judge's high-backed chair and the judge in a dark robe.
        canvas.rectangle(
            296, 104, 48, 70, mix(palette.curtain_shade, palette.outline, 0.3), radius=8
        )
        person(canvas, 320, 196, 84, palette.robe, palette)
        canvas.rectangle(200, 150, 240, 56, wood)
        canvas.rectangle(196, 144, 248, 8, light)
        canvas.rectangle(290, 162, 60, 30, light, radius=2)
        # The witness stand and the two tables before the bench.
        canvas.rectangle(452, 180, 60, 40, wood)
        canvas.rectangle(448, 176, 68, 6, light)
        for left in (130, 380):
            canvas.rectangle(left, 246, 130, 10, light)
            canvas.rectangle(left + 8, 256, 114, 28, deep)
            for x in (left + 34, left + 96):
                person(canvas, x, 262, 56, palette.coat_5, palette, headwear="")
                canvas.rectangle(x - 14, 252, 28, 16, wood, radius=2)
            canvas.rectangle(left + 40, 242, 30, 5, palette.paper)
        # The public seated on benches, nearest cut by the picture's edge.
        chooser = random.Random(12)
        for _row, (y, height) in enumerate(((330, 96), (410, 150))):
            x = canvas.left + chooser.uniform(0, 30)
            while x < canvas.right + 20:
                headwear, scarf = random_headwear(chooser, palette, kalpak=False)
                if chooser.random() < 0.85:
                    person(
                        canvas,
                        x,
                        y + height * 0.35,
                        height,
                        chooser.choice(palette.coats()),
                        palette,
                        headwear=headwear,
                        scarf=scarf,
                    )
                x += height * chooser.uniform(0.46, 0.6)
            canvas.rectangle(canvas.left, y, canvas.right - canvas.left, height * 0.12, wood)
            canvas.rectangle(canvas.left, y, canvas.right - canvas.left, height * 0.03, light)
            canvas.rectangle(
                canvas.left, y + height * 0.12, canvas.right - canvas.left, height * 0.3, deep
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Choose where the specks of dust float in the window's light."""
        chooser = random.Random(3)
        self.motes = [
            (chooser.uniform(0, 1), chooser.uniform(0.1, 0.6), chooser.uniform(0, math.tau))
            for _ in range(MOTES)
        ]

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the rectangle of the light beam the dust drifts in."""
        return [(300, 30, 260, 110)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Let specks of dust drift slowly in the beam of light."""
        palette = self.palette
        for across, down, phase in self.motes:
            share = (down + time_s * 0.01) % 0.5 + 0.05
            top_x = BEAM[0][0] + (BEAM[1][0] - BEAM[0][0]) * across
            bottom_x = BEAM[3][0] + (BEAM[2][0] - BEAM[3][0]) * across
            x = top_x + (bottom_x - top_x) * share + 3 * math.sin(time_s * 0.4 + phase)
            y = BEAM[0][1] + (BEAM[3][1] - BEAM[0][1]) * share
            if y < 138:
                canvas.circle(x, y, 1.1, mix(palette.day_horizon, palette.placard, 0.5))
