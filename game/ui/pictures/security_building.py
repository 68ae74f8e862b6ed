"""The National Security Committee building: a stern stone block behind a wall and a barred gate."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_surface, person, random_headwear, waving_flag
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import cloud_sprite, drift, dusk_sky, glow_sprite, ground, mountains

HORIZON = 256
WALL_TOP = 262
WALL_BOTTOM = 322
GATE = (262, 378)
PORTICO = (262, 378)
LAMPS = ((GATE[0] - 8, WALL_TOP - 42), (GATE[1] + 8, WALL_TOP - 42))


class SecurityBuilding(Illustration):
    """Draw the security service building, its wall and closed barred gate, people waiting outside."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the stone building, the wall, the gate and the people outside."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=2.93)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
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
        for x in range(int(canvas.left) - 10, int(canvas.right) + 20, 46):
            if 210 < x < 430:
                continue
            headwear, scarf = random_headwear(chooser, palette)
            person(
                canvas,
                x + chooser.uniform(-8, 8),
                424,
                108,
                mix(chooser.choice(coats), palette.outline, 0.2),
                palette,
                arm_up=1 if chooser.random() < 0.2 else 0,
                headwear=headwear,
                scarf=scarf,
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
        canvas.rectangle(
            gate_left,
            WALL_TOP - 18,
            gate_right - gate_left,
            WALL_BOTTOM - WALL_TOP + 18,
            mix(palette.window_dark, palette.pavement, 0.4),
        )
        for x in range(gate_left + 5, gate_right - 2, 8):
            canvas.rectangle(x, WALL_TOP - 22, 3, WALL_BOTTOM - WALL_TOP + 22, palette.metal)
            canvas.polygon(
                [(x - 1, WALL_TOP - 22), (x + 1.5, WALL_TOP - 28), (x + 4, WALL_TOP - 22)],
                palette.metal,
            )
        for y in (WALL_TOP - 14, WALL_TOP + 18, WALL_BOTTOM - 8):
            canvas.rectangle(gate_left, y, gate_right - gate_left, 4, palette.metal_light)
        middle = (gate_left + gate_right) / 2
        canvas.rectangle(
            middle - 0.8, WALL_TOP - 22, 1.6, WALL_BOTTOM - WALL_TOP + 22, palette.outline
        )
        canvas.rectangle(middle - 6, WALL_TOP + 8, 12, 8, palette.metal_light, radius=1)
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
        self.flag = flag_surface(round(canvas.length(34)), self.palette)
        self.cloud = cloud_sprite(canvas, 140, self.palette.cloud, 130)
        self.lamp = glow_sprite(canvas.length(20), self.palette.window_lit, 200)

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Drift a cloud, wave the flag, let the gate lamp and one window flicker."""
        palette = self.palette
        width = self.cloud.get_width() / canvas.scale
        canvas.surface.blit(
            self.cloud, canvas.point(drift(time_s, 3.5, 420, canvas.left - width, canvas.right), 30)
        )
        waving_flag(canvas.surface, self.flag, canvas.point(321, 65), time_s, canvas.length(2.5))
        flicker = 0.78 + 0.22 * math.sin(time_s * 5.0) * math.sin(time_s * 1.7)
        self.lamp.set_alpha(round(255 * flicker))
        for lamp_x, lamp_y in LAMPS:
            centre = canvas.point(lamp_x, lamp_y + 3)
            canvas.surface.blit(
                self.lamp, self.lamp.get_rect(center=(round(centre[0]), round(centre[1])))
            )
        glow = 0.5 + 0.5 * math.sin(time_s * 0.9)
        canvas.rectangle(*self.windows[30], mix(palette.window_dark, palette.window_lit, glow))
