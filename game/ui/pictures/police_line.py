"""A police line at dusk: helmets and clear shields, a water cannon truck spraying into the air."""

from __future__ import annotations

import math

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import (
    dusk_sky,
    glow_sprite,
    ground,
    mountains,
    soft_sprite,
    spruce,
)
from game.ui.pictures.white_house import paint_government_house

HORIZON = 248
LINE_FOOT = 338
OFFICER_HEIGHT = 128
NOZZLE = (436, 174)
DROPLETS = 64
JET_SHARE = 0.45
SPRAY_PERIOD = 1.6


def officer(canvas: Canvas, palette: Palette, x: float, foot: float, height: float) -> None:
    """Paint one officer standing behind a tall clear shield, helmet visor down."""
    head_radius = height * 0.1
    head_y = foot - height + head_radius * 1.1
    shoulder_half = height * 0.21
    canvas.rectangle(
        x - shoulder_half * 0.75, foot - height * 0.38, height * 0.13, height * 0.38, palette.helmet
    )
    canvas.rectangle(
        x + shoulder_half * 0.75 - height * 0.13,
        foot - height * 0.38,
        height * 0.13,
        height * 0.38,
        palette.helmet,
    )
    canvas.polygon(
        [
            (x - shoulder_half * 0.8, head_y + head_radius * 1.3),
            (x + shoulder_half * 0.8, head_y + head_radius * 1.3),
            (x + shoulder_half, head_y + head_radius * 2.4),
            (x + shoulder_half * 0.9, foot - height * 0.34),
            (x - shoulder_half * 0.9, foot - height * 0.34),
            (x - shoulder_half, head_y + head_radius * 2.4),
        ],
        palette.uniform,
    )
    canvas.rectangle(
        x - shoulder_half * 0.9,
        head_y + head_radius * 3.2,
        shoulder_half * 1.8,
        height * 0.04,
        palette.uniform_light,
    )
    canvas.circle(x, head_y, head_radius * 1.15, palette.helmet)
    canvas.rectangle(
        x - head_radius * 1.15,
        head_y - head_radius * 0.1,
        head_radius * 2.3,
        head_radius * 0.75,
        mix(palette.shield, palette.helmet, 0.55),
        radius=2,
    )
    canvas.rectangle(
        x - head_radius * 1.15,
        head_y - head_radius * 0.1,
        head_radius * 2.3,
        head_radius * 0.15,
        palette.shield,
    )


