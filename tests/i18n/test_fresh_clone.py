"""The catalogues work as checked out: the game reads the ``.po`` files, with no compile step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.i18n import Translator
from game.i18n.catalogs import read_catalog
from game.model.loader import load_pack

ROOT = Path(__file__).parents[2]
BUILT_IN_PACK = ROOT / "content" / "bishkek-2020"


def copy_po_files_only(source: Path, target: Path) -> Path:
    """Copy the folder at ``source`` to ``target`` without any compiled ``.mo`` file."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.mo"))
    assert not list(target.rglob("*.mo"))
    return target


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_interface_is_translated_from_the_po_file_alone(tmp_path: Path, language: str):
    locales = copy_po_files_only(ROOT / "locales", tmp_path / "locales")
    catalogue = read_catalog(locales / language / "LC_MESSAGES" / "messages.po")
    expected = catalogue.get("Settings").string
    assert expected and expected != "Settings"
    assert Translator(language, locales).gettext("Settings") == expected


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_a_pack_is_translated_from_its_po_file_alone(tmp_path: Path, language: str):
    folder = copy_po_files_only(BUILT_IN_PACK, tmp_path / "pack")
    pack = load_pack(folder).pack
    catalogue = read_catalog(folder / "locales" / language / "LC_MESSAGES" / "pack.po")
    expected = catalogue.get(pack.title.source, pack.title.context).string
    assert expected and expected != pack.title.source
    assert Translator(language).text(pack.title, pack) == expected
