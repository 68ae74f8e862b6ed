"""The checker refuses what the game cannot show, with a message, never an internal error.

Control characters and surrogates from escapes, ids ending in a newline, NaN and
infinities, core tags on values they do not fit, numbers too long to use, dates in other
digits or past 9998, pictures that do not decode, files linked from outside the pack,
mappings with hundreds of thousands of keys, and evidence hints that searched the article
once per matching word. Each case failed on the code before (accepted, or "internal").
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from game.i18n.translator import english
from game.model import files, pictures
from game.model.errors import Problem
from game.model.loader import check_pack, check_pack_text, load_pack
from game.model.pictures import picture_problem
from game.model.yaml_nodes import MAX_KEYS
from tests.model.conftest import EXAMPLE_PACK

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLE_TEXT = (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")
SCENE_TITLE = "title: Florida, July 1969"
TIME_LIMIT = "time_limit: 60"
FIRST_WHEN = "when: 1961-05"


def _errors(text: str, folder: Path = EXAMPLE_PACK) -> list[Problem]:
    """Return the errors of ``text`` read as folder/pack.yaml, checking none is internal."""
    problems = check_pack_text(text, folder)
    assert all(problem.code != "internal" for problem in problems), problems
    return [problem for problem in problems if problem.is_error]


def _codes(text: str, folder: Path = EXAMPLE_PACK) -> set[str]:
    return {problem.code for problem in _errors(text, folder)}


def _edit(old: str, new: str) -> str:
    assert old in EXAMPLE_TEXT
    return EXAMPLE_TEXT.replace(old, new, 1)


def _copy_example(target: Path) -> Path:
    target.mkdir()
    for item in EXAMPLE_PACK.rglob("*"):
        destination = target / item.relative_to(EXAMPLE_PACK)
        if item.is_dir():
            destination.mkdir(exist_ok=True)
        else:
            destination.write_bytes(item.read_bytes())
    return target


@pytest.mark.parametrize(
    "escape", ["\\x00", "\\0", "\\e", "\\a", "\\b", "\\r", "\\x7f", "\\x85", "\\x9b"]
)
def test_a_control_character_from_an_escape_is_refused_where_it_is(escape: str) -> None:
    """A NUL, ESC, BEL ... in a double-quoted scene title is an error at the title's line."""
    text = _edit(SCENE_TITLE, f'title: "Florida{escape}, July 1969"')
    errors = _errors(text)
    assert [(problem.code, problem.path) for problem in errors] == [
        ("control-character", "scenes[0].title")
    ]
    assert errors[0].line == text.splitlines().index(f'    title: "Florida{escape}, July 1969"') + 1
    assert "U+" in errors[0].message


def test_tabs_newlines_and_backslashes_written_plainly_are_still_text() -> None:
    """Tab and newline escapes, and a backslash outside double quotes, are accepted."""
    text = _edit(SCENE_TITLE, 'title: "Florida,\\tJuly\\n1969"').replace(
        "role: commander of Apollo 11", "role: 'commander \\e of Apollo 11'"
    )
    assert _errors(text) == []


@pytest.mark.parametrize(
    "title", ['"\\u200b"', "\u200b\u200b", '"\\ufeff"', '"\\u00ad"', '"\\u0300\\u0301"']
)
def test_a_text_of_only_zero_width_characters_is_refused(title: str) -> None:
    """pygame cannot draw a text of only U+200B (zero width): a title like that is refused."""
    errors = _errors(_edit(SCENE_TITLE, f"title: {title}"))
    assert [(problem.code, problem.path) for problem in errors] == [
        ("empty-text", "scenes[0].title")
    ]


def test_a_zero_width_character_beside_visible_ones_is_accepted() -> None:
    """Soft hyphens and joiners inside words are ordinary, and drawn with the word."""
    assert _errors(_edit(SCENE_TITLE, 'title: "Flo\\u00adrida\\u200b, July 1969"')) == []


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ("id: moon-landing-1969", 'id: "moon-landing-1969\\n"', "id"),
        ("  - id: launch\n", '  - id: "launch\\n"\n', "events[2].id"),
        ("language: en", 'language: "en\\n"', "language"),
    ],
)
def test_an_id_or_language_with_a_trailing_newline_is_refused(
    old: str, new: str, path: str
) -> None:
    """Python's $ matches before a final newline; the schema's patterns no longer do."""
    errors = _errors(_edit(old, new))
    assert any(
        problem.path == path and problem.code in ("bad-id", "bad-language") for problem in errors
    ), errors


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "1.0e+999"])
def test_nan_and_infinite_numbers_are_refused(value: str) -> None:
    """time_limit: .nan would show "Hurry! 0:00 left" for ever."""
    errors = _errors(_edit(TIME_LIMIT, f"time_limit: {value}"))
    assert ("bad-number", "play[3].quiz.time_limit") in [
        (problem.code, problem.path) for problem in errors
    ]


