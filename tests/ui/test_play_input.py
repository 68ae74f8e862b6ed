"""The round screens take keyboard only, drag and drop, click-click and number keys; timers run out."""

from __future__ import annotations

import pygame
from play_helpers import (
    CHECK_MATCHES,
    CHECK_ORDER,
    event_cards,
    focus_label,
    focused,
    last_attempt,
    match_quotes_by_keyboard,
    open_builtin_pack,
    order_timeline_by_dragging,
    order_timeline_by_keyboard,
    play_step,
    play_to_results,
    quiz_choice,
    quote_labels,
    right_order,
    shown_order,
    speaker_labels,
    who_said_answers,
)

from game.model.pack import QuizStep
from game.ui.widgets.answer_button import AnswerButton
from game.ui.widgets.quote_card import QuoteCard, SpeakerCard


def play_until(driver, name: str, limit: int = 100) -> None:
    """Play (rightly) until the screen called ``name`` is on top."""
    for _ in range(limit):
        if driver.screen_name == name:
            return
        play_step(driver)
    raise AssertionError(f"never reached {name}")


def full_marks(driver) -> bool:
    """Return True when the feedback on screen gives the round full marks."""
    return any(label.startswith("Score: 100%") for label in driver.labels())


def quote_cards(driver) -> list[QuoteCard]:
    """Return the quote cards on screen, top first."""
    return [widget for widget in driver.widgets() if isinstance(widget, QuoteCard)]


def speaker_card(driver, name: str) -> SpeakerCard:
    """Return the speaker card showing ``name``."""
    return next(w for w in driver.widgets() if isinstance(w, SpeakerCard) and w.label == name)


def answer_buttons(driver) -> list[AnswerButton]:
    """Return the answers of the quiz question on screen, in their numbered order."""
    return [widget for widget in driver.widgets() if isinstance(widget, AnswerButton)]


def test_the_whole_pack_can_be_played_with_the_keyboard_alone(start_as_player):
    """Every round of the pack can be answered and checked with the keyboard only."""
    driver = start_as_player()
    open_builtin_pack(driver)
    seen = play_to_results(driver, right=True, keyboard=True)
    assert {"timeline", "who_said", "quiz"} <= set(seen)
    assert last_attempt(driver).score == 1.0


def test_a_timeline_round_by_keyboard_space_lifts_arrows_move_enter_submits(start_as_player):
    """Space lifts a card, arrows move it, Space drops it; Enter checks the order."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    correct = right_order(driver)
    order_timeline_by_keyboard(driver, correct)
    assert shown_order(driver) == correct
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "feedback"
    assert full_marks(driver)


def test_a_lifted_card_moves_with_the_arrows_and_keeps_the_focus(start_as_player):
    """A lifted card moves two places with two arrows, keeps the focus, and Esc drops it."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    first = shown_order(driver)[0]
    assert focused(driver).label == first
    driver.press(pygame.K_SPACE)
    driver.press(pygame.K_DOWN)
    driver.press(pygame.K_DOWN)
    assert shown_order(driver).index(first) == 2
    assert focused(driver).label == first
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "timeline"
    assert not driver.find(first, exact=True).lifted


def test_a_who_said_round_by_keyboard_matches_every_quote(start_as_player):
    """Every quote can be matched with the keyboard; the focus then rests on the check button."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    match_quotes_by_keyboard(driver, who_said_answers(driver))
    assert all(card.match is not None for card in quote_cards(driver))
    assert focused(driver) is driver.find(CHECK_MATCHES, exact=True)
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "feedback"
    assert full_marks(driver)


def test_delete_takes_a_match_off_and_a_speaker_can_take_several_quotes(start_as_player):
    """One speaker can take two quotes; Delete on a quote takes its match off again."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    first, second = quote_labels(driver)[:2]
    person = speaker_labels(driver)[0]
    match_quotes_by_keyboard(driver, {first: person, second: person})
    assert [card.match for card in quote_cards(driver)][:2] == [person, person]
    assert speaker_card(driver, person).count == 2
    focus_label(driver, first)
    driver.press(pygame.K_DELETE)
    assert [card.match for card in quote_cards(driver)][:2] == [None, person]


def test_submitting_with_a_quote_unmatched_asks_for_every_match_first(start_as_player):
    """Checking with a quote unmatched stays on the round and says why."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    driver.click(CHECK_MATCHES)
    assert driver.screen_name == "who_said"
    assert driver.current_screen.toast.visible


def test_reported_speech_is_tagged_on_its_quote_card(start_as_player):
    """A paraphrase carries the reported-speech tag; a quote in the speaker's words does not."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    pack, translator = driver.context.pack, driver.context.translator
    reported = {translator.text(quote.text, pack) for quote in pack.quotes if quote.reported}
    for card in quote_cards(driver):
        assert bool(card.tag) == (card.label in reported)
    assert any(card.tag for card in quote_cards(driver))


def test_dragging_cards_with_the_mouse_orders_the_timeline(start_as_player):
    """Dragging every card onto its place orders the timeline rightly."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    correct = right_order(driver)
    order_timeline_by_dragging(driver, correct)
    assert shown_order(driver) == correct
    driver.click(CHECK_ORDER)
    assert full_marks(driver)


def test_while_dragging_the_other_cards_slide_aside_and_the_card_snaps_in_on_release(
    start_as_player,
):
    """While a card is dragged the others make room; on release it snaps into its place."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    cards = event_cards(driver)
    places = [card.rect.copy() for card in cards]
    dragged, second = cards[0], cards[1]
    start, end = dragged.rect.center, places[2].center
    driver.wait_for_input()
    driver.move_to(start)
    driver._button_down = True
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1))
    driver.move_to(((start[0] + end[0]) // 2, (start[1] + end[1]) // 2))
    driver.move_to(end)
    assert dragged.dragging
    # The card that was second has moved up into the first place to open the gap.
    assert second.rect == places[0]
    assert driver.current_screen.animating
    driver._button_down = False
    driver.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1))
    driver.settle()
    assert shown_order(driver).index(dragged.label) == 2
    assert dragged.drawn_rect == dragged.rect == places[2]
    assert not driver.current_screen.animating


