"""A newspaper press: the paper web running over the rollers, fresh copies stacked in front."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix

FLOOR = 292
# The paper web's straight run across the top of the press, where the print shows moving.
WEB = (176, 470, 112, 12)
ROLLERS = ((176, 118, 16), (470, 118, 16), (300, 200, 22), (360, 200, 22))
SPEED = 40.0


def folded_paper(
    canvas: Canvas, palette: Palette, x: float, y: float, width: float, seed: int
) -> None:
    """Paint the front page of a folded newspaper: a masthead band, a photo, columns of lines."""
    height = width * 0.62
    canvas.rectangle(
        x + 2, y + 2, width, height, mix(palette.floor, palette.outline, 0.4), radius=1
    )
    canvas.rectangle(x, y, width, height, palette.paper, radius=1)
    canvas.rectangle(
        x + width * 0.06, y + height * 0.07, width * 0.88, height * 0.12, palette.outline
    )
    canvas.rectangle(
        x + width * 0.06, y + height * 0.26, width * 0.4, height * 0.34, palette.sea_light
    )
    canvas.rectangle(x + width * 0.06, y + height * 0.46, width * 0.4, height * 0.14, palette.grass)
    chooser = random.Random(seed)
    for column in range(2):
        for line in range(6):
            length = width * chooser.uniform(0.16, 0.2)
            canvas.rectangle(
                x + width * (0.52 + column * 0.22),
                y + height * (0.27 + line * 0.1),
                length,
                max(0.8, height * 0.035),
                palette.ballot_line,
            )


class NewspaperPress(Illustration):
    """Draw a printing hall: the press, its paper reel and web, and stacks of new papers."""

    motion_hz = 10.0
    core_width = 460

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the hall, the press frame, the reel, the still parts of the web and the stacks."""
        palette = self.palette
        deep = palette.stone_deep
        canvas.vertical_gradient(
            canvas.top, FLOOR, [(0.0, mix(deep, palette.outline, 0.4)), (1.0, deep)]
        )
        for x in range(60, 620, 110):
            canvas.rectangle(x, 20, 70, 50, mix(palette.window_lit, deep, 0.45), radius=2)
            canvas.rectangle(x + 33, 20, 4, 50, deep)
        canvas.vertical_gradient(
            FLOOR,
            canvas.bottom + 1,
            [(0.0, palette.metal), (1.0, mix(palette.metal, palette.outline, 0.5))],
        )
        # The press: two side frames joined by the roller stack, a reel feeding it.
        metal, light = palette.truck, palette.truck_light
        for left in (150, 440):
            canvas.rectangle(left, 96, 50, FLOOR - 96, metal, radius=4)
            canvas.rectangle(left + 6, 104, 38, 10, light, radius=2)
        canvas.rectangle(196, 180, 248, 60, mix(metal, palette.outline, 0.2), radius=4)
        canvas.rectangle(196, 240, 248, 52, metal)
        for x in range(216, 430, 40):
            canvas.rectangle(x, 252, 24, 28, light, radius=3)
        canvas.circle(92, 250, 42, palette.paper)
        canvas.circle(92, 250, 12, palette.metal_light)
        canvas.rectangle(50, 288, 84, 6, palette.metal)
        paper = palette.paper
        canvas.polygon([(92, 208), (176, 102), (176, 114), (100, 212)], paper)
        canvas.rectangle(WEB[0], WEB[2], WEB[1] - WEB[0], WEB[3], paper)
        canvas.polygon([(470, 102), (470, 114), (560, 230), (548, 234)], paper)
        # The folder at the end, and the copies it lays out.
        canvas.rectangle(520, 228, 96, 64, metal, radius=4)
        for index in range(4):
            folded_paper(canvas, palette, 530 + index * 4, 220 - index * 3, 70, index)
        for x, y, radius in ROLLERS:
            canvas.circle(x, y, radius + 2, palette.outline)
            canvas.circle(x, y, radius, palette.metal_light)
        # Two printers watching the run, seen from behind.
        person(canvas, 150, 334, 96, palette.scarf_2, palette, legs=palette.outline)
        person(canvas, 476, 340, 100, palette.coat_4, palette, arm_up=1, legs=palette.outline)
        # A table in front piled with the day's papers, cut by the picture's edge.
        table = 354
        canvas.rectangle(
            canvas.left, table, canvas.right - canvas.left, canvas.bottom - table + 2, palette.table
        )
        canvas.rectangle(canvas.left, table, canvas.right - canvas.left, 6, palette.table_light)
        chooser = random.Random(3)
        for pile, x in enumerate((120, 250, 380, 500)):
            for layer in range(5):
                folded_paper(
                    canvas,
                    palette,
                    x + chooser.uniform(-3, 3),
                    table - 14 - layer * 5 + 30,
                    110,
                    pile * 10 + layer,
                )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the web's straight run and the two big rollers."""
        areas: list[DesignRect] = [(WEB[0], WEB[2], WEB[1] - WEB[0], WEB[3])]
        areas += [(x - r - 2, y - r - 2, r * 2 + 4, r * 2 + 4) for x, y, r in ROLLERS]
        return areas

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Run the printed web across the press and turn the rollers."""
        palette = self.palette
        left, right, top, height = WEB
        canvas.rectangle(left, top, right - left, height, palette.paper)
        offset = (time_s * SPEED) % 30
        x = left - 30 + offset
        while x < right:
            for line in range(3):
                start = max(left, x)
                end = min(right, x + 18 - line * 4)
                if end > start:
                    canvas.rectangle(
                        start, top + 2 + line * 3.2, end - start, 1.4, palette.ballot_line
                    )
            x += 30
        for x, y, radius in ROLLERS:
            canvas.circle(x, y, radius, palette.metal_light)
            turn = time_s * SPEED / radius
            for spoke in range(3):
                angle = turn + spoke * math.tau / 3
                canvas.line(
                    (x, y),
                    (x + math.cos(angle) * radius * 0.8, y + math.sin(angle) * radius * 0.8),
                    radius * 0.18,
                    palette.metal,
                )
            canvas.circle(x, y, radius * 0.25, palette.metal)
