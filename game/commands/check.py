"""``okuya check``: check packs and print every problem, as text or as one JSON document.

A path is a pack folder, its ``pack.yaml``, or a folder of pack folders (``okuya check
content``), which stands for every pack folder directly inside it.

What comes from a pack (its values in a message, a folder's name) is printed with its
control characters escaped, in both formats (:mod:`game.commands.terminal`): a pack cannot
retitle the window, clear the screen or forge a line.

Exit status: 0 when no pack has errors (nor warnings, with ``--strict``), 1 when one has,
2 when a path does not exist (the other paths are still checked).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from game.commands.terminal import json_text, say
from game.i18n.translator import Translator
from game.model.errors import Problem
from game.model.loader import PACK_FILE, check_pack

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _translator(language: str | None) -> Translator:
    try:
        return Translator(language or "en")
    except Exception:
        return Translator("en")


def summary_line(name: str, problems: Sequence[Problem], t: Translator) -> str:
    """Return ``name: 2 errors, 1 warning`` (or ``name: ok``) for one pack."""
    errors = sum(1 for problem in problems if problem.is_error)
    warnings = len(problems) - errors
    if not problems:
        return t.gettext("{pack}: ok").format(pack=name)
    error_text = t.ngettext("{count} error", "{count} errors", errors).format(count=errors)
    warning_text = t.ngettext("{count} warning", "{count} warnings", warnings).format(
        count=warnings
    )
    return f"{name}: {error_text}, {warning_text}"


def _pack_name(path: Path) -> str:
    # A pack is named by its folder, unless that would be just "." (pack.yaml given in place).
    if path.name == PACK_FILE and _quietly(path.is_file, False) and str(path.parent) != ".":
        return str(path.parent)
    return str(path)


def _quietly(question: Callable[[], bool], otherwise: bool) -> bool:
    """Return ``question()``, or ``otherwise`` when the system refuses to say (no permission)."""
    try:
        return question()
    except OSError:
        return otherwise


def _expand(paths: Sequence[str]) -> list[Path]:
    """Return the packs to check: a folder of pack folders (such as content/) stands for each."""
    packs: list[Path] = []
    for text in paths:
        path = Path(text)
        try:
            children = (
                sorted(child for child in path.iterdir() if (child / PACK_FILE).is_file())
                if path.is_dir() and not (path / PACK_FILE).exists()
                else []
            )
        except OSError:
            children = []
        packs.extend(children or [path])
    return packs


def check_command(
    paths: Sequence[str],
    output_format: str = "human",
    strict: bool = False,
    language: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Check every pack in ``paths``, print the report, and return the exit status."""
    out = out or sys.stdout
    try:
        return _check_command(paths, output_format, strict, language, out)
    except BrokenPipeError:
        # The reader went away (`okuya check ... | head`): stop quietly, as other tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return EXIT_PROBLEMS


def _check_command(
    paths: Sequence[str], output_format: str, strict: bool, language: str | None, out: TextIO
) -> int:
    t = _translator(language)
    status = EXIT_OK
    missing = False
    report: list[dict[str, object]] = []
    for path in _expand(paths):
        text = str(path)
        # A path the system will not even look at is checked anyway: the loader says why.
        if not _quietly(path.exists, True):
            missing = True
            problem = Problem(
                "error", text, 0, 0, "", t.gettext("no such file or folder"), "", "not-found"
            )
            problems = [problem]
        else:
            problems = check_pack(path, t)
        errors = sum(1 for problem in problems if problem.is_error)
        warnings = len(problems) - errors
        failed = errors > 0 or (strict and warnings > 0)
        if failed:
            status = EXIT_PROBLEMS
        name = _pack_name(path)
        if output_format == "json":
            report.append(
                {
                    "pack": name,
                    "ok": not failed,
                    "errors": errors,
                    "warnings": warnings,
                    "problems": [problem.as_dict() for problem in problems],
                }
            )
        else:
            for problem in problems:
                say(problem.format(), out)
            say(summary_line(name, problems, t), out)
    if output_format == "json":
        out.write(json_text(report) + "\n")
    return EXIT_USAGE if missing else status
