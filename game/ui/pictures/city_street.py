"""A city street: shop fronts across the road, a crossing, a bus stop and people walking."""

from __future__ import annotations

import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import day_sky, glow_sprite, spruce, still_clouds, windows_grid

KERB = 262
ROAD_BOTTOM = 330
# The traffic light across the road: post x, top of the lamp housing.
LIGHT = (470, 196)
CYCLE = 9.0


def facade(
    canvas: Canvas, palette: Palette, left: float, width: float, height: float, wall, seed: int
) -> None:
    """Paint one building standing on the far kerb: windows above, a shop with an awning below."""
    top = KERB - height
    canvas.rectangle(left, top, width, height, wall)
    canvas.rectangle(left - 2, top - 4, width + 4, 6, mix(wall, palette.outline, 0.25))
    floors = int((height - 46) // 26)
    windows_grid(
        canvas,
        left + 8,
        top + 10,
        int((width - 10) // 22),
        floors,
        (22, 26),
        (12, 16),
        mix(palette.window_dark, palette.day_top, 0.25),
        palette.window_lit,
        0.12,
        seed,
    )
    shop = KERB - 36
    canvas.rectangle(
        left + 4, shop, width - 8, 36, mix(palette.window_dark, palette.day_horizon, 0.4)
    )
    awning = (palette.scarf_1, palette.scarf_2, palette.scarf_3, palette.curtain)[seed % 4]
    canvas.polygon(
        [
            (left + 2, shop - 4),
            (left + width - 2, shop - 4),
            (left + width + 2, shop + 8),
            (left - 2, shop + 8),
        ],
        awning,
    )
    for stripe in range(int(width // 12)):
        canvas.rectangle(left + 4 + stripe * 12, shop + 4, 6, 4, mix(awning, palette.placard, 0.5))
    canvas.rectangle(
        left + width * 0.4, shop + 12, width * 0.2, 24, mix(wall, palette.outline, 0.4)
    )


class CityStreet(Illustration):
    """Draw a street at the end of the afternoon, seen from the pavement on our side."""

    motion_hz = 2.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the row of buildings, the road and crossing, the near pavement."""
        palette = self.palette
        day_sky(canvas, palette, KERB)
        still_clouds(canvas, palette.placard, [(150, 40, 150), (470, 70, 170)], 150)
        chooser = random.Random(4)
        walls = (
            palette.wall,
            palette.brick,
            palette.stone,
            palette.marble_shade,
            palette.wall_shade,
        )
        x = canvas.left - 20
        seed = 0
        while x < canvas.right:
            width = chooser.uniform(90, 130)
            facade(
                canvas, palette, x, width, chooser.uniform(130, 210), chooser.choice(walls), seed
            )
            x += width + 4
            seed += 1
        canvas.rectangle(canvas.left, KERB, canvas.right - canvas.left, 8, palette.pavement_light)
        canvas.vertical_gradient(
            KERB + 8,
            ROAD_BOTTOM,
            [(0.0, palette.metal), (1.0, mix(palette.metal, palette.pavement, 0.4))],
        )
        for x in range(int(canvas.left), int(canvas.right), 60):
            canvas.rectangle(x, 296, 30, 3, palette.placard)
        for index in range(7):
            canvas.rectangle(
                250 + index * 20, KERB + 12, 11, ROAD_BOTTOM - KERB - 16, palette.placard
            )
        canvas.vertical_gradient(
            ROAD_BOTTOM,
            canvas.bottom + 1,
            [(0.0, palette.pavement_light), (1.0, mix(palette.pavement, palette.outline, 0.3))],
        )
        canvas.rectangle(canvas.left, ROAD_BOTTOM, canvas.right - canvas.left, 5, palette.stone)
        for x in range(int(canvas.left) - 40, int(canvas.right) + 40, 46):
            canvas.line((x, ROAD_BOTTOM + 5), (x - 50, canvas.bottom), 0.8, palette.pavement)
        # Street trees and the traffic light on the far side.
        for x in (120, 560):
            spruce(canvas, x, KERB + 4, 70, palette.grass_dark, palette.grass)
        canvas.rectangle(LIGHT[0] - 1.5, LIGHT[1], 3, KERB - LIGHT[1], palette.metal)
        canvas.rectangle(LIGHT[0] - 7, LIGHT[1] - 2, 14, 36, palette.outline, radius=3)
        # People on the crossing and on our pavement, seen from behind.
        chooser = random.Random(8)
        for x, foot, height in (
            (276, 300, 46),
            (300, 306, 48),
            (360, 296, 44),
            (90, 380, 120),
            (200, 420, 170),
            (520, 410, 160),
            (610, 440, 190),
        ):
            headwear, scarf = random_headwear(chooser, palette, kalpak=False)
            person(
                canvas,
                x,
                foot,
                height,
                chooser.choice(palette.coats()),
                palette,
                legs=palette.outline,
                headwear=headwear,
                scarf=scarf,
            )
        # A lamp post on our side.
        canvas.rectangle(426, 200, 4, canvas.bottom - 200, palette.metal)
        canvas.line((428, 204), (400, 196), 3, palette.metal)
        canvas.ellipse(398, 198, 8, 3, palette.window_lit)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the traffic light's glows."""
        self.glows = {
            colour: glow_sprite(canvas.length(9), colour, 200)
            for colour in (self.palette.flag_red, self.palette.flag_sun, self.palette.grass)
        }

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the traffic light's rectangle."""
        return [(LIGHT[0] - 10, LIGHT[1] - 5, 20, 42)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Cycle the traffic light: red, green, then amber."""
        palette = self.palette
        moment = time_s % CYCLE
        lamps = (
            (palette.flag_red, LIGHT[1] + 6, moment < 4),
            (palette.flag_sun, LIGHT[1] + 16, moment >= 8),
            (palette.grass, LIGHT[1] + 26, 4 <= moment < 8),
        )
        canvas.rectangle(LIGHT[0] - 7, LIGHT[1] - 2, 14, 36, palette.outline, radius=3)
        for colour, y, on in lamps:
            if on:
                glow = self.glows[colour]
                centre = canvas.point(LIGHT[0], y)
                canvas.surface.blit(
                    glow, glow.get_rect(center=(round(centre[0]), round(centre[1])))
                )
            canvas.circle(LIGHT[0], y, 3.6, colour if on else mix(colour, palette.outline, 0.7))
