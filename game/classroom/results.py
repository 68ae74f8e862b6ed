"""The teacher's view: the class's statements read back from the LRS, as results rows.

    rows = class_rows(client.statements(class_query(since)), class_home_page, "bishkek-2020")
    results_csv(rows)            # the same columns as ``okuya results --csv`` (UTF-8, BOM)

One row per student × play-through (the statement's ``registration``): the profile is the
actor's display name, ``started`` the play-through's first moment (the completion's
timestamp minus its duration, or the first round's), ``finished`` and the score come from
the ``completed`` statement (empty while a play-through is unfinished), and each round's
score from its ``answered`` statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from game.classroom.statements import (
    VERBS,
    parse_iso_duration,
    split_pack_iri,
    split_round_iri,
)
from game.storage.store import AttemptRow

FINISHING_VERBS = {VERBS["completed"], VERBS["passed"], VERBS["failed"]}


def class_query(since: str | None = None) -> dict[str, str]:
    """Return the Statements query: everything (since ``since``); the class is kept by us.

    The xAPI ``activity=<class>&related_activities=true`` filter would do it on the LRS, but
    Ralph's file backend (5.1) compares the ids to an object and never matches, so the
    statements are read and :func:`class_rows` keeps the class's own.
    """
    return {"since": since} if since else {}


def in_class(statement: dict[str, Any], class_home_page: str) -> bool:
    """Return True when ``statement`` belongs to the class (its account's home page)."""
    account = (statement.get("actor") or {}).get("account") or {}
    return isinstance(account, dict) and account.get("homePage") == class_home_page


@dataclass
class _PlayThrough:
    learner: str
    name: str
    pack_id: str
    pack_hash: str = ""
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    score: float | None = None
    rounds: list[tuple[dt.datetime, str, float]] = field(default_factory=list)


def _moment(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _scaled(statement: dict[str, Any]) -> float | None:
    score = (statement.get("result") or {}).get("score") or {}
    if isinstance(score.get("scaled"), int | float):
        return float(score["scaled"])
    raw, maximum = score.get("raw"), score.get("max")
    if isinstance(raw, int | float) and isinstance(maximum, int | float) and maximum:
        return float(raw) / float(maximum)
    return None


def class_rows(
    statements: Iterable[dict[str, Any]],
    class_home_page: str | None = None,
    pack_id: str | None = None,
) -> list[AttemptRow]:
    """Return one results row per student × play-through (of one class), oldest first."""
    plays: dict[tuple[str, str], _PlayThrough] = {}
    seen: set[str] = set()
    for statement in statements:
        statement_id = statement.get("id")
        if not isinstance(statement_id, str) or statement_id in seen:
            continue
        seen.add(statement_id)
        if class_home_page is not None and not in_class(statement, class_home_page):
            continue
        parsed = _parse(statement)
        if parsed is None:
            continue
        key, kind, pack, round_id, moment = parsed
        if pack_id is not None and pack != pack_id:
            continue
        actor = statement["actor"]
        play = plays.setdefault(
            key, _PlayThrough(key[0], str(actor.get("name") or actor["account"]["name"]), pack)
        )
        extensions = (statement.get("context") or {}).get("extensions") or {}
        play.pack_hash = play.pack_hash or next(
            (str(value) for name, value in extensions.items() if name.endswith("/pack-hash")), ""
        )
        scaled = _scaled(statement)
        duration = parse_iso_duration(str((statement.get("result") or {}).get("duration", "")))
        if kind == "round" and scaled is not None:
            play.rounds.append((moment, round_id, scaled))
            begun = moment - duration if duration is not None else moment
            play.started = begun if play.started is None else min(play.started, begun)
        elif kind == "finished":
            play.finished, play.score = moment, scaled
            if duration is not None:
                begun = moment - duration
                play.started = begun if play.started is None else min(play.started, begun)
    rows = []
    for number, play in enumerate(
        sorted(plays.values(), key=lambda p: (p.started or p.finished or _EPOCH, p.name)), 1
    ):
        scores = {round_id: score for _, round_id, score in sorted(play.rounds)}
        rows.append(
            AttemptRow(
                id=number,
                profile_name=play.name,
                pack_id=play.pack_id,
                pack_hash=play.pack_hash,
                started=_text(play.started),
                finished=_text(play.finished) or None,
                score=play.score,
                round_scores=scores,
            )
        )
    return rows


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _text(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse(
    statement: dict[str, Any],
) -> tuple[tuple[str, str], str, str, str, dt.datetime] | None:
    """Return (play key, round|finished, pack id, round id, moment) of an Okuya statement."""
    actor = statement.get("actor")
    if not isinstance(actor, dict) or not isinstance(actor.get("account"), dict):
        return None
    account = actor["account"]
    registration = (statement.get("context") or {}).get("registration")
    moment = _moment(statement.get("timestamp")) or _moment(statement.get("stored"))
    object_id = (statement.get("object") or {}).get("id")
    verb = (statement.get("verb") or {}).get("id")
    if not isinstance(registration, str) or moment is None or not isinstance(object_id, str):
        return None
    key = (f"{account.get('homePage')}#{account.get('name')}", registration)
    if verb == VERBS["answered"]:
        found = split_round_iri(object_id)
        if found is None:
            return None
        return key, "round", found[0], found[1], moment
    if verb in FINISHING_VERBS:
        pack = split_pack_iri(object_id)
        if pack is None:
            return None
        return key, "finished", pack, "", moment
    return None


def parse_since(text: str) -> str:
    """Return ``text`` (a date or a date and time) as an ISO 8601 UTC moment; raise ValueError."""
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as 2026-03-01") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")
