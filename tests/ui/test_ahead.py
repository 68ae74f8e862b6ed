"""Drawing ahead: the next screen is laid out and drawn off screen at idle time, changing nothing."""

from __future__ import annotations

import pygame
from play_helpers import (
    match_quotes_by_clicking,
    open_builtin_pack,
    order_timeline_by_keyboard,
    play_step,
    right_order,
    shown_order,
    who_said_answers,
)

from game.ui.widgets.answer_button import AnswerButton


def answer_buttons(driver) -> list[AnswerButton]:
    """Return the answers of the quiz question on screen, in their numbered order."""
    return [widget for widget in driver.widgets() if isinstance(widget, AnswerButton)]


def idle_until_done(driver) -> None:
    """Run every waiting idle task, as the main loop does while the player thinks."""
    driver.idle()


def texts_rendered_in_first_frame(driver, act) -> int:
    """Do ``act()`` and return how many texts its first frame rendered anew.

    Idle work after the frame (drawing the following screen ahead) does not count.
    """
    text = driver.context.text
    before, counted = text.misses, []

    def record(*_: object) -> None:
        if not counted:
            counted.append(text.misses - before)

    driver.frame_recorder = record
    act()
    driver.frame_recorder = None
    return counted[0]


def test_after_idle_time_the_next_screen_opens_without_rendering_new_text(start_as_player):
    """After idle time the next screen opens without rendering new text."""
    driver = start_as_player()
    open_builtin_pack(driver)
    assert driver.screen_name == "scene"
    idle_until_done(driver)

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))

    assert driver.screen_name != "scene"
    assert rendered == 0


def test_drawing_a_timeline_feedback_ahead_leaves_the_round_open(start_as_player):
    """Drawing a timeline feedback ahead leaves the round open."""
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "timeline":
        driver.press(pygame.K_RETURN)
        driver.settle()
    correct = right_order(driver)
    order_timeline_by_keyboard(driver, correct)
    driver.app.update(0.0)
    idle_until_done(driver)

    # The feedback of this order was drawn ahead; the round is still open and unchanged.
    assert driver.screen_name == "timeline"
    assert shown_order(driver) == correct
    driver.click("Check my order")
    assert driver.screen_name == "feedback"
    assert any(label.startswith("Score: 100%") for label in driver.labels())


def test_drawing_a_who_said_feedback_ahead_leaves_the_round_open(start_as_player):
    """Drawing a who-said feedback ahead leaves the round open."""
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "who_said":
        play_step(driver, direct=True)
    answers = who_said_answers(driver)
    match_quotes_by_clicking(driver, answers)
    driver.app.update(0.0)
    idle_until_done(driver)

    # The feedback of these matches was drawn ahead; the round is still open and unchanged.
    assert driver.screen_name == "who_said"
    assert {card: driver.find(card, exact=True).match for card in answers} == answers
    driver.click("Check my matches")
    assert any(label.startswith("Score: 100%") for label in driver.labels())


def test_a_feedback_drawn_ahead_for_the_final_order_opens_without_rendering_its_items(
    start_as_player, monkeypatch
):
    """A feedback drawn ahead for the final order opens without rendering its items."""
    from game.ui.text import TextRenderer

    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "timeline":
        driver.press(pygame.K_RETURN)
        driver.settle()
    driver.move_to(driver.find("Check my order").rect.center)
    rendered: list[str] = []
    master = TextRenderer._master

    def remember(self, text, *arguments):
        if text not in self_cached(self):
            rendered.append(text)
        return master(self, text, *arguments)

    def self_cached(renderer) -> set[str]:
        return {key[0] for key in renderer._surfaces}

    def stop_after_the_first_feedback_frame(screen_name: str, *_: object) -> None:
        if screen_name == "feedback":
            monkeypatch.setattr(TextRenderer, "_master", master)

    monkeypatch.setattr(TextRenderer, "_master", remember)
    driver.frame_recorder = stop_after_the_first_feedback_frame

    driver.click("Check my order")

    assert driver.screen_name == "feedback"
    # Only the progress line is new: the round counts as played once it is recorded.
    assert set(rendered) <= {label for label in driver.labels() if label.startswith("Round ")}


def test_drawing_ahead_runs_in_slices_and_a_slice_always_makes_progress(
    start_as_player, monkeypatch
):
    """Drawing ahead runs in slices and a slice always makes progress."""
    from game.ui import ahead

    monkeypatch.setattr(ahead, "SLICE_SECONDS", 0.0)
    driver = start_as_player()
    tasks = []
    run = driver.context.ahead.run_one

    def counting() -> bool:
        found = run()
        tasks.append(found)
        return found

    monkeypatch.setattr(driver.context.ahead, "run_one", counting)
    # Opening the pack shows its first scene and draws the step after it ahead.
    open_builtin_pack(driver)
    driver.idle()
    sliced = len(tasks)

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))

    # One render per slice: a screen of many texts takes many idle tasks, then opens warm.
    assert sliced > 5
    assert rendered == 0


def test_each_answer_of_a_quiz_question_is_drawn_ahead_without_answering(start_as_player):
    """Each answer of a quiz question is drawn ahead without answering."""
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "quiz":
        play_step(driver, direct=True)
    driver.idle()
    # Drawing every answer ahead answered nothing: no answer shows a verdict yet.
    assert not any(button.verdict for button in answer_buttons(driver))
    question = next(label for label in driver.labels() if label.endswith("?"))

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_2))

    assert any(button.verdict for button in answer_buttons(driver))
    assert rendered == 0
    if driver.has("Next question", exact=True):
        rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))
        assert question not in driver.labels()
        assert rendered == 0


def test_the_modules_imported_at_idle_time_exist():
    """The modules imported at idle time exist."""
    import importlib

    from game.ui.warmup import LATER_MODULES

    for name in LATER_MODULES:
        assert importlib.import_module(name).__name__ == name


def test_the_results_drawn_ahead_are_shown_and_still_follow_a_language_switch(start_as_player):
    """The results drawn ahead are shown and still follow a language switch."""
    from play_helpers import play_step

    driver = start_as_player()
    open_builtin_pack(driver)
    rounds = len(driver.context.pack.rounds)
    while not any(label.startswith(f"Round {rounds} of") for label in driver.labels()):
        play_step(driver, right=False, direct=True)
    while driver.screen_name != "feedback":
        play_step(driver, right=False, direct=True)
    driver.idle()

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.click("Continue"))

    assert rendered == 0
    assert driver.screen_name == "results"
    assert driver.has("Results", exact=True)

    driver.context.set_language("ru")
    driver.render()

    assert driver.has("Результаты", exact=True)
    assert not driver.has("Results", exact=True)
