"""A damaged progress file gives a message, not a crash; the game goes on."""

from __future__ import annotations

import pygame


def test_a_corrupt_store_is_set_aside_and_the_player_is_told(make_driver, data_dir):
    """A corrupt store is set aside and the player is told."""
    (data_dir / "progress.db").write_bytes(b"this is not a database" * 100)
    driver = make_driver(language="en")
    assert driver.screen_name == "notice"
    assert driver.has("Your saved progress could not be read", exact=True)
    assert any(path.name.startswith("progress.corrupt") for path in data_dir.iterdir())
    driver.click("Continue")
    assert driver.screen_name == "profiles"


def test_the_notice_closes_with_escape_and_the_game_still_saves(make_driver, data_dir):
    """The notice closes with Esc and the game still saves."""
    (data_dir / "progress.db").write_bytes(b"")
    driver = make_driver(language="en")
    if driver.screen_name == "notice":
        driver.press(pygame.K_ESCAPE)
    driver.type_text("Айгүл")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    assert driver.context.profile.id is not None


def test_a_store_that_cannot_be_opened_still_lets_the_game_start(make_driver, data_dir):
    """A store that cannot be opened still lets the game start."""
    blocked = data_dir / "blocked"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    driver = make_driver(language="en", data_dir=blocked)
    assert driver.screen_name == "notice"
    assert driver.has("Progress cannot be saved", exact=True)
    driver.press(pygame.K_RETURN)
    driver.type_text("Бакыт")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
