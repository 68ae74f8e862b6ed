"""okuya import / export against hostile zips and file systems: one clear line, never a traceback."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from game.cli import main

MINI_PACK = Path(__file__).parent / "packs" / "mini-pack"
PACK_YAML = (MINI_PACK / "pack.yaml").read_bytes()
EXAMPLE_PACK = Path(__file__).parents[1] / "model" / "example_pack"
ROOT = Path(__file__).parents[2]
# The exit statuses of okuya import/export: refused, and a file or folder that cannot be used.
EXIT_REFUSED, EXIT_FILES = 1, 2
# Where an import unpacks before the rename (game.storage.TEMPORARY_PREFIX).
TEMPORARY_PREFIX = ".import-"


def make_zip(
    path: Path,
    entries: list[tuple[zipfile.ZipInfo | str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a zip of ``entries`` (name or ZipInfo, bytes) at ``path``."""
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """Run the real command line in-process; return its status and the lines it wrote."""
    status = main(arguments)
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert "Traceback" not in captured.err
    return status, lines


def refused_import(
    tmp_path: Path, archive: Path, capsys: pytest.CaptureFixture[str], reason: str
) -> str:
    """Import ``archive``; check it is refused in one line naming ``reason``, with nothing left."""
    into = tmp_path / "packs"
    status, lines = run(["import", str(archive), "--into", str(into)], capsys)
    assert status == EXIT_REFUSED, lines
    assert len(lines) == 1, lines
    assert reason in lines[0]
    assert not into.exists() or list(into.iterdir()) == []
    return lines[0]


def patched(data: bytes, offset: int, replacement: bytes) -> bytes:
    """Return ``data`` with ``replacement`` written over it at ``offset``."""
    return data[:offset] + replacement + data[offset + len(replacement) :]


def stored_zip(tmp_path: Path) -> bytes:
    """Return the bytes of an uncompressed zip of the mini pack in a `moon/` folder."""
    path = make_zip(tmp_path / "plain.zip", [("moon/pack.yaml", PACK_YAML)], zipfile.ZIP_STORED)
    return path.read_bytes()


# -- damaged archives ------------------------------------------------------------------------


def test_a_bad_crc_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    """A byte changed in a stored file (so its CRC-32 no longer matches) is a damaged archive."""
    data = stored_zip(tmp_path)
    at = data.index(b"format: 1")
    archive = tmp_path / "crc.zip"
    archive.write_bytes(patched(data, at, b"f0rmat"))
    refused_import(tmp_path, archive, capsys, "moon/pack.yaml is damaged")


def test_a_corrupt_deflate_stream_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    """Compressed data that zlib cannot inflate is a damaged archive, not a zlib.error."""
    data = make_zip(tmp_path / "deflated.zip", [("moon/pack.yaml", PACK_YAML)]).read_bytes()
    start = 30 + len("moon/pack.yaml")
    archive = tmp_path / "deflate.zip"
    archive.write_bytes(patched(data, start, b"\xff" * 40))
    refused_import(tmp_path, archive, capsys, "is damaged")


def test_deflate64_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    """An entry compressed with deflate64 (method 9, which Python cannot read) is refused first."""
    data = make_zip(tmp_path / "deflated.zip", [("moon/pack.yaml", PACK_YAML)]).read_bytes()
    central = data.rindex(b"PK\x01\x02")
    data = patched(data, 8, struct.pack("<H", 9))
    data = patched(data, central + 10, struct.pack("<H", 9))
    archive = tmp_path / "deflate64.zip"
    archive.write_bytes(data)
    refused_import(tmp_path, archive, capsys, "compressed in a way Okuya does not read")


def test_a_size_in_the_headers_that_lies_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    """A central directory that claims a smaller file than the data holds is refused."""
    data = stored_zip(tmp_path)
    central = data.rindex(b"PK\x01\x02")
    archive = tmp_path / "lie.zip"
    archive.write_bytes(patched(data, central + 24, struct.pack("<I", 10)))
    refused_import(tmp_path, archive, capsys, "moon/pack.yaml")


