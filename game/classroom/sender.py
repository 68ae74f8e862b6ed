"""Send the outbox to the LRS: once now (``okuya class sync``), or in the background (the game).

    report = send_waiting(outbox, client)      # SyncReport: sent, refused, error, left
    sender = background_sender(progress_path)  # one daemon thread per database, started once
    sender.wake()                              # a round was queued: try now

The background thread never touches the game's frame: it has its own SQLite connection
and sleeps on an event. While the LRS is unreachable it backs off (2 s, 4 s, … 5 min);
a refused statement is set aside and the others go on. A process killed while sending
loses nothing: a row leaves the outbox only after the LRS answered that it holds it, and
sending it again is idempotent (PUT with its id).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.client import LrsClient, LrsError, StatementRefused
from game.classroom.connection import ClassConnection, load_connection
from game.storage.outbox import Outbox, QueuedStatement

log = logging.getLogger(__name__)

BATCH = 50
FIRST_BACKOFF = 2.0
MAX_BACKOFF = 300.0
IDLE_POLL = 30.0  # seconds between looks at the outbox when nothing woke the sender


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class SyncReport:
    """What one sending pass did."""

    sent: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    error: LrsError | None = None
    left: int = 0

    @property
    def done(self) -> bool:
        """Return True when nothing is left waiting and nothing was refused."""
        return self.error is None and not self.refused and self.left == 0


def send_waiting(
    outbox: Outbox,
    client: LrsClient,
    clock: Callable[[], dt.datetime] = _utc_now,
    stop: threading.Event | None = None,
) -> SyncReport:
    """Send every waiting statement, oldest first; stop at the first LRS-wide problem.

    Each batch goes in one POST (statements carry their ids, so a batch sent twice stores
    nothing twice); when the LRS refuses a batch or reports a conflict, its statements go
    one by one (PUT), so an invalid one is set aside and the others still arrive.
    """
    report = SyncReport()
    while stop is None or not stop.is_set():
        batch = outbox.waiting(BATCH)
        if not batch:
            break
        try:
            statements = [item.decoded() for item in batch]
            client.post_statements(statements)
        except LrsError as error:
            if error.reason != "conflict":
                report.error = error
                break
            if not _one_by_one(outbox, client, batch, report, clock, stop):
                break
            continue
        except (StatementRefused, ValueError):
            if not _one_by_one(outbox, client, batch, report, clock, stop):
                break
            continue
        outbox.mark_sent([item.id for item in batch], clock())
        report.sent += len(batch)
    report.left = outbox.count()
    return report


def _one_by_one(
    outbox: Outbox,
    client: LrsClient,
    batch: list[QueuedStatement],
    report: SyncReport,
    clock: Callable[[], dt.datetime],
    stop: threading.Event | None,
) -> bool:
    """Send ``batch`` statement by statement; return False at an LRS-wide problem."""
    for item in batch:
        if stop is not None and stop.is_set():
            return False
        try:
            client.put_statement(item.decoded())
        except StatementRefused as refusal:
            outbox.mark_refused(item.id, refusal.message)
            report.refused.append((item.id, refusal.message))
            log.warning("the LRS refused statement %s: %s", item.id, refusal.message)
            continue
        except ValueError as error:  # a row that is not JSON: set it aside, go on
            outbox.mark_refused(item.id, f"not a statement: {error}")
            report.refused.append((item.id, str(error)))
            continue
        except LrsError as error:
            report.error = error
            return False
        outbox.mark_sent([item.id], clock())
        report.sent += 1
    return True


class BackgroundSender:
    """A daemon thread that empties one database's outbox whenever it can."""

    def __init__(
        self,
        database: Path,
        connection_source: Callable[[], ClassConnection | None] = load_connection,
        client_factory: Callable[[ClassConnection], LrsClient] = LrsClient,
    ) -> None:
        self.database = database
        self.connection_source = connection_source
        self.client_factory = client_factory
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self.backoff = 0.0
        self.last_report: SyncReport | None = None
        self.thread = threading.Thread(target=self._run, name="okuya-class-sender", daemon=True)

    def start(self) -> BackgroundSender:
        """Start the thread (once)."""
        if not self.thread.is_alive():
            self.thread.start()
        return self

    def wake(self) -> None:
        """Ask for a sending pass now (after a round was queued)."""
        self._idle.clear()
        self._wake.set()

    def stop(self) -> None:
        """Stop the thread after the statement it is sending."""
        self._stop.set()
        self._wake.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until a pass found nothing left to send; return False on timeout."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.backoff or IDLE_POLL)
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                self._pass()
            except Exception:  # never let the thread die: log, back off, try again
                log.exception("the class sender failed")
                self._back_off()

    def _pass(self) -> None:
        connection = self.connection_source()
        if connection is None:
            self.backoff = 0.0
            self._idle.set()
            return
        with Outbox(self.database) as outbox:
            if not outbox.has_table():
                self._idle.set()
                return
            report = send_waiting(outbox, self.client_factory(connection), stop=self._stop)
        self.last_report = report
        if report.error is not None:
            log.info("class results wait: %s", report.error)
            self._back_off()
            return
        self.backoff = 0.0
        if report.left == 0:
            self._idle.set()

    def _back_off(self) -> None:
        self.backoff = min(MAX_BACKOFF, max(FIRST_BACKOFF, self.backoff * 2))


_senders: dict[Path, BackgroundSender] = {}
_lock = threading.Lock()


def background_sender(database: Path) -> BackgroundSender:
    """Return the running sender of ``database``, starting it the first time."""
    key = Path(database).resolve()
    with _lock:
        sender = _senders.get(key)
        if sender is None or not sender.thread.is_alive():
            sender = BackgroundSender(key).start()
            _senders[key] = sender
        return sender
