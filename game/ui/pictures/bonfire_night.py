"""A bonfire at night in front of the seized White House, people gathered around it."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Colour, Palette, mix
from game.ui.pictures.scenery import (
    drift,
    glow_sprite,
    ground,
    light_sprite,
    mountains,
    night_sky,
    soft_sprite,
    spruce,
    star_positions,
)
from game.ui.pictures.white_house import paint_government_house

HORIZON = 250
FIRE = (320, 322)
SPARKS = 18
# Each tongue of the fire: offset from the centre, width, height, phase.
TONGUES = ((-18, 30, 58, 0.0), (17, 28, 62, 2.1), (0, 40, 92, 4.0))
STARS = 70
# The smoke fades out of the picture's motion above this height.
SMOKE_TOP = 100


def lit_person(
    canvas: Canvas,
    palette: Palette,
    x: float,
    foot: float,
    height: float,
    coat: Colour,
    toward_fire: float,
    arm_up: int = 0,
    headwear: str = "",
) -> None:
    """Draw a dark figure with a warm rim of firelight on the side that faces the fire."""
    warm = mix(palette.fire_middle, coat, 0.35)
    rim = replace(palette, hair=warm, skin=warm, skin_dark=warm, kalpak=warm, kalpak_brim=warm)
    shift = toward_fire * height * 0.025
    person(
        canvas, x + shift, foot, height, warm, rim, arm_up, legs=warm, headwear=headwear, scarf=warm
    )
    dark = replace(
        palette,
        hair=mix(palette.hair, palette.night_top, 0.3),
        skin=mix(palette.skin_dark, palette.night_top, 0.55),
        skin_dark=mix(palette.skin_dark, palette.night_top, 0.65),
        kalpak=mix(palette.kalpak, palette.night_top, 0.45),
    )
    scarf = mix(palette.scarf_1, palette.night_top, 0.55)
    person(canvas, x, foot, height, coat, dark, arm_up, legs=coat, headwear=headwear, scarf=scarf)


class BonfireNight(Illustration):
    """Draw the White House at night, lit by a bonfire in the square with a crowd around it."""

    motion_hz = 12.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the night sky, the dark building, the firelit square and the people."""
        palette = self.palette
        night_sky(canvas, palette, HORIZON)
        self.stars = star_positions(canvas, STARS, HORIZON - 60, seed=21)
        for x, y in self.stars:
            canvas.circle(x, y, 0.8, mix(palette.star, palette.night_top, 0.5))
        dark_mountain = mix(palette.mountain_near, palette.night_top, 0.62)
        dim_snow = mix(palette.snow, palette.night_top, 0.62)
        mountains(canvas, palette, HORIZON, 1.1, dark_mountain, seed=2.93, snow=dim_snow)
        ground(canvas, HORIZON, mix(palette.ground, palette.night_top, 0.4), palette.night_horizon)
        night = replace(
            palette,
            marble=mix(palette.marble, palette.night_horizon, 0.5),
            marble_shade=mix(palette.marble_shade, palette.night_horizon, 0.6),
            marble_deep=mix(palette.marble_deep, palette.night_top, 0.6),
            window_dark=mix(palette.window_dark, palette.night_top, 0.55),
            sky_middle=palette.night_horizon,
        )
        paint_government_house(canvas, night, 150, 490, 140, 262, 0.1, seed=5)
        for x in (70, 108, 532, 570):
            spruce(
                canvas,
                x,
                268,
                84,
                mix(palette.tree, palette.night_top, 0.55),
                mix(palette.tree_light, palette.night_top, 0.45),
            )
        # Firelight washes warm over the square and the lower floors.
        warmth = light_sprite(canvas.length(240), palette.fire_outer, 110)
        centre = canvas.point(FIRE[0], FIRE[1] - 30)
        canvas.surface.blit(
            warmth,
            warmth.get_rect(center=(round(centre[0]), round(centre[1]))),
            special_flags=pygame.BLEND_RGB_ADD,
        )
        canvas.ellipse(FIRE[0], FIRE[1] + 4, 52, 9, mix(palette.fire_outer, palette.ground, 0.55))
        canvas.ellipse(
            FIRE[0], FIRE[1] + 2, 34, 5, mix(palette.fire_middle, palette.fire_outer, 0.4)
        )
        for start, end in (((-36, 6), (24, -22)), ((36, 6), (-24, -22)), ((-30, 8), (34, 0))):
            canvas.line(
                (FIRE[0] + start[0], FIRE[1] + start[1]),
                (FIRE[0] + end[0], FIRE[1] + end[1]),
                7,
                mix(palette.table, palette.outline, 0.35),
            )
        chooser = random.Random(4)
        coats = [mix(coat, palette.night_top, 0.55) for coat in palette.coats()]
        for x, foot, height, arm_up, headwear in (
            (170, 330, 84, 0, "kalpak"),
            (214, 336, 90, 1, ""),
            (252, 344, 96, 0, "scarf"),
            (390, 344, 96, 0, ""),
            (428, 334, 88, 0, "long-hair"),
            (470, 330, 84, 1, "kalpak"),
            (126, 350, 104, 0, ""),
            (520, 352, 104, 0, "scarf"),
        ):
            toward_fire = 1.0 if x < FIRE[0] else -1.0
            lit_person(
                canvas,
                palette,
                x,
                foot,
                height,
                chooser.choice(coats),
                toward_fire,
                arm_up,
                headwear,
            )
        silhouette = mix(palette.outline, palette.night_top, 0.25)
        for x in range(int(canvas.left) - 20, int(canvas.right) + 30, 40):
            if abs(x - FIRE[0]) < 60:
                continue
            person(
                canvas,
                x + chooser.uniform(-6, 6),
                470,
                116,
                silhouette,
                replace(
                    palette,
                    hair=silhouette,
                    skin=silhouette,
                    skin_dark=silhouette,
                    kalpak=silhouette,
                ),
            )

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the glow and smoke sprites for this size."""
        palette = self.palette
        self.glow = glow_sprite(canvas.length(64), palette.fire_middle, 170)
        self.smoke = soft_sprite(
            canvas.length(26),
            canvas.length(20),
            mix(palette.smoke, palette.night_horizon, 0.3),
            60,
            [(0, 0, 1.0), (0.5, 0.2, 0.7), (-0.4, 0.3, 0.7)],
        )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the column the fire, its glow, sparks and smoke rise in, and the stars."""
        fire_x, fire_y = FIRE
        glow = self.glow.get_width() / canvas.scale / 2
        smoke_width = self.smoke.get_width() / canvas.scale
        smoke_height = self.smoke.get_height() / canvas.scale
        areas: list[DesignRect] = [
            (fire_x - glow, fire_y - 28 - glow, glow * 2, glow * 2),
            (fire_x - 48, fire_y - 214, 96, 214),
            (
                fire_x - 40,
                SMOKE_TOP - 22,
                52 + (fire_y - 70 - SMOKE_TOP) * 0.3 + smoke_width,
                fire_y - 70 - SMOKE_TOP + smoke_height + 4,
            ),
        ]
        areas += [(x - 2, y - 2, 4, 4) for x, y in self.stars[::7]]
        return areas

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Flicker the flames and their glow, lift sparks and smoke, twinkle a few stars."""
        palette = self.palette
        for index in range(4):
            y = drift(time_s, 8.0, FIRE[1] - 70 - index * 40, SMOKE_TOP, FIRE[1] - 70)
            x = FIRE[0] + 12 * math.sin(time_s * 0.4 + index) + (FIRE[1] - 70 - y) * 0.3
            canvas.surface.blit(self.smoke, canvas.point(x - 26, y - 20))
        pulse = 0.5 + 0.5 * math.sin(time_s * 7.1) * math.sin(time_s * 3.3 + 1)
        self.glow.set_alpha(round(140 + 110 * pulse))
        centre = canvas.point(FIRE[0], FIRE[1] - 28)
        canvas.surface.blit(
            self.glow, self.glow.get_rect(center=(round(centre[0]), round(centre[1])))
        )
        for colour, scale in (
            (palette.fire_outer, 1.0),
            (palette.fire_middle, 0.72),
            (palette.fire_core, 0.42),
        ):
            for offset, width, height, phase in TONGUES:
                flame(
                    canvas,
                    FIRE[0] + offset * scale,
                    FIRE[1] - 4,
                    width * scale,
                    height * scale,
                    time_s,
                    phase,
                    colour,
                )
        for index in range(SPARKS):
            life = (time_s * 0.5 + index / SPARKS) % 1.0
            x = FIRE[0] + math.sin(index * 2.4 + time_s * 1.7) * (8 + life * 34)
            y = FIRE[1] - 50 - life * 160
            colour = mix(palette.fire_core, palette.fire_outer, life)
            canvas.circle(x, y, 2.0 * (1 - life) + 0.5, colour)
        for index in range(0, STARS, 7):
            x, y = self.stars[index]
            shine = 0.5 + 0.5 * math.sin(time_s * 2.0 + index)
            canvas.circle(x, y, 0.5 + shine * 0.9, mix(palette.night_top, palette.star, shine))


def flame(
    canvas: Canvas,
    base_x: float,
    base_y: float,
    width: float,
    height: float,
    time_s: float,
    phase: float,
    colour: Colour,
) -> None:
    """Draw one tongue of flame whose outline sways and stretches over time."""
    speed = 6.5
    moment = time_s * speed + phase
    stretch = 1 + 0.14 * math.sin(moment) + 0.07 * math.sin(moment * 2.3)
    right_side = []
    left_side = []
    steps = 8
    for step in range(steps + 1):
        share = step / steps
        sway = math.sin(moment * 0.7 + share * 3) * share * width * 0.35
        half = width * 0.5 * math.sin(math.pi * (1 - share) ** 0.75) * (1 - share * 0.5) + 0.8
        y = base_y - share * height * stretch
        right_side.append((base_x + half + sway, y))
        left_side.append((base_x - half + sway, y))
    canvas.polygon(right_side + left_side[::-1], colour)
