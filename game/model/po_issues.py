"""What can be wrong in a ``.po`` file: :class:`CatalogueIssue`, and the one error that is fatal.

The reader (:mod:`game.model.po_reader`) records issues; :mod:`game.model.catalogue_problems`
puts them into words in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CatalogueIssue:
    """One thing wrong in a catalogue: its kind, the 1-based line (0: the whole file) and details.

    Kinds: ``too-large``, ``not-a-file``, ``unreadable`` (fatal, see :class:`CatalogueError`);
    ``charset``, ``invalid-bytes``, ``utf-16``, ``malformed``, ``duplicate``, ``language-header``,
    ``plural-forms`` (about the file); ``entry-too-long``, ``control-character``,
    ``placeholders`` (an entry that is not used).
    """

    kind: str
    line: int = 0
    details: tuple[tuple[str, str], ...] = ()

    def detail(self, name: str) -> str:
        """Return the detail called ``name`` ("" when there is none)."""
        return dict(self.details).get(name, "")


class CatalogueError(Exception):
    """Raise when a catalogue cannot be read at all; ``issue`` says why, ``file`` says which."""

    def __init__(self, file: Path, issue: CatalogueIssue) -> None:
        self.file = file
        self.issue = issue
        super().__init__(f"{file}: {issue.kind} {dict(issue.details)}")


def new_issue(kind: str, line: int = 0, **details: object) -> CatalogueIssue:
    """Return an issue of ``kind`` at ``line`` with ``details`` made safe to print."""
    # Details quote the file (a header's value, a msgid): escape its control characters so
    # that a catalogue cannot retitle or clear the terminal okuya check prints to.
    return CatalogueIssue(
        kind, line, tuple((name, printable(str(value))) for name, value in details.items())
    )


def printable(text: str, limit: int = 120) -> str:
    """Return ``text`` with control characters written as ``\\xNN``, cut to ``limit`` characters."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text[: limit * 2])
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
