"""Every non-round screen fits at 960×540 and 1920×1080, at 100 % and 150 % text, in every language.

A widget reports ``overflowing`` when its text does not fit its box; no two interactive or
text widgets may overlap; nothing may leave the window.
"""

from __future__ import annotations

import itertools

import pygame
import pytest

from game.ui.widgets import Card, Icon, ScrollList, Toast

SIZES = [(960, 540), (1920, 1080)]
TEXT_SCALES = [1.0, 1.5]
LANGUAGES = ["en", "ru", "ky", "pseudo"]
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}


def visible_box(widget) -> pygame.Rect:
    return widget.rect.clip(widget.clip) if widget.clip is not None else widget.rect


def overlapping_pairs(driver) -> list[tuple[str, str]]:
    """Return pairs of text or interactive widgets whose boxes overlap."""
    foreground = [
        widget
        for widget in driver.widgets()
        if not isinstance(widget, Card | ScrollList | Toast | Icon) or widget.focusable
        if widget.label or widget.focusable
        if visible_box(widget).width > 0 and visible_box(widget).height > 0
    ]
    pairs = []
    for first, second in itertools.combinations(foreground, 2):
        if isinstance(first, Card) or isinstance(second, Card):
            continue  # labels sit on clickable cards by design
        if visible_box(first).colliderect(visible_box(second)):
            pairs.append((repr(first), repr(second)))
    return pairs


def check_screen(driver, problems: list[str]) -> None:
    driver.advance(0.05)
    name = driver.screen_name
    for widget in driver.overflowing_widgets():
        problems.append(f"{name}: overflowing {widget!r}")
    for first, second in overlapping_pairs(driver):
        problems.append(f"{name}: {first} overlaps {second}")


def visit_every_screen(driver, language: str) -> list[str]:
    """Walk through every non-round screen, checking each; return the problems found."""
    from game.ui.screens.notice import recovered_store_notice
    from game.ui.screens.pause import PauseScreen

    problems: list[str] = []
    assert driver.screen_name == "language"
    check_screen(driver, problems)
    if language in LANGUAGE_NAMES:
        driver.click(LANGUAGE_NAMES[language])
    else:
        driver.current_screen.choose(language)
        from game.ui.screens.profiles import ProfilesScreen

        driver.app.stack.apply(
            __import__("game.ui.screen", fromlist=["Replace"]).Replace(
                ProfilesScreen(driver.context)
            )
        )
    assert driver.screen_name == "profiles"
    check_screen(driver, problems)
    driver.type_text("Айгүл Өмүрбекова-Ңурланова")
    check_screen(driver, problems)
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    check_screen(driver, problems)
    menu = driver.current_screen
    for action in (menu.play, menu.open_settings, menu.open_about):
        driver.app.stack.apply(action())
        driver.advance(0.05)
        check_screen(driver, problems)
        if driver.screen_name == "settings":
            driver.current_screen.list.scroll_by(10_000)
            check_screen(driver, problems)
        driver.press(pygame.K_ESCAPE)
        assert driver.screen_name == "menu"
    driver.show(PauseScreen(driver.context))
    check_screen(driver, problems)
    driver.press(pygame.K_ESCAPE)
    driver.show(recovered_store_notice(driver.context, "/tmp/progress.corrupt-2026.db"))
    check_screen(driver, problems)
    driver.press(pygame.K_ESCAPE)
    driver.app.stack.apply(menu.change_player())
    assert driver.screen_name == "profiles"
    check_screen(driver, problems)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text_scale", TEXT_SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_screen_fits_without_overflow_or_overlap(
    make_driver, user_packs, size, text_scale, language
):
    """Every screen fits without overflow or overlap."""
    driver = make_driver(language=None, size=size, text_scale=text_scale)
    problems = visit_every_screen(driver, language)
    assert problems == []


def test_screens_follow_a_window_resize(start_as_player, user_packs):
    """Screens follow a window resize."""
    driver = start_as_player()
    driver.click("Play")
    driver.advance(0.05)
    for size in [(960, 540), (1600, 900), (1024, 768), (1920, 1080)]:
        driver.resize(size)
        assert driver.current_screen.rect.size == size
        assert driver.overflowing_widgets() == []


def test_the_window_never_gets_smaller_than_the_minimum(start_as_player):
    """The window never gets smaller than the minimum."""
    driver = start_as_player()
    driver.resize((640, 400))
    assert driver.context.window_size == (960, 540)
