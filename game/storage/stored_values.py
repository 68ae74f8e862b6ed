"""Read the values the progress file holds defensively: a bad one gives its default, logged.

A value in the file may have been written by another version, a database browser or a bad
copy. Nothing read here raises: it falls back to its default with a warning in the log, so
a bad value never stops the game from starting or a round from being saved.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from game.model.printable import is_unsafe

log = logging.getLogger("game.storage.store")


UNREADABLE = object()  # json_or's default when the caller must tell "unreadable" apart


def json_or(value: object, default: Any, what: str) -> Any:
    """Return the JSON ``value`` decoded, or ``default`` with a warning when it does not parse."""
    try:
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        if not isinstance(value, str):
            raise TypeError(f"a {type(value).__name__}, not JSON text")
        return json.loads(value)
    except (ValueError, TypeError, RecursionError) as error:
        log.warning("progress file: %s is unreadable (%s); using the default", what, error)
        return default


def right_sessions_or_empty(value: object, item_id: str) -> list[str]:
    """Return a review entry's right sessions, or [] (with a warning) when they are unreadable."""
    parsed = json_or(value, [], f"right_sessions of review item {item_id!r}")
    if isinstance(parsed, list) and all(isinstance(session, str) for session in parsed):
        return parsed
    log.warning("progress file: right_sessions of %r is %r, not a list; reset", item_id, parsed)
    return []


def score_or_none(value: object) -> float | None:
    """Return a stored attempt score, or None (with a warning) when it is not a number."""
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    log.warning("progress file: attempt score %r read as unfinished", value)
    return None


def profile_fields(
    profile_id: object, name: object, created: object
) -> tuple[int, str, str] | None:
    """Return a stored profile row's id, name (made safe to show) and date; None if unusable."""
    if not isinstance(profile_id, int):
        log.warning("progress file: profile id %r skipped", profile_id)
        return None
    text = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
    shown = "".join(character for character in text if not is_unsafe(character)).strip()
    if shown != text:
        log.warning(
            "progress file: profile %d's name %r holds control characters", profile_id, text
        )
    return profile_id, shown or f"#{profile_id}", str(created)
