"""Build the xAPI 1.0.3 statements Okuya sends: one per finished round, one per play-through.

    learner = Learner(account_name="4f0c…", display_name="Айгүл")
    play = PlayContext(pack, learner, class_home_page, "9b", registration, "ky")
    round_statement(play, result, finished=moment, duration=elapsed, statement_id=uuid)
    completion_statement(play, score=0.8, points=12, max_points=15, started=…, finished=…,
                         statement_id=uuid)

* actor: an Agent with an ``account``: ``homePage`` is the class's home page, ``name`` the
  profile's stable pseudonymous id; ``name`` is the player's display name. No e-mail.
* verb: ADL ``answered`` for a round, ``completed`` for a pack (``passed``/``failed`` only
  when a pack defines a pass mark; today's pack format has none).
* object: the round, ``http://okuya.invalid/xapi/packs/<pack>/rounds/<round>`` (type cmi.interaction) with its
  interaction definition: ``sequencing`` for a timeline (choices: the events), ``matching``
  for who-said (source: quotes, target: people), ``choice`` for a quiz (choices:
  ``<question>.<choice>``, one right choice per question); or the pack,
  ``…/packs/<pack>`` (type assessment).
* result: score raw/min/max/scaled, success (every item right), completion, an ISO 8601
  duration and the response in the interaction's format (``a[,]b``, ``q[.]p[,]…``).
* context: registration (one UUID per play-through), language, the pack as parent, the
  class as grouping, platform ``Okuya x.y`` and the scoring scheme as an extension.

Pure functions: the caller passes every id and moment in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from game import __version__
from game.model.pack import Pack, QuizStep, Text, TimelineStep, WhoSaidStep

XAPI_VERSION = "1.0.3"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
VERBS = {name: ADL_VERBS + name for name in ("answered", "completed", "passed", "failed")}
INTERACTION = ADL_ACTIVITIES + "cmi.interaction"
ASSESSMENT = ADL_ACTIVITIES + "assessment"
COURSE = ADL_ACTIVITIES + "course"
# Stable ids that do not depend on the LRS: the same pack and round read the same everywhere.
# LRSs want URLs (Ralph refuses a urn:). ``.invalid`` is reserved (RFC 6761): it is nobody's
# domain and never resolves, so these ids can never clash with or point to someone else's.
IRI_BASE = "http://okuya.invalid/xapi/"
SCORING_EXTENSION = IRI_BASE + "extensions/scoring-scheme"
PACK_HASH_EXTENSION = IRI_BASE + "extensions/pack-hash"
# Who-said and quiz rounds give one point per right item.
PER_ITEM_SCHEME = "one_point_per_item"
INTERACTION_TYPES = {"timeline": "sequencing", "who_said": "matching", "quiz": "choice"}


def platform() -> str:
    """Return the ``context.platform`` value: ``Okuya`` and the major.minor version."""
    major_minor = ".".join(__version__.split(".")[:2])
    return f"Okuya {major_minor}"


def pack_iri(pack_id: str) -> str:
    """Return the activity id of a pack."""
    return f"{IRI_BASE}packs/{quote(pack_id, safe='')}"


def round_iri(pack_id: str, round_id: str) -> str:
    """Return the activity id of a round of a pack."""
    return f"{pack_iri(pack_id)}/rounds/{quote(round_id, safe='')}"


def split_round_iri(iri: str) -> tuple[str, str] | None:
    """Return (pack id, round id) of a round's activity id, or None for any other id."""
    parts = iri[len(IRI_BASE) :].split("/") if iri.startswith(IRI_BASE) else []
    if len(parts) != 4 or parts[0] != "packs" or parts[2] != "rounds":
        return None
    return unquote(parts[1]), unquote(parts[3])


def split_pack_iri(iri: str) -> str | None:
    """Return the pack id of a pack's activity id, or None."""
    parts = iri[len(IRI_BASE) :].split("/") if iri.startswith(IRI_BASE) else []
    if len(parts) != 2 or parts[0] != "packs":
        return None
    return unquote(parts[1])


