"""What the command line prints: text from a pack or a zip made safe for a terminal.

A pack's texts, a zip's file names and a folder's name are written by someone else, and a
terminal obeys the control characters in them: ESC starts sequences that retitle the
window (OSC), clear the screen or colour the output, BEL rings, CR rewrites the line, a
newline forges a second message. Every command prints through :func:`say` (or
:func:`printable` / :func:`json_text`), which shows such characters as visible escapes
(``\\x1b``, ``\\r``, ``\\u202e``) instead of sending them.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from game.model.printable import has_control_characters, is_unsafe, printable

__all__ = [
    "has_control_characters",
    "is_unsafe",
    "json_text",
    "printable",
    "say",
    "write_document",
]


def say(message: str, stream: TextIO | None = None) -> None:
    """Print one message (by default to standard error), its unsafe characters escaped."""
    print(printable(message), file=stream if stream is not None else sys.stderr)


def json_text(data: object) -> str:
    """Return ``data`` as indented JSON that is safe on a terminal and decodes to ``data``.

    :func:`json.dumps` already writes C0 characters as ``\\u001b``; the other unsafe ones
    (DEL, C1, separators, bidirectional controls, lone surrogates) can only occur inside
    strings, where the same ``\\uXXXX`` form means the same character.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # A raw newline here is indentation: json.dumps writes the ones inside strings escaped.
    return "".join(
        f"\\u{ord(character):04x}" if is_unsafe(character) and character != "\n" else character
        for character in text
    )


def write_document(text: str, stream: TextIO | None = None) -> None:
    """Write a document (CSV, XML) to standard output: as it is, or made safe on a terminal.

    Redirected to a file or a pipe, the document is data and stays exact; shown on a
    terminal, its unsafe characters are escaped (and ``\\r\\n`` line ends become newlines).
    """
    target = stream if stream is not None else sys.stdout
    if target.isatty():
        target.write(printable(text.replace("\r\n", "\n"), keep_lines=True))
        target.flush()
        return
    buffer = getattr(target, "buffer", None)
    if buffer is not None:
        buffer.write(text.encode("utf-8", errors="surrogateescape"))
    else:
        target.write(text)
    target.flush()
