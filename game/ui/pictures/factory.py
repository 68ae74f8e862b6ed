"""A factory at dusk: saw-tooth halls, tall chimneys with smoke, a water tower and a gate."""

from __future__ import annotations

import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person, random_headwear
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import (
    dusk_sky,
    ground,
    mountains,
    rising_smoke,
    smoke_area,
    smoke_sprite,
    still_clouds,
    windows_grid,
)

HORIZON = 270
STACKS = ((360, 70, 14), (410, 96, 12))


class Factory(Illustration):
    """Draw a works with its halls, chimneys and yard, a truck at the gate, smoke rising."""

    motion_hz = 8.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the halls, the chimneys, the tower, the fence and the road."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.cloud, [(140, 60, 160), (540, 40, 140)])
        mountains(canvas, palette, HORIZON, 0.6, palette.mountain_far, seed=0.8, snow_share=0.9)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        brick, deep = palette.brick, mix(palette.brick, palette.outline, 0.35)
        for x, top, width in STACKS:
            canvas.rectangle(x - width / 2, top, width, HORIZON - top, deep)
            for band in range(3):
                canvas.rectangle(
                    x - width / 2 - 1, top + 8 + band * 40, width + 2, 4, palette.marble_shade
                )
        # The water tower on the left.
        canvas.rectangle(140, 150, 4, 110, palette.metal)
        canvas.rectangle(176, 150, 4, 110, palette.metal)
        canvas.line((142, 200), (178, 240), 1.6, palette.metal)
        canvas.line((178, 200), (142, 240), 1.6, palette.metal)
        canvas.rectangle(128, 110, 64, 44, palette.truck_light, radius=6)
        canvas.polygon([(126, 112), (160, 92), (194, 112)], palette.truck)
        # Three saw-tooth halls with rows of windows.
        for index, left in enumerate((200, 300, 400)):
            body = mix(brick, palette.stone, 0.2 * index)
            canvas.rectangle(left, 180, 100, HORIZON - 180 + 2, body)
            for tooth in range(4):
                x = left + tooth * 25
                canvas.polygon(
                    [(x, 180), (x + 25, 180), (x + 25, 156)], mix(body, palette.outline, 0.2)
                )
                canvas.rectangle(
                    x + 19, 158, 5, 22, mix(palette.window_lit, palette.sky_middle, 0.3)
                )
            windows_grid(
                canvas,
                left + 8,
                194,
                6,
                2,
                (15, 26),
                (9, 16),
                mix(palette.window_dark, body, 0.2),
                palette.window_lit,
                0.35,
                seed=index,
            )
        canvas.rectangle(500, 210, 100, HORIZON - 208, palette.stone)
        canvas.rectangle(512, 226, 40, HORIZON - 226, palette.metal)
        for y in range(230, HORIZON, 8):
            canvas.rectangle(512, y, 40, 2, palette.metal_light)
        # The fence, the gate and a truck on the road.
        for x in range(int(canvas.left), int(canvas.right), 10):
            if 300 < x < 360:
                continue
            canvas.rectangle(x, 282, 2, 26, palette.metal)
        canvas.rectangle(canvas.left, 284, canvas.right - canvas.left, 2, palette.metal)
        canvas.vertical_gradient(
            310,
            canvas.bottom + 1,
            [(0.0, palette.metal), (1.0, mix(palette.metal, palette.outline, 0.4))],
        )
        for x in range(int(canvas.left), int(canvas.right), 50):
            canvas.rectangle(x, 350, 26, 3, palette.placard)
        canvas.rectangle(160, 300, 120, 50, palette.scarf_2, radius=4)
        canvas.rectangle(280, 316, 46, 34, palette.truck_light, radius=5)
        canvas.rectangle(
            292, 322, 26, 14, mix(palette.window_dark, palette.sky_horizon, 0.3), radius=2
        )
        for x in (184, 252, 306):
            canvas.circle(x, 352, 11, palette.outline)
            canvas.circle(x, 352, 4, palette.metal_light)
        # The near pavement: workers walking to the gate at the change of shift.
        canvas.rectangle(
            canvas.left,
            372,
            canvas.right - canvas.left,
            canvas.bottom - 370,
            palette.pavement_light,
        )
        canvas.rectangle(canvas.left, 370, canvas.right - canvas.left, 4, palette.stone)
        chooser = random.Random(2)
        for x, foot, height in ((120, 430, 120), (440, 450, 150), (520, 436, 130)):
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
        """Build the smoke puff for this size."""
        self.smoke = smoke_sprite(canvas, 22, mix(self.palette.smoke, self.palette.cloud, 0.4), 55)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return where each chimney's smoke rises."""
        return [smoke_area(canvas, self.smoke, x, top, 80, 0.7) for x, top, _ in STACKS]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Let smoke roll from the chimneys and lean away on the wind."""
        for index, (x, top, _) in enumerate(STACKS):
            rising_smoke(canvas, self.smoke, x, top, time_s + index * 2, 80, 10, 6.0, 0.7)
