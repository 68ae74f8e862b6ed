"""Decode a pack's PNG and JPEG pictures without pygame, bounded in time and memory.

A PNG must have its signature, well-formed chunks with correct CRCs, a valid header
first and IEND last, and image data that inflates (in slices, never more than the image
needs) to exactly one filter byte and one row of pixels per row of every pass. A JPEG must
start with SOI, have well-formed segments, a valid frame header and quantisation
tables, scans of the frame's components, and end with EOI; its entropy-coded data is
scanned for markers, not Huffman-decoded.
"""

from __future__ import annotations

import re
import struct
import zlib

from game.model.translation import Translations

MAX_PICTURE_BYTES = 10 * 1024 * 1024
# A small file can declare a huge image ("decompression bomb"); decoding it would need
# width x height x 4 bytes. A 12-megapixel camera photo is well inside these.
MAX_PICTURE_SIDE = 10_000
MAX_PICTURE_PIXELS = 25_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def picture_problem(data: bytes, t: Translations) -> str:
    """Return why ``data`` is not a decodable PNG or JPEG file ('' when it is)."""
    if data.startswith(PNG_SIGNATURE):
        return _png_problem(data, t)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_problem(data, t)
    return t.gettext("it is neither a PNG nor a JPEG file")


def _png_problem(data: bytes, t: Translations) -> str:
    offset = len(PNG_SIGNATURE)
    first = True
    header: tuple[int, ...] | None = None
    palette = False
    image_data: list[bytes] = []
    previous = b""
    while offset + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        end = offset + 12 + length
        if end > len(data):
            return t.gettext("the PNG file is cut short")
        if first and kind != b"IHDR":
            return t.gettext("the PNG file does not start with a header chunk")
        first = False
        body = data[offset + 4 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : end])
        if zlib.crc32(body) & 0xFFFFFFFF != crc:
            return t.gettext("the PNG file is damaged (a chunk's checksum is wrong)")
        if kind == b"IHDR":
            if length != 13 or header is not None:
                return t.gettext("the PNG file's header chunk is damaged")
            header = struct.unpack(">IIBBBBB", body[4:])
            width, height, depth, colour, compression, filtering, interlace = header
            if problem := _size_problem(width, height, t):
                return problem
            if (
                depth not in _PNG_DEPTHS.get(colour, ())
                or compression != 0
                or filtering != 0
                or interlace not in (0, 1)
            ):
                return t.gettext("the PNG file's header chunk is damaged")
        elif kind == b"PLTE":
            palette = True
        elif not kind[0] & 0x20 and kind not in (b"IDAT", b"IEND"):
            # An unknown critical chunk (its name starts with a capital): decoders stop.
            return t.gettext("the PNG file's image data is damaged")
        elif kind == b"IDAT":
            if image_data and previous != b"IDAT":
                return t.gettext("the PNG file's image data is damaged")
            image_data.append(body[4:])
        elif kind == b"IEND":
            if header is None or not image_data:
                return t.gettext("the PNG file has no image data")
            if header[3] == 3 and not palette:
                return t.gettext("the PNG file's image data is damaged")
            return _png_data_problem(image_data, header, t)
        previous = kind
        offset = end
    return t.gettext("the PNG file is cut short")


# The bit depths each PNG colour type allows (grey, RGB, palette, grey + alpha, RGBA).
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7: (first column, first row, column step, row step) of each of the seven passes.
_ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)
# Decompressed in slices of this size, so memory stays small whatever the image's size.
_PNG_SLICE = 1 << 20