def test_a_local_header_that_disagrees_with_the_directory_is_refused(
    tmp_path: Path, capsys
) -> None:
    """A local file header naming another file than the central directory is a damaged archive."""
    data = stored_zip(tmp_path)
    archive = tmp_path / "header.zip"
    archive.write_bytes(patched(data, 30, b"noon"))
    refused_import(tmp_path, archive, capsys, "is damaged")


def test_a_directory_that_points_past_the_file_is_refused_in_one_line(
    tmp_path: Path, capsys
) -> None:
    """A central directory whose offset points past the file is a damaged archive, not an OSError."""
    data = stored_zip(tmp_path)
    end = data.rindex(b"PK\x05\x06")
    archive = tmp_path / "directory.zip"
    archive.write_bytes(patched(data, end + 16, struct.pack("<I", 10**6)))
    refused_import(tmp_path, archive, capsys, "is damaged")


def test_a_zip_cut_short_is_not_a_zip_in_one_line(tmp_path: Path, capsys) -> None:
    """A zip whose end (its directory) is cut off cannot be opened: one line, exit status 2."""
    archive = tmp_path / "short.zip"
    archive.write_bytes(stored_zip(tmp_path)[:-30])
    status, lines = run(["import", str(archive), "--into", str(tmp_path / "packs")], capsys)
    assert (status, len(lines)) == (2, 1)
    assert "is not a .zip file" in lines[0]


# -- names ---------------------------------------------------------------------------------


def test_the_same_file_twice_through_a_dot_is_refused(tmp_path: Path, capsys) -> None:
    """`moon/pack.yaml` and `moon/./pack.yaml` are one file: the archive is refused."""
    archive = make_zip(
        tmp_path / "twice.zip", [("moon/pack.yaml", PACK_YAML), ("moon/./pack.yaml", PACK_YAML)]
    )
    refused_import(tmp_path, archive, capsys, "appears twice")


def test_a_file_then_a_folder_of_the_same_name_is_refused(tmp_path: Path, capsys) -> None:
    """A name that is a file and also a folder of other files cannot be unpacked: refused."""
    archive = make_zip(
        tmp_path / "both.zip",
        [("moon/pack.yaml", PACK_YAML), ("moon/notes.txt", b"x"), ("moon/notes.txt/a.txt", b"y")],
    )
    refused_import(tmp_path, archive, capsys, "moon/notes.txt is both a file and a folder")


def test_a_300_character_name_is_refused_in_one_short_line(tmp_path: Path, capsys) -> None:
    """A 300-character name is refused before unpacking, and the message shows it cut short."""
    archive = make_zip(
        tmp_path / "long.zip", [("moon/pack.yaml", PACK_YAML), ("moon/" + "a" * 300 + ".txt", b"")]
    )
    line = refused_import(tmp_path, archive, capsys, "longer than 255 bytes")
    assert len(line) < 250


def test_a_name_over_255_bytes_but_not_characters_is_refused(tmp_path: Path, capsys) -> None:
    """130 Cyrillic letters are 260 bytes in UTF-8: over the limit that file systems set."""
    archive = make_zip(
        tmp_path / "bytes.zip", [("moon/pack.yaml", PACK_YAML), ("moon/" + "ж" * 130, b"")]
    )
    refused_import(tmp_path, archive, capsys, "longer than 255 bytes")


