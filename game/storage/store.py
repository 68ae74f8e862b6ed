"""The progress store: one SQLite file with profiles, settings, attempts and the review queue.

    store = ProgressStore(progress_path())          # or any path; tests use tmp dirs
    if store.recovered_from: ...tell the player their old progress was damaged and set aside...
    profile = store.create_profile("Айгүл", created=now)
    attempt = store.start_attempt(profile.id, pack.id, pack.content_hash, started=now)
    store.record_round(attempt, record, finished=now, review_queue=queue)   # one transaction
    # ...with outbox=[QueuedStatement...] the class statements go in that transaction too
    store.finish_attempt(attempt, finished=now, score=session.score)
    store.close()

Safety: WAL journal with ``synchronous=FULL``, so a finished round survives the process
being killed the moment after ``record_round`` returns; each round, its items and the review
queue are written in one transaction, so a kill mid-write loses only that round. On open,
``PRAGMA quick_check`` runs; a file that is empty, not a database, or damaged (quick_check
fails, ``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) is renamed aside as
``<name>.corrupt-<time>.db`` (with its ``-wal``/``-shm``), a new store is made and
``recovered_from`` names the file set aside. A file with the right version but missing
tables, indexes or columns gets them back; when SQLite cannot add a column (``NOT NULL``
without a default) the file is set aside the same way. A file made by a newer Okuya is left
alone and :class:`StoreError` is raised.

Nothing else is damage. A lock held by another program past ``busy_timeout`` (10 s), a full
disk, a write past the file-size limit (EFBIG), a read-only file or folder, or another I/O
error raises :class:`~game.storage.problems.SaveFailed` (a ``StoreError``) with its
``kind``: at open, and from every write, which is then rolled back whole. A read-only file or
folder raises ``SaveFailed(READ_ONLY)`` at open, or with ``read_only_ok=True`` opens for
reading (``read_only`` says why) and every write raises ``SaveFailed``. The
play flow writes through :class:`~game.storage.pending.PendingCommits`, which keeps refused
rounds in memory and retries them. Two games on one folder share the file (WAL, busy
timeout); each migration re-reads the version under the write lock, and a profile name the
other game just took raises :class:`ProfileTaken` with that profile.

Every stored value is read defensively: a setting, ``last_profile``, ``first_start_done`` or a
review item's ``right_sessions`` that does not parse falls back to its default with a logged
warning; a profile name is shown without control characters (a NUL).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.model.printable import is_unsafe
from game.rounds.review import ReviewEntry, ReviewQueue
from game.rounds.session import RoundRecord
from game.storage.migrations import MIGRATIONS, SCHEMA_VERSION, missing_parts, statements
from game.storage.outbox import QueuedStatement, queue_statements
from game.storage.problems import ProblemKind, SaveFailed, StoreError, failure, is_damage
from game.storage.recovery import open_read_only, problem_with_file, set_aside
from game.storage.settings import Settings
from game.storage.stored_values import (
    UNREADABLE,
    json_or,
    profile_fields,
    right_sessions_or_empty,
    score_or_none,
)

__all__ = ["AttemptRow", "Profile", "ProfileTaken", "ProgressStore", "SaveFailed", "StoreError"]

log = logging.getLogger(__name__)
BUSY_TIMEOUT = 10.0  # seconds a write waits for another program's lock before failing

LAST_PROFILE = "last_profile"
FIRST_START_DONE = "first_start_done"


class ProfileTaken(ValueError):
    """Raise when a new profile's name is already taken (perhaps by another open game)."""

    def __init__(self, profile: Profile) -> None:
        super().__init__(f"there is already a profile called {profile.name!r}")
        self.profile = profile


@dataclass(frozen=True)
class Profile:
    """A player on this computer."""

    id: int
    name: str
    created: str


@dataclass(frozen=True)
class AttemptRow:
    """One play of a pack, with the score of each round, for reports."""

    id: int
    profile_name: str
    pack_id: str
    pack_hash: str
    started: str
    finished: str | None
    score: float | None
    round_scores: dict[str, float]


