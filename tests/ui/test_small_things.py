"""The smaller things: Quit asks first, arrows stop at the ends, the name form says what it wants."""

from __future__ import annotations

import pygame
import pytest
from play_helpers import focused

from game.ui.screens.profiles import MAX_NAME_LENGTH


def test_quit_in_the_menu_asks_and_keep_playing_stays(start_as_player):
    """Clicking Quit asks; Keep playing (and Esc) close the question and the game goes on."""
    driver = start_as_player()
    driver.click("Quit")
    assert "Quit Okuya?" in driver.labels()
    assert not driver.app.stack.quit_requested
    driver.click("Keep playing")
    assert driver.screen_name == "menu"
    driver.click("Quit")
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "menu"
    assert not driver.app.stack.quit_requested


def test_enter_on_the_quit_question_keeps_playing(start_as_player):
    """The safe answer has the focus: Enter on the quit question keeps the game open."""
    driver = start_as_player()
    driver.click("Quit")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    assert not driver.app.stack.quit_requested


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_the_quit_question_fits_in_every_language(start_as_player, language):
    """The quit question's texts and buttons fit in en, ru and ky."""
    driver = start_as_player(language=language)
    driver.click(driver.context.translator.gettext("Quit"))
    assert driver.overflowing_widgets() == []


def test_arrows_stop_at_the_ends_of_the_menu_and_never_reach_quit_by_wrapping(start_as_player):
    """Up on the first menu button stays there; Down at the last stays on the last."""
    driver = start_as_player()
    driver.press(pygame.K_TAB)
    for _ in range(3):
        driver.press(pygame.K_UP)
    assert focused(driver).label == "Play"
    for _ in range(12):
        driver.press(pygame.K_DOWN)
    assert focused(driver).label == "Quit"
    driver.press(pygame.K_DOWN)
    assert focused(driver).label == "Quit"


def test_type_a_name_first_goes_away_once_a_letter_is_typed(make_driver):
    """The "Type a name first." error disappears as soon as the player types."""
    driver = make_driver(language="en")
    driver.click("Start playing")
    assert "Type a name first." in driver.labels()
    driver.type_text("А")
    assert "Type a name first." not in driver.labels()
    assert "Letters of any alphabet are fine." in driver.labels()


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_a_name_at_the_length_limit_says_so(make_driver, language):
    """Typing past the limit keeps 30 letters and says that a name can be at most 30 long."""
    driver = make_driver(language=language)
    driver.type_text("Ж" * (MAX_NAME_LENGTH + 5))
    translator = driver.context.translator
    limit = translator.ngettext(
        "A name can be at most {count} letter long.",
        "A name can be at most {count} letters long.",
        MAX_NAME_LENGTH,
    ).format(count=translator.format_number(MAX_NAME_LENGTH))
    assert limit in driver.labels()
    assert str(MAX_NAME_LENGTH) in limit
    assert driver.find(translator.gettext("Your name")).value == "Ж" * MAX_NAME_LENGTH
    assert driver.overflowing_widgets() == []


def test_the_first_name_screen_leads_back_to_the_language_choice(make_driver):
    """Before any player exists, the name screen has a way back to the language choice."""
    driver = make_driver(language=None)
    assert driver.screen_name == "language"
    driver.click("Русский")
    assert driver.screen_name == "profiles"
    driver.click("Выбрать другой язык")
    assert driver.screen_name == "language"
    driver.click("English")
    assert driver.screen_name == "profiles"
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "language"
