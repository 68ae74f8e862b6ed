"""A seeded storm of random input on the play screens (scene, rounds, feedback, results, review)."""

from __future__ import annotations

import random

import pygame
import pytest
from play_helpers import open_builtin_pack, play_step

PLAY_SCREENS = {
    "scene",
    "timeline",
    "who_said",
    "quiz",
    "feedback",
    "results",
    "review_done",
    "pause",
}
KEYS = [
    pygame.K_TAB,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_RETURN,
    pygame.K_SPACE,
    pygame.K_SPACE,
    pygame.K_ESCAPE,
    pygame.K_DELETE,
    pygame.K_BACKSPACE,
    pygame.K_PAGEUP,
    pygame.K_PAGEDOWN,
    pygame.K_1,
    pygame.K_3,
    pygame.K_5,
    pygame.K_KP2,
]
EVENTS_PER_SEED = 4000


def random_event(rng: random.Random, size: tuple[int, int], held: bool) -> pygame.event.Event:
    """Return one random mouse, wheel, key or text event."""
    kind = rng.random()
    position = (rng.randrange(-20, size[0] + 20), rng.randrange(-20, size[1] + 20))
    if kind < 0.35:
        return pygame.event.Event(
            pygame.MOUSEMOTION,
            pos=position,
            rel=(rng.randint(-60, 60), rng.randint(-60, 60)),
            buttons=(int(held), 0, 0),
        )
    if kind < 0.5:
        return pygame.event.Event(
            pygame.MOUSEBUTTONDOWN, pos=position, button=rng.choice((1, 1, 1, 3))
        )
    if kind < 0.62:
        return pygame.event.Event(
            pygame.MOUSEBUTTONUP, pos=position, button=rng.choice((1, 1, 1, 3))
        )
    if kind < 0.67:
        return pygame.event.Event(
            pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)), flipped=False
        )
    if kind < 0.97:
        return pygame.event.Event(
            rng.choice((pygame.KEYDOWN, pygame.KEYDOWN, pygame.KEYUP)),
            key=rng.choice(KEYS),
            mod=rng.choice((0, 0, pygame.KMOD_SHIFT)),
            unicode="",
            scancode=0,
        )
    return pygame.event.Event(pygame.TEXTINPUT, text=rng.choice("1ңө "))


def back_to_play(driver, rng: random.Random) -> None:
    """Leave whatever non-play screen the storm reached and start the pack again."""
    from game.ui.screen import PopTo

    driver.app.stack.quit_requested = False
    driver.app.stack.apply(PopTo("menu"))
    if driver.screen_name != "menu":
        driver.app.stack.apply(driver.current_screen.on_back())
    open_builtin_pack(driver)
    # Jump ahead a random number of steps so every kind of screen gets its share.
    for _ in range(rng.randrange(0, 45)):
        if driver.screen_name not in {"scene", "timeline", "who_said", "quiz", "feedback"}:
            break
        play_step(driver, right=rng.random() < 0.5, direct=True)


def storm(driver, rng: random.Random, events: int) -> dict[str, int]:
    """Send ``events`` random events (and some resizes, settings and time); count screens seen."""
    seen: dict[str, int] = {}
    held = False
    for index in range(events):
        restart = index > 0 and index % 700 == 0
        if restart or driver.screen_name not in PLAY_SCREENS or driver.app.stack.quit_requested:
            back_to_play(driver, rng)
        seen[driver.screen_name] = seen.get(driver.screen_name, 0) + 1
        roll = rng.random()
        if roll < 0.002:
            driver.resize((rng.randint(960, 1920), rng.randint(540, 1080)))
        elif roll < 0.004:
            driver.context.set_language(rng.choice(("en", "ru", "ky", "pseudo")))
        elif roll < 0.006:
            driver.context.update_settings(
                text_scale=rng.choice((1.0, 1.25, 1.5)),
                high_contrast=rng.random() < 0.5,
                reduced_motion=rng.random() < 0.5,
            )
        elif roll < 0.03:
            driver.advance(rng.choice((0.016, 0.1, 0.5, 3.0)), step=0.1)
        else:
            event = random_event(rng, driver.context.window_size, held)
            if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
                held = True
            elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
                held = False
            driver.post(event)
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_a_random_event_storm_on_the_play_screens_raises_nothing(start_as_player, seed):
    """A random event storm on the play screens raises nothing."""
    rng = random.Random(seed)
    driver = start_as_player(size=(960, 540), seed=seed)
    open_builtin_pack(driver)
    seen = storm(driver, rng, EVENTS_PER_SEED)
    assert sum(seen.values()) == EVENTS_PER_SEED
    assert {"scene", "timeline", "who_said", "quiz", "feedback"} <= set(seen), seen
