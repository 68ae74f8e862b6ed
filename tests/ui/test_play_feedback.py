"""Feedback shows dates, verdicts and evidence in the player's language; sounds follow the play."""

from __future__ import annotations

import pygame
from play_helpers import open_builtin_pack, play_step, play_to_results


def play_until(driver, name: str, right: bool = True, limit: int = 100) -> None:
    for _ in range(limit):
        if driver.screen_name == name:
            return
        play_step(driver, right=right, direct=True)
    raise AssertionError(f"never reached {name}")


class RecordingSounds:
    """Stand in for the sound player and remember what was played."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        self.played.append(name)


def test_timeline_feedback_dates_each_card_in_the_language_and_names_the_swapped_pairs(
    start_as_player,
):
    driver = start_as_player(language="ru")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    round_ = driver.current_screen.round
    play_step(driver, right=False, direct=True)
    assert driver.screen_name == "feedback"
    t, pack = driver.context.translator, driver.current_screen.host.pack
    labels = driver.labels()
    for event in round_.events.values():
        assert t.format_when(event.when, event.label, pack) in labels
        assert any(event.evidence in label for label in labels)
    result = driver.current_screen.result
    assert result.swapped_pairs
    assert any(
        label.startswith(
            t.ngettext(
                "{count} pair was the wrong way round:",
                "{count} pairs were the wrong way round:",
                len(result.swapped_pairs),
            ).split("{count}")[0]
        )
        for label in labels
    )
    blocks = [row for row in driver.current_screen.items.rows if isinstance(row.key, tuple)]
    assert {block.icon for block in blocks} <= {"check", "cross"}
    assert all(block.accent in ("right", "wrong") for block in blocks)


def test_who_said_feedback_names_the_right_speaker_with_context_and_evidence(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    play_step(driver, right=False, direct=True)
    screen = driver.current_screen
    pack = screen.host.pack
    labels = driver.labels()
    for item in screen.result.quotes:
        speaker = driver.context.translator.text(pack.person(item.right_person_id).name, pack)
        assert any(speaker in label and "Wrong" in label for label in labels)
        assert any(item.evidence in label for label in labels)
    assert any("Reported speech" in label for label in labels)


def test_feedback_scrolls_with_the_keyboard_when_it_is_long(start_as_player):
    driver = start_as_player(size=(960, 540), text_scale=1.5)
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    play_step(driver, right=False, direct=True)
    items = driver.current_screen.items
    assert items.max_offset > 0
    driver.press(pygame.K_PAGEDOWN)
    assert items.offset > 0


def test_sounds_follow_the_play_and_three_stars_earn_a_fanfare(start_as_player):
    driver = start_as_player()
    sounds = RecordingSounds()
    driver.context.sounds = sounds
    open_builtin_pack(driver)
    play_until(driver, "quiz")
    play_step(driver, right=True)
    assert sounds.played[-1] == "right"
    play_until(driver, "timeline")
    driver.press(pygame.K_SPACE)
    driver.press(pygame.K_SPACE)
    assert sounds.played[-2:] == ["pick_up", "drop"]
    play_to_results(driver, right=True, direct=True)
    assert sounds.played[-1] == "fanfare"


def test_a_scene_picture_stands_still_under_reduced_motion(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    assert driver.screen_name == "scene"
    driver.advance(0.1)
    assert driver.current_screen.animating
    driver.context.update_settings(reduced_motion=True)
    driver.advance(0.1)
    assert not driver.current_screen.animating


def test_switching_language_mid_round_renames_the_round_and_its_cards(start_as_player):
    from game.i18n import Translator

    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    screen = driver.current_screen
    pack = screen.host.pack
    order = list(screen.round.order)
    driver.context.set_language("ru")
    russian = Translator("ru")
    assert screen.heading.label == russian.text(screen.title, pack)
    event = screen.round.events[order[0]]
    assert screen.cards[order[0]].label == russian.text(event.text, pack)
    assert list(screen.round.order) == order


def test_feedback_names_the_round_it_is_about_not_the_next_one(start_as_player):
    """After round n, the feedback's heading still says "Round n of m"."""
    driver = start_as_player(language="en")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    before = driver.current_screen.progress.text
    play_step(driver, right=True, direct=True)
    assert driver.screen_name == "feedback"
    assert driver.current_screen.progress.text == before


def test_a_paraphrase_is_not_dressed_in_quotation_marks(start_as_player):
    """Reported speech is tagged as such and shown without quotation marks; direct speech has them."""
    driver = start_as_player(language="en")
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    screen = driver.current_screen
    quotes = {quote.id: quote for quote in screen.round.quotes}
    cards = {card.quote_id: card for card in screen.quote_cards}
    assert any(quote.reported for quote in quotes.values())
    assert any(not quote.reported for quote in quotes.values())
    for quote_id, card in cards.items():
        if quotes[quote_id].reported:
            assert card.label == quotes[quote_id].text.source
            assert card.tag
        else:
            assert card.label == f"“{quotes[quote_id].text.source}”"


def test_timeline_feedback_in_russian_shows_the_translated_evidence_above_the_original(
    start_as_player,
):
    driver = start_as_player(language="ru")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    round_ = driver.current_screen.round
    play_step(driver, right=False, direct=True)
    assert driver.screen_name == "feedback"
    labels = driver.labels()
    # The article's words for the 2005 uprising, as the Russian catalogue renders them.
    assert "uprising-2005" in round_.events
    assert (
        "Из статьи (перевод): «два народных восстания, свергнувших авторитарных президентов"
        " в\u00a02005 и\u00a02010\u00a0годах»"
    ) in labels
    for event in round_.events.values():
        translated = [label for label in labels if label.startswith("Из статьи (перевод): «")]
        original = f"Оригинал: «{event.evidence}»"
        assert original in labels, original
        # The translation comes right before the original it renders.
        assert labels[labels.index(original) - 1] in translated
    assert not any(label.startswith("Из статьи: «") for label in labels)


def test_feedback_in_the_packs_own_language_shows_only_the_original_evidence(start_as_player):
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    round_ = driver.current_screen.round
    play_step(driver, right=False, direct=True)
    labels = driver.labels()
    for event in round_.events.values():
        assert f"From the article: “{event.evidence}”" in labels
    assert not any("(translated)" in label or label.startswith("Original:") for label in labels)
