"""The player's history on disk: the SQLite progress store, where files live, teacher exports.

Plain Python: nothing here imports pygame. The wall clock is read only at the edges
(default arguments); callers pass timestamps in.

* :mod:`game.storage.locations` — the data folder (``OKUYA_DATA_DIR`` overrides it).
* :mod:`game.storage.store` — ``ProgressStore(path)``: profiles, settings, attempts, rounds,
  the review queue; recovers from a corrupt file; reads every stored value defensively.
* :mod:`game.storage.stored_values` — how a stored value that does not parse falls back to
  its default, with a warning in the log.
* :mod:`game.storage.problems` — ``SaveFailed``: why a write (or opening) failed — disk full,
  read-only, too big, locked, other I/O — and the player's message for it.
* :mod:`game.storage.pending` — ``PendingCommits(store)``: the play flow's writes, kept in
  memory in order while the store cannot write, and retried.
* :mod:`game.storage.results` — class results as CSV (``okuya results --csv``).
* :mod:`game.storage.packfiles` — the rules of pack ``.zip`` files (``okuya export`` /
  ``okuya import``; the commands are in :mod:`game.commands.export_import`).
"""
