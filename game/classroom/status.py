"""One line about the class for people: the settings row, and after ``okuya play --autoplay``.

class_status_line(t)      # "Class 9b — 3 results waiting to send", or None (no class)
send_before_exit(path)    # give the background sender a few seconds to empty the outbox
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.classroom.connection import CONNECTION_FILE, ClassConnection, load_connection
from game.storage.locations import progress_path
from game.storage.outbox import Outbox


def waiting_count(database: Path | None = None) -> int:
    """Return how many statements wait in the outbox (0 when there is no outbox yet)."""
    database = database or progress_path()
    if not database.exists():
        return 0
    with Outbox(database) as outbox:
        return outbox.count() if outbox.has_table() else 0


def class_status_line(
    t: Any, connection: ClassConnection | None = None, database: Path | None = None
) -> str | None:
    """Return "Class 9b — 3 results waiting to send" (or "all sent"), None when not in a class."""
    if connection is None:
        folder = database.parent if database is not None else None
        connection = load_connection(folder / CONNECTION_FILE if folder is not None else None)
    if connection is None:
        return None
    try:
        waiting = waiting_count(database)
    except Exception:  # a status line must never break a screen
        waiting = 0
    if waiting == 0:
        return t.gettext("Class {name} — all results sent").format(name=connection.class_name)
    return t.ngettext(
        "Class {name} — {count} result waiting to send",
        "Class {name} — {count} results waiting to send",
        waiting,
    ).format(name=connection.class_name, count=t.format_number(waiting))


def send_before_exit(database: Path | None = None, timeout: float = 5.0) -> bool:
    """Wake the background sender and wait up to ``timeout`` s; return True when all is sent."""
    if load_connection() is None:
        return True
    from game.classroom.sender import background_sender

    sender = background_sender(database or progress_path())
    sender.wake()
    return sender.wait_idle(timeout) and waiting_count(database) == 0
