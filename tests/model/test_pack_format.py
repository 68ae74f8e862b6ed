"""The pack-format table agrees with the JSON Schema, the model and the checker's messages."""

from __future__ import annotations

from typing import Any

from game.i18n.translator import GENERATED_PACK_TEXTS
from game.model import pack as model
from game.model.errors import Reporter
from game.model.pack_format import (
    PACK_TEXTS,
    ROUND_KINDS,
    ROUND_TITLE,
    ROUNDS,
    SCENE_STEP,
    SECTIONS,
    SOURCE_TEXTS,
)
from game.model.plain_data import parse
from game.model.schema import inlined_schema
from game.model.schema_messages import RULES
from game.model.translation import AS_WRITTEN

# Keywords that only shape the schema or annotate it; every other keyword validates a value.
SHAPE_KEYWORDS = frozenset(
    ("$schema", "$id", "title", "description", "$comment", "examples", "properties", "items")
)
MODEL_ITEMS = {
    "people": model.Person,
    "events": model.Event,
    "quotes": model.Quote,
    "questions": model.Question,
    "scenes": model.Scene,
}


def _keywords(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return set().union(*(_keywords(item) for item in schema))
    if not isinstance(schema, dict):
        return set()
    found = set(schema) - SHAPE_KEYWORDS
    for key, value in schema.items():
        if key == "properties":
            found |= set().union(*(_keywords(item) for item in value.values()))
        elif key == "items":
            found |= _keywords(value)
    return found


def test_every_validating_keyword_of_the_schema_has_its_own_message() -> None:
    """A keyword added to pack.schema.json without a rule would show jsonschema's English."""
    keywords = _keywords(inlined_schema())
    assert {"type", "required", "additionalProperties", "pattern", "maxLength"} <= keywords
    assert keywords - set(RULES) == set()


def test_every_translatable_field_is_a_key_of_its_section_in_the_schema() -> None:
    """The table names only keys the schema allows, section by section."""
    properties = inlined_schema()["properties"]
    for section in SECTIONS:
        allowed = properties[section.name]["items"]["properties"]
        assert {field.key for field in section.texts} <= set(allowed), section.name
    assert {field.key for field in PACK_TEXTS} <= set(properties)
    assert {field.key for field in SOURCE_TEXTS} <= set(properties["source"]["properties"])


def test_every_translatable_field_is_an_attribute_of_the_model_item() -> None:
    """Each field's Text lands on the attribute the table names (evidence -> evidence_text)."""
    for section in SECTIONS:
        fields = MODEL_ITEMS[section.name].__dataclass_fields__
        for field in section.texts:
            assert field.attribute_name in fields, (section.name, field.key)


def test_round_kinds_are_the_play_steps_of_the_schema_and_the_model() -> None:
    """The schema's play steps are a scene or one of the table's rounds, each with a step class."""
    steps = inlined_schema()["properties"]["play"]["items"]["properties"]
    assert list(steps) == [SCENE_STEP, *ROUND_KINDS]
    kinds = {step.__dataclass_fields__["kind"].default for step in model.RoundStep.__args__}
    assert kinds == set(ROUND_KINDS)
    for kind in ROUNDS:
        assert ROUND_TITLE.key in steps[kind.name]["properties"]
        for list_name, section in kind.lists:
            assert list_name in steps[kind.name]["properties"]
            assert section in {section.name for section in SECTIONS}


def test_the_default_round_titles_are_the_interface_strings_the_translator_knows() -> None:
    """A round without a title gets one the interface catalogue translates."""
    assert {kind.default_title for kind in ROUNDS} == GENERATED_PACK_TEXTS


def test_error_at_reports_the_line_and_column_of_the_value_at_the_path() -> None:
    """One call names the value by its path; the reporter finds where it was written."""
    reporter = Reporter("pack.yaml")
    document = parse("id: x\npeople:\n  - id: ann\n    name: Ann\n", reporter, AS_WRITTEN)
    assert document is not None
    reporter.error_at(document, ("people", 0, "name"), "a message", hint="a hint", code="c")
    reporter.warning_at(document, ("people", 0, "nothing-here"), "beside it")
    error, warning = reporter.problems
    assert (error.line, error.column, error.path, error.hint) == (4, 11, "people[0].name", "a hint")
    assert error.format() == "pack.yaml:4:11: error: people[0].name: a message — a hint"
    # A path that goes past what is written points at the deepest value found: the mapping.
    assert (warning.severity, warning.line, warning.column) == ("warning", 3, 5)
