"""Plays while a pack is written (``--watch``, ``--step``) are stored as previews, never listed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from game.cli import main
from game.storage.locations import progress_path
from game.storage.migrations import MIGRATIONS
from game.storage.store import ProgressStore

from .conftest import MOMENT, round_record


def test_previews_never_reach_the_results_csv_nor_the_best_score(tmp_path: Path) -> None:
    """Four preview attempts and one real one: the CSV and the best score hold only the real one."""
    with ProgressStore(progress_path()) as store:
        teacher = store.create_profile("Мугалим", created=MOMENT)
        for _ in range(4):
            preview = store.start_attempt(teacher.id, "apollo", "h", MOMENT, preview=True)
            store.record_round(preview, round_record("crew", 1.0), finished=MOMENT)
        store.finish_attempt(preview, finished=MOMENT, score=1.0)
        real = store.start_attempt(teacher.id, "apollo", "h", MOMENT)
        store.record_round(real, round_record("crew", 0.5), finished=MOMENT)
        store.finish_attempt(real, finished=MOMENT, score=0.5)
        assert [row.id for row in store.attempts()] == [real]
        assert [row.id for row in store.attempts("apollo")] == [real]
        assert store.best_scores(teacher.id) == {"apollo": 0.5}
    out = tmp_path / "results.csv"

    assert main(["results", "--csv", "--out", str(out)]) == 0

    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].endswith("50.0")


def test_an_older_store_gains_the_preview_mark_with_its_attempts_kept(tmp_path: Path) -> None:
    """A version-3 store's attempts survive the migration and count as real plays."""
    path = tmp_path / "v3.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(
        "BEGIN; " + " ".join(MIGRATIONS[:3]) + " PRAGMA user_version = 3; COMMIT;"
    )
    connection.execute("INSERT INTO profiles (name, created) VALUES ('Айгүл', '2025-01-01')")
    connection.execute(
        "INSERT INTO attempts (profile_id, pack_id, pack_hash, started) VALUES (1, 'p', 'h', 's')"
    )
    connection.close()

    with ProgressStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert [row.pack_id for row in store.attempts()] == ["p"]
