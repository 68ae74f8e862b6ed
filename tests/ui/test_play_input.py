"""The round screens take keyboard only, drag and drop, click-click and number keys; timers run out."""

from __future__ import annotations

import pygame
from play_helpers import (
    match_quotes_by_keyboard,
    open_builtin_pack,
    order_timeline_by_dragging,
    order_timeline_by_keyboard,
    play_step,
    play_to_results,
)


def play_until(driver, name: str, limit: int = 100) -> None:
    """Play (rightly) until the screen called ``name`` is on top."""
    for _ in range(limit):
        if driver.screen_name == name:
            return
        play_step(driver)
    raise AssertionError(f"never reached {name}")


def test_the_whole_pack_can_be_played_with_the_keyboard_alone(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    seen = play_to_results(driver, right=True, keyboard=True)
    assert {"timeline", "who_said", "quiz"} <= set(seen)
    assert driver.current_screen.flow.session.score == 1.0


def test_a_timeline_round_by_keyboard_space_lifts_arrows_move_enter_submits(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    correct = list(screen.round.correct_order)
    order_timeline_by_keyboard(driver, correct)
    assert list(screen.round.order) == correct
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "feedback"
    assert driver.current_screen.result.score == 1.0


def test_a_lifted_card_moves_with_the_arrows_and_keeps_the_focus(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    first = screen.round.order[0]
    assert screen.focused_widget is screen.cards[first]
    driver.press(pygame.K_SPACE)
    driver.press(pygame.K_DOWN)
    driver.press(pygame.K_DOWN)
    assert screen.round.order.index(first) == 2
    assert screen.focused_widget is screen.cards[first]
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "timeline"
    assert not screen.cards[first].lifted


def test_a_who_said_round_by_keyboard_matches_every_quote(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    match_quotes_by_keyboard(driver, {quote.id: quote.speaker for quote in screen.round.quotes})
    assert screen.round.complete
    assert screen.focused_widget is screen.submit
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "feedback"
    assert driver.current_screen.result.score == 1.0


def test_delete_takes_a_match_off_and_a_speaker_can_take_several_quotes(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    first, second = screen.round.quotes[:2]
    person = screen.round.people[0].id
    match_quotes_by_keyboard(driver, {first.id: person, second.id: person})
    assert screen.round.pairs == {first.id: person, second.id: person}
    speaker = next(card for card in screen.speaker_cards if card.person_id == person)
    assert speaker.count == 2
    screen.focus(next(card for card in screen.quote_cards if card.quote_id == first.id))
    driver.press(pygame.K_DELETE)
    assert screen.round.pairs == {second.id: person}


def test_submitting_with_a_quote_unmatched_asks_for_every_match_first(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    driver.click(driver.current_screen.submit)
    assert driver.screen_name == "who_said"
    assert driver.current_screen.toast.visible


def test_reported_speech_is_tagged_on_its_quote_card(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    for quote, card in zip(screen.round.quotes, screen.quote_cards, strict=True):
        assert bool(card.tag) == quote.reported
    assert any(card.tag for card in screen.quote_cards)


def test_dragging_cards_with_the_mouse_orders_the_timeline(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    correct = list(screen.round.correct_order)
    order_timeline_by_dragging(driver, correct)
    assert list(screen.round.order) == correct
    driver.click("Check my order")
    assert driver.current_screen.result.score == 1.0


def test_while_dragging_the_other_cards_slide_aside_and_the_card_snaps_in_on_release(
    start_as_player,
):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    dragged_id = screen.round.order[0]
    dragged = screen.cards[dragged_id]
    second = screen.cards[screen.round.order[1]]
    start = dragged.rect.center
    end = screen.slots[2].center
    driver.move_to(start)
    driver._button_down = True
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    driver.move_to(((start[0] + end[0]) // 2, (start[1] + end[1]) // 2))
    driver.move_to(end)
    assert dragged.dragging
    # The card that was second has moved up into the first slot to open the gap.
    assert second.rect == screen.slots[0]
    assert screen.animating
    driver._button_down = False
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1))
    assert screen.round.order.index(dragged_id) == 2
    driver.settle()
    assert dragged.drawn_rect == dragged.rect == screen.slots[2]
    assert not screen.animating


def test_under_reduced_motion_cards_jump_to_their_place_at_once(start_as_player):
    driver = start_as_player()
    driver.context.update_settings(reduced_motion=True)
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    card = screen.cards[screen.round.order[0]]
    driver.press(pygame.K_SPACE)
    driver.press(pygame.K_DOWN)
    assert card.drawn_rect == card.rect
    assert not screen.animating


def test_dragging_a_quote_onto_a_speaker_matches_them(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    quote = screen.round.quotes[0]
    card = screen.quote_cards[0]
    speaker = next(s for s in screen.speaker_cards if s.person_id == quote.speaker)
    screen.people_list.scroll_into_view(speaker)
    driver.drag(card, speaker.rect.clip(speaker.clip).center)
    assert screen.round.pairs == {quote.id: quote.speaker}
    assert card.match == speaker.label


def test_clicking_the_match_chip_takes_the_match_off(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    card = screen.quote_cards[0]
    driver.click(card)
    driver.click(screen.speaker_cards[0])
    assert card.match is not None
    driver.click_at(card.chip_rect().center)
    assert card.match is None and screen.round.pairs == {}


def test_quiz_answers_with_number_keys_and_shows_the_explanation(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    screen = driver.current_screen
    wrong = next(index for index, choice in enumerate(screen.choices) if not choice.right)
    driver.press(pygame.K_1 + wrong)
    assert screen.answer_result is not None and not screen.answer_result.right
    marked = {button.verdict for button in screen.answers}
    assert marked == {"right", "wrong", None} or marked == {"right", "wrong"}
    # Colour is never the only signal: each marked answer also says it in words.
    words = {button.verdict: button.verdict_text for button in screen.answers if button.verdict}
    assert words["right"] and words["wrong"] and words["right"] != words["wrong"]
    assert any("From the article" in label for label in driver.labels())
    question = screen.question
    driver.press(pygame.K_2)  # a second answer is ignored
    assert screen.round.answers[question.id].chosen_choice_id == screen.choices[wrong].id
    driver.press(pygame.K_RETURN)
    assert screen.question is not question


def test_a_quiz_time_limit_shows_a_timer_and_running_out_ends_the_round(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    screen = driver.current_screen
    limit = screen.round.timer.limit
    assert limit is not None, "the built-in pack's first quiz has a time limit"
    assert screen.timer_badge is not None and "left" in screen.timer_badge.label
    driver.advance(limit / 2, step=0.5)
    assert driver.screen_name == "quiz"
    driver.advance(limit / 2 + 1, step=0.5)
    assert driver.screen_name == "feedback"
    result = driver.current_screen.result
    assert result.timed_out and result.score == 0.0


def test_a_round_without_a_time_limit_shows_no_timer(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    assert driver.current_screen.round.timer.limit is None
    assert driver.current_screen.timer_badge is None
    assert not driver.current_screen.animating


def test_a_long_timeline_in_a_small_window_at_large_text_scrolls_and_stays_playable(
    start_as_player,
):
    driver = start_as_player(language="pseudo", size=(960, 540), text_scale=1.5)
    open_builtin_pack(driver)
    for _ in range(100):
        screen = driver.current_screen
        if driver.screen_name == "timeline" and screen.scrolls:
            break
        play_step(driver, direct=True)
    else:
        raise AssertionError("no timeline needed to scroll")
    assert driver.overflowing_widgets() == []
    last = max(screen.ordered_cards(), key=lambda card: card.rect.bottom)
    screen.focus(last)
    assert screen.grid.area.contains(last.rect)
    assert screen.grid.scroll > 0
    driver.move_to(screen.grid.area.center)
    driver.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=10, flipped=False))
    assert screen.grid.scroll == 0
    correct = list(screen.round.correct_order)
    order_timeline_by_keyboard(driver, correct)
    assert list(screen.round.order) == correct
