"""A real full disk (a small tmpfs) and a real file-size limit: no round is lost once space returns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.storage.outbox import Outbox
from game.storage.store import ProgressStore

PLAYER = Path(__file__).with_name("disk_full_player.py")


def play(database: Path, free_with: str) -> dict[str, str]:
    """Run the player in its own process; return its counts."""
    done = subprocess.run(
        [sys.executable, str(PLAYER), str(database), free_with],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    kind, *counts = done.stdout.split()
    print(f"\n{free_with}: {done.stdout.strip()}")
    return {"kind": kind} | dict(count.split("=") for count in counts)


def assert_every_round_saved(database: Path, counts: dict[str, str]) -> None:
    """Every round played is in the file, with its class statement, and the file is sound."""
    played = int(counts["played"])
    assert int(counts["saved_before"]) < played
    assert int(counts["waiting"]) >= 10
    assert int(counts["saved_after"]) == played
    assert counts["still_waiting"] == "0"
    with ProgressStore(database) as store:
        assert store.recovered_from is None
        assert store.quick_check()
        assert store.round_ids() == [f"round-{number}" for number in range(played)]
    with Outbox(database) as outbox:
        assert outbox.count() == played


@pytest.mark.slow
def test_a_full_tmpfs_keeps_every_round_until_space_is_freed(small_disk: Path) -> None:
    """On a 1 MiB disk filled by a ballast file: rounds wait, the ballast goes, all are saved."""
    database = small_disk / "progress.db"
    ProgressStore(database).close()
    ballast = small_disk / "ballast"
    with ballast.open("wb") as file:
        file.write(b"\0" * (1024 * 1024 - 256 * 1024))
    counts = play(database, str(ballast))
    assert counts["kind"] == "DISK_FULL"
    assert_every_round_saved(database, counts)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_keeps_every_round_until_it_is_raised(tmp_path: Path) -> None:
    """Under ulimit -f (EFBIG) rounds wait as TOO_BIG; once the limit is raised, all are saved."""
    database = tmp_path / "progress.db"
    counts = play(database, "rlimit")
    assert counts["kind"] == "TOO_BIG"
    assert_every_round_saved(database, counts)
