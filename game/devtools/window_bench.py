"""The real-window half of ``okuya bench``: what a player's machine spends in a real window.

See :mod:`game.devtools.bench` for what is measured; this module plays the built-in pack in
a real window (a child process, ``python -m game.devtools.bench --window-playthrough``),
reads ``/proc`` of the same run and summarises the figures against issue 10's targets.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The first window, before the playthrough is resized to ``WINDOW_SIZE``.
SIZE = (1280, 720)


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which ``fraction`` of ``values`` lie (nearest rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))
    return ordered[index]


# What a player gets: a real window on the display (Xvfb in CI), the real main loop running
# for a while on each kind of screen, CPU time of the whole process over wall-clock time.
WINDOW_SIZE = (1920, 1080)
PHASE_SECONDS = 4.0
SCENE_SECONDS = 4.0
SETTLE_SECONDS = 0.6
DRAG_STEPS = 120
WINDOW_TARGETS = {
    "scene_cpu_percent_max": 10.0,
    "timed_quiz_cpu_percent": 3.0,
    "waiting_cpu_percent_max": 0.5,
    "peak_rss_mb": 150.0,
    "first_content_s": 0.6,
    "drag_frame_ms_p99": 8.0,
}


def display_available() -> bool:
    """Return True when a real window can be opened (an X11 or Wayland display is set)."""
    if sys.platform != "linux":
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def proc_cpu_seconds(pid: int | str = "self") -> float:
    """Return the CPU seconds (user + system, every thread) ``/proc/PID/stat`` shows."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text.rsplit(")", 1)[1].split()
    # Fields 14 and 15 of stat(5); the split above starts at field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vm_hwm_mb(pid: int | str = "self") -> float:
    """Return the peak resident memory (``VmHWM``) of a process in megabytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


class WindowRun:
    """Run the real main loop in a real window for timed phases and note what each cost."""

    def __init__(self, driver: object, announce: Callable[[str], None]) -> None:
        self.driver = driver
        self.announce = announce
        self.phases: list[dict[str, object]] = []
        self.memory: dict[str, float] = {}

    def run_loop(self, seconds: float) -> None:
        """Run the app's own loop for ``seconds`` of wall-clock time (from the last input on)."""
        app = self.driver.app
        app.last_tick = time.perf_counter()
        ends = time.perf_counter() + seconds
        while time.perf_counter() < ends and not app.stack.quit_requested:
            app.run_once()

    def phase(self, kind: str, state: str, seconds: float = PHASE_SECONDS) -> dict[str, object]:
        """Let the loop settle, then measure ``seconds`` of it on the current screen."""
        app = self.driver.app
        self.run_loop(SETTLE_SECONDS)
        name = f"{kind}:{state}:{len(self.phases)}"
        self.announce(f"start {name}")
        frames, partial, pixels = app.frames_drawn, app.partial_frames, app.pixels_presented
        cpu, wall = time.process_time(), time.perf_counter()
        self.run_loop(seconds)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        active = app.active
        self.announce(f"stop {name}")
        width, height = pygame_window_size()
        figures: dict[str, object] = {
            "name": name,
            "screen": kind,
            "state": state,
            "seconds": round(wall, 3),
            "cpu_percent": round(100 * cpu / wall, 2),
            "whole_frames_per_s": round((app.frames_drawn - frames) / wall, 2),
            "partial_frames_per_s": round((app.partial_frames - partial) / wall, 2),
            "presented_mpx_per_s": round((app.pixels_presented - pixels) / wall / 1e6, 3),
            "window": f"{width}x{height}",
            "window_active": active,
        }
        self.phases.append(figures)
        return figures

    def note_memory(self, moment: str) -> None:
        """Note the peak resident memory so far under ``moment``."""
        self.memory[moment] = vm_hwm_mb()


def pygame_window_size() -> tuple[int, int]:
    """Return the size of the game window."""
    import pygame

    surface = pygame.display.get_surface()
    return surface.get_size() if surface is not None else (0, 0)


def drag_frame_times(driver: object) -> dict[str, float]:
    """Drag the first timeline card around and back through the real loop; return ms a frame.

    Each frame is one mouse motion posted to the event queue and one turn of the app's own
    loop (events, update, present; it does not sleep after input).
    """
    import pygame

    app = driver.app
    screen = driver.current_screen
    card = next(iter(screen.cards.values()))
    start = card.rect.center
    driver.settle()
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=start, rel=(0, 0), buttons=(0, 0, 0))
    )
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    app.run_once()
    wall_ms: list[float] = []
    cpu_ms: list[float] = []
    width, height = pygame_window_size()
    previous = start
    for step in range(1, DRAG_STEPS + 1):
        # Out along a wide loop and back to where the card was picked up.
        angle = 2 * math.pi * step / DRAG_STEPS
        point = (
            int(start[0] + width * 0.3 * math.sin(angle)),
            int(start[1] + height * 0.25 * (1 - math.cos(angle))),
        )
        rel = (point[0] - previous[0], point[1] - previous[1])
        previous = point
        pygame.event.post(
            pygame.event.Event(pygame.MOUSEMOTION, pos=point, rel=rel, buttons=(1, 0, 0))
        )
        cpu, wall = time.process_time(), time.perf_counter()
        app.run_once()
        wall_ms.append((time.perf_counter() - wall) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=previous, button=1))
    app.run_once()
    driver.settle()
    return {
        "frames": len(wall_ms),
        "wall_ms_p50": round(percentile(wall_ms, 0.5), 3),
        "wall_ms_p99": round(percentile(wall_ms, 0.99), 3),
        "cpu_ms_p50": round(percentile(cpu_ms, 0.5), 3),
        "cpu_ms_p99": round(percentile(cpu_ms, 0.99), 3),
    }