@pytest.mark.parametrize(
    ("old", "new", "tag"),
    [
        ("  - id: launch\n", "  - id: !!int launch\n", "!!int"),
        (TIME_LIMIT, "time_limit: !!float sixty", "!!float"),
        ("reported: true", "reported: !!bool maybe", "!!bool"),
        ("role: commander of Apollo 11", "role: !!null commander", "!!null"),
    ],
)
def test_a_core_tag_on_a_value_it_does_not_fit_is_refused(old: str, new: str, tag: str) -> None:
    """!!int on a word was read silently as the word; now it is named, with the fix."""
    errors = [problem for problem in _errors(_edit(old, new)) if problem.code == "bad-tag"]
    assert len(errors) == 1
    assert tag in errors[0].message
    assert f"remove the tag '{tag}'" in errors[0].hint


@pytest.mark.parametrize(
    ("old", "value"),
    [
        (TIME_LIMIT, "0x" + "f" * 5000),
        (FIRST_WHEN, "0b" + "1" * 20000),
        (FIRST_WHEN, ":".join(["1"] * 3000)),
        ("text: Apollo 11 is launched from Florida.", "1" * 5000),
        (TIME_LIMIT, "1" + "0" * 4400 + ".5"),
    ],
    ids=["hex", "binary", "sexagesimal", "decimal", "float"],
)
def test_a_number_too_long_to_use_is_a_message_not_an_internal_error(old: str, value: str) -> None:
    """Hex, binary and sexagesimal integers of thousands of digits were internal errors."""
    key = old.split(":")[0]
    errors = _errors(_edit(old, f"{key}: {value}"))
    number_errors = [problem for problem in errors if problem.code == "bad-number"]
    assert len(number_errors) == 1
    assert "100" in number_errors[0].message


@pytest.mark.parametrize(
    "date",
    ["'١٩٦١-٠٥'", "'۱۹۶۱-۰۵'", "'１９６１-０５'", "'1961-٠٥'", "'१९६१'"],
)
def test_a_date_in_other_digits_is_not_a_date(date: str) -> None:
    """Arabic-Indic, Persian, full-width and Devanagari digits were accepted as a date."""
    errors = _errors(_edit(FIRST_WHEN, f"when: {date}"))
    assert [(problem.code, problem.path) for problem in errors] == [("bad-date", "events[0].when")]


@pytest.mark.parametrize(
    ("old", "date", "code"),
    [
        (FIRST_WHEN, "9999", "out-of-range"),
        (FIRST_WHEN, "'9999'", "bad-date"),
        (FIRST_WHEN, "9999-12-31", "bad-date"),
        (FIRST_WHEN, "9999-12-31T23:59", "bad-date"),
        ("date: 2024-05", "9999-12-31", "bad-date"),
    ],
)
def test_a_year_after_9998_is_a_message_not_an_internal_error(
    old: str, date: str, code: str
) -> None:
    """Years 9999 and 9999-12-31 were internal errors (their span ends in the year 10000)."""
    key = old.split(":")[0]
    errors = _errors(_edit(old, f"{key}: {date}"))
    assert [problem.code for problem in errors] == [code]
    assert "9998" in f"{errors[0].message} {errors[0].hint}"


