"""A damaged progress file is set aside and a new store made, and the store says so."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest

from game.storage.store import ProgressStore

from .conftest import MOMENT, round_record

STAMP = "20260301T093000Z"


def filled_store(path: Path, rounds: int = 300) -> None:
    """Write a store with enough rows to span many pages, then fold the WAL into the file."""
    with ProgressStore(path) as store:
        profile = store.create_profile("Айгүл", created=MOMENT)
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        for index in range(rounds):
            store.record_round(
                attempt, round_record(f"round-{index}-" + "x" * 200), finished=MOMENT
            )
        store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def open_recovering(path: Path) -> ProgressStore:
    return ProgressStore(path, clock=lambda: MOMENT)


def assert_recovered(path: Path, original: bytes) -> None:
    with open_recovering(path) as store:
        aside = path.with_name(f"progress.corrupt-{STAMP}.db")
        assert store.recovered_from == aside
        assert aside.read_bytes() == original
        assert store.quick_check()
        assert store.profiles() == []
        store.create_profile("New", created=MOMENT)


def test_random_bytes_are_set_aside(tmp_path: Path) -> None:
    """A file of random bytes is renamed aside and a working store made."""
    path = tmp_path / "progress.db"
    original = random.Random(1).randbytes(50_000)
    path.write_bytes(original)
    assert_recovered(path, original)


def test_random_bytes_after_a_valid_header_are_set_aside(tmp_path: Path) -> None:
    """Garbage that starts like a SQLite file is still caught by the checks."""
    path = tmp_path / "progress.db"
    original = b"SQLite format 3\x00" + random.Random(2).randbytes(40_000)
    path.write_bytes(original)
    assert_recovered(path, original)


def test_an_empty_file_is_set_aside(tmp_path: Path) -> None:
    """A zero-byte file is renamed aside rather than silently reused."""
    path = tmp_path / "progress.db"
    path.write_bytes(b"")
    assert_recovered(path, b"")


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_database_is_set_aside(tmp_path: Path, keep: float) -> None:
    """A database cut short (as by a failed copy) is detected and set aside."""
    path = tmp_path / "progress.db"
    filled_store(path)
    whole = path.read_bytes()
    assert len(whole) > 100_000
    original = whole[: int(len(whole) * keep)]
    path.write_bytes(original)
    assert_recovered(path, original)


def test_a_second_recovery_in_the_same_second_does_not_overwrite_the_first(tmp_path: Path) -> None:
    """Two damaged files set aside at the same time keep distinct names."""
    path = tmp_path / "progress.db"
    path.write_bytes(b"junk one")
    open_recovering(path).close()
    path.write_bytes(b"junk two")
    with open_recovering(path) as store:
        assert store.recovered_from == tmp_path / f"progress.corrupt-{STAMP}-1.db"
    assert (tmp_path / f"progress.corrupt-{STAMP}.db").read_bytes() == b"junk one"


def test_a_healthy_store_with_a_leftover_wal_is_not_set_aside(tmp_path: Path) -> None:
    """Committed rounds still in the WAL (after a crash) are kept, not treated as damage."""
    path = tmp_path / "progress.db"
    store = ProgressStore(path)
    profile = store.create_profile("A", created=MOMENT)
    attempt = store.start_attempt(profile.id, "p", "h", started=MOMENT)
    store.record_round(attempt, round_record("kept"), finished=MOMENT)
    # Copy the files as they are on disk mid-run, as a crash would leave them.
    copy = tmp_path / "copy" / "progress.db"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    Path(f"{copy}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    store.close()
    with ProgressStore(copy) as reopened:
        assert reopened.recovered_from is None
        assert reopened.round_ids() == ["kept"]


def test_the_store_uses_the_clock_only_for_the_name_of_the_file_set_aside(tmp_path: Path) -> None:
    """The time in the name comes from the clock given to the store."""
    path = tmp_path / "progress.db"
    path.write_bytes(b"junk")
    moment = dt.datetime(2030, 12, 31, 23, 59, 58, tzinfo=dt.UTC)
    with ProgressStore(path, clock=lambda: moment) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.name == "progress.corrupt-20301231T235958Z.db"
    assert os.path.exists(path)


def test_a_locked_database_is_refused_not_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Okuya holding a write lock past the timeout is not damage: StoreError, file kept."""
    import sqlite3

    from game.storage import store as store_module
    from game.storage.migrations import MIGRATIONS
    from game.storage.store import StoreError

    path = tmp_path / "progress.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"{MIGRATIONS[0]}\nPRAGMA user_version = 1;")
    old.execute("PRAGMA journal_mode=WAL")
    old.execute("BEGIN IMMEDIATE")  # the other game, writing, so the migration cannot start
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        store_module.sqlite3,
        "connect",
        lambda *arguments, **options: real_connect(*arguments, **{**options, "timeout": 0.1}),
    )
    try:
        with pytest.raises(StoreError, match="locked"):
            open_recovering(path)
    finally:
        old.execute("ROLLBACK")
        old.close()
    assert sorted(file.name for file in tmp_path.iterdir() if "corrupt" in file.name) == []
    monkeypatch.undo()
    with open_recovering(path) as store:
        assert store.recovered_from is None
        assert store.quick_check()
