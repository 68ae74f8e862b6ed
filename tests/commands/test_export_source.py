"""okuya export leaves the teacher's copy of the article out unless asked, and says so."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from game.cli import main
from game.model.loader import load_pack

TEACHER_PACK = Path(__file__).parents[1] / "model" / "teacher_corpus" / "apollo-11"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """Return a copy of the teacher's pack, which names article.txt in source.text."""
    folder = tmp_path / "apollo-11"
    shutil.copytree(TEACHER_PACK, folder)
    return folder


def test_the_article_is_left_out_and_the_import_still_checks(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No article.txt in the zip, a message that says why, and the imported pack loads."""
    out = tmp_path / "a.zip"
    assert main(["export", str(pack), "-o", str(out)]) == 0
    assert "Left out article.txt" in capsys.readouterr().err
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["apollo-11/pack.yaml"]
        text = archive.read("apollo-11/pack.yaml").decode("utf-8")
    assert "\n  text: article.txt" not in text
    assert "# text: article.txt" in text
    assert main(["import", str(out), "--into", str(tmp_path / "packs")]) == 0
    imported = load_pack(tmp_path / "packs" / "apollo-11").pack
    assert imported.source.text_file is None
    assert (pack / "article.txt").is_file()  # the teacher's own copy is untouched


def test_include_source_shares_the_article(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--include-source puts article.txt and the unchanged pack.yaml in the zip."""
    out = tmp_path / "b.zip"
    assert main(["export", str(pack), "-o", str(out), "--include-source"]) == 0
    assert "Left out" not in capsys.readouterr().err
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["apollo-11/article.txt", "apollo-11/pack.yaml"]
        assert archive.read("apollo-11/pack.yaml") == (pack / "pack.yaml").read_bytes()
