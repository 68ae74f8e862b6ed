"""Find the spans between quotation marks (“…”, "…", «…» with „…“ or «…» inside)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE_PAIRS = (
    re.compile(r"“([^“”\n]{1,800})”"),
    re.compile(r"(?<![\w\"])\"([^\"\n]{1,800})\"(?!\w)"),
    re.compile(r"«((?:[^«»\n]|«[^«»\n]*»){1,800})»"),
)


@dataclass(frozen=True)
class Mark:
    """A quotation: where its opening mark is, where its closing mark ends, and the words inside."""

    start: int
    end: int
    inner: str


def quotation_marks(text: str) -> list[Mark]:
    """Return the outermost quotations of ``text``, in order."""
    marks: list[Mark] = []
    for pattern in _QUOTE_PAIRS:
        for match in pattern.finditer(text):
            inner = match.group(1)
            if inner.strip() and re.search(r"\w", inner):
                marks.append(Mark(match.start(), match.end(), inner))
    marks.sort(key=lambda mark: (mark.start, -mark.end))
    outermost: list[Mark] = []
    for mark in marks:
        if outermost and mark.start < outermost[-1].end:
            continue
        outermost.append(mark)
    return outermost


def inside(marks: list[Mark], offset: int) -> bool:
    """Return True when ``offset`` lies between the marks of one of ``marks``."""
    return any(mark.start < offset < mark.end for mark in marks)
