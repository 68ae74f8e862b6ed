"""``okuya bench``: what a player's machine spends, measured on the real game.

In a real window (when a display is available, e.g. Xvfb in CI; ``real_window`` in the JSON):

* the built-in pack is played through in a window resized to 1920×1080, and on each kind
  of screen the app's own main loop runs for a few seconds of wall-clock time; CPU is the
  process's CPU time (every thread, ``time.process_time``) over that wall time, in % of one
  core, per phase: ``animating`` (a scene's picture), ``counting down`` (a timed round) and
  ``waiting`` (nothing moves: menus, the pause overlay, a scene under *Reduce motion*).
  The parent process reads ``/proc/PID/stat`` of the same run at the start and end of every
  phase; ``proc_agrees_within_20_percent`` says whether both agree (within two clock ticks
  for tiny figures);
* peak RSS (``VmHWM``) on the first screen, after the first scene at 1920×1080, after the
  playthrough and after resizing to 1280×720, 1920×1080 and back;
* launch → first drawn content: ``okuya play`` in a real window, exiting after its first
  frame (five runs, median and each run);
* drag frame time at 1920×1080: a timeline card dragged through 120 mouse motions, each
  one turn of the real loop (events, update, present), wall and CPU time.

The real-window half lives in :mod:`game.devtools.window_bench`.

Headless (dummy video driver, nothing shown; ``headless`` in the JSON): frame times of the
playthrough in every language at 1280×720, first frame, idle CPU, peak memory, as before.

Targets, real window (issue 10): scene ≤ 10 %, timed quiz ≤ 3 %, waiting ≤ 0.5 %, peak RSS
≤ 150 MB, first content ≤ 0.6 s, drag p99 ≤ 8 ms; headless (product brief): p99 ≤ 4 ms,
idle ≤ 2 %, first frame ≤ 0.6 s, peak ≤ 150 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from game.devtools.window_bench import (
    display_available,
    format_window_report,
    measure_first_content,
    measure_window,
    percentile,
    summarise_window,
    window_playthrough,
)

LANGUAGES = ("ky", "ru", "en")
SIZE = (1280, 720)
IDLE_SECONDS = 3.0
IDLE_WARM_UP = 0.7
FIRST_FRAME_RUNS = 3
# Pseudo screen names under which frames are also filed: opening a screen, or using it.
ENTER = "_enter"
STEADY = "_steady"
TARGETS = {"frame_ms_p99": 4.0, "idle_cpu_percent": 2.0, "first_frame_s": 0.6, "peak_rss_mb": 150.0}


def summarise(milliseconds: list[float]) -> dict[str, float]:
    """Return frames, p50, p99 and max of a list of frame times in milliseconds."""
    return {
        "frames": len(milliseconds),
        "p50": round(percentile(milliseconds, 0.5), 3),
        "p99": round(percentile(milliseconds, 0.99), 3),
        "max": round(max(milliseconds, default=0.0), 3),
    }


def measure_playthrough_in_children(
    languages: tuple[str, ...] = LANGUAGES,
) -> dict[str, list[float]]:
    """Play the built-in pack once per language, each in its own process (like a real game).

    Return the frame times (ms) per screen name; the children's peak memory is then in
    ``getrusage(RUSAGE_CHILDREN)``.
    """
    frames: dict[str, list[float]] = {}
    repository = Path(__file__).resolve().parents[2]
    environment = dict(os.environ)
    # pygame's greeting on stdout would spoil the child's answer (JSON, or 'first frame').
    environment["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(repository), environment.get("PYTHONPATH", "")])
    )
    for language in languages:
        result = subprocess.run(
            [sys.executable, "-m", "game.devtools.bench", "--playthrough", language],
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"the {language} playthrough failed: {result.stderr.strip()[-500:]}")
        for screen, values in json.loads(result.stdout).items():
            frames.setdefault(screen, []).extend(values)
    return frames


def measure_playthrough(languages: tuple[str, ...] = LANGUAGES) -> dict[str, list[float]]:
    """Play the built-in pack in every language here; return frame times (ms) per screen name.

    The first frame drawn on each new screen is also filed under ``<name>:enter`` and the
    others under ``<name>:steady`` in the key ``"_kinds"``, so the report can tell the cost
    of opening a screen from the cost of using it.
    """
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    from game.devtools import autoplay
    from game.devtools.driver import UiDriver

    frames: dict[str, list[float]] = {}

    def record(screen: str, seconds: float, first: bool) -> None:
        frames.setdefault(screen, []).append(seconds * 1000)
        frames.setdefault(ENTER if first else STEADY, []).append(seconds * 1000)

    for language in languages:
        with tempfile.TemporaryDirectory(prefix="okuya-bench-") as folder:
            driver = UiDriver(Path(folder), language=language, size=SIZE)
            driver.frame_recorder = record
            try:
                autoplay.start_player(driver)
                for screen_button in ("settings_button", "about_button"):
                    driver.click(getattr(driver.current_screen, screen_button))
                    driver.advance(0.1)
                    driver.press(__import__("pygame").K_ESCAPE)
                autoplay.open_pack(driver)
                autoplay.play_to_results(driver, right=False)
                results = driver.current_screen
                if getattr(results, "practise", None) is not None and results.practise.enabled:
                    driver.click(results.practise)
                    autoplay.play_to_results(driver, right=True)
            finally:
                driver.close()
    return frames


def measure_first_frame(runs: int = FIRST_FRAME_RUNS) -> float:
    """Return the median seconds from launching ``okuya play`` headless to its first frame."""
    times = measure_first_content(runs, real_window=False)
    return round(statistics.median(times), 3) if times else float("nan")


def measure_idle(seconds: float = IDLE_SECONDS) -> float:
    """Run the real main loop on a static screen; return the CPU use in percent of one core."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    import pygame

    from game.app import App

    with tempfile.TemporaryDirectory(prefix="okuya-bench-") as folder:
        app = App(language="en", data_dir=Path(folder), size=SIZE)
        app.start()
        window: dict[str, float] = {}

        def watch() -> None:
            time.sleep(IDLE_WARM_UP)
            window["cpu"] = time.process_time()
            window["wall"] = time.perf_counter()
            time.sleep(seconds)
            window["cpu"] = time.process_time() - window["cpu"]
            window["wall"] = time.perf_counter() - window["wall"]
            pygame.event.post(pygame.event.Event(pygame.QUIT))

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            app.loop()
        finally:
            watcher.join(timeout=seconds + 5)
            app.close()
    return round(100 * window.get("cpu", 0.0) / max(window.get("wall", seconds), 1e-9), 2)


