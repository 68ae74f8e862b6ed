"""The shipped JSON Schema is valid draft 2020-12, fits the example pack, and agrees with the checker."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from game.i18n.translator import english
from game.model.errors import Reporter
from game.model.plain_data import parse
from game.model.schema import (
    compile_schema,
    inline_references,
    inlined_schema,
    load_schema,
    quick_check,
    validator,
)
from tests.model.conftest import BAD_PACKS, EXAMPLE_PACK


def _plain(text: str) -> object:
    document = parse(text, Reporter("pack.yaml"), english())
    assert document is not None
    return document.data


def test_the_schema_is_valid_draft_2020_12() -> None:
    """check_schema accepts it, and it declares the 2020-12 dialect."""
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator.check_schema(inlined_schema())


def test_the_example_pack_matches_the_schema() -> None:
    """The example pack is valid against the schema as editors read it ($refs and all)."""
    data = _plain((EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_schema()).validate(data)


def test_inlining_references_keeps_the_meaning() -> None:
    """The inlined schema has no $ref and rejects what the original rejects."""
    inlined = inline_references(load_schema())
    assert "$ref" not in json.dumps(inlined)
    bad = {"format": 1, "id": "Bad Id"}
    original_errors = sorted(
        error.message for error in jsonschema.Draft202012Validator(load_schema()).iter_errors(bad)
    )
    inlined_errors = sorted(error.message for error in validator().iter_errors(bad))
    assert original_errors == inlined_errors


@pytest.mark.parametrize(
    "case", sorted(folder.name for folder in BAD_PACKS.iterdir() if folder.is_dir())
)
def test_the_quick_validator_never_passes_what_jsonschema_rejects(case: str) -> None:
    """On every malformed pack that parses, 'valid' from the quick check means valid."""
    pack_file = BAD_PACKS / case / "pack.yaml"
    try:
        text = pack_file.read_text(encoding="utf-8")
        document = parse(text, Reporter("pack.yaml"), english())
    except (OSError, UnicodeError):
        return
    if document is None:
        return
    if quick_check()(document.data):
        assert not list(validator().iter_errors(document.data))
    else:
        assert list(validator().iter_errors(document.data)), "the quick check is too strict"


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 5),
        st.floats(-5, 5, allow_nan=False),
        st.sampled_from(["", "a", "ok-id", "Bad Id", "2020-10", "x" * 70, "en"]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.sampled_from(["id", "name", "role", "when", "x"]), children, max_size=4),
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_the_quick_validator_agrees_with_jsonschema_on_sub_schemas(value: object) -> None:
    """For the person and event item schemas, quick 'valid' implies jsonschema 'valid'."""
    schema = inlined_schema()
    for name in ("people", "events"):
        item_schema = schema["properties"][name]["items"]
        if compile_schema(item_schema)(value):
            assert jsonschema.Draft202012Validator(item_schema).is_valid(value)


def test_the_quick_validator_accepts_the_example_pack() -> None:
    """The fast path is taken for a valid pack (so jsonschema's cost is avoided)."""
    assert quick_check()(_plain((EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")))


def test_yaml_parses_the_same_plain_data_as_safe_load() -> None:
    """Apart from dates (kept as text), the composed data equals yaml.safe_load's."""
    text = (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")
    expected = yaml.safe_load(text)
    for event in expected["events"]:
        event["when"] = str(event["when"])
    expected["source"]["date"] = str(expected["source"]["date"])
    assert _plain(text) == expected
