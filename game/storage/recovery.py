"""Tell a damaged progress file from a sound one, and set a damaged one aside.

Used by :class:`game.storage.store.ProgressStore` when it opens: the player's old file is
never deleted, only renamed to ``<name>.corrupt-<time>.db`` (with its ``-wal`` and ``-shm``),
so a teacher or a developer can still try to rescue it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from game.storage.problems import failure, is_damage

SQLITE_HEADER = b"SQLite format 3\x00"


def problem_with_file(path: Path, timeout: float = 10.0) -> str | None:
    """Return why the file at ``path`` is damaged, or None when it is sound or absent.

    Only a file that is empty, does not start as SQLite, or that SQLite itself calls damaged
    (``quick_check`` fails, ``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) is damaged. A lock held
    past ``timeout`` seconds, a read-only file or folder, a full disk or any other I/O error
    raises :class:`~game.storage.problems.SaveFailed` instead: the file is kept as it is.
    """
    try:
        if not path.exists():
            return None
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise failure(error, path) from error
    if len(header) == 0:
        # SQLite would happily treat an empty file as a new database, but an empty file
        # where progress used to be means something went wrong: keep it for a look.
        return "empty"
    if header != SQLITE_HEADER:
        return "not a database"
    try:
        connection = open_read_only(path, timeout)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return str(error)
        raise failure(error, path) from error
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:5])
    return None


def open_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """Open the database at ``path`` for reading only (also in a read-only folder)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        if os.access(path.parent, os.W_OK) or Path(f"{path}-wal").exists():
            raise
        # A read-only folder without the WAL's shared-memory file: nothing else can be
        # writing to this file, so SQLite may read it as an unchanging one.
        connection = sqlite3.connect(
            f"{uri}&immutable=1", uri=True, timeout=timeout, isolation_level=None
        )
    return connection


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
