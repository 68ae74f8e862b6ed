"""A government building: a columned portico under a pediment and a dome, a plain flag above."""

from __future__ import annotations

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import flag_area, plain_flag_surface, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import dusk_sky, ground, spruce, still_clouds

HORIZON = 292
POLE = (320, 12)
FLAG_WIDTH = 52
FLAG_WAVE = 3.0


class GovernmentBuilding(Illustration):
    """Draw a classical government building at dusk, steps and lawns before it (no country's)."""

    motion_hz = 8.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the dome, the wings, the portico, the steps and the lawns."""
        palette = self.palette
        marble, shade, deep = palette.marble, palette.marble_shade, palette.marble_deep
        dusk_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.cloud, [(130, 60, 160), (520, 40, 150), (420, 120, 110)])
        ground(canvas, HORIZON, palette.grass_dark, palette.grass)
        # The dome on its drum.
        canvas.rectangle(262, 120, 116, 40, shade)
        for index in range(7):
            canvas.rectangle(268 + index * 16, 126, 6, 30, deep)
        canvas.ellipse(320, 122, 62, 52, marble)
        canvas.rectangle(250, 122, 140, 60, shade)
        canvas.rectangle(256, 112, 128, 12, marble)
        canvas.rectangle(POLE[0] - 1.5, POLE[1], 3, 64, palette.metal)
        canvas.ellipse(320, 78, 8, 5, marble)
        # Wings with tall windows.
        for left in (100, 404):
            canvas.rectangle(left, 176, 136, 104, marble)
            canvas.rectangle(left - 4, 170, 144, 8, shade)
            for column in range(5):
                x = left + 12 + column * 25
                canvas.rectangle(x, 192, 12, 30, deep, radius=5)
                canvas.rectangle(x, 236, 12, 30, deep, radius=2)
                canvas.rectangle(
                    x + 1.5,
                    194,
                    9,
                    26,
                    mix(palette.window_dark, palette.window_lit, 0.35),
                    radius=4,
                )
        # The portico: pediment, entablature and six columns.
        canvas.polygon([(222, 166), (418, 166), (320, 124)], marble)
        canvas.polygon([(238, 162), (402, 162), (320, 132)], shade)
        canvas.rectangle(218, 164, 204, 14, marble)
        canvas.rectangle(218, 176, 204, 4, deep)
        canvas.rectangle(226, 180, 188, 100, deep)
        for index in range(6):
            x = 232 + index * 33
            canvas.rectangle(x, 180, 16, 100, marble)
            canvas.rectangle(x + 11, 180, 5, 100, shade)
            canvas.rectangle(x - 3, 180, 22, 5, marble)
        # Steps down to the square.
        for step in range(5):
            canvas.rectangle(
                200 - step * 10, 280 + step * 5, 240 + step * 20, 5, mix(marble, shade, step * 0.2)
            )
        canvas.polygon(
            [(270, 305), (370, 305), (460, canvas.bottom + 2), (180, canvas.bottom + 2)],
            palette.pavement_light,
        )
        for x in (60, 94, 546, 580):
            spruce(canvas, x, 300, 96, palette.tree, palette.tree_light)
        # A clipped hedge along the front of the picture.
        for left, right in ((canvas.left - 10, 176), (464, canvas.right + 10)):
            canvas.rectangle(
                left, canvas.bottom - 22, right - left, 24, palette.grass_dark, radius=8
            )
            canvas.rectangle(left, canvas.bottom - 22, right - left, 4, palette.grass, radius=2)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build the plain two-colour flag for this size."""
        palette = self.palette
        self.flag = plain_flag_surface(
            round(canvas.length(FLAG_WIDTH)), (palette.curtain, palette.placard, palette.curtain)
        )

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the flag's rectangle."""
        return [flag_area((POLE[0] + 1, POLE[1]), FLAG_WIDTH, FLAG_WAVE)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flag."""
        waving_flag(
            canvas.surface,
            self.flag,
            canvas.point(POLE[0] + 1, POLE[1]),
            time_s,
            canvas.length(FLAG_WAVE),
        )
