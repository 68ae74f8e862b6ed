"""Measure what animating each built-in picture costs when only its moving parts are redrawn.

Run from the top of the checkout: ``python tools/picture_bench.py [WIDTHxHEIGHT] [FRAMES]``
(default 1920x1080, 60 frames). For each picture it draws the whole picture once, then
``FRAMES`` updates at the picture's own motion rate, and prints the first draw's time, the
median, 95th-percentile and worst update time (CPU time of the drawing thread, in ms), and
the area redrawn per frame and per second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def main(argv: list[str]) -> int:
    """Print one line of figures per picture."""
    import pygame

    from game.model.pack import BUILTIN_PICTURES
    from game.ui.pictures.sheet import measure_motion

    width, height = (int(part) for part in (argv[0] if argv else "1920x1080").split("x"))
    frames = int(argv[1]) if len(argv) > 1 else 60
    pygame.init()
    pygame.display.set_mode((width, height))
    print(
        f"{'picture':20} {'Hz':>4} {'first ms':>9} {'median ms':>10} {'p95 ms':>7} {'worst ms':>9}"
        f" {'dirty px/frame':>15} {'dirty Mpx/s':>12} {'share':>6}"
    )
    for name in BUILTIN_PICTURES:
        cost = measure_motion(name, (width, height), frames)
        print(
            f"{name:20} {cost.rate:4.0f} {cost.first_ms:9.1f} {cost.median_ms:10.2f} {cost.p95_ms:7.2f}"
            f" {cost.worst_ms:9.2f} {cost.dirty_pixels_per_frame:15,.0f}"
            f" {cost.dirty_pixels_per_second / 1e6:12.2f} {cost.dirty_share:6.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
