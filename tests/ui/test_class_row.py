"""The settings screen shows the class connection read-only, with the results waiting."""

from __future__ import annotations

from game.classroom.connection import ClassConnection, save_connection
from tests.classroom.plays import builtin_pack, play_through


def test_settings_show_the_class_and_the_results_waiting(make_driver, start_as_player, tmp_path):
    """Connected to class 9b with 3 rounds queued, the settings say so in one row."""
    driver = start_as_player("Айгүл")
    folder = driver.context.store.path.parent
    connection = ClassConnection("http://127.0.0.1:9/xAPI/", "lab-pc", "pw", "9b")
    save_connection(connection, folder / "class.json")
    play_through(folder, "Бакыт", builtin_pack(), "right", None, rounds=3)
    driver.click("Settings")
    assert driver.find("Class 9b — 3 results waiting to send") is not None
    driver.close()


def test_settings_show_no_class_row_without_a_connection(start_as_player):
    """A PC that is not in a class shows no class row."""
    driver = start_as_player("Айгүл")
    driver.click("Settings")
    assert not [w for w in driver.widgets() if getattr(w, "key", None) == "class"]
    driver.close()


def _play_one_round(driver) -> None:
    """Play the pack's steps until the first round's feedback (the round is saved then)."""
    from game.devtools import autoplay

    for _ in range(40):
        autoplay.play_step(driver, right=True)
        if driver.screen_name == "feedback":
            return
    raise AssertionError("no round finished")


def _queued(folder) -> int:
    from game.storage.outbox import Outbox

    with Outbox(folder / "progress.db") as outbox:
        return outbox.count()


def test_a_played_round_is_queued_for_the_class_but_a_watch_preview_is_not(make_driver, data_dir):
    """With a class connection a round is queued when it is saved; under --watch nothing is."""
    import pygame

    from game.devtools import autoplay

    connection = ClassConnection("http://127.0.0.1:9/xAPI/", "lab-pc", "pw", "9b")
    save_connection(connection, data_dir / "class.json")
    pack = str(builtin_pack().folder)
    for watch, expected in ((True, 0), (False, 1)):
        driver = make_driver(language="en", pack_path=pack, watch=watch)
        if driver.screen_name == "profiles":
            driver.type_text("Айгүл")
            driver.press(pygame.K_RETURN)
        else:
            autoplay.start_player(driver, "Айгүл")
        _play_one_round(driver)
        assert _queued(data_dir) == expected, f"watch={watch}"
        driver.close()
    # The played round started the game's background sender: stop it with the test.
    from game.classroom.sender import background_sender

    background_sender(data_dir / "progress.db").stop()