@pytest.mark.parametrize(
    "name",
    ["moon/\x1b]0;owned\x07.txt", "moon/\x1b[2Jclear.txt", "moon/line\nforged.txt", "moon/\r.txt"],
)
def test_a_name_with_control_characters_is_refused_and_shown_escaped(
    tmp_path: Path, capsys, name: str
) -> None:
    """A name with ESC, an OSC title sequence, BEL, CR or a newline is refused, shown escaped."""
    archive = make_zip(tmp_path / "ctrl.zip", [("moon/pack.yaml", PACK_YAML), (name, b"x")])
    line = refused_import(tmp_path, archive, capsys, "has a control character")
    assert not any(character in line for character in "\x1b\x07\r\n")
    assert "\\x" in line or "\\r" in line or "\\n" in line


# -- ids -----------------------------------------------------------------------------------


def test_a_pack_id_with_a_trailing_newline_is_refused(tmp_path: Path, capsys) -> None:
    """`id: "mini-pack\\n"` would make a folder named with a newline: refused in one line."""
    text = PACK_YAML.replace(b"id: mini-pack", b'id: "mini-pack\\n"')
    archive = make_zip(tmp_path / "newline.zip", [("moon/pack.yaml", text)])
    into = tmp_path / "packs"
    status, lines = run(["import", str(archive), "--into", str(into)], capsys)
    assert status == EXIT_REFUSED
    # The checker refuses the id itself now (its pattern no longer matches before a final
    # newline), before the folder name is ever made.
    assert any("is not a valid id" in line for line in lines), lines
    assert list(into.iterdir()) == []


@pytest.mark.parametrize("replace", [False, True])
def test_a_pack_with_the_built_in_pack_id_is_never_imported(
    tmp_path: Path, capsys, replace: bool
) -> None:
    """A pack whose id is `bishkek-2020` is refused, even with --replace: progress would mix."""
    text = PACK_YAML.replace(b"id: mini-pack", b"id: bishkek-2020")
    archive = make_zip(tmp_path / "builtin.zip", [("moon/pack.yaml", text)])
    into = tmp_path / "packs"
    arguments = ["import", str(archive), "--into", str(into)] + (["--replace"] if replace else [])
    status, lines = run(arguments, capsys)
    assert status == EXIT_REFUSED
    assert lines == [
        "bishkek-2020 is the id of a built-in pack, which is never replaced; give your pack "
        "another id in its pack.yaml and export it again."
    ]
    assert list(into.iterdir()) == []


# -- the place imported into -----------------------------------------------------------------