def peak_rss_mb() -> float:
    """Return the peak resident memory of this process or any game it ran, in megabytes."""
    try:
        import resource
    except ImportError:  # Windows has no getrusage: the figure is not available there
        return float("nan")
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    # Linux reports kilobytes, macOS bytes.
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def run_bench() -> dict[str, object]:
    """Measure everything: in a real window when a display is available, and headless."""
    figures: dict[str, object] = {}
    # Headless first: its peak memory is read from the children it ran, before any window.
    headless = run_headless_bench()
    if display_available():
        first_content = measure_first_content()
        figures["real_window"] = summarise_window(measure_window(), first_content)
    else:
        figures["real_window"] = None
    figures["headless"] = headless
    return figures


def run_headless_bench() -> dict[str, object]:
    """Measure on the dummy video driver (nothing shown): frame times, start, idle, memory."""
    first_frame = measure_first_frame()
    frames = measure_playthrough_in_children()
    idle = measure_idle()
    opening = frames.pop(ENTER, [])
    steady = frames.pop(STEADY, [])
    every = [value for values in frames.values() for value in values]
    overall = summarise(every)
    return {
        "frame_ms_p50": overall["p50"],
        "frame_ms_p99": overall["p99"],
        "frame_ms_max": overall["max"],
        "frames": overall["frames"],
        "frame_ms_p99_steady": summarise(steady)["p99"],
        "frame_ms_p99_opening_a_screen": summarise(opening)["p99"],
        "screens_opened": len(opening),
        "first_frame_s": first_frame,
        "idle_cpu_percent": idle,
        "peak_rss_mb": peak_rss_mb(),
        "screens": {name: summarise(values) for name, values in sorted(frames.items())},
        "languages": list(LANGUAGES),
        "window": f"{SIZE[0]}x{SIZE[1]}",
        "targets": TARGETS,
    }


