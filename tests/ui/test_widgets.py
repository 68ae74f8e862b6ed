"""Widgets report text that does not fit, take Cyrillic input, and keep their state honest."""

from __future__ import annotations

import pygame
import pytest

from game.ui.context import AppContext, Settings
from game.ui.screen import Handled
from game.ui.theme import CALM, HIGH_CONTRAST, Theme
from game.ui.widgets import Button, Choice, Label, ScrollList, Slider, TextInput, Toast, Toggle


@pytest.fixture
def context() -> AppContext:
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    return AppContext(window_size=(1280, 720), settings=Settings(language="en"))


def key(name: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=name, mod=0, unicode="", scancode=0)


def test_a_label_reports_overflow_when_its_text_is_taller_than_its_box(context):
    """A label reports overflow when its text is taller than its box."""
    label = Label(
        context, "Кыргызстандагы парламенттик шайлоодон кийинки нааразылык акциялары " * 3
    )
    label.rect = pygame.Rect(0, 0, 300, label.preferred_height(300))
    assert not label.overflowing
    label.rect.height //= 2
    assert label.overflowing


def test_a_label_reports_a_word_too_long_for_its_width(context):
    """A label reports a word too long for its width."""
    label = Label(context, "Достопримечательностями")
    label.rect = pygame.Rect(0, 0, 60, 400)
    assert label.overflowing


def test_a_web_address_may_break_anywhere_when_allowed(context):
    """A web address may break anywhere when allowed."""
    label = Label(
        context, "https://www.themoscowtimes.com/2020/10/06/kyrgyz-protesters", break_words=True
    )
    label.rect = pygame.Rect(0, 0, 200, label.preferred_height(200))
    assert not label.overflowing


def test_a_button_shrinks_its_text_a_little_before_it_reports_overflow(context):
    """A button shrinks its text a little before it reports overflow."""
    button = Button(context, "Practise mistakes")
    button.rect = pygame.Rect(
        0, 0, button.preferred_width() - 8, button.preferred_height(button.preferred_width())
    )
    assert not button.overflowing
    assert button.fitted_font_size() < context.theme.font_size("button")
    button.rect.width = 40
    assert button.overflowing


def test_a_text_input_takes_kyrgyz_letters_and_backspace(context):
    """A text input takes Kyrgyz letters and backspace."""
    field = TextInput(context, "Your name", max_length=6)
    field.focused = True
    for text in ("Ң", "өмүр", "бек"):
        field.handle_event(pygame.event.Event(pygame.TEXTINPUT, text=text))
    assert field.value == "Ңөмүрб"
    field.handle_event(key(pygame.K_BACKSPACE))
    assert field.value == "Ңөмүр"


def test_a_text_input_lets_tab_and_escape_through_but_keeps_space(context):
    """A text input lets Tab and Esc through but keeps space."""
    field = TextInput(context, "Your name")
    field.focused = True
    assert field.handle_event(key(pygame.K_TAB)) is None
    assert field.handle_event(key(pygame.K_ESCAPE)) is None
    assert isinstance(field.handle_event(key(pygame.K_SPACE)), Handled)


def test_a_slider_moves_by_steps_and_stops_at_its_ends(context):
    """A slider moves by steps and stops at its ends."""
    values = []
    slider = Slider(context, "Volume", 0.9, values.append, minimum=0.0, maximum=1.0, step=0.1)
    slider.rect = pygame.Rect(0, 0, 600, 60)
    slider.focused = True
    slider.handle_event(key(pygame.K_RIGHT))
    slider.handle_event(key(pygame.K_RIGHT))
    assert slider.value == 1.0
    assert values == [1.0]
    slider.handle_event(key(pygame.K_HOME))
    assert values[-1] == 0.0


def test_a_toggle_flips_and_says_its_state_in_words(context):
    """A toggle flips and says its state in words."""
    changes = []
    toggle = Toggle(context, "Sound", True, changes.append, on_text="On", off_text="Off")
    toggle.rect = pygame.Rect(0, 0, 600, 60)
    toggle.activate()
    assert toggle.value is False and changes == [False]


def test_a_choice_changes_with_left_and_right(context):
    """A choice changes with left and right."""
    choice = Choice(
        context, "Language", [("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English")], "ru"
    )
    choice.rect = pygame.Rect(0, 0, 700, choice.preferred_height(700))
    choice.focused = True
    choice.handle_event(key(pygame.K_RIGHT))
    assert choice.value == "en"
    choice.handle_event(key(pygame.K_LEFT))
    choice.handle_event(key(pygame.K_LEFT))
    assert choice.value == "ky"
    assert not choice.overflowing


def test_a_scroll_list_scrolls_a_focused_row_into_view(context):
    """A scroll list scrolls a focused row into view."""
    rows = [Button(context, f"Row {index}") for index in range(30)]
    scroll = ScrollList(context, rows, rect=pygame.Rect(0, 0, 400, 300))
    assert scroll.max_offset > 0
    scroll.scroll_into_view(rows[-1])
    assert rows[-1].rect.bottom <= scroll.rect.bottom
    assert rows[-1].visible
    assert not rows[0].visible


def test_a_toast_disappears_after_its_time(context):
    """A toast disappears after its time."""
    toast = Toast(context, duration=1.0)
    toast.show("Saved")
    assert toast.animating
    toast.update(0.6)
    assert toast.visible
    toast.update(0.6)
    assert not toast.visible and not toast.animating


def test_rendered_text_is_cached(context):
    """Rendered text is cached."""
    text = context.text
    first = text.render("Окуя", 22, (0, 0, 0))
    again = text.render("Окуя", 22, (0, 0, 0))
    assert first is again
    assert text.render("Окуя", 22, (0, 0, 1)) is not first


def test_the_focus_ring_colour_stands_out_in_both_palettes():
    """The focus ring colour stands out in both palettes."""

    def distance(a, b):
        return sum(abs(x - y) for x, y in zip(a, b, strict=True))

    for palette in (CALM, HIGH_CONTRAST):
        assert distance(palette.focus, palette.background) > 200
        assert distance(palette.focus, palette.surface) > 200


def test_font_sizes_grow_with_the_window_and_the_text_scale():
    """Font sizes grow with the window and the text scale."""
    small = Theme.create((960, 540), 1.0)
    large = Theme.create((1920, 1080), 1.0)
    bigger_text = Theme.create((960, 540), 1.5)
    assert small.font_size("body") < large.font_size("body")
    assert bigger_text.font_size("body") > small.font_size("body")
    assert Theme.create((960, 540), 9.0).text_scale == 1.5
