"""A polling station: a clear ballot box on a table, a booth, a flag, a ballot going in."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_surface, waving_flag
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, mountains

FLOOR = 300
BOX = (250, 176, 140, 112)
SLOT_Y = BOX[1]
BALLOT_PERIOD = 4.0


class BallotBox(Illustration):
    """Draw a transparent ballot box on a table in a polling station at dusk."""

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the room, the window on the mountains, the booth, the table and the box."""
        palette = self.palette
        canvas.vertical_gradient(
            canvas.top, FLOOR, [(0.0, palette.wall_shade), (1.0, palette.wall)]
        )
        canvas.vertical_gradient(
            FLOOR,
            canvas.bottom + 1,
            [(0.0, palette.floor), (1.0, mix(palette.floor, palette.outline, 0.4))],
        )
        canvas.rectangle(canvas.left, FLOOR - 8, canvas.right - canvas.left, 8, palette.wall_shade)
        # A window on the evening mountains.
        window = Canvas(canvas.surface)
        window.surface.set_clip(
            window.surface.get_clip().clip(_pixel_rect(canvas, 410, 40, 170, 120))
        )
        dusk_sky(window, palette, 150)
        mountains(window, palette, 160, 0.9, palette.mountain_far, seed=2.2)
        window.surface.set_clip(None)
        canvas.rectangle(404, 34, 182, 6, palette.table_light)
        canvas.rectangle(404, 160, 182, 8, palette.table_light)
        canvas.rectangle(404, 34, 6, 130, palette.table_light)
        canvas.rectangle(580, 34, 6, 130, palette.table_light)
        canvas.rectangle(492, 34, 4, 130, palette.table_light)
        # The voting booth with its curtain.
        canvas.rectangle(40, 60, 130, 8, palette.metal)
        canvas.rectangle(44, 68, 4, 232, palette.metal)
        canvas.rectangle(162, 68, 4, 232, palette.metal)
        for index in range(6):
            colour = palette.curtain if index % 2 == 0 else palette.curtain_shade
            canvas.rectangle(48 + index * 19, 68, 19, 196 + (index % 2) * 6, colour)
        # The table and the clear box, ballots folded inside.
        canvas.rectangle(200, 286, 240, 14, palette.table_light, radius=3)
        canvas.rectangle(214, 298, 12, 66, palette.table)
        canvas.rectangle(414, 298, 12, 66, palette.table)
        left, top, width, height = BOX
        glass = canvas.layer()
        glass.rectangle(left, top, width, height, (*palette.box_glass, 110), radius=4)
        chooser = random.Random(3)
        for _ in range(14):
            x = chooser.uniform(left + 10, left + width - 36)
            y = chooser.uniform(top + height * 0.45, top + height - 14)
            glass.polygon(
                [(x, y), (x + 26, y - chooser.uniform(-4, 6)), (x + 28, y + 12), (x + 2, y + 14)],
                (*palette.ballot, 235),
            )
        glass.rectangle(left + 8, top + 6, 6, height - 12, (*palette.water, 150), radius=3)
        canvas.blit_layer(glass)
        edge = palette.box_edge
        for x, y, w, h in (
            (left, top, width, 4),
            (left, top + height - 4, width, 4),
            (left, top, 4, height),
            (left + width - 4, top, 4, height),
        ):
            canvas.rectangle(x, y, w, h, edge)
        canvas.rectangle(left + width / 2 - 26, SLOT_Y - 1, 52, 5, palette.outline, radius=2)
        canvas.rectangle(left + width - 30, top + 40, 18, 24, palette.flag_red, radius=2)
        canvas.rectangle(210, 276, 56, 10, palette.ballot, radius=1)
        canvas.rectangle(372, 282, 60, 4, palette.metal)
        # The flag stand on the table.
        canvas.rectangle(402, 200, 2.5, 84, palette.metal)
        canvas.rectangle(394, 282, 18, 4, palette.metal)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the table flag for this size."""
        self.flag = flag_surface(round(canvas.length(40)), self.palette)

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Lower a ballot into the slot, over and over, and stir the little flag."""
        palette = self.palette
        waving_flag(canvas.surface, self.flag, canvas.point(404, 200), time_s, canvas.length(1.6))
        share = (time_s / BALLOT_PERIOD) % 1.0
        # Ease in, then slide down into the slot and vanish behind the lid.
        lowered = min(1.0, share * 1.4)
        eased = lowered * lowered * (3 - 2 * lowered)
        bottom = SLOT_Y - 60 + eased * 60
        left = BOX[0] + BOX[2] / 2 - 22 + 3 * math.sin(time_s * 1.3) * (1 - eased)
        top = bottom - 56
        if SLOT_Y - top > 1:
            canvas.rectangle(left, top, 44, min(56.0, SLOT_Y - top), palette.ballot, radius=1)
            for line in range(4):
                y = top + 10 + line * 11
                if y + 2 < SLOT_Y:
                    canvas.rectangle(left + 6, y, 26, 2, palette.ballot_line)
                    canvas.rectangle(left + 34, y - 2, 6, 6, palette.ballot_line)
            if top + 21 < SLOT_Y:
                canvas.line((left + 34, top + 19), (left + 37, top + 23), 1.6, palette.flag_red)
                canvas.line((left + 37, top + 23), (left + 42, top + 15), 1.6, palette.flag_red)
        canvas.rectangle(BOX[0] + BOX[2] / 2 - 26, SLOT_Y - 1, 52, 5, palette.outline, radius=2)


def _pixel_rect(canvas: Canvas, x: float, y: float, width: float, height: float) -> pygame.Rect:
    """Return the pixel rectangle of a design rectangle."""
    left, top = canvas.point(x, y)
    right, bottom = canvas.point(x + width, y + height)
    return pygame.Rect(round(left), round(top), round(right - left), round(bottom - top))
