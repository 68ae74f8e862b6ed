"""Random input never makes the loader raise anything but PackError, nor fail inside the checker."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.model.errors import PackError
from game.model.loader import check_pack_text, load_pack_from_text
from tests.model.conftest import EXAMPLE_PACK

EXAMPLE_TEXT = (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(
        ["no", "on", "1.10", "2020-02-30", "&a x", "*a", "!!python/object x", "{", "]"]
    ),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                ["format", "id", "title", "people", "events", "play", "when", "text", "x"]
            ),
            children,
            max_size=4,
        ),
    ),
    max_leaves=25,
)


def _load(raw: bytes | str) -> None:
    try:
        load_pack_from_text(raw, EXAMPLE_PACK)
    except PackError as error:
        assert error.problems
        assert all(problem.code != "internal" for problem in error.problems), str(error)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_pack_error(raw: bytes) -> None:
    """Any bytes at all: a pack or PackError, never another exception."""
    _load(raw)


@FUZZ
@given(documents)
def test_arbitrary_yaml_documents_raise_only_pack_error(document: object) -> None:
    """Any YAML document, in any shape: a pack or PackError."""
    _load(yaml.safe_dump(document, allow_unicode=True))


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#\n\t ,?012.")), max_size=200))
def test_yaml_ish_text_raises_only_pack_error(text: str) -> None:
    """Text made of YAML's special characters: a pack or PackError."""
    _load(text)


@FUZZ
@given(st.integers(min_value=0, max_value=len(EXAMPLE_TEXT) - 1), st.text(max_size=12))
def test_edits_to_a_valid_pack_raise_only_pack_error(offset: int, insert: str) -> None:
    """Text inserted anywhere in the example pack: a pack or PackError with real problems."""
    _load(EXAMPLE_TEXT[:offset] + insert + EXAMPLE_TEXT[offset:])


@FUZZ
@given(st.integers(min_value=0, max_value=len(EXAMPLE_TEXT) - 1), st.integers(0, 40))
def test_deleting_part_of_a_valid_pack_never_crashes_the_checker(offset: int, length: int) -> None:
    """check_pack_text returns problems for any cut of the example pack and never raises."""
    problems = check_pack_text(EXAMPLE_TEXT[:offset] + EXAMPLE_TEXT[offset + length :], Path("."))
    assert all(problem.code != "internal" for problem in problems)
