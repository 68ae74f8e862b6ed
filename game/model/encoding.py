"""Check the bytes of ``pack.yaml`` before YAML sees them: size, emptiness, and encoding.

A pack file must be UTF-8. A UTF-8 byte order mark is accepted (Windows Notepad writes
one); UTF-16 and UTF-32 files, NUL bytes, and bytes that are not UTF-8 (a file saved as
Latin-1 or Windows-1251) are refused with the line and column of the first bad byte and the
advice to save the file as UTF-8.
"""

from __future__ import annotations

from game.model.errors import Reporter
from game.model.translation import Translations

MAX_FILE_BYTES = 8 * 1024 * 1024


def refuse_size(size: int, reporter: Reporter, t: Translations) -> bool:
    """Report and return True when a file of ``size`` bytes is over the limit."""
    if size <= MAX_FILE_BYTES:
        return False
    reporter.error(
        t.gettext("the file is {size} MB; the limit is {limit} MB").format(
            size=round(size / 1048576, 1), limit=MAX_FILE_BYTES // 1048576
        ),
        hint=t.gettext("split the pack into several smaller packs"),
        code="too-large",
    )
    return True


def read_bytes_limited(raw: bytes, reporter: Reporter, t: Translations) -> str | None:
    """Check the size of ``raw``, decode it, and return the text (None when refused)."""
    if refuse_size(len(raw), reporter, t):
        return None
    if not raw.strip():
        reporter.error(
            t.gettext("the file is empty"),
            hint=t.gettext("start from the template: okuya new-pack FOLDER"),
            code="empty",
        )
        return None
    return decode(raw, reporter, t)


def decode(raw: bytes, reporter: Reporter, t: Translations) -> str | None:
    """Return ``raw`` as text, or report why it is not UTF-8 and return None."""
    if raw.startswith(b"\xef\xbb\xbf"):
        # A UTF-8 byte order mark is harmless (Windows Notepad writes one): accept it.
        raw = raw[3:]
    hint = t.gettext("save the file as UTF-8")
    for bom, name in (
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\xfe\xff", "UTF-16"),
        (b"\xff\xfe", "UTF-16"),
    ):
        if raw.startswith(bom):
            reporter.error(
                t.gettext("the file is saved as {encoding}, not UTF-8").format(encoding=name),
                hint=hint,
                code="encoding",
                where=(1, 1),
            )
            return None
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        reporter.error(
            t.gettext("the file contains NUL bytes; it looks like UTF-16, not UTF-8"),
            hint=hint,
            code="encoding",
            where=_offset_position(raw, offset),
        )
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = raw[error.start]
        reporter.error(
            t.gettext(
                "byte 0x{byte:02X} is not valid UTF-8; the file looks like it was saved in a "
                "legacy encoding such as Latin-1 or Windows-1251"
            ).format(byte=byte),
            hint=hint,
            code="encoding",
            where=_offset_position(raw, error.start),
        )
        return None


def _offset_position(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return (raw.count(b"\n", 0, offset) + 1, column)
