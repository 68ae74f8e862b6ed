"""Shared helpers for the i18n tests: write small .po files and packs into temporary folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.i18n.catalogs import clear_cache


@pytest.fixture(autouse=True)
def fresh_catalogue_cache() -> None:
    """Start every test with no parsed catalogue cached."""
    clear_cache()


def _write_po(path: Path, language: str, body: str, plural_forms: str | None = None) -> Path:
    """Write a .po file with a minimal header and ``body`` (entries in .po syntax)."""
    header = [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        f'"Language: {language}\\n"',
    ]
    if plural_forms:
        header.append(f'"Plural-Forms: {plural_forms}\\n"')
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header) + "\n\n" + body, encoding="utf-8")
    return path


@pytest.fixture
def write_po() -> Callable[..., Path]:
    """Return a function that writes a small .po file: (path, language, body, plural_forms)."""
    return _write_po
