"""Feedback shows dates, verdicts and evidence in the player's language; sounds follow the play."""

from __future__ import annotations

import pygame
from play_helpers import open_builtin_pack, play_step, play_to_results, quote_labels, shown_order

from game.i18n.quotes import second_level
from game.model.pack import Event, TimelineStep
from game.ui.widgets.quote_card import QuoteCard
from game.ui.widgets.text_block import TextBlock


def shown_events(driver) -> list[Event]:
    """Return the pack's events whose cards the timeline on screen shows, in their order."""
    pack, translator = driver.context.pack, driver.context.translator
    by_label = {translator.text(event.text, pack): event for event in pack.events}
    return [by_label[label] for label in shown_order(driver)]


def play_until(driver, name: str, right: bool = True, limit: int = 100) -> None:
    """Play (by what the screens show) until the screen called ``name`` is on top."""
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
        """Remember that ``name`` was played."""
        self.played.append(name)


def test_timeline_feedback_dates_each_card_in_the_language_and_names_the_swapped_pairs(
    start_as_player,
):
    """Timeline feedback dates each card in the language and names the swapped pairs."""
    driver = start_as_player(language="ru")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    events = shown_events(driver)
    play_step(driver, right=False, direct=True)
    assert driver.screen_name == "feedback"
    t, pack = driver.context.translator, driver.context.pack
    labels = driver.labels()
    for event in events:
        assert t.format_when(event.when, event.label, pack) in labels
        assert any(second_level(event.evidence, "ru") in label for label in labels)
    # The cards were put in reverse order: every pair is the wrong way round.
    pairs = len(events) * (len(events) - 1) // 2
    assert (
        t.ngettext(
            "{count} pair was the wrong way round:",
            "{count} pairs were the wrong way round:",
            pairs,
        ).format(count=t.format_number(pairs))
        in labels
    )
    blocks = [
        widget
        for widget in driver.widgets()
        if isinstance(widget, TextBlock) and isinstance(widget.key, tuple)
    ]
    assert {block.icon for block in blocks} <= {"check", "cross"}
    assert all(block.accent in ("right", "wrong") for block in blocks)


def test_who_said_feedback_names_the_right_speaker_with_context_and_evidence(start_as_player):
    """Who-said feedback names the right speaker, with context and evidence."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    pack, translator = driver.context.pack, driver.context.translator
    shown = set(quote_labels(driver))
    quotes = [
        quote
        for quote in pack.quotes
        if any(translator.text(quote.text, pack) in label for label in shown)
    ]
    play_step(driver, right=False, direct=True)
    labels = driver.labels()
    for quote in quotes:
        speaker = translator.text(pack.person(quote.speaker).name, pack)
        assert any(speaker in label and "Wrong" in label for label in labels)
        assert any(second_level(quote.evidence, translator.language) in label for label in labels)
    assert any("Reported speech" in label for label in labels)


def test_feedback_scrolls_with_the_keyboard_when_it_is_long(start_as_player):
    """Feedback scrolls with the keyboard when it is long."""
    driver = start_as_player(size=(960, 540), text_scale=1.5)
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    play_step(driver, right=False, direct=True)
    items = driver.current_screen.items
    assert items.max_offset > 0
    driver.press(pygame.K_PAGEDOWN)
    assert items.offset > 0


def test_sounds_follow_the_play_and_three_stars_earn_a_fanfare(start_as_player):
    """Sounds follow the play and three stars earn a fanfare."""
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
    """A scene picture stands still under reduced motion."""
    driver = start_as_player()
    open_builtin_pack(driver)
    assert driver.screen_name == "scene"
    driver.advance(0.1)
    assert driver.current_screen.animating
    driver.context.update_settings(reduced_motion=True)
    driver.advance(0.1)
    assert not driver.current_screen.animating


def test_switching_language_mid_round_renames_the_round_and_its_cards(start_as_player):
    """Switching language mid-round renames the round and its cards."""
    from game.i18n import Translator

    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    pack = driver.context.pack
    title = next(step.title for step in pack.rounds if isinstance(step, TimelineStep))
    events = shown_events(driver)
    driver.context.set_language("ru")
    driver.render()
    russian = Translator("ru")
    assert russian.text(title, pack) in driver.labels()
    assert shown_order(driver) == [russian.text(event.text, pack) for event in events]


def test_feedback_names_the_round_it_is_about_not_the_next_one(start_as_player):
    """After round n, the feedback's heading still says "Round n of m"."""
    driver = start_as_player(language="en")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    before = next(label for label in driver.labels() if label.startswith("Round "))
    play_step(driver, right=True, direct=True)
    assert driver.screen_name == "feedback"
    assert before in driver.labels()


def test_a_paraphrase_is_not_dressed_in_quotation_marks(start_as_player):
    """Reported speech is tagged as such and shown without quotation marks; direct speech has them."""
    driver = start_as_player(language="en")
    open_builtin_pack(driver)
    play_until(driver, "who_said")
    pack = driver.context.pack
    cards = [widget for widget in driver.widgets() if isinstance(widget, QuoteCard)]
    by_text = {quote.text.source: quote for quote in pack.quotes}
    shown = [by_text[card.label.strip("“”")] for card in cards]
    assert any(quote.reported for quote in shown)
    assert any(not quote.reported for quote in shown)
    for quote, card in zip(shown, cards, strict=True):
        if quote.reported:
            assert card.label == quote.text.source
            assert card.tag
        else:
            assert card.label == f"“{quote.text.source}”"


def test_timeline_feedback_in_russian_shows_the_translated_evidence_above_the_original(
    start_as_player,
):
    """Timeline feedback in Russian shows the translated evidence above the original."""
    driver = start_as_player(language="ru")
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    events = shown_events(driver)
    play_step(driver, right=False, direct=True)
    assert driver.screen_name == "feedback"
    labels = driver.labels()
    # The article's words for the 2005 uprising, as the Russian catalogue renders them.
    assert "uprising-2005" in {event.id for event in events}
    assert (
        "Из\u00a0статьи (перевод): «два народных восстания, свергнувших авторитарных президентов"
        " в\u00a02005\u00a0и\u00a02010\u00a0годах»"
    ) in labels
    for event in events:
        translated = [label for label in labels if label.startswith("Из\u00a0статьи (перевод): «")]
        original = f"Оригинал: «{second_level(event.evidence, 'ru')}»"
        assert original in labels, original
        # The translation comes right before the original it renders.
        assert labels[labels.index(original) - 1] in translated
    assert not any(label.startswith("Из\u00a0статьи: «") for label in labels)


def test_feedback_in_the_packs_own_language_shows_only_the_original_evidence(start_as_player):
    """Feedback in the pack's own language shows only the original evidence."""
    driver = start_as_player()
    open_builtin_pack(driver)
    play_until(driver, "timeline")
    events = shown_events(driver)
    play_step(driver, right=False, direct=True)
    labels = driver.labels()
    for event in events:
        assert f"From the article: “{second_level(event.evidence, 'en')}”" in labels
    assert not any("(translated)" in label or label.startswith("Original:") for label in labels)
