"""The game opens a real window under Xvfb, and explains itself where there is no display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def game_environment(data_dir: Path, **extra: str) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SDL_")}
    environment.update(
        OKUYA_DATA_DIR=str(data_dir),
        PYTHONPATH=str(REPOSITORY),
        SDL_AUDIODRIVER="dummy",
        **extra,
    )
    return environment


def free_display_number() -> int:
    for number in range(99, 160):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb_display():
    """Start Xvfb on a free display; yield its name (skip where Xvfb is missing)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    number = free_display_number()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(100):
            if socket.exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        if not socket.exists():
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_the_game_draws_its_first_frame_in_a_real_window(xvfb_display, tmp_path):
    """The game draws its first frame in a real window."""
    environment = game_environment(tmp_path, DISPLAY=xvfb_display, OKUYA_EXIT_AFTER_FIRST_FRAME="1")
    environment["SDL_VIDEODRIVER"] = "x11"
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--lang", "en"],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "first frame" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("video_driver", ["x11", None])
def test_without_a_display_the_game_says_what_to_do_instead_of_crashing(tmp_path, video_driver):
    """Without a display the game says what to do instead of crashing."""
    environment = game_environment(tmp_path)
    if video_driver is not None:
        environment["SDL_VIDEODRIVER"] = video_driver
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "game"],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "desktop session" in result.stderr
    assert "okuya check" in result.stderr