def format_report(figures: dict[str, object]) -> str:
    """Return the real-window and the headless figures as readable tables."""
    window = figures.get("real_window")
    lines = []
    if window:
        lines.append(format_window_report(window))
    else:
        lines.append("okuya bench: no display, so no real-window figures (set DISPLAY, e.g. Xvfb)")
    lines.append(format_headless_report(figures["headless"]))
    return "\n".join(lines)


def format_headless_report(figures: dict[str, object]) -> str:
    """Return the headless figures as a readable table with the targets beside them."""
    lines = [
        f"headless (dummy video driver, nothing shown): {figures['frames']} frames at "
        f"{figures['window']} in {', '.join(figures['languages'])}"
    ]
    rows = [
        ("frame time p50", f"{figures['frame_ms_p50']:.2f} ms", ""),
        ("frame time p99", f"{figures['frame_ms_p99']:.2f} ms", "≤ 4 ms"),
        ("frame time max", f"{figures['frame_ms_max']:.2f} ms", ""),
        (
            "  p99 in use",
            f"{figures.get('frame_ms_p99_steady', 0):.2f} ms",
            "(frames after a screen's first)",
        ),
        (
            "  p99 opening",
            f"{figures.get('frame_ms_p99_opening_a_screen', 0):.2f} ms",
            f"({figures.get('screens_opened', 0)} first frames of a screen)",
        ),
        ("first frame", f"{figures['first_frame_s']:.3f} s", "≤ 0.6 s"),
        ("idle CPU", f"{figures['idle_cpu_percent']:.2f} %", "≤ 2 %"),
        ("peak memory", f"{figures['peak_rss_mb']:.1f} MB", "≤ 150 MB"),
    ]
    for name, value, target in rows:
        lines.append(f"  {name:<16}{value:>12}   {target}")
    lines.append("  per screen (frames, p50 / p99 / max ms):")
    for name, figures_of_screen in figures["screens"].items():
        lines.append(
            f"    {name:<14}{figures_of_screen['frames']:>6}  "
            f"{figures_of_screen['p50']:>7.2f} / {figures_of_screen['p99']:>7.2f} / {figures_of_screen['max']:>8.2f}"
        )
    return "\n".join(lines)


def bench_command(as_json: bool = False) -> int:
    """Run the benchmark and print the figures (one JSON object with ``as_json``)."""
    try:
        figures = run_bench()
    except Exception as error:  # a broken bench must say why, not print a traceback
        print(f"okuya bench: could not finish: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(json.dumps(figures, ensure_ascii=False) if as_json else format_report(figures))
    return 0


if __name__ == "__main__":
    # ``python -m game.devtools.bench --playthrough LANG``: one playthrough, frame times as JSON.
    if len(sys.argv) == 2 and sys.argv[1] == "--window-playthrough":

        def announce(line: str) -> None:
            print(line, flush=True)
            sys.stdin.readline()  # the parent has read /proc: go on

        figures = window_playthrough(announce)
        print("result " + json.dumps(figures), flush=True)
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--playthrough":
        print(json.dumps(measure_playthrough((sys.argv[2],))))
        sys.exit(0)
    sys.exit(bench_command(as_json="--json" in sys.argv))
