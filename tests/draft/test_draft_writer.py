"""The writer's YAML reads back as the values it was given, whatever YAML would misread."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from game.draft.writer import scalar

TRAPS = [
    "no",
    "yes",
    "on",
    "1.10",
    "2020",
    "a: b",
    "# not a comment",
    "- dash",
    "[x]",
    "It's",
    "«Поехали!»",
    "null",
    "",
]


def test_yaml_traps_are_quoted_and_read_back_as_text() -> None:
    """Values YAML 1.1 would read as booleans, numbers or structure come back as the same text."""
    for value in TRAPS:
        assert yaml.safe_load(f"key: {scalar(value)}") == {"key": value}


def test_a_list_with_commas_stays_one_item_per_value() -> None:
    """A wrong answer such as 'Around 2,000' is one item of the list, not two."""
    values = ["About 12", "Around 2,000", "Nobody"]
    assert yaml.safe_load(f"wrong: {scalar(values)}") == {"wrong": values}


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_text_is_written_on_one_line_and_reads_back(value: str) -> None:
    """Any single-line text is written as one YAML line that reads back unchanged."""
    written = scalar(value)
    assert "\n" not in written
    assert yaml.safe_load(f"key: {written}") == {"key": value}
