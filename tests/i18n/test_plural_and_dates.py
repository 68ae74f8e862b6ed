"""Plural forms and dates agree with Babel's CLDR data for sample values."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.messages.catalog import Catalog

from game.i18n import Translator
from game.i18n.catalogs import plural_rule
from game.i18n.dates import KYRGYZ_POSSESSIVE_MONTHS
from game.i18n.translator import BABEL_LOCALES
from game.model.when import When

# CLDR's categories in the order gettext numbers the forms, for whole numbers.
INTEGER_CATEGORIES = {"ru": ["one", "few", "many"], "ky": ["one", "other"]}


@pytest.mark.parametrize(
    ("language", "count", "category"),
    [
        ("ru", 1, "one"),
        ("ru", 2, "few"),
        ("ru", 5, "many"),
        ("ru", 21, "one"),
        ("ru", 12, "many"),
        ("ky", 1, "one"),
        ("ky", 2, "other"),
    ],
)
def test_plural_forms_header_picks_the_cldr_category(
    language: str, count: int, category: str
) -> None:
    """The Plural-Forms expression our catalogues get indexes the form of Babel's CLDR category."""
    locale = Locale.parse(language)
    assert locale.plural_form(count) == category
    header_rule = plural_rule(Catalog(locale=language).plural_expr)
    assert INTEGER_CATEGORIES[language][header_rule(count)] == category


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_catalogue_has_one_form_per_whole_number_category(language: str) -> None:
    """A catalogue has as many plural forms as CLDR has categories for whole numbers."""
    assert Catalog(locale=language).num_plurals == len(INTEGER_CATEGORIES[language])


SAMPLE_DAY = dt.date(2020, 10, 5)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "2005"), ("ru", "2005\u202fг."), ("ky", "2005-жыл")],
)
def test_year_precision_shows_the_year(language: str, expected: str) -> None:
    """A year-only date shows the year, as Babel formats it, with the language's word for year."""
    translator = Translator(language)
    formatted = translator.format_when(When.parse("2005"))
    assert formatted == expected
    assert format_date(dt.date(2005, 1, 1), "y", locale=language) in formatted


@pytest.mark.parametrize("language", ["en", "ru"])
def test_month_precision_uses_cldr_stand_alone_month(language: str) -> None:
    """Month and year in English and Russian are Babel's yMMMM skeleton (nominative month)."""
    formatted = Translator(language).format_when(When.parse("2020-10"))
    assert formatted == format_skeleton("yMMMM", SAMPLE_DAY, locale=language)


def test_russian_month_is_nominative_and_full_date_genitive() -> None:
    """Russian: "октябрь 2020 г." for a month, "5 октября 2020 г." for a day."""
    translator = Translator("ru")
    assert translator.format_when(When.parse("2020-10")) == "октябрь 2020\u202fг."
    assert translator.format_when(When.parse("2020-10-05")) == "5\u00a0октября 2020\u202fг."


def test_day_precision_is_babel_long_date() -> None:
    """A full date in English is Babel's yMMMMd skeleton (British English, as the packs write)."""
    language = "en"
    formatted = Translator(language).format_when(When.parse("2020-10-05"))
    locale = BABEL_LOCALES.get(language, language)
    assert formatted == format_skeleton("yMMMMd", SAMPLE_DAY, locale=locale)
    assert formatted == format_date(SAMPLE_DAY, "long", locale=locale)


@pytest.mark.parametrize("month", range(1, 13))
def test_russian_full_date_is_babels_with_the_day_joined_to_the_month(month: int) -> None:
    """A Russian full date is Babel's long date with a no-break space after the day, not a plain one."""
    day = dt.date(2020, month, 21)
    translator = Translator("ru")
    babel_text = format_skeleton("yMMMMd", day, locale="ru")
    assert babel_text.startswith("21 "), "Babel's Russian pattern changed: check dates.py"
    assert translator.format_when(When(2020, month, 21)) == babel_text.replace(" ", "\u00a0", 1)
    assert translator.format_date(day) == babel_text.replace(" ", "\u00a0", 1)


def test_kyrgyz_dates_use_genitive_year_and_possessive_month() -> None:
    """Kyrgyz: "2020-жылдын 5-октябры" and "2020-жылдын октябры", not CLDR's "2020-ж., 5-октябрь"."""
    translator = Translator("ky")
    assert translator.format_when(When.parse("2020-10-05")) == "2020-жылдын 5-октябры"
    assert translator.format_when(When.parse("2020-10")) == "2020-жылдын октябры"
    assert translator.format_when(When.parse("2010-04-07")) == "2010-жылдын 7-апрели"


def test_kyrgyz_possessive_months_extend_babels_month_names() -> None:
    """Each possessive month is Babel's Kyrgyz month name with a possessive ending."""
    names = Locale.parse("ky").months["format"]["wide"]
    for month, possessive in KYRGYZ_POSSESSIVE_MONTHS.items():
        stem = names[month].removesuffix("ь")
        assert possessive.startswith(stem), (names[month], possessive)
        assert possessive[len(stem) :] in {"ы", "и", "у"}


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_minute_precision_adds_babel_short_time(language: str) -> None:
    """A date with a time shows the date and Babel's short time of day."""
    moment = dt.datetime(2020, 10, 5, 21, 30)
    translator = Translator(language)
    formatted = translator.format_when(When.parse("2020-10-05T21:30"))
    date_only = translator.format_when(When.parse("2020-10-05"))
    locale = BABEL_LOCALES.get(language, language)
    assert formatted == f"{date_only}, {format_time(moment.time(), 'short', locale=locale)}"


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_plain_string_label_follows_the_date(language: str) -> None:
    """A label given as an already translated string is shown after the date."""
    translator = Translator(language)
    date_only = translator.format_when(When.parse("2020-10-05"))
    assert translator.format_when(When.parse("2020-10-05"), "night") == f"{date_only}, night"


@pytest.mark.parametrize(
    ("language", "number", "fraction"),
    [("en", "12,345.5", "85%"), ("ru", "12\xa0345,5", "85%"), ("ky", "12\xa0345,5", "85%")],
)
def test_numbers_and_percentages_come_from_babel(language: str, number: str, fraction: str) -> None:
    """Numbers use the language's separators; percentages are whole numbers."""
    translator = Translator(language)
    assert translator.format_number(12345.5) == number
    assert translator.format_percent(0.851) == fraction


def test_english_dates_are_british_like_the_pack_texts() -> None:
    """English formats a day as "5 October 2020" (en_GB), the order the pack's scenes use."""
    translator = Translator("en")
    assert translator.format_when(When.parse("2020-10-05")) == "5 October 2020"
    assert translator.format_when(When.parse("2020-10")) == "October 2020"
    assert translator.format_when(When.parse("2020-10-05T21:30")) == "5 October 2020, 21:30"
