"""A handshake across a table: two sleeves meeting over signed papers, two plain flags."""

from __future__ import annotations

import math

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import plain_flag_surface
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix

TABLE = 280
HANDS = (320, 196)
SHAKE = 2.5


def paint_clasp(canvas: Canvas, palette: Palette, x: float, y: float, k: float = 1.45) -> None:
    """Paint two right hands clasped: palms meeting, fingers wrapped, a thumb over the top."""
    left_skin, right_skin = palette.skin, palette.skin_dark
    canvas.ellipse(x - 14 * k, y + 2 * k, 22 * k, 13 * k, left_skin)
    canvas.ellipse(x + 14 * k, y, 22 * k, 13 * k, right_skin)
    # The right hand's fingers wrap the back of the left hand, the left's wrap the right.
    for finger in range(4):
        dy = (-6 + finger * 5.2) * k
        canvas.ellipse(
            x + (-20 + finger * 1.5) * k,
            y + dy,
            8 * k,
            3.2 * k,
            mix(right_skin, palette.outline, 0.08 * (finger % 2)),
        )
        canvas.ellipse(
            x + (20 - finger * 1.5) * k,
            y + dy + 2 * k,
            8 * k,
            3.2 * k,
            mix(left_skin, palette.outline, 0.08 * (finger % 2)),
        )
    canvas.ellipse(x - 2 * k, y - 11 * k, 13 * k, 4.5 * k, mix(left_skin, palette.outline, 0.1))


class Handshake(Illustration):
    """Draw two people's arms shaking hands over a table, papers and pens before them."""

    motion_hz = 10.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the panelled room, the flags on their stands, the table, papers and sleeves."""
        palette = self.palette
        canvas.vertical_gradient(
            canvas.top, TABLE, [(0.0, palette.wall_shade), (1.0, palette.wall)]
        )
        for x in range(int(canvas.left) - 40, int(canvas.right) + 40, 90):
            canvas.rectangle(
                x + 8, 40, 74, TABLE - 60, mix(palette.wall, palette.wall_shade, 0.5), radius=3
            )
        # Curtains at both sides and two flags of no country on stands.
        for left in (canvas.left - 10, canvas.right - 70):
            for fold in range(4):
                colour = palette.curtain if fold % 2 == 0 else palette.curtain_shade
                canvas.rectangle(left + fold * 20, canvas.top, 20, TABLE - canvas.top, colour)
        for x, stripes in (
            (150, (palette.scarf_2, palette.placard)),
            (480, (palette.scarf_3, palette.scarf_1)),
        ):
            canvas.rectangle(x - 1.5, 60, 3, TABLE - 60, palette.metal)
            flag = plain_flag_surface(round(canvas.length(50)), stripes)
            flag = pygame.transform.rotate(flag, -80)
            canvas.surface.blit(flag, canvas.point(x + 2, 62))
            canvas.circle(x, 58, 4, palette.flag_sun)
        # A landscape painting on the wall between the flags.
        canvas.rectangle(262, 56, 116, 76, palette.table_light, radius=2)
        canvas.rectangle(268, 62, 104, 64, mix(palette.day_top, palette.day_horizon, 0.5))
        canvas.polygon(
            [(268, 126), (268, 100), (300, 76), (330, 104), (350, 90), (372, 108), (372, 126)],
            palette.mountain_far,
        )
        canvas.rectangle(268, 112, 104, 14, palette.grass)
        # The table and what lies on it.
        canvas.rectangle(
            canvas.left, TABLE, canvas.right - canvas.left, canvas.bottom - TABLE + 2, palette.table
        )
        canvas.rectangle(canvas.left, TABLE, canvas.right - canvas.left, 10, palette.table_light)
        for x, tilt in ((200, -4), (380, 5)):
            canvas.polygon(
                [(x, 300 + tilt), (x + 90, 300 - tilt), (x + 96, 370 - tilt), (x + 6, 370 + tilt)],
                palette.paper,
            )
            for line in range(5):
                y = 312 + line * 9
                canvas.line(
                    (x + 12, y + tilt * 0.6), (x + 70, y - tilt * 0.4), 1.4, palette.ballot_line
                )
            canvas.line((x + 40, 358), (x + 80, 352), 1.8, palette.curtain)
        canvas.line((306, 340), (346, 376), 4, palette.outline)
        # The two sleeves reaching in from the sides (their cuffs and hands move).
        for side, coat in ((-1, palette.coat_3), (1, palette.coat_1)):
            shoulder = (320 + side * 330, 290)
            elbow = (HANDS[0] + side * 96, HANDS[1] + 16)
            canvas.line(shoulder, elbow, 34, coat)
            canvas.circle(*elbow, 15, coat)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the rectangle the shaking hands and cuffs move in."""
        return [(HANDS[0] - 112, HANDS[1] - 26 - SHAKE, 224, 56 + SHAKE * 2)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Shake the hands gently up and down."""
        palette = self.palette
        lift = SHAKE * math.sin(time_s * 5.0) * (0.5 + 0.5 * math.sin(time_s * 0.7))
        x, y = HANDS[0], HANDS[1] + lift
        for side, coat in ((-1, palette.coat_3), (1, palette.coat_1)):
            elbow = (x + side * 96, HANDS[1] + 16)
            wrist = (x + side * 50, y + 3)
            canvas.line(elbow, wrist, 26, coat)
            canvas.line((wrist[0], wrist[1] - 12), (wrist[0], wrist[1] + 12), 6, palette.placard)
        paint_clasp(canvas, palette, x, y)
