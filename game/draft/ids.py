"""Make stable, readable ids (``neil-armstrong``, ``eltsin``) from any text, Cyrillic included."""

from __future__ import annotations

import re
import unicodedata

from game.draft.lexicon import word_list

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ң": "ng",
    "ө": "o", "ү": "u",
}  # fmt: skip
_STOP_WORDS = frozenset(
    word_list(
        "the a an of in on at to and or for by with from his her their its is was were be been "
        "has had have that this it as but into onto after before then which who what there "
        "в во на и с со к по за из от до у о об что как это он она они его её их был была было были"
    )
)
MAX_ID = 64


def slug(text: str, words: int = 4) -> str:
    """Return an id of up to ``words`` meaningful words of ``text``: lowercase, digits, dashes."""
    lower = unicodedata.normalize("NFKC", text).lower()
    latin = "".join(_CYRILLIC.get(character, character) for character in lower)
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    parts = [part for part in re.split(r"[^a-z0-9]+", latin) if part]
    meaningful = [
        part for part in parts if part not in _STOP_WORDS and (len(part) > 1 or part.isdigit())
    ] or parts
    result = "-".join(meaningful[:words])[:MAX_ID].strip("-")
    return result or "item"


class IdMaker:
    """Hand out ids that are unique within one section, adding -2, -3 ... when needed."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def make(self, text: str, words: int = 4) -> str:
        """Return a new unique id made from ``text``."""
        base = slug(text, words)
        candidate = base
        number = 2
        while candidate in self._taken:
            suffix = f"-{number}"
            candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
            number += 1
        self._taken.add(candidate)
        return candidate
