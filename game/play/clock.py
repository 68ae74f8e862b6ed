"""The clock the play layer is given: the current time for the progress store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """Return the current time in UTC (the game's one reading of the wall clock)."""
    return dt.datetime.now(dt.UTC)
