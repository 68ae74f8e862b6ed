"""Every stored value is read defensively: a bad one falls back to its default and play goes on."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from game.storage.store import FIRST_START_DONE, LAST_PROFILE, ProgressStore

from .conftest import MOMENT, round_record


def poke(path: Path, sql: str, *parameters: object) -> None:
    """Change the file behind the store's back, as a DB browser or a bad copy would."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(sql, parameters)
    connection.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Return a store file with one profile, its settings and a review queue of two items."""
    from game.rounds.outcome import ItemOutcome
    from game.storage.settings import Settings

    target = tmp_path / "progress.db"
    with ProgressStore(target) as store:
        profile = store.create_profile("Айгүл", created=MOMENT)
        store.save_settings(profile.id, Settings(language="ky"))
        store.last_profile_id = profile.id
        store.first_start_done = True
        store.set_app_setting("default_settings", {"language": "ky"})
        queue = store.review_queue(profile.id, "pack")
        queue.record("s1", [ItemOutcome("question:a", False), ItemOutcome("question:b", False)])
        store.save_review_queue(queue)
    return target


@pytest.mark.parametrize(
    ("key", "value", "read"),
    [
        ("default_settings", "{not json", lambda store: store.get_app_setting("default_settings")),
        (FIRST_START_DONE, "yes please", lambda store: store.first_start_done),
        (FIRST_START_DONE, '"true"', lambda store: store.first_start_done),
        (LAST_PROFILE, "not json", lambda store: store.last_profile_id),
        (LAST_PROFILE, '"1"', lambda store: store.last_profile_id),
    ],
)
def test_an_app_setting_that_is_not_json_falls_back_to_its_default(
    path: Path, key: str, value: str, read, caplog: pytest.LogCaptureFixture
) -> None:
    """A computer setting that does not parse (or has the wrong type) reads as its default."""
    poke(path, "UPDATE app_settings SET value = ? WHERE key = ?", value, key)
    with caplog.at_level(logging.WARNING), ProgressStore(path) as store:
        assert read(store) in (None, False)
    assert key in caplog.text


def test_a_profile_setting_of_the_wrong_sqlite_type_is_skipped(path: Path) -> None:
    """A setting stored as bytes that are not text gives the default for that key alone."""
    poke(path, "UPDATE profile_settings SET value = ? WHERE key = 'language'", b"\xff\x00")
    poke(path, "UPDATE profile_settings SET value = '0.25' WHERE key = 'volume'")
    with ProgressStore(path) as store:
        settings = store.settings(store.profiles()[0].id)
    assert (settings.language, settings.volume) == (None, 0.25)


@pytest.mark.parametrize("bad", ["not json", "5", "{}", "[1, 2]", None])
def test_unreadable_review_values_do_not_stop_rounds_being_saved(
    path: Path, bad: object, caplog: pytest.LogCaptureFixture
) -> None:
    """right_sessions that are not a JSON list of sessions reset to []; the rounds still save."""
    if bad is None:
        poke(path, "UPDATE review_queue SET item_id = 5 WHERE item_id = 'question:a'")
    else:
        poke(path, "UPDATE review_queue SET right_sessions = ? WHERE item_id = 'question:a'", bad)
    with caplog.at_level(logging.WARNING), ProgressStore(path) as store:
        profile = store.profiles()[0]
        queue = store.review_queue(profile.id, "pack")
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        for number in range(3):
            store.record_round(attempt, round_record(f"r{number}"), MOMENT, review_queue=queue)
        assert store.round_ids(attempt) == ["r0", "r1", "r2"]
        assert "question:b" in store.review_queue(profile.id, "pack").item_ids
    assert "progress file" in caplog.text


def test_a_profile_name_with_a_nul_character_is_shown_without_it(path: Path) -> None:
    """A NUL (or any control character) in a stored name is dropped when read; a new one is refused."""
    poke(path, "UPDATE profiles SET name = ?", "Ай\x00гүл\x1b[2J")
    with ProgressStore(path) as store:
        profile = store.profiles()[0]
        assert profile.name == "Айгүл[2J"
        assert store.profile(profile.id) == profile
        with pytest.raises(ValueError, match="control characters"):
            store.create_profile("Bad\x00name", created=MOMENT)
    poke(path, "UPDATE profiles SET name = ?", "\x00\x00")
    with ProgressStore(path) as store:
        assert store.profiles()[0].name == f"#{profile.id}"


def test_a_missing_table_with_the_right_schema_version_is_made_again(path: Path) -> None:
    """A file at the current version without its review queue and outbox gets them back."""
    poke(path, "DROP TABLE review_queue")
    poke(path, "DROP TABLE outbox")
    with ProgressStore(path) as store:
        assert store.recovered_from is None
        profile = store.profiles()[0]
        assert store.review_queue(profile.id, "pack").item_ids == ()
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        store.record_round(attempt, round_record(), MOMENT, store.review_queue(profile.id, "pack"))
        assert store.round_ids() == ["road"]


def test_a_missing_column_that_can_be_added_is_added(path: Path) -> None:
    """A dropped nullable column (attempts.finished) is added back; nothing is set aside."""
    poke(path, "ALTER TABLE attempts DROP COLUMN finished")
    with ProgressStore(path) as store:
        assert store.recovered_from is None
        profile = store.profiles()[0]
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        store.finish_attempt(attempt, MOMENT, 0.5)
        assert store.attempts()[0].finished is not None


def test_a_missing_column_that_cannot_be_added_sets_the_file_aside(path: Path) -> None:
    """A table without a NOT NULL column SQLite cannot add back: set aside, the player told."""
    poke(path, "ALTER TABLE round_results DROP COLUMN kind")
    with ProgressStore(path, clock=lambda: MOMENT) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.exists()
        assert store.profiles() == []
        profile = store.create_profile("Айгүл", created=MOMENT)
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        store.record_round(attempt, round_record(), MOMENT)


def test_scores_that_are_not_numbers_do_not_break_the_class_results(path: Path) -> None:
    """A round or attempt score stored as text is left out of the results, not a traceback."""
    with ProgressStore(path) as store:
        profile = store.profiles()[0]
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        store.record_round(attempt, round_record("bad"), MOMENT)
        store.record_round(attempt, round_record("good", score=0.75), MOMENT)
        store.finish_attempt(attempt, MOMENT, 0.5)
    poke(path, "UPDATE round_results SET score = 'lots' WHERE round_id = 'bad'")
    poke(path, "UPDATE attempts SET score = 'high'")
    with ProgressStore(path) as store:
        rows = store.attempts()
        assert (rows[0].score, rows[0].round_scores) == (None, {"good": 0.75})
        assert store.best_scores(store.profiles()[0].id) == {}
