"""Check a pack's structure against the JSON Schema and say each problem where it is.

jsonschema reports paths in the plain data; :func:`game.model.yaml_nodes.locate` turns
each into the node that was written, so an unknown key points at the key, a missing key at
the mapping that lacks it, and a wrong type at the value. Messages are the checker's own
(translatable) words, with a hint for YAML 1.1's traps: ``no`` read as false, ``1.10`` read
as the number 1.1.
"""

from __future__ import annotations

import difflib
import itertools
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.i18n.translator import Translator
from game.model.errors import Reporter
from game.model.schema import quick_check, validator
from game.model.yaml_nodes import TAG_PREFIX, Document, locate, position

ID_PATTERN_KEY = "^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_STRUCTURE_ERRORS = 500


def suggest(word: str, choices: list[str] | tuple[str, ...], t: Translator) -> str:
    """Return "did you mean 'x'?" for the closest of ``choices``, or an empty string."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not matches:
        return ""
    return t.gettext("did you mean '{suggestion}'?").format(suggestion=matches[0])


def check_structure(document: Document, reporter: Reporter, t: Translator) -> bool:
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
            None,
            "",
            t.gettext(
                "more than {count} problems in the structure; only the first {count} are shown"
            ).format(count=MAX_STRUCTURE_ERRORS),
            t.gettext("fix these, then check again"),
            "too-many-problems",
        )
    return not errors


def _describe(value: Any, t: Translator) -> str:
    if value is None:
        return t.gettext("an empty value")
    if isinstance(value, bool):
        return t.gettext("the yes/no value {value}").format(value="true" if value else "false")
    if isinstance(value, int | float):
        return t.gettext("the number {number}").format(number=value)
    if isinstance(value, str):
        return t.gettext("text")
    if isinstance(value, list):
        return t.gettext("a list")
    if isinstance(value, dict):
        return t.gettext("a mapping of keys")
    return type(value).__name__  # pragma: no cover - plain data has only the kinds above


def _expected(names: list[str], t: Translator) -> str:
    words = {
        "string": t.gettext("text"),
        "integer": t.gettext("a whole number"),
        "number": t.gettext("a number"),
        "boolean": t.gettext("true or false"),
        "array": t.gettext("a list"),
        "object": t.gettext("a mapping of keys"),
        "null": t.gettext("nothing"),
    }
    return t.gettext(" or ").join(words.get(name, name) for name in names)


def _report(error: Any, document: Document, reporter: Reporter, t: Translator) -> None:
    path = tuple(error.absolute_path)
    _, node = locate(document.root, path)
    where = position(node)
    kind = error.validator
    argument = error.validator_value
    instance = error.instance
    schema = error.schema

    if kind == "required":
        allowed = list(schema.get("properties", {}))
        for key in argument:
            if isinstance(instance, dict) and key not in instance:
                reporter.error(
                    where,
                    path,
                    t.gettext("missing key '{key}'").format(key=key),
                    t.gettext("add '{key}:' to this mapping").format(key=key),
                    "missing-key",
                )
        return
    if kind == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for key in instance:
            if key in allowed:
                continue
            found_key, _ = locate(document.root, (*path, key))
            hint = suggest(key, allowed, t) or t.gettext("keys allowed here: {keys}").format(
                keys=", ".join(allowed)
            )
            reporter.error(
                position(found_key) or where,
                path,
                t.gettext("unknown key '{key}'").format(key=key),
                hint,
                "unknown-key",
            )
        return
    if kind == "type":
        names = argument if isinstance(argument, list) else [argument]
        if not path:
            reporter.error(
                where,
                path,
                t.gettext("a pack file must be a mapping of keys such as format, id and title"),
                t.gettext("start from the template: okuya new-pack FOLDER"),
                "wrong-type",
            )
            return
        message = t.gettext("expected {expected}, found {found}").format(
            expected=_expected(names, t), found=_describe(instance, t)
        )
        reporter.error(where, path, message, _type_hint(node, names, path, t), "wrong-type")
        return
    if kind == "pattern":
        _pattern(argument, instance, where, path, reporter, t)
        return
    if kind == "enum":
        choices = [str(choice) for choice in argument]
        reporter.error(
            where,
            path,
            t.gettext("unknown scoring scheme '{value}'").format(value=instance)
            if path and path[-1] == "scoring"
            else t.gettext("'{value}' is not allowed here").format(value=instance),
            suggest(str(instance), choices, t)
            or t.gettext("choose one of: {choices}").format(choices=", ".join(choices)),
            "unknown-scoring" if path and path[-1] == "scoring" else "not-allowed",
        )
        return
    if kind == "anyOf":
        # Only a scene's picture is "one of": a built-in name or images/<file>.
        if isinstance(instance, str) and instance:
            return  # check_pictures reports it, with the nearest name or image as a hint
        if isinstance(instance, str):
            _limits("minLength", 1, instance, where, path, reporter, t, error)
            return
        message = t.gettext("expected {expected}, found {found}").format(
            expected=_expected(["string"], t), found=_describe(instance, t)
        )
        reporter.error(where, path, message, _type_hint(node, ["string"], path, t), "wrong-type")
        return
    if kind == "const":
        reporter.error(
            where,
            path,
            t.gettext("unknown pack format {value}").format(value=instance),
            t.gettext("write 'format: {value}'").format(value=argument),
            "format",
        )
        return
    _limits(kind, argument, instance, where, path, reporter, t, error)


def _type_hint(node: Node, names: list[str], path: tuple[Any, ...], t: Translator) -> str:
    if not isinstance(node, ScalarNode):
        if isinstance(node, SequenceNode | MappingNode) and "string" in names:
            return t.gettext("put the text in quotes if it contains ': ' or starts with '[' or '{'")
        return ""
    written = node.value
    plain = not node.style  # the C composer writes '' for plain scalars, Python None
    if plain and node.tag == TAG_PREFIX + "null":
        return t.gettext("write a value after the colon, or remove the key")
    if plain and "string" in names and node.tag != TAG_PREFIX + "str":
        key = path[-1] if path and isinstance(path[-1], str) else None
        if key is not None:
            return t.gettext(
                'YAML reads {written} as {found}; put it in quotes: {key}: "{written}"'
            ).format(written=written, found=_yaml_reading(node, t), key=key)
        return t.gettext('YAML reads {written} as {found}; put it in quotes: "{written}"').format(
            written=written, found=_yaml_reading(node, t)
        )
    if "boolean" in names:
        return t.gettext("write true or false")
    if "number" in names or "integer" in names:
        return t.gettext("write a number without quotes, such as 60")
    if "array" in names:
        return t.gettext(
            "write a list in brackets, such as [first, second], or one '- ' line per item"
        )
    if "object" in names:
        return t.gettext("write the keys on the lines below, indented under this one")
    return ""


def _yaml_reading(node: ScalarNode, t: Translator) -> str:
    tag = node.tag
    if tag == TAG_PREFIX + "bool":
        return t.gettext("a yes/no value")
    if tag in (TAG_PREFIX + "int", TAG_PREFIX + "float"):
        return t.gettext("a number")
    return t.gettext("something other than text")


def _pattern(
    pattern: str,
    instance: Any,
    where: tuple[int, int] | None,
    path: tuple[Any, ...],
    reporter: Reporter,
    t: Translator,
) -> None:
    if pattern == ID_PATTERN_KEY:
        suggestion = "-".join(
            part
            for part in "".join(c if c.isalnum() else "-" for c in instance.lower()).split("-")
            if part
        )
        hint = t.gettext("use only lowercase letters, digits and single dashes")
        if suggestion and suggestion.isascii():
            hint += t.gettext(", such as '{suggestion}'").format(suggestion=suggestion)
        reporter.error(
            where,
            path,
            t.gettext("'{value}' is not a valid id").format(value=instance),
            hint,
            "bad-id",
        )
    elif pattern.startswith("^\\d{4}"):
        reporter.error(
            where,
            path,
            t.gettext("'{value}' is not a date").format(value=instance),
            t.gettext("write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, such as 2020-10-05"),
            "bad-date",
        )
    else:
        reporter.error(
            where,
            path,
            t.gettext("'{value}' is not a language code").format(value=instance),
            t.gettext("write a code such as en, ky or ru"),
            "bad-language",
        )


def _limits(
    kind: str,
    argument: Any,
    instance: Any,
    where: tuple[int, int] | None,
    path: tuple[Any, ...],
    reporter: Reporter,
    t: Translator,
    error: Any,
) -> None:
    field = path[-1] if path else ""
    if field == "wrong" and kind in ("minItems", "maxItems"):
        reporter.error(
            where,
            path,
            t.gettext(
                "a question needs 1 to 4 wrong answers (2 to 5 choices in all); found {count}"
            ).format(count=len(instance)),
            t.gettext("write one to four wrong answers"),
            "choices",
        )
    elif kind == "minItems":
        reporter.error(
            where,
            path,
            t.gettext("the list is empty"),
            t.gettext("list at least {count} id(s)").format(count=argument),
            "empty-list",
        )
    elif kind == "maxItems":
        reporter.error(
            where,
            path,
            t.gettext("the list has {count} items; the limit is {limit}").format(
                count=len(instance), limit=argument
            ),
            t.gettext("split it into several rounds or packs"),
            "too-many",
        )
    elif kind == "minLength":
        reporter.error(
            where,
            path,
            t.gettext("the text is empty"),
            t.gettext("write the text, or remove the key"),
            "empty-text",
        )
    elif kind == "maxLength":
        reporter.error(
            where,
            path,
            t.gettext("the text is {length} characters long; the limit is {limit}").format(
                length=len(instance), limit=argument
            ),
            t.gettext("shorten it"),
            "too-long",
        )
    elif kind in ("exclusiveMinimum", "minimum"):
        reporter.error(
            where,
            path,
            t.gettext("{value} is too small; it must be more than {limit}").format(
                value=instance, limit=argument
            )
            if kind == "exclusiveMinimum"
            else t.gettext("{value} is too small; the least allowed is {limit}").format(
                value=instance, limit=argument
            ),
            t.gettext("a time limit is a number of seconds, such as 60")
            if field == "time_limit"
            else "",
            "out-of-range",
        )
    elif kind in ("exclusiveMaximum", "maximum"):
        reporter.error(
            where,
            path,
            t.gettext("{value} is too large; the most allowed is {limit}").format(
                value=instance, limit=argument
            ),
            "",
            "out-of-range",
        )
    elif kind == "minProperties":
        reporter.error(
            where,
            path,
            t.gettext("a play step is empty"),
            t.gettext("write one of: scene, timeline, who_said, quiz"),
            "bad-step",
        )
    elif kind == "maxProperties":
        reporter.error(
            where,
            path,
            t.gettext("a play step has {count} keys ({keys}); it must have one").format(
                count=len(instance), keys=", ".join(instance)
            ),
            t.gettext("start each step with its own '- ' line"),
            "bad-step",
        )
    else:  # pragma: no cover - every keyword in the schema is handled above
        reporter.error(where, path, str(error.message), "", "schema")
