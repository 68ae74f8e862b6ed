"""Drawing ahead: the next screen is laid out and drawn off screen at idle time, changing nothing."""

from __future__ import annotations

import pygame
from play_helpers import open_builtin_pack

from game.model.pack import SceneStep


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


def test_a_stand_in_round_leaves_the_random_generator_and_the_play_as_they_were(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    flow = driver.current_screen.host
    round_index = next(
        index
        for index, step in enumerate(flow.session.steps)
        if index > flow.session.index and not isinstance(step, SceneStep)
    )
    state = driver.context.rng.getstate()
    index = flow.session.index

    screen = flow.preview_screen(round_index)

    assert screen.name in ("timeline", "who_said", "quiz")
    assert driver.context.rng.getstate() == state
    assert flow.session.index == index


def test_the_round_drawn_ahead_is_the_round_the_player_then_gets(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    flow = driver.current_screen.host
    while isinstance(flow.session.current_step, SceneStep):
        stand_in = flow.preview_screen(flow.session.index + 1)
        driver.press(pygame.K_RETURN)
        driver.settle()
    shown = driver.current_screen.round
    assert type(stand_in.round) is type(shown)
    assert stand_in.round.round_id == shown.round_id
    if hasattr(shown, "order"):
        assert stand_in.round.order == shown.order


def test_after_idle_time_the_next_screen_opens_without_rendering_new_text(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    assert driver.screen_name == "scene"
    idle_until_done(driver)

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))

    assert driver.screen_name != "scene"
    assert rendered == 0


def test_drawing_a_timeline_feedback_ahead_leaves_the_round_open(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "timeline":
        driver.press(pygame.K_RETURN)
        driver.settle()
    screen = driver.current_screen
    order = screen.round.order
    screen.round.move(0, len(order) - 1)
    moved = screen.round.order
    driver.app.update(0.0)
    idle_until_done(driver)

    assert screen.previewed_answer == moved
    assert not screen.round.finished
    assert screen.round.result is None
    assert screen.round.order == moved


def test_drawing_a_who_said_feedback_ahead_leaves_the_round_open(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "who_said":
        screen = driver.current_screen
        if driver.screen_name == "timeline":
            driver.click(screen.submit)
        elif driver.screen_name == "quiz":
            driver.press(pygame.K_1)
            driver.press(pygame.K_RETURN)
        else:
            driver.press(pygame.K_RETURN)
        driver.settle()
    screen = driver.current_screen
    for quote in screen.round.quotes:
        screen.round.pair(quote.id, quote.speaker)
    pairs = screen.round.pairs
    driver.app.update(0.0)
    idle_until_done(driver)

    assert screen.previewed_answer == tuple(sorted(pairs.items()))
    assert not screen.round.finished
    assert screen.round.pairs == pairs


def test_a_feedback_drawn_ahead_for_the_final_order_opens_without_rendering_its_items(
    start_as_player, monkeypatch
):
    from game.ui.text import TextRenderer

    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "timeline":
        driver.press(pygame.K_RETURN)
        driver.settle()
    screen = driver.current_screen
    driver.move_to(screen.submit.rect.center)
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

    driver.click(screen.submit)

    assert driver.screen_name == "feedback"
    # Only the progress line is new: the round counts as played once it is recorded.
    assert set(rendered) <= {driver.current_screen.progress.label}


def test_drawing_a_packs_first_screen_ahead_saves_nothing_and_leaves_the_random_generator(
    start_as_player,
):
    from game.ui.screens.play import first_screen_preview

    driver = start_as_player()
    driver.click(driver.context.translator.gettext("Play"))
    driver.advance(0.05)
    pack = next(widget.entry.pack for widget in driver.widgets() if getattr(widget, "entry", None))
    store, profile = driver.context.store, driver.context.profile
    best = store.best_scores(profile.id)
    state = driver.context.rng.getstate()

    screen = first_screen_preview(driver.context, pack)

    assert screen.name == "scene"
    assert screen.host.attempt_id is None
    assert driver.context.rng.getstate() == state
    assert store.best_scores(profile.id) == best


def test_drawing_ahead_runs_in_slices_and_a_slice_always_makes_progress(
    start_as_player, monkeypatch
):
    from game.ui import ahead

    monkeypatch.setattr(ahead, "SLICE_SECONDS", 0.0)
    driver = start_as_player()
    open_builtin_pack(driver)
    driver.context.text.clear()
    flow = driver.current_screen.host
    tasks = []
    run = driver.context.run_idle_task

    def counting() -> bool:
        found = run()
        tasks.append(found)
        return found

    monkeypatch.setattr(driver.context, "run_idle_task", counting)
    flow.prepare_step(flow.session.index + 1)
    driver.idle()
    sliced = len(tasks)

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))

    # One render per slice: a screen of many texts takes many idle tasks, then opens warm.
    assert sliced > 5
    assert rendered == 0


def test_each_answer_of_a_quiz_question_is_drawn_ahead_without_answering(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "quiz":
        screen = driver.current_screen
        if driver.screen_name == "timeline":
            driver.click(screen.submit)
        elif driver.screen_name == "who_said":
            for quote in screen.round.quotes:
                screen.round.pair(quote.id, quote.speaker)
            driver.click(screen.submit)
        else:
            driver.press(pygame.K_RETURN)
        driver.settle()
    screen = driver.current_screen
    driver.idle()
    assert screen.round.answers == {}

    rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_2))

    assert screen.answer_result is not None
    assert rendered == 0
    if not screen.round.finished:
        answered = screen.question
        rendered = texts_rendered_in_first_frame(driver, lambda: driver.press(pygame.K_RETURN))
        assert screen.question is not answered
        assert rendered == 0


def test_the_modules_imported_at_idle_time_exist():
    import importlib

    from game.ui.screens.start import LATER_MODULES

    for name in LATER_MODULES:
        assert importlib.import_module(name).__name__ == name


def test_the_results_drawn_ahead_are_shown_and_still_follow_a_language_switch(start_as_player):
    from play_helpers import play_to_results

    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=False)
    screen = driver.current_screen
    assert screen.name == "results"
    assert screen is screen.flow.prepared_results
    assert driver.has("Results", exact=True)

    driver.context.set_language("ru")
    driver.render()

    assert driver.has("Результаты", exact=True)
    assert not driver.has("Results", exact=True)
