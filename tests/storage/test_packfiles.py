"""okuya export / import: a pack as a .zip, imported only when safe and valid."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from game.cli import main
from game.commands.export_import import EXIT_REFUSED
from game.storage import packfiles

MINI_PACK = Path(__file__).parent / "packs" / "mini-pack"
PACK_YAML = (MINI_PACK / "pack.yaml").read_bytes()


def make_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def assert_refused(tmp_path: Path, archive: Path, capsys, reason: str) -> None:
    into = tmp_path / "packs"
    assert main(["import", str(archive), "--into", str(into)]) == EXIT_REFUSED
    assert reason in capsys.readouterr().err
    assert not into.exists() or list(into.iterdir()) == []


def test_export_then_import_gives_back_the_same_files(tmp_path: Path, capsys) -> None:
    """A pack exported and imported again lands in <into>/<id> with the same content."""
    archive = tmp_path / "mini.zip"
    assert main(["export", str(MINI_PACK), "-o", str(archive)]) == 0
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == ["mini-pack/pack.yaml"]
    into = tmp_path / "packs"
    assert main(["import", str(archive), "--into", str(into)]) == 0
    assert (into / "mini-pack" / "pack.yaml").read_bytes() == PACK_YAML
    assert [path.name for path in into.iterdir()] == ["mini-pack"]
    assert "Imported pack mini-pack" in capsys.readouterr().err


def test_importing_again_keeps_the_older_copy_unless_asked_to_replace(
    tmp_path: Path, capsys
) -> None:
    """A second import of the same pack id changes nothing; with --replace it replaces the first."""
    into = tmp_path / "packs"
    (into / "mini-pack").mkdir(parents=True)
    (into / "mini-pack" / "old.txt").write_text("old")
    archive = make_zip(tmp_path / "flat.zip", [("pack.yaml", PACK_YAML)])
    assert main(["import", str(archive), "--into", str(into)]) == 1
    assert sorted(path.name for path in (into / "mini-pack").iterdir()) == ["old.txt"]
    assert [path.name for path in into.iterdir()] == ["mini-pack"]
    assert "--replace" in capsys.readouterr().err
    assert main(["import", str(archive), "--into", str(into), "--replace"]) == 0
    assert sorted(path.name for path in (into / "mini-pack").iterdir()) == ["pack.yaml"]
    assert [path.name for path in into.iterdir()] == ["mini-pack"]
    assert "Replaced pack" in capsys.readouterr().err


def test_a_path_climbing_out_is_refused(tmp_path: Path, capsys) -> None:
    """An entry like ../x is refused and nothing is written outside (or inside)."""
    archive = make_zip(tmp_path / "evil.zip", [("pack.yaml", PACK_YAML), ("../x.txt", b"boo")])
    assert_refused(tmp_path, archive, capsys, "points outside the pack folder")
    assert not (tmp_path / "x.txt").exists()


def test_an_absolute_path_is_refused(tmp_path: Path, capsys) -> None:
    """Entries with absolute paths (POSIX or a drive letter) are refused."""
    for name in ("/tmp/abs.txt", "C:/abs.txt"):
        archive = make_zip(
            tmp_path / "abs.zip", [("pack.yaml", PACK_YAML), (zipfile.ZipInfo(name), b"x")]
        )
        with zipfile.ZipFile(archive) as opened:
            assert name in opened.namelist()
        assert_refused(tmp_path, archive, capsys, "is an absolute path")


def test_a_symlink_is_refused(tmp_path: Path, capsys) -> None:
    """An entry marked as a symbolic link is refused."""
    link = zipfile.ZipInfo("images/picture.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = make_zip(tmp_path / "link.zip", [("pack.yaml", PACK_YAML), (link, b"/etc/passwd")])
    assert_refused(tmp_path, archive, capsys, "is a link")


def test_too_many_files_are_refused(tmp_path: Path, capsys) -> None:
    """More entries than MAX_FILES are refused."""
    entries = [("pack.yaml", PACK_YAML)] + [
        (f"notes/{index}.txt", b"x") for index in range(packfiles.MAX_FILES)
    ]
    archive = make_zip(tmp_path / "many.zip", entries)
    assert_refused(tmp_path, archive, capsys, "at most 200")


def test_too_large_in_total_is_refused(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files adding up to more than the size limit are refused (limit lowered for speed)."""
    monkeypatch.setattr(packfiles, "MAX_TOTAL_BYTES", 20_000)
    entries = [("pack.yaml", PACK_YAML)] + [
        (f"notes/{index}.txt", bytes(range(256)) * 30) for index in range(3)
    ]
    archive = make_zip(tmp_path / "big.zip", entries)
    assert_refused(tmp_path, archive, capsys, "unpacks to more than")


def test_a_zip_bomb_is_refused(tmp_path: Path, capsys) -> None:
    """An entry that inflates far more than text or images do is refused before unpacking."""
    archive = make_zip(
        tmp_path / "bomb.zip", [("pack.yaml", PACK_YAML), ("article.txt", b"\0" * 5_000_000)]
    )
    assert_refused(tmp_path, archive, capsys, "zip bomb")


def test_unexpected_file_kinds_are_refused(tmp_path: Path, capsys) -> None:
    """A pack holds data only: a Python file (or any other kind) is refused."""
    archive = make_zip(tmp_path / "code.zip", [("pack.yaml", PACK_YAML), ("run.py", b"print(1)")])
    assert_refused(tmp_path, archive, capsys, "not a kind of file")


def test_a_pack_with_errors_is_not_imported(tmp_path: Path, capsys) -> None:
    """The unpacked pack goes through the checker; errors stop the import."""
    broken = PACK_YAML.replace(b"speaker: osce", b"speaker: nobody")
    archive = make_zip(tmp_path / "broken.zip", [("pack.yaml", broken)])
    assert_refused(tmp_path, archive, capsys, "has errors")


def test_a_zip_without_a_pack_is_refused(tmp_path: Path, capsys) -> None:
    """Without pack.yaml at the top or in a single folder, there is nothing to import."""
    archive = make_zip(tmp_path / "nopack.zip", [("a/pack.yaml", PACK_YAML), ("b/notes.txt", b"x")])
    assert_refused(tmp_path, archive, capsys, "no pack.yaml")


def test_a_missing_file_or_not_a_zip_cannot_be_read(tmp_path: Path) -> None:
    """Missing files and non-zip files exit with status 2."""
    assert main(["import", str(tmp_path / "nothing.zip"), "--into", str(tmp_path)]) == 2
    not_zip = tmp_path / "pack.zip"
    not_zip.write_text("hello")
    assert main(["import", str(not_zip), "--into", str(tmp_path)]) == 2


def test_a_broken_pack_is_not_exported(tmp_path: Path) -> None:
    """Export refuses a pack the checker rejects, and a folder with no pack.yaml."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "pack.yaml").write_bytes(PACK_YAML.replace(b"speaker: osce", b"speaker: nobody"))
    assert main(["export", str(folder), "-o", str(tmp_path / "x.zip")]) == 1
    assert not (tmp_path / "x.zip").exists()
    assert main(["export", str(tmp_path), "-o", str(tmp_path / "x.zip")]) == 2
