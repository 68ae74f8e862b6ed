"""Why the progress store could not write (or open): a reason kind and the player's message.

    try:
        store.record_round(attempt, record, now, queue)
    except SaveFailed as failure:
        failure.kind                  # ProblemKind.DISK_FULL, READ_ONLY, TOO_BIG, LOCKED, IO
        failure.message(t)            # "Your progress can't be saved right now: the disk is full..."

SQLite reports a full disk as ``SQLITE_FULL``, a write past the process's file-size limit
(``ulimit -f``, EFBIG) as a short write (``SQLITE_FULL``) or an I/O error, a read-only file
or folder as ``SQLITE_READONLY`` or ``SQLITE_CANTOPEN``, and another program's lock as
``SQLITE_BUSY``/``SQLITE_LOCKED``. None of them is damage: the file is sound and a later
write can succeed. Only ``SQLITE_CORRUPT`` and ``SQLITE_NOTADB`` mean damage
(:func:`is_damage`).
"""

from __future__ import annotations

import enum
import os
import shutil
import sqlite3
from pathlib import Path

from game.model.translation import Translations

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_READONLY = 8
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
# A disk with less free space than this, after a failed write, is taken to be full.
_NEARLY_FULL = 256 * 1024
# Within this much of the file-size limit, a failed write is taken to be EFBIG.
_NEAR_LIMIT = 256 * 1024


class ProblemKind(enum.Enum):
    """The reason a write (or opening) of the progress store failed."""

    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    TOO_BIG = "too big"
    LOCKED = "locked"
    IO = "i/o error"


class StoreError(Exception):
    """Raise when the progress file cannot be used and must not be set aside."""

    kind: ProblemKind | None = None


class SaveFailed(StoreError, OSError):
    """Raise when the progress store could not write; nothing of that write was kept.

    It is an :class:`OSError` too (a write to the disk failed), so code that already handles
    file errors handles it; its ``errno`` is None.
    """

    def __init__(self, kind: ProblemKind, detail: str) -> None:
        super().__init__(f"{kind.value}: {detail}")
        self.kind: ProblemKind = kind
        self.detail = detail

    def message(self, t: Translations) -> str:
        """Return what the player is told while rounds cannot be saved, in their language."""
        return save_message(self.kind, t)

    def opening_message(self, t: Translations) -> str:
        """Return what the player is told when the progress file cannot be opened at start."""
        return opening_message(self.kind, t)


def save_message(kind: ProblemKind, t: Translations) -> str:
    """Return the player's message for rounds that cannot be saved right now, for ``kind``."""
    if kind is ProblemKind.DISK_FULL:
        return t.gettext(
            "Your progress can't be saved right now: the disk is full. "
            "Free some space; the rounds you play are kept until then."
        )
    if kind is ProblemKind.READ_ONLY:
        return t.gettext(
            "Your progress can't be saved right now: the progress file or its folder is "
            "read-only. Allow writing to it; the rounds you play are kept until then."
        )
    if kind is ProblemKind.TOO_BIG:
        return t.gettext(
            "Your progress can't be saved right now: the progress file has reached the largest "
            "size this computer allows. Ask whoever looks after it to raise the limit; the rounds "
            "you play are kept until then."
        )
    if kind is ProblemKind.LOCKED:
        return t.gettext(
            "Your progress can't be saved right now: another program is using the progress "
            "file. Close it; the rounds you play are kept until then."
        )
    return t.gettext(
        "Your progress can't be saved right now: the disk reported an error. "
        "The rounds you play are kept, and Okuya tries again after each one."
    )


def opening_message(kind: ProblemKind | None, t: Translations) -> str:
    """Return the player's message for a progress file that cannot be opened, for ``kind``."""
    if kind is ProblemKind.LOCKED:
        return t.gettext(
            "Okuya seems to be open already, or another program is using the progress file. "
            "Close it and start Okuya again; until then nothing you play is saved."
        )
    if kind is ProblemKind.READ_ONLY:
        return t.gettext(
            "The progress file or its folder is read-only, so nothing you play is saved. "
            "Allow writing to it and start Okuya again."
        )
    if kind in (ProblemKind.DISK_FULL, ProblemKind.TOO_BIG):
        return t.gettext(
            "The disk is full, so nothing you play is saved. Free some space and start Okuya again."
        )
    return t.gettext(
        "Okuya could not open its progress file. You can play, but nothing will be kept after you quit."
    )


def is_damage(error: sqlite3.Error) -> bool:
    """Return True when SQLite's error means the file is damaged or not a database."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        # Raised by Python's module itself (no SQLite code): only "not a database" texts.
        return isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError
        )
    return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def classify(error: BaseException, path: Path | None = None) -> ProblemKind:
    """Return the reason kind of a failed write or open of the database at ``path``."""
    if isinstance(error, OSError):
        return _kind_of_os_error(error, path)
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return ProblemKind.LOCKED
    if primary == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ProblemKind.READ_ONLY
    if primary in (_SQLITE_FULL, _SQLITE_IOERR) or "disk" in text or "full" in text:
        if path is not None and _near_file_size_limit(path):
            return ProblemKind.TOO_BIG
        if primary == _SQLITE_FULL or (path is not None and _nearly_full(path)):
            return ProblemKind.DISK_FULL
        return ProblemKind.IO
    if primary == _SQLITE_CANTOPEN and path is not None and not _writable(path):
        return ProblemKind.READ_ONLY
    return ProblemKind.IO


def failure(error: BaseException, path: Path | None = None) -> SaveFailed:
    """Return the :class:`SaveFailed` for ``error`` (raise it ``from error``)."""
    return SaveFailed(classify(error, path), str(error) or type(error).__name__)


def _kind_of_os_error(error: OSError, path: Path | None) -> ProblemKind:
    import errno

    if error.errno == errno.ENOSPC:
        return ProblemKind.DISK_FULL
    if error.errno == errno.EFBIG:
        return ProblemKind.TOO_BIG
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ProblemKind.READ_ONLY
    if error.errno in (errno.EAGAIN, errno.EBUSY):
        return ProblemKind.LOCKED
    return ProblemKind.IO


def _near_file_size_limit(path: Path) -> bool:
    try:
        import resource
    except ImportError:  # Windows has no per-process file-size limit
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    sizes = [_size(Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-journal")]
    return max(sizes) + _NEAR_LIMIT >= soft


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        return False


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
