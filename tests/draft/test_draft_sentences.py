"""Sentences keep their offsets in the article, and abbreviations do not end a sentence."""

from __future__ import annotations

import pytest

from game.draft.sentences import split_sentences

CASES = [
    ("ru", ["В 1991 г. президентом России стал Б. Н. Ельцин.", "Он правил до 1999 г."]),
    ("ru", ["«Я ухожу», — сказал Ельцин.", "Затем он добавил: «Берегите Россию»."]),
    ("ru", ["Т. е. выборы прошли досрочно.", "Явка составила 68,7 %."]),
    ("en", ["Mr. Gorbachev met Dr. Smith at 10 a.m. on Monday.", "They talked for an hour."]),
    ("en", ['"They surrendered," he added.', "The crowd cheered."]),
    ("en", ['"Is it over?" she asked.', '"Not yet," he said.']),
    ("en", ["He was born on Jan. 5, 1950, in St. Louis.", "He died in 2001."]),
    ("ky", ["Атамбаев 2017-ж. президент болгон.", "Ал 2019-жылы камакка алынган."]),
]


@pytest.mark.parametrize(("language", "expected"), CASES)
def test_rules_split_where_a_reader_would(language: str, expected: list[str]) -> None:
    """The rule splitter ends sentences at their ends and not after abbreviations or initials."""
    text = " ".join(expected)
    assert [sentence.text for sentence in split_sentences(text, language)] == expected


def test_every_sentence_is_cut_from_the_article_at_its_offsets() -> None:
    """Each sentence's text is exactly the article between its offsets, paragraph by paragraph."""
    text = "Title line\n\nFirst sentence here. Second one!\n\n\n  Third, in a new paragraph."
    sentences = split_sentences(text, "en")
    assert [sentence.text for sentence in sentences] == [
        "Title line",
        "First sentence here.",
        "Second one!",
        "Third, in a new paragraph.",
    ]
    assert [sentence.paragraph for sentence in sentences] == [0, 1, 1, 2]
    assert all(text[s.start : s.end] == s.text for s in sentences)
