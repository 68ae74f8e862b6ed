"""The National Security Committee building: a stone block behind a wall, its gate open."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import (
    crowd_row,
    flag_area,
    flag_surface,
    person,
    random_headwear,
    waving_flag,
)
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, glow_sprite, ground, mountains, still_clouds

HORIZON = 256
WALL_TOP = 262
WALL_BOTTOM = 322
GATE = (262, 378)
PORTICO = (262, 378)
FLAG_WIDTH = 34
FLAG_WAVE = 2.5
LAMPS = ((GATE[0] - 8, WALL_TOP - 42), (GATE[1] + 8, WALL_TOP - 42))


class SecurityBuilding(Illustration):
    """Draw the security service building, its gate open and people going in through it."""

    motion_hz = 8.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the stone building, the wall, the gate and the people outside."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=2.93)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        still_clouds(canvas, palette.cloud, [(150, 50, 150), (500, 36, 120)])
        stone, shade, deep = palette.stone, palette.stone_shade, palette.stone_deep
        canvas.rectangle(110, 140, 420, 130, stone)
        canvas.rectangle(104, 132, 432, 12, shade)
        canvas.rectangle(250, 110, 140, 30, stone)
        canvas.rectangle(246, 104, 148, 8, shade)
        canvas.rectangle(282, 118, 76, 14, mix(stone, deep, 0.25), radius=2)
        chooser = random.Random(17)
        self.windows = []
        for floor in range(4):
            for column in range(14):
                x = 122 + column * 29.5
                if PORTICO[0] - 16 < x < PORTICO[1]:
                    continue
                y = 152 + floor * 27
                colour = mix(palette.window_dark, palette.sky_middle, 0.2)
                if chooser.random() < 0.15:
                    colour = mix(palette.window_lit, palette.window_dark, 0.2)
                canvas.rectangle(x, y, 14, 18, deep)
                canvas.rectangle(x + 1.5, y + 1.5, 11, 15, colour)
                self.windows.append((x + 1.5, y + 1.5, 11, 15))
        # A deep portico of heavy square pillars.
        canvas.rectangle(PORTICO[0], 146, PORTICO[1] - PORTICO[0], 124, deep)
        canvas.rectangle(PORTICO[0] - 4, 140, PORTICO[1] - PORTICO[0] + 8, 8, shade)
        for index in range(5):
            canvas.rectangle(PORTICO[0] + 4 + index * 26, 148, 10, 122, stone)
            canvas.rectangle(PORTICO[0] + 4 + index * 26, 148, 3, 122, shade)
        canvas.rectangle(318.5, 64, 3, 42, palette.metal)
        self.paint_wall_and_gate(canvas)
        # People waiting at the gate, seen from behind; the way to the gate is kept clear.
        coats = palette.coats()
        chooser = random.Random(8)
        for x in range(int(canvas.left) + 10, int(canvas.right), 24):
            if GATE[0] + 8 < x < GATE[1] - 8:
                continue
            headwear, scarf = random_headwear(chooser, palette)
            person(
                canvas,
                x + chooser.uniform(-5, 5),
                346 + chooser.uniform(-4, 6),
                60,
                chooser.choice(coats),
                palette,
                arm_up=1 if chooser.random() < 0.1 else 0,
                legs=palette.outline,
                headwear=headwear,
                scarf=scarf,
            )
        crowd_row(canvas, palette, 404, 96, 0.0, seed=41, spacing=(0.4, 0.6), skip=(270, 370))
        crowd_row(
            canvas,
            palette,
            canvas.bottom + 70,
            180,
            0.0,
            seed=42,
            spacing=(0.38, 0.62),
            raised=0.25,
            skip=(230, 410),
        )

    def paint_wall_and_gate(self, canvas: Canvas) -> None:
        """Paint the perimeter wall topped with wire, the barred gate, its lamps and a booth."""
        palette = self.palette
        stone, shade, deep = palette.stone, palette.stone_shade, palette.stone_deep
        wall = mix(stone, deep, 0.35)
        width = canvas.right - canvas.left
        canvas.rectangle(canvas.left, WALL_TOP, width, WALL_BOTTOM - WALL_TOP, wall)
        canvas.rectangle(canvas.left, WALL_TOP - 6, width, 7, shade)
        for x in range(int(canvas.left), int(canvas.right), 40):
            canvas.rectangle(x, WALL_TOP + 4, 1.4, WALL_BOTTOM - WALL_TOP - 4, deep)
        # Coiled wire along the top of the wall.
        coil_width = max(1, round(canvas.length(0.9)))
        x = canvas.left
        while x < canvas.right:
            centre = canvas.point(x, WALL_TOP - 11)
            pygame.draw.circle(
                canvas.surface, palette.metal_light, centre, canvas.length(5), coil_width
            )
            x += 7
        gate_left, gate_right = GATE
        for pillar in (gate_left - 16, gate_right):
            canvas.rectangle(pillar, WALL_TOP - 30, 16, WALL_BOTTOM - WALL_TOP + 30, shade)
            canvas.rectangle(pillar - 2, WALL_TOP - 34, 20, 6, stone)
        # The gate stands open: the yard shows through, both barred leaves swung inward.
        canvas.rectangle(
            gate_left, WALL_TOP - 18, gate_right - gate_left, WALL_BOTTOM - WALL_TOP + 18, deep
        )
        canvas.polygon(
            [
                (gate_left, WALL_TOP + 26),
                (gate_right, WALL_TOP + 26),
                (gate_right, WALL_BOTTOM),
                (gate_left, WALL_BOTTOM),
            ],
            mix(palette.pavement_light, palette.window_lit, 0.25),
        )
        # Light from the yard spills out through the opening.
        canvas.polygon(
            [
                (gate_left + 10, WALL_BOTTOM),
                (gate_right - 10, WALL_BOTTOM),
                (gate_right + 30, WALL_BOTTOM + 40),
                (gate_left - 30, WALL_BOTTOM + 40),
            ],
            mix(palette.pavement, palette.window_lit, 0.18),
        )
        # Both barred leaves stand swung out towards us, wide open.
        for hinge, tip in ((gate_left, gate_left - 40), (gate_right, gate_right + 40)):
            top_near, bottom_near = WALL_TOP - 34, WALL_BOTTOM + 16
            leaf = [
                (hinge, WALL_TOP - 22),
                (tip, top_near),
                (tip, bottom_near),
                (hinge, WALL_BOTTOM),
            ]
            canvas.polygon(leaf, mix(palette.window_dark, palette.pavement, 0.3))
            for share in (0.1, 0.28, 0.46, 0.64, 0.82, 1.0):
                x = hinge + (tip - hinge) * share
                canvas.line(
                    (x, WALL_TOP - 22 + (top_near - WALL_TOP + 22) * share),
                    (x, WALL_BOTTOM + (bottom_near - WALL_BOTTOM) * share),
                    2.0,
                    palette.metal,
                )
            for y_far, y_near in (
                (WALL_TOP - 14, top_near + 10),
                (WALL_BOTTOM - 8, bottom_near - 10),
            ):
                canvas.line((hinge, y_far), (tip, y_near), 2.6, palette.metal_light)
        # People walking in through the open gate, seen from behind.
        chooser = random.Random(5)
        for x, foot, height in (
            (292, WALL_BOTTOM - 14, 40),
            (318, WALL_BOTTOM - 18, 36),
            (344, WALL_BOTTOM - 12, 42),
            (304, WALL_BOTTOM + 6, 52),
            (336, WALL_BOTTOM + 8, 54),
        ):
            headwear, scarf = random_headwear(chooser, palette)
            person(
                canvas,
                x,
                foot,
                height,
                mix(chooser.choice(palette.coats()), palette.window_lit, 0.1),
                palette,
                arm_up=1 if chooser.random() < 0.3 else 0,
                legs=palette.outline,
                headwear=headwear,
                scarf=scarf,
            )
        for lamp_x, lamp_y in LAMPS:
            canvas.rectangle(lamp_x - 4, lamp_y - 2, 8, 10, palette.metal, radius=2)
            canvas.rectangle(lamp_x - 2.5, lamp_y, 5, 6, palette.window_lit, radius=1)
        # The guard booth beside the gate, and a plain plate on the wall.
        canvas.rectangle(412, WALL_TOP - 28, 40, WALL_BOTTOM - WALL_TOP + 28, stone)
        canvas.rectangle(408, WALL_TOP - 32, 48, 6, shade)
        canvas.rectangle(
            420, WALL_TOP - 18, 24, 16, mix(palette.window_lit, palette.window_dark, 0.35)
        )
        canvas.rectangle(214, WALL_TOP + 10, 26, 18, deep, radius=2)
        canvas.rectangle(218, WALL_TOP + 15, 18, 2, shade)
        canvas.rectangle(218, WALL_TOP + 21, 12, 2, shade)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flag, a cloud and the gate lamp's glow for this size."""
        self.flag = flag_surface(round(canvas.length(FLAG_WIDTH)), self.palette)
        self.lamp = glow_sprite(canvas.length(20), self.palette.window_lit, 200)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the flag's, the two lamps' and the flickering window's rectangles."""
        radius = self.lamp.get_width() / canvas.scale / 2 + 1
        areas = [flag_area((321, 65), FLAG_WIDTH, FLAG_WAVE)]
        areas += [(x - radius, y + 3 - radius, radius * 2, radius * 2) for x, y in LAMPS]
        areas.append(self.windows[30])
        return areas

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flag, let the gate lamps and one window flicker."""
        palette = self.palette
        waving_flag(
            canvas.surface, self.flag, canvas.point(321, 65), time_s, canvas.length(FLAG_WAVE)
        )
        flicker = 0.78 + 0.22 * math.sin(time_s * 5.0) * math.sin(time_s * 1.7)
        self.lamp.set_alpha(round(255 * flicker))
        for lamp_x, lamp_y in LAMPS:
            centre = canvas.point(lamp_x, lamp_y + 3)
            canvas.surface.blit(
                self.lamp, self.lamp.get_rect(center=(round(centre[0]), round(centre[1])))
            )
        glow = 0.5 + 0.5 * math.sin(time_s * 0.9)
        canvas.rectangle(*self.windows[30], mix(palette.window_dark, palette.window_lit, glow))
