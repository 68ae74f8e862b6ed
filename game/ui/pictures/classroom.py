"""A classroom: a blackboard with chalk shapes (no words), pupils at their desks, a wall clock."""

from __future__ import annotations

import itertools
import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import day_sky, spruce

FLOOR = 250
CLOCK = (548, 84, 20)


class Classroom(Illustration):
    """Draw a classroom seen from the back row: board, window, bookshelf, pupils and a clock."""

    motion_hz = 1.0
    core_width = 460

    def paint_base(self, canvas: Canvas) -> None:
        """Paint walls and floor, the board and its chalk, the window, the desks and pupils."""
        palette = self.palette
        canvas.vertical_gradient(
            canvas.top, FLOOR, [(0.0, palette.wall_shade), (1.0, palette.wall)]
        )
        canvas.rectangle(
            canvas.left,
            FLOOR - 40,
            canvas.right - canvas.left,
            40,
            mix(palette.wall, palette.medical, 0.35),
        )
        canvas.vertical_gradient(
            FLOOR,
            canvas.bottom + 1,
            [(0.0, palette.floor), (1.0, mix(palette.floor, palette.outline, 0.35))],
        )
        for x in range(-400, 1040, 48):
            canvas.line(
                (320 + (x - 320) * 0.3, FLOOR),
                (x, canvas.bottom),
                0.8,
                mix(palette.floor, palette.outline, 0.2),
            )
        # The window on the left, a tree outside.
        window = (50, 54, 110, 150)
        canvas.rectangle(
            window[0] - 6, window[1] - 6, window[2] + 12, window[3] + 12, palette.table_light
        )
        clip = canvas.surface.get_clip()
        left, top = canvas.point(window[0], window[1])
        right, bottom = canvas.point(window[0] + window[2], window[1] + window[3])
        canvas.surface.set_clip(
            clip.clip((round(left), round(top), round(right - left), round(bottom - top)))
        )
        day_sky(canvas, palette, window[1] + window[3])
        spruce(canvas, 110, 210, 120, palette.grass_dark, palette.grass)
        canvas.surface.set_clip(clip)
        canvas.rectangle(
            window[0] + window[2] / 2 - 2, window[1], 4, window[3], palette.table_light
        )
        canvas.rectangle(window[0], window[1] + 60, window[2], 4, palette.table_light)
        # The blackboard with chalk: a triangle, a circle, a graph and some dots.
        canvas.rectangle(184, 56, 272, 132, palette.table, radius=3)
        canvas.rectangle(190, 62, 260, 120, palette.board)
        chalk = palette.chalk
        for start, end in (
            ((210, 160), (270, 160)),
            ((270, 160), (240, 100)),
            ((240, 100), (210, 160)),
        ):
            canvas.line(start, end, 1.8, chalk)
        canvas.ring(320, 126, 22, 22, 1.8, chalk)
        canvas.line((372, 170), (372, 80), 1.4, chalk)
        canvas.line((366, 164), (440, 164), 1.4, chalk)
        curve = [(376 + step * 3.2, 160 - 70 * (step / 20) ** 2) for step in range(21)]
        for start, end in itertools.pairwise(curve):
            canvas.line(start, end, 1.6, chalk)
        canvas.rectangle(186, 186, 268, 5, palette.table_light)
        canvas.rectangle(220, 184, 10, 3, chalk)
        # Bookshelf and the clock's face on the right.
        canvas.rectangle(498, 130, 104, 80, palette.table)
        chooser = random.Random(2)
        for shelf in range(2):
            x = 504
            while x < 594:
                width = chooser.uniform(5, 10)
                height = chooser.uniform(22, 32)
                colour = chooser.choice(
                    (
                        palette.scarf_1,
                        palette.scarf_2,
                        palette.scarf_3,
                        palette.curtain,
                        palette.paper,
                    )
                )
                canvas.rectangle(x, 166 + shelf * 40 - height, width, height, colour)
                x += width + 1
            canvas.rectangle(498, 166 + shelf * 40, 104, 4, palette.table_light)
        x, y, radius = CLOCK
        canvas.circle(x, y, radius + 3, palette.metal)
        canvas.circle(x, y, radius, palette.paper)
        for hour in range(12):
            angle = hour / 12 * math.tau
            canvas.circle(
                x + math.sin(angle) * radius * 0.8,
                y - math.cos(angle) * radius * 0.8,
                1.2,
                palette.outline,
            )
        # The teacher's desk.
        canvas.rectangle(400, 212, 100, 10, palette.table_light, radius=2)
        canvas.rectangle(404, 222, 92, 30, palette.table)
        canvas.rectangle(420, 204, 30, 8, palette.paper)
        # Three rows of desks with pupils, seen from behind, nearest last.
        chooser = random.Random(5)
        for row, (y, height, step) in enumerate(((262, 62, 64), (312, 96, 98), (380, 150, 150))):
            desk = mix(palette.table_light, palette.wall, 0.1 * (2 - row))
            x = canvas.left + chooser.uniform(10, 40) - step * 0.3
            while x < canvas.right + step:
                canvas.rectangle(
                    x - height * 0.4, y - height * 0.5, height * 0.8, height * 0.07, desk
                )
                headwear, scarf = random_headwear(chooser, palette, kalpak=False)
                person(
                    canvas,
                    x,
                    y + height * 0.2,
                    height,
                    chooser.choice(palette.coats()),
                    palette,
                    arm_up=1 if chooser.random() < 0.1 else 0,
                    headwear=headwear,
                    scarf=scarf,
                )
                canvas.rectangle(
                    x - height * 0.26,
                    y - height * 0.02,
                    height * 0.52,
                    height * 0.3,
                    palette.table,
                    radius=2,
                )
                x += step

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the clock face's rectangle."""
        x, y, radius = CLOCK
        return [(x - radius, y - radius, radius * 2, radius * 2)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Move the clock's second hand once a second (its other hands stand at ten past two)."""
        palette = self.palette
        x, y, radius = CLOCK
        canvas.circle(x, y, radius * 0.72, palette.paper)
        for angle, length, width in (
            (math.tau * 2.17 / 12, 0.45, 2.4),
            (math.tau * 10 / 60, 0.66, 1.6),
        ):
            canvas.line(
                (x, y),
                (x + math.sin(angle) * radius * length, y - math.cos(angle) * radius * length),
                width,
                palette.outline,
            )
        second = math.tau * (int(time_s) % 60) / 60
        canvas.line(
            (x, y),
            (x + math.sin(second) * radius * 0.7, y - math.cos(second) * radius * 0.7),
            0.9,
            palette.flag_red,
        )
        canvas.circle(x, y, 1.6, palette.flag_red)
