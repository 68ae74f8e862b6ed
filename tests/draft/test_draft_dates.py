"""Temporal expressions are dated at the precision the article gives, with a note when inferred."""

from __future__ import annotations

import datetime as dt

import pytest

from game.draft.dates import DateFinder
from game.model.when import Precision, When

TUESDAY = dt.date(2020, 10, 6)


def first(language: str, text: str, anchor: str | None = None, published: dt.date = TUESDAY):
    """Return the first expression found in ``text``."""
    found = DateFinder(language, published).find(text, When.parse(anchor) if anchor else None)
    assert found, f"nothing found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The rocket lifted off on July 16, 1969.", "1969-07-16"),
        ("en", "It was signed on 8 December 1991 in a forest.", "1991-12-08"),
        ("en", "In June 1987, Reagan spoke at the gate.", "1987-06"),
        ("en", "The uprising came in 2005.", "2005"),
        ("ru", "Соглашение подписали 8 декабря 1991 года.", "1991-12-08"),
        ("ru", "Президентом он стал в марте 1990 года.", "1990-03"),
        ("ru", "Отряд был набран в 1960 году.", "1960"),
        ("ky", "Кеме 1969-жылдын 16-июлунда учту.", "1969-07-16"),
        ("ky", "Ал 2017-жылы шайланган.", "2017"),
    ],
)
def test_absolute_dates_keep_their_precision(language: str, text: str, expected: str) -> None:
    """A written-out date is dated exactly as written: a year stays a year, a month a month."""
    dated = first(language, text)
    assert str(dated.when) == expected
    assert dated.note == ""


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Protesters seized the building on Tuesday.", "2020-10-06"),
        ("en", "A re-run of Sunday's poll was demanded.", "2020-10-04"),
        ("ru", "Он выступил в понедельник.", "2020-10-05"),
        ("ru", "Выборы прошли в воскресенье.", "2020-10-04"),
        ("ky", "Шайлоо жекшемби күнү өттү.", "2020-10-04"),
    ],
)
def test_a_weekday_is_the_last_one_up_to_the_publication_date(
    language: str, text: str, expected: str
) -> None:
    """A weekday in a news article is the most recent such day on or before publication."""
    dated = first(language, text)
    assert str(dated.when) == expected
    assert expected in dated.note


def test_relative_days_count_from_the_date_the_story_reached() -> None:
    """'Four days later' and 'the next day' are counted from the anchor, and say so."""
    later = first("en", "Four days later, the module separated.", anchor="1969-07-16")
    assert str(later.when) == "1969-07-20"
    assert later.note == 'date inferred from "Four days later" (after 1969-07-16)'
    assert (
        str(first("en", "The crew left the Moon the next day.", anchor="1969-07-20").when)
        == "1969-07-21"
    )
    assert (
        str(first("ru", "На следующий день Совет принял решение.", anchor="1991-12-25").when)
        == "1991-12-26"
    )


def test_a_few_weeks_later_is_only_as_precise_as_all_its_readings_agree() -> None:
    """'A few weeks later' spans two to four weeks: a month if they share one, else the year."""
    same_month = first("en", "A few weeks later, he resigned.", anchor="2020-03-01")  # 15-29 March
    assert (str(same_month.when), same_month.when.precision) == ("2020-03", Precision.MONTH)
    across_months = first(
        "en", "A few weeks later, he resigned.", anchor="2020-03-10"
    )  # 24 Mar-7 Apr
    assert (str(across_months.when), across_months.when.precision) == ("2020", Precision.YEAR)


def test_last_year_is_the_year_before_publication() -> None:
    """'Last year' and 'в прошлом году' are a year, the one before the publication year."""
    assert str(first("en", "Putin tried to broker a peace last year.").when) == "2019"
    assert str(first("ru", "В прошлом году он ушёл.").when) == "2019"


def test_an_hour_is_kept_only_when_the_text_gives_one() -> None:
    """A clock time in the sentence is recorded; a day without one has no clock."""
    assert first("en", "On Tuesday at 10:56 p.m. he stepped out.").clock == (22, 56)
    assert first("en", "On Tuesday he stepped out.").clock is None
    assert first("ru", "Ракета стартовала в 9:07 в среду.").clock == (9, 7)


def test_a_part_of_the_day_is_noted_for_ordering() -> None:
    """'Monday evening' and 'late Monday' are days with a part of the day, not an hour."""
    evening = first("en", "Police moved in on Monday evening.")
    assert (str(evening.when), evening.part_of_day, evening.clock) == (
        "2020-10-05",
        "evening",
        None,
    )
    assert first("en", "No deaths were reported by late Monday.").part_of_day == "late"


def test_numbers_that_are_not_dates_are_left_alone() -> None:
    """A crowd of 2,000 or the previous government are not dates."""
    finder = DateFinder("en", TUESDAY)
    assert finder.find("A crowd of around 2,000 people forced their way in.", None) == []
    assert finder.find("The previous government fell.", When.parse("2020-10-05")) == []


def test_the_publication_date_is_found_in_the_first_lines() -> None:
    """The first full date of the article's head is its publication date."""
    finder = DateFinder("ru", dt.date(2000, 1, 1))
    found = finder.detect_publication("Заголовок\n\n26 декабря 1991 года\n\nТекст в 1985 году.")
    assert found is not None
    assert (str(found[0]), found[1]) == ("1991-12-26", "26 декабря 1991 года")
