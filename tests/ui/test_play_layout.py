"""Every play screen fits at 960×540 and 1920×1080, at 100 % and 150 % text, in every language.

The pack is played through (wrong answers, whose feedback is the longest, then a review of
the mistakes); on every screen, before and after answering, no widget may report
``overflowing``, leave the window, or overlap another text or interactive widget.
"""

from __future__ import annotations

import itertools

import pygame
import pytest
from play_helpers import open_builtin_pack, play_step, play_to_results

from game.ui.widgets import Card, Icon, ScrollList, Toast

CONFIGURATIONS = [
    ("en", (960, 540), 1.5),
    ("en", (1920, 1080), 1.0),
    ("en", (1920, 1080), 1.5),
    ("ky", (960, 540), 1.5),
    ("ky", (1920, 1080), 1.5),
    ("ru", (960, 540), 1.5),
    ("ru", (1920, 1080), 1.5),
    ("pseudo", (960, 540), 1.5),
    ("pseudo", (1280, 720), 1.0),
]


def visible_box(widget) -> pygame.Rect:
    return widget.rect.clip(widget.clip) if widget.clip is not None else widget.rect


def overlapping_pairs(driver) -> list[tuple[str, str]]:
    """Return pairs of text or interactive widgets whose visible boxes overlap."""
    foreground = [
        widget
        for widget in driver.widgets()
        if not isinstance(widget, Card | ScrollList | Toast | Icon)
        if widget.label or widget.focusable
        if visible_box(widget).width > 0 and visible_box(widget).height > 0
    ]
    return [
        (repr(first), repr(second))
        for first, second in itertools.combinations(foreground, 2)
        if visible_box(first).colliderect(visible_box(second))
    ]


def checker(problems: list[str]):
    def check(driver, moment: str) -> None:
        screen = driver.current_screen
        if getattr(screen, "timed", False) or screen.name == "scene":
            driver.advance(1 / 60)  # a round timer or a scene's picture moves for ever
        else:
            driver.settle(limit=1.0)
        name = f"{driver.screen_name} ({moment})"
        for widget in driver.overflowing_widgets():
            problems.append(f"{name}: overflowing {widget!r}")
        for first, second in overlapping_pairs(driver):
            problems.append(f"{name}: {first} overlaps {second}")

    return check


@pytest.mark.parametrize(
    ("language", "size", "text_scale"),
    CONFIGURATIONS,
    ids=[f"{lang}-{w}x{h}-{int(s * 100)}" for lang, (w, h), s in CONFIGURATIONS],
)
def test_every_play_screen_fits_without_overflow_or_overlap(
    start_as_player, language, size, text_scale
):
    """Every play screen fits without overflow or overlap."""
    driver = start_as_player(language=language, size=size, text_scale=text_scale)
    open_builtin_pack(driver)
    problems: list[str] = []
    check = checker(problems)
    seen = play_to_results(driver, right=False, after_screen=check, direct=True)
    check(driver, "shown")
    driver.current_screen.list.scroll_by(100_000)
    check(driver, "scrolled")
    driver.click(driver.current_screen.practise)
    for _ in range(60):
        check(driver, "shown")
        if driver.screen_name == "review_done":
            break
        seen.append(play_step(driver, right=True, after_screen=check, direct=True))
    assert driver.screen_name == "review_done"
    assert {"scene", "timeline", "who_said", "quiz", "feedback"} <= set(seen)
    assert problems == [], "\n".join(problems)


def test_play_screens_follow_a_window_resize_and_a_language_switch(start_as_player):
    """Play screens follow a window resize and a language switch."""
    driver = start_as_player()
    open_builtin_pack(driver)
    for name in ("quiz", "scene", "timeline", "who_said"):
        while driver.screen_name != name:
            play_step(driver)
        for size in [(960, 540), (1600, 900), (1280, 720)]:
            driver.resize(size)
            assert driver.overflowing_widgets() == [], (name, size)
        driver.context.set_language("ru")
        assert driver.overflowing_widgets() == [], name
        driver.context.set_language("en")