def _png_rows(width: int, height: int, bits: int, interlace: int) -> list[tuple[int, int]]:
    """Return (row count, bytes per row with its filter byte) of each pass of the image."""
    if not interlace:
        return [(height, 1 + (width * bits + 7) // 8)]
    passes = []
    for column, row, column_step, row_step in _ADAM7:
        columns = (width - column + column_step - 1) // column_step
        rows = (height - row + row_step - 1) // row_step
        if columns > 0 and rows > 0:
            passes.append((rows, 1 + (columns * bits + 7) // 8))
    return passes


def _png_data_problem(chunks: list[bytes], header: tuple[int, ...], t: Translations) -> str:
    """Return why the image data does not decode ('' when it does).

    The zlib stream is inflated in slices, never more than the image needs, and must hold
    exactly one filter byte (0 to 4) and one row of pixels per row of every pass: the
    decoding the game will do, without keeping the pixels.
    """
    width, height, depth, colour, _, _, interlace = header
    rows = _png_rows(width, height, depth * _PNG_CHANNELS[colour], interlace)
    expected = sum(count * size for count, size in rows)
    damaged = t.gettext("the PNG file's image data is damaged")
    inflater = zlib.decompressobj()
    pass_starts = []
    total = 0
    for count, size in rows:
        pass_starts.append(total)
        total += count * size
    # Where each row's filter byte is, counted in the decompressed stream.
    filter_offsets = (
        pass_start + row_start
        for pass_start, (count, size) in zip(pass_starts, rows, strict=True)
        for row_start in range(0, count * size, size)
    )
    next_filter = next(filter_offsets, None)
    produced = 0
    try:
        pending = b"".join(chunks)
        while True:
            piece = inflater.decompress(pending, _PNG_SLICE)
            pending = inflater.unconsumed_tail
            while next_filter is not None and next_filter < produced + len(piece):
                if piece[next_filter - produced] > 4:
                    return damaged
                next_filter = next(filter_offsets, None)
            produced += len(piece)
            if produced > expected:
                return damaged
            if inflater.eof or (not piece and not pending):
                break
    except zlib.error:
        return damaged
    if not inflater.eof or produced != expected:
        return damaged
    return ""


# Start-of-frame markers of the JPEG kinds every decoder reads: baseline, extended and
# progressive, with Huffman coding. Lossless, hierarchical and arithmetic-coded JPEGs
# (the other SOF markers) are refused: the game's decoder may not read them.
_JPEG_FRAMES = (0xC0, 0xC1, 0xC2)
_JPEG_OTHER_FRAMES = frozenset((0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF))
# A marker inside the entropy-coded data: 0xFF not followed by a stuffed 0x00, a restart
# marker (0xD0 to 0xD7) or a fill byte.
_JPEG_MARKER = re.compile(rb"\xff(?![\x00\xd0-\xd7\xff])")


def _jpeg_problem(data: bytes, t: Translations) -> str:
    damaged = t.gettext("the JPEG file is damaged")
    cut_short = t.gettext("the JPEG file is cut short")
    components: set[int] = set()
    tables = False
    scans = 0
    offset = 2
    while offset + 2 <= len(data):
        if data[offset] != 0xFF:
            return damaged
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte before a marker
            offset += 1
            continue
        if marker == 0xD9:
            return "" if scans else t.gettext("the JPEG file has no image data")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            offset += 2
            continue
        if marker in (0x00, 0xD8):
            return damaged
        if offset + 4 > len(data):
            break
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        if length < 2 or offset + 2 + length > len(data):
            return cut_short
        body = data[offset + 4 : offset + 2 + length]
        if marker in _JPEG_OTHER_FRAMES:
            return t.gettext(
                "the JPEG file is of a kind the game cannot show (not baseline or progressive)"
            )
        if marker in _JPEG_FRAMES:
            if components or len(body) < 6:
                return damaged
            precision, height, width, count = struct.unpack(">BHHB", body[:6])
            if problem := _size_problem(width, height, t):
                return problem
            if precision != 8 or not 1 <= count <= 4 or len(body) != 6 + 3 * count:
                return damaged
            for number in range(count):
                identifier, sampling, table = body[6 + 3 * number : 9 + 3 * number]
                if not (1 <= sampling >> 4 <= 4 and 1 <= sampling & 15 <= 4 and table <= 3):
                    return damaged
                components.add(identifier)
            if len(components) != count:
                return damaged
        elif marker == 0xDB:
            tables = True
        elif marker == 0xDA:
            if not components or not tables or not body:
                return damaged
            count = body[0]
            if not 1 <= count <= 4 or len(body) != 4 + 2 * count:
                return damaged
            if any(body[1 + 2 * number] not in components for number in range(count)):
                return damaged
            scans += 1
            # The entropy-coded data runs to the next marker that is not a restart.
            found = _JPEG_MARKER.search(data, offset + 2 + length)
            if found is None:
                return cut_short
            offset = found.start()
            continue
        offset += 2 + length
    return cut_short


def _size_problem(width: int, height: int, t: Translations) -> str:
    """Return why an image of ``width`` x ``height`` pixels cannot be shown ('' when it can)."""
    if width < 1 or height < 1:
        return t.gettext("the image has no pixels")
    if max(width, height) > MAX_PICTURE_SIDE or width * height > MAX_PICTURE_PIXELS:
        return t.gettext(
            "the image is {width} × {height} pixels; the limit is {side} pixels a side "
            "and {megapixels} megapixels"
        ).format(
            width=width,
            height=height,
            side=MAX_PICTURE_SIDE,
            megapixels=MAX_PICTURE_PIXELS // 1_000_000,
        )
    return ""
