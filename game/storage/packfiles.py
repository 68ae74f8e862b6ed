"""A pack folder as one ``.zip`` file, imported safely: the rules behind ``okuya export``/``import``.

Export (:mod:`game.commands.export_import`) checks the pack and zips :func:`pack_files`
under a ``<pack id>/`` folder. Import refuses (:func:`check_archive`),
before writing anything: paths that are absolute or climb out with ``..``, backslashes,
links and other special files, encrypted entries, file kinds a pack does not have, more
than :data:`MAX_FILES` files, more than :data:`MAX_TOTAL_BYTES` unpacked, and entries
that inflate more than :data:`MAX_RATIO` times (zip bombs). The sizes are enforced again
while unpacking, since a zip's headers can lie. The pack is unpacked into a temporary
folder beside its destination (:func:`unpack`), checked with the checker, and only then
renamed into place (:func:`move_into_place`, replacing an older copy of the same pack).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from game.model.translation import Translations

MAX_FILES = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
# Small files may compress extremely well (a blank line repeated); only big ones are bombs.
RATIO_FREE_BYTES = 1024 * 1024
ALLOWED_SUFFIXES = frozenset(
    {".yaml", ".yml", ".txt", ".md", ".png", ".jpg", ".jpeg", ".po", ".pot", ".mo"}
)
# A pack id that is also a safe folder name.
PACK_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHUNK = 64 * 1024


class UnsafeArchive(Exception):
    """Raise when an archive breaks one of the import rules."""


def pack_files(folder: Path) -> list[Path]:
    """Return the files of a pack folder worth sharing: known kinds, no hidden files or links."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        if path.suffix.lower() in ALLOWED_SUFFIXES:
            found.append(path)
    return found


def check_archive(archive: zipfile.ZipFile, t: Translations) -> tuple[list[zipfile.ZipInfo], str]:
    """Return the archive's files and the folder prefix to strip; raise UnsafeArchive when unsafe."""
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise UnsafeArchive(
            t.gettext("it holds {count} entries; a pack may have at most {limit}.").format(
                count=len(infos), limit=MAX_FILES
            )
        )
    total = 0
    members = []
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        _check_name(name, t)
        if name.rstrip("/").lower() in seen:
            raise UnsafeArchive(t.gettext("{name} appears twice.").format(name=name))
        seen.add(name.rstrip("/").lower())
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise UnsafeArchive(
                t.gettext("{name} is a link; packs may not contain links.").format(name=name)
            )
        if info.is_dir():
            continue
        # Zips from Windows, and some tools, leave the file-type bits at 0: that means a file.
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise UnsafeArchive(t.gettext("{name} is not a regular file.").format(name=name))
        if info.flag_bits & 0x1:
            raise UnsafeArchive(t.gettext("{name} is encrypted.").format(name=name))
        if PurePosixPath(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise UnsafeArchive(
                t.gettext(
                    "{name} is not a kind of file a pack has (YAML, text, PNG, JPEG, PO)."
                ).format(name=name)
            )
        if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise UnsafeArchive(
                t.gettext("{name} inflates too much; it looks like a zip bomb.").format(name=name)
            )
        total += info.file_size
        members.append(info)
    if total > MAX_TOTAL_BYTES:
        raise UnsafeArchive(
            t.gettext("it unpacks to more than {size} MB.").format(
                size=MAX_TOTAL_BYTES // (1024 * 1024)
            )
        )
    return members, _prefix(members, t)


def _check_name(name: str, t: Translations) -> None:
    if "\\" in name or "\x00" in name:
        raise UnsafeArchive(
            t.gettext("{name} has a backslash or a null character in its path.").format(name=name)
        )
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UnsafeArchive(t.gettext("{name} is an absolute path.").format(name=name))
    if ".." in PurePosixPath(name).parts:
        raise UnsafeArchive(t.gettext("{name} points outside the pack folder.").format(name=name))


def _prefix(members: list[zipfile.ZipInfo], t: Translations) -> str:
    names = {info.filename for info in members}
    if "pack.yaml" in names:
        return ""
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/pack.yaml" in names:
            return f"{top}/"
    raise UnsafeArchive(t.gettext("it has no pack.yaml at its top or in one folder."))


def unpack(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    prefix: str,
    folder: Path,
    t: Translations,
) -> None:
    root = folder.resolve()
    written = 0
    for info in members:
        relative = info.filename[len(prefix) :] if prefix else info.filename
        if (
            not relative.startswith(prefix.rstrip("/"))
            and prefix
            and not info.filename.startswith(prefix)
        ):
            continue
        target = (folder / relative).resolve()
        if root not in target.parents:
            raise UnsafeArchive(
                t.gettext("{name} points outside the pack folder.").format(name=info.filename)
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        size = 0
        with archive.open(info) as source, target.open("xb") as sink:
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                written += len(chunk)
                # Headers can lie about sizes: count the bytes really produced.
                if size > info.file_size or written > MAX_TOTAL_BYTES:
                    raise UnsafeArchive(
                        t.gettext("{name} unpacks to more than it claims.").format(
                            name=info.filename
                        )
                    )
                sink.write(chunk)


def move_into_place(unpacked: Path, target: Path) -> bool:
    """Rename the checked pack into place, replacing an older copy; return True if one was replaced."""
    if not target.exists():
        os.rename(unpacked, target)
        return False
    old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=target.parent))
    old.rmdir()
    os.rename(target, old)
    try:
        os.rename(unpacked, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return True
