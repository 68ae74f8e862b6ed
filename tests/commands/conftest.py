"""Shared helpers for the command tests: the model tests' packs, and a fresh catalogue cache."""

from __future__ import annotations

import pytest

from game.i18n.catalogs import clear_cache
from tests.model.conftest import example_text, write_pack

__all__ = ["example_text", "fresh_catalogue_cache", "write_pack"]


@pytest.fixture(autouse=True)
def fresh_catalogue_cache() -> None:
    """Start every test with no parsed catalogue cached."""
    clear_cache()
