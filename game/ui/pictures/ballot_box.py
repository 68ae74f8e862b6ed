"""A polling station: a clear ballot box on a table, a booth, a flag, a ballot going in."""

from __future__ import annotations

import itertools
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_area, flag_surface, person, random_headwear, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, mountains

FLOOR = 300
BOX = (236, 184, 136, 102)
DEPTH = (28, -18)
SLOT = (BOX[0] + BOX[2] / 2 + DEPTH[0] / 2, BOX[1] + DEPTH[1] / 2)
BALLOT_PERIOD = 4.0
FLAG_POLE = (214, 200)
# The voter at the box: x, foot, height; and the shoulder the reaching arm starts from.
VOTER = (452, 384, 236)
SHOULDER = (414, 200)


class BallotBox(Illustration):
    """Draw a transparent ballot box on a table in a polling station at dusk."""

    motion_hz = 10.0
    core_width = 500

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
        # Evening light from the window falls across the floor.
        light = canvas.layer()
        light.polygon(
            [(300, FLOOR), (470, FLOOR), (420, canvas.bottom), (180, canvas.bottom)],
            (*palette.sky_horizon, 40),
        )
        canvas.blit_layer(light)
        # Floorboards running towards the window wall.
        board = mix(palette.floor, palette.outline, 0.18)
        for x in range(-420, 1100, 40):
            canvas.line((320 + (x - 320) * 0.45, FLOOR), (x, canvas.bottom), 0.9, board)
        # The ceiling and two lamps hanging over the room.
        canvas.rectangle(
            canvas.left, canvas.top, canvas.right - canvas.left, -canvas.top + 4, palette.wall_shade
        )
        canvas.rectangle(canvas.left, 2, canvas.right - canvas.left, 4, palette.table_light)
        for lamp_x in (150, 500):
            canvas.line((lamp_x, 6), (lamp_x, 22), 1.4, palette.metal)
            canvas.polygon(
                [(lamp_x - 16, 34), (lamp_x - 6, 22), (lamp_x + 6, 22), (lamp_x + 16, 34)],
                palette.metal,
            )
            canvas.ellipse(lamp_x, 34, 16, 3, palette.window_lit)
        # A plain notice board (lines, no words) between the booths and the window.
        canvas.rectangle(206, 70, 78, 70, palette.table_light, radius=3)
        canvas.rectangle(211, 75, 68, 60, palette.paper, radius=2)
        for row in range(5):
            canvas.rectangle(217, 96 + row * 8, 34 + (row * 17) % 20, 3, palette.ballot_line)
        canvas.rectangle(250, 80, 22, 12, palette.curtain, radius=2)
        # Two voting booths with their curtains.
        for booth in (64, 132):
            canvas.rectangle(booth - 4, 60, 70, 8, palette.metal)
            canvas.rectangle(booth - 2, 68, 4, 232, palette.metal)
            canvas.rectangle(booth + 60, 68, 4, 232, palette.metal)
            for index in range(4):
                colour = palette.curtain if index % 2 == 0 else palette.curtain_shade
                canvas.rectangle(booth + 2 + index * 14.5, 68, 14.5, 196 + (index % 2) * 6, colour)
        # The table and the clear box, ballots folded inside.
        canvas.rectangle(200, 286, 240, 14, palette.table_light, radius=3)
        canvas.rectangle(214, 298, 12, 66, palette.table)
        canvas.rectangle(414, 298, 12, 66, palette.table)
        self.paint_box(canvas)
        canvas.rectangle(376, 276, 50, 10, palette.ballot, radius=1)
        # The flag stand on the table.
        canvas.rectangle(FLAG_POLE[0], FLAG_POLE[1], 2.5, 84, palette.metal)
        canvas.rectangle(FLAG_POLE[0] - 8, 282, 18, 4, palette.metal)
        # The voter at the box, seen from behind; the reaching arm moves with the ballot.
        person(canvas, *VOTER, palette.coat_3, palette, legs=palette.outline)
        # Posts and a rope mark where the queue waits.
        rope = []
        for step in range(13):
            share = step / 12
            rope.append((150 + share * 190, 352 + 14 * (1 - (2 * share - 1) ** 2)))
        for start, end in itertools.pairwise(rope):
            canvas.line(start, end, 3, palette.flag_red)
        for post in (150, 340):
            canvas.ellipse(post, 420, 16, 4, mix(palette.metal, palette.floor, 0.4))
            canvas.rectangle(post - 3, 346, 6, 74, palette.metal_light)
            canvas.circle(post, 346, 5, palette.metal_light)
        # Voters waiting their turn, nearest to us, cut only by the picture's edge.
        chooser = random.Random(9)
        for x, height, coat in ((96, 230, palette.coat_2),):
            headwear, scarf = random_headwear(chooser, palette)
            person(
                canvas,
                x,
                canvas.bottom + height * 0.32,
                height,
                mix(coat, palette.outline, 0.1),
                palette,
                headwear=headwear,
                scarf=scarf,
            )

    def paint_box(self, canvas: Canvas) -> None:
        """Paint the clear box in three faces, folded ballots inside, a seal and the slot."""
        palette = self.palette
        left, top, width, height = BOX
        depth_x, depth_y = DEPTH
        front = [
            (left, top),
            (left + width, top),
            (left + width, top + height),
            (left, top + height),
        ]
        lid = [
            (left, top),
            (left + width, top),
            (left + width + depth_x, top + depth_y),
            (left + depth_x, top + depth_y),
        ]
        side = [
            (left + width, top),
            (left + width + depth_x, top + depth_y),
            (left + width + depth_x, top + height + depth_y),
            (left + width, top + height),
        ]
        glass = canvas.layer()
        glass.polygon(side, (*palette.box_glass, 90))
        chooser = random.Random(3)
        for _ in range(16):
            x = chooser.uniform(left + 8, left + width - 30)
            y = chooser.uniform(top + height * 0.5, top + height - 12)
            glass.polygon(
                [(x, y), (x + 26, y - chooser.uniform(-4, 6)), (x + 28, y + 12), (x + 2, y + 14)],
                (*palette.ballot, 235),
            )
        canvas.blit_layer(glass)
        # pygame.draw replaces pixels on a transparent layer, so the front glass needs its own.
        glass = canvas.layer()
        glass.polygon(front, (*palette.box_glass, 70))
        glass.polygon(lid, (*palette.box_glass, 150))
        glass.polygon(
            [
                (left + 8, top + 8),
                (left + 16, top + 8),
                (left + 40, top + height - 8),
                (left + 32, top + height - 8),
            ],
            (*palette.water, 110),
        )
        canvas.blit_layer(glass)
        edge = palette.box_edge
        for start, end in (
            (front[0], front[1]),
            (front[1], front[2]),
            (front[2], front[3]),
            (front[3], front[0]),
            (lid[1], lid[2]),
            (lid[2], lid[3]),
            (lid[3], lid[0]),
            (side[1], side[2]),
            (side[2], side[3]),
        ):
            canvas.line(start, end, 2.6, edge)
        slot_x, slot_y = SLOT
        canvas.polygon(
            [
                (slot_x - 26, slot_y - 2),
                (slot_x + 26, slot_y - 2),
                (slot_x + 28, slot_y + 2),
                (slot_x - 24, slot_y + 2),
            ],
            palette.outline,
        )
        canvas.rectangle(left + width - 34, top - 4, 14, 22, palette.flag_red, radius=2)
        canvas.rectangle(left + width - 31, top + 4, 8, 2, palette.ballot)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the table flag for this size."""
        self.flag = flag_surface(round(canvas.length(40)), self.palette)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the table flag's rectangle and the one the ballot and the hand move in."""
        slot_x, slot_y = SLOT
        return [
            flag_area((FLAG_POLE[0] + 2, FLAG_POLE[1]), 40, 1.6),
            (slot_x - 30, slot_y - 100, SHOULDER[0] - slot_x + 44, SHOULDER[1] - slot_y + 170),
        ]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Lower a ballot into the slot, over and over, and stir the little flag."""
        palette = self.palette
        waving_flag(
            canvas.surface,
            self.flag,
            canvas.point(FLAG_POLE[0] + 2, FLAG_POLE[1]),
            time_s,
            canvas.length(1.6),
        )
        share = (time_s / BALLOT_PERIOD) % 1.0
        # A voter's hand lowers the ballot into the slot, lets go and withdraws.
        lowered = min(1.0, share / 0.6)
        eased = lowered * lowered * (3 - 2 * lowered)
        slot_x, slot_y = SLOT
        bottom = slot_y - 34 + eased * 36
        left = slot_x - 21
        top = bottom - 56
        if slot_y - top > 1:
            canvas.rectangle(left, top, 42, min(56.0, slot_y - top), palette.ballot, radius=1)
            for line in range(4):
                y = top + 10 + line * 11
                if y + 4 < slot_y:
                    canvas.rectangle(left + 5, y, 25, 2, palette.ballot_line)
                    canvas.rectangle(left + 33, y - 2, 6, 6, palette.ballot_line)
            if top + 23 < slot_y:
                canvas.line((left + 33, top + 19), (left + 36, top + 23), 1.6, palette.flag_red)
                canvas.line((left + 36, top + 23), (left + 41, top + 15), 1.6, palette.flag_red)
        withdraw = max(0.0, (share - 0.68) / 0.32)
        rest = (SHOULDER[0] - 14, SHOULDER[1] + 44)
        hand_x = left + 30 + (rest[0] - left - 30) * withdraw
        hand_y = top + 4 + (rest[1] - top - 4) * withdraw
        sleeve = mix(palette.coat_3, palette.outline, 0.18)
        canvas.line(SHOULDER, (hand_x + 6, hand_y), 20, sleeve)
        canvas.circle(SHOULDER[0], SHOULDER[1], 10, sleeve)
        canvas.circle(hand_x + 1, hand_y + 1, 7.5, palette.skin)
        canvas.polygon(
            [
                (slot_x - 26, slot_y),
                (slot_x + 26, slot_y),
                (slot_x + 28, slot_y + 2),
                (slot_x - 24, slot_y + 2),
            ],
            palette.outline,
        )


def _pixel_rect(canvas: Canvas, x: float, y: float, width: float, height: float) -> pygame.Rect:
    """Return the pixel rectangle of a design rectangle."""
    left, top = canvas.point(x, y)
    right, bottom = canvas.point(x + width, y + height)
    return pygame.Rect(round(left), round(top), round(right - left), round(bottom - top))
