"""``okuya screenshots`` renders every screen to PNG; ``okuya bench`` summarises frame times honestly."""

from __future__ import annotations

import pytest

from game.devtools.bench import format_report, percentile, summarise
from game.devtools.screenshots import parse_size, screenshots_command


@pytest.mark.slow
def test_screenshots_cover_every_kind_of_screen(tmp_path, capsys):
    """Screenshots cover every kind of screen."""
    assert screenshots_command(str(tmp_path), ["en"], "960x540", 1.5) == 0
    names = {path.stem.split("-", 1)[1] for path in (tmp_path / "en").glob("*.png")}
    for expected in (
        "language",
        "menu",
        "packs-with-an-error",
        "settings",
        "about",
        "pause",
        "timeline",
        "who_said",
        "quiz",
        "feedback-timeline",
        "results",
        "notice-damaged-progress",
        "profiles",
    ):
        assert expected in names
    # Every scene of the built-in pack, each with a picture of its own.
    scenes = {name.removeprefix("scene-") for name in names if name.startswith("scene-")}
    assert scenes == {
        "the-vote",
        "how-we-got-here",
        "the-rally",
        "the-clashes",
        "the-night",
        "the-jail",
        "the-bonfire",
    }
    assert "screenshots written" in capsys.readouterr().out


@pytest.mark.slow
def test_screenshots_replace_only_their_own_files(tmp_path):
    """A second run replaces the screenshots of the first and leaves the user's own files alone."""
    own = tmp_path / "en" / "01-my-holiday.png"
    own.parent.mkdir()
    own.write_bytes(b"not a screenshot")
    notes = tmp_path / "en" / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    assert screenshots_command(str(tmp_path), ["en"], "960x540", 1.0) == 0
    written = sorted(path.name for path in (tmp_path / "en").glob("*.png") if path != own)
    assert own.read_bytes() == b"not a screenshot" and notes.read_text(encoding="utf-8") == "mine"
    assert screenshots_command(str(tmp_path), ["en"], "960x540", 1.0) == 0
    again = sorted(path.name for path in (tmp_path / "en").glob("*.png") if path != own)
    assert again == written
    assert own.read_bytes() == b"not a screenshot" and notes.read_text(encoding="utf-8") == "mine"


def test_screenshots_refuse_a_language_folder_that_is_a_file_or_a_link(tmp_path, capsys):
    """``DIR/en`` that is a file or a link is refused in one line, and nothing is deleted."""
    (tmp_path / "en").write_text("mine", encoding="utf-8")
    assert screenshots_command(str(tmp_path), ["en"], "960x540", 1.0) == 2
    assert "it is a file" in capsys.readouterr().err
    assert (tmp_path / "en").read_text(encoding="utf-8") == "mine"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.png").write_bytes(b"keep")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "en").symlink_to(elsewhere, target_is_directory=True)
    assert screenshots_command(str(linked), ["en"], "960x540", 1.0) == 2
    assert "link" in capsys.readouterr().err
    assert (elsewhere / "keep.png").read_bytes() == b"keep"


def test_a_huge_window_size_is_refused(tmp_path, capsys):
    """``--size 20000x12000`` is refused before any pixel is drawn."""
    assert screenshots_command(str(tmp_path), ["en"], "20000x12000", 1.0) == 2
    assert "7680x4320" in capsys.readouterr().err
    assert not (tmp_path / "en").exists()


def test_a_window_smaller_than_the_minimum_is_refused(tmp_path, capsys):
    """A window smaller than the minimum is refused."""
    assert screenshots_command(str(tmp_path), ["en"], "640x480", 1.0) == 2
    assert "960x540" in capsys.readouterr().err
    with pytest.raises(ValueError):
        parse_size("big")


