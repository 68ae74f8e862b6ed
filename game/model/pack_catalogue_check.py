"""Turn what the catalogue reader found in a pack's ``pack.po`` into ``okuya check`` warnings.

A pack's translations never stop it from loading: every finding is a warning that names the
file, the line and the fix, and says what the game does meanwhile (skips the line, shows the
English text, uses the language's own plural rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from game.model.catalogue_problems import describe_issue
from game.model.errors import Problem
from game.model.po_reader import CatalogueIssue, MessageKey
from game.model.translation import Translations

# Past this many, one more warning gives the count instead of a line each.
MAX_ENTRY_WARNINGS = 20
# The issues about the whole file that a fresh "okuya translate" would repair.
_REMADE_BY_TRANSLATE = frozenset({"too-large", "unreadable", "malformed", "not-a-file"})


def catalogue_problems(
    file: str,
    issues: Iterable[CatalogueIssue],
    rejected: Mapping[MessageKey, CatalogueIssue],
    more_issues: int,
    update: str,
    t: Translations,
) -> list[Problem]:
    """Return the warnings for one catalogue's ``issues`` and ``rejected`` entries."""
    problems: list[Problem] = []
    for issue in issues:
        message, hint = describe_issue(issue, t)
        if issue.kind in _REMADE_BY_TRANSLATE:
            hint = f"{hint}; {update}"
        problems.append(Problem("warning", file, issue.line, 0, "", message, hint, "translation"))
    if more_issues:
        problems.append(
            Problem(
                "warning",
                file,
                0,
                0,
                "",
                t.ngettext(
                    "and {count} more problem in this file",
                    "and {count} more problems in this file",
                    more_issues,
                ).format(count=more_issues),
                "",
                "translation",
            )
        )
    entries = sorted(rejected.items(), key=lambda item: item[1].line)
    for (context, _source), issue in entries[:MAX_ENTRY_WARNINGS]:
        message, hint = describe_issue(issue, t)
        path = context or ""
        problems.append(
            Problem("warning", file, issue.line, 0, path, message, hint, "translation-not-used")
        )
    if len(entries) > MAX_ENTRY_WARNINGS:
        left = len(entries) - MAX_ENTRY_WARNINGS
        problems.append(
            Problem(
                "warning",
                file,
                0,
                0,
                "",
                t.ngettext(
                    "and {count} more translation that is not used",
                    "and {count} more translations that are not used",
                    left,
                ).format(count=left),
                "",
                "translation-not-used",
            )
        )
    return problems
