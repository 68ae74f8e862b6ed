"""Input safety: a double-click, a held or mashed key and a drag never act on the next screen."""

from __future__ import annotations

import pygame
from play_helpers import (
    CHECK_ORDER,
    event_cards,
    open_builtin_pack,
    play_step,
    quiz_choice,
    right_order,
    shown_order,
)

from game.ui.input_guard import InputGuard
from game.ui.widgets.base import Widget

PICK_AN_ANSWER = "Pick an answer"


def play_until(driver, name: str, limit: int = 100) -> None:
    """Play (rightly) until the screen called ``name`` is on top."""
    for _ in range(limit):
        if driver.screen_name == name:
            return
        play_step(driver, right=True, direct=True)
    raise AssertionError(f"never reached {name}")


def key(kind: int, code: int) -> pygame.event.Event:
    """Return a key event as the keyboard sends it."""
    return pygame.event.Event(kind, key=code, mod=0, unicode="", scancode=0)


def start_dragging(driver, card) -> tuple[int, int]:
    """Press on ``card`` and move the mouse far enough to drag it; return the pointer."""
    driver.wait_for_input()
    start = card.rect.center
    driver.move_to(start)
    driver._button_down = True
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    point = (start[0], start[1] + 3 * card.rect.height)
    driver.move_to((start[0], start[1] + card.rect.height))
    driver.move_to(point)
    assert card.dragging
    return point


def test_a_double_click_on_check_my_order_shows_the_feedback(start_as_player):
    """Double-clicking *Check my order* opens the feedback and keeps it open."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    driver.double_click(CHECK_ORDER)
    assert driver.screen_name == "feedback"
    driver.advance(1.0)
    assert driver.screen_name == "feedback"


def test_a_click_well_after_the_screen_change_still_works(start_as_player):
    """The guard is short: a deliberate click on the new screen a moment later acts."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    driver.click(CHECK_ORDER)
    assert driver.screen_name == "feedback"
    driver.click("Continue")
    assert driver.screen_name != "feedback"


def test_mashing_enter_on_a_quiz_never_answers_the_next_question(start_as_player):
    """Enter pressed again and again after an answer shows the next question, unanswered."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    assert PICK_AN_ANSWER in driver.labels()
    for _ in range(3):
        driver.press(pygame.K_RETURN)  # nothing is preselected: Enter answers nothing
    assert PICK_AN_ANSWER in driver.labels()
    driver.press(pygame.K_0 + quiz_choice(driver))
    assert PICK_AN_ANSWER not in driver.labels()
    for _ in range(6):
        driver.press(pygame.K_RETURN)
    assert driver.screen_name == "quiz"
    assert PICK_AN_ANSWER in driver.labels()
    assert any("Question 2 of" in label for label in driver.labels())


def test_a_held_number_key_does_not_answer_the_next_question(start_as_player):
    """A number key held down (repeating) from question 1 does not answer question 2."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    number = pygame.K_0 + quiz_choice(driver)
    driver.post(key(pygame.KEYDOWN, number))
    driver.post(key(pygame.KEYUP, number))
    driver.post(key(pygame.KEYDOWN, pygame.K_RETURN))  # Next question, Enter still held
    assert PICK_AN_ANSWER in driver.labels()
    for _ in range(5):
        driver.post(key(pygame.KEYDOWN, pygame.K_RETURN))  # the key repeats
    driver.post(key(pygame.KEYUP, pygame.K_RETURN))
    assert PICK_AN_ANSWER in driver.labels()
    driver.post(key(pygame.KEYDOWN, pygame.K_DOWN))  # the first arrow lands on answer 1
    driver.press(pygame.K_RETURN)
    assert PICK_AN_ANSWER not in driver.labels()


def test_the_focus_ring_shows_only_once_the_keyboard_is_used(start_as_player, monkeypatch):
    """Mouse players see no focus ring; Tab brings it; a mouse press hides it again."""
    rings: list[str] = []
    original = Widget.draw_focus

    def spy(widget: Widget, surface: pygame.Surface) -> None:
        rings.append(widget.label)
        original(widget, surface)

    monkeypatch.setattr(Widget, "draw_focus", spy)
    driver = start_as_player()
    driver.click("Play")
    rings.clear()
    driver.render(force=True)
    assert rings == []
    driver.press(pygame.K_TAB)
    driver.render(force=True)
    assert rings
    rings.clear()
    driver.click_at((2, driver.context.window_size[1] - 2))
    driver.render(force=True)
    assert rings == []


def test_esc_mid_drag_puts_the_card_back_and_does_not_pause(start_as_player):
    """Esc while dragging a timeline card sends it back; releasing later moves nothing."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    before = shown_order(driver)
    card = event_cards(driver)[0]
    point = start_dragging(driver, card)
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "timeline"
    assert not card.dragging
    driver.move_to((point[0] + 40, point[1] + 40))
    driver._button_down = False
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=driver.mouse, button=1))
    driver.settle()
    assert shown_order(driver) == before
    assert card.drawn_rect == card.rect


def test_a_drag_is_cancelled_when_the_window_loses_focus(start_as_player):
    """Losing the window focus mid-drag sends the card back; it does not stick to the pointer."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    before = shown_order(driver)
    card = event_cards(driver)[0]
    start_dragging(driver, card)
    driver.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert not card.dragging
    driver._button_down = False
    driver.move_to((10, 10))
    driver.settle()
    assert shown_order(driver) == before
    assert card.drawn_rect == card.rect


def test_a_drag_is_cancelled_by_the_pause_menu_and_stays_cancelled_on_resume(start_as_player):
    """Pausing mid-drag (header's pause button by keyboard), releasing, resuming: no stuck card."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    assert right_order(driver)
    before = shown_order(driver)
    card = event_cards(driver)[0]
    start_dragging(driver, card)
    driver.current_screen.on_pause()  # what the stack runs when the pause menu opens
    assert not card.dragging
    driver._button_down = False
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=driver.mouse, button=1))
    driver.move_to((20, 20))
    driver.settle()
    assert shown_order(driver) == before
    assert card.drawn_rect == card.rect


def test_the_guard_drops_a_stale_button_and_held_keys_until_released():
    """After arming, a held button's release and a held key's repeats are dropped."""
    now = [0.0]
    guard = InputGuard(seconds=0.3, clock=lambda: now[0])
    assert guard.allow(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(1, 1), button=1))
    assert guard.allow(key(pygame.KEYDOWN, pygame.K_RETURN))
    guard.arm()
    assert not guard.allow(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(1, 1), button=1))
    assert not guard.allow(key(pygame.KEYDOWN, pygame.K_RETURN))
    assert not guard.allow(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(1, 1), button=1))
    assert not guard.allow(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(1, 1), button=1))
    assert guard.allow(key(pygame.KEYDOWN, pygame.K_SPACE))  # a fresh key passes at once
    now[0] = 0.5
    assert not guard.allow(key(pygame.KEYDOWN, pygame.K_RETURN))  # still held: still stale
    assert not guard.allow(key(pygame.KEYUP, pygame.K_RETURN))
    assert guard.allow(key(pygame.KEYDOWN, pygame.K_RETURN))
    assert guard.allow(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(1, 1), button=1))
