"""A calendar page on a wall: a month's grid (marks, not numbers), one day ringed in red."""

from __future__ import annotations

import math

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import rising_smoke, smoke_area, smoke_sprite

PAGE = (176, 40, 288, 300)
COLUMNS, ROWS = 7, 5
MARKED = (4, 2)
CUP = (540, 352)


class CalendarPage(Illustration):
    """Draw a wall calendar above a desk with a steaming cup and a plant."""

    motion_hz = 8.0
    core_width = 460

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the wall, the page and its grid of days, the desk, the plant and the cup."""
        palette = self.palette
        canvas.vertical_gradient(canvas.top, 330, [(0.0, palette.wall_shade), (1.0, palette.wall)])
        for x in range(int(canvas.left) - 30, int(canvas.right) + 30, 40):
            canvas.rectangle(
                x, canvas.top, 14, 330 - canvas.top, mix(palette.wall, palette.wall_shade, 0.5)
            )
        left, top, width, height = PAGE
        canvas.rectangle(
            left + 6, top + 8, width, height, mix(palette.wall_shade, palette.outline, 0.3)
        )
        canvas.rectangle(left, top, width, height, palette.paper, radius=2)
        canvas.rectangle(left, top, width, 62, palette.curtain, radius=2)
        canvas.rectangle(
            left + 24, top + 22, width - 48, 10, mix(palette.curtain, palette.paper, 0.55)
        )
        canvas.rectangle(
            left + 60, top + 40, width - 120, 6, mix(palette.curtain, palette.paper, 0.35)
        )
        for ring in range(6):
            x = left + 30 + ring * 45
            canvas.circle(x, top - 2, 5, palette.metal)
            canvas.rectangle(x - 1.5, top - 12, 3, 14, palette.metal_light)
        grid_top = top + 78
        cell_w = (width - 24) / COLUMNS
        cell_h = (height - 90) / ROWS
        for column in range(COLUMNS):
            canvas.rectangle(
                left + 12 + column * cell_w + 8, grid_top - 10, cell_w - 16, 4, palette.ballot_line
            )
        for row in range(ROWS):
            for column in range(COLUMNS):
                x = left + 12 + column * cell_w
                y = grid_top + row * cell_h
                weekend = column >= 5
                fill = (
                    mix(palette.paper, palette.scarf_1, 0.12)
                    if weekend
                    else mix(palette.paper, palette.ballot_line, 0.12)
                )
                canvas.rectangle(x + 2, y + 2, cell_w - 4, cell_h - 4, fill, radius=2)
                marks = 1 + (row * COLUMNS + column) % 2
                for mark in range(marks):
                    canvas.rectangle(
                        x + 6 + mark * 6,
                        y + 6,
                        4,
                        9,
                        palette.ballot_line if not weekend else palette.scarf_1,
                    )
        column, row = MARKED
        x = left + 12 + column * cell_w + cell_w / 2
        y = grid_top + row * cell_h + cell_h / 2
        canvas.ring(x, y, cell_w * 0.52, cell_h * 0.52, 3, palette.flag_red)
        # The desk in front, a plant, a notebook and a cup of tea.
        canvas.rectangle(
            canvas.left, 330, canvas.right - canvas.left, canvas.bottom - 328, palette.table
        )
        canvas.rectangle(canvas.left, 330, canvas.right - canvas.left, 8, palette.table_light)
        canvas.polygon([(92, 372), (132, 372), (126, 400), (98, 400)], palette.brick)
        for angle in range(-60, 70, 20):
            tip = (
                112 + math.sin(math.radians(angle)) * 50,
                370 - math.cos(math.radians(angle)) * 70,
            )
            canvas.line((112, 372), tip, 7, palette.grass_dark)
            canvas.circle(*tip, 6, palette.grass)
        canvas.rectangle(260, 352, 140, 40, palette.paper, radius=2)
        canvas.rectangle(262, 354, 136, 6, palette.curtain)
        canvas.line((300, 382), (380, 366), 3, palette.outline)
        x, y = CUP
        canvas.ellipse(x, y + 34, 34, 6, mix(palette.table, palette.outline, 0.4))
        canvas.rectangle(x - 22, y, 44, 34, palette.paper, radius=6)
        canvas.ellipse(x, y, 22, 5, mix(palette.table, palette.fire_outer, 0.3))
        canvas.ring(x + 24, y + 16, 8, 9, 4, palette.paper)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the steam puff for this size."""
        self.steam = smoke_sprite(canvas, 12, self.palette.placard, 60)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return where the steam rises."""
        return [smoke_area(canvas, self.steam, CUP[0], CUP[1] - 4, 60, 0.2)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Let steam rise from the cup."""
        rising_smoke(canvas, self.steam, CUP[0], CUP[1] - 4, time_s, 60, 8, 10.0, 0.2)
