"""Playing the built-in pack end to end: scores, stars, saved rounds, mistakes and their review."""

from __future__ import annotations

import pygame
from play_helpers import last_attempt, open_builtin_pack, play_step, play_to_results

ROUND_SCREENS = {"timeline", "who_said", "quiz"}


def test_answering_everything_right_scores_full_marks_three_stars_and_saves_every_round(
    start_as_player,
):
    """A fully right play shows three stars and 100 %, and the store holds every round."""
    driver = start_as_player()
    open_builtin_pack(driver)
    seen = play_to_results(driver, right=True)
    assert {"scene", "timeline", "who_said", "quiz", "feedback"} <= set(seen)
    assert "3 of 3 stars" in driver.labels()
    assert driver.has("No mistakes at all. Brilliant!", exact=True)
    pack, store, profile = driver.context.pack, driver.context.store, driver.context.profile
    attempt = last_attempt(driver)
    assert attempt.score == 1.0
    assert store.round_ids(attempt.id) == [step.id for step in pack.rounds]
    assert store.best_scores(profile.id) == {pack.id: 1.0}
    assert len(store.review_queue(profile.id, pack.id)) == 0
    assert not driver.find("Practise mistakes", exact=True).enabled


def test_each_finished_round_is_in_the_store_before_the_next_step(start_as_player):
    """The first round's record is saved by the time its feedback shows."""
    driver = start_as_player()
    open_builtin_pack(driver)
    while driver.screen_name != "feedback":
        play_step(driver)
    assert driver.context.store.round_ids(last_attempt(driver).id) == [
        driver.context.pack.rounds[0].id
    ]


def test_wrong_answers_enter_the_review_queue_and_the_review_round_offers_them(start_as_player):
    """Mistakes of a play are queued; practising them right records a right session for each."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=False)
    assert "0 of 3 stars" in driver.labels()
    store, profile, pack = driver.context.store, driver.context.profile, driver.context.pack
    queue = store.review_queue(profile.id, pack.id)
    assert len(queue) > 0
    assert driver.find("Practise mistakes", exact=True).enabled
    driver.click("Practise mistakes")
    assert driver.screen_name in ROUND_SCREENS
    assert any(label.startswith("Practice 1 of") for label in driver.labels())
    for _ in range(100):
        if driver.screen_name == "review_done":
            break
        play_step(driver, right=True)
    assert driver.screen_name == "review_done"
    assert driver.has("Practice done", exact=True)
    saved = store.review_queue(profile.id, pack.id)
    practised = [entry for entry in saved.entries if entry.right_sessions]
    # Answered right once (in this session): still queued until a second session.
    assert practised and {entry.item_id for entry in practised} <= set(queue.item_ids)


def test_the_menu_practise_button_starts_a_review_of_the_saved_mistakes(start_as_player):
    """After a play with mistakes the menu offers to practise them, and starts a task."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=False)
    driver.click("Menu")
    assert driver.screen_name == "menu"
    practise = driver.find("Practise mistakes")
    assert practise.enabled, practise.label
    driver.click(practise)
    assert driver.screen_name in ROUND_SCREENS


def test_play_again_starts_a_new_attempt_from_the_first_step(start_as_player):
    """Play again opens the first scene and starts a second attempt in the store."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_to_results(driver, right=True)
    first = last_attempt(driver).id
    driver.click("Play again")
    assert driver.screen_name == "scene"
    assert last_attempt(driver).id != first


def test_escape_during_a_round_pauses_and_escape_again_resumes_the_same_round(start_as_player):
    """Esc pauses a round; Esc again returns to the very same round."""
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
    """The results name a first score, then a new best, then the best so far."""
    driver = start_as_player(name="Нурбек")
    open_builtin_pack(driver)
    play_to_results(driver, right=False, direct=True)
    assert any(label.startswith("Your first score") for label in driver.labels())
    driver.click("Play again")
    play_to_results(driver, right=True, direct=True)
    assert driver.has("A new best score for Нурбек!", exact=True)
    driver.click("Play again")
    play_to_results(driver, right=False, direct=True)
    assert driver.has("Best score so far: 100%", exact=True)
