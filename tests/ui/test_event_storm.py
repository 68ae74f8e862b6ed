"""A seeded storm of random input on the non-round screens never raises."""

from __future__ import annotations

import random

import pygame
import pytest

MY_SCREENS = {"language", "profiles", "menu", "packs", "settings", "about", "pause", "notice"}
KEYS = [
    pygame.K_TAB,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_RETURN,
    pygame.K_SPACE,
    pygame.K_ESCAPE,
    pygame.K_BACKSPACE,
    pygame.K_HOME,
    pygame.K_END,
    pygame.K_PAGEUP,
    pygame.K_PAGEDOWN,
    pygame.K_a,
    pygame.K_1,
    pygame.K_F11,
]
MODIFIERS = [0, 0, 0, pygame.KMOD_SHIFT, pygame.KMOD_CTRL]
LETTERS = "abcz АбвЖжЪъ ҢңӨөҮү 0123 !?«»—"


def random_event(rng: random.Random, size: tuple[int, int]) -> pygame.event.Event:
    kind = rng.random()
    position = (rng.randrange(-20, size[0] + 20), rng.randrange(-20, size[1] + 20))
    if kind < 0.3:
        return pygame.event.Event(
            pygame.MOUSEMOTION,
            pos=position,
            rel=(rng.randint(-40, 40), rng.randint(-40, 40)),
            buttons=(rng.randint(0, 1), 0, 0),
        )
    if kind < 0.45:
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=position, button=rng.randint(1, 5))
    if kind < 0.6:
        return pygame.event.Event(pygame.MOUSEBUTTONUP, pos=position, button=rng.randint(1, 5))
    if kind < 0.65:
        return pygame.event.Event(
            pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)), flipped=False
        )
    if kind < 0.85:
        key = rng.choice(KEYS)
        return pygame.event.Event(
            rng.choice((pygame.KEYDOWN, pygame.KEYDOWN, pygame.KEYUP)),
            key=key,
            mod=rng.choice(MODIFIERS),
            unicode="",
            scancode=0,
        )
    if kind < 0.97:
        text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 4)))
        return pygame.event.Event(pygame.TEXTINPUT, text=text)
    return pygame.event.Event(pygame.TEXTEDITING, text=rng.choice(LETTERS), start=0, length=1)


def storm(driver, rng: random.Random, events: int) -> set[str]:
    seen: set[str] = set()
    for index in range(events):
        if driver.app.stack.quit_requested:
            driver.app.stack.quit_requested = False
        if driver.screen_name not in MY_SCREENS:
            # The round screens have their own storm; come back to the menu.
            from game.ui.screen import PopTo

            driver.app.stack.apply(PopTo("menu"))
        seen.add(driver.screen_name)
        roll = rng.random()
        if roll < 0.003:
            driver.resize((rng.randint(900, 2000), rng.randint(500, 1200)))
        elif roll < 0.006:
            driver.context.set_language(rng.choice(("en", "ru", "ky", "pseudo")))
        elif roll < 0.008:
            driver.context.update_settings(
                text_scale=rng.choice((1.0, 1.2, 1.5)), high_contrast=rng.random() < 0.5
            )
        elif roll < 0.03:
            driver.advance(rng.choice((0.016, 0.1, 0.5)))
        else:
            driver.post(random_event(rng, driver.context.window_size))
        if index % 500 == 0 and driver.screen_name == "menu":
            menu = driver.current_screen
            driver.click(rng.choice((menu.play_button, menu.settings_button, menu.about_button)))
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_event_storm_on_every_non_round_screen_raises_nothing(
    make_driver, user_packs, seed
):
    """A random event storm on every screen but the rounds raises nothing."""
    rng = random.Random(seed)
    driver = make_driver(language=None, seed=seed)
    seen = storm(driver, rng, 3000)
    assert {"language", "profiles", "menu", "settings"} <= seen, seen
