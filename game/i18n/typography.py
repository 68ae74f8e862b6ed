"""The Russian no-break-space rule of the glossary, as a check a test runs on every ru string.

A line of Russian must not end on a short preposition, conjunction or particle, split a
number from its word, or start with a dash. So a no-break space (U+00A0; U+202F, the narrow
one Babel puts before "г.", counts too) and never a plain one goes

- after a one- or two-letter word of :data:`SHORT_WORDS`, in any case, also when a
  ``{placeholder}`` follows ("в\u00a0{folder}");
- between a number and the word after it ("4\u00a0октября", "2\u00a0из\u00a06"); a number
  placeholder (:data:`NUMBER_PLACEHOLDERS`, or one formatted as an integer such as
  ``{month:02d}``) counts as a number ("{count}\u00a0ошибки");
- before a dash ("Окуя\u00a0— игра").

The list of words is the glossary's, not a general Russian typographer's: the check is there to
keep the game's own rule, and hand-written regular expressions keep it exactly (the Russian
typographer packages on PyPI are unmaintained and apply rules of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The glossary's one- and two-letter prepositions, conjunctions and particles.
SHORT_WORDS = (
    "а",
    "в",
    "во",
    "да",
    "до",
    "за",
    "и",
    "из",
    "к",
    "ко",
    "на",
    "не",
    "ни",
    "но",
    "о",
    "об",
    "от",
    "по",
    "с",
    "со",
    "у",
)

# Placeholders of the interface catalogue that always hold a number.
NUMBER_PLACEHOLDERS = frozenset(
    (
        "count",
        "height",
        "last",
        "length",
        "limit",
        "line",
        "megapixels",
        "minutes",
        "month",
        "number",
        "points",
        "seconds",
        "side",
        "size",
        "total",
        "width",
        "year",
    )
)

# Any white space that lets a line break: everything but U+00A0 and U+202F.
_BREAKING_SPACE = r"[^\S\u00a0\u202f]"
_SHORT_WORD = re.compile(rf"(?<![\w\-])(?:{'|'.join(SHORT_WORDS)}){_BREAKING_SPACE}", re.IGNORECASE)
# A number: digits (with a decimal part) not glued to a word, a time or a range before them,
# or a placeholder; then breaking space and a letter.
_NUMBER = re.compile(
    rf"(?:(?<![\w.,:\-–/])\d+(?:[.,]\d+)*|(?<![\w.,:\-–/])\{{(?P<name>\w+)(?P<spec>[^{{}}]*)\}})"
    rf"{_BREAKING_SPACE}(?=[^\W\d_])"
)
_DASH = re.compile(rf"{_BREAKING_SPACE}[—–]")


@dataclass(frozen=True)
class SpaceProblem:
    """A breaking space the no-break-space rule forbids, where it is and which rule it breaks."""

    offset: int
    rule: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.excerpt!r}"


def _excerpt(text: str, start: int, end: int) -> str:
    return text[max(0, start - 12) : end + 12].replace("\u00a0", "·")


def _is_number_placeholder(name: str, spec: str) -> bool:
    return name in NUMBER_PLACEHOLDERS or spec.endswith("d")


def russian_space_problems(text: str) -> list[SpaceProblem]:
    """Return every breaking space in Russian ``text`` that should be a no-break space.

    The excerpts show a no-break space as a middle dot, as Poedit does.
    """
    problems: list[SpaceProblem] = []
    for match in _SHORT_WORD.finditer(text):
        word = match.group()[:-1]
        problems.append(
            SpaceProblem(
                match.end() - 1,
                f"a plain space after «{word}»",
                _excerpt(text, match.start(), match.end()),
            )
        )
    for match in _NUMBER.finditer(text):
        name = match.group("name")
        if name is not None and not _is_number_placeholder(name, match.group("spec")):
            continue
        problems.append(
            SpaceProblem(
                match.end() - 1,
                "a plain space between a number and its word",
                _excerpt(text, match.start(), match.end()),
            )
        )
    for match in _DASH.finditer(text):
        problems.append(
            SpaceProblem(
                match.start(),
                "a plain space before a dash",
                _excerpt(text, match.start(), match.end()),
            )
        )
    return sorted(problems, key=lambda problem: problem.offset)


def glue_russian(text: str) -> str:
    """Return ``text`` with every space :func:`russian_space_problems` finds made no-break.

    Only spaces change: the text keeps its length, so an editor can apply it to a catalogue
    and read the difference.
    """
    characters = list(text)
    for problem in russian_space_problems(text):
        characters[problem.offset] = "\u00a0"
    return "".join(characters)
