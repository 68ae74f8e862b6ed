"""A contact sheet of every built-in picture, and a measure of what animating them costs.

``contact_sheet`` draws a labelled thumbnail of each picture (``tools/picture_sheet.py``
saves it as ``docs/pictures.png``). ``measure_motion`` draws a picture's frames the way the
app will (one full draw, then :meth:`PictureRenderer.update` at the picture's own rate) and
reports the CPU time each frame took and the area redrawn each second
(``tools/picture_bench.py`` prints it for every picture).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pygame

from game.model.pack import BUILTIN_PICTURES
from game.paths import resolve
from game.ui.pictures.renderer import PictureRenderer

THUMBNAIL = (256, 160)
LABEL_HEIGHT = 26
GAP = 10
COLUMNS = 5
SHEET_BACK = (246, 240, 228)
LABEL_COLOUR = (40, 40, 48)


def contact_sheet(
    names: tuple[str, ...] = BUILTIN_PICTURES,
    thumbnail: tuple[int, int] = THUMBNAIL,
    columns: int = COLUMNS,
    high_contrast: bool = False,
) -> pygame.Surface:
    """Return a sheet with a still thumbnail of each named picture, its name written below."""
    if not pygame.font.get_init():
        pygame.font.init()
    font = pygame.font.Font(str(resolve("assets", "fonts", "NotoSans-Regular.ttf")), 15)
    renderer = PictureRenderer()
    rows = -(-len(names) // columns)
    cell = (thumbnail[0] + GAP, thumbnail[1] + LABEL_HEIGHT + GAP)
    sheet = pygame.Surface((GAP + columns * cell[0], GAP + rows * cell[1]))
    sheet.fill(SHEET_BACK)
    for index, name in enumerate(names):
        left = GAP + (index % columns) * cell[0]
        top = GAP + (index // columns) * cell[1]
        rect = pygame.Rect((left, top), thumbnail)
        renderer.draw(sheet, name, rect, 0.0, reduced_motion=True, high_contrast=high_contrast)
        label = font.render(name, True, LABEL_COLOUR)
        sheet.blit(label, label.get_rect(midtop=(rect.centerx, rect.bottom + 4)))
    return sheet


@dataclass(frozen=True)
class MotionCost:
    """What animating one picture costs: per-frame draw time and redrawn area."""

    name: str
    size: tuple[int, int]
    rate: float
    frames: int
    first_ms: float
    median_ms: float
    p95_ms: float
    worst_ms: float
    dirty_pixels_per_frame: float
    dirty_pixels_per_second: float
    dirty_share: float


def measure_motion(
    name: str,
    size: tuple[int, int] = (1920, 1080),
    frames: int = 60,
    high_contrast: bool = False,
    renderer: PictureRenderer | None = None,
) -> MotionCost:
    """Draw ``frames`` motion frames of ``name`` at its own rate and time each update.

    Times are the drawing thread's CPU time (``time.thread_time``): on a busy machine wall
    time also counts the waits for a free core, which say nothing about the drawing.
    """
    renderer = renderer or PictureRenderer()
    surface = pygame.Surface(size)
    rect = surface.get_rect()
    rate = renderer.motion_rate(name)
    started = time.thread_time()
    renderer.draw(surface, name, rect, 0.0, high_contrast=high_contrast)
    first_ms = (time.thread_time() - started) * 1000
    timings: list[float] = []
    dirty_total = 0
    for frame in range(1, frames + 1):
        moment = frame / rate
        started = time.thread_time()
        dirty = renderer.update(surface, name, rect, moment, high_contrast=high_contrast)
        timings.append((time.thread_time() - started) * 1000)
        dirty_total += sum(part.width * part.height for part in dirty)
    timings.sort()
    per_frame = dirty_total / frames
    return MotionCost(
        name=name,
        size=size,
        rate=rate,
        frames=frames,
        first_ms=first_ms,
        median_ms=timings[len(timings) // 2],
        p95_ms=timings[min(len(timings) - 1, round(len(timings) * 0.95))],
        worst_ms=timings[-1],
        dirty_pixels_per_frame=per_frame,
        dirty_pixels_per_second=per_frame * rate,
        dirty_share=per_frame / (size[0] * size[1]),
    )