@dataclass(frozen=True)
class Learner:
    """Who played: a pseudonymous stable account name and the name shown in the game."""

    account_name: str
    display_name: str


@dataclass(frozen=True)
class PlayContext:
    """What every statement of one play-through shares."""

    pack: Pack
    learner: Learner
    class_home_page: str
    class_name: str
    registration: str
    language: str | None = None


def iso_duration(elapsed: dt.timedelta) -> str:
    """Return ``elapsed`` as an ISO 8601 duration (``PT1M5.25S``), to the hundredth second."""
    hundredths = max(0, round(elapsed.total_seconds() * 100))
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    seconds = f"{rest // 100}" if rest % 100 == 0 else f"{rest / 100:.2f}".rstrip("0")
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if rest or text == "PT":
        text += f"{seconds}S"
    return text


def parse_iso_duration(text: str) -> dt.timedelta | None:
    """Return the length of an ISO 8601 ``PT…H…M…S`` duration (days too), or None."""
    match = re.fullmatch(
        r"P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?",
        text or "",
    )
    if match is None or text in ("P", "PT"):
        return None
    days, hours, minutes, seconds = (float(part or 0) for part in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def _timestamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec="milliseconds")


def _language_map(pack: Pack, text: Text | str) -> dict[str, str]:
    source = text.source if isinstance(text, Text) else text
    return {pack.language or "und": source}


def _actor(play: PlayContext) -> dict[str, Any]:
    return {
        "objectType": "Agent",
        "name": play.learner.display_name,
        "account": {"homePage": play.class_home_page, "name": play.learner.account_name},
    }


def _verb(name: str) -> dict[str, Any]:
    return {"id": VERBS[name], "display": {"en-US": name}}


def _pack_activity(pack: Pack) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": ASSESSMENT, "name": _language_map(pack, pack.title)}
    if pack.summary is not None:
        definition["description"] = _language_map(pack, pack.summary)
    return {"objectType": "Activity", "id": pack_iri(pack.id), "definition": definition}


def _class_activity(play: PlayContext) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": play.class_home_page,
        "definition": {"type": COURSE, "name": {"und": play.class_name}},
    }


def _context(play: PlayContext, scheme: str | None, parent: bool = True) -> dict[str, Any]:
    context: dict[str, Any] = {
        "registration": play.registration,
        "contextActivities": {"grouping": [_class_activity(play)]},
        "platform": platform(),
        "extensions": {PACK_HASH_EXTENSION: play.pack.content_hash or ""},
    }
    if parent:
        context["contextActivities"]["parent"] = [_pack_activity(play.pack)]
    if scheme is not None:
        context["extensions"][SCORING_EXTENSION] = scheme
    if play.language:
        context["language"] = play.language
    return context


def _score(points: float, max_points: int) -> dict[str, Any]:
    scaled = points / max_points if max_points else 0.0
    return {
        "raw": round(points, 4),
        "min": 0,
        "max": max_points,
        "scaled": round(min(1.0, max(0.0, scaled)), 4),
    }


def round_step(pack: Pack, round_id: str) -> TimelineStep | WhoSaidStep | QuizStep:
    """Return the play-list step of ``round_id``; raise KeyError when the pack has none."""
    for step in pack.rounds:
        if step.id == round_id:
            return step
    raise KeyError(round_id)


