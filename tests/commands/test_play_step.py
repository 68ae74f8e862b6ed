"""``okuya play --pack P --step N|ROUND_ID``: a bad value is one clear line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

import game.app
from game.cli import main

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "model" / "example_pack"


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """Return the only line the command wrote on standard error (nothing on standard output)."""
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_a_step_number_out_of_range_is_one_line_with_the_range(capsys) -> None:
    """``--step 99`` on a 5-step pack says the pack has steps 1 to 5, and exits 2."""
    assert main(["play", "--pack", str(EXAMPLE_PACK), "--step", "99"]) == 2

    line = one_error_line(capsys)
    assert line.startswith("okuya play: ") and "1 to 5" in line and "99" in line


def test_an_unknown_round_id_is_one_line_listing_the_round_ids(capsys) -> None:
    """``--step voicez`` lists the pack's round ids to choose from."""
    assert main(["play", "--pack", str(EXAMPLE_PACK), "--step", "voicez"]) == 2

    line = one_error_line(capsys)
    assert "voicez" in line and "race-to-the-moon, voices, numbers" in line


def test_the_step_error_follows_the_language(capsys) -> None:
    """With ``--lang ky`` the refusal is in Kyrgyz."""
    assert main(["play", "--pack", str(EXAMPLE_PACK), "--step", "0", "--lang", "ky"]) == 2

    assert "кадам жок" in one_error_line(capsys)


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["play", "--step", "2"], "--step needs --pack"),
        (["play", "--pack", "no/such/folder", "--step", "2"], "no pack folder"),
    ],
)
def test_a_step_without_a_usable_pack_is_refused(capsys, arguments, fragment) -> None:
    """``--step`` without ``--pack``, or with a missing folder, is one line and exit 2."""
    assert main(arguments) == 2

    assert fragment in one_error_line(capsys)


def test_a_good_step_starts_the_game_at_that_step(monkeypatch) -> None:
    """``--step voices`` hands the game the 0-based index of that round's step."""
    started: dict[str, object] = {}
    monkeypatch.setattr(game.app, "run", lambda **options: started.update(options) or 0)

    assert main(["play", "--pack", str(EXAMPLE_PACK), "--step", "voices"]) == 0

    index = started["start_step"]
    assert isinstance(index, int) and index > 0
    assert main(["play", "--pack", str(EXAMPLE_PACK), "--step", str(index + 1)]) == 0
    assert started["start_step"] == index
