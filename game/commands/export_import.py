"""``okuya export`` and ``okuya import``: a pack folder as one ``.zip`` file, imported safely.

    okuya export content/my-pack -o my-pack.zip
    okuya import my-pack.zip                    # into <data>/packs/<pack id>

The rules (which files a pack shares, what an archive may hold, how it is unpacked) are in
:mod:`game.storage.packfiles`; this module checks the pack, says what happened, and returns
the exit status: 0 done; 1 refused (an unsafe or damaged archive, a pack with errors, a
link out of the pack, an id already taken); 2 a file or folder cannot be read or written
(missing file, not a zip, not a pack folder, ``-o`` a folder, a read-only packs folder).
Every message is one line, with what came from the pack or the zip escaped
(:mod:`game.commands.terminal`).
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import yaml

from game.commands.output_files import OutputError, write_atomically
from game.commands.terminal import say
from game.i18n.translator import english
from game.model.errors import PackError
from game.model.loader import load_pack
from game.model.translation import Translations
from game.storage.locations import user_packs_dir
from game.storage.packfiles import (
    MAX_FILES,
    MAX_TOTAL_BYTES,
    NOT_A_ZIP,
    PACK_YAML,
    TEMPORARY_PREFIX,
    UnsafeArchive,
    UnsafePack,
    check_archive,
    is_pack_id,
    move_into_place,
    pack_files,
    unpack,
)
from game.storage.shared_source import source_text_file, without_source_text

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2
# Looking for a pack of the same id among the user's packs reads at most this much.
_MOST_FOLDERS_READ = 500
_MOST_BYTES_READ = 2 * 1024 * 1024
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A folder or file that cannot be read or written (missing, read-only, full): also status 2.
EXIT_FILES = EXIT_UNREADABLE


def export_command(pack: str, out: str | None, include_source: bool = False) -> int:
    """Zip the pack folder ``pack`` into ``out`` (default ``<pack id>.zip``); return the exit status.

    The article named by ``source.text`` is left out (and said so) unless ``include_source``.
    """
    t = english()
    folder = Path(pack)
    if folder.name == PACK_YAML:
        folder = folder.parent
    if not _quietly((folder / PACK_YAML).is_file):
        say(t.gettext("{folder} is not a pack folder: it has no pack.yaml.").format(folder=folder))
        return EXIT_UNREADABLE
    try:
        loaded = load_pack(folder)
    except PackError as error:
        _report_problems(error)
        say(t.gettext("The pack was not exported: fix the errors above first."))
        return EXIT_REFUSED
    try:
        files = pack_files(folder, t)
    except UnsafePack as error:
        say(t.gettext("The pack was not exported: {reason}").format(reason=error))
        return EXIT_REFUSED
    except OSError as error:
        say(_cannot_read(folder, error, t))
        return EXIT_FILES
    article = source_text_file(folder, loaded.pack.source.text_file)
    pack_yaml: bytes | None = None
    if article is not None and not include_source:
        pack_yaml = without_source_text(
            (folder / "pack.yaml").read_bytes(), loaded.pack.source.text_file or ""
        )
        if pack_yaml is None:
            say(
                t.gettext(
                    "The pack was not exported: its 'text: {file}' line could not be left out. "
                    "Remove source.text, or add --include-source to share the article."
                ).format(file=loaded.pack.source.text_file)
            )
            return EXIT_REFUSED
        files = [path for path in files if path.resolve() != article.resolve()]
    try:
        size = sum(path.stat().st_size for path in files)
    except OSError as error:
        say(_cannot_read(folder, error, t))
        return EXIT_FILES
    if len(files) > MAX_FILES or size > MAX_TOTAL_BYTES:
        say(
            t.gettext("The pack is too big to share: at most {count} files and {size} MB.").format(
                count=MAX_FILES, size=MAX_TOTAL_BYTES // (1024 * 1024)
            )
        )
        return EXIT_REFUSED
    target = Path(out) if out else Path(f"{loaded.pack.id}.zip")

    def write(stream: BinaryIO) -> None:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                name = f"{loaded.pack.id}/{path.relative_to(folder).as_posix()}"
                if pack_yaml is not None and path == folder / "pack.yaml":
                    archive.writestr(name, pack_yaml)
                else:
                    archive.write(path, name)

    try:
        write_atomically(target, write, t)
    except OutputError as error:
        say(t.gettext("The pack was not exported: {reason}").format(reason=error))
        return EXIT_FILES
    if pack_yaml is not None:
        say(
            t.gettext(
                "Left out {file}, your copy of the article (source.text): articles are usually "
                "copyrighted. Add --include-source to share it."
            ).format(file=loaded.pack.source.text_file)
        )
    say(
        t.ngettext(
            "Exported {pack} ({count} file) to {file}.",
            "Exported {pack} ({count} files) to {file}.",
            len(files),
        ).format(pack=loaded.pack.id, count=len(files), file=target)
    )
    return EXIT_OK


def import_command(file: str, into: str | None, replace: bool = False) -> int:
    """Import the pack archive ``file`` into ``into`` (default: the user packs folder).

    A pack with the same id that is already there is kept unless ``replace`` is set, so a
    teacher's own edited copy is never overwritten by accident; a pack with a built-in
    pack's id is never imported, since progress and results could not tell the two apart.
    """
    t = english()
    source = Path(file)
    destination_root = Path(into) if into else user_packs_dir()
    if not _quietly(source.is_file):
        say(t.gettext("There is no file {file}.").format(file=source))
        return EXIT_UNREADABLE
    try:
        archive = zipfile.ZipFile(source)
    except OSError as error:
        say(_cannot_read(source, error, t))
        return EXIT_UNREADABLE
    except NOT_A_ZIP:
        say(t.gettext("{file} is not a .zip file, or it is damaged.").format(file=source))
        return EXIT_UNREADABLE
    with archive:
        try:
            members = check_archive(archive, t)
        except UnsafeArchive as error:
            say(t.gettext("The archive was refused: {reason}").format(reason=error))
            return EXIT_REFUSED
        problem = _destination_problem(destination_root, t)
        if problem:
            say(t.gettext("The pack was not imported: {reason}").format(reason=problem))
            return EXIT_FILES
        try:
            unpacked = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX, dir=destination_root))
        except OSError as error:
            say(_cannot_write(destination_root, error, t))
            return EXIT_FILES
        try:
            unpack(archive, members, unpacked, t)
            loaded = load_pack(unpacked)
            pack_id = loaded.pack.id
            if not is_pack_id(pack_id):
                raise UnsafeArchive(
                    t.gettext(
                        "the pack id {id} is not a valid folder name "
                        "(lowercase letters, digits and single dashes)."
                    ).format(id=repr(pack_id))
                )
            if pack_id in builtin_pack_ids():
                say(
                    t.gettext(
                        "{pack} is the id of a built-in pack, which is never replaced; "
                        "give your pack another id in its pack.yaml and export it again."
                    ).format(pack=pack_id)
                )
                return EXIT_REFUSED
            target = installed_folder(destination_root, pack_id)
            if _quietly(target.exists, True) and not replace:
                say(
                    t.gettext(
                        "A pack with the id {pack} is already in {folder}; nothing was changed. "
                        "Run the command again with --replace to replace it."
                    ).format(pack=pack_id, folder=target)
                )
                return EXIT_REFUSED
            replaced = move_into_place(unpacked, target)
        except UnsafeArchive as error:
            say(t.gettext("The archive was refused: {reason}").format(reason=error))
            return EXIT_REFUSED
        except PackError as error:
            _report_problems(error, unpacked, source)
            say(t.gettext("The pack was not imported: it has errors."))
            return EXIT_REFUSED
        except OSError as error:
            say(_cannot_write(destination_root, error, t))
            return EXIT_FILES
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
    message = (
        t.gettext("Replaced pack {pack} in {folder}.")
        if replaced
        else t.gettext("Imported pack {pack} into {folder}.")
    )
    say(message.format(pack=pack_id, folder=target))
    return EXIT_OK


def builtin_pack_ids() -> frozenset[str]:
    """Return the ids of the packs that ship with the game (their folder names and ``id:``s)."""
    from game.paths import DataNotFoundError, data_dir

    try:
        content = data_dir("content")
        files = sorted(content.glob(f"*/{PACK_YAML}"))
    except (DataNotFoundError, OSError):
        return frozenset()
    ids = {path.parent.name for path in files}
    ids.update(found for found in map(declared_id, files) if found)
    return frozenset(ids)


def installed_folder(packs: Path, pack_id: str) -> Path:
    """Return the folder in ``packs`` that holds the pack ``pack_id``, or ``packs/<id>`` if none.

    That is ``packs/<id>``, or another folder whose ``pack.yaml`` declares the id (a pack
    copied in by hand), so that one id never ends up in two folders.
    """
    target = packs / pack_id
    if _quietly(target.exists, True):
        return target
    try:
        folders = sorted(
            path for path in packs.iterdir() if not path.name.startswith(".") and path.is_dir()
        )
    except OSError:
        return target
    for folder in folders[:_MOST_FOLDERS_READ]:
        if declared_id(folder / PACK_YAML) == pack_id:
            return folder
    return target


def declared_id(pack_file: Path) -> str | None:
    """Return the ``id:`` a ``pack.yaml`` declares, or None when it cannot be read cheaply."""
    try:
        with pack_file.open("rb") as stream:
            data = stream.read(_MOST_BYTES_READ + 1)
    except OSError:
        return None
    if len(data) > _MOST_BYTES_READ:
        return None
    try:
        document = yaml.load(data.decode("utf-8"), Loader=_LOADER)
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError):
        return None
    found = document.get("id") if isinstance(document, dict) else None
    return found if isinstance(found, str) else None


def _destination_problem(folder: Path, t: Translations) -> str:
    """Return why packs cannot be unpacked into ``folder`` (creating it if needed), or ''."""
    if _quietly(folder.exists) and not _quietly(folder.is_dir):
        return t.gettext("{folder} is a file, not a folder.").format(folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _cannot_write(folder, error, t)
    return ""


def _cannot_read(path: Path, error: OSError, t: Translations) -> str:
    return t.gettext("cannot read {file}: {reason}.").format(
        file=path, reason=error.strerror or type(error).__name__
    )


def _cannot_write(path: Path, error: OSError, t: Translations) -> str:
    return t.gettext("cannot write {file}: {reason}.").format(
        file=path, reason=error.strerror or type(error).__name__
    )


def _quietly(question: Callable[[], bool], otherwise: bool = False) -> bool:
    """Return ``question()``, or ``otherwise`` when the system refuses to say."""
    try:
        return question()
    except OSError:
        return otherwise


def _report_problems(
    error: PackError, unpacked: Path | None = None, archive: Path | None = None
) -> None:
    for problem in error.problems:
        file = None
        if unpacked is not None and archive is not None and problem.file:
            # Name the file inside the zip, not the hidden folder it was unpacked into.
            try:
                inside = Path(problem.file).resolve().relative_to(unpacked.resolve())
            except ValueError:
                inside = None
            if inside is not None:
                file = f"{archive.name}:{inside.as_posix()}"
        say(problem.format(file=file))
