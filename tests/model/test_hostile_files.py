"""Hostile files beside or instead of pack.yaml give problems, never a hang or an exception.

Folders, devices and pipes named pack.yaml, unreadable files, pictures that declare huge
images, very long keys and thousands of wrong references in a large pack.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from pathlib import Path

import pytest

from game.i18n.translator import english
from game.model.errors import MAX_MESSAGE_CHARACTERS, PackError, Problem
from game.model.loader import check_pack, load_pack
from game.model.pictures import MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, picture_problem
from tests.model.conftest import EXAMPLE_PACK


def _check_in_a_thread(folder: Path) -> list[Problem]:
    """Return check_pack(folder), failing (not hanging) if it never returns."""
    found: list[list[Problem]] = []
    worker = threading.Thread(target=lambda: found.append(check_pack(folder)), daemon=True)
    worker.start()
    # A guard against a hang, not a timing assertion: the check takes milliseconds.
    worker.join(timeout=60)
    assert not worker.is_alive(), "check_pack is stuck"
    return found[0]


def _copy_example(target: Path) -> Path:
    target.mkdir()
    for item in EXAMPLE_PACK.rglob("*"):
        destination = target / item.relative_to(EXAMPLE_PACK)
        if item.is_dir():
            destination.mkdir(exist_ok=True)
        else:
            destination.write_bytes(item.read_bytes())
    return target


def test_a_folder_named_pack_yaml_is_an_error(tmp_path: Path) -> None:
    """A directory where pack.yaml should be is reported, not opened."""
    (tmp_path / "pack.yaml").mkdir()
    problems = _check_in_a_thread(tmp_path)
    assert [problem.code for problem in problems] == ["unreadable"]
    assert "not an ordinary file" in problems[0].message
    with pytest.raises(PackError):
        load_pack(tmp_path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    """pack.yaml -> /dev/zero is not read (it never ends)."""
    (tmp_path / "pack.yaml").symlink_to("/dev/zero")
    problems = _check_in_a_thread(tmp_path)
    assert [problem.code for problem in problems] == ["unreadable"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_pack_yaml_does_not_make_the_checker_wait(tmp_path: Path) -> None:
    """Opening a pipe would block until a writer comes; the checker never opens one."""
    os.mkfifo(tmp_path / "pack.yaml")
    problems = _check_in_a_thread(tmp_path)
    assert [problem.code for problem in problems] == ["unreadable"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_pack_po_is_a_translation_warning(tmp_path: Path) -> None:
    """A translation catalogue that is a pipe is skipped with a warning."""
    folder = _copy_example(tmp_path / "pack")
    catalogue = folder / "locales" / "ky" / "LC_MESSAGES" / "pack.po"
    catalogue.parent.mkdir(parents=True)
    os.mkfifo(catalogue)
    problems = _check_in_a_thread(folder)
    assert [(problem.severity, problem.code) for problem in problems] == [
        ("warning", "translation")
    ]
    assert "not an ordinary file" in problems[0].message


def test_a_file_the_system_refuses_to_read_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied becomes an 'unreadable' problem (simulated: root may read anything)."""
    (tmp_path / "pack.yaml").write_text("format: 1\n", encoding="utf-8")

    def refuse(self: Path, *arguments: object, **keywords: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    problems = check_pack(tmp_path)
    assert [problem.code for problem in problems] == ["unreadable"]
    assert "Permission denied" in problems[0].message
    with pytest.raises(PackError):
        load_pack(tmp_path)


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", checksum)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    # Whole image data (a filter byte and four bytes a pixel per row) for a drawable size;
    # a declared size over the limits is refused before the data is read.
    rows = (1 + 4 * width) * height if width * height <= 1_000_000 else 1000
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * rows))
        + chunk(b"IEND", b"")
    )


def _jpeg(width: int, height: int) -> bytes:
    frame = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    tables = b"\x00" + bytes(range(1, 65))  # one 8-bit quantisation table
    return (
        b"\xff\xd8"
        + b"\xff\xdb"
        + struct.pack(">H", len(tables) + 2)
        + tables
        + b"\xff\xc0"
        + struct.pack(">H", len(frame) + 2)
        + frame
        + b"\xff\xda\x00\x08\x01\x01\x00\x00?\x00\x12\x34\xff\xd9"
    )


