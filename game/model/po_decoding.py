"""Decode a ``.po`` file's bytes whatever its header claims: the charset line may lie.

In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one (ASCII text with every
other byte zero); UTF-8; the declared charset, when it is a real ASCII-compatible one such as
windows-1251; and last UTF-8 with the bad bytes replaced (the entries holding them are not used).
"""

from __future__ import annotations

import codecs
import re

from game.model.po_issues import CatalogueIssue, new_issue

_DECLARED_CHARSET = re.compile(rb"charset\s*=\s*([A-Za-z0-9_.:+-]{1,40})", re.IGNORECASE)
_UTF8_NAMES = frozenset({"utf-8", "utf8"})
REPLACEMENT = "\ufffd"


def decode_catalogue(data: bytes, issues: list[CatalogueIssue]) -> str:
    """Decode ``data`` whatever its header says; append to ``issues`` what the header got wrong."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode_wide(data, encoding, issues)
    wide = _utf16_without_bom(data)
    if wide:
        return _decode_wide(data, wide, issues)
    declared = _declared_charset(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    else:
        if declared not in _UTF8_NAMES | {"", "charset"} and not _decodes_as(data, declared):
            issues.append(new_issue("charset", declared=declared))
        return text
    if declared not in _UTF8_NAMES and _is_ascii_compatible(declared):
        try:
            # A file really in the charset it declares (windows-1251, koi8-r...) is fine.
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    issues.append(new_issue("invalid-bytes", data.count(b"\n", 0, first_bad) + 1))
    return data.decode("utf-8", errors="replace")


def _utf16_without_bom(data: bytes) -> str:
    """Return "utf-16-le" or "-be" when ``data`` starts as ASCII text in UTF-16, else ""."""
    head = data[:64]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return ""
    even, odd = head[0::2], head[1::2]
    if not any(odd) and all(even) and even.isascii():
        return "utf-16-le"
    if not any(even) and all(odd) and odd.isascii():
        return "utf-16-be"
    return ""


def _decode_wide(data: bytes, encoding: str, issues: list[CatalogueIssue]) -> str:
    issues.append(new_issue("utf-16", encoding=encoding.split("-sig")[0]))
    text = data.decode(encoding, errors="replace")
    if REPLACEMENT in text:
        issues.append(new_issue("invalid-bytes", text[: text.index(REPLACEMENT)].count("\n") + 1))
    return text


def _declared_charset(data: bytes) -> str:
    match = _DECLARED_CHARSET.search(data, 0, 8192)
    return match.group(1).decode("ascii").lower() if match else ""


def _decodes_as(data: bytes, charset: str) -> bool:
    try:
        data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return False
    return _is_ascii_compatible(charset)


def _is_ascii_compatible(charset: str) -> bool:
    try:
        return codecs.lookup(charset) is not None and 'msgid "a"'.encode(charset) == b'msgid "a"'
    except (LookupError, UnicodeError):
        return False
