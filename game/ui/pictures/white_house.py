"""The White House in Bishkek at dusk: the seat of government, a flag on its roof."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_surface, person, waving_flag
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import (
    cloud_sprite,
    drift,
    dusk_sky,
    ground,
    light_sprite,
    mountains,
    spruce,
)

HORIZON = 262
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
    """Draw the White House at dusk with the Ala-Too range behind and spruces in front."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint sky, mountains, the building, spruces and the square."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.05, palette.mountain_far, seed=2.93)
        mountains(canvas, palette, HORIZON, 0.7, palette.mountain_near, seed=4.2, snow_share=0.95)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        self.windows = paint_government_house(canvas, palette, 150, 490, 150, 300, 0.12, seed=7)
        # Steps down to the square.
        for step in range(3):
            canvas.rectangle(
                140 - step * 8,
                300 + step * 5,
                360 + step * 16,
                5,
                mix(palette.marble_shade, palette.pavement, step * 0.3),
            )
        canvas.rectangle(318.5, 80, 3, 62, palette.metal)
        x = canvas.left + 18
        while x < 150:
            spruce(canvas, x, 306 + (x % 7), 86 + (x * 13) % 30, palette.tree, palette.tree_light)
            x += 34
        x = 505
        while x < canvas.right + 10:
            spruce(canvas, x, 306 + (x % 5), 90 + (x * 7) % 28, palette.tree, palette.tree_light)
            x += 36
        # Lamps along the square, their light pooling on the paving.
        # Paving joints run towards the building.
        for index in range(-12, 13):
            canvas.line(
                (320 + index * 30, 318), (320 + index * 62, canvas.bottom), 0.8, palette.ground
            )
        for row in range(4):
            y = 330 + row * 18 + row * row * 4
            canvas.rectangle(canvas.left, y, canvas.right - canvas.left, 0.8, palette.ground)
        light = light_sprite(canvas.length(40), palette.window_lit, 70)
        pool = pygame.transform.smoothscale(
            light, (light.get_width(), max(1, light.get_height() // 4))
        )
        for lamp_x in (110, 236, 404, 530):
            centre = canvas.point(lamp_x, 352)
            canvas.surface.blit(
                pool, pool.get_rect(center=centre), special_flags=pygame.BLEND_RGB_ADD
            )
            canvas.rectangle(lamp_x - 1.2, 300, 2.4, 52, palette.metal)
            head = canvas.point(lamp_x, 299)
            canvas.surface.blit(
                light, light.get_rect(center=head), special_flags=pygame.BLEND_RGB_ADD
            )
            canvas.circle(lamp_x, 299, 4.5, palette.window_lit)
        # A few people crossing the square give the building its scale.
        chooser = random.Random(12)
        for x, foot in ((180, 334), (196, 336), (452, 340), (300, 372), (560, 380)):
            coat = chooser.choice(palette.coats())
            person(canvas, x, foot, 30 + (foot - 330) * 0.25, coat, palette, legs=palette.outline)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flag and the clouds for this size."""
        self.flag = flag_surface(round(canvas.length(46)), self.palette)
        cloud_colour = mix(self.palette.cloud, self.palette.sky_middle, 0.2)
        self.clouds = [
            (cloud_sprite(canvas, 150, cloud_colour, 150), 40, 60.0, 3.0),
            (cloud_sprite(canvas, 110, cloud_colour, 120), 78, 400.0, 4.5),
            (cloud_sprite(canvas, 90, self.palette.cloud, 110), 20, 250.0, 2.2),
        ]
        self.twinkle = self.windows[5 * FLOORS + 2]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Drift the clouds, wave the flag and let one window light flicker on and off."""
        for sprite, y, start, speed in self.clouds:
            width_design = sprite.get_width() / canvas.scale
            x = drift(time_s, speed, start, canvas.left - width_design, canvas.right)
            canvas.surface.blit(sprite, canvas.point(x, y - sprite.get_height() / canvas.scale / 2))
        waving_flag(canvas.surface, self.flag, canvas.point(321, 81), time_s, canvas.length(3))
        glow = 0.5 + 0.5 * math.sin(time_s * 1.3)
        colour = mix(self.palette.window_dark, self.palette.window_lit, glow)
        canvas.rectangle(*self.twinkle, colour)