@pytest.mark.parametrize("make", [_png, _jpeg], ids=["png", "jpeg"])
def test_a_small_file_declaring_a_huge_image_is_refused(make: object) -> None:
    """A decompression bomb would need gigabytes to draw; its declared size is checked."""
    assert picture_problem(make(640, 480), english()) == ""  # type: ignore[operator]
    for width, height in [
        (MAX_PICTURE_SIDE + 1, 10),
        (60_000, 60_000),
        (MAX_PICTURE_PIXELS // 4000 + 1, 4000),
    ]:
        problem = picture_problem(make(width, height), english())  # type: ignore[operator]
        assert f"{width} × {height} pixels" in problem
    assert "no pixels" in picture_problem(make(0, 10), english())  # type: ignore[operator]


def test_a_huge_png_in_images_is_a_pack_error(tmp_path: Path) -> None:
    """The pack's own picture is refused with its line, so the game never tries to decode it."""
    folder = _copy_example(tmp_path / "pack")
    (folder / "images" / "night-sky.png").write_bytes(_png(60_000, 60_000))
    problems = check_pack(folder)
    assert [(problem.code, problem.path) for problem in problems] == [
        ("bad-picture", "scenes[1].picture")
    ]
    assert problems[0].line > 0


def test_keys_of_ten_thousand_characters_are_problems(tmp_path: Path) -> None:
    """A plain key over YAML's 1,024-character limit is a syntax error; a long explicit key
    is an unknown key."""
    long_key = "k" * 10_000
    (tmp_path / "pack.yaml").write_text(f"format: 1\n{long_key}: 1\n", encoding="utf-8")
    assert [problem.code for problem in check_pack(tmp_path)] == ["yaml-syntax"]
    (tmp_path / "pack.yaml").write_text(f"format: 1\n? {long_key}\n: 1\n", encoding="utf-8")
    problems = check_pack(tmp_path)
    assert "unknown-key" in {problem.code for problem in problems}
    # The key is not quoted whole: every message stays short enough to show.
    for problem in problems:
        assert len(problem.message) <= MAX_MESSAGE_CHARACTERS
        assert len(problem.hint) <= MAX_MESSAGE_CHARACTERS
    unknown = next(problem for problem in problems if problem.code == "unknown-key")
    assert unknown.message.endswith("…")


def test_thousands_of_wrong_references_in_a_large_pack_stay_cheap(tmp_path: Path) -> None:
    """Suggestions stop after a budget of comparisons; every wrong reference is still reported."""
    events = "".join(
        f"  - {{id: event-number-{number}, when: '2000', text: e, evidence: e}}\n"
        for number in range(2_000)
    )
    wrong = ", ".join(f"evnt-numbr-{number}" for number in range(500))
    (tmp_path / "pack.yaml").write_text(
        "format: 1\nid: x\ntitle: t\nlanguage: en\nsource: {title: a, publisher: b}\n"
        f"events:\n{events}play:\n  - timeline: {{id: r, events: [{wrong}]}}\n",
        encoding="utf-8",
    )
    problems = [problem for problem in check_pack(tmp_path) if problem.is_error]
    assert len(problems) == 500
    suggested = [problem for problem in problems if problem.hint.startswith("did you mean")]
    # 50,000 comparisons / 2,000 ids: the first 25 get a suggestion, the others the plain hint.
    assert len(suggested) == 25
    assert problems[-1].hint == "add it to 'events', or fix the id"


def test_a_picture_linked_from_outside_the_pack_is_refused_as_the_game_refuses_it(
    tmp_path: Path,
) -> None:
    """images/x.png -> a file elsewhere passes no more: the game would not show it."""
    folder = _copy_example(tmp_path / "pack")
    outside = tmp_path / "elsewhere.png"
    picture = folder / "images" / "night-sky.png"
    outside.write_bytes(picture.read_bytes())
    picture.unlink()
    picture.symlink_to(outside)
    problems = check_pack(folder)
    assert [(problem.code, problem.path) for problem in problems] == [
        ("bad-picture", "scenes[1].picture")
    ]
    assert "outside the pack folder" in problems[0].message
    # A link that stays inside the pack is fine.
    picture.unlink()
    (folder / "images" / "real.png").write_bytes(outside.read_bytes())
    picture.symlink_to(folder / "images" / "real.png")
    assert check_pack(folder) == []


def test_a_huge_list_of_wrong_values_reports_the_first_few_hundred(tmp_path: Path) -> None:
    """jsonschema stops after MAX_STRUCTURE_ERRORS, and one problem says there are more."""
    from game.model.structure import MAX_STRUCTURE_ERRORS

    (tmp_path / "pack.yaml").write_text(
        "format: 1\nid: x\ntitle: t\nlanguage: en\nsource: {title: a, publisher: b}\n"
        "play: [{quiz: {id: q, questions: [a]}}]\nevents: [" + "1," * 5_000 + "1]\n",
        encoding="utf-8",
    )
    problems = check_pack(tmp_path)
    assert sum(1 for problem in problems if problem.code == "wrong-type") <= MAX_STRUCTURE_ERRORS
    (more,) = [problem for problem in problems if problem.code == "too-many-problems"]
    assert f"only the first {MAX_STRUCTURE_ERRORS} are shown" in more.message


def test_past_five_hundred_wrong_references_one_problem_counts_the_rest(tmp_path: Path) -> None:
    """Thousands of rounds full of wrong ids are reported as the first 500 and one summary."""
    from game.model.checks import MAX_REFERENCE_PROBLEMS

    wrong = ", ".join(["nowhere"] * 100)
    steps = "".join(f"  - quiz: {{id: q{number}, questions: [{wrong}]}}\n" for number in range(20))
    (tmp_path / "pack.yaml").write_text(
        "format: 1\nid: x\ntitle: t\nlanguage: en\nsource: {title: a, publisher: b}\n"
        f"play:\n{steps}",
        encoding="utf-8",
    )
    problems = check_pack(tmp_path)
    codes = [problem.code for problem in problems]
    assert codes.count("unknown-reference") == MAX_REFERENCE_PROBLEMS
    assert codes.count("too-many-problems") == 1
