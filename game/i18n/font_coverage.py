"""Read which characters a TrueType/OpenType font draws, from its ``cmap`` table.

A tiny pure-Python reader (formats 4 and 12, the ones Noto Sans uses), so the tests and the
translation tools can check that every character of every translation is in the shipped font
without importing pygame or a font library.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

# Characters that are layout, not glyphs: a font needs no drawing for them.
_INVISIBLE = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\u2060\ufeff")


@lru_cache(maxsize=8)
def font_characters(font_path: str | Path) -> frozenset[int]:
    """Return the code points that the font at ``font_path`` maps to a glyph."""
    data = Path(font_path).read_bytes()
    table_offset = _find_table(data, b"cmap")
    _version, subtable_count = struct.unpack_from(">HH", data, table_offset)
    code_points: set[int] = set()
    for index in range(subtable_count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, table_offset + 4 + 8 * index)
        # Only Unicode subtables: Windows Unicode BMP/full (3,1)/(3,10) and the Unicode platform (0,*).
        if (platform, encoding) not in {(3, 1), (3, 10)} and platform != 0:
            continue
        subtable = table_offset + offset
        (subtable_format,) = struct.unpack_from(">H", data, subtable)
        if subtable_format == 4:
            code_points |= _read_format_4(data, subtable)
        elif subtable_format == 12:
            code_points |= _read_format_12(data, subtable)
    return frozenset(code_points)


def missing_characters(text: str, font_path: str | Path) -> set[str]:
    """Return the visible characters of ``text`` that the font cannot draw."""
    covered = font_characters(str(font_path))
    return {
        character
        for character in set(text)
        if character not in _INVISIBLE and not character.isspace() and ord(character) not in covered
    }


def _find_table(data: bytes, tag: bytes) -> int:
    (table_count,) = struct.unpack_from(">H", data, 4)
    for index in range(table_count):
        record = 12 + 16 * index
        if data[record : record + 4] == tag:
            return struct.unpack_from(">I", data, record + 8)[0]
    raise ValueError(f"the font has no {tag.decode()!r} table")


def _read_format_4(data: bytes, subtable: int) -> set[int]:
    segment_count = struct.unpack_from(">H", data, subtable + 6)[0] // 2
    ends_at = subtable + 14
    starts_at = ends_at + 2 * segment_count + 2  # a reserved padding word follows the ends
    deltas_at = starts_at + 2 * segment_count
    range_offsets_at = deltas_at + 2 * segment_count
    code_points: set[int] = set()
    for segment in range(segment_count):
        end = struct.unpack_from(">H", data, ends_at + 2 * segment)[0]
        start = struct.unpack_from(">H", data, starts_at + 2 * segment)[0]
        delta = struct.unpack_from(">h", data, deltas_at + 2 * segment)[0]
        range_offset_position = range_offsets_at + 2 * segment
        range_offset = struct.unpack_from(">H", data, range_offset_position)[0]
        for code_point in range(start, end + 1):
            if code_point == 0xFFFF:
                continue
            if range_offset == 0:
                glyph = (code_point + delta) & 0xFFFF
            else:
                glyph_position = range_offset_position + range_offset + 2 * (code_point - start)
                glyph = struct.unpack_from(">H", data, glyph_position)[0]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                code_points.add(code_point)
    return code_points


def _read_format_12(data: bytes, subtable: int) -> set[int]:
    (group_count,) = struct.unpack_from(">I", data, subtable + 12)
    code_points: set[int] = set()
    for group in range(group_count):
        start, end, first_glyph = struct.unpack_from(">III", data, subtable + 16 + 12 * group)
        for code_point in range(start, end + 1):
            if first_glyph + (code_point - start):
                code_points.add(code_point)
    return code_points