def test_percentiles_use_the_nearest_rank():
    """Percentiles use the nearest rank."""
    values = [float(value) for value in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([], 0.99) == 0.0
    assert summarise([1.0, 2.0, 30.0]) == {"frames": 3, "p50": 2.0, "p99": 30.0, "max": 30.0}


HEADLESS = {
    "frames": 10,
    "window": "1280x720",
    "languages": ["ky", "ru", "en"],
    "frame_ms_p50": 0.8,
    "frame_ms_p99": 3.5,
    "frame_ms_max": 20.0,
    "first_frame_s": 0.2,
    "idle_cpu_percent": 0.5,
    "peak_rss_mb": 90.0,
    "screens": {"menu": {"frames": 10, "p50": 0.8, "p99": 3.5, "max": 20.0}},
}


def window_phase(screen: str, state: str, ours: float, proc: float) -> dict[str, object]:
    """Return one measured phase of a real-window run."""
    return {
        "name": f"{screen}:{state}",
        "screen": screen,
        "state": state,
        "seconds": 4.0,
        "cpu_percent": ours,
        "proc_cpu_percent": proc,
        "whole_frames_per_s": 0.0,
        "partial_frames_per_s": 8.0,
        "presented_mpx_per_s": 0.1,
        "window": "1920x1080",
        "window_active": True,
    }


def window_result(phases: list[dict[str, object]]) -> dict[str, object]:
    """Return what the real-window child reports."""
    return {
        "phases": phases,
        "peak_rss_mb": {"first screen": 80.0, "after resizing": 120.0},
        "drag_1920x1080": {"wall_ms_p99": 5.0},
    }


def test_the_report_shows_each_figure_beside_its_target():
    """The headless report shows each figure beside its target and says no window was measured."""
    report = format_report({"real_window": None, "headless": HEADLESS})
    assert "≤ 4 ms" in report and "≤ 0.6 s" in report and "≤ 150 MB" in report
    assert "menu" in report and "no display" in report


def test_the_window_summary_takes_the_worst_phase_of_each_kind_and_checks_proc():
    """The real-window summary reports the worst scene, waiting and countdown, and /proc agreement."""
    from game.devtools.bench import summarise_window

    phases = [
        window_phase("scene", "animating", 4.0, 4.2),
        window_phase("scene", "animating", 7.0, 6.5),
        window_phase("menu", "waiting", 0.3, 0.25),
        window_phase("quiz (timed)", "counting down", 1.0, 1.1),
    ]
    summary = summarise_window(window_result(phases), [0.5, 0.4, 0.45])
    assert summary["scene_cpu_percent_max"] == 7.0
    assert summary["waiting_cpu_percent_max"] == 0.3
    assert summary["timed_quiz_cpu_percent"] == 1.0
    assert summary["peak_rss_mb"] == 120.0 and summary["first_content_s"] == 0.45
    assert summary["proc_agrees_within_20_percent"] is True
    report = format_report({"real_window": summary, "headless": HEADLESS})
    assert "real window 1920x1080" in report and "target 10.0" in report
    phases.append(window_phase("scene", "animating", 10.0, 5.0))
    assert summarise_window(window_result(phases), [0.5])["proc_agrees_within_20_percent"] is False


def test_bench_json_prints_one_object_with_every_required_figure(monkeypatch, capsys):
    """``okuya bench --json`` prints the real-window figures and the headless ones, labelled."""
    import json

    from game.devtools import bench, window_bench

    # The measurements themselves are slow; here only the JSON the command prints is checked.
    monkeypatch.setattr(bench, "measure_first_frame", lambda: 0.3)
    monkeypatch.setattr(bench, "measure_idle", lambda: 0.5)
    monkeypatch.setattr(
        bench,
        "measure_playthrough_in_children",
        lambda: {"menu": [1.0, 2.0], "quiz": [3.0], bench.ENTER: [2.0], bench.STEADY: [1.0]},
    )
    monkeypatch.setattr(bench, "display_available", lambda: True)
    monkeypatch.setattr(bench, "measure_first_content", lambda: [0.4, 0.5])
    phases = [window_phase("scene", "animating", 4.0, 4.1)]
    monkeypatch.setattr(bench, "measure_window", lambda: window_result(phases))
    assert bench.bench_command(as_json=True) == 0
    figures = json.loads(capsys.readouterr().out)
    headless = figures["headless"]
    required = {"frame_ms_p50", "frame_ms_p99", "frame_ms_max", "first_frame_s"}
    required |= {"idle_cpu_percent", "peak_rss_mb", "screens"}
    assert required <= set(headless)
    assert set(headless["screens"]) == {"menu", "quiz"}
    assert headless["frame_ms_max"] == 3.0 and headless["peak_rss_mb"] > 0
    window = figures["real_window"]
    assert window["scene_cpu_percent_max"] == 4.0 and window["first_content_s"] == 0.45
    assert set(window["targets"]) == set(window_bench.WINDOW_TARGETS)


@pytest.mark.slow
def test_the_bench_children_answer_without_pygames_greeting(monkeypatch):
    """Without PYGAME_HIDE_SUPPORT_PROMPT set by the user, a playthrough child still answers in JSON."""
    from game.devtools import bench

    monkeypatch.delenv("PYGAME_HIDE_SUPPORT_PROMPT", raising=False)
    frames = bench.measure_playthrough_in_children(("en",))
    assert frames and all(isinstance(values, list) for values in frames.values())


def test_every_command_keeps_pygames_greeting_off_standard_output(monkeypatch, tmp_path, capsys):
    """The command line hides pygame's greeting before any command imports pygame."""
    from game.cli import main

    monkeypatch.delenv("PYGAME_HIDE_SUPPORT_PROMPT", raising=False)
    assert main(["schema", str(tmp_path / "schema.json")]) == 0
    import os

    assert os.environ.get("PYGAME_HIDE_SUPPORT_PROMPT") == "1"
