"""Check a pack's structure against the JSON Schema and say each problem where it is.

jsonschema reports paths in the plain data; :func:`game.model.yaml_nodes.locate` turns
each into the node that was written, so an unknown key points at the key, a missing key at
the mapping that lacks it, and a wrong type at the value. What to say for each schema
keyword is the table :data:`game.model.schema_messages.RULES`.
"""

from __future__ import annotations

import itertools
from typing import Any

from game.model.errors import Reporter
from game.model.schema import quick_check, validator
from game.model.schema_messages import RULES, Finding
from game.model.translation import Translations
from game.model.yaml_nodes import Document, locate

MAX_STRUCTURE_ERRORS = 500


def check_structure(document: Document, reporter: Reporter, t: Translations) -> bool:
    """Report every structural problem of ``document``; return True when there is none."""
    if quick_check()(document.data):
        return True
    # A list of two million numbers would give two million errors and minutes of work;
    # jsonschema yields them lazily, so stop after the first few hundred.
    errors = list(
        itertools.islice(validator().iter_errors(document.data), MAX_STRUCTURE_ERRORS + 1)
    )
    for error in errors[:MAX_STRUCTURE_ERRORS]:
        _report(error, document, reporter, t)
    if len(errors) > MAX_STRUCTURE_ERRORS:
        reporter.error(
            t.gettext(
                "more than {count} problems in the structure; only the first {count} are shown"
            ).format(count=MAX_STRUCTURE_ERRORS),
            hint=t.gettext("fix these, then check again"),
            code="too-many-problems",
        )
    return not errors


def _report(error: Any, document: Document, reporter: Reporter, t: Translations) -> None:
    path = tuple(error.absolute_path)
    finding = Finding(
        path,
        locate(document.root, path)[1],
        error.validator,
        error.validator_value,
        error.instance,
        error.schema,
        document,
    )
    rule = RULES.get(finding.keyword)
    if rule is None:  # pragma: no cover - every keyword in the schema has a rule
        reporter.error_at(document, path, str(error.message), code="schema")
        return
    for message in rule(finding, t):
        where = document.position_of(path)
        if message.key is not None:
            where = document.key_position_of((*path, message.key)) or where
        reporter.error(message.text, hint=message.hint, code=message.code, where=where, path=path)
