"""Play the built-in pack through the UI driver, answering right or wrong, like a player would."""

from __future__ import annotations

import pygame

from game.ui.widgets.event_card import EventCard

BUILTIN_TITLE = "Protests in Bishkek"
PLAY_SCREENS = {"scene", "timeline", "who_said", "quiz", "feedback", "results", "review_done"}


def open_builtin_pack(driver) -> None:
    """From the menu, open the pack list and start the built-in pack."""
    driver.click(driver.context.translator.gettext("Play"))
    driver.advance(0.05)
    pack_card = next(
        widget
        for widget in driver.widgets()
        if getattr(widget, "entry", None) and widget.entry.builtin
    )
    driver.click(pack_card)
    assert driver.screen_name in PLAY_SCREENS, driver.screen_name


def focused(driver):
    """Return the focused widget of the current screen."""
    return driver.current_screen.focused_widget


def press_until(driver, condition, key: int = pygame.K_TAB, limit: int = 60) -> None:
    """Press ``key`` until ``condition(focused widget)`` holds."""
    for _ in range(limit):
        if condition(focused(driver)):
            return
        driver.press(key)
    raise AssertionError(f"the keyboard never reached the widget; focus is on {focused(driver)!r}")


def order_timeline_by_keyboard(driver, order: list[str]) -> None:
    """Put the cards in ``order`` with Tab, Space, arrows and Space only."""
    screen = driver.current_screen
    for target, event_id in enumerate(order):
        press_until(
            driver,
            lambda widget, e=event_id: isinstance(widget, EventCard) and widget.event_id == e,
        )
        driver.press(pygame.K_SPACE)
        assert screen.cards[event_id].lifted
        while list(screen.round.order).index(event_id) > target:
            driver.press(pygame.K_UP)
        while list(screen.round.order).index(event_id) < target:
            driver.press(pygame.K_DOWN)
        driver.press(pygame.K_SPACE)
        assert not screen.cards[event_id].lifted


def order_timeline_by_dragging(driver, order: list[str]) -> None:
    """Put the cards in ``order`` by dragging each one onto its slot with the mouse."""
    screen = driver.current_screen
    for target, event_id in enumerate(order):
        driver.settle()
        if list(screen.round.order).index(event_id) == target:
            continue
        driver.drag(screen.cards[event_id], screen.slots[target].center, steps=10)
        driver.settle()


def match_quotes_by_keyboard(driver, answers: dict[str, str]) -> None:
    """Match each quote to a speaker with Tab, arrows and Space only."""
    for quote_id, person_id in answers.items():
        press_until(driver, lambda widget, q=quote_id: getattr(widget, "quote_id", None) == q)
        driver.press(pygame.K_SPACE)
        press_until(
            driver,
            lambda widget, p=person_id: getattr(widget, "person_id", None) == p,
            pygame.K_DOWN,
        )
        driver.press(pygame.K_SPACE)


def match_quotes_by_clicking(driver, answers: dict[str, str]) -> None:
    """Match each quote to a speaker by clicking the quote, then the speaker."""
    screen = driver.current_screen
    for quote_id, person_id in answers.items():
        driver.click(next(card for card in screen.quote_cards if card.quote_id == quote_id))
        driver.click(next(card for card in screen.speaker_cards if card.person_id == person_id))


def wrong_person(screen, quote) -> str:
    """Return a person in the round who did not say ``quote``."""
    return next(person.id for person in screen.round.people if person.id != quote.speaker)


def play_step(
    driver, right: bool = True, keyboard: bool = False, after_screen=None, direct: bool = False
) -> str:
    """Play whatever the current screen asks, right or wrong; return the screen's name.

    ``direct`` moves cards and makes matches through the screen's own methods instead of
    simulated input, for tests about layout rather than input (much faster).
    """
    screen = driver.current_screen
    name = driver.screen_name
    if direct and name in ("timeline", "who_said"):
        play_directly(driver, screen, right)
        if after_screen:
            after_screen(driver, "answered")
        driver.click(screen.submit)
    elif name == "timeline":
        correct = list(screen.round.correct_order)
        wanted = correct if right else correct[::-1]
        if keyboard:
            order_timeline_by_keyboard(driver, wanted)
        else:
            order_timeline_by_dragging(driver, wanted)
        if after_screen:
            after_screen(driver, "answered")
        if keyboard:
            press_until(driver, lambda widget: isinstance(widget, EventCard))
            driver.press(pygame.K_RETURN)
        else:
            driver.click(screen.submit)
    elif name == "who_said":
        answers = {
            quote.id: quote.speaker if right else wrong_person(screen, quote)
            for quote in screen.round.quotes
        }
        if keyboard:
            match_quotes_by_keyboard(driver, answers)
        else:
            match_quotes_by_clicking(driver, answers)
        if after_screen:
            after_screen(driver, "answered")
        if keyboard:
            assert focused(driver) is screen.submit
            driver.press(pygame.K_RETURN)
        else:
            driver.click(screen.submit)
    elif name == "quiz":
        ids = [choice.id for choice in screen.choices]
        index = (
            ids.index("answer") if right else next(i for i, c in enumerate(ids) if c != "answer")
        )
        driver.press(pygame.K_1 + index)
        assert screen.answer_result is not None and screen.answer_result.right == right
        if after_screen:
            after_screen(driver, "answered")
        driver.press(pygame.K_RETURN)
    elif name in ("scene", "feedback"):
        driver.press(pygame.K_RETURN)
    else:
        raise AssertionError(f"nothing to play on {name}")
    return name


def play_directly(driver, screen, right: bool) -> None:
    """Answer a timeline or who-said round through the screen's own methods."""
    if screen.name == "timeline":
        correct = list(screen.round.correct_order)
        for target, event_id in enumerate(correct if right else correct[::-1]):
            screen.round.move(list(screen.round.order).index(event_id), target)
        screen.place_cards(instant=True)
    else:
        for quote in screen.round.quotes:
            person = quote.speaker if right else wrong_person(screen, quote)
            screen.match(quote.id, person)
    driver.render(force=True)


def play_to_results(
    driver,
    right: bool = True,
    keyboard: bool = False,
    after_screen=None,
    limit: int = 300,
    direct: bool = False,
):
    """Play every step until the results screen; return the names of the screens seen."""
    seen = []
    for _ in range(limit):
        if driver.screen_name == "results":
            return seen
        if after_screen:
            after_screen(driver, "shown")
        seen.append(play_step(driver, right, keyboard, after_screen, direct))
    raise AssertionError(f"the play never reached the results; last screen {driver.screen_name}")
