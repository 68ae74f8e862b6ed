"""Find temporal expressions in a sentence and date them at their true precision.

Absolute dates ("20 July 1969", "12 апреля 1961 года", "2020-жылдын 4-октябрында") keep
what they say: a year alone is a year, a month is a month. Relative ones are resolved
against the publication date (a weekday, "yesterday", "last year") or against the date the
story reached in the sentences before (the *anchor*: "three days later", "the previous
evening", "на следующий день", "эртеси"). Every date that is not written out in full comes
with a note saying how it was worked out, for the teacher to check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from game.draft.date_patterns import clock_pattern, date_rules, month_names, weekday_names
from game.draft.lexicon import lexicon
from game.model.when import Precision, When

# Hours used only as sort keys (the draft adds a label with the article's words).
PART_OF_DAY_HOURS = {
    "morning": 9,
    "afternoon": 14,
    "evening": 19,
    "night": 22,
    "late": 23,
}
_PARTS = {
    "en": {
        "morning": "morning",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
        "late": "late",
    },
    "ru": {
        "утр": "morning",
        "днём": "afternoon",
        "днем": "afternoon",
        "вечер": "evening",
        "ноч": "night",
        "поздн": "late",
    },
    "ky": {
        "эртең менен": "morning",
        "түштөн кийин": "afternoon",
        "кечинде": "evening",
        "кечке": "evening",
        "түн": "night",
    },
}


@dataclass(frozen=True)
class Dated:
    """A temporal expression: where it is, the date it gives, and how it was worked out."""

    start: int  # offsets within the text searched
    end: int
    words: str  # the article's words
    when: When
    note: str = ""  # '' when the date is written out in full
    relative: bool = False  # resolved against the story's anchor date
    same_day_cue: bool = False  # "later that day", "then": after the last event of that day
    part_of_day: str = ""  # morning, afternoon, evening, night, late
    clock: tuple[int, int] | None = None  # an hour the text gives


def _day(date: dt.date) -> When:
    return When(date.year, date.month, date.day)


def _add_months(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


class DateFinder:
    """Find and resolve the temporal expressions of one language against one publication date."""

    def __init__(self, language: str, published: dt.date) -> None:
        self.language = language
        self.published = published
        self.words = lexicon(language)
        self._month_names = month_names(language)
        self._weekday_names = weekday_names(language)
        self._rules: list[
            tuple[re.Pattern[str], Callable[[re.Match[str], When | None], Dated | None]]
        ] = [(pattern, getattr(self, "_" + handler)) for pattern, handler in date_rules(language)]
        self._clock = clock_pattern(language)

    def detect_publication(self, text: str) -> tuple[When, str] | None:
        """Return the first full date in ``text`` (the article's first lines), and its words."""
        iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        found: list[tuple[int, When, str]] = []
        if iso:
            with contextlib.suppress(ValueError):  # 2020-13-45 is no date
                found.append((iso.start(), When.parse(iso.group()), iso.group()))
        for pattern, handler in self._rules[:2]:
            for match in pattern.finditer(text):
                dated = handler(match, None)
                if dated and dated.when.precision is Precision.DAY:
                    found.append((match.start(), dated.when, match.group()))
        return (min(found, key=lambda item: item[0])[1:]) if found else None

    def find(self, text: str, anchor: When | None) -> list[Dated]:
        """Return the temporal expressions of ``text`` (one sentence), in order, none overlapping."""
        results: list[Dated] = []
        taken: list[tuple[int, int]] = []
        for pattern, handler in self._rules:
            for match in pattern.finditer(text):
                if any(start < match.end() and match.start() < end for start, end in taken):
                    continue
                dated = handler(match, anchor)
                if dated is None:
                    continue
                dated = self._with_time_of_day(text, dated)
                results.append(dated)
                taken.append((match.start(), match.end()))
        if not results and anchor is not None and anchor.precision >= Precision.DAY:
            clock = self._clock.search(text)
            if clock:
                # A clock time with no date: the day the story has reached.
                day = When(anchor.year, anchor.month, anchor.day)
                dated = Dated(
                    clock.start(),
                    clock.end(),
                    clock.group().strip(),
                    day,
                    f"day taken from the sentence before ({day}), hour from the text",
                    relative=True,
                )
                results.append(self._with_time_of_day(text, dated))
        results.sort(key=lambda dated: dated.start)
        return results

    # --- time of day

    def _with_time_of_day(self, text: str, dated: Dated) -> Dated:
        """Add the clock time or part of day written next to a day-precise date."""
        if dated.when.precision is not Precision.DAY:
            return dated
        clock = self._clock.search(text)
        if clock:
            hour = int(clock.group("hour"))
            half = (clock.groupdict().get("half") or "").lower().replace(".", "")
            if half == "pm" and hour < 12:
                hour += 12
            if half == "am" and hour == 12:
                hour = 0
            minute = int(clock.group("minute") or 0)
            if hour <= 23 and minute <= 59:
                return Dated(**{**dated.__dict__, "clock": (hour, minute)})
        if dated.part_of_day:
            return dated
        window = text[max(0, dated.start - 25) : dated.end + 25].lower()
        for word, part in _PARTS[self.language].items():
            if re.search(
                rf"(?<!\w){re.escape(word)}(?!\w)"
                if self.language == "en"
                else rf"(?<!\w){re.escape(word)}",
                window,
            ):
                return Dated(**{**dated.__dict__, "part_of_day": part})
        return dated

    # --- handlers: each returns the date a match gives, or None

    def _month_number(self, word: str) -> int | None:
        for number, pattern in self._month_names:
            if pattern.match(word):
                return number
        return None

    def _weekday_number(self, word: str) -> int | None:
        for number, pattern in self._weekday_names:
            if pattern.match(word):
                return number
        return None

    def _make(self, match: re.Match[str], when: When, note: str = "", **extra: object) -> Dated:
        return Dated(match.start(), match.end(), match.group().strip(), when, note, **extra)  # type: ignore[arg-type]

    def _full(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        month = self._month_number(match.group("month"))
        try:
            when = When(int(match.group("year")), month, int(match.group("day")))
            When.parse(str(when))
        except (TypeError, ValueError):
            return None
        return self._make(match, when)

    def _month_year(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        month = self._month_number(match.group("month"))
        if month is None:
            return None
        return self._make(match, When(int(match.group("year")), month))

    def _context_year(self, anchor: When | None) -> int:
        """Return the year of a date written without one: the story's, if it is at a month or day."""
        return (
            anchor.year if anchor and anchor.precision >= Precision.MONTH else self.published.year
        )

    def _day_month(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        month = self._month_number(match.group("month"))
        year = self._context_year(anchor)
        try:
            when = When.parse(f"{year:04d}-{month:02d}-{int(match.group('day')):02d}")
        except (TypeError, ValueError):
            return None
        words = match.group().strip()
        if anchor is not None and anchor.precision >= Precision.MONTH:
            note = f'year {year} taken from the story so far, for "{words}"'
        else:
            note = f'year {year} taken from the publication date, for "{words}"'
        return self._make(match, when, note)

    def _month_only(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        month = self._month_number(match.group("month"))
        if month is None:
            return None
        year = self._context_year(anchor)
        return self._make(
            match, When(year, month), f'year {year} assumed for "{match.group().strip()}"'
        )

    def _year(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        year = int(match.group("year"))
        if year > self.published.year + 1:
            return None
        start = match.start("year")
        return Dated(start, match.end(), match.group("year"), When(year))

    def _weekday(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        weekday = self._weekday_number(match.group("weekday"))
        if weekday is None:
            return None
        back = (self.published.weekday() - weekday) % 7
        date = self.published - dt.timedelta(days=back)
        words = match.group().strip()
        groups = match.groupdict()
        part = (groups.get("part") or "").lower()
        if groups.get("late"):
            part = "late"
        note = f'"{words}" taken as {date.isoformat()}, the last {match.group("weekday")} up to the publication date {self.published.isoformat()}'
        return self._make(match, _day(date), note, part_of_day=part)

    def _near_publication(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        word = match.group("word").lower()
        if word in ("накануне",):
            if anchor is None or anchor.precision < Precision.DAY:
                return None
            date = anchor.as_date() - dt.timedelta(days=1)
            return self._make(
                match,
                _day(date),
                f'date inferred from "{match.group()}" (before {anchor})',
                relative=True,
            )
        days = 0 if word in ("today", "this morning", "сегодня", "бүгүн") else 1
        date = self.published - dt.timedelta(days=days)
        part = "night" if word == "last night" else "morning" if word == "this morning" else ""
        return self._make(
            match,
            _day(date),
            f'"{match.group()}" taken from the publication date {self.published.isoformat()}',
            part_of_day=part,
        )

    def _year_word(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        which = match.group("which").lower()
        year = self.published.year - (
            1 if which in ("last", "previous", "прошлом", "минувшем", "өткөн") else 0
        )
        if which == "previous" and anchor:
            year = anchor.year - 1
        return self._make(match, When(year), f'"{match.group()}" taken as {year}', relative=True)

    def _shift(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        if anchor is None:
            return None
        groups = match.groupdict()
        count_word = (groups.get("count") or "").lower()
        unit = groups["unit"].lower()
        direction = (groups.get("direction") or "later").lower()
        sign = -1 if direction in ("earlier", "before") else 1
        vague = count_word in ("a few", "several", "несколько", "бир нече")
        count = (
            3
            if vague
            else (
                int(count_word) if count_word.isdigit() else self.words.number_words.get(count_word)
            )
        )
        if count is None:
            return None
        words = match.group().strip()
        start = anchor.as_date()
        unit = {
            "дн": "day",
            "недел": "week",
            "месяц": "month",
            "год": "year",
            "лет": "year",
            "күн": "day",
            "жума": "week",
            "ай": "month",
            "жыл": "year",
        }.get(unit, unit)
        note = f'date inferred from "{words}" ({"after" if sign > 0 else "before"} {anchor})'
        if unit == "year":
            return self._make(match, When(anchor.year + sign * count), note, relative=True)
        if unit == "month":
            year, month = _add_months(start, sign * count)
            if vague or anchor.precision < Precision.MONTH:
                return self._make(match, When(year), note, relative=True)
            return self._make(match, When(year, month), note, relative=True)
        days = count * (7 if unit == "week" else 1)
        if anchor.precision < Precision.DAY:
            return None
        if vague:
            # "a few weeks later": two to four weeks; keep only what all of them share.
            low = start + dt.timedelta(days=sign * days * (2 if unit == "week" else 1) // 3)
            high = start + dt.timedelta(days=sign * days * 4 // 3)
            low, high = sorted((low, high))
            if (low.year, low.month) == (high.year, high.month):
                return self._make(match, When(low.year, low.month), note, relative=True)
            if low.year == high.year:
                return self._make(match, When(low.year), note, relative=True)
            return None
        return self._make(match, _day(start + dt.timedelta(days=sign * days)), note, relative=True)

    def _next_previous(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        if anchor is None or anchor.precision < Precision.DAY:
            return None
        groups = match.groupdict()
        word = groups["word"].lower()
        unit = (groups.get("unit") or "").lower()
        if word in ("next", "following", "previous") and not unit:
            return None  # "the next president", "the previous government": not dates
        sign = -1 if word in ("previous", "day before", "night before", "eve") else 1
        date = anchor.as_date() + dt.timedelta(days=sign)
        part = unit if unit in PART_OF_DAY_HOURS else ("night" if "night" in word else "")
        note = f'date inferred from "{match.group().strip()}" ({"after" if sign > 0 else "before"} {anchor})'
        return self._make(match, _day(date), note, relative=True, part_of_day=part)

    def _same_day(self, match: re.Match[str], anchor: When | None) -> Dated | None:
        if anchor is None or anchor.precision < Precision.DAY:
            return None
        words = match.group().strip()
        part = next(
            (
                part
                for word, part in _PARTS[self.language].items()
                if re.search(
                    rf"(?<!\w){re.escape(word)}(?!\w)"
                    if self.language == "en"
                    else re.escape(word),
                    words.lower(),
                )
            ),
            "",
        )
        note = f'same day as the sentence before ({When(anchor.year, anchor.month, anchor.day)}), from "{words}"'
        return self._make(
            match,
            When(anchor.year, anchor.month, anchor.day),
            note,
            relative=True,
            same_day_cue=True,
            part_of_day=part,
        )
