"""In the pseudo-locale no screen draws English prose: every visible text went through the translator.

Every string the game draws passes through ``TextRenderer.render``; the test records them
all while it walks every screen in the pseudo-locale (pack list with a broken pack, settings,
about, pause, each kind of round before and after answering, feedback, results, the review of
mistakes, the notice about damaged progress, the profiles). What may stay in plain letters is
data, not interface: the article's own words (evidence excerpts, the citation), the language
names, file paths, and the ids and words a pack author wrote in the broken pack.
"""

from __future__ import annotations

import re

import pygame
import pytest

from game.devtools import autoplay
from game.i18n.pseudo import pseudo_localize
from game.i18n.quotes import second_level
from game.ui.screen import PopTo
from game.ui.screens.notice import recovered_store_notice
from game.ui.screens.pause import PauseScreen

# A word of English prose: two or more ASCII letters, not part of an identifier or a path.
_WORD = re.compile(r"(?<![\w./\\-])[A-Za-z]{2,}(?![\w./\\[-])")
DAMAGED_FILE = "progress.corrupt-20261127.db"


def untranslated_words(text: str, data: set[str], words: frozenset[str] = frozenset()) -> list[str]:
    """Return the English words in ``text`` that are neither in a ``data`` string nor ``words``."""
    for shown_as_written in sorted(data, key=len, reverse=True):
        text = text.replace(shown_as_written, " ")
    return [word for word in _WORD.findall(text) if word.casefold() not in words]


def pack_data(pack) -> set[str]:
    """Return the pack's texts that are shown as written: evidence excerpts and the citation."""
    found = {item.evidence for item in (*pack.events, *pack.quotes, *pack.questions)}
    # Shown inside the game's own quotation marks, their inner quotes step down a level.
    found |= {second_level(text, "pseudo") for text in found}
    source = pack.source
    found |= {source.title.source, source.publisher, source.author or "", source.url or ""}
    return {text for text in found if text}


def walk_every_screen(driver) -> None:
    """Visit every screen a player can reach, answering wrongly, then practising the mistakes."""
    autoplay.start_player(driver)
    menu = driver.current_screen
    for button in (menu.play_button, menu.settings_button, menu.about_button):
        driver.click(button)
        driver.advance(0.1)
        driver.press(pygame.K_ESCAPE)
    autoplay.open_pack(driver)
    driver.show(PauseScreen(driver.context))
    driver.press(pygame.K_ESCAPE)
    autoplay.play_to_results(driver, right=False)
    driver.click(driver.current_screen.practise)
    autoplay.play_to_results(driver, right=True)
    driver.app.stack.apply(PopTo("menu"))
    driver.show(recovered_store_notice(driver.context, DAMAGED_FILE))
    driver.press(pygame.K_ESCAPE)
    driver.click(driver.current_screen.player_button)


def test_the_check_finds_english_beside_pseudo_text():
    """The check itself can fail: plain English is caught, pseudo text and data are not."""
    assert untranslated_words(f"Save {pseudo_localize('Save')}", set()) == ["Save"]
    assert (
        untranslated_words(pseudo_localize("Round {n} of {total}").format(n=2, total=9), set())
        == []
    )
    assert untranslated_words("pack.yaml:3:1: events[0].when", set()) == []
    assert untranslated_words("“They surrendered,” he said", {"They surrendered,"}) == [
        "he",
        "said",
    ]


@pytest.mark.slow
def test_no_screen_shows_untranslated_text_in_the_pseudo_locale(make_driver, user_packs):
    """No screen shows untranslated text in the pseudo-locale."""
    driver = make_driver(language="pseudo")
    drawn: dict[str, str] = {}
    screens_drawn: set[str] = set()
    render = driver.context.text.render

    def recording_render(text: str, *arguments, **options):
        drawn.setdefault(text, driver.screen_name)
        screens_drawn.add(driver.screen_name)
        return render(text, *arguments, **options)

    driver.context.text.render = recording_render
    driver.render(force=True)
    walk_every_screen(driver)

    entries = driver.context.library.loaded_entries()
    builtin = next(entry.pack for entry in entries if entry.builtin)
    data = pack_data(builtin) | {"English", "pseudo", DAMAGED_FILE, str(user_packs)}
    authors_words: set[str] = set()
    for entry in entries:
        if not entry.builtin:
            # What the author wrote (ids, field names) is quoted back to them as written.
            source = (entry.folder / "pack.yaml").read_text(encoding="utf-8")
            authors_words |= {word.casefold() for word in _WORD.findall(source)}
    assert {
        "packs",
        "settings",
        "about",
        "timeline",
        "who_said",
        "quiz",
        "results",
    } <= screens_drawn
    problems = [
        f"{screen}: {words} in {text!r}"
        for text, screen in drawn.items()
        if (words := untranslated_words(text, data, frozenset(authors_words)))
    ]
    assert problems == [], "\n".join(problems)