def test_into_an_existing_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    """`--into` a file (not a folder) says so in one line, exit status 2, and leaves the file."""
    archive = make_zip(tmp_path / "ok.zip", [("moon/pack.yaml", PACK_YAML)])
    afile = tmp_path / "afile"
    afile.write_text("mine")
    status, lines = run(["import", str(archive), "--into", str(afile)], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "is a file, not a folder" in lines[0]
    assert afile.read_text() == "mine"


def deny_writes_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make creating files or folders inside ``folder`` fail as a read-only folder does.

    The tests run as root in CI, where chmod does not stop writes; the system call is the
    one place both a read-only folder and a read-only disk show up.
    """
    real_mkdtemp, real_mkstemp, real_open = tempfile.mkdtemp, tempfile.mkstemp, os.open

    def refuse(dir: str | os.PathLike[str] | None) -> None:
        if dir is not None and Path(dir).resolve() == folder.resolve():
            raise PermissionError(13, "Permission denied", str(dir))

    def mkdtemp(*arguments, **keywords):
        refuse(keywords.get("dir"))
        return real_mkdtemp(*arguments, **keywords)

    def mkstemp(*arguments, **keywords):
        refuse(keywords.get("dir"))
        return real_mkstemp(*arguments, **keywords)

    def open_(path, flags, *arguments, **keywords):
        if flags & os.O_CREAT:
            refuse(Path(path).parent)
        return real_open(path, flags, *arguments, **keywords)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(os, "open", open_)


def test_a_read_only_packs_folder_is_a_clear_error(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packs folder that cannot be written says so in one line, exit 2, and holds nothing new."""
    archive = make_zip(tmp_path / "ok.zip", [("moon/pack.yaml", PACK_YAML)])
    into = tmp_path / "packs"
    into.mkdir()
    deny_writes_in(into, monkeypatch)
    status, lines = run(["import", str(archive), "--into", str(into)], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "cannot write" in lines[0] and "Permission denied" in lines[0]
    assert list(into.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="the kill is a POSIX os._exit")
def test_an_import_killed_mid_unpack_leaves_nothing_the_pack_list_shows(tmp_path: Path) -> None:
    """A process killed after unpacking, before the rename, leaves only a hidden folder the list skips."""
    archive = make_zip(tmp_path / "ok.zip", [("moon/pack.yaml", PACK_YAML)])
    data = tmp_path / "data"
    killer = (
        "import os, sys\n"
        "import game.commands.export_import as command\n"
        "command.load_pack = lambda folder: os._exit(9)\n"
        "from game.cli import main\n"
        "main(['import', sys.argv[1]])\n"
    )
    environment = {**os.environ, "OKUYA_DATA_DIR": str(data)}
    finished = subprocess.run(
        [sys.executable, "-c", killer, str(archive)], env=environment, cwd=ROOT, check=False
    )
    assert finished.returncode == 9
    packs = data / "packs"
    left = list(packs.iterdir())
    assert [path.name.startswith(TEMPORARY_PREFIX) for path in left] == [True]
    assert (left[0] / "pack.yaml").is_file()

    from game.play.library import pack_folders

    listed = [folder for folder, builtin in pack_folders(None, data) if not builtin]
    assert listed == []


# -- export ---------------------------------------------------------------------------------


def copy_pack(source: Path, target: Path) -> Path:
    """Copy a pack folder's files (one level of folders) to ``target``."""
    for path in source.rglob("*"):
        if path.is_file():
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(path.read_bytes())
    return target


def refused_export(tmp_path: Path, folder: Path, capsys, reason: str) -> list[str]:
    """Export ``folder``; check it is refused with ``reason`` and that no zip is left anywhere."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    status, lines = run(["export", str(folder), "-o", str(out / "pack.zip")], capsys)
    assert status == EXIT_REFUSED, lines
    # Links the checker refuses (source.text, locales) are named by its error, above the
    # export's last line; the others by that line.
    assert any(reason in line for line in lines), lines
    assert list(out.iterdir()) == []
    return lines


def test_export_refuses_a_pack_yaml_that_links_out_of_the_folder(tmp_path: Path, capsys) -> None:
    """A pack.yaml that is a link out of the folder would give a zip that does not import."""
    outside = tmp_path / "elsewhere.yaml"
    outside.write_bytes(PACK_YAML)
    folder = tmp_path / "linked"
    folder.mkdir()
    (folder / "pack.yaml").symlink_to(outside)
    lines = refused_export(tmp_path, folder, capsys, "pack.yaml is a link to a file outside")
    assert len(lines) == 1


def test_export_refuses_an_article_that_links_out_of_the_folder(tmp_path: Path, capsys) -> None:
    """The pack's article.txt as a link out of the folder is refused, not reported as exported."""
    folder = copy_pack(EXAMPLE_PACK, tmp_path / "moon")
    outside = tmp_path / "article-outside.txt"
    outside.write_bytes((folder / "article.txt").read_bytes())
    (folder / "article.txt").unlink()
    (folder / "article.txt").symlink_to(outside)
    refused_export(tmp_path, folder, capsys, "article.txt")


def test_export_refuses_a_pack_po_that_links_out_instead_of_leaving_it_out(
    tmp_path: Path, capsys
) -> None:
    """A symlinked pack.po used to be left out silently; now the export says why it stops."""
    folder = copy_pack(MINI_PACK, tmp_path / "mini")
    outside = tmp_path / "ru.po"
    outside.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n', encoding="utf-8")
    po = folder / "locales" / "ru" / "LC_MESSAGES" / "pack.po"
    po.parent.mkdir(parents=True)
    po.symlink_to(outside)
    lines = refused_export(
        tmp_path, folder, capsys, "pack.po is a link to a place outside the pack folder"
    )
    assert any("locales/ru/LC_MESSAGES/pack.po" in line for line in lines), lines


def test_export_refuses_a_locales_folder_that_is_a_link(tmp_path: Path, capsys) -> None:
    """A `locales` folder that is a link (here to /) is refused instead of silently skipped."""
    folder = copy_pack(MINI_PACK, tmp_path / "mini")
    (folder / "locales").symlink_to("/")
    refused_export(tmp_path, folder, capsys, "locales is a link to a place outside the pack folder")


def test_export_shares_a_link_to_a_file_inside_the_folder(tmp_path: Path, capsys) -> None:
    """A link that stays inside the pack (as the checker allows) is exported as its file."""
    folder = copy_pack(MINI_PACK, tmp_path / "mini")
    (folder / "notes.txt").write_text("notes")
    (folder / "readme.txt").symlink_to(folder / "notes.txt")
    archive = tmp_path / "mini.zip"
    status, lines = run(["export", str(folder), "-o", str(archive)], capsys)
    assert status == 0, lines
    with zipfile.ZipFile(archive) as opened:
        assert opened.read("mini-pack/readme.txt") == b"notes"


def test_export_to_a_folder_is_a_clear_error_that_leaves_nothing(tmp_path: Path, capsys) -> None:
    """`-o` an existing folder says so in one line, exit 2, with no `.partial` beside it."""
    target = tmp_path / "out"
    target.mkdir()
    status, lines = run(["export", str(MINI_PACK), "-o", str(target)], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "is a folder" in lines[0]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
    assert list(target.iterdir()) == []


def test_export_into_a_missing_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    """`-o` into a folder that does not exist says so in one line, exit 2, creating nothing."""
    status, lines = run(["export", str(MINI_PACK), "-o", str(tmp_path / "no" / "x.zip")], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "does not exist" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_read_only_place_is_a_clear_error_that_leaves_nothing(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A place that cannot be written says so in one line, exit 2, with no file left in it."""
    target = tmp_path / "readonly"
    target.mkdir()
    deny_writes_in(target, monkeypatch)
    status, lines = run(["export", str(MINI_PACK), "-o", str(target / "x.zip")], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "Permission denied" in lines[0]
    assert list(target.iterdir()) == []


def test_a_failure_while_writing_the_zip_leaves_no_partial_file(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up while the zip is written leaves neither the zip nor a temporary file."""

    def full(self, *arguments, **keywords) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    status, lines = run(["export", str(MINI_PACK), "-o", str(tmp_path / "x.zip")], capsys)
    assert (status, len(lines)) == (EXIT_FILES, 1)
    assert "No space left on device" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_a_pack_copied_in_by_hand_under_another_folder_name_counts_as_installed(
    tmp_path: Path, capsys
) -> None:
    """The id is what is installed: a `packs/my-copy` declaring `mini-pack` is kept, or replaced."""
    into = tmp_path / "packs"
    copy = into / "my-copy"
    copy.mkdir(parents=True)
    (copy / "pack.yaml").write_bytes(PACK_YAML)
    (copy / "notes.txt").write_text("mine")
    archive = make_zip(tmp_path / "mini.zip", [("mini-pack/pack.yaml", PACK_YAML)])
    status, lines = run(["import", str(archive), "--into", str(into)], capsys)
    assert status == EXIT_REFUSED
    assert "--replace" in lines[0] and "my-copy" in lines[0]
    assert [path.name for path in into.iterdir()] == ["my-copy"]
    status, lines = run(["import", str(archive), "--into", str(into), "--replace"], capsys)
    assert status == 0, lines
    assert [path.name for path in into.iterdir()] == ["my-copy"]
    assert sorted(path.name for path in copy.iterdir()) == ["pack.yaml"]
