"""Which characters a terminal acts on, and how to show them instead: the one shared rule.

The command line (:mod:`game.commands.terminal`) prints pack texts, zip entry names and
folder names through :func:`printable`; the zip rules (:mod:`game.storage.packfiles`) and
``okuya new-pack`` refuse names that hold such characters (:func:`has_control_characters`).
"""

from __future__ import annotations

import unicodedata

# Bidirectional overrides and isolates: they reorder what is shown ("Trojan source").
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Characters kept as they are in multi-line output (a table, a document).
_LAYOUT = frozenset("\n\t")


def is_unsafe(character: str) -> bool:
    """Return True for a character a terminal would act on or that hides what is shown.

    That is every control character (C0, DEL, C1: ESC, BEL, CR, a newline...), the line and
    paragraph separators, the bidirectional controls, and lone surrogates (bytes of a file
    name that are not UTF-8, which could not even be printed).
    """
    if character in _BIDI_CONTROLS:
        return True
    return unicodedata.category(character) in ("Cc", "Zl", "Zp", "Cs")


def _escape(character: str) -> str:
    code = ord(character)
    if character == "\n":
        return "\\n"
    if character == "\r":
        return "\\r"
    if character == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_lines: bool = False) -> str:
    """Return ``text`` with every unsafe character shown as an escape such as ``\\x1b``.

    With ``keep_lines``, newlines and tabs stay (for a table or a document written to a
    terminal); otherwise the result is always one line.
    """
    if not any(is_unsafe(character) for character in text):
        return text
    return "".join(
        _escape(character)
        if is_unsafe(character) and not (keep_lines and character in _LAYOUT)
        else character
        for character in text
    )


def has_control_characters(text: str) -> bool:
    """Return True when ``text`` holds a character :func:`printable` would escape."""
    return any(is_unsafe(character) for character in text)
