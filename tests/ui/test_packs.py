"""The pack list shows a broken pack with its errors, readably, while the other packs still play."""

from __future__ import annotations

import pygame

from game.ui.screen import PopTo
from game.ui.screens.packs import PackCard


def open_pack_list(driver):
    driver.click("Play")
    driver.advance(0.05)
    assert driver.screen_name == "packs"
    return [widget for widget in driver.widgets() if isinstance(widget, PackCard)]


def test_a_broken_pack_is_listed_with_its_error_and_the_fix(start_as_player, user_packs):
    """A broken pack is listed with its error and the fix."""
    driver = start_as_player()
    cards = open_pack_list(driver)
    broken = next(card for card in cards if card.entry.pack is None)
    text = " ".join(line for line, *_ in broken.lines)
    assert "cannot be played" in text
    assert "pack.yaml:" in text
    assert "missing-event" in text


def test_the_other_packs_still_load_beside_a_broken_one(start_as_player, user_packs):
    """The other packs still load beside a broken one."""
    driver = start_as_player()
    cards = open_pack_list(driver)
    titles = [card.label for card in cards if card.entry.pack is not None]
    assert "The first Moon landing, July 1969" in titles


def test_choosing_a_good_pack_starts_it_and_a_broken_one_explains_itself(
    start_as_player, user_packs
):
    """Choosing a good pack starts it and a broken one explains itself."""
    driver = start_as_player()
    cards = open_pack_list(driver)
    broken = next(card for card in cards if card.entry.pack is None)
    driver.click(broken)
    assert driver.screen_name == "packs"
    assert driver.current_screen.toast.visible
    driver.click("The first Moon landing, July 1969")
    assert driver.context.pack.id == "moon-landing-1969"
    assert driver.screen_name != "packs"


def test_packs_can_be_chosen_with_the_keyboard(start_as_player, user_packs):
    """Packs can be chosen with the keyboard."""
    driver = start_as_player()
    open_pack_list(driver)
    focused = driver.current_screen.focused_widget
    assert isinstance(focused, PackCard)
    driver.press(pygame.K_DOWN)
    assert driver.current_screen.focused_widget is not focused


def choose_first_player(make_driver, **options):
    driver = make_driver(language="en", **options)
    assert driver.screen_name == "profiles"
    driver.type_text("Айгүл")
    driver.press(pygame.K_RETURN)
    return driver


def test_a_pack_given_on_the_command_line_starts_as_soon_as_a_player_is_chosen(
    make_driver, user_packs
):
    """A pack given on the command line starts as soon as a player is chosen."""
    driver = choose_first_player(make_driver, pack_path=user_packs / "moon-landing")
    assert driver.screen_name not in ("menu", "packs")
    assert driver.context.pack.id == "moon-landing-1969"
    assert [screen.name for screen in driver.app.stack.screens[:2]] == ["menu", "packs"]


def test_a_broken_pack_given_on_the_command_line_opens_on_its_problems(make_driver, user_packs):
    """A broken pack given on the command line opens on its problems."""
    driver = choose_first_player(make_driver, pack_path=user_packs / "broken-pack")
    assert driver.screen_name == "packs"
    cards = [widget for widget in driver.widgets() if isinstance(widget, PackCard)]
    assert len(cards) == 1
    assert cards[0].entry.pack is None


def test_a_pack_given_on_the_command_line_is_the_only_one_listed(make_driver, user_packs):
    """A pack given on the command line is the only one listed."""
    driver = choose_first_player(make_driver, pack_path=user_packs / "moon-landing")
    driver.app.stack.apply(PopTo("menu"))
    cards = open_pack_list(driver)
    assert [card.entry.pack.id for card in cards] == ["moon-landing-1969"]


def test_without_a_pack_on_the_command_line_the_game_opens_on_the_menu_with_the_built_in_pack(
    start_as_player, user_packs
):
    """Without --pack the game opens on the menu and lists the built-in pack."""
    driver = start_as_player()
    cards = open_pack_list(driver)
    assert cards[0].entry.builtin
    assert cards[0].entry.pack.id == "bishkek-2020"
    assert driver.current_screen.focused_widget is cards[0]


def test_checker_messages_follow_a_language_switch(start_as_player, user_packs):
    """Checker messages follow a language switch."""
    driver = start_as_player()
    open_pack_list(driver)
    driver.context.set_language("pseudo")
    cards = [widget for widget in driver.widgets() if isinstance(widget, PackCard)]
    assert all(card.entry.language == "pseudo" for card in cards)
