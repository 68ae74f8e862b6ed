"""Kill a writing process at random moments: the store stays sound and keeps every committed round."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.storage.outbox import Outbox
from game.storage.store import ProgressStore

WRITER = Path(__file__).with_name("kill_writer.py")
RUNS = 36
# Even runs: kills land anywhere from start-up (opening, migrating) to well into the writing.
KILL_AFTER = (0.02, 0.45)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_round(tmp_path: Path) -> None:
    """After 36 SIGKILLs, quick_check passes, every round reported is there, each with its statement."""
    database = tmp_path / "progress.db"
    chance = random.Random(20261127)
    reported: list[str] = []
    killed_while_writing = 0
    for run in range(RUNS):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(database), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        first_line = b""
        if run % 2:
            # Odd runs: wait until the writer has committed a round, so slow machines
            # still kill it mid-writing rather than always during start-up.
            first_line = process.stdout.readline() if process.stdout else b""
            time.sleep(chance.uniform(0.0, KILL_AFTER[1] / 2))
        else:
            time.sleep(chance.uniform(*KILL_AFTER))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate()
        assert process.returncode == -signal.SIGKILL
        # A line cut short by the kill has no newline: its round was committed, but not
        # reported, so it is neither claimed nor required.
        lines = (first_line + output).decode().split("\n")[:-1]
        reported.extend(lines)
        killed_while_writing += bool(lines)
    with ProgressStore(database) as store:
        assert store.recovered_from is None
        assert store.quick_check()
        found = set(store.round_ids())
    with Outbox(database) as outbox:
        statements = outbox.count()
    missing = [round_id for round_id in reported if round_id not in found]
    print(
        f"\nkill test: {RUNS} runs, {killed_while_writing} killed while writing, "
        f"{len(reported)} rounds reported committed, {len(found)} rounds found, {len(missing)} missing"
    )
    assert killed_while_writing >= RUNS // 2
    assert missing == []
    # A round and its class statement are one transaction: a kill keeps both or neither.
    assert statements == len(found)