def window_playthrough(announce: Callable[[str], None]) -> dict[str, object]:
    """Play the built-in pack in a real window at 1920×1080 and measure each kind of screen."""
    from game.devtools import autoplay
    from game.devtools.driver import UiDriver

    with tempfile.TemporaryDirectory(prefix="okuya-bench-") as folder:
        driver = UiDriver(Path(folder), language="en", size=SIZE, real_window=True)
        run = WindowRun(driver, announce)
        try:
            run.note_memory("first screen 1280x720")
            run.phase(driver.screen_name, "waiting")
            driver.resize(WINDOW_SIZE)
            autoplay.start_player(driver)
            run.phase(driver.screen_name, "waiting")
            autoplay.open_pack(driver)
            run.phase("scene", "animating", SCENE_SECONDS)
            run.note_memory("first scene 1920x1080")
            driver.press(27)  # Esc: the pause overlay over the scene
            run.phase(f"{driver.screen_name} over scene", "waiting")
            driver.press(27)
            driver.context.update_settings(reduced_motion=True)
            driver.render()
            run.phase("scene (reduce motion)", "waiting")
            driver.context.update_settings(reduced_motion=False)
            driver.render()
            seen: set[str] = set()
            drag: dict[str, float] = {}

            def observe(driver: UiDriver, moment: str) -> None:
                if moment != "shown":
                    return
                screen = driver.current_screen
                name = driver.screen_name
                if name == "scene":
                    run.phase("scene", "animating", SCENE_SECONDS)
                    return
                timed = bool(getattr(screen, "timed", False))
                kind = f"{name} (timed)" if timed else name
                if kind in seen:
                    return
                seen.add(kind)
                run.phase(kind, "counting down" if timed else "waiting")
                if name == "timeline" and not drag:
                    drag.update(drag_frame_times(driver))

            autoplay.play_to_results(driver, right=True, observe=observe)
            run.phase(driver.screen_name, "waiting")
            run.note_memory("playthrough 1920x1080")
            for size in (SIZE, WINDOW_SIZE, SIZE):
                driver.resize(size)
                run.run_loop(0.3)
            run.note_memory("after resizing to 1920x1080 and back")
        finally:
            driver.close()
    return {"phases": run.phases, "peak_rss_mb": run.memory, "drag_1920x1080": drag}


def measure_first_content(runs: int = 5, real_window: bool = True) -> list[float]:
    """Return the seconds from launching ``okuya play`` to its first drawn frame, per run."""
    times = []
    repository = Path(__file__).resolve().parents[2]
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="okuya-bench-") as folder:
            environment = dict(os.environ)
            # pygame's greeting on stdout would spoil the child's answer (JSON, or 'first frame').
            environment["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
            environment.update(
                OKUYA_DATA_DIR=folder,
                OKUYA_EXIT_AFTER_FIRST_FRAME="1",
                SDL_AUDIODRIVER="dummy",
                PYTHONPATH=os.pathsep.join(
                    filter(None, [str(repository), environment.get("PYTHONPATH", "")])
                ),
            )
            if real_window:
                environment.pop("SDL_VIDEODRIVER", None)
            else:
                environment["SDL_VIDEODRIVER"] = "dummy"
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "game", "play", "--lang", "en"],
                env=environment,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            line = process.stdout.readline() if process.stdout else ""
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            if "first frame" in line:
                times.append(round(elapsed, 3))
    return times


