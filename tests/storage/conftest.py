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


def _run(*command: str) -> bool:
    """Run a mount command; return True when it worked."""
    import subprocess

    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    """Return a folder on a 1 MiB tmpfs of its own (skip where mounting is not allowed)."""
    import os

    folder = tmp_path / "disk"
    folder.mkdir()
    if (
        os.name != "posix"
        or os.geteuid() != 0
        or not _run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder))
    ):
        pytest.skip("mounting a tmpfs needs root (the RLIMIT_FSIZE test covers the rest)")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def make_read_only(target: Path) -> None:
    """Make a file or folder read-only even for root: a read-only bind mount of it over itself."""
    import os

    if os.geteuid() != 0:
        target.chmod(0o555 if target.is_dir() else 0o444)
        return
    if not (
        _run("mount", "--bind", str(target), str(target))
        and _run("mount", "-o", "remount,ro,bind", str(target))
    ):
        pytest.skip("a read-only bind mount needs root")


def make_writable(target: Path) -> None:
    """Undo :func:`make_read_only`."""
    import os

    if os.geteuid() != 0:
        target.chmod(0o755 if target.is_dir() else 0o644)
        return
    _run("umount", "-l", str(target))
