"""A rally on the square: a crowd seen from behind, flags and placards, the White House ahead."""

from __future__ import annotations

import math

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import crowd, flag_area, flag_surface, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, ground, mountains, spruce
from game.ui.pictures.white_house import paint_government_house

HORIZON = 236
FLAG_WIDTH = 46
FLAG_WAVE = 3.5
FLAG_POLES = ((170, 150), (352, 128), (470, 160))
# Blank placards (no slogans): x, top, phase.
PLACARDS = ((236, 214, 0.0), (410, 224, 1.7), (140, 246, 3.1))
PLACARD_LIFT = 3.0


class CrowdRally(Illustration):
    """Draw a rally: a crowd filling the square up to the frame, facing the White House."""

    motion_hz = 10.0
    core_width = 420

    def paint_base(self, canvas: Canvas) -> None:
        """Paint sky, mountains, the building, the poles and every row of the crowd."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=2.6)
        mountains(canvas, palette, HORIZON, 0.55, palette.mountain_near, seed=0.4, snow_share=0.95)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        paint_government_house(canvas, palette, 220, 420, 170, 240, 0.2, seed=3)
        for x in (150, 178, 196, 444, 462, 490):
            spruce(canvas, x, 242, 40, palette.tree, palette.tree_light)
        for pole_x, pole_top in FLAG_POLES:
            canvas.line((pole_x, pole_top), (pole_x + 2, 330), 2.4, palette.metal)
        for x, top, _phase in PLACARDS:
            canvas.line((x, top + 20), (x, top + 70), 2.6, palette.table)
        crowd(canvas, palette, 244, seed=4, rows=7, front_height=165)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flag for this size."""
        self.flag = flag_surface(round(canvas.length(FLAG_WIDTH)), self.palette)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the flags' and the placards' rectangles."""
        areas = [
            flag_area((pole_x + 1, pole_top), FLAG_WIDTH, FLAG_WAVE)
            for pole_x, pole_top in FLAG_POLES
        ]
        areas += [
            (x - 27, top - 11 - PLACARD_LIFT, 54, 36 + PLACARD_LIFT * 2) for x, top, _ in PLACARDS
        ]
        return areas

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flags and lift the blank placards a little, out of step."""
        palette = self.palette
        for index, (pole_x, pole_top) in enumerate(FLAG_POLES):
            waving_flag(
                canvas.surface,
                self.flag,
                canvas.point(pole_x + 1, pole_top),
                time_s + index * 0.9,
                canvas.length(FLAG_WAVE),
            )
        for x, top, phase in PLACARDS:
            lift = PLACARD_LIFT * math.sin(time_s * 2.1 + phase)
            canvas.rectangle(x - 26, top + lift - 10, 52, 34, palette.placard, radius=2)
            canvas.rectangle(x - 20, top + lift - 3, 40, 5, palette.flag_red)
            canvas.rectangle(
                x - 20, top + lift + 7, 28, 4, mix(palette.placard, palette.outline, 0.3)
            )
