"""Date rules: impossible dates (month 13, 30 February) are named, with what is possible.

The schema checks a date's shape (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
``YYYY-MM-DDTHH:MM``); these rules check that the date exists.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from game.model.errors import Reporter
from game.model.translation import Translations
from game.model.when import MAX_YEAR, When
from game.model.yaml_nodes import Document

# ASCII digits only (Python's \\d also takes Arabic-Indic and other digits); \\Z, since $
# would also match before a final newline.
_DATE_PARTS = re.compile(
    r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}))?)?)?\Z"
)


def parse_when(value: Any) -> When | None:
    """Return the date ``value`` (text or a year number), or None when it is not a valid date."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if not isinstance(value, str):
        return None
    try:
        return When.parse(value)
    except ValueError:
        return None


def check_dates(document: Document, reporter: Reporter, t: Translations) -> None:
    """Report impossible dates in events' ``when`` and in ``source.date``."""
    data = document.data
    places: list[tuple[tuple[str | int, ...], Any]] = []
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        places.append((("source", "date"), data["source"].get("date")))
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        for number, item in enumerate(data["events"]):
            if isinstance(item, dict):
                places.append((("events", number, "when"), item.get("when")))
    for path, value in places:
        if isinstance(value, int) and not isinstance(value, bool):
            if not 1 <= value <= MAX_YEAR:
                continue  # the schema's minimum and maximum report it
            value = f"{value:04d}"
        if not isinstance(value, str):
            continue
        reason = _date_problem(value, t)
        if reason:
            reporter.error_at(
                document,
                path,
                t.gettext("'{value}' is not a real date").format(value=value),
                hint=reason,
                code="bad-date",
            )


def _date_problem(value: str, t: Translations) -> str:
    """Return why a date-shaped ``value`` is impossible ('' when it is fine or not date-shaped)."""
    match = _DATE_PARTS.match(value)
    if match is None:
        return ""  # the schema's pattern reports the shape
    year, month, day, hour, minute = (int(part) if part else None for part in match.groups())
    if year == 0:
        return t.gettext("the year must be 1 or later")
    if year > MAX_YEAR:
        # The span of a date in 9999 would end in the year 10000, which no calendar
        # library (Python's, Babel's) can hold.
        return t.gettext("the year must be {limit} or earlier").format(limit=MAX_YEAR)
    if month is not None and not 1 <= month <= 12:
        return t.gettext("month {month} does not exist; write 01 to 12").format(month=month)
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return t.gettext("{year}-{month:02d} has days 01 to {last}").format(
                year=year, month=month, last=last
            )
    if hour is not None and not 0 <= hour <= 23:
        return t.gettext("the hour must be 00 to 23")
    if minute is not None and not 0 <= minute <= 59:
        return t.gettext("the minutes must be 00 to 59")
    return ""
