"""The loop presents only what changed: nothing while waiting, small rectangles while moving."""

from __future__ import annotations

import pygame
import pytest

from game.devtools import autoplay


def window_pixels() -> bytes:
    """Return the window's pixels."""
    return pygame.image.tobytes(pygame.display.get_surface(), "RGB")


@pytest.fixture
def on_scene(start_as_player):
    """Return a driver on the first scene of the built-in pack, drawn once."""
    driver = start_as_player()
    autoplay.open_pack(driver)
    assert driver.screen_name == "scene"
    driver.render(force=True)
    return driver


def test_a_waiting_screen_presents_nothing(start_as_player):
    """A screen waiting for input presents no rectangle and no frame."""
    driver = start_as_player()
    driver.render(force=True)
    presented = driver.app.frames_presented
    for _ in range(3):
        driver.app.update(0.5)
        assert driver.app.present() == []
    assert driver.app.frames_presented == presented


def test_a_scene_presents_only_its_pictures_moving_parts_when_a_frame_is_due(on_scene):
    """A scene presents nothing until its picture's next frame, then only rects inside it."""
    driver = on_scene
    screen = driver.current_screen
    driver.app.present()
    due = screen.frame_due_in()
    assert due is not None and 0 < due <= 1
    driver.app.update(due / 2)
    assert driver.app.present() == []
    driver.app.update(due / 2 + 0.001)
    rects = driver.app.present()
    assert rects
    area = sum(rect.width * rect.height for rect in rects)
    assert all(screen.picture_rect.contains(rect) for rect in rects)
    assert area < screen.picture_rect.width * screen.picture_rect.height
    assert driver.app.present() == []


def test_a_partial_scene_frame_has_the_pixels_of_a_whole_one(on_scene):
    """After partial frames the window shows exactly what a whole frame would."""
    driver = on_scene
    for _ in range(5):
        driver.app.update(driver.current_screen.frame_due_in() + 0.001)
        driver.app.present()
    partial = window_pixels()
    driver.render(force=True)
    assert window_pixels() == partial


def test_nothing_animates_under_the_pause_overlay(on_scene):
    """Under the pause overlay the scene's picture stops: nothing is presented."""
    driver = on_scene
    driver.press(pygame.K_ESCAPE)
    assert driver.app.stack.top.is_overlay
    assert not driver.app.stack.animating
    assert driver.app.stack.frame_due_in() is None
    driver.app.update(1.0)
    assert driver.app.present() == []


def test_reduce_motion_stills_the_scene(on_scene):
    """With Reduce motion the scene's picture is still: no frame is due or presented."""
    driver = on_scene
    driver.context.update_settings(reduced_motion=True)
    driver.render()
    assert driver.current_screen.frame_due_in() is None
    driver.app.update(1.0)
    assert driver.app.present() == []


def test_a_countdown_presents_only_its_badge_once_a_second(on_scene):
    """A timed round presents only the countdown's rectangle, when the shown second changes."""
    driver = on_scene
    driver.press(pygame.K_RETURN)
    driver.settle(2.0)
    screen = driver.current_screen
    assert driver.screen_name == "quiz" and screen.timed
    driver.render(force=True)
    badge = screen.timer_badge.rect
    shown: list[list[pygame.Rect]] = []
    for _ in range(3):
        due = screen.frame_due_in()
        assert due is not None and 0 < due <= 1
        driver.app.update(due / 2)
        assert driver.app.present() == []
        driver.app.update(due / 2 + 0.001)
        shown.append(driver.app.present())
    assert shown == [[badge]] * 3
    partial = window_pixels()
    driver.render(force=True)
    assert window_pixels() == partial


def test_resizing_drops_what_the_old_size_painted(on_scene):
    """A resize lets go of the old size's pictures and text renders."""
    driver = on_scene
    pictures = driver.context.pictures
    assert pictures.cached_bytes() > 0
    old_text_bytes = driver.context.text.cached_bytes
    driver.resize((1600, 900))
    sizes = {key[1] for key in pictures._illustrations}
    assert sizes == {driver.current_screen.picture_rect.size}
    assert driver.context.text.cached_bytes <= old_text_bytes * 2


def test_motion_that_ends_is_followed_by_one_whole_still_frame(start_as_player, monkeypatch):
    """When the top screen stops moving, the loop shows one whole frame, then nothing."""
    driver = start_as_player()
    driver.render(force=True)
    moving = {"now": True}
    monkeypatch.setattr(
        type(driver.current_screen), "animating", property(lambda screen: moving["now"])
    )
    assert driver.app.present() is None
    moving["now"] = False
    frames = driver.app.frames_drawn
    assert driver.app.present() is None
    assert driver.app.frames_drawn == frames + 1
    assert driver.app.present() == []


def test_dragging_a_card_presents_only_its_old_and_new_place(start_as_player):
    """A drag that opens no new gap repaints one rectangle around the card, same pixels as a whole frame."""
    driver = start_as_player()
    autoplay.open_pack(driver)
    for _ in range(10):
        if driver.screen_name == "timeline":
            break
        autoplay.play_step(driver, True)
    screen = driver.current_screen
    assert driver.screen_name == "timeline" and not screen.scrolls
    driver.settle()
    driver.advance(0.5)  # past the input guard that follows a screen change
    card = next(iter(screen.cards.values()))
    start = card.rect.center
    driver.move_to(start)
    driver._button_down = True
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    driver.move_to((start[0] + 40, start[1]))
    driver.settle()
    driver.render(force=True)
    before = pygame.Rect(card.drawn_rect)
    command = screen.handle_event(
        pygame.event.Event(
            pygame.MOUSEMOTION, pos=(start[0] + 46, start[1]), rel=(6, 0), buttons=(1, 0, 0)
        )
    )
    driver.app.stack.apply(command)
    rects = driver.app.present()
    assert rects is not None and len(rects) == 1
    window = pygame.display.get_surface().get_rect()
    assert rects[0].contains(window.clip(before))
    assert rects[0].contains(window.clip(card.drawn_rect))
    assert rects[0].width * rects[0].height < window.width * window.height // 4
    partial = window_pixels()
    driver.render(force=True)
    assert window_pixels() == partial
