"""The pack library: finding pack folders, loading with the checker, caching by file stamp."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from game.i18n import Translator
from game.play.library import PackLibrary, load_entry, pack_folders
from tests.play.conftest import BUILTIN

BROKEN = "format: 1\nid: broken\ntitle: Broken\n"


def test_the_built_in_pack_and_the_players_own_packs_are_listed(tmp_path: Path) -> None:
    """Built-in packs come first, then every folder in the data folder's packs/."""
    (tmp_path / "packs" / "mine").mkdir(parents=True)

    folders = pack_folders(None, tmp_path)

    assert (BUILTIN, True) in folders
    assert folders[-1] == (tmp_path / "packs" / "mine", False)


def test_a_requested_pack_is_the_only_one_listed(tmp_path: Path) -> None:
    """With ``--pack`` only that folder is listed, as the player's own."""
    assert pack_folders(tmp_path / "one", tmp_path) == [(tmp_path / "one", False)]


def test_a_broken_pack_becomes_an_entry_with_its_problems(tmp_path: Path) -> None:
    """Loading a broken pack never raises: the entry holds its errors and no pack."""
    (tmp_path / "pack.yaml").write_text(BROKEN, encoding="utf-8")

    entry = load_entry(tmp_path, Translator("en"))

    assert entry.pack is None
    assert entry.problems and all(problem.is_error for problem in entry.problems)


def test_a_pack_is_loaded_again_only_when_its_files_or_the_language_change(
    tmp_path: Path,
) -> None:
    """The cache keeps an entry while the files' times and the language stay the same."""
    folder = tmp_path / "packs" / "copy"
    shutil.copytree(BUILTIN, folder)
    library = PackLibrary(None, tmp_path)
    english = Translator("en")

    first = library.entry(folder, False, english)
    assert library.entry(folder, False, english) is first
    assert library.entry(folder, False, Translator("ru")) is not first

    pack_yaml = folder / "pack.yaml"
    later = pack_yaml.stat().st_mtime + 5
    os.utime(pack_yaml, (later, later))
    assert library.entry(folder, False, english) is not first


def test_the_first_built_in_pack_is_the_one_practised_from_the_menu(tmp_path: Path) -> None:
    """The first built-in pack that loads is found, and is then among the loaded packs."""
    library = PackLibrary(None, tmp_path)

    pack = library.first_builtin(Translator("en"))

    assert pack is not None and pack.id == "bishkek-2020"
    assert pack in library.loaded_packs()
