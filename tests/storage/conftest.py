"""Shared fixtures for storage tests: every store lives in a temporary folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from game.rounds.outcome import ItemOutcome
from game.rounds.session import RoundRecord
from game.storage.store import ProgressStore

MOMENT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point OKUYA_DATA_DIR at a temporary folder so no test touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("OKUYA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(tmp_path: Path):
    """Return a fresh store, closed after the test."""
    opened = ProgressStore(tmp_path / "progress.db", clock=lambda: MOMENT)
    yield opened
    opened.close()


def round_record(round_id: str = "road", score: float = 0.5, items: int = 4) -> RoundRecord:
    """Return a round record with one wrong and one right item."""
    outcomes = (ItemOutcome("question:a", False), ItemOutcome("question:b", True))
    return RoundRecord(round_id, "quiz", score, items, outcomes)
