"""The pseudo-locale lengthens, accents and brackets every string, placeholders intact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from game.i18n import Translator
from game.i18n.pseudo import CLOSE, OPEN, pseudo_localize
from game.model.pack import Text
from game.model.when import When

SAMPLES = [
    "Play",
    "OK",
    "Settings",
    "Kyrgyzstan holds a parliamentary election.",
    "Protesters took the seat of government and freed a former president.",
]


@pytest.mark.parametrize("source", SAMPLES)
def test_pseudo_text_is_bracketed_and_at_least_a_third_longer(source: str) -> None:
    """Every string grows by at least 30 % and sits between brackets."""
    result = pseudo_localize(source)
    assert result.startswith(OPEN)
    assert result.endswith(CLOSE)
    assert len(result) >= 1.3 * len(source)
    assert len(result[1:-1]) >= 1.3 * len(source)


def test_pseudo_text_has_no_plain_ascii_letters() -> None:
    """Every letter is accented, so untranslated English stands out beside it."""
    body = pseudo_localize("The quick brown fox jumps over the lazy dog")[1:-1]
    assert not any("a" <= character.lower() <= "z" for character in body)


@pytest.mark.parametrize("placeholder", ["{count}", "{score:.0f}", "%(name)s", "%d", "{0}"])
def test_placeholders_survive_unchanged(placeholder: str) -> None:
    """Format placeholders are kept so that formatting still works."""
    result = pseudo_localize(f"You have {placeholder} points left")
    assert placeholder in result


def test_pseudo_formatting_still_fills_placeholders() -> None:
    """A pseudo-localised message can still be formatted with its arguments."""
    translator = Translator("pseudo")
    text = translator.ngettext("{count} star", "{count} stars", 3).format(count=3)
    assert "3" in text
    assert text.startswith(OPEN)


def test_pseudo_applies_to_interface_and_pack_texts(tmp_path: Path) -> None:
    """Interface strings, pack texts and dates all come out bracketed."""
    translator = Translator("pseudo")
    pack = SimpleNamespace(folder=tmp_path, language="en")
    assert translator.gettext("Play").startswith(OPEN)
    assert translator.pgettext("menu", "Play").startswith(OPEN)
    assert translator.text(Text("An event.", "events.x.text"), pack).startswith(OPEN)
    assert translator.format_when(When.parse("2020-10-05")).startswith(OPEN)


def test_empty_string_stays_empty() -> None:
    """An empty string has nothing to lengthen."""
    assert pseudo_localize("") == ""
