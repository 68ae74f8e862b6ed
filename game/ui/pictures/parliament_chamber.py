"""A parliament chamber: curved tiers of seats facing a raised presidium, seen from the back."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix

CENTRE = (320, 206)
TIERS = 6
FLATTEN = 0.42
SCREENS = ((96, 78), (456, 78))
SCREEN_SIZE = (88, 52)
GRID = (7, 4)


class ParliamentChamber(Illustration):
    """Draw members seated in a semicircle of tiers, the rostrum and the presidium ahead."""

    motion_hz = 2.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the panelled wall, the emblem, the presidium and every tier of members."""
        palette = self.palette
        wood, wood_light = palette.table, palette.table_light
        canvas.vertical_gradient(
            canvas.top,
            190,
            [(0.0, mix(palette.wall_shade, palette.outline, 0.2)), (1.0, palette.wall)],
        )
        for x in range(int(canvas.left) - 20, int(canvas.right) + 40, 54):
            canvas.rectangle(x, canvas.top, 8, 190 - canvas.top, palette.wall_shade)
        canvas.rectangle(canvas.left, 150, canvas.right - canvas.left, 56, wood)
        for x in range(int(canvas.left), int(canvas.right), 30):
            canvas.rectangle(x + 3, 156, 24, 44, wood_light, radius=2)
        # A plain round emblem (no country's) above the presidium.
        canvas.circle(320, 70, 40, palette.flag_sun)
        canvas.circle(320, 70, 33, palette.curtain)
        canvas.circle(320, 70, 20, palette.flag_sun)
        for x, y in SCREENS:
            canvas.rectangle(
                x - 4, y - 4, SCREEN_SIZE[0] + 8, SCREEN_SIZE[1] + 8, palette.metal, radius=3
            )
        # The presidium desk and the rostrum in front of it.
        canvas.rectangle(200, 168, 240, 36, mix(wood, palette.outline, 0.2), radius=3)
        canvas.rectangle(196, 164, 248, 6, wood_light, radius=2)
        for x in (246, 290, 350, 394):
            person(canvas, x, 186, 34, palette.coat_5, palette)
        canvas.rectangle(196, 182, 248, 24, mix(wood, palette.outline, 0.1), radius=3)
        canvas.polygon([(300, 204), (340, 204), (336, 226), (304, 226)], wood_light)
        canvas.rectangle(296, 200, 48, 6, wood, radius=2)
        canvas.vertical_gradient(
            206,
            canvas.bottom + 1,
            [(0.0, palette.curtain_shade), (1.0, mix(palette.curtain_shade, palette.outline, 0.5))],
        )
        chooser = random.Random(6)
        seat = mix(palette.coat_2, palette.outline, 0.2)
        for tier in range(TIERS):
            radius = 130 + tier * 62
            height = 30 + tier * 11
            steps = max(8, int(math.pi * radius / (height * 0.55)))
            for step in range(steps + 1):
                angle = math.pi * step / steps
                if abs(angle - math.pi / 2) < 0.2 - tier * 0.018 or not 0.2 < angle < math.pi - 0.2:
                    continue
                x = CENTRE[0] + radius * math.cos(angle)
                y = CENTRE[1] + radius * FLATTEN * math.sin(angle)
                if chooser.random() < 0.85:
                    headwear, scarf = random_headwear(chooser, palette, kalpak=False)
                    person(
                        canvas,
                        x,
                        y + height * 0.45,
                        height,
                        chooser.choice(palette.coats()),
                        palette,
                        headwear=headwear,
                        scarf=scarf,
                    )
            band = []
            inner = []
            for step in range(41):
                angle = math.pi * step / 40
                band.append(
                    (
                        CENTRE[0] + (radius + 6) * math.cos(angle),
                        CENTRE[1] + (radius + 6) * FLATTEN * math.sin(angle) + height * 0.1,
                    )
                )
                inner.append(
                    (
                        CENTRE[0] + (radius + 6) * math.cos(angle),
                        CENTRE[1] + (radius + 6) * FLATTEN * math.sin(angle) + height * 0.45,
                    )
                )
            canvas.polygon(band + inner[::-1], seat)
            canvas.polygon(
                band + [(x, y + height * 0.08) for x, y in band[::-1]],
                mix(seat, palette.placard, 0.25),
            )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the two screens' rectangles."""
        return [(x, y, SCREEN_SIZE[0], SCREEN_SIZE[1]) for x, y in SCREENS]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Light the screens' grids of seats as a vote comes in, a few cells at a time."""
        palette = self.palette
        tick = int(time_s * self.motion_hz)
        cell_w = SCREEN_SIZE[0] / GRID[0]
        cell_h = SCREEN_SIZE[1] / GRID[1]
        for number, (x, y) in enumerate(SCREENS):
            canvas.rectangle(x, y, *SCREEN_SIZE, mix(palette.night_top, palette.metal, 0.3))
            chooser = random.Random(number)
            for row in range(GRID[1]):
                for column in range(GRID[0]):
                    lit_at = chooser.uniform(0, 24)
                    colour = palette.grass if chooser.random() < 0.6 else palette.scarf_3
                    on = (tick % 28) > lit_at
                    canvas.rectangle(
                        x + column * cell_w + 2,
                        y + row * cell_h + 2,
                        cell_w - 4,
                        cell_h - 4,
                        colour if on else mix(palette.metal, palette.night_top, 0.4),
                        radius=1,
                    )
