"""``okuya export`` and ``okuya import``: a pack folder as one ``.zip`` file, imported safely.

    okuya export content/my-pack -o my-pack.zip
    okuya import my-pack.zip                    # into <data>/packs/<pack id>

Export checks the pack and zips its files under a ``<pack id>/`` folder. Import refuses,
before writing anything: paths that are absolute or climb out with ``..``, backslashes,
links and other special files, encrypted entries, file kinds a pack does not have, more
than :data:`MAX_FILES` files, more than :data:`MAX_TOTAL_BYTES` unpacked, and entries
that inflate more than :data:`MAX_RATIO` times (zip bombs). The sizes are enforced again
while unpacking, since a zip's headers can lie. The pack is unpacked into a temporary
folder beside its destination, checked with the checker, and only then renamed into
place (replacing an older copy of the same pack).

Exit status: 0 done; 1 refused (unsafe archive or a pack with errors); 2 cannot read the
input (missing file, not a zip, not a pack folder).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from game.i18n.translator import Translator, english
from game.model.errors import PackError
from game.model.loader import load_pack
from game.storage.locations import user_packs_dir
from game.storage.shared_source import source_text_file, without_source_text

MAX_FILES = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
# Small files may compress extremely well (a blank line repeated); only big ones are bombs.
RATIO_FREE_BYTES = 1024 * 1024
ALLOWED_SUFFIXES = frozenset(
    {".yaml", ".yml", ".txt", ".md", ".png", ".jpg", ".jpeg", ".po", ".pot", ".mo"}
)
_PACK_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHUNK = 64 * 1024

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


class UnsafeArchive(Exception):
    """Raise when an archive breaks one of the import rules."""


def export_command(pack: str, out: str | None, include_source: bool = False) -> int:
    """Zip the pack folder ``pack`` into ``out`` (default ``<pack id>.zip``); return the exit status.

    The article named by ``source.text`` is left out (and said so) unless ``include_source``.
    """
    t = english()
    folder = Path(pack)
    if folder.name == "pack.yaml":
        folder = folder.parent
    if not (folder / "pack.yaml").is_file():
        _say(t.gettext("{folder} is not a pack folder: it has no pack.yaml.").format(folder=folder))
        return EXIT_UNREADABLE
    try:
        loaded = load_pack(folder)
    except PackError as error:
        _report_problems(error)
        _say(t.gettext("The pack was not exported: fix the errors above first."))
        return EXIT_REFUSED
    files = pack_files(folder)
    article = source_text_file(folder, loaded.pack.source.text_file)
    pack_yaml: bytes | None = None
    if article is not None and not include_source:
        pack_yaml = without_source_text(
            (folder / "pack.yaml").read_bytes(), loaded.pack.source.text_file or ""
        )
        if pack_yaml is None:
            _say(
                t.gettext(
                    "The pack was not exported: its 'text: {file}' line could not be left out. "
                    "Remove source.text, or add --include-source to share the article."
                ).format(file=loaded.pack.source.text_file)
            )
            return EXIT_REFUSED
        files = [path for path in files if path.resolve() != article.resolve()]
    if len(files) > MAX_FILES or sum(path.stat().st_size for path in files) > MAX_TOTAL_BYTES:
        _say(
            t.gettext("The pack is too big to share: at most {count} files and {size} MB.").format(
                count=MAX_FILES, size=MAX_TOTAL_BYTES // (1024 * 1024)
            )
        )
        return EXIT_REFUSED
    target = Path(out) if out else Path(f"{loaded.pack.id}.zip")
    temporary = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            name = f"{loaded.pack.id}/{path.relative_to(folder).as_posix()}"
            if pack_yaml is not None and path == folder / "pack.yaml":
                archive.writestr(name, pack_yaml)
            else:
                archive.write(path, name)
    os.replace(temporary, target)
    if pack_yaml is not None:
        _say(
            t.gettext(
                "Left out {file}, your copy of the article (source.text): articles are usually "
                "copyrighted. Add --include-source to share it."
            ).format(file=loaded.pack.source.text_file)
        )
    _say(
        t.gettext("Exported {pack} ({count} files) to {file}.").format(
            pack=loaded.pack.id, count=len(files), file=target
        )
    )
    return EXIT_OK


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


def import_command(file: str, into: str | None, replace: bool = False) -> int:
    """Import the pack archive ``file`` into ``into`` (default: the user packs folder).

    A pack with the same id that is already there is kept unless ``replace`` is set, so a
    teacher's own edited copy is never overwritten by accident.
    """
    t = english()
    source = Path(file)
    destination_root = Path(into) if into else user_packs_dir()
    if not source.is_file():
        _say(t.gettext("There is no file {file}.").format(file=source))
        return EXIT_UNREADABLE
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        _say(t.gettext("{file} is not a .zip file.").format(file=source))
        return EXIT_UNREADABLE
    destination_root.mkdir(parents=True, exist_ok=True)
    with archive:
        try:
            members, prefix = check_archive(archive, t)
        except UnsafeArchive as error:
            _say(t.gettext("The archive was refused: {reason}").format(reason=error))
            return EXIT_REFUSED
        unpacked = Path(tempfile.mkdtemp(prefix=".import-", dir=destination_root))
        try:
            _unpack(archive, members, prefix, unpacked, t)
            loaded = load_pack(unpacked)
            if not _PACK_ID.match(loaded.pack.id):
                raise UnsafeArchive(
                    t.gettext("the pack id {id!r} is not a valid folder name").format(
                        id=loaded.pack.id
                    )
                )
            target = destination_root / loaded.pack.id
            if target.exists() and not replace:
                _say(
                    t.gettext(
                        "A pack with the id {pack} is already in {folder}; nothing was changed. "
                        "Run the command again with --replace to replace it."
                    ).format(pack=loaded.pack.id, folder=target)
                )
                return EXIT_REFUSED
            replaced = _move_into_place(unpacked, target)
        except UnsafeArchive as error:
            _say(t.gettext("The archive was refused: {reason}").format(reason=error))
            return EXIT_REFUSED
        except PackError as error:
            _report_problems(error)
            _say(t.gettext("The pack was not imported: it has errors."))
            return EXIT_REFUSED
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
    message = (
        t.gettext("Replaced pack {pack} in {folder}.")
        if replaced
        else t.gettext("Imported pack {pack} into {folder}.")
    )
    _say(message.format(pack=loaded.pack.id, folder=target))
    return EXIT_OK


def check_archive(archive: zipfile.ZipFile, t: Translator) -> tuple[list[zipfile.ZipInfo], str]:
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


def _check_name(name: str, t: Translator) -> None:
    if "\\" in name or "\x00" in name:
        raise UnsafeArchive(
            t.gettext("{name} has a backslash or a null character in its path.").format(name=name)
        )
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UnsafeArchive(t.gettext("{name} is an absolute path.").format(name=name))
    if ".." in PurePosixPath(name).parts:
        raise UnsafeArchive(t.gettext("{name} points outside the pack folder.").format(name=name))


def _prefix(members: list[zipfile.ZipInfo], t: Translator) -> str:
    names = {info.filename for info in members}
    if "pack.yaml" in names:
        return ""
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/pack.yaml" in names:
            return f"{top}/"
    raise UnsafeArchive(t.gettext("it has no pack.yaml at its top or in one folder."))


def _unpack(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    prefix: str,
    folder: Path,
    t: Translator,
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


def _move_into_place(unpacked: Path, target: Path) -> bool:
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


def _report_problems(error: PackError) -> None:
    for problem in error.problems:
        _say(problem.format())


def _say(message: str) -> None:
    print(message, file=sys.stderr)
