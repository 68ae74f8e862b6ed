"""The About screen cites the pack's article with the language's quotation marks, names as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.i18n import Translator
from game.model.loader import load_pack
from game.ui.screens.about import source_citation

BUILTIN_PACK = Path(__file__).resolve().parents[2] / "content" / "bishkek-2020"


@pytest.mark.parametrize(
    ("language", "opening", "closing"),
    [("en", "“", "”"), ("ru", "«", "»"), ("ky", "«", "»")],
)
def test_citation_quotes_the_title_with_the_languages_marks(
    language: str, opening: str, closing: str
) -> None:
    """The title, as published, sits in the language's quotation marks; the author stays Latin."""
    pack = load_pack(BUILTIN_PACK).pack
    citation = source_citation(Translator(language), pack)
    assert citation.startswith(
        f"{pack.source.author}, {opening}{pack.source.title.source}{closing}"
    )
    assert pack.source.author.isascii()
    other_marks = {"“", "”", "«", "»"} - {opening, closing}
    assert not other_marks & set(citation), citation
