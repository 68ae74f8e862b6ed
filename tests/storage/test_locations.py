"""Where files live: OKUYA_DATA_DIR overrides the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_data_path

from game.storage import locations


def test_the_environment_variable_overrides_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    """With OKUYA_DATA_DIR set, the database and packs folder live under it."""
    monkeypatch.setenv("OKUYA_DATA_DIR", str(tmp_path / "okuya"))
    assert locations.progress_path() == tmp_path / "okuya" / "progress.db"
    assert locations.user_packs_dir() == tmp_path / "okuya" / "packs"


def test_without_the_variable_the_platform_folder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset, the data folder is platformdirs' user data path for okuya."""
    monkeypatch.delenv("OKUYA_DATA_DIR", raising=False)
    assert locations.data_dir() == user_data_path("okuya", appauthor=False)
    assert locations.data_dir().name == "okuya"
