"""The smaller things: Quit asks first, arrows stop at the ends, the name form says what it wants."""

from __future__ import annotations

import pygame
import pytest
from play_helpers import focused

from game.ui.screens.profiles import MAX_NAME_LENGTH


def test_quit_in_the_menu_asks_and_keep_playing_stays(start_as_player):
    """Clicking Quit asks; Keep playing (and Esc) close the question and the game goes on."""
    driver = start_as_player()
    driver.click("Quit")
    assert "Quit Okuya?" in driver.labels()
    assert not driver.app.stack.quit_requested
    driver.click("Keep playing")
    assert driver.screen_name == "menu"
    driver.click("Quit")
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "menu"
    assert not driver.app.stack.quit_requested


def test_enter_on_the_quit_question_keeps_playing(start_as_player):
    """The safe answer has the focus: Enter on the quit question keeps the game open."""
    driver = start_as_player()
    driver.click("Quit")
    driver.press(pygame.K_RETURN)
    assert driver.screen_name == "menu"
    assert not driver.app.stack.quit_requested


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_the_quit_question_fits_in_every_language(start_as_player, language):
    """The quit question's texts and buttons fit in en, ru and ky."""
    driver = start_as_player(language=language)
    driver.click(driver.context.translator.gettext("Quit"))
    assert driver.overflowing_widgets() == []


def test_arrows_stop_at_the_ends_of_the_menu_and_never_reach_quit_by_wrapping(start_as_player):
    """Up on the first menu button stays there; Down at the last stays on the last."""
    driver = start_as_player()
    driver.press(pygame.K_TAB)
    for _ in range(3):
        driver.press(pygame.K_UP)
    assert focused(driver).label == "Play"
    for _ in range(12):
        driver.press(pygame.K_DOWN)
    assert focused(driver).label == "Quit"
    driver.press(pygame.K_DOWN)
    assert focused(driver).label == "Quit"


def test_type_a_name_first_goes_away_once_a_letter_is_typed(make_driver):
    """The "Type a name first." error disappears as soon as the player types."""
    driver = make_driver(language="en")
    driver.click("Start playing")
    assert "Type a name first." in driver.labels()
    driver.type_text("А")
    assert "Type a name first." not in driver.labels()
    assert "Letters of any alphabet are fine." in driver.labels()


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_a_name_at_the_length_limit_says_so(make_driver, language):
    """Typing past the limit keeps 30 letters and says that a name can be at most 30 long."""
    driver = make_driver(language=language)
    driver.type_text("Ж" * (MAX_NAME_LENGTH + 5))
    translator = driver.context.translator
    limit = translator.ngettext(
        "A name can be at most {count} letter long.",
        "A name can be at most {count} letters long.",
        MAX_NAME_LENGTH,
    ).format(count=translator.format_number(MAX_NAME_LENGTH))
    assert limit in driver.labels()
    assert str(MAX_NAME_LENGTH) in limit
    assert driver.find(translator.gettext("Your name")).value == "Ж" * MAX_NAME_LENGTH
    assert driver.overflowing_widgets() == []


def test_the_first_name_screen_leads_back_to_the_language_choice(make_driver):
    """Before any player exists, the name screen has a way back to the language choice."""
    driver = make_driver(language=None)
    assert driver.screen_name == "language"
    driver.click("Русский")
    assert driver.screen_name == "profiles"
    driver.click("Выбрать другой язык")
    assert driver.screen_name == "language"
    driver.click("English")
    assert driver.screen_name == "profiles"
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "language"


def test_a_story_card_does_not_say_round_n_of_m(start_as_player):
    """The story screens between rounds say "Story", not "Round 3 of 10"."""
    from play_helpers import open_builtin_pack

    driver = start_as_player()
    open_builtin_pack(driver)
    assert driver.screen_name == "scene"
    assert "Story" in driver.labels()
    assert not any(label.startswith("Round ") for label in driver.labels())


def test_the_who_said_toast_stays_above_the_hint_line(start_as_player):
    """ "Match every quote first" appears above the hint line and Check button, covering neither."""
    from play_helpers import CHECK_MATCHES, open_builtin_pack, play_step

    driver = start_as_player()
    open_builtin_pack(driver)
    for _ in range(60):
        if driver.screen_name == "who_said":
            break
        play_step(driver, direct=True)
    driver.click(CHECK_MATCHES)
    toast = driver.find("Match every quote first")
    assert toast.visible
    hint = next(w for w in driver.widgets() if w.label.startswith(("Drag", "Click", "Press")))
    assert not toast.rect.colliderect(hint.rect)
    assert not toast.rect.colliderect(driver.find(CHECK_MATCHES).rect)


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_about_never_shows_a_line_cut_in_half(start_as_player, language):
    """Scrolled anywhere, About shows each text row's lines whole at the top and bottom edges."""
    driver = start_as_player(language=language, size=(960, 540), text_scale=1.5)
    driver.click(driver.context.translator.gettext("About"))
    text = driver.context.text
    for _ in range(12):
        for row in driver.current_screen.rows:
            if not row.visible or row.clip is None:
                continue
            line = text.line_height(row.font_size, row.bold)
            top = max(row.rect.top, row.clip.top)
            bottom = min(row.rect.bottom, row.clip.bottom)
            assert (top - row.rect.top) % line == 0, row.label
            assert bottom == row.rect.bottom or (bottom - row.rect.top) % line == 0, row.label
        driver.press(pygame.K_DOWN)


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_the_pack_card_shows_its_length_and_the_best_score(start_as_player, language):
    """The pack card says how many steps the pack has, and the best score once played through."""
    from play_helpers import BUILTIN_TITLE, play_to_results

    driver = start_as_player(language=language)
    translator = driver.context.translator
    driver.click(translator.gettext("Play"))
    steps = len(driver.context.library.first_builtin(translator).play)
    length = translator.ngettext("{count} step", "{count} steps", steps).format(
        count=translator.format_number(steps)
    )
    assert any(length in label for label in driver.labels())
    assert translator.gettext("Not played to the end yet") in driver.labels()
    assert driver.overflowing_widgets() == []
    if language != "en":
        return
    driver.click(BUILTIN_TITLE)
    play_to_results(driver, direct=True)
    for _ in range(5):
        if driver.screen_name == "menu":
            break
        driver.press(pygame.K_ESCAPE)
    assert driver.screen_name in {"menu", "packs"}
    if driver.screen_name == "menu":
        driver.click("Play")
    assert any(label.startswith("Best score so far: ") for label in driver.labels())
    assert "Not played to the end yet" not in driver.labels()
