"""The main loop draws only when something changed, sleeps when idle, and ends cleanly."""

from __future__ import annotations

import pygame

from game.app import App


def test_an_idle_screen_needs_no_new_frame(start_as_player):
    driver = start_as_player()
    driver.render(force=True)
    assert not driver.app.needs_frame


def test_input_that_changes_nothing_draws_nothing(start_as_player):
    driver = start_as_player()
    driver.render(force=True)
    before = driver.app.frames_drawn
    driver.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_q, mod=0, unicode="", scancode=0))
    assert driver.app.frames_drawn == before


def test_moving_the_focus_draws_one_new_frame(start_as_player):
    driver = start_as_player()
    before = driver.app.frames_drawn
    driver.press(pygame.K_TAB)
    assert driver.app.frames_drawn == before + 1
    assert not driver.app.needs_frame


def test_the_loop_returns_when_the_window_is_closed(data_dir, monkeypatch):
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    app = App(language="en", data_dir=data_dir)
    app.start()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    try:
        assert app.loop() == 0
    finally:
        app.close()


def test_f11_switches_fullscreen_and_remembers_it(start_as_player):
    driver = start_as_player()
    driver.press(pygame.K_F11)
    assert driver.context.settings.fullscreen is True
    driver.press(pygame.K_F11)
    assert driver.context.settings.fullscreen is False
