"""``okuya export`` and ``okuya import``: a pack folder as one ``.zip`` file, imported safely.

    okuya export content/my-pack -o my-pack.zip
    okuya import my-pack.zip                    # into <data>/packs/<pack id>

The rules (which files a pack shares, what an archive may hold, how it is unpacked) are in
:mod:`game.storage.packfiles`; this module checks the pack, says what happened, and returns
the exit status: 0 done; 1 refused (unsafe archive or a pack with errors); 2 cannot read the
input (missing file, not a zip, not a pack folder).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from game.i18n.translator import english
from game.model.errors import PackError
from game.model.loader import load_pack
from game.storage.locations import user_packs_dir
from game.storage.packfiles import (
    MAX_FILES,
    MAX_TOTAL_BYTES,
    PACK_ID,
    UnsafeArchive,
    check_archive,
    move_into_place,
    pack_files,
    unpack,
)
from game.storage.shared_source import source_text_file, without_source_text

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


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
            unpack(archive, members, prefix, unpacked, t)
            loaded = load_pack(unpacked)
            if not PACK_ID.match(loaded.pack.id):
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
            replaced = move_into_place(unpacked, target)
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


def _report_problems(error: PackError) -> None:
    for problem in error.problems:
        _say(problem.format())


def _say(message: str) -> None:
    print(message, file=sys.stderr)
