"""The pack JSON Schema (draft 2020-12): load it, write it out, and check a pack against it.

``pack.schema.json`` beside this module is the one description of format 1's structure.
Editors read it (the YAML language server's ``$schema`` line); the checker validates with
``jsonschema.Draft202012Validator``. Because jsonschema costs about as much as reading the
file on a large pack, a validator compiled from the same schema runs first: it only says
"valid" or "not sure", and when it is not sure, jsonschema runs and its errors are reported.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_FILE = Path(__file__).with_name("pack.schema.json")
SCHEMA_NAME = "pack.schema.json"

Predicate = Callable[[Any], bool]

_ANNOTATIONS = frozenset(("$schema", "$id", "title", "description", "$comment", "examples"))


@cache
def schema_text() -> str:
    """Return the schema as written in the package."""
    return SCHEMA_FILE.read_text(encoding="utf-8")


@cache
def load_schema() -> dict[str, Any]:
    """Return the schema as data."""
    return json.loads(schema_text())


def write_schema(file: str | None) -> int:
    """Write the schema to ``file`` (standard output when None); return the exit status."""
    if file is None:
        sys.stdout.write(schema_text())
        return 0
    try:
        Path(file).write_text(schema_text(), encoding="utf-8")
    except OSError as error:
        print(f"okuya schema: cannot write {file}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


def inline_references(schema: dict[str, Any]) -> dict[str, Any]:
    """Return ``schema`` with every local ``$ref`` replaced by its definition (it has no cycles)."""
    definitions = schema.get("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[-1]
                merged = {**definitions[name], **{k: v for k, v in node.items() if k != "$ref"}}
                return inline(merged)
            return {key: inline(value) for key, value in node.items() if key != "$defs"}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return inline(schema)


@cache
def inlined_schema() -> dict[str, Any]:
    """Return the schema without references; jsonschema validates it about twice as fast."""
    return inline_references(load_schema())


@cache
def validator() -> Any:
    """Return the jsonschema validator for packs."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(inlined_schema())


@cache
def quick_check() -> Predicate:
    """Return a predicate compiled from the schema: True means valid for certain."""
    try:
        return compile_schema(inlined_schema())
    except UnsupportedKeyword:
        return lambda _value: False


class UnsupportedKeyword(ValueError):
    """Raise when the quick validator meets a keyword it does not implement."""


def _is_type(name: str, value: Any) -> bool:
    kind = value.__class__
    if name == "string":
        return kind is str
    if name == "object":
        return kind is dict
    if name == "array":
        return kind is list
    if name == "boolean":
        return kind is bool
    if name == "null":
        return value is None
    if name == "integer":
        return kind is int
    if name == "number":
        return kind is int or kind is float
    raise UnsupportedKeyword(name)


def _all(checks: list[Predicate]) -> Predicate:
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> bool:
        # A plain loop: all() over a generator costs a frame per call, on every value of a pack.
        for check in checks:  # noqa: SIM110
            if not check(value):
                return False
        return True

    return check_all


def compile_schema(schema: dict[str, Any]) -> Predicate:
    """Compile a reference-free schema into a predicate (conservative: False means 'not sure')."""
    keywords = set(schema) - _ANNOTATIONS
    kind = schema.get("type")
    if kind == "string" and keywords <= {"type", "minLength", "maxLength", "pattern"}:
        return _compile_string(schema)
    if kind == "object" and keywords <= {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "maxProperties",
    }:
        return _compile_object(schema)
    checks: list[Predicate] = []
    for keyword in sorted(keywords):
        checks.append(_compile_keyword(keyword, schema[keyword], schema))
    return _all(checks) if checks else (lambda _value: True)


def _compile_string(schema: dict[str, Any]) -> Predicate:
    shortest = schema.get("minLength", 0)
    longest = schema.get("maxLength", 1 << 62)
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None

    def check_string(value: Any) -> bool:
        return (
            value.__class__ is str
            and shortest <= len(value) <= longest
            and (search is None or search(value) is not None)
        )

    return check_string


def _compile_object(schema: dict[str, Any]) -> Predicate:
    properties = {key: compile_schema(value) for key, value in schema.get("properties", {}).items()}
    required = frozenset(schema.get("required", ()))
    additional = schema.get("additionalProperties", True)
    if additional not in (True, False):
        raise UnsupportedKeyword("additionalProperties")
    allowed = None if additional else frozenset(properties)
    fewest = schema.get("minProperties", 0)
    most = schema.get("maxProperties", 1 << 62)

    def check_object(value: Any) -> bool:
        if value.__class__ is not dict:
            return False
        keys = value.keys()
        if not required <= keys or not fewest <= len(value) <= most:
            return False
        if allowed is not None and not keys <= allowed:
            return False
        for key, item in value.items():
            check = properties.get(key)
            if check is not None and not check(item):
                return False
        return True

    return check_object


def _compile_keyword(keyword: str, argument: Any, schema: dict[str, Any]) -> Predicate:
    if keyword == "type":
        names = argument if isinstance(argument, list) else [argument]
        for name in names:
            _is_type(name, None)  # raise on an unknown type name now, not per value
        return lambda value: any(_is_type(name, value) for name in names)
    if keyword == "const":
        return lambda value: value.__class__ is argument.__class__ and value == argument
    if keyword == "enum":
        return lambda value: any(
            value.__class__ is choice.__class__ and value == choice for choice in argument
        )
    if keyword == "pattern":
        search = re.compile(argument).search
        return lambda value: value.__class__ is not str or search(value) is not None
    if keyword in ("minLength", "maxLength"):
        low, high = (argument, 1 << 62) if keyword == "minLength" else (0, argument)
        return lambda value: value.__class__ is not str or low <= len(value) <= high
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        compare = {
            "minimum": lambda number: number >= argument,
            "maximum": lambda number: number <= argument,
            "exclusiveMinimum": lambda number: number > argument,
            "exclusiveMaximum": lambda number: number < argument,
        }[keyword]
        return lambda value: value.__class__ not in (int, float) or compare(value)
    if keyword == "items":
        check_item = compile_schema(argument)
        return lambda value: value.__class__ is not list or all(map(check_item, value))
    if keyword in ("minItems", "maxItems"):
        low, high = (argument, 1 << 62) if keyword == "minItems" else (0, argument)
        return lambda value: value.__class__ is not list or low <= len(value) <= high
    if keyword == "anyOf":
        choices = [compile_schema(choice) for choice in argument]
        return lambda value: any(choice(value) for choice in choices)
    if keyword in ("properties", "required", "additionalProperties"):
        if schema.get("type") not in (None, "object"):
            raise UnsupportedKeyword(keyword)
        object_check = _compile_object({**schema, "type": "object"})
        return lambda value: value.__class__ is not dict or object_check(value)
    raise UnsupportedKeyword(keyword)
