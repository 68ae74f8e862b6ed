"""A bonfire at night in front of the seized White House, people gathered around it."""

from __future__ import annotations

import math
import random
from dataclasses import replace

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import person
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import (
    drift,
    glow_sprite,
    ground,
    mountains,
    night_sky,
    soft_sprite,
    spruce,
    star_positions,
)
from game.ui.pictures.white_house import paint_government_house

HORIZON = 250
FIRE = (320, 338)
SPARKS = 14
STARS = 70


class BonfireNight(Illustration):
    """Draw the White House at night, lit by a bonfire in the square with a crowd around it."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the night sky, the dark building, the firelit square and the people."""
        palette = self.palette
        night_sky(canvas, palette, HORIZON)
        self.stars = star_positions(canvas, STARS, HORIZON - 70, seed=21)
        for x, y in self.stars:
            canvas.circle(x, y, 0.9, mix(palette.star, palette.night_top, 0.45))
        dark_mountain = mix(palette.mountain_near, palette.night_top, 0.6)
        mountains(canvas, palette, HORIZON, 1.1, dark_mountain, seed=1.3, snow_share=0.8)
        ground(
            canvas, HORIZON, mix(palette.ground, palette.fire_outer, 0.25), palette.night_horizon
        )
        night = replace(
            palette,
            marble=mix(palette.marble, palette.night_horizon, 0.45),
            marble_shade=mix(palette.marble_shade, palette.night_horizon, 0.55),
            marble_deep=mix(palette.marble_deep, palette.night_top, 0.6),
            window_dark=mix(palette.window_dark, palette.night_top, 0.5),
            sky_middle=palette.night_horizon,
        )
        paint_government_house(canvas, night, 130, 510, 140, 282, 0.1, seed=5)
        for x in (60, 96, 544, 584):
            spruce(
                canvas,
                x,
                290,
                92,
                mix(palette.tree, palette.night_top, 0.5),
                mix(palette.tree_light, palette.night_top, 0.4),
            )
        # Firelight washes warm over the square and the lower floors.
        warmth = glow_sprite(canvas.length(260), palette.fire_middle, 120)
        centre = canvas.point(*FIRE)
        canvas.surface.blit(
            warmth, warmth.get_rect(center=(round(centre[0]), round(centre[1] - canvas.length(20))))
        )
        # Logs under the fire.
        canvas.line((FIRE[0] - 30, FIRE[1] + 6), (FIRE[0] + 26, FIRE[1] - 4), 7, palette.table)
        canvas.line(
            (FIRE[0] - 26, FIRE[1] - 4),
            (FIRE[0] + 30, FIRE[1] + 6),
            7,
            mix(palette.table, palette.outline, 0.3),
        )
        chooser = random.Random(4)
        silhouette = mix(palette.outline, palette.night_top, 0.2)
        for x, foot, height in (
            (150, 352, 92),
            (196, 344, 84),
            (236, 356, 96),
            (404, 356, 96),
            (446, 346, 86),
            (492, 352, 94),
            (98, 366, 104),
            (548, 366, 102),
        ):
            coat = mix(chooser.choice(palette.coats()), silhouette, 0.55)
            person(
                canvas,
                x,
                foot,
                height,
                coat,
                palette,
                arm_up=1 if x in (196, 492) else 0,
                legs=silhouette,
            )
        for x in range(int(canvas.left) - 20, int(canvas.right) + 30, 34):
            person(canvas, x + chooser.uniform(-6, 6), 430, 120, silhouette, palette)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the glow and smoke sprites for this size."""
        palette = self.palette
        self.glow = glow_sprite(canvas.length(70), palette.fire_core, 180)
        self.smoke = soft_sprite(
            canvas.length(24),
            canvas.length(18),
            palette.smoke,
            70,
            [(0, 0, 1.0), (0.5, 0.2, 0.7), (-0.4, 0.3, 0.7)],
        )

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Flicker the flames and their glow, lift sparks and smoke, twinkle a few stars."""
        palette = self.palette
        for index in range(3):
            y = drift(time_s, 9.0, FIRE[1] - 60 - index * 50, 60, FIRE[1] - 60)
            x = FIRE[0] + 20 * math.sin(time_s * 0.4 + index) + (FIRE[1] - y) * 0.25
            canvas.surface.blit(self.smoke, canvas.point(x - 24, y - 18))
        pulse = 0.5 + 0.5 * math.sin(time_s * 7.1) * math.sin(time_s * 3.3 + 1)
        self.glow.set_alpha(round(150 + 100 * pulse))
        centre = canvas.point(FIRE[0], FIRE[1] - 20)
        canvas.surface.blit(
            self.glow, self.glow.get_rect(center=(round(centre[0]), round(centre[1])))
        )
        for colour, width, height, speed in (
            (palette.fire_outer, 30, 62, 6.0),
            (palette.fire_middle, 22, 46, 7.5),
            (palette.fire_core, 12, 26, 9.0),
        ):
            self.flame(canvas, width, height, speed, time_s, colour)
        for index in range(SPARKS):
            life = (time_s * 0.55 + index / SPARKS) % 1.0
            x = FIRE[0] + math.sin(index * 3.1 + time_s * 1.7) * (6 + life * 26)
            y = FIRE[1] - 30 - life * 150
            colour = mix(palette.fire_core, palette.fire_outer, life)
            canvas.circle(x, y, 1.6 * (1 - life) + 0.4, colour)
        for index in range(0, STARS, 9):
            x, y = self.stars[index]
            shine = 0.5 + 0.5 * math.sin(time_s * 2.0 + index)
            canvas.circle(x, y, 0.6 + shine * 0.9, mix(palette.night_top, palette.star, shine))

    def flame(
        self,
        canvas: Canvas,
        width: float,
        height: float,
        speed: float,
        time_s: float,
        colour: tuple[int, int, int],
    ) -> None:
        """Draw one tongue of flame whose outline sways and stretches over time."""
        base_x, base_y = FIRE[0], FIRE[1] - 2
        stretch = 1 + 0.12 * math.sin(time_s * speed) + 0.06 * math.sin(time_s * speed * 2.3)
        outline = []
        steps = 9
        for step in range(steps + 1):
            share = step / steps
            sway = math.sin(time_s * speed * 0.7 + share * 3) * share * width * 0.35
            half = width * math.sin(math.pi * (1 - share) ** 0.8) * (1 - share * 0.6) * 0.5 + 1
            outline.append((base_x + half + sway, base_y - share * height * stretch))
        left_side = []
        for step in range(steps, -1, -1):
            share = step / steps
            sway = math.sin(time_s * speed * 0.7 + share * 3) * share * width * 0.35
            half = width * math.sin(math.pi * (1 - share) ** 0.8) * (1 - share * 0.6) * 0.5 + 1
            left_side.append((base_x - half + sway, base_y - share * height * stretch))
        canvas.polygon(outline + left_side, colour)
