"""Quotes inside quotes step down to the language's second-level marks."""

from __future__ import annotations

import pytest

from game.i18n.quotes import second_level


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", '"They surrendered," he added.', "‘They surrendered,’ he added."),
        ("en", 'It was blamed on "provocateurs."', "It was blamed on ‘provocateurs.’"),
        ("ru", '"The president is ready," he said.', "„The president is ready,“ he said."),
        ("ky", "Партия «Мекеним Кыргызстан» утту", "Партия „Мекеним Кыргызстан“ утту"),
        ("ru", "Он сказал: «Хватит».", "Он сказал: „Хватит“."),
        ("en", "He said “enough”.", "He said ‘enough’."),
        ("en", "No quotes, the president's office.", "No quotes, the president's office."),
    ],
)
def test_inner_quotes_use_the_second_level(language: str, text: str, expected: str) -> None:
    """Straight and first-level inner quotes become the language's second level."""
    assert second_level(text, language) == expected
