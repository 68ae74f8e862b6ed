"""The regular expressions that find dates, per language: which handler reads each match.

:class:`game.draft.dates.DateFinder` tries them in order; an earlier, longer pattern
("July 16, 1969") wins over a later one inside it ("July 16", "1969"). Month and weekday
names come from Babel through :mod:`game.draft.lexicon`.
"""

from __future__ import annotations

import re

from game.draft.lexicon import lexicon, month_patterns, weekday_patterns

# Each rule: a pattern, and the name of the DateFinder method that turns a match into a date.
Rule = tuple[re.Pattern[str], str]


def month_names(language: str) -> list[tuple[int, re.Pattern[str]]]:
    """Return (month number, a pattern matching one form of its name) for the twelve months."""
    return [
        (number, re.compile(pattern + "$", re.IGNORECASE))
        for number, pattern in month_patterns(language)
    ]


def weekday_names(language: str) -> list[tuple[int, re.Pattern[str]]]:
    """Return (weekday, with Monday as 0, a pattern matching its name)."""
    return [
        (number, re.compile(pattern, re.IGNORECASE))
        for number, pattern in weekday_patterns(language)
    ]


def date_rules(language: str) -> list[Rule]:
    """Return the date patterns of ``language``, in the order they are tried."""
    words = lexicon(language)
    month = "(?P<month>" + "|".join(pattern for _, pattern in month_patterns(language)) + ")"
    weekday = "(?P<weekday>" + "|".join(pattern for _, pattern in weekday_patterns(language)) + ")"
    rules: list[Rule] = []
    add = rules.append
    flags = re.IGNORECASE
    if language == "en":
        add(
            (
                re.compile(
                    rf"\b(?:{weekday},?\s+)?{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<year>\d{{4}})\b"
                ),
                "full",
            )
        )
        add(
            (
                re.compile(
                    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+(?P<year>\d{{4}})\b"
                ),
                "full",
            )
        )
        add((re.compile(rf"\b{month}\s+(?P<year>\d{{4}})\b"), "month_year"))
        add(
            (
                re.compile(rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
                "day_month",
            )
        )
        add(
            (
                re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b"),
                "day_month",
            )
        )
        add((re.compile(rf"\b(?:in|of|since|by|early|late|mid-)\s+{month}\b"), "month_only"))
        add(
            (
                re.compile(
                    r"\b(?:in|since|by|until|from|of|and|or|the|early|late|mid-)\s+(?P<year>1[5-9]\d\d|20\d\d)\b(?![,.]\d)"
                ),
                "year",
            )
        )
        add(
            (
                re.compile(
                    rf"\b(?P<late>late\s+)?(?:on\s+|last\s+|this\s+)?{weekday}(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
                ),
                "weekday",
            )
        )
        add(
            (
                re.compile(r"\b(?P<word>yesterday|today|last night|this morning)\b", flags),
                "near_publication",
            )
        )
        add((re.compile(r"\b(?P<which>last|this|previous)\s+year\b", flags), "year_word"))
        add(
            (
                re.compile(
                    rf"\b(?P<count>\d+|{'|'.join(words.number_words)}|a few|several)\s+(?P<unit>day|week|month|year)s?\s+(?P<direction>later|after|afterwards|earlier|before)\b",
                    flags,
                ),
                "shift",
            )
        )
        add(
            (
                re.compile(
                    r"\b(?:the\s+)?(?P<word>next|following|previous|day after|day before|night before|eve)\s*(?P<unit>day|morning|evening|night|afternoon)?\b",
                    flags,
                ),
                "next_previous",
            )
        )
        add(
            (
                re.compile(
                    r"\b(?P<word>later that day|that (?:morning|afternoon|evening|night)|hours later|minutes later|moments later|within (?:hours|minutes)|(?:shortly )?(?:before|after) midnight|shortly afterwards?|the same day)\b",
                    flags,
                ),
                "same_day",
            )
        )
    elif language == "ru":
        add(
            (
                re.compile(
                    rf"(?<!\w)(?P<day>\d{{1,2}})\s+{month}\s+(?P<year>\d{{4}})(?:\s*(?:года|г\.))?",
                    flags,
                ),
                "full",
            )
        )
        add(
            (
                re.compile(rf"(?<!\w){month}\s+(?P<year>\d{{4}})\s*(?:года|г\.)", flags),
                "month_year",
            )
        )
        add((re.compile(rf"(?<!\w)(?P<day>\d{{1,2}})\s+{month}(?!\w)", flags), "day_month"))
        add((re.compile(rf"(?<!\w)(?:в|с|до|к)\s+{month}(?!\w)", flags), "month_only"))
        add(
            (
                re.compile(r"(?<!\w)(?P<year>1[5-9]\d\d|20\d\d)\s*(?:года|году|год|г\.)", flags),
                "year",
            )
        )
        add((re.compile(rf"(?<!\w)(?:в|во)\s+{weekday}", flags), "weekday"))
        add(
            (
                re.compile(r"(?<!\w)(?P<word>вчера|сегодня|накануне)(?!\w)", flags),
                "near_publication",
            )
        )
        add(
            (
                re.compile(r"(?<!\w)в\s+(?P<which>прошлом|этом|минувшем)\s+году", flags),
                "year_word",
            )
        )
        add(
            (
                re.compile(
                    rf"(?<!\w)(?:через|спустя)\s+(?P<count>\d+|{'|'.join(words.number_words)}|несколько)\s+(?P<unit>дн|недел|месяц|год|лет)\w*",
                    flags,
                ),
                "shift",
            )
        )
        add(
            (
                re.compile(
                    rf"(?<!\w)(?P<count>\d+|{'|'.join(words.number_words)}|несколько)\s+(?P<unit>дн|недел|месяц|год|лет)\w*\s+спустя",
                    flags,
                ),
                "shift",
            )
        )
        add(
            (
                re.compile(r"(?<!\w)на\s+(?P<word>следующий|другой)\s+день", flags),
                "next_previous",
            )
        )
        add(
            (
                re.compile(
                    r"(?<!\w)(?P<word>в тот же день|в тот же вечер|тем же вечером|позже в тот день|в ту же ночь|через несколько часов)",
                    flags,
                ),
                "same_day",
            )
        )
    else:
        add(
            (
                re.compile(
                    rf"(?<!\w)(?P<year>\d{{4}})-ж(?:ылдын|ылы|\.)?\s+(?P<day>\d{{1,2}})-{month}",
                    flags,
                ),
                "full",
            )
        )
        add(
            (
                re.compile(rf"(?<!\w)(?P<year>\d{{4}})-ж(?:ылдын|\.)?\s+{month}", flags),
                "month_year",
            )
        )
        add((re.compile(rf"(?<!\w)(?P<day>\d{{1,2}})-{month}", flags), "day_month"))
        add(
            (
                re.compile(r"(?<!\w)(?P<year>\d{4})-ж(?:ылы|ылдан|ылга|ылдын|\.)", flags),
                "year",
            )
        )
        add((re.compile(rf"(?<!\w){weekday}(?:\s+күнү)?", flags), "weekday"))
        add((re.compile(r"(?<!\w)(?P<word>кечээ|бүгүн)(?!\w)", flags), "near_publication"))
        add(
            (
                re.compile(r"(?<!\w)(?P<which>өткөн|быйыл)\s*(?:жылы)?(?!\w)", flags),
                "year_word",
            )
        )
        add(
            (
                re.compile(
                    rf"(?<!\w)(?P<count>\d+|{'|'.join(words.number_words)}|бир нече)\s+(?P<unit>күн|жума|ай|жыл)\w*\s+кийин",
                    flags,
                ),
                "shift",
            )
        )
        add((re.compile(r"(?<!\w)(?P<word>эртеси|кийинки күнү)", flags), "next_previous"))
        add(
            (
                re.compile(
                    r"(?<!\w)(?P<word>ошол эле күнү|ошол күнү кечинде|бир нече сааттан кийин)",
                    flags,
                ),
                "same_day",
            )
        )
    return rules


def clock_pattern(language: str) -> re.Pattern[str]:
    """Return the pattern of a clock time in ``language`` ("10:56 p.m.", "в 9:07", "саат 9:07")."""
    flags = re.IGNORECASE
    clocks = {
        "en": re.compile(
            r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>a\.m\.|p\.m\.|am|pm)(?!\w)",
            flags,
        ),
        "ru": re.compile(r"(?<!\w)в\s+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))(?!\d)", flags),
        "ky": re.compile(r"(?<!\w)саат\s+(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))(?!\d)", flags),
    }
    return clocks[language]
