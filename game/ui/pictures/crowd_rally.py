"""A rally on the square: a crowd seen from behind, flags and placards, the White House ahead."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import (
    flag_surface,
    person,
    person_sprite,
    random_headwear,
    waving_flag,
)
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import Palette, mix
from game.ui.pictures.scenery import cloud_sprite, drift, dusk_sky, ground, mountains, spruce
from game.ui.pictures.white_house import paint_government_house

HORIZON = 250
BACK_ROWS = 4
FLAG_POLES = ((196, 168), (430, 150), (560, 176))
PLACARDS = ((120, 232, 0.0), (350, 222, 1.7), (500, 236, 3.1))


def crowd_row(
    canvas: Canvas, palette: Palette, foot: float, height: float, haze: float, seed: int
) -> None:
    """Paint one row of the crowd across the whole width, hazier further back."""
    chooser = random.Random(seed)
    x = canvas.left - chooser.uniform(0, height * 0.3)
    coats = palette.coats()
    back_colour = mix(palette.sky_middle, palette.ground, 0.5)
    while x < canvas.right + height * 0.3:
        coat = mix(chooser.choice(coats), back_colour, haze)
        arm_up = 1 if chooser.random() < 0.12 else 0
        headwear, scarf = random_headwear(chooser, palette)
        person(
            canvas,
            x,
            foot + chooser.uniform(-2, 2),
            height * chooser.uniform(0.92, 1.06),
            coat,
            palette,
            arm_up=arm_up,
            headwear=headwear,
            scarf=mix(scarf, back_colour, haze),
        )
        x += height * chooser.uniform(0.3, 0.42)


class CrowdRally(Illustration):
    """Draw a rally: rows of people facing the White House under a dusk sky."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint sky, mountains, the distant building and the still back rows of the crowd."""
        palette = self.palette
        dusk_sky(canvas, palette, HORIZON)
        mountains(canvas, palette, HORIZON, 1.1, palette.mountain_far, seed=2.6)
        mountains(canvas, palette, HORIZON, 0.55, palette.mountain_near, seed=0.4, snow_share=0.95)
        ground(canvas, HORIZON, palette.pavement, palette.ground)
        paint_government_house(canvas, palette, 236, 404, 180, 252, 0.2, seed=3)
        for x in (150, 178, 206, 434, 462, 490):
            spruce(canvas, x, 254, 44, palette.tree, palette.tree_light)
        for pole_x, pole_top in FLAG_POLES:
            canvas.line((pole_x, pole_top), (pole_x + 2, 330), 2.4, palette.metal)
        for row in range(BACK_ROWS):
            crowd_row(canvas, palette, 262 + row * 24, 34 + row * 14, 0.55 - row * 0.14, seed=row)
        crowd_row(canvas, palette, 372, 118, 0.0, seed=BACK_ROWS)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the flags and the front-row people for this size."""
        palette = self.palette
        self.flag = flag_surface(round(canvas.length(50)), palette)
        self.cloud = cloud_sprite(canvas, 160, palette.cloud, 140)
        chooser = random.Random(11)
        self.front: list[tuple[pygame.Surface, float, float, float]] = []
        coats = palette.coats()
        for row, (foot, height) in enumerate(((418, 150),)):
            x = canvas.left + chooser.uniform(10, 40)
            while x < canvas.right + 40:
                arm_up = 1 if chooser.random() < 0.22 else 0
                headwear, scarf = random_headwear(chooser, palette)
                sprite = person_sprite(
                    height,
                    canvas.scale,
                    mix(chooser.choice(coats), palette.outline, 0.15 * row),
                    palette,
                    arm_up=arm_up,
                    headwear=headwear,
                    scarf=scarf,
                )
                self.front.append((sprite, x, foot, chooser.uniform(0, math.tau)))
                x += height * chooser.uniform(0.42, 0.56)

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Drift a cloud, wave the flags, bob the placards and the front rows."""
        palette = self.palette
        cloud_width = self.cloud.get_width() / canvas.scale
        canvas.surface.blit(
            self.cloud,
            canvas.point(drift(time_s, 3.0, 300, canvas.left - cloud_width, canvas.right), 40),
        )
        for index, (pole_x, pole_top) in enumerate(FLAG_POLES):
            waving_flag(
                canvas.surface,
                self.flag,
                canvas.point(pole_x + 1, pole_top),
                time_s + index * 0.9,
                canvas.length(3.5),
            )
        for x, y, phase in PLACARDS:
            lift = 3 * math.sin(time_s * 2.1 + phase)
            canvas.line((x, y + lift + 20), (x, y + lift + 80), 2.6, palette.table)
            canvas.rectangle(x - 26, y + lift - 10, 52, 34, palette.placard, radius=2)
            canvas.rectangle(x - 20, y + lift - 3, 40, 5, palette.flag_red)
            canvas.rectangle(x - 20, y + lift + 7, 28, 4, palette.ballot_line)
        for sprite, x, foot, phase in self.front:
            bob = 2.2 * math.sin(time_s * 2.4 + phase) - 2.2
            left = x - sprite.get_width() / canvas.scale / 2
            top = foot + bob - sprite.get_height() / canvas.scale
            canvas.surface.blit(sprite, canvas.point(left, top))