class PoliceLine(Illustration):
    """Draw officers with shields across the street and a water cannon truck behind them."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the street, the distant building, the truck and the line of officers."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=-0.32)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        paint_government_house(canvas, palette, 60, 250, 178, 250, 0.15, seed=9)
        for x in (30, 270, 296):
            spruce(canvas, x, 254, 48, palette.tree, palette.tree_light)
        # Wet asphalt catches streaks of evening light.
        for index in range(9):
            y = 270 + index * 14 + index * index
            canvas.rectangle(
                canvas.left,
                y,
                canvas.right - canvas.left,
                1.2 + index * 0.3,
                mix(palette.pavement, palette.sky_horizon, 0.18),
            )
        self.paint_truck(canvas, palette)
        self.paint_jet(canvas, palette)
        positions = []
        x = canvas.left + 26
        while x < 380:
            positions.append(x)
            x += 56
        # A second rank stands behind the gaps of the first.
        for x in positions[:-1]:
            officer(canvas, palette, x + 28, LINE_FOOT - 16, OFFICER_HEIGHT * 0.9)
        for x in positions:
            officer(canvas, palette, x, LINE_FOOT, OFFICER_HEIGHT)
        shield_layer = canvas.layer()
        for x in positions:
            shield_layer.rectangle(x - 25, LINE_FOOT - 96, 50, 84, (*palette.shield, 70), radius=7)
            shield_layer.rectangle(x - 19, LINE_FOOT - 90, 5, 70, (*palette.water, 110), radius=3)
            shield_layer.rectangle(x - 25, LINE_FOOT - 62, 50, 3, (*palette.shield, 90))
        canvas.blit_layer(shield_layer)
        rim_colour = mix(palette.shield, palette.water, 0.5)
        for x in positions:
            # A light rim lets each shield read as a separate clear panel.
            left, top = canvas.point(x - 25, LINE_FOOT - 96)
            right, bottom = canvas.point(x + 25, LINE_FOOT - 12)
            rim = pygame.Rect(round(left), round(top), round(right - left), round(bottom - top))
            pygame.draw.rect(
                canvas.surface,
                rim_colour,
                rim,
                max(1, round(canvas.length(1.4))),
                round(canvas.length(7)),
            )
        for x in positions:
            canvas.rectangle(x - 17, LINE_FOOT - 5, 13, 6, palette.outline, radius=2)
            canvas.rectangle(x + 4, LINE_FOOT - 5, 13, 6, palette.outline, radius=2)

    def paint_jet(self, canvas: Canvas, palette: Palette) -> None:
        """Paint the steady part of the water jet, a pale stream leaving the nozzle."""
        layer = canvas.layer()
        steps = 24
        upper = []
        lower = []
        for step in range(steps + 1):
            share = JET_SHARE * step / steps
            x, y = spray_point(share)
            half = 1.6 + share * 9
            upper.append((x, y - half))
            lower.append((x, y + half))
        layer.polygon(upper + lower[::-1], (*palette.water, 120))
        core = [(x, y + 1) for x, y in upper[: steps // 2]]
        core += [(x, y - 1) for x, y in lower[: steps // 2][::-1]]
        layer.polygon(core, (*palette.water, 190))
        canvas.blit_layer(layer)

    def paint_truck(self, canvas: Canvas, palette: Palette) -> None:
        """Paint the water cannon truck parked behind the line, its turret raised."""
        body, light = palette.truck, palette.truck_light
        canvas.rectangle(396, 204, 168, 84, body, radius=6)
        canvas.rectangle(396, 204, 168, 8, light, radius=3)
        canvas.rectangle(396, 258, 226, 7, palette.marble_shade)
        canvas.rectangle(564, 222, 58, 66, light, radius=7)
        canvas.rectangle(
            576, 230, 38, 24, mix(palette.window_dark, palette.sky_horizon, 0.35), radius=3
        )
        canvas.rectangle(566, 232, 6, 26, mix(body, palette.outline, 0.2), radius=2)
        canvas.rectangle(610, 268, 12, 10, palette.window_lit, radius=2)
        canvas.rectangle(396, 246, 226, 5, mix(body, palette.outline, 0.3))
        for index in range(4):
            canvas.rectangle(
                412 + index * 36, 216, 26, 24, mix(body, palette.outline, 0.18), radius=3
            )
        for wheel_x in (424, 520, 592):
            canvas.circle(wheel_x, 292, 14, palette.outline)
            canvas.circle(wheel_x, 292, 5.5, palette.metal_light)
        canvas.rectangle(440, 190, 44, 16, light, radius=5)
        canvas.line((462, 196), NOZZLE, 7, palette.metal)
        canvas.rectangle(586, 212, 16, 9, palette.metal, radius=2)
        canvas.rectangle(589, 208, 10, 6, palette.beacon, radius=2)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the beacon glow and the mist puff for this size."""
        self.beacon = glow_sprite(canvas.length(22), self.palette.beacon, 200)
        self.mist = soft_sprite(
            canvas.length(22),
            canvas.length(14),
            self.palette.water,
            90,
            [(0, 0, 1.0), (0.6, 0.2, 0.7), (-0.5, 0.25, 0.7)],
        )

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Send droplets along the spray arc, drift the mist and pulse the truck's blue beacon."""
        palette = self.palette
        surface = canvas.surface
        for index in range(DROPLETS):
            share = ((time_s / SPRAY_PERIOD) + index / DROPLETS) % 1.0
            x, y = spray_point(share)
            spread = 1 + share * 8
            wobble = math.sin(index * 2.3 + time_s * 4) * spread
            radius = canvas.length(1.2 + share * 1.8)
            colour = mix(palette.water, palette.sky_middle, share * 0.45)
            pygame.draw.circle(surface, colour, canvas.point(x + wobble, y + wobble * 0.7), radius)
        for index in range(3):
            share = 0.72 + ((time_s * 0.12 + index / 3) % 1.0) * 0.3
            x, y = spray_point(share)
            puff = canvas.point(x - 22 - index * 6, y - 14 + math.sin(time_s + index) * 3)
            surface.blit(self.mist, puff)
        pulse = 0.5 + 0.5 * math.sin(time_s * 2.4)
        self.beacon.set_alpha(round(90 + 165 * pulse))
        centre = canvas.point(594, 210)
        surface.blit(self.beacon, self.beacon.get_rect(center=(round(centre[0]), round(centre[1]))))


def spray_point(share: float) -> tuple[float, float]:
    """Return the design position ``share`` (0..1) of the way along the water jet's arc."""
    # The jet rises into the air over the street, away from the line and the people.
    return (NOZZLE[0] - 290 * share, NOZZLE[1] - 140 * share + 150 * share * share)
