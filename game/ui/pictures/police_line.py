"""A police line at dusk: helmets and clear shields, a water cannon truck spraying into the air."""

from __future__ import annotations

import math
from dataclasses import replace

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import crowd_row
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import (
    dusk_sky,
    glow_sprite,
    ground,
    mountains,
    soft_sprite,
    spruce,
    still_clouds,
)
from game.ui.pictures.white_house import paint_government_house

HORIZON = 236
LINE_FOOT = 300
OFFICER_HEIGHT = 96
# Where the truck stands: its drawing (in its own units) is moved and scaled by this.
TRUCK = (446, 213, 0.75)
NOZZLE = (452, 196)
BEACON = (594, 228)
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
    """Draw protesters facing a police line across the square, a water cannon spraying."""

    motion_hz = 12.0
    core_width = 430

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the square, the building, the truck, the police line and the protesters."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.cloud, [(120, 60, 170), (470, 30, 130), (300, 110, 120)])
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=-0.32)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        paint_government_house(canvas, palette, 150, 400, 150, 236, 0.15, seed=9)
        for x in (110, 134, 420, 446):
            spruce(canvas, x, 240, 46, palette.tree, palette.tree_light)
        # The railings in front of the building, where the crowd was pushed back.
        for x in range(int(canvas.left), int(canvas.right) + 8, 8):
            canvas.rectangle(x, 244, 1.6, 14, palette.metal)
        canvas.rectangle(canvas.left, 244, canvas.right - canvas.left, 2, palette.metal)
        # Wet paving catches streaks of evening light.
        for index in range(8):
            y = 300 + index * 16 + index * index
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
        x = canvas.left + 14
        while x < TRUCK[0] - 6:
            positions.append(x)
            x += 46
        back_rank = replace(
            palette,
            uniform=mix(palette.uniform, palette.sky_middle, 0.3),
            uniform_light=mix(palette.uniform_light, palette.sky_middle, 0.3),
            helmet=mix(palette.helmet, palette.sky_middle, 0.3),
        )
        for x in positions[:-1]:
            officer(canvas, back_rank, x + 23, LINE_FOOT - 10, OFFICER_HEIGHT * 0.9)
        for x in positions:
            officer(canvas, palette, x, LINE_FOOT, OFFICER_HEIGHT)
        shield_layer = canvas.layer()
        scale = OFFICER_HEIGHT / 128
        for x in positions:
            shield_layer.rectangle(
                x - 20, LINE_FOOT - 76 * scale, 40, 66 * scale, (*palette.shield, 70), radius=6
            )
            shield_layer.rectangle(
                x - 15, LINE_FOOT - 71 * scale, 4, 56 * scale, (*palette.water, 110), radius=3
            )
        canvas.blit_layer(shield_layer)
        rim_colour = mix(palette.shield, palette.water, 0.5)
        for x in positions:
            # A light rim lets each shield read as a separate clear panel.
            left, top = canvas.point(x - 20, LINE_FOOT - 76 * scale)
            right, bottom = canvas.point(x + 20, LINE_FOOT - 10 * scale)
            rim = pygame.Rect(round(left), round(top), round(right - left), round(bottom - top))
            pygame.draw.rect(
                canvas.surface,
                rim_colour,
                rim,
                max(1, round(canvas.length(1.2))),
                round(canvas.length(6)),
            )
        # The protesters face the line from the near side of the square, a gap between.
        crowd_row(canvas, palette, 376, 76, 0.2, seed=31, spacing=(0.34, 0.55), raised=0.25)
        crowd_row(canvas, palette, 424, 116, 0.1, seed=32, spacing=(0.36, 0.6), raised=0.25)
        crowd_row(
            canvas,
            palette,
            canvas.bottom + 60,
            190,
            0.0,
            seed=33,
            spacing=(0.36, 0.6),
            raised=0.2,
            skip=(250, 330),
        )

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

        def box(x: float, y: float, width: float, height: float, colour, radius: float = 0):
            """Paint a part of the truck given in its own units (TRUCK maps them)."""
            left, top = truck_point(x, y)
            canvas.rectangle(
                left, top, width * TRUCK[2], height * TRUCK[2], colour, radius * TRUCK[2]
            )

        box(396, 204, 168, 84, body, radius=6)
        box(396, 204, 168, 8, light, radius=3)
        box(396, 258, 226, 7, palette.marble_shade)
        box(564, 222, 58, 66, light, radius=7)
        box(576, 230, 38, 24, mix(palette.window_dark, palette.sky_horizon, 0.35), radius=3)
        box(566, 232, 6, 26, mix(body, palette.outline, 0.2), radius=2)
        box(610, 268, 12, 10, palette.window_lit, radius=2)
        box(396, 246, 226, 5, mix(body, palette.outline, 0.3))
        for index in range(4):
            box(412 + index * 36, 216, 26, 24, mix(body, palette.outline, 0.18), radius=3)
        for wheel_x in (424, 520, 592):
            centre = truck_point(wheel_x, 292)
            canvas.circle(*centre, 14 * TRUCK[2], palette.outline)
            canvas.circle(*centre, 5.5 * TRUCK[2], palette.metal_light)
        box(440, 190, 44, 16, light, radius=5)
        canvas.line(truck_point(462, 196), NOZZLE, 7 * TRUCK[2], palette.metal)
        canvas.circle(*truck_point(462, 196), 6 * TRUCK[2], palette.metal)
        box(586, 212, 16, 9, palette.metal, radius=2)
        box(589, 208, 10, 6, palette.beacon, radius=2)

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
        centre = canvas.point(*BEACON)
        surface.blit(self.beacon, self.beacon.get_rect(center=(round(centre[0]), round(centre[1]))))

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the spray's, the mist's and the beacon's rectangles."""
        # Droplets run the whole arc with a little wobble (a chain of boxes along it); the
        # mist puffs drift near its far end.
        areas: list[DesignRect] = []
        segments = 8
        for segment in range(segments):
            start = spray_point(segment / segments)
            end = spray_point((segment + 1) / segments)
            wobble = 4 + 10 * (segment + 1) / segments
            left, right = min(start[0], end[0]) - wobble, max(start[0], end[0]) + wobble
            top, bottom = min(start[1], end[1]) - wobble, max(start[1], end[1]) + wobble
            areas.append((left, top, right - left, bottom - top))
        mist_width = self.mist.get_width() / canvas.scale
        mist_height = self.mist.get_height() / canvas.scale
        points = [spray_point(0.72 + step * 0.31 / 10) for step in range(11)]
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        areas.append(
            (
                min(xs) - 36,
                min(ys) - 18,
                max(xs) - min(xs) + mist_width + 16,
                max(ys) - min(ys) + mist_height + 10,
            )
        )
        areas.append((BEACON[0] - 24, BEACON[1] - 24, 48, 48))
        return areas


def truck_point(x: float, y: float) -> tuple[float, float]:
    """Return the design position of a point of the truck's own drawing (396, 190 is its corner)."""
    return (TRUCK[0] + (x - 396) * TRUCK[2], TRUCK[1] + (y - 190) * TRUCK[2])


def spray_point(share: float) -> tuple[float, float]:
    """Return the design position ``share`` (0..1) of the way along the water jet's arc."""
    # The jet rises into the air over the street, away from the line and the people.
    return (NOZZLE[0] - 180 * share, NOZZLE[1] - 100 * share + 240 * share * share)
