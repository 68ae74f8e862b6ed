"""The screens' translator remembers pack texts and numbers, and still shows a reloaded pack."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from game.i18n import Translator
from game.model.pack import Text
from game.ui.translation import RememberingTranslator

BUILTIN_PACK = Path(__file__).resolve().parents[2] / "content" / "bishkek-2020"


def load_builtin():
    from game.model.loader import load_pack

    return load_pack(BUILTIN_PACK).pack


def test_remembered_pack_texts_and_numbers_match_the_plain_translator():
    """Remembered pack texts and numbers match the plain translator."""
    pack = load_builtin()
    plain, remembering = Translator("ru"), RememberingTranslator("ru")
    texts = [event.text for event in pack.events] + [pack.title]
    for _ in range(2):
        assert [remembering.text(text, pack) for text in texts] == [
            plain.text(text, pack) for text in texts
        ]
    assert [remembering.format_number(n) for n in (1, 1234, 2.5)] == [
        plain.format_number(n) for n in (1, 1234, 2.5)
    ]
    assert remembering.format_percent(0.5) == plain.format_percent(0.5)


def test_a_reloaded_pack_is_translated_afresh():
    """A reloaded pack is translated afresh."""
    pack = load_builtin()
    translator = RememberingTranslator("ru")
    text = pack.events[0].text
    assert translator.text(text, pack) != text.source
    # A pack read again is a new object; here its texts are now written in Russian.
    reloaded = dataclasses.replace(pack, language="ru")

    assert translator.text(text, reloaded) == text.source


def test_a_missing_text_is_empty_and_a_made_up_title_is_an_interface_string():
    """A missing text is empty and a made-up title is an interface string."""
    assert RememberingTranslator("ky").text(None) == ""
    title = Text("Timeline", "play.0.title")
    assert RememberingTranslator("ky").text(title, None) == Translator("ky").text(title, None)
    assert RememberingTranslator("ky").text(title, None) != "Timeline"
