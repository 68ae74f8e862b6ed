"""The main loop draws only when something changed, sleeps when idle, and ends cleanly."""

from __future__ import annotations

import pygame

from game.app import App


def test_an_idle_screen_needs_no_new_frame(start_as_player):
    """An idle screen needs no new frame."""
    driver = start_as_player()
    driver.render(force=True)
    assert not driver.app.needs_frame


def test_input_that_changes_nothing_draws_nothing(start_as_player):
    """Input that changes nothing draws nothing."""
    driver = start_as_player()
    driver.render(force=True)
    before = driver.app.frames_drawn
    driver.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_q, mod=0, unicode="", scancode=0))
    assert driver.app.frames_drawn == before


def test_moving_the_focus_draws_one_new_frame(start_as_player):
    """Moving the focus draws one new frame."""
    driver = start_as_player()
    before = driver.app.frames_drawn
    driver.press(pygame.K_TAB)
    assert driver.app.frames_drawn == before + 1
    assert not driver.app.needs_frame


def test_the_loop_returns_when_the_window_is_closed(data_dir, monkeypatch):
    """The loop returns when the window is closed."""
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    app = App(language="en", data_dir=data_dir)
    app.start()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    try:
        assert app.loop() == 0
    finally:
        app.close()


def test_f11_switches_fullscreen_and_remembers_it(start_as_player):
    """F11 switches fullscreen and remembers it."""
    driver = start_as_player()
    driver.press(pygame.K_F11)
    assert driver.context.settings.fullscreen is True
    driver.press(pygame.K_F11)
    assert driver.context.settings.fullscreen is False


def test_an_unexpected_error_in_a_screen_returns_to_the_menu_with_a_notice(data_dir, monkeypatch):
    """An unexpected error in a screen returns to the menu with a notice."""
    from game.ui.screen import Screen

    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    app = App(language="en", data_dir=data_dir)
    app.start()
    try:

        class Broken(Screen):
            name = "broken"

            def update(self, dt):
                raise RuntimeError("a bug in a screen")

        from game.ui.screen import Push

        app.stack.apply(Push(Broken(app.context)))
        app.recent_errors = []
        try:
            app.run_once()
        except RuntimeError as error:
            app.recover(error)
        assert app.stack.top.name == "notice"
        assert app.stack.screens[0].name == "profiles"
    finally:
        app.close()


def test_errors_that_keep_coming_are_not_hidden(data_dir, monkeypatch):
    """Errors that keep coming are not hidden."""
    import pytest

    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    app = App(language="en", data_dir=data_dir)
    app.start()
    try:
        with pytest.raises(RuntimeError):
            for _ in range(5):
                app.recover(RuntimeError("again"))
    finally:
        app.close()


def test_packs_are_loaded_at_idle_time_after_the_first_frame(make_driver, user_packs):
    """Packs are loaded at idle time after the first frame."""
    driver = make_driver(language="en")
    loaded = {entry.folder for entry in driver.context.library.loaded_entries()}
    assert user_packs / "moon-landing" in loaded
    assert not driver.context.ahead.run_one()


def test_a_failing_idle_task_is_logged_and_skipped(start_as_player, caplog):
    """A failing idle task is logged and skipped."""
    driver = start_as_player()
    ran = []
    driver.context.ahead.schedule(lambda: 1 / 0)
    driver.context.ahead.schedule(lambda: ran.append(True))
    driver.idle()
    assert ran == [True]
    assert "idle task failed" in caplog.text


def test_an_idle_loop_sleeps_between_polls_and_draws_nothing(start_as_player, monkeypatch):
    """An idle loop sleeps between polls and presents nothing."""
    import game.app

    driver = start_as_player()
    driver.render(force=True)
    driver.idle()
    pygame.event.clear()
    slept: list[float] = []
    monkeypatch.setattr(game.app.time, "sleep", slept.append)
    presented = driver.app.frames_presented
    for _ in range(3):
        driver.app.run_once()
    assert driver.app.frames_presented == presented
    assert len(slept) == 3 and all(seconds >= game.app.IDLE_POLL_SECONDS for seconds in slept)


def test_a_screen_whose_widgets_animate_gets_whole_frames_paced_at_sixty_a_second(
    start_as_player, monkeypatch
):
    """A screen whose widgets animate gets a whole frame a loop and sleeps at most 1/60 s."""
    import game.app
    from game.ui.screen import ANIMATION_FRAME_SECONDS

    driver = start_as_player()
    driver.idle()
    pygame.event.clear()
    monkeypatch.setattr(type(driver.current_screen), "animating", property(lambda screen: True))
    slept: list[float] = []
    monkeypatch.setattr(game.app.time, "sleep", slept.append)
    frames = driver.app.frames_drawn
    for _ in range(3):
        driver.app.run_once()
    assert driver.app.frames_drawn == frames + 3
    assert len(slept) == 3 and all(0 < seconds <= ANIMATION_FRAME_SECONDS for seconds in slept)


def test_an_unfocused_window_shows_no_animation_and_repaints_on_focus(start_as_player, monkeypatch):
    """An unfocused window presents no animation frames; getting the focus back repaints all."""
    driver = start_as_player()
    driver.idle()
    pygame.event.clear()
    monkeypatch.setattr(type(driver.current_screen), "animating", property(lambda screen: True))
    monkeypatch.setattr("game.app.time.sleep", lambda seconds: None)
    driver.app.handle_event(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    presented = driver.app.frames_presented
    for _ in range(3):
        driver.app.run_once()
    assert driver.app.frames_presented == presented
    driver.app.handle_event(pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    assert driver.app.stack.needs_redraw
    driver.app.run_once()
    assert driver.app.frames_drawn > 0 and driver.app.frames_presented == presented + 1


def test_a_minimised_window_shows_nothing_new(start_as_player, monkeypatch):
    """A minimised window presents no animation frames until it is restored."""
    driver = start_as_player()
    driver.idle()
    pygame.event.clear()
    monkeypatch.setattr(type(driver.current_screen), "animating", property(lambda screen: True))
    monkeypatch.setattr("game.app.time.sleep", lambda seconds: None)
    driver.app.handle_event(pygame.event.Event(pygame.WINDOWMINIMIZED))
    presented = driver.app.frames_presented
    driver.app.run_once()
    assert driver.app.frames_presented == presented
    driver.app.handle_event(pygame.event.Event(pygame.WINDOWRESTORED))
    driver.app.run_once()
    assert driver.app.frames_presented == presented + 1
