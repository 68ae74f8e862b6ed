"""Fifteen years of protest: one square seen three times, the older views faded like old prints.

Crowds with flags and plain banners (no slogans) fill a city square under the mountains in
three panels side by side: sepia on the left, faded in the middle, in colour on the right.
Nothing in it names a place, a year or a person.
"""

from __future__ import annotations

import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import crowd, flag_area, flag_surface, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Colour, Palette, mix
from game.ui.pictures.scenery import (
    dusk_sky,
    ground,
    mountains,
    spruce,
    still_clouds,
    windows_grid,
)

HORIZON = 232
SEAM = 3.0
# Per panel (oldest first): a blank banner's offset from the panel's centre, its width, top
# and colour; and the flags, as offsets from the centre and pole tops.
BANNERS = ((-18, 84, 196, "scarf_2"), (-6, 96, 188, "flag_red"), (-30, 64, 204, "scarf_3"))
FLAGS = (((18, 150),), ((-10, 140),), ((14, 142), (-40, 160)))
FLAG_WIDTH = 36
FLAG_WAVE = 2.6
SEPIA = (255, 224, 182)
FADED = (222, 228, 248)


def city_blocks(canvas: Canvas, palette: Palette, seed: int) -> None:
    """Paint a row of plain low-rise blocks along the far side of the square."""
    chooser = random.Random(seed)
    x = canvas.left - 10
    while x < canvas.right:
        width = chooser.uniform(46, 80)
        height = chooser.uniform(34, 62)
        top = HORIZON - height
        wall = mix(palette.stone, palette.sky_middle, chooser.uniform(0.2, 0.45))
        canvas.rectangle(x, top, width - 4, height + 4, wall)
        canvas.rectangle(x, top, width - 4, 3, mix(wall, palette.marble, 0.4))
        windows_grid(
            canvas,
            x + 5,
            top + 7,
            int((width - 10) // 11),
            int((height - 10) // 12),
            (11, 12),
            (6, 7),
            mix(palette.window_dark, wall, 0.3),
            palette.window_lit,
            0.18,
            seed=int(x * 10),
        )
        x += width


def tone(canvas: Canvas, left: float, right: float, colour: Colour, grey: int) -> None:
    """Make the panel between design ``left`` and ``right`` look like an old print."""
    x0 = max(canvas.rect.left, round(canvas.point(left, 0)[0]))
    x1 = min(canvas.rect.right, round(canvas.point(right, 0)[0]))
    if x1 <= x0:
        return
    area = pygame.Rect(x0, canvas.rect.top, x1 - x0, canvas.rect.height)
    panel = canvas.surface.subsurface(area)
    # grayscale misreads a subsurface's rows, so convert a plain copy.
    grey_copy = pygame.transform.grayscale(panel.copy())
    grey_copy.set_alpha(grey)
    panel.blit(grey_copy, (0, 0))
    panel.fill(colour, special_flags=pygame.BLEND_RGB_MULT)


class YearsOfProtest(Illustration):
    """Draw a square full of people with flags and banners, at three times, side by side."""

    motion_hz = 8.0
    core_width = 420

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the square and its crowd once, then age the left and middle panels."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.cloud, [(180, 60, 150), (430, 34, 140), (600, 90, 120)])
        mountains(canvas, palette, HORIZON - 20, 1.15, palette.mountain_far, seed=1.7)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        city_blocks(canvas, palette, seed=3)
        for x in range(int(canvas.left), int(canvas.right) + 30, 34):
            spruce(canvas, x + (x * 7) % 11, HORIZON + 8, 30, palette.tree, palette.tree_light)
        crowd(canvas, palette, HORIZON + 14, seed=61, rows=6, front_height=150)
        width = canvas.right - canvas.left
        self.seams = (canvas.left + width / 3, canvas.left + width * 2 / 3)
        centres = [canvas.left + width * (index * 2 + 1) / 6 for index in range(3)]
        self.waving = [(centres[2] + dx, top) for dx, top in FLAGS[2]]
        still = [(centres[panel] + dx, top) for panel in (0, 1) for dx, top in FLAGS[panel]]
        for (offset, banner_width, top, colour), centre in zip(BANNERS, centres, strict=True):
            left = centre + offset - banner_width / 2
            right = left + banner_width
            for pole in (left, right):
                canvas.line((pole, top - 6), (pole, top + 70), 2.4, palette.table)
            canvas.rectangle(left, top, right - left, 26, getattr(palette, colour), radius=2)
            canvas.rectangle(
                left, top + 20, right - left, 3, mix(palette.outline, palette.placard, 0.5)
            )
        for pole_x, pole_top in (*still, *self.waving):
            canvas.line((pole_x, pole_top), (pole_x, pole_top + 130), 2.2, palette.metal)
        for pole_x, pole_top in still:
            flag = flag_surface(round(canvas.length(FLAG_WIDTH)), palette)
            canvas.surface.blit(flag, canvas.point(pole_x + 1, pole_top))
        tone(canvas, canvas.left, self.seams[0], SEPIA, 235)
        tone(canvas, self.seams[0], self.seams[1], FADED, 190)
        for seam in self.seams:
            canvas.rectangle(
                seam - SEAM / 2, canvas.top, SEAM, canvas.bottom - canvas.top, palette.placard
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flag the colour panel waves."""
        self.flag = flag_surface(round(canvas.length(FLAG_WIDTH)), self.palette)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the two waving flags' rectangles."""
        return [flag_area((x + 1, top), FLAG_WIDTH, FLAG_WAVE) for x, top in self.waving]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flags of today's crowd; the old prints stay still."""
        for index, (pole_x, pole_top) in enumerate(self.waving):
            waving_flag(
                canvas.surface,
                self.flag,
                canvas.point(pole_x + 1, pole_top),
                time_s + index * 1.1,
                canvas.length(FLAG_WAVE),
            )
