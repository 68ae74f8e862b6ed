"""Playing the built-in pack end to end: scores, stars, saved rounds, mistakes and their review."""

from __future__ import annotations

import pygame
from play_helpers import open_builtin_pack, play_step, play_to_results


def test_answering_everything_right_scores_full_marks_three_stars_and_saves_every_round(
    start_as_player,
):
    driver = start_as_player()
    open_builtin_pack(driver)
    seen = play_to_results(driver, right=True)
    assert {"scene", "timeline", "who_said", "quiz", "feedback"} <= set(seen)
    flow = driver.current_screen.flow
    assert flow.session.score == 1.0
    assert flow.session.stars == 3
    assert flow.session.mistakes == ()
    assert "3 of 3 stars" in driver.labels()
    store, profile = driver.context.store, driver.context.profile
    assert store.round_ids(flow.attempt_id) == [step.id for step in flow.pack.rounds]
    assert store.best_scores(profile.id) == {flow.pack.id: 1.0}
    assert len(store.review_queue(profile.id, flow.pack.id)) == 0
    assert not driver.current_screen.practise.enabled


def test_each_finished_round_is_in_the_store_before_the_next_step(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    flow = driver.current_screen.host if hasattr(driver.current_screen, "host") else None
    while driver.screen_name != "feedback":
        play_step(driver)
        flow = getattr(driver.current_screen, "host", flow)
    assert driver.context.store.round_ids(flow.attempt_id) == [flow.pack.rounds[0].id]


def test_wrong_answers_enter_the_review_queue_and_the_review_round_offers_them(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=False)
    results = driver.current_screen
    flow = results.flow
    assert flow.session.stars == 0
    store, profile = driver.context.store, driver.context.profile
    queue = store.review_queue(profile.id, flow.pack.id)
    assert set(flow.session.mistakes) == set(queue.item_ids)
    assert len(queue) > 0
    assert results.practise.enabled
    driver.click("Practise mistakes")
    review = driver.current_screen.host
    offered = {task.item_id for task in review.review.tasks}
    assert offered and offered <= set(queue.item_ids)
    assert driver.current_screen.progress.label.startswith("Practice 1 of")
    for _ in range(100):
        if driver.screen_name == "review_done":
            break
        play_step(driver, right=True)
    assert driver.screen_name == "review_done"
    saved = store.review_queue(profile.id, flow.pack.id)
    practised = [entry for entry in saved.entries if entry.item_id in offered]
    # Answered right once (in this session): still queued until a second session.
    assert practised and all(entry.right_sessions for entry in practised)


def test_the_menu_practise_button_starts_a_review_of_the_saved_mistakes(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=False)
    driver.click("Menu")
    assert driver.screen_name == "menu"
    practise = driver.current_screen.practise_button
    assert practise.enabled, practise.label
    driver.click(practise)
    assert driver.screen_name in {"timeline", "who_said", "quiz"}


def test_play_again_starts_a_new_attempt_from_the_first_step(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=True)
    first = driver.current_screen.flow.attempt_id
    driver.click("Play again")
    assert driver.screen_name == "scene"
    assert driver.current_screen.host.attempt_id != first


def test_escape_during_a_round_pauses_and_escape_again_resumes_the_same_round(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name == "scene":
        play_step(driver)
    round_screen = driver.current_screen
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "pause"
    driver.press(pygame.K_ESCAPE)
    assert driver.current_screen is round_screen


def test_results_compare_the_score_with_the_players_best(start_as_player):
    driver = start_as_player(name="Нурбек")
    open_builtin_pack(driver)
    play_to_results(driver, right=False, direct=True)
    assert driver.current_screen.best.label.startswith("Your first score")
    driver.click("Play again")
    play_to_results(driver, right=True, direct=True)
    assert driver.current_screen.best.label == "A new best score for Нурбек!"
    driver.click("Play again")
    play_to_results(driver, right=False, direct=True)
    assert driver.current_screen.best.label == "Best score so far: 100%"
