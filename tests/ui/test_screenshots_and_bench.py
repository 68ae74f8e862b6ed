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
        "scene",
        "timeline",
        "who_said",
        "quiz",
        "feedback-timeline",
        "results",
        "notice-damaged-progress",
        "profiles",
    ):
        assert expected in names
    assert "screenshots written" in capsys.readouterr().out


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


def test_the_report_shows_each_figure_beside_its_target():
    """The report shows each figure beside its target."""
    figures = {
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
    report = format_report(figures)
    assert "≤ 4 ms" in report and "≤ 0.6 s" in report and "≤ 150 MB" in report
    assert "menu" in report


def test_bench_json_prints_one_object_with_every_required_figure(monkeypatch, capsys):
    """``okuya bench --json`` prints one object with every required figure."""
    import json

    from game.devtools import bench

    # The measurements themselves are slow; here only the JSON the command prints is checked.
    monkeypatch.setattr(bench, "measure_first_frame", lambda: 0.3)
    monkeypatch.setattr(bench, "measure_idle", lambda: 0.5)
    monkeypatch.setattr(
        bench,
        "measure_playthrough_in_children",
        lambda: {"menu": [1.0, 2.0], "quiz": [3.0], bench.ENTER: [2.0], bench.STEADY: [1.0]},
    )
    assert bench.bench_command(as_json=True) == 0
    figures = json.loads(capsys.readouterr().out)
    required = {"frame_ms_p50", "frame_ms_p99", "frame_ms_max", "first_frame_s"}
    required |= {"idle_cpu_percent", "peak_rss_mb", "screens"}
    assert required <= set(figures)
    assert set(figures["screens"]) == {"menu", "quiz"}
    assert figures["frame_ms_max"] == 3.0 and figures["peak_rss_mb"] > 0
