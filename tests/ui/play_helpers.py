"""Play the built-in pack through the UI driver like a player: by what the screen shows.

The helpers read only visible labels (and where widgets are on screen). What the right
answer is comes from an :class:`AnswerKey` made from the pack itself, as a teacher's answer
sheet would: the chronological order of the event texts, who said each quote, the answer
to each question.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.devtools.driver import UiDriver
from game.i18n import Translator
from game.model.pack import Pack
from game.rounds.timeline import chronological
from game.ui.screens.wording import quote_text
from game.ui.widgets.base import Widget
from game.ui.widgets.event_card import EventCard
from game.ui.widgets.quote_card import QuoteCard, SpeakerCard

BUILTIN_TITLE = "Protests in Bishkek"
PLAY_SCREENS = {"scene", "timeline", "who_said", "quiz", "feedback", "results", "review_done"}
CHECK_ORDER = "Check my order"
CHECK_MATCHES = "Check my matches"

Observer = Callable[[UiDriver, str], None]


class AnswerKey:
    """The right answers of a pack, by the labels its rounds show in one language."""

    def __init__(self, pack: Pack, translator: Translator) -> None:
        self.pack = pack
        self.translator = translator

    def text(self, text: object) -> str:
        """Return a pack text as the screens show it."""
        return self.translator.text(text, self.pack)  # type: ignore[arg-type]

    def chronological(self, labels: list[str]) -> list[str]:
        """Return the event ``labels`` in the order the events happened."""
        by_label = {self.text(event.text): event for event in self.pack.events}
        label_of = {by_label[label].id: label for label in labels}
        return [label_of[event_id] for event_id in chronological([by_label[x] for x in labels])]

    def quote_label(self, quote: object) -> str:
        """Return the label of a quote card."""
        return quote_text(self.translator, self.text(quote.text), quote.reported)  # type: ignore[attr-defined]

    def speaker_of(self, quote_label: str) -> str:
        """Return the name of who said the quote labelled ``quote_label``."""
        quote = next(q for q in self.pack.quotes if self.quote_label(q) == quote_label)
        return self.text(self.pack.person(quote.speaker).name)

    def answer_to(self, labels: list[str]) -> str:
        """Return the right answer to the question shown among ``labels``."""
        question = next(q for q in self.pack.questions if self.text(q.prompt) in labels)
        return self.text(question.answer)


def answer_key(driver: UiDriver) -> AnswerKey:
    """Return the answer key of the pack being played, in the game's current language."""
    pack = driver.context.pack
    assert pack is not None, "no pack is being played"
    return AnswerKey(pack, driver.context.translator)


def open_builtin_pack(driver: UiDriver) -> None:
    """From the menu, open the pack list and start the built-in pack."""
    context = driver.context
    driver.click(context.translator.gettext("Play"))
    driver.advance(0.05)
    builtin = context.library.first_builtin(context.translator)
    assert builtin is not None, "the built-in pack does not load"
    driver.click(context.translator.text(builtin.title, builtin))
    assert driver.screen_name in PLAY_SCREENS, driver.screen_name


def focused(driver: UiDriver) -> Widget | None:
    """Return the focused widget of the current screen."""
    return driver.current_screen.focused_widget


def press_until(
    driver: UiDriver,
    condition: Callable[[Widget | None], bool],
    key: int = pygame.K_TAB,
    limit: int = 60,
) -> None:
    """Press ``key`` until ``condition(focused widget)`` holds."""
    for _ in range(limit):
        if condition(focused(driver)):
            return
        driver.press(key)
    raise AssertionError(f"the keyboard never reached the widget; focus is on {focused(driver)!r}")


def focus_label(driver: UiDriver, label: str, key: int = pygame.K_TAB) -> None:
    """Move the keyboard focus to the widget labelled ``label``."""
    press_until(driver, lambda widget: widget is not None and widget.label == label, key)


def event_cards(driver: UiDriver) -> list[EventCard]:
    """Return the timeline's cards in the order they stand on screen (column by column)."""
    middle = driver.context.window_size[0] // 2
    cards = [widget for widget in driver.widgets() if isinstance(widget, EventCard)]
    return sorted(cards, key=lambda card: (card.rect.centerx > middle, card.rect.y))


def shown_order(driver: UiDriver) -> list[str]:
    """Return the labels of the timeline's cards, first to last as they stand."""
    return [card.label for card in event_cards(driver)]


def right_order(driver: UiDriver) -> list[str]:
    """Return the labels of the timeline's cards in the order the events happened."""
    return answer_key(driver).chronological(shown_order(driver))


def order_timeline_by_keyboard(driver: UiDriver, order: list[str]) -> None:
    """Put the cards in ``order`` (labels) with Tab, Space, arrows and Space only."""
    for target, label in enumerate(order):
        focus_label(driver, label)
        driver.press(pygame.K_SPACE)
        assert driver.find(label, exact=True).lifted
        while shown_order(driver).index(label) > target:
            driver.press(pygame.K_UP)
        while shown_order(driver).index(label) < target:
            driver.press(pygame.K_DOWN)
        driver.press(pygame.K_SPACE)
        assert not driver.find(label, exact=True).lifted
        driver.settle()


