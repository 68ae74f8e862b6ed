"""A pack folder as one ``.zip`` file, imported safely: the rules behind ``okuya export``/``import``.

Export (:mod:`game.commands.export_import`) checks the pack and zips :func:`pack_files`
under a ``<pack id>/`` folder; a link that leads out of the folder stops it
(:class:`UnsafePack`), as the checker refuses such links. Import refuses
(:func:`check_archive`), before writing anything: names that are absolute, climb out with
``..``, hold a backslash or a control character, or are longer than
:data:`MAX_NAME_BYTES`; the same file twice (``moon/./pack.yaml``, ``Moon/pack.yaml``) and
a name that is both a file and a folder; links and other special files, encrypted
entries, compression other than deflate, file kinds a pack does not have, more than
:data:`MAX_FILES` files, more than :data:`MAX_TOTAL_BYTES` unpacked, and entries that
inflate more than :data:`MAX_RATIO` times (zip bombs). The sizes are enforced again while
unpacking, since a zip's headers can lie, and a damaged entry (a wrong CRC, a corrupt
deflate stream) is refused as :class:`UnsafeArchive` too. The pack is unpacked into a
hidden temporary folder beside its destination (:data:`TEMPORARY_PREFIX`, which the pack
list skips), checked with the checker, and only then renamed into place
(:func:`move_into_place`, replacing an older copy of the same pack).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from game.model.printable import has_control_characters, printable
from game.model.translation import AS_WRITTEN, Translations

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
# The longest entry name, in UTF-8 bytes: what most file systems allow for one file name.
MAX_NAME_BYTES = 255
PACK_YAML = "pack.yaml"
# Where a pack is unpacked before it is checked: hidden, so the pack list never shows it.
TEMPORARY_PREFIX = ".import-"
_CHUNK = 64 * 1024
_SHOWN_NAME = 80
# What zipfile and zlib raise on a damaged entry: a wrong CRC, a corrupt deflate stream,
# a local header that disagrees with the central directory, data cut short.
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    struct.error,
    ValueError,
    OverflowError,
)
# What opening an archive raises when it is not a zip, or its directory is damaged.
NOT_A_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, *_DAMAGED)


class UnsafeArchive(Exception):
    """Raise when an archive breaks one of the import rules."""


class UnsafePack(Exception):
    """Raise when a pack folder cannot be shared as it is: it holds a link that leads out of it."""


def pack_files(folder: Path, t: Translations = AS_WRITTEN) -> list[Path]:
    """Return the files of a pack folder worth sharing: known kinds, no hidden files.

    The checker's rule on links holds here too: a link to a file inside the folder is
    shared as that file; a link out of the folder, to a folder or to nothing raises
    UnsafePack, since the zip would otherwise leave out, silently, a file the pack uses.
    """
    root = folder.resolve()
    found: list[Path] = []
    for top, folders, names in os.walk(folder):
        here = Path(top)
        folders[:] = [name for name in folders if not _hidden(name)]
        for name in folders:
            if (here / name).is_symlink():
                raise UnsafePack(_link_problem(here / name, folder, t))
        for name in names:
            path = here / name
            if _hidden(name) or path.suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.is_file():
                    raise UnsafePack(_link_problem(path, folder, t))
                if root not in target.parents:
                    raise UnsafePack(
                        t.gettext(
                            "{file} is a link to a file outside the pack folder; "
                            "copy the file into the folder instead."
                        ).format(file=path.relative_to(folder).as_posix())
                    )
            elif not path.is_file():
                continue
            found.append(path)
    return sorted(found)


def _hidden(name: str) -> bool:
    return name.startswith(".") or name == "__pycache__"


def _link_problem(path: Path, folder: Path, t: Translations) -> str:
    return t.gettext(
        "{file} is a link to a folder or to nothing; put the files themselves in the pack folder."
    ).format(file=path.relative_to(folder).as_posix())


@dataclass(frozen=True)
class Member:
    """One file of an archive that passed the rules, and its path inside the pack folder."""

    info: zipfile.ZipInfo
    path: PurePosixPath


def is_pack_id(text: str) -> bool:
    """Return True when ``text`` is a pack id that is also a safe folder name (no trailing newline)."""
    return PACK_ID.fullmatch(text) is not None


def shown_name(name: str) -> str:
    """Return an entry name fit for a one-line message: control characters escaped, long ones cut."""
    text = printable(name)
    return text if len(text) <= _SHOWN_NAME else text[: _SHOWN_NAME - 1] + "…"


def check_archive(archive: zipfile.ZipFile, t: Translations) -> list[Member]:
    """Return the archive's files, each with its path inside the pack; raise UnsafeArchive when unsafe."""
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise UnsafeArchive(
            t.gettext("it holds {count} entries; a pack may have at most {limit}.").format(
                count=len(infos), limit=MAX_FILES
            )
        )
    total = 0
    files: list[tuple[zipfile.ZipInfo, PurePosixPath]] = []
    file_keys: dict[str, str] = {}
    folder_keys: set[str] = set()
    for info in infos:
        name = info.filename
        path = _check_name(name, t)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise UnsafeArchive(
                t.gettext("{name} is a link; packs may not contain links.").format(
                    name=shown_name(name)
                )
            )
        # `moon/./pack.yaml`, `moon//pack.yaml` and `MOON/Pack.yaml` all land on one file
        # somewhere (case-insensitive disks): they are the same name.
        key = _key(path)
        folder_keys.update(_key(parent) for parent in path.parents if parent.parts)
        if info.is_dir():
            folder_keys.add(key)
            continue
        if key in file_keys:
            raise UnsafeArchive(t.gettext("{name} appears twice.").format(name=shown_name(name)))
        file_keys[key] = name
        # Zips from Windows, and some tools, leave the file-type bits at 0: that means a file.
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise UnsafeArchive(
                t.gettext("{name} is not a regular file.").format(name=shown_name(name))
            )
        if info.flag_bits & 0x1:
            raise UnsafeArchive(t.gettext("{name} is encrypted.").format(name=shown_name(name)))
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            raise UnsafeArchive(
                t.gettext(
                    "{name} is not a kind of file a pack has (YAML, text, PNG, JPEG, PO)."
                ).format(name=shown_name(name))
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchive(
                t.gettext(
                    "{name} is compressed in a way Okuya does not read; "
                    "zip the pack again with the usual (deflate) compression."
                ).format(name=shown_name(name))
            )
        if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise UnsafeArchive(
                t.gettext("{name} inflates too much; it looks like a zip bomb.").format(
                    name=shown_name(name)
                )
            )
        total += info.file_size
        files.append((info, path))
    both = sorted(set(file_keys) & folder_keys)
    if both:
        raise UnsafeArchive(
            t.gettext("{name} is both a file and a folder.").format(
                name=shown_name(file_keys[both[0]])
            )
        )
    if total > MAX_TOTAL_BYTES:
        raise UnsafeArchive(
            t.gettext("it unpacks to more than {size} MB.").format(
                size=MAX_TOTAL_BYTES // (1024 * 1024)
            )
        )
    return _strip_prefix(files, t)


def _key(path: PurePosixPath) -> str:
    return unicodedata.normalize("NFC", path.as_posix()).lower()


def _check_name(name: str, t: Translations) -> PurePosixPath:
    """Return the entry's path with ``.`` and empty parts left out; raise when it is unsafe."""
    if has_control_characters(name):
        raise UnsafeArchive(
            t.gettext("{name} has a control character in its name.").format(name=shown_name(name))
        )
    if "\\" in name:
        raise UnsafeArchive(
            t.gettext("{name} has a backslash or a null character in its path.").format(
                name=shown_name(name)
            )
        )
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UnsafeArchive(t.gettext("{name} is an absolute path.").format(name=shown_name(name)))
    path = PurePosixPath(name)
    if ".." in path.parts:
        raise UnsafeArchive(
            t.gettext("{name} points outside the pack folder.").format(name=shown_name(name))
        )
    if len(name.encode("utf-8", errors="surrogateescape")) > MAX_NAME_BYTES:
        raise UnsafeArchive(
            t.gettext("{name} has a name longer than {limit} bytes.").format(
                name=shown_name(name), limit=MAX_NAME_BYTES
            )
        )
    if not path.parts:
        raise UnsafeArchive(t.gettext("an entry has an empty name."))
    return path


def _strip_prefix(
    files: list[tuple[zipfile.ZipInfo, PurePosixPath]], t: Translations
) -> list[Member]:
    paths = {path for _, path in files}
    if PurePosixPath(PACK_YAML) in paths:
        return [Member(info, path) for info, path in files]
    tops = {path.parts[0] for path in paths}
    if len(tops) == 1:
        top = next(iter(tops))
        if PurePosixPath(top, PACK_YAML) in paths:
            # Every file is under `top/`; a file named `top` itself was refused above.
            return [Member(info, PurePosixPath(*path.parts[1:])) for info, path in files]
    raise UnsafeArchive(t.gettext("it has no pack.yaml at its top or in one folder."))


def unpack(archive: zipfile.ZipFile, members: list[Member], folder: Path, t: Translations) -> None:
    """Write ``members`` into ``folder``; raise UnsafeArchive when the archive is damaged or lies.

    An error of the disk itself (full, read-only) is left as the ``OSError`` it is.
    """
    root = folder.resolve()
    written = 0
    for member in members:
        name = shown_name(member.info.filename)
        target = (folder.joinpath(*member.path.parts)).resolve()
        if root not in target.parents:
            raise UnsafeArchive(
                t.gettext("{name} points outside the pack folder.").format(name=name)
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        size = 0
        with target.open("xb") as sink, _reading(archive, member.info, name, t) as source:
            while chunk := _read(source, name, t):
                size += len(chunk)
                written += len(chunk)
                # Headers can lie about sizes: count the bytes really produced.
                if size > member.info.file_size or written > MAX_TOTAL_BYTES:
                    raise UnsafeArchive(
                        t.gettext("{name} unpacks to more than it claims.").format(name=name)
                    )
                # An OSError here is the disk's (full, read-only), not the archive's.
                sink.write(chunk)


def _damaged(name: str, t: Translations) -> UnsafeArchive:
    return UnsafeArchive(
        t.gettext("{name} is damaged and cannot be unpacked; make the zip again.").format(name=name)
    )


@contextlib.contextmanager
def _reading(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, t: Translations
) -> Iterator[IO[bytes]]:
    # Reading the archive fails in many ways when its headers lie: a wrong CRC, a corrupt
    # deflate stream, a local header that disagrees with the directory, an offset past the
    # end (an OSError from seek). All of them mean the same to the teacher.
    try:
        source = archive.open(info)
    except (*_DAMAGED, OSError) as error:
        raise _damaged(name, t) from error
    with source:
        yield source


def _read(source: IO[bytes], name: str, t: Translations) -> bytes:
    try:
        return source.read(_CHUNK)
    except (*_DAMAGED, OSError) as error:
        raise _damaged(name, t) from error


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
