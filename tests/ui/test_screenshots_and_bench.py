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
