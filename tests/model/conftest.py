"""Shared helpers for the model tests: the example pack and a way to write packs to folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).parent
EXAMPLE_PACK = HERE / "example_pack"
BAD_PACKS = HERE / "bad_packs"


@pytest.fixture
def example_text() -> str:
    """Return the text of the valid example pack."""
    return (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")


@pytest.fixture
def write_pack(tmp_path: Path) -> Callable[[str], Path]:
    """Return a function that writes ``pack.yaml`` text into a fresh folder and returns the folder."""
    counter = iter(range(1_000_000))

    def write(text: str) -> Path:
        folder = tmp_path / f"pack-{next(counter)}"
        folder.mkdir()
        (folder / "pack.yaml").write_text(text, encoding="utf-8")
        return folder

    return write
