"""The National Security Committee building: a stern stone block behind a wall and a barred gate."""

from __future__ import annotations

import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_surface, person, waving_flag
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import cloud_sprite, drift, dusk_sky, glow_sprite, ground, mountains

HORIZON = 256
WALL_TOP = 262
WALL_BOTTOM = 322
GATE = (262, 378)
LAMP = (320, 250)


class SecurityBuilding(Illustration):
    """Draw the security service building, its wall and closed barred gate, people waiting outside."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the stone building, the wall, the gate and the people outside."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.15, palette.mountain_far, seed=3.3)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        stone, shade, deep = palette.stone, palette.stone_shade, palette.stone_deep
        canvas.rectangle(110, 140, 420, 130, stone)
        canvas.rectangle(104, 132, 432, 12, shade)
        canvas.rectangle(250, 112, 140, 30, stone)
        canvas.rectangle(246, 106, 148, 8, shade)
        chooser = random.Random(17)
        self.windows = []
        for floor in range(4):
            for column in range(14):
                x = 122 + column * 29.5
                y = 152 + floor * 27
                colour = mix(palette.window_dark, palette.sky_middle, 0.2)
                if chooser.random() < 0.15:
                    colour = mix(palette.window_lit, palette.window_dark, 0.2)
                canvas.rectangle(x, y, 14, 18, deep)
                canvas.rectangle(x + 1.5, y + 1.5, 11, 15, colour)
                self.windows.append((x + 1.5, y + 1.5, 11, 15))
        # Heavy square pillars across the entrance.
        for index in range(5):
            canvas.rectangle(268 + index * 24, 142, 9, 120, shade)
        canvas.rectangle(318.5, 70, 3, 40, palette.metal)
        # The perimeter wall and the barred gate.
        canvas.rectangle(
            canvas.left,
            WALL_TOP,
            canvas.right - canvas.left,
            WALL_BOTTOM - WALL_TOP,
            mix(stone, deep, 0.35),
        )
        canvas.rectangle(canvas.left, WALL_TOP - 6, canvas.right - canvas.left, 7, shade)
        for x in range(int(canvas.left), int(canvas.right), 40):
            canvas.rectangle(x, WALL_TOP + 4, 1.4, WALL_BOTTOM - WALL_TOP - 4, deep)
        gate_left, gate_right = GATE
        canvas.rectangle(gate_left - 14, WALL_TOP - 26, 14, WALL_BOTTOM - WALL_TOP + 26, shade)
        canvas.rectangle(gate_right, WALL_TOP - 26, 14, WALL_BOTTOM - WALL_TOP + 26, shade)
        canvas.rectangle(
            gate_left,
            WALL_TOP - 14,
            gate_right - gate_left,
            WALL_BOTTOM - WALL_TOP + 14,
            mix(palette.window_dark, palette.pavement, 0.4),
        )
        for x in range(gate_left + 6, gate_right, 9):
            canvas.rectangle(x, WALL_TOP - 14, 3, WALL_BOTTOM - WALL_TOP + 14, palette.metal)
        for y in (WALL_TOP - 12, WALL_TOP + 20, WALL_BOTTOM - 6):
            canvas.rectangle(gate_left, y, gate_right - gate_left, 4, palette.metal_light)
        canvas.rectangle(
            (gate_left + gate_right) / 2 - 1,
            WALL_TOP - 14,
            2,
            WALL_BOTTOM - WALL_TOP + 14,
            palette.outline,
        )
        canvas.rectangle(LAMP[0] - 9, LAMP[1] - 2, 18, 5, palette.metal)
        # People waiting at the gate, seen from behind.
        coats = palette.coats()
        chooser = random.Random(8)
        for x in range(int(canvas.left) + 10, int(canvas.right), 26):
            if GATE[0] - 10 < x < GATE[1] + 10 and x % 3:
                continue
            person(
                canvas,
                x + chooser.uniform(-5, 5),
                352 + chooser.uniform(-4, 4),
                62,
                chooser.choice(coats),
                palette,
                legs=palette.outline,
            )
        for x in range(int(canvas.left) - 10, int(canvas.right) + 20, 44):
            person(
                canvas,
                x + chooser.uniform(-8, 8),
                420,
                104,
                mix(chooser.choice(coats), palette.outline, 0.2),
                palette,
                arm_up=1 if chooser.random() < 0.15 else 0,
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flag, a cloud and the gate lamp's glow for this size."""
        self.flag = flag_surface(round(canvas.length(34)), self.palette)
        self.cloud = cloud_sprite(canvas, 140, self.palette.cloud, 130)
        self.lamp = glow_sprite(canvas.length(26), self.palette.window_lit, 210)

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Drift a cloud, wave the flag, let the gate lamp and one window flicker."""
        palette = self.palette
        width = self.cloud.get_width() / canvas.scale
        canvas.surface.blit(
            self.cloud, canvas.point(drift(time_s, 3.5, 420, canvas.left - width, canvas.right), 30)
        )
        waving_flag(canvas.surface, self.flag, canvas.point(321, 71), time_s, canvas.length(2.5))
        flicker = 0.75 + 0.25 * math.sin(time_s * 5.0) * math.sin(time_s * 1.7)
        self.lamp.set_alpha(round(255 * flicker))
        centre = canvas.point(LAMP[0], LAMP[1] + 4)
        canvas.surface.blit(
            self.lamp, self.lamp.get_rect(center=(round(centre[0]), round(centre[1])))
        )
        glow = 0.5 + 0.5 * math.sin(time_s * 0.9)
        canvas.rectangle(*self.windows[30], mix(palette.window_dark, palette.window_lit, glow))
