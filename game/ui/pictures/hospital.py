"""A hospital: a modern building with a plain cross sign, an ambulance at the entrance."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import (
    day_sky,
    glow_sprite,
    ground,
    spruce,
    still_clouds,
    windows_grid,
)

HORIZON = 290
BEACONS = ((404, 282), (436, 282))


class Hospital(Illustration):
    """Draw a hospital in the afternoon: the building, its sign, the canopy, an ambulance."""

    motion_hz = 6.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the building and its sign, trees, the forecourt and the ambulance."""
        palette = self.palette
        day_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.placard, [(130, 50, 150), (530, 70, 150)], 150)
        ground(canvas, HORIZON, palette.pavement_light, palette.pavement)
        wall, shade = palette.marble, palette.marble_shade
        canvas.rectangle(150, 100, 340, HORIZON - 100, wall)
        canvas.rectangle(150, 100, 340, 8, shade)
        canvas.rectangle(250, 60, 140, 44, wall)
        canvas.rectangle(250, 60, 140, 6, shade)
        windows_grid(
            canvas,
            164,
            120,
            11,
            5,
            (30, 30),
            (20, 16),
            mix(palette.sea_light, palette.window_dark, 0.3),
            palette.day_horizon,
            0.2,
            seed=5,
        )
        # The sign: a plain white cross on a green square.
        canvas.rectangle(296, 66, 48, 34, palette.medical, radius=4)
        canvas.rectangle(316, 70, 8, 26, palette.placard)
        canvas.rectangle(307, 79, 26, 8, palette.placard)
        # The entrance canopy over glass doors.
        canvas.rectangle(
            250, 246, 140, HORIZON - 246, mix(palette.sea_light, palette.window_dark, 0.2)
        )
        for x in range(258, 390, 22):
            canvas.rectangle(x, 246, 2, HORIZON - 246, shade)
        canvas.rectangle(236, 236, 168, 10, palette.medical)
        for x in (120, 520, 560):
            spruce(canvas, x, HORIZON + 6, 90, palette.grass_dark, palette.grass)
        # The ambulance at the door.
        canvas.rectangle(380, 288, 110, 50, palette.placard, radius=5)
        canvas.rectangle(490, 302, 34, 36, palette.placard, radius=6)
        canvas.rectangle(
            496, 308, 22, 14, mix(palette.sea_light, palette.window_dark, 0.4), radius=3
        )
        canvas.rectangle(380, 316, 144, 6, palette.medical)
        canvas.rectangle(426, 296, 6, 18, palette.medical)
        canvas.rectangle(420, 302, 18, 6, palette.medical)
        for x in (404, 500):
            canvas.circle(x, 340, 10, palette.outline)
            canvas.circle(x, 340, 4, palette.metal_light)
        for x, y in BEACONS:
            canvas.rectangle(x - 6, y, 12, 6, palette.metal, radius=2)
        # People on the forecourt and a bench, nearest cut by the edge.
        canvas.rectangle(canvas.left, 360, canvas.right - canvas.left, 4, palette.stone)
        chooser = random.Random(4)
        for x, foot, height in ((200, 330, 50), (236, 332, 52), (100, 440, 170), (560, 450, 180)):
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

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the beacon glows for this size."""
        self.glow = glow_sprite(canvas.length(14), self.palette.beacon, 210)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the two beacons' rectangles."""
        radius = self.glow.get_width() / canvas.scale / 2 + 1
        return [(x - radius, y + 3 - radius, radius * 2, radius * 2) for x, y in BEACONS]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Flash the ambulance's beacons in turn, slowly (it is parked, not racing)."""
        palette = self.palette
        for index, (x, y) in enumerate(BEACONS):
            on = math.sin(time_s * 3.0 + index * math.pi) > 0
            canvas.rectangle(x - 6, y, 12, 6, palette.beacon if on else palette.metal, radius=2)
            if on:
                centre = canvas.point(x, y + 3)
                canvas.surface.blit(
                    self.glow, self.glow.get_rect(center=(round(centre[0]), round(centre[1])))
                )
