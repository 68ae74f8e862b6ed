"""Play rounds through PendingCommits until the disk (or the file-size limit) is full, then free it.

Run by test_disk_full.py: ``python disk_full_player.py <database> <ballast file or "rlimit">``.
It prints one line: ``<kind> played=<n> saved_before=<n> waiting=<n> saved_after=<n>``.
"""

from __future__ import annotations

import resource
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from game.rounds.outcome import ItemOutcome
from game.rounds.session import RoundRecord
from game.storage.outbox import QueuedStatement
from game.storage.pending import PendingCommits
from game.storage.store import ProgressStore

MOMENT = "2026-03-01T09:30:00+00:00"
AFTER_FULL = 10  # rounds played after the first one that could not be saved


def main(database: str, free_with: str) -> None:
    """Play until a round waits, play AFTER_FULL more, free the space, retry; print the counts."""
    store = ProgressStore(database)
    profile = store.create_profile("Айгүл", created=MOMENT)
    if free_with == "rlimit":
        sizes = [Path(f"{database}{suffix}") for suffix in ("", "-wal")]
        limit = max(path.stat().st_size for path in sizes if path.exists()) + 96 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    pending = PendingCommits(store)
    attempt = pending.start_attempt(profile.id, "pack", "hash", MOMENT)
    queue = store.review_queue(profile.id, "pack")
    played = 0
    first_waiting_at: int | None = None
    kind = "none"
    while played < 5000 and (first_waiting_at is None or played < first_waiting_at + AFTER_FULL):
        outcomes = tuple(
            ItemOutcome(f"question:{played}-{item}-" + "x" * 100, item % 3 == 0)
            for item in range(10)
        )
        queue.record(f"session-{played}", outcomes)
        statement = QueuedStatement(str(uuid.uuid4()), '{"verb": "answered"}' + " " * 300)
        record = RoundRecord(f"round-{played}", "quiz", 0.5, 10, outcomes)
        outcome = pending.record_round(attempt, record, MOMENT, queue, [statement])
        played += 1
        if outcome.problem is not None and first_waiting_at is None:
            first_waiting_at = played
            kind = outcome.problem.name
    waiting = len(pending.unsaved_rounds)
    saved_before = len(store.round_ids())
    if free_with == "rlimit":
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    else:
        Path(free_with).unlink()
    retried = pending.retry()
    saved_after = len(store.round_ids())
    store.close()
    print(
        f"{kind} played={played} saved_before={saved_before} waiting={waiting}"
        f" saved_after={saved_after} still_waiting={retried.unsaved_rounds}"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