def test_the_last_minute_of_9998_loads_and_orders() -> None:
    """The latest date allowed loads, and the timeline can order it (its span ends in 9999)."""
    text = _edit("when: 1972-12", "when: 9998-12-31T23:59\n    label: at the end")
    assert _errors(text) == []


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(
    width: int,
    height: int,
    data: bytes,
    colour: int = 2,
    depth: int = 8,
    interlace: int = 0,
    extra: bytes = b"",
) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    return (
        pictures.PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + extra
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


RGB_4X3 = zlib.compress((b"\x01" + b"\x80" * 12) * 3)


def test_png_image_data_is_inflated_and_measured() -> None:
    """Rows of the right size, each with a known filter byte, decode; an interlaced one too."""
    assert picture_problem(_png(4, 3, RGB_4X3), english()) == ""
    # Adam7 passes of a 4 x 3 grey image: (1 row, 1 pixel) (1, 1) (1, 1) (1, 2) (1, 2)... made
    # by the same rule the decoder uses; 8-bit grey, one byte a pixel.
    rows = pictures._png_rows(4, 3, 8, 1)
    raw = b"".join((b"\x00" + b"\x10" * (size - 1)) * count for count, size in rows)
    assert picture_problem(_png(4, 3, zlib.compress(raw), colour=0, interlace=1), english()) == ""


@pytest.mark.parametrize(
    "png",
    [
        _png(4, 3, b"garbage that is not a zlib stream at all"),
        _png(4, 3, zlib.compress(b"\x00" * 10)),
        _png(4, 3, zlib.compress((b"\x00" + b"\x80" * 12) * 3 + b"more")),
        _png(4, 3, zlib.compress((b"\x07" + b"\x80" * 12) * 3)),
        _png(4, 3, RGB_4X3[:-6]),
        _png(4, 3, RGB_4X3, depth=4),
        _png(4, 3, RGB_4X3, interlace=2),
        _png(4, 3, zlib.compress((b"\x00" + b"\x01" * 4) * 3), colour=3),
        _png(4, 3, RGB_4X3, extra=_chunk(b"ABCD", b"")),
    ],
    ids=[
        "garbage",
        "too-short",
        "too-long",
        "bad-filter",
        "unfinished-stream",
        "bad-depth",
        "bad-interlace",
        "no-palette",
        "unknown-critical-chunk",
    ],
)
def test_a_png_with_valid_checksums_over_bad_data_does_not_decode(png: bytes) -> None:
    """Every chunk's CRC is right, yet the image cannot be decoded: it is refused."""
    assert picture_problem(png, english()) != ""


def test_a_garbage_png_in_the_pack_is_a_bad_picture(tmp_path: Path) -> None:
    """The pack's own picture with valid CRCs over garbage is refused at its scene."""
    folder = _copy_example(tmp_path / "pack")
    (folder / "images" / "night-sky.png").write_bytes(_png(4, 3, b"garbage" * 20))
    problems = check_pack(folder)
    assert [(problem.code, problem.path) for problem in problems if problem.is_error] == [
        ("bad-picture", "scenes[1].picture")
    ]


JPEG = (Path(__file__).parent / "pictures" / "tiny.jpg").read_bytes()


def test_jpeg_frames_scans_and_markers_are_checked() -> None:
    """A real JPEG passes; without its frame, arithmetic-coded, or cut in its data, it fails."""
    assert picture_problem(JPEG, english()) == ""
    frame = JPEG.index(b"\xff\xc0")
    assert "kind the game cannot show" in picture_problem(
        JPEG[:frame] + b"\xff\xc9" + JPEG[frame + 2 :], english()
    )
    scan = JPEG.index(b"\xff\xda")
    assert picture_problem(JPEG[: scan + 20], english()) == "the JPEG file is cut short"
    length = struct.unpack(">H", JPEG[frame + 2 : frame + 4])[0]
    without_frame = JPEG[:frame] + JPEG[frame + 2 + length :]
    assert picture_problem(without_frame, english()) == "the JPEG file is damaged"


def test_a_source_text_linked_from_outside_the_pack_is_refused(tmp_path: Path) -> None:
    """source.text -> a file outside the pack was read as the article; now it is an error."""
    folder = _copy_example(tmp_path / "pack")
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes((folder / "article.txt").read_bytes())
    (folder / "article.txt").unlink()
    (folder / "article.txt").symlink_to(outside)
    errors = [problem for problem in check_pack(folder) if problem.is_error]
    assert [(problem.code, problem.path) for problem in errors] == [("source-text", "source.text")]
    assert "outside the pack folder" in errors[0].message


def test_a_locales_folder_linked_to_the_root_is_refused(tmp_path: Path) -> None:
    """locales -> / is an error (the game would look for catalogues all over the disk)."""
    folder = _copy_example(tmp_path / "pack")
    (folder / "locales").symlink_to("/")
    errors = [problem for problem in check_pack(folder) if problem.is_error]
    assert [problem.code for problem in errors] == ["link-outside"]
    assert errors[0].file.endswith("locales")


def test_a_pack_po_linked_from_outside_is_refused(tmp_path: Path) -> None:
    """A pack.po that is a link out of the pack is an error, so the pack does not load."""
    folder = _copy_example(tmp_path / "pack")
    outside = tmp_path / "pack.po"
    outside.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    catalogue = folder / "locales" / "ky" / "LC_MESSAGES"
    catalogue.mkdir(parents=True)
    (catalogue / "pack.po").symlink_to(outside)
    errors = [problem for problem in check_pack(folder) if problem.is_error]
    assert [problem.code for problem in errors] == ["link-outside"]
    with pytest.raises(Exception, match="outside the pack folder"):
        load_pack(folder)


def test_300000_unknown_keys_give_one_error_at_the_first_key_over_the_limit() -> None:
    """A file of 300k unknown keys is refused at key 65, not reported 300,000 times."""
    text = EXAMPLE_TEXT + "".join(f"k{number}: v\n" for number in range(300_000))
    errors = _errors(text)
    assert [problem.code for problem in errors] == ["too-many-keys"]
    top_level_keys = sum(
        1 for line in EXAMPLE_TEXT.splitlines() if line[:1].isalpha() and ":" in line
    )
    first_over = EXAMPLE_TEXT.count("\n") + (MAX_KEYS - top_level_keys) + 1
    assert errors[0].line == first_over


def test_a_mapping_over_the_key_limit_inside_a_list_item_is_refused() -> None:
    """Keys hidden in an item, where the cheap pre-scan does not look, are refused too."""
    keys = "".join(f"    extra{number}: x\n" for number in range(MAX_KEYS + 5))
    text = _edit("    text: Apollo 11 is launched from Florida.\n", f"    text: Go.\n{keys}")
    errors = _errors(text)
    assert [(problem.code, problem.path) for problem in errors] == [("too-many-keys", "events[2]")]


class _CountingText(str):
    """An article that counts how often it is searched."""

    searches = 0

    def __contains__(self, part: object) -> bool:
        type(self).searches += 1
        return super().__contains__(part)  # type: ignore[operator]


def test_the_evidence_hint_searches_the_article_a_few_times_not_once_per_word() -> None:
    """150 matching words took 150 searches of the article; a binary search takes about 8."""
    words = [f"word{number}" for number in range(400)]
    article = _CountingText(" ".join(words))
    evidence = " ".join([*words[100:250], "different"])
    hint = files._evidence_hint(evidence, article, english())
    assert "word246 word247 word248 word249" in hint
    assert _CountingText.searches <= 10


def test_only_the_first_evidence_problems_search_for_a_hint(tmp_path: Path) -> None:
    """After MAX_EVIDENCE_HINTS misses, evidence gets the plain hint (no more article scans)."""
    folder = _copy_example(tmp_path / "pack")
    article = (folder / "article.txt").read_text(encoding="utf-8")
    passage = " ".join(article.split()[:6])
    count = files.MAX_EVIDENCE_HINTS + 3
    events = "".join(
        f"  - id: near-{number}\n    when: 1970-01\n    text: Near {number}.\n"
        f"    evidence: {passage} zzz\n"
        for number in range(count)
    )
    text = EXAMPLE_TEXT.replace("\nquotes:\n", f"\n{events}\nquotes:\n", 1)
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    hints = [
        problem.hint
        for problem in check_pack(folder)
        if problem.code == "evidence-not-found" and problem.path.startswith("events[")
    ]
    assert len(hints) == count
    assert all("match up to" in hint for hint in hints[: files.MAX_EVIDENCE_HINTS])
    assert all("match up to" not in hint for hint in hints[files.MAX_EVIDENCE_HINTS :])


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (SCENE_TITLE, 'title: "Florida\\x00"', "control-character"),
        (TIME_LIMIT, "time_limit: .nan", "bad-number"),
        (FIRST_WHEN, "when: 9999-12-31", "bad-date"),
        (TIME_LIMIT, "time_limit: 0x" + "f" * 5000, "bad-number"),
    ],
    ids=["nul", "nan", "year-9999", "hex"],
)
def test_the_command_line_refuses_them_with_exit_1_and_no_traceback(
    tmp_path: Path, old: str, new: str, code: str
) -> None:
    """okuya check exits 1 with a one-line message (control characters escaped), no traceback."""
    folder = _copy_example(tmp_path / "pack")
    (folder / "pack.yaml").write_text(_edit(old, new), encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "game", "check", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        timeout=120,
    )
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr
    assert f'"code": "{code}"' in process.stdout
    plain = subprocess.run(
        [sys.executable, "-m", "game", "check", str(folder)],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        timeout=120,
    )
    assert plain.returncode == 1
    assert "\x00" not in plain.stdout
    assert "Traceback" not in plain.stderr
