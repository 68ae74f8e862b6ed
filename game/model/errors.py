"""What the checker reports: one :class:`Problem` per finding, and :class:`PackError` carrying them all.

``PackError`` is the only exception that ever leaves the loader, so the game, the command
line and the tests can each catch one type and show every problem of a pack at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from game.model.translation import Translations

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding of the checker, pointing at a file, line and column (1-based)."""

    severity: Severity
    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str = ""
    code: str = ""

    @property
    def is_error(self) -> bool:
        """Return True when this problem stops the pack from loading."""
        return self.severity == "error"

    def format(self, file: str | None = None, with_severity: bool = True) -> str:
        """Return the compiler-style line: ``file:line:column: severity: path: message — hint``.

        ``file`` replaces the problem's file name (the game shows only ``pack.yaml``), and
        ``with_severity=False`` leaves out ``error:``/``warning:`` where the context says it.
        """
        location = self.file if file is None else file
        if self.line > 0:
            location += f":{self.line}:{max(self.column, 1)}"
        text = f"{location}: {self.severity}: " if with_severity else f"{location}: "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text

    def as_dict(self) -> dict[str, object]:
        """Return the problem as plain data for the JSON report."""
        return {
            "severity": self.severity,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }

    def sort_key(self) -> tuple[str, int, int, int, str]:
        """Return a key that sorts problems by file, line and column, errors first."""
        return (self.file, self.line, self.column, 0 if self.is_error else 1, self.message)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Return ``problems`` sorted by position, without exact duplicates."""
    return sorted(set(problems), key=Problem.sort_key)


class PackError(Exception):
    """Raise when a pack has errors; ``problems`` holds every error and warning found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = sort_problems(problems)
        super().__init__(str(self))

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [problem for problem in self.problems if problem.is_error]

    def __str__(self) -> str:
        errors = sum(1 for problem in self.problems if problem.is_error)
        lines = [f"the pack has {errors} error(s)"]
        lines.extend(problem.format() for problem in self.problems)
        return "\n".join(lines)


def format_path(path: Iterable[str | int]) -> str:
    """Return a readable path such as ``play[2].timeline.events[3]`` for a key/index sequence."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


# A hostile pack can hold a 100,000-character key or id; quoted whole in a message, it
# would flood the terminal and the game's list of problems. Real messages are far shorter.
MAX_MESSAGE_CHARACTERS = 400


def _shorten(text: str) -> str:
    """Return ``text``, cut to :data:`MAX_MESSAGE_CHARACTERS` with an ellipsis when longer."""
    if len(text) <= MAX_MESSAGE_CHARACTERS:
        return text
    return text[: MAX_MESSAGE_CHARACTERS - 1] + "…"


class Locator(Protocol):
    """A parsed file that can say where the value at a path stands (a ``yaml_nodes.Document``)."""

    def position_of(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """Return the 1-based line and column of the value at ``path``."""
        ...


class Reporter:
    """Collect the problems of one file; every checker stage reports through one of these.

    ``error_at(document, path, message, hint=..., code=...)`` reports a problem with the
    value at ``path`` of the file, where that value stands; ``error(message, ...)`` one with
    the whole file, or at a position known otherwise (``where=``, such as a YAML syntax
    error's mark). ``warning_at`` and ``warning`` are the same for warnings.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(
        self,
        severity: Severity,
        message: str,
        *,
        hint: str = "",
        code: str = "",
        where: tuple[int, int] | None = None,
        path: Iterable[str | int] | str = "",
    ) -> None:
        """Record a problem at ``where`` (1-based line and column; None for the whole file)."""
        line, column = where if where is not None else (0, 0)
        path_text = path if isinstance(path, str) else format_path(path)
        self.problems.append(
            Problem(
                severity,
                self.file,
                line,
                column,
                _shorten(path_text),
                _shorten(message),
                _shorten(hint),
                code,
            )
        )

    def error(
        self,
        message: str,
        *,
        hint: str = "",
        code: str = "",
        where: tuple[int, int] | None = None,
        path: Iterable[str | int] | str = "",
    ) -> None:
        """Record an error with the whole file, or at ``where``."""
        self.add("error", message, hint=hint, code=code, where=where, path=path)

    def warning(
        self,
        message: str,
        *,
        hint: str = "",
        code: str = "",
        where: tuple[int, int] | None = None,
        path: Iterable[str | int] | str = "",
    ) -> None:
        """Record a warning with the whole file, or at ``where``."""
        self.add("warning", message, hint=hint, code=code, where=where, path=path)

    def error_at(
        self,
        document: Locator,
        path: Sequence[str | int],
        message: str,
        *,
        hint: str = "",
        code: str = "",
    ) -> None:
        """Record an error with the value at ``path`` of ``document``, where it stands."""
        where = document.position_of(path)
        self.add("error", message, hint=hint, code=code, where=where, path=path)

    def warning_at(
        self,
        document: Locator,
        path: Sequence[str | int],
        message: str,
        *,
        hint: str = "",
        code: str = "",
    ) -> None:
        """Record a warning with the value at ``path`` of ``document``, where it stands."""
        where = document.position_of(path)
        self.add("warning", message, hint=hint, code=code, where=where, path=path)

    @property
    def has_errors(self) -> bool:
        """Return True when an error has been recorded."""
        return any(problem.is_error for problem in self.problems)


def suggest(word: str, choices: list[str] | tuple[str, ...], t: Translations) -> str:
    """Return "did you mean 'x'?" for the closest of ``choices``, or an empty string."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not matches:
        return ""
    return t.gettext("did you mean '{suggestion}'?").format(suggestion=matches[0])
