"""Write rounds to a progress store forever, printing each round id once it is committed.

Run by test_kill.py, which kills this process with SIGKILL at random moments:
``python kill_writer.py <database> <run number>``.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from game.rounds.outcome import ItemOutcome
from game.rounds.review import ReviewQueue
from game.rounds.session import RoundRecord
from game.storage.outbox import QueuedStatement
from game.storage.pending import PendingCommits
from game.storage.store import ProgressStore

MOMENT = "2026-03-01T09:30:00+00:00"


def main(database: str, run: str) -> None:
    """Commit rounds (as the play flow does, through PendingCommits) until killed.

    Each round goes in with one class statement; its id is printed once the outcome says
    nothing waits, that is once it (and every round before it) is committed.
    """
    store = ProgressStore(database)
    profiles = store.profiles()
    profile = profiles[0] if profiles else store.create_profile("Writer", created=MOMENT)
    pending = PendingCommits(store)
    attempt = pending.start_attempt(profile.id, "pack", "hash", started=MOMENT)
    queue = store.review_queue(profile.id, "pack")
    for number in range(1_000_000):
        round_id = f"run{run}-round{number}"
        outcomes = tuple(
            ItemOutcome(f"question:{run}-{number}-{item}", item % 2 == 0) for item in range(8)
        )
        queue.record(f"session-{run}", outcomes)
        # Keep the queue short so every transaction does about the same work.
        queue = ReviewQueue(profile.id, "pack", queue.entries[-20:])
        statement = QueuedStatement(str(uuid.uuid4()), '{"verb": "answered"}')
        record = RoundRecord(round_id, "quiz", 0.5, 8, outcomes)
        if not pending.record_round(attempt, record, MOMENT, queue, [statement]).saved:
            raise SystemExit(f"round {round_id} waits: {pending.last_failure}")
        sys.stdout.write(round_id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