def measure_window() -> dict[str, object]:
    """Run the real-window playthrough in a child; check its CPU figures against ``/proc``."""
    repository = Path(__file__).resolve().parents[2]
    environment = dict(os.environ)
    # pygame's greeting on stdout would spoil the child's answer (JSON, or 'first frame').
    environment["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    environment.pop("SDL_VIDEODRIVER", None)
    environment["SDL_AUDIODRIVER"] = "dummy"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(repository), environment.get("PYTHONPATH", "")])
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "game.devtools.bench", "--window-playthrough"],
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc: dict[str, float] = {}
    started: dict[str, tuple[float, float]] = {}
    result: dict[str, object] | None = None
    assert child.stdout is not None and child.stdin is not None
    for line in child.stdout:
        word, _, name = line.strip().partition(" ")
        if word == "start":
            started[name] = (proc_cpu_seconds(child.pid), time.perf_counter())
        elif word == "stop" and name in started:
            cpu, wall = started.pop(name)
            proc[name] = round(
                100 * (proc_cpu_seconds(child.pid) - cpu) / (time.perf_counter() - wall), 2
            )
        elif word == "result":
            result = json.loads(name)
            continue
        else:
            continue
        # The child waits for this before it starts (or goes on after) a phase, so both
        # readings cover the same stretch of its life.
        child.stdin.write("ok\n")
        child.stdin.flush()
    errors = child.stderr.read() if child.stderr else ""
    if child.wait(timeout=60) != 0 or result is None:
        raise RuntimeError(f"the real-window playthrough failed: {errors.strip()[-500:]}")
    for phase in result["phases"]:
        phase["proc_cpu_percent"] = proc.get(str(phase["name"]), float("nan"))
    return result


def summarise_window(result: dict[str, object], first_content: list[float]) -> dict[str, object]:
    """Return the real-window figures per kind of screen, with the targets and the /proc check."""
    phases: list[dict[str, object]] = result["phases"]
    kinds: dict[str, list[float]] = {}
    for phase in phases:
        kinds.setdefault(f"{phase['screen']} [{phase['state']}]", []).append(
            float(phase["cpu_percent"])
        )
    scenes = [float(p["cpu_percent"]) for p in phases if p["state"] == "animating"]
    waiting = [float(p["cpu_percent"]) for p in phases if p["state"] == "waiting"]
    timed = [float(p["cpu_percent"]) for p in phases if p["state"] == "counting down"]
    agreement = []
    for phase in phases:
        ours, theirs = float(phase["cpu_percent"]), float(phase["proc_cpu_percent"])
        # /proc counts whole clock ticks (10 ms), so each of its two readings may be up to a
        # tick off: under two ticks' worth a difference says nothing.
        tick = 100 / os.sysconf("SC_CLK_TCK") / float(phase["seconds"])
        agreement.append(abs(ours - theirs) <= max(0.2 * max(ours, theirs), 2 * tick))
    peaks = result["peak_rss_mb"]
    return {
        "window": f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
        "cpu_percent_per_kind": {
            kind: {"max": max(values), "min": min(values), "runs": len(values)}
            for kind, values in kinds.items()
        },
        "scene_cpu_percent_max": max(scenes, default=float("nan")),
        "timed_quiz_cpu_percent": max(timed, default=float("nan")),
        "waiting_cpu_percent_max": max(waiting, default=float("nan")),
        "peak_rss_mb": max(peaks.values(), default=float("nan")),
        "peak_rss_mb_at": peaks,
        "first_content_s": round(statistics.median(first_content), 3)
        if first_content
        else float("nan"),
        "first_content_runs_s": first_content,
        "drag_frame_ms_p99": result["drag_1920x1080"].get("wall_ms_p99", float("nan")),
        "drag_1920x1080": result["drag_1920x1080"],
        "proc_agrees_within_20_percent": all(agreement),
        "phases": phases,
        "targets": WINDOW_TARGETS,
    }


def format_window_report(window: dict[str, object]) -> str:
    """Return the real-window figures with the targets beside them."""
    targets = window["targets"]
    lines = [f"okuya bench, real window {window['window']} (CPU: % of one core over wall time):"]
    rows = [
        (
            "any scene, animating",
            f"{window['scene_cpu_percent_max']:.1f} %",
            "scene_cpu_percent_max",
        ),
        ("timed round", f"{window['timed_quiz_cpu_percent']:.1f} %", "timed_quiz_cpu_percent"),
        ("waiting, worst", f"{window['waiting_cpu_percent_max']:.2f} %", "waiting_cpu_percent_max"),
        ("peak RSS", f"{window['peak_rss_mb']:.0f} MB", "peak_rss_mb"),
        ("launch -> first content", f"{window['first_content_s']:.3f} s", "first_content_s"),
        ("drag p99 (wall)", f"{window['drag_frame_ms_p99']:.2f} ms", "drag_frame_ms_p99"),
    ]
    for name, value, key in rows:
        lines.append(f"  {name:<26}{value:>10}   target {targets[key]}")
    lines.append(f"  first content runs: {window['first_content_runs_s']}")
    lines.append(f"  peak RSS at: {window['peak_rss_mb_at']}")
    lines.append(f"  /proc agrees within 20 %: {window['proc_agrees_within_20_percent']}")
    lines.append("  per phase (bench % / /proc %, whole + partial frames a second):")
    for phase in window["phases"]:
        lines.append(
            f"    {phase['screen'] + ' [' + phase['state'] + ']':<36}"
            f"{phase['cpu_percent']:>7.2f} / {phase['proc_cpu_percent']:>6.2f}   "
            f"{phase['whole_frames_per_s']:>5.1f} + {phase['partial_frames_per_s']:>5.1f}"
            + ("" if phase["window_active"] else "   (window not active!)")
        )
    return "\n".join(lines)