def interaction(pack: Pack, result: Any) -> tuple[dict[str, Any], str, str | None]:
    """Return (definition, response, scoring scheme) of a round's result, by its kind."""
    step = round_step(pack, result.round_id)
    definition: dict[str, Any] = {
        "type": INTERACTION,
        "name": _language_map(pack, step.title),
        "interactionType": INTERACTION_TYPES[step.kind],
    }
    if isinstance(step, TimelineStep):
        definition["choices"] = [
            {"id": event_id, "description": _language_map(pack, pack.event(event_id).text)}
            for event_id in step.events
        ]
        definition["correctResponsesPattern"] = ["[,]".join(result.correct_order)]
        return definition, "[,]".join(result.order), result.scheme
    if isinstance(step, WhoSaidStep):
        speakers = dict.fromkeys(
            [pack.quote(quote_id).speaker for quote_id in step.quotes] + list(step.extra_speakers)
        )
        definition["source"] = [
            {"id": quote_id, "description": _language_map(pack, pack.quote(quote_id).text)}
            for quote_id in step.quotes
        ]
        definition["target"] = [
            {"id": person_id, "description": _language_map(pack, pack.person(person_id).name)}
            for person_id in speakers
        ]
        definition["correctResponsesPattern"] = [
            "[,]".join(f"{item.quote_id}[.]{item.right_person_id}" for item in result.quotes)
        ]
        response = "[,]".join(
            f"{item.quote_id}[.]{item.chosen_person_id}"
            for item in result.quotes
            if item.chosen_person_id is not None
        )
        return definition, response, PER_ITEM_SCHEME
    choices = []
    for question_id in step.questions:
        question = pack.question(question_id)
        choices.append(
            {"id": f"{question_id}.answer", "description": _language_map(pack, question.answer)}
        )
        choices.extend(
            {"id": f"{question_id}.wrong-{number}", "description": _language_map(pack, wrong)}
            for number, wrong in enumerate(question.wrong)
        )
    definition["choices"] = choices
    definition["correctResponsesPattern"] = [
        "[,]".join(f"{question_id}.answer" for question_id in step.questions)
    ]
    response = "[,]".join(
        f"{item.question_id}.{item.chosen_choice_id}"
        for item in result.questions
        if item.chosen_choice_id is not None
    )
    return definition, response, PER_ITEM_SCHEME


def round_statement(
    play: PlayContext,
    result: Any,
    finished: dt.datetime,
    duration: dt.timedelta,
    statement_id: str,
) -> dict[str, Any]:
    """Return the ``answered`` statement of a finished round's ``result``."""
    definition, response, scheme = interaction(play.pack, result)
    items = int(result.items)
    points = float(result.score) * items
    right = all(item.right for item in result.outcomes)
    outcome: dict[str, Any] = {
        "score": _score(points, items),
        "success": right,
        "completion": True,
        "duration": iso_duration(duration),
    }
    if response:  # xAPI allows no empty values: a round that timed out unanswered has none
        outcome["response"] = response
    return {
        "id": statement_id,
        "version": XAPI_VERSION,
        "actor": _actor(play),
        "verb": _verb("answered"),
        "object": {
            "objectType": "Activity",
            "id": round_iri(play.pack.id, result.round_id),
            "definition": definition,
        },
        "result": outcome,
        "context": _context(play, scheme),
        "timestamp": _timestamp(finished),
    }


def completion_statement(
    play: PlayContext,
    points: float,
    max_points: int,
    started: dt.datetime,
    finished: dt.datetime,
    statement_id: str,
    pass_mark: float | None = None,
) -> dict[str, Any]:
    """Return the statement of a finished play-through: ``completed`` (or passed/failed)."""
    score = _score(points, max_points)
    result: dict[str, Any] = {
        "score": score,
        "completion": True,
        "duration": iso_duration(finished - started),
    }
    verb = "completed"
    if pass_mark is not None:
        passed = score["scaled"] + 1e-9 >= pass_mark
        result["success"] = passed
        verb = "passed" if passed else "failed"
    return {
        "id": statement_id,
        "version": XAPI_VERSION,
        "actor": _actor(play),
        "verb": _verb(verb),
        "object": _pack_activity(play.pack),
        "result": result,
        "context": _context(play, None, parent=False),
        "timestamp": _timestamp(finished),
    }
