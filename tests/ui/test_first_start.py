"""First start, profiles and the menu, driven through the real screens by visible label."""

from __future__ import annotations

import pygame

from game.i18n import Translator


def test_first_start_asks_for_the_language_with_each_name_in_its_own_language(make_driver):
    """First start asks for the language with each name in its own language."""
    driver = make_driver(language=None)
    assert driver.screen_name == "language"
    for name in ("Кыргызча", "Русский", "English"):
        assert driver.has(name, exact=True)


def test_choosing_a_language_then_typing_a_cyrillic_name_reaches_the_menu(make_driver):
    """Choosing a language then typing a Cyrillic name reaches the menu."""
    driver = make_driver(language=None)
    driver.click("Русский")
    assert driver.screen_name == "profiles"
    assert driver.context.settings.language == "ru"
    driver.type_text("Айгүл Өмүрбекова")
    assert driver.current_screen.name_input.value == "Айгүл Өмүрбекова"
    russian = Translator("ru")
    driver.click(russian.gettext("Start playing"))
    assert driver.screen_name == "menu"
    assert driver.context.profile.name == "Айгүл Өмүрбекова"
    greeting = russian.gettext("Hello, {name}!").format(name="Айгүл Өмүрбекова")
    assert driver.has(greeting, exact=True)


def test_backspace_removes_the_last_letter_of_the_name(make_driver):
    """Backspace removes the last letter of the name."""
    driver = make_driver(language="en")
    driver.type_text("Ңөү")
    driver.press(pygame.K_BACKSPACE)
    assert driver.current_screen.name_input.value == "Ңө"


def test_an_empty_name_is_refused_with_a_message(make_driver):
    """An empty name is refused with a message."""
    driver = make_driver(language="en")
    driver.click("Start playing")
    assert driver.screen_name == "profiles"
    assert driver.has("Type a name first.", exact=True)


def test_a_restarted_game_skips_the_language_screen_and_lists_the_players(make_driver, data_dir):
    """A restarted game skips the language screen and lists the players."""
    first = make_driver(language=None)
    first.click("Кыргызча")
    first.type_text("Өмүр")
    first.press(pygame.K_RETURN)
    assert first.screen_name == "menu"
    first.close()

    second = make_driver(language=None)
    assert second.screen_name == "profiles"
    assert second.context.settings.language == "ky"
    second.click("Өмүр")
    assert second.screen_name == "menu"
    assert second.context.profile.name == "Өмүр"


def test_several_players_share_one_computer(make_driver, start_as_player):
    """Several players share one computer."""
    driver = start_as_player("Айгүл")
    driver.click("Change player")
    assert driver.screen_name == "profiles"
    driver.type_text("Бакыт")
    driver.press(pygame.K_RETURN)
    driver.click("Change player")
    assert driver.has("Айгүл", exact=True)
    assert driver.has("Бакыт", exact=True)


def test_typing_an_existing_name_picks_that_player_instead_of_failing(start_as_player):
    """Typing an existing name picks that player instead of failing."""
    driver = start_as_player("Айгүл")
    first_id = driver.context.profile.id
    driver.click("Change player")
    driver.type_text("айгүл")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    assert driver.context.profile.id == first_id


def test_a_player_far_down_a_long_list_can_be_chosen(make_driver):
    """A player far down a long list can be chosen."""
    driver = make_driver(language="en", size=(960, 540), text_scale=1.5)
    for number in range(12):
        driver.type_text(f"Оюнчу {number:02d}")
        driver.press(pygame.K_RETURN)
        driver.click("Change player")
    assert driver.current_screen.player_list.max_offset > 0
    driver.click("Оюнчу 07")
    assert driver.screen_name == "menu"
    assert driver.context.profile.name == "Оюнчу 07"


def test_the_player_who_played_last_is_listed_first(make_driver):
    """The player who played last is listed first."""
    driver = make_driver(language="en")
    for name in ("Бакыт", "Айгүл"):
        driver.type_text(name)
        driver.press(pygame.K_RETURN)
        driver.click("Change player")
    assert driver.current_screen.player_list.rows[0].label == "Айгүл"
