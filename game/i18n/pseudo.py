"""The pseudo-locale: accented, about 40 % longer, bracketed text to find hard-coded and clipped text.

"Save" becomes "[Šååvéé·]": every string that went through the translator is bracketed and
accented, so plain English on a screen was never translated, and a missing closing bracket
means the text was cut off. Vowels are doubled (and padding added for short strings) so the
text is as long as a long Russian or Kyrgyz translation.

Placeholders (``{name}``, ``{count:d}``, ``%(name)s``, ``%d``) are kept as they are, so
formatting still works. Every letter used is in the shipped Noto Sans (a test checks it).
Square brackets stand for the mathematical white brackets ⟦ ⟧, which Noto Sans lacks.
"""

from __future__ import annotations

import math
import re

OPEN = "["
CLOSE = "]"
LENGTH_FACTOR = 1.4
PADDING = "·"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_VOWELS = frozenset("aeiouyAEIOUY")
_PLACEHOLDER = re.compile(
    r"\{[^{}]*\}|%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]|%[-#0 +]*\d*[a-zA-Z%]"
)


def pseudo_localize(text: str) -> str:
    """Return ``text`` accented, lengthened by about 40 % and wrapped in brackets."""
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        pieces.append(_accent(text[position : match.start()]))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_accent(text[position:]))
    body = "".join(pieces)
    target = math.ceil(len(text) * LENGTH_FACTOR)
    if len(body) < target:
        body += PADDING * (target - len(body))
    return f"{OPEN}{body}{CLOSE}"


def _accent(plain: str) -> str:
    return "".join(
        character * 2 if character in _VOWELS else character for character in plain
    ).translate(_ACCENTED)
