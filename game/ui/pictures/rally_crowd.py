"""A crowd at a rally in a park: a stage with a blank banner, plain flags over the people."""

from __future__ import annotations

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.figures import crowd, flag_area, person, plain_flag_surface, waving_flag
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import mix
from game.ui.pictures.scenery import day_sky, ground, spruce, still_clouds

HORIZON = 228
FLAG_WIDTH = 40
FLAG_WAVE = 3.0
POLES = ((150, 150), (300, 168), (470, 140))


class RallyCrowd(Illustration):
    """Draw people gathered before a stage under a clear sky, flags of no country above them."""

    motion_hz = 8.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the sky, the trees, the stage and speakers, the poles and the whole crowd."""
        palette = self.palette
        day_sky(canvas, palette, HORIZON)
        still_clouds(canvas, palette.placard, [(120, 50, 160), (500, 80, 180)], 150)
        ground(canvas, HORIZON, palette.grass_dark, palette.grass)
        for x in range(int(canvas.left) - 10, int(canvas.right) + 20, 28):
            spruce(canvas, x, HORIZON + 6, 56 + (x * 7) % 20, palette.grass_dark, palette.grass)
        # The stage: a roof on two towers, a blank banner, a speaker at the lectern.
        canvas.rectangle(214, 120, 212, 12, palette.metal)
        for x in (214, 414):
            canvas.rectangle(x, 120, 12, 112, palette.metal)
            canvas.rectangle(x - 6, 150, 24, 40, palette.outline, radius=2)
            for y in (158, 174):
                canvas.circle(x + 6, y, 5, palette.metal_light)
        canvas.rectangle(236, 138, 168, 30, palette.curtain)
        canvas.rectangle(244, 150, 152, 4, palette.placard)
        canvas.rectangle(206, 212, 228, 22, palette.stone_deep)
        person(canvas, 320, 212, 40, palette.coat_3, palette, legs=palette.outline)
        canvas.polygon([(310, 194), (330, 194), (328, 214), (312, 214)], palette.table_light)
        for pole_x, pole_top in POLES:
            canvas.line((pole_x, pole_top), (pole_x, pole_top + 150), 2.2, palette.metal)
        crowd(canvas, palette, HORIZON + 14, seed=71, rows=6, front_height=160, kalpak=False)

    def prepare_motion(self, canvas: Canvas) -> None:
        """Build three plain flags of different colours."""
        palette = self.palette
        width = round(canvas.length(FLAG_WIDTH))
        self.flags = [
            plain_flag_surface(width, (palette.scarf_2, palette.placard)),
            plain_flag_surface(width, (palette.scarf_3,), emblem=palette.placard),
            plain_flag_surface(
                width, (palette.scarf_1, mix(palette.scarf_1, palette.placard, 0.6))
            ),
        ]

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the flags' rectangles."""
        return [flag_area((x + 1, top), FLAG_WIDTH, FLAG_WAVE) for x, top in POLES]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Wave the flags out of step."""
        for index, ((pole_x, pole_top), flag) in enumerate(zip(POLES, self.flags, strict=True)):
            waving_flag(
                canvas.surface,
                flag,
                canvas.point(pole_x + 1, pole_top),
                time_s + index,
                canvas.length(FLAG_WAVE),
            )