def order_timeline_by_dragging(driver: UiDriver, order: list[str]) -> None:
    """Put the cards in ``order`` (labels) by dragging each onto the card in its place."""
    for target, label in enumerate(order):
        driver.settle()
        cards = event_cards(driver)
        if cards[target].label == label:
            continue
        driver.drag(driver.find(label, exact=True), cards[target].rect.center, steps=10)
        driver.settle()


def quote_labels(driver: UiDriver) -> list[str]:
    """Return the labels of the quote cards on screen."""
    return [widget.label for widget in driver.widgets() if isinstance(widget, QuoteCard)]


def speaker_labels(driver: UiDriver) -> list[str]:
    """Return the names on the speaker cards on screen."""
    return [widget.label for widget in driver.widgets() if isinstance(widget, SpeakerCard)]


def who_said_answers(driver: UiDriver, right: bool = True) -> dict[str, str]:
    """Return quote label → speaker name: the right speaker, or someone else."""
    key = answer_key(driver)
    answers = {}
    for quote in quote_labels(driver):
        speaker = key.speaker_of(quote)
        answers[quote] = (
            speaker if right else next(name for name in speaker_labels(driver) if name != speaker)
        )
    return answers


def match_quotes_by_keyboard(driver: UiDriver, answers: dict[str, str]) -> None:
    """Match each quote to a speaker with Tab, arrows and Space only."""
    for quote, speaker in answers.items():
        focus_label(driver, quote)
        driver.press(pygame.K_SPACE)
        focus_label(driver, speaker, pygame.K_DOWN)
        driver.press(pygame.K_SPACE)


def match_quotes_by_clicking(driver: UiDriver, answers: dict[str, str]) -> None:
    """Match each quote to a speaker by clicking the quote, then the speaker."""
    for quote, speaker in answers.items():
        driver.click(driver.find(quote, exact=True))
        driver.click(driver.find(speaker, exact=True))


def quiz_choice(driver: UiDriver, right: bool = True) -> int:
    """Return the number (1-based) of the right answer on screen, or of a wrong one."""
    from game.ui.widgets.answer_button import AnswerButton

    answer = answer_key(driver).answer_to(driver.labels())
    choices = [widget.label for widget in driver.widgets() if isinstance(widget, AnswerButton)]
    if right:
        return choices.index(answer) + 1
    return next(number for number, label in enumerate(choices, 1) if label != answer)


def play_step(
    driver: UiDriver,
    right: bool = True,
    keyboard: bool = False,
    after_screen: Observer | None = None,
    direct: bool = False,
) -> str:
    """Play whatever the current screen asks, right or wrong; return the screen's name.

    ``direct`` orders a timeline with the keyboard and submits it with a click, for tests
    about what the screens show rather than about input (much faster than dragging).
    """
    name = driver.screen_name
    if name == "timeline":
        correct = right_order(driver)
        wanted = correct if right else correct[::-1]
        if keyboard or direct:
            order_timeline_by_keyboard(driver, wanted)
        else:
            order_timeline_by_dragging(driver, wanted)
        if after_screen:
            after_screen(driver, "answered")
        if keyboard:
            press_until(driver, lambda widget: isinstance(widget, EventCard))
            driver.press(pygame.K_RETURN)
        else:
            driver.click(driver.context.translator.gettext(CHECK_ORDER))
    elif name == "who_said":
        check_matches = driver.context.translator.gettext(CHECK_MATCHES)
        answers = who_said_answers(driver, right)
        if keyboard:
            match_quotes_by_keyboard(driver, answers)
        else:
            match_quotes_by_clicking(driver, answers)
        if after_screen:
            after_screen(driver, "answered")
        if keyboard:
            assert focused(driver) is driver.find(check_matches, exact=True)
            driver.press(pygame.K_RETURN)
        else:
            driver.click(check_matches)
    elif name == "quiz":
        driver.press(pygame.K_0 + quiz_choice(driver, right))
        if after_screen:
            after_screen(driver, "answered")
        driver.press(pygame.K_RETURN)
    elif name in ("scene", "feedback"):
        driver.press(pygame.K_RETURN)
    else:
        raise AssertionError(f"nothing to play on {name}")
    return name


def play_to_results(
    driver: UiDriver,
    right: bool = True,
    keyboard: bool = False,
    after_screen: Observer | None = None,
    limit: int = 300,
    direct: bool = False,
) -> list[str]:
    """Play every step until the results screen; return the names of the screens seen."""
    seen = []
    for _ in range(limit):
        if driver.screen_name == "results":
            return seen
        if after_screen:
            after_screen(driver, "shown")
        seen.append(play_step(driver, right, keyboard, after_screen, direct))
    raise AssertionError(f"the play never reached the results; last screen {driver.screen_name}")


def last_attempt(driver: UiDriver):
    """Return the last attempt the progress store holds for the pack being played."""
    pack = driver.context.pack
    assert pack is not None and driver.context.store is not None
    return driver.context.store.attempts(pack.id)[-1]
