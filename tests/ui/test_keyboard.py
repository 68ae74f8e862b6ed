"""Every non-round screen works with the keyboard alone, and the focus is always visible."""

from __future__ import annotations

import pygame

from game.i18n import Translator


def focused_label(driver) -> str:
    widget = driver.current_screen.focused_widget
    return "" if widget is None else widget.label


def press_until_focused(driver, label: str, key: int = pygame.K_TAB, limit: int = 30) -> None:
    for _ in range(limit):
        if focused_label(driver) == label:
            return
        driver.press(key)
    raise AssertionError(
        f"could not reach {label!r} with the keyboard; focus is on {focused_label(driver)!r}"
    )


def test_keyboard_alone_goes_from_first_start_to_the_settings_and_back(make_driver):
    """Keyboard alone goes from first start to the settings and back."""
    driver = make_driver(language=None)
    press_until_focused(driver, "Русский", pygame.K_RIGHT)
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "profiles"
    assert focused_label(driver) == Translator("ru").gettext("Your name")
    driver.type_text("Нурбек")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    russian = Translator("ru")
    press_until_focused(driver, russian.gettext("Settings"), pygame.K_DOWN)
    driver.press(pygame.K_SPACE)
    assert driver.screen_name == "settings"
    press_until_focused(driver, russian.gettext("Language"))
    driver.press(pygame.K_RIGHT)
    assert driver.context.settings.language == "en"
    press_until_focused(driver, "High contrast")
    driver.press(pygame.K_SPACE)
    assert driver.context.settings.high_contrast is True
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "menu"


def test_shift_tab_moves_the_focus_backwards_and_wraps(start_as_player):
    """Shift+Tab moves the focus backwards and wraps."""
    driver = start_as_player()
    first = focused_label(driver)
    driver.press(pygame.K_TAB, pygame.KMOD_SHIFT)
    assert focused_label(driver) == "Quit"
    driver.press(pygame.K_TAB)
    assert focused_label(driver) == first


def test_some_widget_always_has_the_focus_on_every_screen(start_as_player):
    """Some widget always has the focus on every screen."""
    driver = start_as_player()
    for button in ("Settings", "About", "Play"):
        driver.click(button)
        driver.advance(0.1)
        assert driver.current_screen.focused_widget is not None, driver.screen_name
        driver.press(pygame.K_ESCAPE)
        assert driver.screen_name == "menu"


def test_about_text_scrolls_with_the_arrow_keys(start_as_player, user_packs):
    """About text scrolls with the arrow keys."""
    driver = start_as_player(size=(960, 540), text_scale=1.5)
    driver.click("About")
    scroll = driver.current_screen.list
    assert scroll.max_offset > 0
    driver.press(pygame.K_PAGEDOWN)
    assert scroll.offset > 0


def test_escape_in_the_pause_menu_resumes_and_quit_to_menu_leaves(start_as_player):
    """Esc in the pause menu resumes; "Quit to menu" leaves the round."""
    from game.ui.screens.pause import PauseScreen
    from game.ui.screens.settings import SettingsScreen

    driver = start_as_player()
    driver.show(SettingsScreen(driver.context))
    driver.show(PauseScreen(driver.context))
    assert focused_label(driver) == "Resume"
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "settings"
    driver.show(PauseScreen(driver.context))
    press_until_focused(driver, "Quit to menu")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"


def test_the_menu_quit_button_asks_the_game_to_end(start_as_player):
    """The menu's Quit asks first; "Quit the game" then ends it."""
    driver = start_as_player()
    driver.click("Quit")
    assert not driver.app.stack.quit_requested
    driver.click("Quit the game")
    assert driver.app.stack.quit_requested


def test_only_the_top_screen_shows_a_focus_ring_under_the_pause_menu(start_as_player, monkeypatch):
    """Only the top screen shows a focus ring under the pause menu."""
    from game.ui.screens.pause import PauseScreen
    from game.ui.widgets import focus

    driver = start_as_player()
    driver.show(PauseScreen(driver.context))
    rings = []
    monkeypatch.setattr(
        focus, "draw_focus_ring", lambda surface, rect, theme: rings.append(tuple(rect))
    )
    monkeypatch.setattr("game.ui.widgets.base.draw_focus_ring", focus.draw_focus_ring)
    driver.render(force=True)
    assert rings == [tuple(driver.current_screen.resume.rect)]
