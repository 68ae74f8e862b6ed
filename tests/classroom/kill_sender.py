"""Send a PC's outbox in small batches, printing each batch's count once it is marked sent.

Run by test_ralph.py's kill test, which kills this process with SIGKILL at random moments:
``python kill_sender.py <data folder>``. Small batches make a kill land mid-send often.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from game.classroom import sender
from game.classroom.client import LrsClient
from game.classroom.connection import load_connection
from game.storage.outbox import Outbox


class Reporting(Outbox):
    """An outbox that says on stdout when statements were marked sent."""

    def mark_sent(self, ids, when):  # type: ignore[no-untyped-def]
        """Mark sent, then print how many."""
        super().mark_sent(ids, when)
        sys.stdout.write(f"{len(ids)}\n")
        sys.stdout.flush()


def main(folder: str) -> None:
    """Send everything waiting in ``folder``'s outbox, three statements a request."""
    sender.BATCH = 3
    connection = load_connection(Path(folder) / "class.json", environ={})
    assert connection is not None
    with Reporting(Path(folder) / "progress.db") as outbox:
        sender.send_waiting(outbox, LrsClient(connection, timeout=30))


if __name__ == "__main__":
    main(sys.argv[1])
