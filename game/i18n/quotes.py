"""Quotation marks by level: a quote inside a quote uses the language's second-level marks.

English writes “…‘…’…”, Russian and Kyrgyz «…„…“…». Pack texts and article excerpts carry
their own inner quotes as straight ``"`` (or as first-level marks); once the game wraps them
in the first level, those inner marks must step down a level, or the reader sees ``“"…"”``.
"""

from __future__ import annotations

# (first-level opening, closing), (second-level opening, closing) per language.
QUOTE_LEVELS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "en": (("“", "”"), ("‘", "’")),
    "ru": (("«", "»"), ("„", "“")),
    "ky": (("«", "»"), ("„", "“")),
}

# Characters after which a straight quote opens rather than closes.
_OPENS_AFTER = " \t\n([{—–-/\u00a0"


def second_level(text: str, language: str) -> str:
    """Return ``text`` with its own quotation marks turned into the second level.

    Straight ``"`` marks open at the start or after a space or bracket and close elsewhere;
    first-level marks of the language (“” in English, «» in Russian and Kyrgyz) step down too.
    """
    (first_open, first_close), (second_open, second_close) = QUOTE_LEVELS.get(
        language, QUOTE_LEVELS["en"]
    )
    pieces: list[str] = []
    depth = 0
    for index, character in enumerate(text):
        if character == '"':
            before = text[index - 1] if index else " "
            opening = before in _OPENS_AFTER or (depth == 0 and not before.isalnum())
            if opening and depth == 0:
                pieces.append(second_open)
                depth = 1
            else:
                pieces.append(second_close)
                depth = 0
        elif character == first_open:
            pieces.append(second_open)
        elif character == first_close:
            pieces.append(second_close)
        else:
            pieces.append(character)
    return "".join(pieces)
