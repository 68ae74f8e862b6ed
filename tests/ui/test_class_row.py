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
