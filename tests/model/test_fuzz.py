"""Random input never makes the loader raise anything but PackError, nor fail inside the checker."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.i18n.translator import english
from game.model.errors import PackError
from game.model.loader import check_pack_text, load_pack_from_text
from game.model.pictures import PNG_SIGNATURE, picture_problem
from game.model.plain_data import UNSHOWABLE, shows_nothing
from tests.model.conftest import EXAMPLE_PACK

EXAMPLE_TEXT = (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(
        [
            "no",
            "on",
            "1.10",
            "2020-02-30",
            "&a x",
            "*a",
            "!!python/object x",
            "{",
            "]",
            "!!int word",
            "!!bool maybe",
            "!!null x",
            ".nan",
            "-.inf",
            "0x" + "f" * 200,
            "0b" + "1" * 300,
            ":".join(["1"] * 80),
            "9999-12-31",
            "9999",
            "\u0661\u0669\u0666\u0661-\u0660\u0665",
            '"\\x00"',
            '"\\e[31m"',
            '"id\\n"',
        ]
    ),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                ["format", "id", "title", "people", "events", "play", "when", "text", "x"]
            ),
            children,
            max_size=4,
        ),
    ),
    max_leaves=25,
)


def _load(raw: bytes | str) -> None:
    try:
        load_pack_from_text(raw, EXAMPLE_PACK)
    except PackError as error:
        assert error.problems
        assert all(problem.code != "internal" for problem in error.problems), str(error)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_pack_error(raw: bytes) -> None:
    """Any bytes at all: a pack or PackError, never another exception."""
    _load(raw)


@FUZZ
@given(documents)
def test_arbitrary_yaml_documents_raise_only_pack_error(document: object) -> None:
    """Any YAML document, in any shape: a pack or PackError."""
    _load(yaml.safe_dump(document, allow_unicode=True))


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#\n\t ,?012.")), max_size=200))
def test_yaml_ish_text_raises_only_pack_error(text: str) -> None:
    """Text made of YAML's special characters: a pack or PackError."""
    _load(text)


@FUZZ
@given(st.integers(min_value=0, max_value=len(EXAMPLE_TEXT) - 1), st.text(max_size=12))
def test_edits_to_a_valid_pack_raise_only_pack_error(offset: int, insert: str) -> None:
    """Text inserted anywhere in the example pack: a pack or PackError with real problems."""
    _load(EXAMPLE_TEXT[:offset] + insert + EXAMPLE_TEXT[offset:])


@FUZZ
@given(st.integers(min_value=0, max_value=len(EXAMPLE_TEXT) - 1), st.integers(0, 40))
def test_deleting_part_of_a_valid_pack_never_crashes_the_checker(offset: int, length: int) -> None:
    """check_pack_text returns problems for any cut of the example pack and never raises."""
    problems = check_pack_text(EXAMPLE_TEXT[:offset] + EXAMPLE_TEXT[offset + length :], Path("."))
    assert all(problem.code != "internal" for problem in problems)


TEXT_LINES = [
    number
    for number, line in enumerate(EXAMPLE_TEXT.splitlines())
    if line.strip().startswith(("title:", "text:", "name:", "role:", "prompt:", "id:", "when:"))
]
VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [".nan", ".inf", "!!int x", "!!float y", "!!bool z", "0x" + "a" * 150, "9999-12-31"]
    ),
)


@FUZZ
@given(st.sampled_from(TEXT_LINES), st.text(max_size=12))
def test_a_double_quoted_value_is_refused_exactly_when_the_game_cannot_show_it(
    line: int, value: str
) -> None:
    """Any characters as a JSON-style "…" value: refused when the game could not draw them."""
    lines = EXAMPLE_TEXT.splitlines()
    key, _ = lines[line].split(":", 1)
    lines[line] = f"{key}: {json.dumps(value)}"
    problems = check_pack_text("\n".join(lines) + "\n", EXAMPLE_PACK)
    assert all(problem.code != "internal" for problem in problems), problems
    refused = any(problem.code == "control-character" for problem in problems)
    syntax = any(problem.code == "yaml-syntax" for problem in problems)  # libyaml: surrogates
    assert refused or syntax or UNSHOWABLE.search(value) is None
    blank = any(problem.code == "empty-text" for problem in problems)
    assert refused or syntax or blank or not (value and shows_nothing(value))


@FUZZ
@given(st.sampled_from(TEXT_LINES), VALUES)
def test_a_hostile_value_anywhere_never_fails_the_checker(line: int, value: str) -> None:
    """NaN, misfit tags, long numbers and late dates in any field: problems, never internal."""
    lines = EXAMPLE_TEXT.splitlines()
    key, _ = lines[line].split(":", 1)
    lines[line] = f"{key}: {value}"
    _load("\n".join(lines) + "\n")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@FUZZ
@given(
    st.integers(1, 40),
    st.integers(1, 40),
    st.sampled_from([(0, 1), (0, 8), (0, 16), (2, 8), (3, 4), (4, 8), (6, 8), (6, 16)]),
    st.integers(0, 1),
    st.binary(max_size=300),
)
def test_a_png_with_valid_checksums_over_any_data_never_raises(
    width: int, height: int, kind: tuple[int, int], interlace: int, data: bytes
) -> None:
    """Any IDAT bytes (raw, or compressed) under a valid header: a verdict, never an exception."""
    colour, depth = kind
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    for body in (data, zlib.compress(data)):
        png = (
            PNG_SIGNATURE
            + _png_chunk(b"IHDR", header)
            + (_png_chunk(b"PLTE", b"\0\0\0") if colour == 3 else b"")
            + _png_chunk(b"IDAT", body)
            + _png_chunk(b"IEND", b"")
        )
        assert isinstance(picture_problem(png, english()), str)


JPEG = (Path(__file__).parent / "pictures" / "tiny.jpg").read_bytes()


@FUZZ
@given(st.integers(0, len(JPEG) - 1), st.binary(min_size=1, max_size=8))
def test_a_damaged_jpeg_never_raises(offset: int, junk: bytes) -> None:
    """Bytes overwritten anywhere in a real JPEG: a verdict, never an exception."""
    damaged = JPEG[:offset] + junk + JPEG[offset + len(junk) :]
    assert isinstance(picture_problem(damaged, english()), str)
    assert isinstance(picture_problem(JPEG[:offset], english()), str)
