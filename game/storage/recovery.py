"""Tell a damaged progress file from a sound one, and set a damaged one aside.

Used by :class:`game.storage.store.ProgressStore` when it opens: the player's old file is
never deleted, only renamed to ``<name>.corrupt-<time>.db`` (with its ``-wal`` and ``-shm``),
so a teacher or a developer can still try to rescue it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def problem_with_file(path: Path) -> str | None:
    """Return why the file at ``path`` is unusable, or None when it is sound or absent."""
    if not path.exists():
        return None
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if len(header) == 0:
        # SQLite would happily treat an empty file as a new database, but an empty file
        # where progress used to be means something went wrong: keep it for a look.
        return "empty"
    if header != SQLITE_HEADER:
        return "not a database"
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:5])
    return None


def set_aside(path: Path, moment: dt.datetime) -> Path:
    """Rename the file (and its WAL and shared memory) to a ``.corrupt-<time>`` name; return it."""
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}{path.suffix}")
        counter += 1
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{target}{suffix}"))
    return target
