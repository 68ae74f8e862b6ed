"""A map with a pin: a paper map on a desk, coasts, rivers and roads, a red pin over one place."""

from __future__ import annotations

import itertools
import math
import random

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import DesignRect, Illustration
from game.ui.pictures.palette import Palette, mix

PIN = (352, 196)
BOB = 6.0


def blob(
    centre: tuple[float, float], radius: float, seed: int, steps: int = 40
) -> list[tuple[float, float]]:
    """Return the outline of an irregular island or lake."""
    chooser = random.Random(seed)
    phases = [chooser.uniform(0, math.tau) for _ in range(3)]
    outline = []
    for step in range(steps):
        angle = math.tau * step / steps
        wobble = 1 + 0.18 * math.sin(angle * 3 + phases[0]) + 0.1 * math.sin(angle * 5 + phases[1])
        wobble += 0.06 * math.sin(angle * 9 + phases[2])
        outline.append(
            (
                centre[0] + math.cos(angle) * radius * wobble,
                centre[1] + math.sin(angle) * radius * 0.7 * wobble,
            )
        )
    return outline


def paint_pin(canvas: Canvas, palette: Palette, x: float, tip: float) -> None:
    """Paint a map pin whose point touches (x, tip)."""
    head = tip - 38
    canvas.polygon([(x - 12, head + 6), (x + 12, head + 6), (x, tip)], palette.flag_red)
    canvas.circle(x, head, 16, palette.flag_red)
    canvas.circle(x, head, 6.5, palette.paper)
    canvas.circle(x - 6, head - 6, 3, mix(palette.flag_red, palette.paper, 0.5))


class MapPin(Illustration):
    """Draw a paper map on a desk, a ruler and pencil beside it, a pin hovering over a place."""

    motion_hz = 12.0
    core_width = 440

    def paint_base(self, canvas: Canvas) -> None:
        """Paint the desk, the map's sea, land, rivers, roads and towns, the tools, the mark."""
        palette = self.palette
        canvas.vertical_gradient(
            canvas.top,
            canvas.bottom + 1,
            [(0.0, palette.table), (1.0, mix(palette.table, palette.outline, 0.35))],
        )
        sheet = (100, 30, 440, 340)
        canvas.rectangle(
            sheet[0] + 6,
            sheet[1] + 8,
            sheet[2],
            sheet[3],
            mix(palette.table, palette.outline, 0.45),
        )
        canvas.rectangle(*sheet, palette.sea_light)
        left, top, width, height = sheet
        clip = canvas.surface.get_clip()
        x0, y0 = canvas.point(left, top)
        x1, y1 = canvas.point(left + width, top + height)
        canvas.surface.set_clip(clip.clip((round(x0), round(y0), round(x1 - x0), round(y1 - y0))))
        for x in range(int(left), int(left + width), 52):
            canvas.line(
                (x, top), (x, top + height), 0.6, mix(palette.sea_light, palette.paper, 0.5)
            )
        for y in range(int(top), int(top + height), 52):
            canvas.line(
                (left, y), (left + width, y), 0.6, mix(palette.sea_light, palette.paper, 0.5)
            )
        land = mix(palette.grass, palette.paper, 0.45)
        hills = mix(palette.scarf_3, palette.paper, 0.5)
        canvas.polygon(blob((330, 210), 210, 4), mix(land, palette.paper, 0.3))
        canvas.polygon(blob((330, 210), 196, 4), land)
        canvas.polygon(blob((250, 150), 70, 7), hills)
        canvas.polygon(blob((440, 270), 56, 9), hills)
        canvas.polygon(blob((120, 330), 46, 5), land)
        canvas.polygon(blob((400, 180), 24, 11), palette.sea_light)
        river = [(250, 170), (280, 200), (300, 240), (330, 270), (350, 300), (380, 352)]
        for start, end in itertools.pairwise(river):
            canvas.line(start, end, 3, palette.sea)
        roads = [((180, 250), (352, 196)), ((352, 196), (520, 150)), ((352, 196), (430, 320))]
        for start, end in roads:
            steps = int(math.dist(start, end) // 10)
            for step in range(steps):
                share = step / steps
                a = (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)
                b = (
                    start[0] + (end[0] - start[0]) * (share + 0.6 / steps),
                    start[1] + (end[1] - start[1]) * (share + 0.6 / steps),
                )
                canvas.line(a, b, 2.2, palette.brick)
        for x, y in ((180, 250), (520, 150), (430, 320), (260, 300)):
            canvas.circle(x, y, 5, palette.outline)
            canvas.circle(x, y, 3, palette.paper)
        canvas.surface.set_clip(clip)
        # A compass rose, the ruler and the pencil.
        cx, cy = 500, 70
        canvas.circle(cx, cy, 24, mix(palette.paper, palette.sea_light, 0.3))
        canvas.polygon([(cx, cy - 22), (cx + 5, cy), (cx, cy + 22), (cx - 5, cy)], palette.outline)
        canvas.polygon(
            [(cx - 22, cy), (cx, cy - 5), (cx + 22, cy), (cx, cy + 5)], palette.ballot_line
        )
        canvas.polygon([(cx, cy - 22), (cx + 5, cy), (cx - 5, cy)], palette.flag_red)
        canvas.polygon([(20, 396), (40, 380), (300, 420), (280, 436)], palette.flag_sun)
        for step in range(12):
            x = 44 + step * 21
            canvas.line((x, 383 + step * 3.1), (x - 4, 390 + step * 3.1), 1.2, palette.outline)
        canvas.line((470, 420), (600, 350), 9, palette.scarf_3)
        canvas.polygon([(600, 345), (612, 345), (606, 352), (600, 356)], palette.paper)
        # The place the pin marks: a ring on the map.
        canvas.ellipse(PIN[0], PIN[1], 12, 5, mix(palette.flag_red, land, 0.4))
        canvas.ellipse(PIN[0], PIN[1], 7, 2.8, land)

    def motion_areas(self, canvas: Canvas) -> list[DesignRect]:
        """Return the rectangle the pin bobs in and its shadow."""
        return [(PIN[0] - 20, PIN[1] - 60 - BOB, 40, 68 + BOB)]

    def draw_motion(self, canvas: Canvas, time_s: float) -> None:
        """Let the pin hover over its place, its shadow growing as it comes down."""
        palette = self.palette
        lift = BOB * (0.5 + 0.5 * math.sin(time_s * 2.4))
        shadow = mix(palette.outline, palette.grass, 0.5)
        canvas.ellipse(PIN[0], PIN[1] + 1, 6 - lift * 0.4, 2.2 - lift * 0.15, shadow)
        paint_pin(canvas, palette, PIN[0], PIN[1] - lift)
