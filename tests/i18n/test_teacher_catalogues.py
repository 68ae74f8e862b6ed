"""A teacher's translation files are theirs: named after the pack, with translator fields empty."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.model.loader import check_pack

TEACHER_PACK = Path(__file__).parents[1] / "model" / "teacher_corpus" / "apollo-11"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """Return a copy of the teacher's Apollo 11 pack (no translations yet)."""
    folder = tmp_path / "my-apollo"
    shutil.copytree(TEACHER_PACK, folder)
    return folder


def test_a_new_pack_catalogue_names_the_pack_and_leaves_the_translator_fields(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The header is about the pack (id and title), not the Okuya team."""
    assert main(["translate", str(pack), "--lang", "ru"]) == 0
    text = (pack / "locales" / "ru" / "LC_MESSAGES" / "pack.po").read_text(encoding="utf-8")
    header = text.split('msgid "', 2)[0] + text.split("\n\n", 1)[0]
    assert "Okuya team" not in text
    assert "the Okuya pack 'apollo-11' (Apollo 11, the first steps on the Moon)" in header
    assert '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"' in text
    assert '"Project-Id-Version: apollo-11' in text
    capsys.readouterr()


def test_stats_list_only_catalogues_that_exist(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No catalogue: no row, and the way to start one; one catalogue: its row alone."""
    assert main(["translate", str(pack), "--stats"]) == 0
    out = capsys.readouterr().out
    assert "no translations yet" in out and "--lang ky" in out
    assert "0%" not in out
    assert main(["translate", str(pack), "--lang", "ru"]) == 0
    capsys.readouterr()
    assert main(["translate", str(pack), "--stats"]) == 0
    rows = [line.split()[:2] for line in capsys.readouterr().out.splitlines()[1:]]
    assert rows == [["my-apollo", "ru"]]


def test_stats_include_a_language_asked_for(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--lang ky with --stats reports ky even before its file exists."""
    assert main(["translate", str(pack), "--stats", "--lang", "ky"]) == 0
    rows = [line.split()[:2] for line in capsys.readouterr().out.splitlines()[1:]]
    assert rows == [["my-apollo", "ky"]]


def test_a_catalogue_for_a_language_the_game_lacks_is_named(pack: Path) -> None:
    """locales/kg/ (a slip for ky) gets one warning with the suggestion, not completeness noise."""
    assert main(["translate", str(pack), "--lang", "ky"]) == 0
    (pack / "locales" / "ky").rename(pack / "locales" / "kg")
    problems = check_pack(pack)
    found = [problem for problem in problems if problem.code == "unknown-translation-language"]
    assert len(found) == 1
    assert "the game has no language 'kg'" in found[0].message
    assert "did you mean 'ky'?" in found[0].hint
    assert not any(problem.code == "missing-translation" for problem in problems)


def test_untranslated_texts_are_called_empty_not_new(pack: Path) -> None:
    """The missing-translation hint says the texts are left empty."""
    assert main(["translate", str(pack), "--lang", "ru"]) == 0
    problem = next(p for p in check_pack(pack) if p.code == "missing-translation")
    assert "then translate the texts left empty" in problem.hint
