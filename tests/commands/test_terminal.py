"""The one rule for printing text from a pack or a zip: control characters become visible escapes."""

from __future__ import annotations

import io
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.commands.terminal import json_text, printable, write_document


def acted_on(character: str) -> bool:
    """Return True for a character a terminal acts on or that reorders or breaks a line."""
    category = unicodedata.category(character)
    return (
        category in ("Cc", "Cs", "Zl", "Zp") or character in "\u202a\u202b\u202d\u202e\u2066\u2067"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;title\x07", r"\x1b]0;title\x07"),
        ("\x1b[2J", r"\x1b[2J"),
        ("a\rb", r"a\rb"),
        ("line\nforged", r"line\nforged"),
        ("\x9b31m", r"\x9b31m"),
        ("\x7f", r"\x7f"),
        ("abc\u202edef", r"abc\u202edef"),
        ("a\u2028b", r"a\u2028b"),
        ("bad\udcffbyte", r"bad\udcffbyte"),
    ],
)
def test_each_kind_of_terminal_control_is_shown_as_an_escape(text: str, shown: str) -> None:
    """ESC, OSC, CR, a newline, C1, DEL, bidi overrides, separators and lone surrogates are escaped."""
    assert printable(text) == shown


def test_ordinary_text_in_every_language_is_left_alone() -> None:
    """Kyrgyz, Russian, quotes, dashes and a tab-free line come out unchanged."""
    text = "Айгүл Өмүрбекова — «Окуя»: 4 октября, pack.yaml:12:5"
    assert printable(text) == text


def test_keep_lines_keeps_newlines_and_tabs_but_not_escapes() -> None:
    """A document shown on a terminal keeps its lines and tabs; ESC is still escaped."""
    assert printable("a\tb\n\x1bc", keep_lines=True) == "a\tb\n\\x1bc"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_escaped_text_never_holds_a_control_character_or_a_line_break(text: str) -> None:
    """Whatever the text, the printed form is one line of printable characters."""
    shown = printable(text)
    assert "\n" not in shown
    assert not any(acted_on(character) for character in shown), repr(shown)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.text(), lambda inner: st.lists(inner, max_size=3), max_leaves=6))
def test_json_text_decodes_to_the_same_data(data: object) -> None:
    """The safe JSON decodes to exactly the data given, and holds no raw control character."""
    text = json_text(data)
    assert json.loads(text) == data
    assert not any(acted_on(character) for character in text if character != "\n"), repr(text)


def test_a_document_sent_to_a_pipe_is_written_exactly() -> None:
    """A CSV or XML document that is not going to a terminal is data and is not changed."""

    class Pipe(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.buffer = io.BytesIO()

    pipe = Pipe()
    write_document("a,b\r\n\x1bc\r\n", pipe)
    assert pipe.buffer.getvalue() == b"a,b\r\n\x1bc\r\n"
