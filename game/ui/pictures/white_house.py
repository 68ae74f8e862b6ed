"""The White House in Bishkek at night, the crowd on the square; and the building itself."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import crowd, flag_area, flag_surface, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix, tinted
from game.ui.pictures.scenery import (
    ground,
    light_sprite,
    mountains,
    night_sky,
    spruce,
    star_positions,
)

HORIZON = 268
FLAG_WIDTH = 40
FLAG_WAVE = 3.0
FLOORS = 7
BAYS = 17


def paint_government_house(
    canvas: Canvas,
    palette: Palette,
    left: float,
    right: float,
    top: float,
    bottom: float,
    lit_windows: float,
    seed: int,
) -> list[tuple[float, float, float, float]]:
    """Paint the White House's ribbed marble block; return the window rectangles (design units)."""
    width = right - left
    height = bottom - top
    marble, shade, deep = palette.marble, palette.marble_shade, palette.marble_deep
    # Setback top floor and the roof cornice.
    canvas.rectangle(left + width * 0.16, top - height * 0.09, width * 0.68, height * 0.1, shade)
    canvas.rectangle(left + width * 0.16, top - height * 0.09, width * 0.68, height * 0.015, marble)
    canvas.rectangle(left, top, width, height, marble)
    canvas.rectangle(left - width * 0.015, top - height * 0.01, width * 1.03, height * 0.06, marble)
    canvas.rectangle(left - width * 0.015, top + height * 0.045, width * 1.03, height * 0.012, deep)
    chooser = random.Random(seed)
    windows = []
    band_top = top + height * 0.1
    band_bottom = bottom - height * 0.2
    bay = width / BAYS
    floor_height = (band_bottom - band_top) / FLOORS
    for column in range(BAYS):
        bay_left = left + column * bay + bay * 0.24
        bay_width = bay * 0.52
        canvas.rectangle(bay_left, band_top, bay_width, band_bottom - band_top, deep)
        for floor in range(FLOORS):
            window_top = band_top + floor * floor_height + floor_height * 0.16
            window = (bay_left + bay_width * 0.12, window_top, bay_width * 0.76, floor_height * 0.7)
            share = floor / FLOORS
            colour = mix(palette.window_dark, palette.sky_middle, 0.35 * (1 - share))
            if chooser.random() < lit_windows:
                colour = mix(palette.window_lit, palette.window_dark, chooser.uniform(0.0, 0.35))
            canvas.rectangle(*window, colour)
            windows.append(window)
        # Evening light from the west catches one edge of every rib.
        canvas.rectangle(left + column * bay, band_top, bay * 0.05, band_bottom - band_top, shade)
    # The ground floor and the columned entrance in the middle.
    canvas.rectangle(left, band_bottom, width, bottom - band_bottom, mix(marble, shade, 0.4))
    porch_left = left + width * 0.38
    porch_width = width * 0.24
    canvas.rectangle(porch_left, band_bottom - height * 0.04, porch_width, height * 0.05, marble)
    canvas.rectangle(
        porch_left, band_bottom + height * 0.01, porch_width, bottom - band_bottom, deep
    )
    for index in range(6):
        column_x = porch_left + porch_width * (0.06 + index * 0.176)
        canvas.rectangle(
            column_x, band_bottom + height * 0.01, porch_width * 0.05, bottom - band_bottom, marble
        )
    return windows


class WhiteHouse(Illustration):
    """Draw the White House at night, its windows lit, a crowd filling the square before it."""

    motion_hz = 6.0
    core_width = 430

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the night sky, the dark range, the lit building, lamps and the crowd."""
        palette = self.palette
        night_sky(canvas, palette, HORIZON)
        for x, y in star_positions(canvas, 60, HORIZON - 90, seed=33):
            canvas.circle(x, y, 0.8, mix(palette.star, palette.night_top, 0.4))
        dark_mountain = mix(palette.mountain_near, palette.night_top, 0.6)
        mountains(
            canvas,
            palette,
            HORIZON,
            1.05,
            dark_mountain,
            seed=2.93,
            snow=mix(palette.snow, palette.night_top, 0.6),
        )
        ground(
            canvas, HORIZON, mix(palette.pavement, palette.night_top, 0.45), palette.night_horizon
        )
        night = replace(
            palette,
            marble=mix(palette.marble, palette.night_horizon, 0.45),
            marble_shade=mix(palette.marble_shade, palette.night_horizon, 0.55),
            marble_deep=mix(palette.marble_deep, palette.night_top, 0.55),
            window_dark=mix(palette.window_dark, palette.night_top, 0.5),
            sky_middle=palette.night_horizon,
        )
        self.windows = paint_government_house(canvas, night, 160, 480, 120, 262, 0.45, seed=7)
        canvas.rectangle(318.5, 62, 3, 50, palette.metal)
        tree = mix(palette.tree, palette.night_top, 0.5)
        tree_light = mix(palette.tree_light, palette.night_top, 0.4)
        for x in (96, 126, 514, 544):
            spruce(canvas, x, 268, 80, tree, tree_light)
        light = light_sprite(canvas.length(46), palette.window_lit, 80)
        for lamp_x in (130, 250, 390, 510):
            canvas.rectangle(lamp_x - 1.2, 236, 2.4, 54, palette.metal)
            head = canvas.point(lamp_x, 235)
            canvas.surface.blit(
                light, light.get_rect(center=head), special_flags=pygame.BLEND_RGB_ADD
            )
            canvas.circle(lamp_x, 235, 4.5, palette.window_lit)
        crowd(
            canvas,
            tinted(palette, palette.night_top, 0.42),
            276,
            seed=51,
            rows=6,
            front_height=170,
            haze_colour=palette.night_horizon,
        )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the roof flag for this size and choose the windows that flicker."""
        self.flag = flag_surface(round(canvas.length(FLAG_WIDTH)), self.palette)
        self.twinkles = [self.windows[index] for index in (5 * FLOORS + 2, 11 * FLOORS + 4)]

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the flag's and the flickering windows' rectangles."""
        return [flag_area((321, 63), FLAG_WIDTH, FLAG_WAVE), *self.twinkles]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flag and let two windows' lights come and go, as people move inside."""
        waving_flag(
            canvas.surface, self.flag, canvas.point(321, 63), time_s, canvas.length(FLAG_WAVE)
        )
        for index, window in enumerate(self.twinkles):
            glow = 0.5 + 0.5 * math.sin(time_s * 1.3 + index * 2.0)
            dark = mix(self.palette.window_dark, self.palette.night_top, 0.5)
            canvas.rectangle(*window, mix(dark, self.palette.window_lit, glow))
