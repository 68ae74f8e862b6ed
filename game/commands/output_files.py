"""Files the commands write (``okuya export -o``, ``okuya moodle -o``): all or nothing.

The file is written beside its target under a hidden temporary name and renamed over the
target only when complete, so a failure (a full disk, an error in the middle) leaves the
old file, or nothing, and never a half-written one or a ``.partial`` beside it. A target
that is a folder, in a folder that does not exist, or in a place that cannot be written is
refused with one line saying so, before anything is created.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from game.model.translation import Translations


class OutputError(Exception):
    """Raise when a command cannot write its output file; the message says why."""


def write_atomically(target: Path, write: Callable[[BinaryIO], object], t: Translations) -> None:
    """Call ``write`` on a temporary file, then rename it to ``target``; raise OutputError."""
    folder = target.parent
    if _quietly(target.is_dir):
        raise OutputError(
            t.gettext("{file} is a folder; give the name of the file to write.").format(file=target)
        )
    if not _quietly(folder.is_dir):
        raise OutputError(
            t.gettext(
                "the folder {folder} does not exist; create it first or write elsewhere."
            ).format(folder=folder)
        )
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name[:100]}.", suffix=".partial", dir=folder
        )
    except OSError as error:
        raise _cannot_write(target, error, t) from None
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        # mkstemp makes the file private; the output gets the usual permissions instead.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise _cannot_write(target, error, t) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _cannot_write(target: Path, error: OSError, t: Translations) -> OutputError:
    return OutputError(
        t.gettext("cannot write {file}: {reason}.").format(
            file=target, reason=error.strerror or type(error).__name__
        )
    )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _quietly(question: Callable[[], bool]) -> bool:
    try:
        return question()
    except OSError:
        return False
