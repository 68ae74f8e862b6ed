"""Format event dates by their precision, with Babel, in forms that read naturally per language.

Each precision (year; month and year; full date; date and time) uses a CLDR skeleton through
Babel, except where CLDR's pattern reads unnaturally:

- Russian: CLDR's words are right. A month and year use the nominative stand-alone month
  ("октябрь 2020 г."), a full date the genitive ("5 октября 2020 г."); a year alone is written
  "2020 г." to match them. CLDR puts a plain space between the day and the month, so a line
  could break inside "5 октября"; the glossary's rule joins a number to its word with a
  no-break space, so the full date uses CLDR's own pattern with that space made no-break.
- Kyrgyz: CLDR gives "2020-ж., 5-октябрь" (abbreviated, nominative), which reads like a form
  field. A Kyrgyz writer says "2020-жылдын 5-октябры": the year in the genitive and the month
  with the 3rd person possessive suffix (октябрь → октябры, июнь → июну). CLDR has no
  possessive month names, so the month word comes from the small table below and goes into an
  explicit Babel pattern as a quoted literal; Babel still formats the year and the day. A year
  alone is "2020-жыл".
- English: the game writes British English, so the translator formats with CLDR's en_GB
  ("5 October 2020", "21:30"), the same day-month-year order the built-in pack's texts use
  ("Sunday 4 October 2020"): one form per precision, wherever a date shows.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time, match_skeleton

from game.model.when import Precision, When

# The 3rd person possessive form of each month name, as in "2020-жылдын 5-октябры".
KYRGYZ_POSSESSIVE_MONTHS: dict[int, str] = {
    1: "январы",
    2: "февралы",
    3: "марты",
    4: "апрели",
    5: "майы",
    6: "июну",
    7: "июлу",
    8: "августу",
    9: "сентябры",
    10: "октябры",
    11: "ноябры",
    12: "декабры",
}

# Babel patterns that replace CLDR's where it reads unnaturally (see the module docstring).
# The Russian one keeps CLDR's narrow no-break space before "г.", as its other date forms do.
_YEAR_PATTERNS = {"ky": "y-'жыл'", "ru": "y\u202f'г'."}

# Languages whose typography joins the day to the month with a no-break space ("5\u00a0октября").
_NO_BREAK_DAY_AND_MONTH = frozenset({"ru"})


def format_year(year: int, locale: Locale) -> str:
    """Format a year alone: "2020", "2020 г.", "2020-жыл"."""
    pattern = _YEAR_PATTERNS.get(locale.language)
    date = dt.date(year, 1, 1)
    if pattern:
        return format_date(date, format=pattern, locale=locale)
    return format_skeleton("y", date, locale=locale)


def format_month(year: int, month: int, locale: Locale) -> str:
    """Format a month of a year as a reader names it on its own: "октябрь 2020 г."."""
    date = dt.date(year, month, 1)
    if locale.language == "ky":
        month_name = KYRGYZ_POSSESSIVE_MONTHS[month]
        return format_date(date, format=f"y-'жылдын' '{month_name}'", locale=locale)
    # The skeleton picks the stand-alone (nominative) month where the language has one.
    return format_skeleton("yMMMM", date, locale=locale)


def format_day(date: dt.date, locale: Locale) -> str:
    """Format a full date: "5 October 2020", "5 октября 2020 г.", "2020-жылдын 5-октябры"."""
    if locale.language == "ky":
        month_name = KYRGYZ_POSSESSIVE_MONTHS[date.month]
        return format_date(date, format=f"y-'жылдын' d-'{month_name}'", locale=locale)
    if locale.language in _NO_BREAK_DAY_AND_MONTH:
        return format_date(date, format=_no_break_day_and_month("yMMMMd", locale), locale=locale)
    return format_skeleton("yMMMMd", date, locale=locale)


def _no_break_day_and_month(skeleton: str, locale: Locale) -> str:
    """Return CLDR's pattern for ``skeleton`` with the space between day and month no-break."""
    pattern = locale.datetime_skeletons[match_skeleton(skeleton, locale.datetime_skeletons)].pattern
    return pattern.replace("d MMMM", "d\u00a0MMMM").replace("MMMM d", "MMMM\u00a0d")


def format_clock(moment: dt.datetime, locale: Locale) -> str:
    """Format a time of day in the language's short form: "21:30" (en_GB, ru, ky)."""
    return format_time(moment.time(), format="short", locale=locale)


def format_when_parts(when: When, locale: Locale) -> tuple[str, str | None]:
    """Return (the date by its precision, the clock time or None when the time is not known)."""
    precision = when.precision
    if precision is Precision.YEAR:
        return format_year(when.year, locale), None
    if precision is Precision.MONTH:
        return format_month(when.year, when.month or 1, locale), None
    date_text = format_day(when.as_date(), locale)
    if precision is Precision.MINUTE:
        return date_text, format_clock(when.start, locale)
    return date_text, None
