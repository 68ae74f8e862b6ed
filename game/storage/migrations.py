"""The progress database schema, as an ordered list of migrations.

Migration N takes a database at ``PRAGMA user_version`` N-1 to N. Never edit a released
migration; add a new one at the end. Each runs in its own transaction together with the
version bump, so a crash leaves the database at one version or the next, never between.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

MIGRATIONS: tuple[str, ...] = (
    # 1: profiles, settings, attempts and their rounds and items.
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE profile_settings (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (profile_id, key)
    );
    CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        pack_id TEXT NOT NULL,
        pack_hash TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT,
        score REAL
    );
    CREATE TABLE round_results (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        round_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        points REAL NOT NULL,
        max_points INTEGER NOT NULL,
        stars INTEGER NOT NULL,
        finished TEXT NOT NULL
    );
    CREATE TABLE item_results (
        round_result_id INTEGER NOT NULL REFERENCES round_results(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        right INTEGER NOT NULL
    );
    """,
    # 2: the review queue, and indexes for the results export and best scores.
    """
    CREATE TABLE review_queue (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        pack_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        right_sessions TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (profile_id, pack_id, item_id)
    );
    CREATE INDEX attempts_by_pack ON attempts(pack_id, started);
    CREATE INDEX rounds_by_attempt ON round_results(attempt_id);
    CREATE INDEX items_by_round ON item_results(round_result_id);
    """,
    # 3: the class outbox: xAPI statements waiting for the Learning Record Store. A row is
    # written in the transaction that commits its round, keyed by the statement's UUID.
    """
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        statement TEXT NOT NULL,
        queued TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'refused')),
        tries INTEGER NOT NULL DEFAULT 0,
        problem TEXT
    );
    CREATE INDEX outbox_by_state ON outbox(state, queued);
    """,
    # 4: plays while a pack is written (``okuya play --watch`` or ``--step``) are previews:
    # kept, but never listed in ``okuya results`` nor counted as a best score.
    """
    ALTER TABLE attempts ADD COLUMN preview INTEGER NOT NULL DEFAULT 0;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> Iterator[str]:
    """Yield the SQL statements of a migration script one by one."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                yield buffer.strip()
            buffer = ""


@dataclass(frozen=True)
class _Column:
    name: str
    type: str
    not_null: bool
    default: str | None
    primary_key: bool

    def definition(self) -> str | None:
        """Return the ``ALTER TABLE ... ADD COLUMN`` text, or None when SQLite cannot add it."""
        if self.primary_key or (self.not_null and self.default is None):
            return None
        text = f'"{self.name}" {self.type}'
        if self.not_null:
            text += " NOT NULL"
        if self.default is not None:
            text += f" DEFAULT {self.default}"
        return text


@dataclass(frozen=True)
class _Schema:
    tables: dict[str, tuple[str, tuple[_Column, ...]]]  # name -> (CREATE TABLE text, columns)
    indexes: dict[str, tuple[str, str]]  # name -> (table, CREATE INDEX text)


@dataclass
class MissingParts:
    """What a database lacks of the schema its version promises, and how to add it."""

    tables: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # "table.column"
    indexes: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    mendable: bool = True

    @property
    def nothing(self) -> bool:
        """Return True when nothing is missing."""
        return not (self.tables or self.columns or self.indexes)

    def describe(self) -> str:
        """Return the missing parts in one line, for the log."""
        parts = [f"table {name}" for name in self.tables]
        parts += [f"column {name}" for name in self.columns]
        parts += [f"index {name}" for name in self.indexes]
        return ", ".join(parts) + ("" if self.mendable else " (cannot be added)")


def _columns(connection: sqlite3.Connection, table: str) -> tuple[_Column, ...]:
    rows = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    return tuple(
        _Column(str(name), str(kind), bool(not_null), default, bool(key))
        for _cid, name, kind, not_null, default, key in rows
    )


def _read_schema(connection: sqlite3.Connection) -> _Schema:
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables = {
        name: (sql, _columns(connection, name)) for kind, name, _t, sql in rows if kind == "table"
    }
    indexes = {name: (table, sql) for kind, name, table, sql in rows if kind == "index"}
    return _Schema(tables, indexes)


@functools.cache
def expected_schema(version: int) -> _Schema:
    """Return the tables and indexes a database at ``version`` has, built in memory."""
    connection = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            connection.executescript(script)
        return _read_schema(connection)
    finally:
        connection.close()


def missing_parts(connection: sqlite3.Connection, version: int) -> MissingParts:
    """Compare the database with the schema of ``version``; say what is missing."""
    expected = expected_schema(version)
    found = _read_schema(connection)
    missing = MissingParts()
    for table, (sql, columns) in expected.tables.items():
        if table not in found.tables:
            missing.tables.append(table)
            missing.statements.append(sql)
            continue
        have = {column.name for column in found.tables[table][1]}
        for column in columns:
            if column.name in have:
                continue
            missing.columns.append(f"{table}.{column.name}")
            definition = column.definition()
            if definition is None:
                missing.mendable = False
            else:
                missing.statements.append(f'ALTER TABLE "{table}" ADD COLUMN {definition}')
    for index, (_table, sql) in expected.indexes.items():
        if index not in found.indexes:
            missing.indexes.append(index)
            missing.statements.append(sql)
    return missing