def test_under_reduced_motion_cards_jump_to_their_place_at_once(start_as_player):
    """With reduced motion a moved card is drawn in its new place at once, nothing animates."""
    driver = start_as_player()
    driver.context.update_settings(reduced_motion=True)
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    card = event_cards(driver)[0]
    driver.press(pygame.K_SPACE)
    driver.press(pygame.K_DOWN)
    assert card.drawn_rect == card.rect
    assert not driver.current_screen.animating


def test_dragging_a_quote_onto_a_speaker_matches_them(start_as_player):
    """Dropping a quote card on a speaker card matches the two."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    card = quote_cards(driver)[0]
    speaker = speaker_card(driver, who_said_answers(driver)[card.label])
    speaker.scroll_parent.scroll_into_view(speaker)
    driver.drag(card, speaker.rect.clip(speaker.clip).center)
    assert card.match == speaker.label
    assert [other.match for other in quote_cards(driver)][1:] == [None] * (
        len(quote_cards(driver)) - 1
    )


def test_clicking_the_match_chip_takes_the_match_off(start_as_player):
    """The chip that names a quote's match takes the match off when clicked."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    card = quote_cards(driver)[0]
    driver.click(card)
    driver.click(speaker_labels(driver)[0])
    assert card.match is not None
    driver.click_at(card.chip_rect().center)
    assert card.match is None
    assert all(other.match is None for other in quote_cards(driver))


def test_quiz_answers_with_number_keys_and_shows_the_explanation(start_as_player):
    """A number key answers; both verdicts show in words and colour; a second key is ignored."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    wrong = quiz_choice(driver, right=False)
    question = next(label for label in driver.labels() if label.endswith("?"))
    driver.press(pygame.K_0 + wrong)
    marked = {button.verdict for button in answer_buttons(driver)}
    assert marked == {"right", "wrong", None} or marked == {"right", "wrong"}
    assert answer_buttons(driver)[wrong - 1].verdict == "wrong"
    # Colour is never the only signal: each marked answer also says it in words.
    words = {b.verdict: b.verdict_text for b in answer_buttons(driver) if b.verdict}
    assert words["right"] and words["wrong"] and words["right"] != words["wrong"]
    assert any("From the article" in label for label in driver.labels())
    other = next(n for n in range(1, len(answer_buttons(driver)) + 1) if n != wrong)
    driver.press(pygame.K_0 + other)  # a second answer is ignored
    assert answer_buttons(driver)[wrong - 1].verdict == "wrong"
    assert answer_buttons(driver)[other - 1].verdict != "wrong"
    driver.press(pygame.K_RETURN)
    assert question not in driver.labels()


def test_a_quiz_time_limit_shows_a_timer_and_running_out_ends_the_round(start_as_player):
    """A timed quiz shows the time left; when it runs out the feedback says so and scores 0."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    step = next(step for step in driver.context.pack.rounds if isinstance(step, QuizStep))
    limit = step.time_limit
    assert limit is not None, "the built-in pack's first quiz has a time limit"
    assert any(label.endswith("left") for label in driver.labels())
    driver.advance(limit / 2, step=0.5)
    assert driver.screen_name == "quiz"
    driver.advance(limit / 2 + 1, step=0.5)
    assert driver.screen_name == "feedback"
    assert "Time ran out: your answers so far were checked." in driver.labels()
    assert any(label.startswith("Score: 0%") for label in driver.labels())


def test_a_round_without_a_time_limit_shows_no_timer(start_as_player):
    """An untimed timeline shows no time left and, left alone, nothing animates."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    driver.settle()
    assert not any(label.endswith("left") for label in driver.labels())
    assert not driver.current_screen.animating


def test_a_long_timeline_in_a_small_window_at_large_text_scrolls_and_stays_playable(
    start_as_player,
):
    """At 150 % text in a small window a long timeline scrolls, fits, and can still be ordered."""
    driver = start_as_player(language="pseudo", size=(960, 540), text_scale=1.5)
    open_builtin_pack(driver)
    for _ in range(100):
        # A card that does not wholly fit in the view: the cards must scroll to be seen.
        if driver.screen_name == "timeline" and any(
            card.clip is not None and not card.clip.contains(card.rect)
            for card in event_cards(driver)
        ):
            break
        play_step(driver, direct=True)
    else:
        raise AssertionError("no timeline needed to scroll")
    assert driver.overflowing_widgets() == []
    last = max(event_cards(driver), key=lambda card: card.rect.bottom)
    first = min(event_cards(driver), key=lambda card: card.rect.top)
    focus_label(driver, last.label)
    assert last.clip.contains(last.rect)
    assert first.scrolled_out_of_view() or not last.clip.contains(first.rect)
    driver.move_to(last.clip.center)
    driver.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=10, flipped=False))
    assert last.clip.contains(first.rect)
    correct = right_order(driver)
    order_timeline_by_keyboard(driver, correct)
    assert shown_order(driver) == correct
