"""The progress database schema, as an ordered list of migrations.

Migration N takes a database at ``PRAGMA user_version`` N-1 to N. Never edit a released
migration; add a new one at the end. Each runs in its own transaction together with the
version bump, so a crash leaves the database at one version or the next, never between.
"""

from __future__ import annotations

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
