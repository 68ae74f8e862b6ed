"""No-break spaces that translators put between words survive layout, so the words stay together."""

from __future__ import annotations

from game.ui.text import collapse_spaces


def test_collapsing_white_space_keeps_no_break_spaces() -> None:
    """Line breaks and runs of spaces become one space; U+00A0 stays."""
    assert collapse_spaces("  4\u00a0октября\n  2020\tгода ") == "4\u00a0октября 2020 года"


def test_a_glued_phrase_counts_as_one_word_when_measuring(start_as_player) -> None:
    """The widest 'word' of a glued phrase is the whole phrase, so layouts leave room for it."""
    driver = start_as_player(language="ru")
    text = driver.context.text
    size = driver.context.theme.font_size("body")
    glued = text.longest_word_width("и\u00a0«Мекеним\u00a0Кыргызстан»", size)
    apart = text.longest_word_width("и «Мекеним Кыргызстан»", size)
    assert glued > apart
