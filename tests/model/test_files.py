"""Pictures decode without pygame, and evidence is compared after folding quotes and dashes."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from game.i18n.translator import english
from game.model.files import fold
from game.model.pictures import picture_problem
from tests.model.conftest import EXAMPLE_PACK

PNG = (EXAMPLE_PACK / "images" / "night-sky.png").read_bytes()
# A real 8 x 6 baseline JPEG (written by pygame's encoder once, stored as a fixture).
JPEG = (Path(__file__).parent / "pictures" / "tiny.jpg").read_bytes()
# SOI, APP0, SOS with entropy-coded data, EOI: the layout of a JPEG without the frame
# header and the quantisation tables a decoder needs.
JPEG_WITHOUT_FRAME = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xda\x00\x08\x01\x01\x00\x00?\x00\x12\x34\xff\xd9"
)


def test_a_whole_png_and_a_whole_jpeg_decode() -> None:
    """No problem is found in well-formed files."""
    assert picture_problem(PNG, english()) == ""
    assert picture_problem(JPEG, english()) == ""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a....", "neither a PNG nor a JPEG"),
        (PNG[:-5], "cut short"),
        (PNG[:8] + struct.pack(">I4s", 0, b"IDAT") + b"\0\0\0\0", "header chunk"),
        (PNG[:20] + bytes([PNG[20] ^ 0xFF]) + PNG[21:], "checksum"),
        (JPEG[:-2], "cut short"),
        (b"\xff\xd8\xff\xd9", "no image data"),
        (b"\xff\xd8\x00\x00\x00\x00", "damaged"),
        (JPEG_WITHOUT_FRAME, "damaged"),
    ],
)
def test_broken_pictures_say_what_is_wrong(data: bytes, reason: str) -> None:
    """Truncated files, wrong checksums and other formats are named."""
    assert reason in picture_problem(data, english())


def test_a_png_chunk_checksum_is_the_crc_of_its_type_and_body() -> None:
    """The example picture's IHDR checksum matches zlib.crc32 (the rule the checker applies)."""
    length = struct.unpack(">I", PNG[8:12])[0]
    body = PNG[12 : 16 + length]
    assert struct.unpack(">I", PNG[16 + length : 20 + length])[0] == zlib.crc32(body)


def test_folding_ignores_typographic_quotes_dashes_case_and_spacing() -> None:
    """Curly quotes, en/em dashes, non-breaking spaces and line breaks compare as plain ones."""
    assert fold("“They  surrendered,”\u00a0he added — later") == fold(
        '"they surrendered," he\nadded - later'
    )
    assert fold("l\u2019homme") == fold("l'homme")
