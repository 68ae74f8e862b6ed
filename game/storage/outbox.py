"""The class outbox: xAPI statements queued in the progress database until the LRS has them.

    queued = QueuedStatement.of(statement)            # statement["id"] is its UUID
    store.record_round(attempt, record, now, queue, outbox=[queued])   # same transaction
    with Outbox(progress_path()) as outbox:           # its own connection (any thread)
        for item in outbox.waiting(limit=50): ...send item.statement...
        outbox.mark_sent([item.id], now)              # the row goes; "last sent" is kept
        outbox.mark_refused(item.id, "the LRS's message")   # set aside, never resent

A row is written by :class:`game.storage.store.ProgressStore` in the transaction that
commits its round, so a saved round is always a queued statement. The id is the
statement's UUID, fixed at commit: sending it again (after a crash mid-send) is idempotent
on a conformant LRS. Statements the LRS refused as invalid stay in the table, marked
``refused``, so they are reported and do not block the others.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LAST_SENT = "class_last_sent"
WAITING = "waiting"
REFUSED = "refused"


@dataclass(frozen=True)
class QueuedStatement:
    """One statement to queue: its UUID and its JSON text."""

    id: str
    statement: str

    @classmethod
    def of(cls, statement: dict[str, Any]) -> QueuedStatement:
        """Return the queue row of an xAPI statement that carries its ``id``."""
        return cls(str(statement["id"]), json.dumps(statement, ensure_ascii=False))

    def decoded(self) -> dict[str, Any]:
        """Return the statement as a dict."""
        return json.loads(self.statement)


@dataclass(frozen=True)
class RefusedStatement:
    """A statement the LRS refused, with its message."""

    id: str
    problem: str


def queue_statements(
    connection: sqlite3.Connection,
    items: tuple[QueuedStatement, ...] | list[QueuedStatement],
    when: str,
) -> None:
    """Insert ``items`` on ``connection`` (inside the caller's transaction)."""
    connection.executemany(
        "INSERT INTO outbox (id, statement, queued) VALUES (?, ?, ?)",
        [(item.id, item.statement, when) for item in items],
    )


class Outbox:
    """Read and settle the outbox of the progress database at ``path`` (own connection)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # The game's store commits rounds on its own connection; WAL lets both work.
        self._connection = sqlite3.connect(
            self.path, isolation_level=None, timeout=10.0, check_same_thread=False
        )
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=FULL")

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def has_table(self) -> bool:
        """Return True when the database has an outbox (a store of this version made it)."""
        row = self._connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"
        ).fetchone()
        return row is not None

    def waiting(self, limit: int = 50) -> list[QueuedStatement]:
        """Return up to ``limit`` statements waiting to be sent, oldest first."""
        rows = self._connection.execute(
            "SELECT id, statement FROM outbox WHERE state = ? ORDER BY queued, rowid LIMIT ?",
            (WAITING, limit),
        )
        return [QueuedStatement(*row) for row in rows]

    def count(self, state: str = WAITING) -> int:
        """Return how many statements are in ``state`` (waiting or refused)."""
        row = self._connection.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (state,))
        return int(row.fetchone()[0])

    def refused(self) -> list[RefusedStatement]:
        """Return the statements the LRS refused, with its messages."""
        rows = self._connection.execute(
            "SELECT id, problem FROM outbox WHERE state = ? ORDER BY queued, rowid", (REFUSED,)
        )
        return [RefusedStatement(row[0], row[1] or "") for row in rows]

    def mark_sent(self, ids: list[str], when: dt.datetime) -> None:
        """Remove statements the LRS now holds and remember when that was."""
        if not ids:
            return
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            self._connection.executemany("DELETE FROM outbox WHERE id = ?", [(i,) for i in ids])
            self._connection.execute(
                "INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)",
                (LAST_SENT, json.dumps(when.isoformat(timespec="seconds"))),
            )
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def mark_refused(self, statement_id: str, problem: str) -> None:
        """Set a statement aside with the LRS's message; it is not sent again."""
        self._connection.execute(
            "UPDATE outbox SET state = ?, problem = ?, tries = tries + 1 WHERE id = ?",
            (REFUSED, problem[:2000], statement_id),
        )

    def retry_refused(self) -> int:
        """Put every refused statement back in the queue; return how many."""
        cursor = self._connection.execute(
            "UPDATE outbox SET state = ?, problem = NULL WHERE state = ?", (WAITING, REFUSED)
        )
        return cursor.rowcount

    def last_sent(self) -> str | None:
        """Return when a statement was last accepted by the LRS (ISO 8601), or None."""
        row = self._connection.execute(
            "SELECT value FROM app_settings WHERE key = ?", (LAST_SENT,)
        ).fetchone()
        return None if row is None else str(json.loads(row[0]))
