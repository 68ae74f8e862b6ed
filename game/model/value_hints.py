"""Hints that read what the teacher meant from what they wrote.

The structure check knows that a value has the wrong type or shape; these functions work
out the fix: the answer a comma split into pieces (``[About 6,000,000]``), the seconds in
``time_limit: 5 minutes``, the ISO date in ``20.07.1969``, the id of the person a teacher
named instead (``speaker: Neil Armstrong``). Each returns an empty string when it has
nothing better to say than the general hint.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode

from game.model.translation import Translations
from game.model.yaml_nodes import Document, locate

_MINUTES = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(?:min|mins|minute|minutes|мин|минут|минуты|мүнөт)\.?\s*$",
    re.IGNORECASE,
)
_SECONDS = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|second|seconds|сек|секунд|секунды|секунд)\.?\s*$",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_YEAR_FIRST = re.compile(
    r"^\s*(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?(?:[ T]+(\d{1,2})[:.](\d{2}))?\s*$"
)


def type_hint(document: Document, path: tuple[Any, ...], node: Node, t: Translations) -> str:
    """Return a hint for a value of the wrong type, or '' to keep the general one."""
    key = path[-1] if path and isinstance(path[-1], str) else None
    if key == "time_limit" and isinstance(node, ScalarNode):
        return _time_limit(node.value, t)
    if path and isinstance(path[-1], int) and isinstance(node, ScalarNode):
        return _split_by_comma(document, path, node, t)
    return ""


def _time_limit(written: str, t: Translations) -> str:
    for pattern, factor in ((_MINUTES, 60), (_SECONDS, 1)):
        match = pattern.match(written)
        if match:
            seconds = round(float(match.group(1).replace(",", ".")) * factor)
            return t.gettext(
                "a time limit is a number of seconds, without a word: time_limit: {seconds}"
            ).format(seconds=seconds)
    return t.gettext("a time limit is a number of seconds, such as time_limit: 90")


def _split_by_comma(document: Document, path: tuple[Any, ...], node: Node, t: Translations) -> str:
    """Return the hint for a list item that a comma cut out of a longer answer."""
    _, parent = locate(document.root, path[:-1])
    if not isinstance(parent, SequenceNode) or not parent.flow_style:
        return ""
    items = parent.value
    index = path[-1]
    if index >= len(items) or items[index] is not node:
        return ""

    def joined(left: Node, right: Node) -> bool:
        # "6,000" is written with no space after the comma; "a, b" is two items.
        return right.start_mark.index == left.end_mark.index + 1

    first = index
    while first > 0 and joined(items[first - 1], items[first]):
        first -= 1
    last = index
    while last + 1 < len(items) and joined(items[last], items[last + 1]):
        last += 1
    if first == last or not all(isinstance(item, ScalarNode) for item in items[first : last + 1]):
        return ""
    whole = ",".join(item.value for item in items[first : last + 1])
    return t.gettext(
        'a comma splits a [ ] list into items: put the whole answer in quotes: "{answer}"'
    ).format(answer=whole)


def date_suggestion(written: str) -> str:
    """Return ``written`` as a pack date (1969-07-20, 1969-07-20T20:17), or '' when unclear."""
    parts: tuple[str | None, ...]
    day_first = _DAY_FIRST.match(written)
    if day_first:
        day, month, year = day_first.groups()
        parts = (year, month, day, None, None)
    else:
        year_first = _YEAR_FIRST.match(written)
        if not year_first:
            return ""
        parts = year_first.groups()
    year, month, day, hour, minute = parts
    if month is None or not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return ""
    text = f"{year}-{int(month):02d}"
    if day is not None:
        text += f"-{int(day):02d}"
        if hour is not None and minute is not None:
            text += f"T{int(hour):02d}:{minute}"
    return text if text != written.strip() else ""


def person_for_name(data: Any, written: str) -> str:
    """Return the id of the person whose name is ``written``, or ''."""
    people = data.get("people") if isinstance(data, dict) else None
    wanted = " ".join(written.split()).casefold()
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, dict) or not isinstance(person.get("id"), str):
            continue
        name = person.get("name")
        if isinstance(name, str) and " ".join(name.split()).casefold() == wanted:
            return person["id"]
    return ""
