"""A rocket launch: the rocket just clear of its tower, flame beneath, clouds of exhaust."""

from __future__ import annotations

import math

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, glow_sprite, ground, soft_sprite, star_positions

HORIZON = 300
ROCKET = (320, 60, 150)
NOZZLE_Y = ROCKET[1] + ROCKET[2]
PLUME = (150, 250, 340, 90)


class RocketLaunch(Illustration):
    """Draw a rocket rising at dusk beside its tower, the pad wrapped in clouds of exhaust."""

    motion_hz = 12.0
    core_width = 420

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the far shore, the tower, the rocket and the resting exhaust clouds."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        for x, y in star_positions(canvas, 30, 100, seed=5):
            canvas.circle(x, y, 0.8, mix(palette.star, palette.sky_top, 0.4))
        ground(canvas, HORIZON, mix(palette.ground, palette.outline, 0.3), palette.ground)
        # The launch tower: a lattice beside the rocket.
        metal = palette.metal
        canvas.rectangle(214, 40, 6, HORIZON - 40, metal)
        canvas.rectangle(244, 40, 6, HORIZON - 40, metal)
        for y in range(46, HORIZON, 22):
            canvas.line((218, y), (246, y + 22), 1.6, metal)
            canvas.line((246, y), (218, y + 22), 1.6, metal)
        for y in (90, 170):
            canvas.rectangle(248, y, 44, 4, metal)
        x, top, length = ROCKET
        width = 30
        body = palette.marble
        canvas.rectangle(x - width / 2, top + 30, width, length - 30, body)
        canvas.rectangle(x + width * 0.2, top + 30, width * 0.3, length - 30, palette.marble_shade)
        canvas.polygon([(x - width / 2, top + 31), (x, top - 8), (x + width / 2, top + 31)], body)
        canvas.polygon(
            [(x + width * 0.2, top + 31), (x, top - 8), (x + width / 2, top + 31)],
            palette.marble_shade,
        )
        canvas.rectangle(x - width / 2, top + 60, width, 6, palette.flag_red)
        canvas.circle(x, top + 44, 5, palette.sea)
        for side in (-1, 1):
            canvas.polygon(
                [
                    (x + side * width / 2, NOZZLE_Y - 40),
                    (x + side * (width / 2 + 16), NOZZLE_Y),
                    (x + side * width / 2, NOZZLE_Y),
                ],
                palette.flag_red,
            )
        canvas.polygon(
            [
                (x - 10, NOZZLE_Y),
                (x + 10, NOZZLE_Y),
                (x + 13, NOZZLE_Y + 8),
                (x - 13, NOZZLE_Y + 8),
            ],
            metal,
        )
        # The pad and the banks of exhaust that roll away to both sides.
        canvas.rectangle(150, HORIZON - 6, 340, 10, palette.stone_deep)
        cloud = mix(palette.placard, palette.sky_horizon, 0.25)
        for index in range(14):
            cx = 100 + index * 34
            size = 40 - abs(index - 6.5) * 3
            puff = soft_sprite(
                canvas.length(size),
                canvas.length(size * 0.7),
                cloud,
                220,
                [(0, 0, 1.0), (0.5, 0.2, 0.8), (-0.5, 0.3, 0.8)],
            )
            canvas.surface.blit(
                puff,
                puff.get_rect(
                    center=[round(v) for v in canvas.point(cx, HORIZON + 10 - size * 0.3)]
                ),
            )
        canvas.vertical_gradient(
            HORIZON + 40,
            canvas.bottom + 1,
            [(0.0, mix(palette.sea, palette.sky_horizon, 0.3)), (1.0, palette.sea)],
        )
        for y in range(int(HORIZON + 50), int(canvas.bottom), 14):
            canvas.rectangle(
                canvas.left,
                y,
                canvas.right - canvas.left,
                1.2,
                mix(palette.sea, palette.sky_horizon, 0.45),
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flame's glow for this size."""
        self.glow = glow_sprite(canvas.length(60), self.palette.fire_middle, 190)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the rectangle the flame and its glow flicker in."""
        radius = self.glow.get_width() / canvas.scale / 2
        return [
            (ROCKET[0] - radius, NOZZLE_Y + 30 - radius, radius * 2, radius * 2),
            (ROCKET[0] - 22, NOZZLE_Y + 6, 44, 116),
        ]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Flicker the flame under the rocket and its glow on the exhaust."""
        palette = self.palette
        pulse = 0.5 + 0.5 * math.sin(time_s * 9.0) * math.sin(time_s * 3.1 + 1)
        self.glow.set_alpha(round(150 + 100 * pulse))
        centre = canvas.point(ROCKET[0], NOZZLE_Y + 30)
        canvas.surface.blit(
            self.glow, self.glow.get_rect(center=(round(centre[0]), round(centre[1])))
        )
        for colour, share in (
            (palette.fire_outer, 1.0),
            (palette.fire_middle, 0.7),
            (palette.fire_core, 0.42),
        ):
            # The flame points down: draw it upside down from the nozzle.
            flame_points(canvas, ROCKET[0], NOZZLE_Y + 8, 22 * share, 90 * share, time_s, colour)


def flame_points(
    canvas: Canvas, x: float, y: float, width: float, length: float, time_s: float, colour
) -> None:
    """Draw one downward tongue of rocket flame whose length flickers."""
    stretch = 1 + 0.12 * math.sin(time_s * 17) + 0.06 * math.sin(time_s * 29 + 1)
    steps = 8
    right, left = [], []
    for step in range(steps + 1):
        share = step / steps
        half = width * 0.5 * (1 - share) ** 0.6 + 0.6
        sway = math.sin(time_s * 11 + share * 4) * share * 2
        right.append((x + half + sway, y + share * length * stretch))
        left.append((x - half + sway, y + share * length * stretch))
    canvas.polygon(right + left[::-1], colour)
