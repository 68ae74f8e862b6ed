"""A scripted player for ``okuya screenshots`` and ``okuya bench``: plays a pack through the driver.

It uses real input (drags, clicks, number keys, Enter) so the frames it produces are the
frames a student's game draws, and it reads the round objects only to know the answers.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.devtools.driver import UiDriver
from game.model.pack import Quote
from game.ui.screens.results import ResultsScreen
from game.ui.screens.who_said import WhoSaidScreen

PLAY_SCREENS = {"scene", "timeline", "who_said", "quiz", "feedback", "results", "review_done"}
STEP_LIMIT = 400

Observer = Callable[[UiDriver, str], None]


def open_pack(driver: UiDriver, builtin: bool = True) -> None:
    """From the menu, open the pack list and start the first (built-in) pack that loads."""
    menu = driver.current_screen
    driver.click(menu.play_button)
    driver.advance(0.05)
    cards = [widget for widget in driver.widgets() if getattr(widget, "entry", None) is not None]
    playable = [
        card
        for card in cards
        if card.entry.pack is not None and (card.entry.builtin or not builtin)
    ]
    if not playable:
        raise RuntimeError("no playable pack to open")
    driver.click(playable[0])


def _wrong_person(screen: WhoSaidScreen, quote: Quote) -> str:
    """Return a person of the round who did not say ``quote``."""
    return next(person.id for person in screen.round.people if person.id != quote.speaker)


def answer_timeline(driver: UiDriver, right: bool) -> None:
    """Drag the cards into the right (or reversed) order, then submit."""
    screen = driver.current_screen
    correct = list(screen.round.correct_order)
    wanted = correct if right else correct[::-1]
    for target, event_id in enumerate(wanted):
        driver.settle()
        if list(screen.round.order).index(event_id) == target:
            continue
        driver.drag(screen.cards[event_id], screen.slots[target].center, steps=10)
        driver.settle()
    # A drag can land one place off when slots scroll; finish the order exactly.
    for target, event_id in enumerate(wanted):
        index = list(screen.round.order).index(event_id)
        if index != target:
            screen.round.move(index, target)
    screen.place_cards(instant=True)
    driver.render(force=True)


def answer_who_said(driver: UiDriver, right: bool) -> None:
    """Click each quote, then its speaker (or a wrong one)."""
    screen = driver.current_screen
    for quote in screen.round.quotes:
        person_id = quote.speaker if right else _wrong_person(screen, quote)
        driver.click(next(card for card in screen.quote_cards if card.quote_id == quote.id))
        driver.click(next(card for card in screen.speaker_cards if card.person_id == person_id))


def answer_quiz(driver: UiDriver, right: bool) -> None:
    """Press the number key of the right (or a wrong) answer."""
    screen = driver.current_screen
    ids = [choice.id for choice in screen.choices]
    index = (
        ids.index("answer")
        if right
        else next(i for i, choice in enumerate(ids) if choice != "answer")
    )
    driver.press(pygame.K_1 + index)


def play_step(driver: UiDriver, right: bool = True, observe: Observer | None = None) -> str:
    """Play what the current screen asks; return its name. ``observe`` sees answered screens."""
    screen = driver.current_screen
    name = driver.screen_name
    if name == "timeline":
        answer_timeline(driver, right)
        if observe:
            observe(driver, "answered")
        driver.click(screen.submit)
    elif name == "who_said":
        answer_who_said(driver, right)
        if observe:
            observe(driver, "answered")
        driver.click(screen.submit)
    elif name == "quiz":
        answer_quiz(driver, right)
        if observe:
            observe(driver, "answered")
        driver.press(pygame.K_RETURN)
    elif name in ("scene", "feedback"):
        driver.advance(0.25)
        driver.press(pygame.K_RETURN)
    else:
        raise RuntimeError(f"nothing to play on the {name} screen")
    driver.settle(2.0)
    return name


def play_to_results(
    driver: UiDriver, right: bool = True, observe: Observer | None = None
) -> list[str]:
    """Play every step until the results (or review summary) screen; return the screens seen."""
    seen = []
    for _ in range(STEP_LIMIT):
        if driver.screen_name in ("results", "review_done"):
            return seen
        if observe:
            observe(driver, "shown")
        seen.append(play_step(driver, right, observe))
    raise RuntimeError(f"the play never reached the results; last screen {driver.screen_name}")


def start_player(driver: UiDriver, name: str = "Айгүл") -> None:
    """Create a player on the profiles screen and go to the menu."""
    if driver.screen_name == "language":
        driver.app.stack.apply(driver.current_screen.choose(driver.context.settings.language))
        driver.render()
    driver.type_text(name)
    driver.press(pygame.K_RETURN)
    # With ``--pack`` the game goes straight from the new player to the pack's first screen.
    if driver.screen_name != "menu" and driver.screen_name not in PLAY_SCREENS:
        raise RuntimeError(f"could not create a player; on the {driver.screen_name} screen")


def _answer_right(mode: str, round_number: int) -> bool:
    """Return whether round ``round_number`` (1-based) is answered right in ``mode``."""
    return mode == "right" or (mode == "mixed" and round_number % 2 == 1)


def autoplay_command(
    pack: str | None, mode: str, player: str | None, language: str | None = None
) -> int:
    """Play a pack through headless as ``player`` (``okuya play --autoplay``); return the status.

    ``mode`` is ``right``, ``wrong`` or ``mixed`` (odd rounds right, even rounds wrong). The
    play is saved, and sent to the class when the PC is connected to one, like a student's.
    """
    import sys

    from game.classroom.status import class_status_line, send_before_exit
    from game.storage.locations import data_dir

    driver = UiDriver(data_dir(), language=language or "en", pack_path=pack)
    translator = driver.context.translator
    try:
        start_player(driver, player or "Autoplay")
        if driver.screen_name == "menu":
            open_pack(driver, builtin=pack is None)
        rounds = 0
        for _ in range(STEP_LIMIT):
            if driver.screen_name in ("results", "review_done"):
                break
            if driver.screen_name in ("timeline", "who_said", "quiz"):
                rounds += 1
            play_step(driver, _answer_right(mode, rounds))
        else:
            raise RuntimeError(f"the play never reached the results; on {driver.screen_name}")
        results = driver.current_screen
        if not isinstance(results, ResultsScreen):
            raise RuntimeError(
                f"the play ended on the {driver.screen_name} screen, not the results"
            )
        print(
            translator.gettext("Played {pack} as {player}: {score}.").format(
                pack=results.play.pack.id,
                player=player or "Autoplay",
                score=translator.format_percent(results.play.session.score),
            )
        )
    except (RuntimeError, LookupError) as error:
        print(
            translator.gettext("okuya play --autoplay: {problem}").format(problem=error),
            file=sys.stderr,
        )
        return 1
    finally:
        driver.close()
    # Like a student closing the game: what the LRS did not take yet waits in the outbox.
    send_before_exit()
    line = class_status_line(translator)
    if line:
        print(line)
    return 0