def _utc_now() -> dt.datetime:
    # The one place the store reads the clock: naming a file set aside.
    return dt.datetime.now(dt.UTC)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _timestamp(moment: dt.datetime | str) -> str:
    return moment if isinstance(moment, str) else moment.isoformat(timespec="seconds")


def _profile(*row: object) -> Profile | None:
    fields = profile_fields(*row)
    return None if fields is None else Profile(*fields)


class ProgressStore:
    """Open (creating or recovering) the progress database at ``path``.

    ``busy_timeout``: seconds to wait for another program's lock before a write (or the
    opening) fails as LOCKED. ``read_only_ok``: open a read-only file or folder for reading
    (``read_only`` is then set and every write raises SaveFailed) instead of raising
    SaveFailed(READ_ONLY) at once.
    """

    def __init__(
        self,
        path: Path | str,
        clock: Callable[[], dt.datetime] = _utc_now,
        busy_timeout: float = BUSY_TIMEOUT,
        read_only_ok: bool = False,
    ) -> None:
        self.path = Path(path)
        self._read_only_ok = read_only_ok
        self.recovered_from: Path | None = None
        # Why the store is open for reading only (a read-only file or folder), else None.
        self.read_only: ProblemKind | None = None
        self._clock = clock
        self._busy_timeout = busy_timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise failure(error, self.path) from error
        if problem_with_file(self.path, busy_timeout) is not None:
            self._set_aside()
        try:
            self._open()
        except SaveFailed:
            raise
        except sqlite3.Error as error:
            # quick_check can pass on a file whose schema pages are damaged.
            if self.recovered_from is not None or not is_damage(error):
                raise failure(error, self.path) from error
            self._set_aside()
            self._open()

    def _open(self) -> None:
        """Connect, migrate and check the tables; set the file aside once if they cannot be mended."""
        self._connection = self._connect()
        try:
            if not self._mend_schema():
                self._set_aside()
                self._connection = self._connect()
            self._migrate()
        except sqlite3.Error as error:
            self._close_quietly()
            if is_damage(error):
                raise
            raise failure(error, self.path) from error
        except BaseException:
            self._close_quietly()
            raise

    def _set_aside(self) -> None:
        self._close_quietly()
        try:
            self.recovered_from = set_aside(self.path, self._clock())
        except OSError as error:
            raise failure(error, self.path) from error

    def _connect(self) -> sqlite3.Connection:
        if self.path.exists() and not _writable(self.path):
            if not self._read_only_ok:
                raise SaveFailed(ProblemKind.READ_ONLY, f"{self.path} or its folder is read-only")
            # A read-only file or folder: show what is saved; every write says why it fails.
            self.read_only = ProblemKind.READ_ONLY
            connection = open_read_only(self.path, self._busy_timeout)
            connection.execute("PRAGMA foreign_keys=ON")
            return connection
        self.read_only = None
        # isolation_level=None: transactions are begun and ended explicitly below.
        connection = sqlite3.connect(self.path, isolation_level=None, timeout=self._busy_timeout)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            connection.close()
            raise
        return connection

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            self._close_quietly()
            raise StoreError(
                f"{self.path} was written by a newer version of Okuya "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); update Okuya"
            )
        if version < SCHEMA_VERSION and self.read_only is not None:
            raise SaveFailed(self.read_only, f"{self.path} needs an update it cannot be given")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self._run_migration(number, script)

    def _run_migration(self, number: int, script: str) -> None:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another game opening the same new folder
            # may have run this migration since the version was first read.
            current = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if current < number:
                for statement in statements(script):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def _mend_schema(self) -> bool:
        """Create missing tables, indexes and columns; return False when that cannot be done."""
        version = self.schema_version
        if not 0 < version <= SCHEMA_VERSION:
            return True  # a new file is made whole by its migrations; a newer one is refused
        missing = missing_parts(self._connection, version)
        if missing.nothing:
            return True
        log.warning("progress file %s lacks %s", self.path, missing.describe())
        if not missing.mendable or self.read_only is not None:
            return False
        with self._transaction() as connection:
            for statement in missing.statements:
                connection.execute(statement)
        return True

    def _close_quietly(self) -> None:
        connection = getattr(self, "_connection", None)
        if connection is not None:
            with suppress(sqlite3.Error):
                connection.close()

    @property
    def schema_version(self) -> int:
        """Return the schema version of the open database."""
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def quick_check(self) -> bool:
        """Return True when SQLite's quick check finds nothing wrong."""
        return self._connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run one write transaction; a failure rolls it back and raises :class:`SaveFailed`."""
        connection = self._connection
        try:
            if self.read_only is not None:
                raise SaveFailed(self.read_only, f"{self.path} is read-only")
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            connection.execute("COMMIT")
        except sqlite3.IntegrityError:
            self._roll_back()
            raise
        except sqlite3.Error as error:
            self._roll_back()
            raise failure(error, self.path) from error
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        # After a full disk SQLite may already have rolled the transaction back itself.
        if self._connection.in_transaction:
            try:
                self._connection.execute("ROLLBACK")
            except sqlite3.Error as error:
                log.warning("could not roll back a failed write: %s", error)

    # -- profiles and settings -----------------------------------------------------------
    def create_profile(self, name: str, created: dt.datetime | str) -> Profile:
        """Add a player; raise ValueError when the name is empty and ProfileTaken when taken.

        Another game open on the same data folder may have just added the same name:
        :class:`ProfileTaken` carries that profile, so the caller can play as it.
        """
        name = name.strip()
        if not name:
            raise ValueError("a profile needs a name")
        if any(is_unsafe(character) for character in name):
            raise ValueError("a profile name cannot hold control characters")
        try:
            with self._transaction() as connection:
                cursor = connection.execute(
                    "INSERT INTO profiles (name, created) VALUES (?, ?)",
                    (name, _timestamp(created)),
                )
        except sqlite3.IntegrityError as error:
            existing = self.profile_named(name)
            if existing is None:  # not the name: a constraint this version does not expect
                raise SaveFailed(ProblemKind.IO, str(error)) from error
            raise ProfileTaken(existing) from error
        return Profile(int(cursor.lastrowid or 0), name, _timestamp(created))

    def profiles(self) -> list[Profile]:
        """Return every profile, by name."""
        rows = self._connection.execute("SELECT id, name, created FROM profiles ORDER BY name")
        found = [_profile(*row) for row in rows]
        return [profile for profile in found if profile is not None]

    def profile(self, profile_id: int) -> Profile | None:
        """Return one profile, or None."""
        row = self._connection.execute(
            "SELECT id, name, created FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return _profile(*row) if row else None

    def profile_named(self, name: str) -> Profile | None:
        """Return the profile called ``name`` (as stored), or None."""
        row = self._connection.execute(
            "SELECT id, name, created FROM profiles WHERE name = ?", (name.strip(),)
        ).fetchone()
        return _profile(*row) if row else None

    def delete_profile(self, profile_id: int) -> None:
        """Remove a player with all their settings, attempts and review items."""
        with self._transaction() as connection:
            connection.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
            if self.get_app_setting(LAST_PROFILE) == profile_id:
                connection.execute("DELETE FROM app_settings WHERE key = ?", (LAST_PROFILE,))

    def settings(self, profile_id: int) -> Settings:
        """Return a profile's settings (defaults for anything not saved)."""
        rows = self._connection.execute(
            "SELECT key, value FROM profile_settings WHERE profile_id = ?", (profile_id,)
        )
        items: dict[str, Any] = {}
        for key, value in rows:
            parsed = json_or(value, UNREADABLE, f"setting {key!r} of profile {profile_id}")
            if parsed is not UNREADABLE and isinstance(key, str):
                items[key] = parsed
        return Settings.from_items(items)

    def save_settings(self, profile_id: int, settings: Settings) -> None:
        """Save all of a profile's settings at once."""
        with self._transaction() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?)",
                [
                    (profile_id, key, json.dumps(value))
                    for key, value in settings.checked().as_items().items()
                ],
            )

    def get_app_setting(self, key: str, default: Any = None) -> Any:
        """Return a setting that belongs to the computer, not a profile."""
        row = self._connection.execute(
            "SELECT value FROM app_settings WHERE key = ?", (key,)
        ).fetchone()
        return default if row is None else json_or(row[0], default, f"setting {key!r}")

    def set_app_setting(self, key: str, value: Any) -> None:
        """Save a setting that belongs to the computer, not a profile."""
        with self._transaction() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    @property
    def last_profile_id(self) -> int | None:
        """Return the profile that played last, if any."""
        value = self.get_app_setting(LAST_PROFILE)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        log.warning("progress file: setting %r is %r, not a profile id", LAST_PROFILE, value)
        return None

    @last_profile_id.setter
    def last_profile_id(self, profile_id: int | None) -> None:
        self.set_app_setting(LAST_PROFILE, profile_id)

    @property
    def first_start_done(self) -> bool:
        """Return True once the first-start language choice has been made."""
        value = self.get_app_setting(FIRST_START_DONE, False)
        if isinstance(value, bool):
            return value
        log.warning("progress file: setting %r is %r, not true or false", FIRST_START_DONE, value)
        return False

    @first_start_done.setter
    def first_start_done(self, done: bool) -> None:
        self.set_app_setting(FIRST_START_DONE, bool(done))

    # -- attempts and rounds -------------------------------------------------------------
    def start_attempt(
        self,
        profile_id: int,
        pack_id: str,
        pack_hash: str,
        started: dt.datetime | str,
        *,
        preview: bool = False,
    ) -> int:
        """Record that a profile started playing a pack (``preview``: while writing it)."""
        with self._transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO attempts (profile_id, pack_id, pack_hash, started, preview)"
                " VALUES (?, ?, ?, ?, ?)",
                (profile_id, pack_id, pack_hash, _timestamp(started), int(preview)),
            )
        return int(cursor.lastrowid or 0)

    def record_round(
        self,
        attempt_id: int,
        record: RoundRecord,
        finished: dt.datetime | str,
        review_queue: ReviewQueue | None = None,
        outbox: Sequence[QueuedStatement] = (),
    ) -> int:
        """Save a finished round, its items, the review queue and its class statements at once."""
        with self._transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO round_results (attempt_id, round_id, kind, score, points, max_points,"
                " stars, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt_id,
                    record.round_id,
                    record.kind,
                    record.score,
                    record.points,
                    record.max_points,
                    record.stars,
                    _timestamp(finished),
                ),
            )
            round_result_id = int(cursor.lastrowid or 0)
            connection.executemany(
                "INSERT INTO item_results (round_result_id, item_id, right) VALUES (?, ?, ?)",
                [(round_result_id, item.item_id, int(item.right)) for item in record.outcomes],
            )
            if review_queue is not None:
                self._write_review_queue(connection, review_queue)
            queue_statements(connection, list(outbox), _timestamp(finished))
        return round_result_id

    def finish_attempt(
        self,
        attempt_id: int,
        finished: dt.datetime | str,
        score: float,
        outbox: Sequence[QueuedStatement] = (),
    ) -> None:
        """Record the end of an attempt, its score (0-1) and its class statements at once."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE attempts SET finished = ?, score = ? WHERE id = ?",
                (_timestamp(finished), score, attempt_id),
            )
            queue_statements(connection, list(outbox), _timestamp(finished))

    def round_ids(self, attempt_id: int | None = None) -> list[str]:
        """Return the round ids saved (for one attempt, or all), in the order saved."""
        if attempt_id is None:
            rows = self._connection.execute("SELECT round_id FROM round_results ORDER BY id")
        else:
            rows = self._connection.execute(
                "SELECT round_id FROM round_results WHERE attempt_id = ? ORDER BY id", (attempt_id,)
            )
        return [row[0] for row in rows]

    def item_results(self, attempt_id: int) -> list[tuple[str, str, bool]]:
        """Return (round id, item id, right) for every item of an attempt."""
        rows = self._connection.execute(
            "SELECT r.round_id, i.item_id, i.right FROM item_results i"
            " JOIN round_results r ON r.id = i.round_result_id WHERE r.attempt_id = ? ORDER BY i.rowid",
            (attempt_id,),
        )
        return [(round_id, item_id, bool(right)) for round_id, item_id, right in rows]

    def best_scores(self, profile_id: int) -> dict[str, float]:
        """Return a profile's best finished score (0-1) per pack id."""
        rows = self._connection.execute(
            "SELECT pack_id, MAX(score) FROM attempts WHERE profile_id = ? AND score IS NOT NULL"
            " AND preview = 0 GROUP BY pack_id",
            (profile_id,),
        )
        return {
            pack_id: float(score)
            for pack_id, score in rows
            if isinstance(score, int | float) and isinstance(pack_id, str)
        }

    def attempts(self, pack_id: str | None = None) -> list[AttemptRow]:
        """Return every attempt (of one pack, or all) but previews, oldest first, with round scores."""
        query = (
            "SELECT a.id, p.name, a.pack_id, a.pack_hash, a.started, a.finished, a.score"
            " FROM attempts a JOIN profiles p ON p.id = a.profile_id WHERE a.preview = 0"
        )
        parameters: tuple[str, ...] = ()
        if pack_id is not None:
            query += " AND a.pack_id = ?"
            parameters = (pack_id,)
        rows = self._connection.execute(query + " ORDER BY a.started, a.id", parameters).fetchall()
        scores: dict[int, dict[str, float]] = {}
        for attempt_id, round_id, score in self._connection.execute(
            "SELECT attempt_id, round_id, score FROM round_results WHERE kind != 'review' ORDER BY id"
        ):
            if not isinstance(score, int | float):
                log.warning("progress file: score %r of round %r skipped", score, round_id)
                continue
            scores.setdefault(attempt_id, {})[round_id] = float(score)
        return [
            AttemptRow(*row[:6], score_or_none(row[6]), round_scores=scores.get(row[0], {}))
            for row in rows
        ]

    # -- review queue ----------------------------------------------------------------------
    def review_queue(self, profile_id: int, pack_id: str) -> ReviewQueue:
        """Return a profile's review queue for a pack."""
        rows = self._connection.execute(
            "SELECT item_id, right_sessions FROM review_queue WHERE profile_id = ? AND pack_id = ?"
            " ORDER BY position",
            (profile_id, pack_id),
        )
        entries: list[ReviewEntry] = []
        for item_id, sessions in rows:
            if not isinstance(item_id, str) or ":" not in item_id:
                log.warning("progress file: review item %r of %s skipped", item_id, pack_id)
                continue
            entries.append(ReviewEntry(item_id, right_sessions_or_empty(sessions, item_id)))
        return ReviewQueue(profile_id, pack_id, entries)

    def save_review_queue(self, queue: ReviewQueue) -> None:
        """Replace the stored queue of the queue's profile and pack with ``queue``."""
        with self._transaction() as connection:
            self._write_review_queue(connection, queue)

    @staticmethod
    def _write_review_queue(connection: sqlite3.Connection, queue: ReviewQueue) -> None:
        connection.execute(
            "DELETE FROM review_queue WHERE profile_id = ? AND pack_id = ?",
            (int(queue.profile_id), queue.pack_id),
        )
        connection.executemany(
            "INSERT INTO review_queue (profile_id, pack_id, item_id, position, right_sessions)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (
                    int(queue.profile_id),
                    queue.pack_id,
                    entry.item_id,
                    position,
                    json.dumps(entry.right_sessions),
                )
                for position, entry in enumerate(queue.entries)
            ],
        )
