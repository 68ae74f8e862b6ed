"""A round the disk cannot take is told on the feedback, kept, saved later; quitting warns first."""

from __future__ import annotations

import pygame
from play_helpers import open_builtin_pack, play_step

from game.i18n import Translator
from game.storage.problems import ProblemKind, SaveFailed, save_message
from game.storage.store import ProgressStore
from tests.play.conftest import FullDisk

WAITING_SAVED = "The rounds that were waiting are saved now."


def fill_the_disk(driver) -> FullDisk:
    """Make every commit of the game's store fail as on a full disk; return the switch."""
    store = driver.context.store
    disk = FullDisk(store._connection)
    store._connection = disk
    return disk


def play_to_feedback(driver) -> None:
    """Play the steps up to the next round's feedback."""
    for _ in range(40):
        play_step(driver, direct=True)
        if driver.screen_name == "feedback":
            return
    raise AssertionError(f"no feedback came; last screen {driver.screen_name}")


def saved_rounds(driver) -> list[str]:
    """Return the round ids the store holds."""
    return driver.context.store.round_ids()


def test_a_round_the_full_disk_refuses_is_told_on_its_feedback_and_saved_later(start_as_player):
    """The feedback names the full disk; once there is room the next feedback says the rounds are saved."""
    driver = start_as_player()
    open_builtin_pack(driver)
    disk = fill_the_disk(driver)
    disk.full = True

    play_to_feedback(driver)

    english = Translator("en")
    assert save_message(ProblemKind.DISK_FULL, english) in driver.labels()
    assert saved_rounds(driver) == []
    disk.full = False
    driver.press(pygame.K_RETURN)
    play_to_feedback(driver)
    assert WAITING_SAVED in driver.labels()
    assert save_message(ProblemKind.DISK_FULL, english) not in driver.labels()
    assert len(saved_rounds(driver)) == 2
    driver.context.store._connection = disk.connection


def test_the_full_disk_message_is_shown_in_kyrgyz(start_as_player):
    """In Kyrgyz the feedback shows the Kyrgyz full-disk message, not the English one."""
    driver = start_as_player(language="ky")
    open_builtin_pack(driver)
    disk = fill_the_disk(driver)
    disk.full = True

    play_to_feedback(driver)

    kyrgyz = save_message(ProblemKind.DISK_FULL, Translator("ky"))
    assert kyrgyz != save_message(ProblemKind.DISK_FULL, Translator("en"))
    assert kyrgyz in driver.labels()
    driver.context.store._connection = disk.connection


def test_closing_the_window_with_waiting_rounds_warns_once_then_closes(start_as_player):
    """Closing the window while a round waits shows a warning in Russian; closing again quits."""
    driver = start_as_player(language="ru")
    open_builtin_pack(driver)
    disk = fill_the_disk(driver)
    disk.full = True
    play_to_feedback(driver)

    driver.post(pygame.event.Event(pygame.QUIT))

    russian = Translator("ru")
    warning = russian.ngettext(
        "{count} round you played could not be saved yet. If you quit now, it is lost; "
        "keep playing and Okuya tries again.",
        "{count} rounds you played could not be saved yet. If you quit now, they are lost; "
        "keep playing and Okuya tries again.",
        1,
    ).format(count=russian.format_number(1))
    assert driver.screen_name == "notice" and not driver.app.stack.quit_requested
    assert warning in driver.labels() and "сыгранный раунд" in warning
    driver.post(pygame.event.Event(pygame.QUIT))
    assert driver.app.stack.quit_requested
    driver.context.store._connection = disk.connection


def test_the_menu_quit_says_progress_is_saved_once_the_waiting_rounds_are(start_as_player):
    """With the disk free again, the menu's Quit retries the waiting round and promises it is saved."""
    driver = start_as_player()
    open_builtin_pack(driver)
    disk = fill_the_disk(driver)
    disk.full = True
    play_to_feedback(driver)
    disk.full = False
    driver.press(pygame.K_ESCAPE)
    driver.click("Quit to menu")

    driver.click("Quit")

    assert driver.has("Your progress is saved. You can come back and play any time.", exact=True)
    assert len(saved_rounds(driver)) == 1
    driver.context.store._connection = disk.connection


def test_a_new_player_on_a_full_disk_is_told_why_and_stays_on_the_profiles(make_driver):
    """Creating a player when the disk is full shows the full-disk message, not a raw error."""
    driver = make_driver(language="en")
    disk = fill_the_disk(driver)
    disk.full = True

    driver.type_text("Бакыт")
    driver.press(pygame.K_RETURN)

    assert driver.screen_name == "profiles", driver.labels()
    assert driver.has(save_message(ProblemKind.DISK_FULL, Translator("en")), exact=True), (
        driver.labels()
    )
    driver.context.store._connection = disk.connection


def test_a_player_another_game_just_made_is_played_as(make_driver, data_dir):
    """A name another open game saved a moment ago is taken as that player, not refused."""
    driver = make_driver(language="en")
    with ProgressStore(data_dir / "progress.db") as other:
        made = other.create_profile("Азамат", created="2026-03-01T09:30:00+00:00")

    driver.type_text("Азамат")
    driver.press(pygame.K_RETURN)

    assert driver.screen_name == "menu"
    assert driver.context.profile.id == made.id


def test_settings_the_disk_refuses_are_kept_and_the_player_is_told(start_as_player):
    """A settings save on a full disk keeps the change on screen and shows the message."""
    driver = start_as_player()
    disk = fill_the_disk(driver)
    disk.full = True

    driver.context.update_settings(high_contrast=True)

    assert driver.context.settings.high_contrast
    toast = driver.app.toast
    assert toast.visible and toast.label == save_message(ProblemKind.DISK_FULL, Translator("en"))
    driver.context.store._connection = disk.connection


def test_a_locked_store_at_start_says_the_game_seems_open_already(make_driver, monkeypatch):
    """A store another program holds gives its own start-up message, not the generic one."""

    def locked(*arguments: object, **options: object) -> ProgressStore:
        raise SaveFailed(ProblemKind.LOCKED, "database is locked")

    monkeypatch.setattr("game.storage.players.ProgressStore", locked)
    driver = make_driver(language="en")

    assert driver.screen_name == "notice"
    assert driver.has("Okuya seems to be open already", exact=False)
    assert not driver.has("Okuya could not open its progress file", exact=False)
