"""A ship in a harbour: a cargo ship at the quay, containers, a crane, gulls over the water."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, mountains, still_clouds

WATER = 262
GULLS = ((200, 70, 0.0), (250, 92, 1.3), (420, 60, 2.2))
GULL_SWAY = 8.0
SHIMMER_TOP = 316


class HarbourShip(Illustration):
    """Draw a harbour at dusk: a cargo ship, a crane over stacked containers, the quay in front."""

    motion_hz = 6.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the far hills, the sea, the crane, the ship, the containers, the quay."""
        palette = self.palette
        dusk_sky(canvas, palette, WATER)
        still_clouds(canvas, palette.cloud, [(140, 40, 160), (520, 110, 140)])
        mountains(canvas, palette, WATER, 0.5, palette.mountain_far, seed=5.1, snow_share=2.0)
        canvas.vertical_gradient(
            WATER,
            canvas.bottom + 1,
            [(0.0, mix(palette.sea, palette.sky_horizon, 0.35)), (1.0, palette.sea)],
        )
        # A lighthouse on the breakwater.
        canvas.rectangle(canvas.left, WATER - 4, 150 - canvas.left, 8, palette.stone_deep)
        canvas.polygon([(96, WATER - 4), (104, 180), (116, 180), (124, WATER - 4)], palette.marble)
        canvas.rectangle(100, 204, 20, 10, palette.flag_red)
        canvas.rectangle(101, 170, 18, 12, palette.window_lit)
        canvas.polygon([(98, 170), (110, 160), (122, 170)], palette.flag_red)
        # The ship: hull, white superstructure, funnel, containers on deck.
        hull = [(170, 250), (560, 250), (540, 296), (196, 296)]
        canvas.polygon(hull, palette.truck)
        canvas.rectangle(180, 282, 370, 6, palette.flag_red)
        canvas.rectangle(470, 186, 66, 64, palette.marble)
        canvas.rectangle(478, 168, 50, 20, palette.marble_shade)
        for x in range(476, 532, 12):
            canvas.rectangle(x, 196, 8, 8, palette.window_dark)
        canvas.rectangle(492, 140, 20, 30, palette.scarf_3)
        canvas.rectangle(492, 140, 20, 6, palette.outline)
        colours = (
            palette.scarf_1,
            palette.scarf_2,
            palette.curtain,
            palette.scarf_3,
            palette.grass,
        )
        for column in range(9):
            for layer in range(2 + column % 2):
                colour = colours[(column * 3 + layer) % len(colours)]
                x = 196 + column * 30
                y = 232 - layer * 18
                canvas.rectangle(x, y, 28, 17, colour)
                for rib in range(4):
                    canvas.rectangle(
                        x + 3 + rib * 6, y + 3, 2, 11, mix(colour, palette.outline, 0.25)
                    )
        # The quay crane reaching over the ship.
        metal = palette.metal
        for leg in (580, 620):
            canvas.rectangle(leg, 130, 6, 210, metal)
        canvas.rectangle(340, 120, 300, 10, metal)
        canvas.rectangle(560, 90, 60, 40, palette.scarf_3)
        canvas.line((400, 130), (400, 196), 1.2, palette.outline)
        canvas.rectangle(384, 196, 32, 17, palette.scarf_2)
        # The quay in front with bollards and stacked containers.
        canvas.polygon(
            [
                (canvas.left, 340),
                (canvas.right, 330),
                (canvas.right, canvas.bottom + 2),
                (canvas.left, canvas.bottom + 2),
            ],
            palette.pavement,
        )
        canvas.rectangle(canvas.left, 336, canvas.right - canvas.left, 6, palette.stone)
        for x, (hull_x, hull_y) in ((300, (230, 284)), (470, (520, 284))):
            canvas.line((x, 330), (hull_x, hull_y), 1.4, palette.outline)
        for x in (120, 300, 470):
            canvas.rectangle(x - 6, 326, 12, 12, palette.outline, radius=3)
        # Dockers on the quay, seen from behind.
        chooser = random.Random(6)
        for x, foot, height in ((330, 392, 70), (372, 398, 76), (560, 430, 130)):
            headwear, scarf = random_headwear(chooser, palette, kalpak=False)
            person(
                canvas,
                x,
                foot,
                height,
                chooser.choice((palette.scarf_3, palette.coat_3, palette.coat_1)),
                palette,
                legs=palette.outline,
                headwear=headwear,
                scarf=scarf,
            )
        for column in range(4):
            for layer in range(3 - column % 2):
                colour = colours[(column + layer * 2) % len(colours)]
                x = canvas.left + 10 + column * 56
                y = 396 - layer * 30
                canvas.rectangle(x, y, 54, 29, colour)
                for rib in range(8):
                    canvas.rectangle(
                        x + 4 + rib * 6.2, y + 4, 2, 21, mix(colour, palette.outline, 0.25)
                    )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the gulls' rectangles and the strip of water that glitters."""
        areas: list[DesignRect] = [
            (x - 14 - GULL_SWAY, y - 10, 28 + GULL_SWAY * 2, 20) for x, y, _ in GULLS
        ]
        areas.append((canvas.left, SHIMMER_TOP, canvas.right - canvas.left, 12))
        return areas

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Glide the gulls back and forth, flapping, and let light glitter on the water."""
        palette = self.palette
        for x, y, phase in GULLS:
            gx = x + GULL_SWAY * math.sin(time_s * 0.6 + phase)
            gy = y + 2 * math.sin(time_s * 1.1 + phase)
            flap = 5 * math.sin(time_s * 5 + phase)
            canvas.line((gx - 11, gy - flap), (gx, gy), 1.8, palette.placard)
            canvas.line((gx, gy), (gx + 11, gy - flap), 1.8, palette.placard)
        # The glitter strip lies under the quay's shadow line; the quay is drawn over it below.
        for index in range(int(canvas.left) // 20 - 1, int(canvas.right) // 20 + 2):
            x = index * 20 + 6 * math.sin(time_s * 1.5 + index)
            shine = 0.5 + 0.5 * math.sin(time_s * 2.3 + index * 1.7)
            colour = mix(palette.sea, palette.sky_horizon, 0.2 + 0.5 * shine)
            canvas.rectangle(x, SHIMMER_TOP + 2 + (index % 3) * 3, 10, 1.6, colour)
