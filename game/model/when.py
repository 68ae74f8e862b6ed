"""Event dates that keep their precision: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``.

A date written as ``2020-10`` covers the whole of October 2020, so it cannot be put before
or after ``2020-10-05`` for certain. ``When`` models each date as the half-open interval of
time it covers; two dates can be ordered for certain only when their intervals do not overlap.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum

# ASCII digits only: Python's \\d also matches Arabic-Indic and other digits.
_PATTERN = re.compile(
    r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2})(?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}))?)?)?\Z"
)
# The span of a date in 9999 would end in the year 10000, which datetime cannot hold.
MAX_YEAR = 9998


class Precision(IntEnum):
    """How much of a date is known, coarsest first."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4


@dataclass(frozen=True, order=False)
class When:
    """A point in local time known to a given precision; parse one with :meth:`When.parse`."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @classmethod
    def parse(cls, text: str) -> When:
        """Parse ``text``; raise ``ValueError`` with a readable reason when it is not a valid date."""
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ValueError(
                f"{text!r} is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            )
        parts = {key: int(value) for key, value in match.groupdict().items() if value is not None}
        year = parts["year"]
        month = parts.get("month")
        day = parts.get("day")
        if year < 1:
            raise ValueError(f"{text!r}: the year must be 1 or later")
        if year > MAX_YEAR:
            raise ValueError(f"{text!r}: the year must be {MAX_YEAR} or earlier")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r}: the month must be between 01 and 12")
        if day is not None:
            last = calendar.monthrange(year, month or 1)[1]
            if not 1 <= day <= last:
                raise ValueError(f"{text!r}: day {day} does not exist in {year}-{month:02d}")
        hour = parts.get("hour")
        minute = parts.get("minute")
        if hour is not None and not 0 <= hour <= 23:
            raise ValueError(f"{text!r}: the hour must be between 00 and 23")
        if minute is not None and not 0 <= minute <= 59:
            raise ValueError(f"{text!r}: the minutes must be between 00 and 59")
        return cls(year, month, day, hour, minute)

    @property
    def precision(self) -> Precision:
        """Return how much of this date is known."""
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        if self.hour is None:
            return Precision.DAY
        return Precision.MINUTE

    @property
    def start(self) -> dt.datetime:
        """Return the first moment this date covers."""
        return dt.datetime(
            self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0
        )

    @property
    def end(self) -> dt.datetime:
        """Return the first moment after the span this date covers."""
        start = self.start
        precision = self.precision
        if precision is Precision.YEAR:
            return start.replace(year=self.year + 1)
        if precision is Precision.MONTH:
            return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if precision is Precision.DAY:
            return start + dt.timedelta(days=1)
        return start + dt.timedelta(minutes=1)

    def certainly_before(self, other: When) -> bool:
        """Return True when all of this date's span lies before all of ``other``'s."""
        return self.end <= other.start

    def can_order(self, other: When) -> bool:
        """Return True when the two dates can be put in order without doubt."""
        return self.certainly_before(other) or other.certainly_before(self)

    def sort_key(self) -> tuple[dt.datetime, dt.datetime]:
        """Return a key that sorts dates by their start, then by their end."""
        return (self.start, self.end)

    def as_date(self) -> dt.date:
        """Return the first day this date covers (for formatting with Babel)."""
        return self.start.date()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute or 0:02d}"
        return text
