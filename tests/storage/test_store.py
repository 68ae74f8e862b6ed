"""ProgressStore: schema, profiles, settings, attempts, rounds and the review queue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from game.rounds.outcome import ItemOutcome
from game.rounds.review import ReviewQueue
from game.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from game.storage.settings import Settings
from game.storage.store import ProgressStore, StoreError

from .conftest import MOMENT, round_record


def test_a_new_store_has_the_latest_schema_in_wal_mode(store) -> None:
    """A new database is migrated to the newest version and journals with WAL."""
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store._connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.quick_check()
    assert store.recovered_from is None


def test_an_old_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    """A version-1 database with a profile opens at the newest version with the profile kept."""
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    connection.execute("INSERT INTO profiles (name, created) VALUES ('Айгүл', '2025-01-01')")
    connection.close()
    with ProgressStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [profile.name for profile in store.profiles()] == ["Айгүл"]
        assert len(store.review_queue(store.profiles()[0].id, "pack")) == 0
        assert store.recovered_from is None


def test_a_database_from_a_newer_game_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A schema version beyond ours raises StoreError without renaming the file."""
    path = tmp_path / "new.db"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer version"):
        ProgressStore(path)
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_profiles_are_created_listed_and_unique(store) -> None:
    """Profiles keep Cyrillic names; a taken or empty name is refused."""
    aigul = store.create_profile("Айгүл", created=MOMENT)
    store.create_profile("Bakyt", created=MOMENT)
    assert [profile.name for profile in store.profiles()] == ["Bakyt", "Айгүл"]
    assert store.profile(aigul.id) == aigul
    with pytest.raises(ValueError):
        store.create_profile("Айгүл", created=MOMENT)
    with pytest.raises(ValueError):
        store.create_profile("  ", created=MOMENT)


def test_settings_round_trip_per_profile(store, tmp_path: Path) -> None:
    """Saved settings come back the same after reopening, separately for each profile."""
    first = store.create_profile("A", created=MOMENT)
    second = store.create_profile("B", created=MOMENT)
    chosen = Settings(
        language="ky",
        text_scale=1.25,
        high_contrast=True,
        reduced_motion=True,
        sound=False,
        volume=0.3,
        fullscreen=True,
    )
    store.save_settings(first.id, chosen)
    store.close()
    with ProgressStore(tmp_path / "progress.db") as reopened:
        assert reopened.settings(first.id) == chosen
        assert reopened.settings(second.id) == Settings()


def test_settings_out_of_range_or_of_the_wrong_type_fall_back(store) -> None:
    """Text scale is clamped to 1.0-1.5 and volume to 0-1; bad stored values use defaults."""
    profile = store.create_profile("A", created=MOMENT)
    store.save_settings(profile.id, Settings(text_scale=3.0, volume=-1.0))
    assert store.settings(profile.id).text_scale == 1.5
    assert store.settings(profile.id).volume == 0.0
    store._connection.execute(
        "UPDATE profile_settings SET value = '\"loud\"' WHERE key = 'sound' AND profile_id = ?",
        (profile.id,),
    )
    store._connection.execute(
        "UPDATE profile_settings SET value = 'not json' WHERE key = 'volume' AND profile_id = ?",
        (profile.id,),
    )
    assert store.settings(profile.id).sound is True
    assert store.settings(profile.id).volume == Settings().volume


def test_last_profile_and_first_start_are_remembered(store, tmp_path: Path) -> None:
    """The computer-wide settings survive reopening."""
    assert store.last_profile_id is None and store.first_start_done is False
    profile = store.create_profile("A", created=MOMENT)
    store.last_profile_id = profile.id
    store.first_start_done = True
    store.close()
    with ProgressStore(tmp_path / "progress.db") as reopened:
        assert reopened.last_profile_id == profile.id
        assert reopened.first_start_done is True
        reopened.delete_profile(profile.id)
        assert reopened.last_profile_id is None


def test_rounds_items_and_best_scores_are_kept(store) -> None:
    """A played attempt keeps its rounds, items and score; best score is per pack."""
    profile = store.create_profile("A", created=MOMENT)
    attempt = store.start_attempt(profile.id, "bishkek-2020", "hash1", started=MOMENT)
    store.record_round(attempt, round_record("road", 0.5), finished=MOMENT)
    store.record_round(attempt, round_record("numbers", 1.0), finished=MOMENT)
    store.finish_attempt(attempt, finished=MOMENT, score=0.75)
    second = store.start_attempt(profile.id, "bishkek-2020", "hash1", started=MOMENT)
    store.finish_attempt(second, finished=MOMENT, score=0.5)
    assert store.round_ids(attempt) == ["road", "numbers"]
    assert store.item_results(attempt)[:2] == [
        ("road", "question:a", False),
        ("road", "question:b", True),
    ]
    assert store.best_scores(profile.id) == {"bishkek-2020": 0.75}
    rows = store.attempts("bishkek-2020")
    assert [row.score for row in rows] == [0.75, 0.5]
    assert rows[0].round_scores == {"road": 0.5, "numbers": 1.0}


def test_the_review_queue_is_saved_with_its_round(store, tmp_path: Path) -> None:
    """record_round writes the queue in the same transaction; order and sessions survive."""
    profile = store.create_profile("A", created=MOMENT)
    attempt = store.start_attempt(profile.id, "p", "h", started=MOMENT)
    queue = ReviewQueue(profile.id, "p")
    queue.record("s1", [ItemOutcome("question:b", False), ItemOutcome("pair:x/y", False)])
    queue.record("s2", [ItemOutcome("question:b", True)])
    store.record_round(attempt, round_record(), finished=MOMENT, review_queue=queue)
    store.close()
    with ProgressStore(tmp_path / "progress.db") as reopened:
        loaded = reopened.review_queue(profile.id, "p")
        assert loaded.item_ids == ("question:b", "pair:x/y")
        assert loaded.entries[0].right_sessions == ["s2"]
        assert len(reopened.review_queue(profile.id, "other-pack")) == 0


def test_a_failed_round_write_leaves_nothing_behind(store) -> None:
    """If writing the items fails, the round row is rolled back too."""
    profile = store.create_profile("A", created=MOMENT)
    attempt = store.start_attempt(profile.id, "p", "h", started=MOMENT)

    class BrokenQueue(ReviewQueue):
        @property
        def entries(self):
            raise RuntimeError("disk gremlin")

    with pytest.raises(RuntimeError):
        store.record_round(
            attempt, round_record(), finished=MOMENT, review_queue=BrokenQueue(profile.id, "p")
        )
    assert store.round_ids(attempt) == []
    assert store.item_results(attempt) == []
