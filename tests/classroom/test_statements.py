"""Every statement Okuya builds follows the xAPI 1.0.3 rules, checked without a server."""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from typing import Any

import jsonschema
import pytest

from game.classroom.statements import (
    Learner,
    PlayContext,
    completion_statement,
    iso_duration,
    pack_iri,
    parse_iso_duration,
    platform,
    round_iri,
    round_statement,
    split_pack_iri,
    split_round_iri,
)
from game.model.pack import SceneStep
from game.rounds.session import Session
from tests.classroom.plays import answer, builtin_pack

UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
IRI = r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s]+$"
LANGUAGE_TAG = r"^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*|und)$"
# ISO 8601 durations as xAPI 1.0.3 uses them (4.1.6.1: to 0.01 s).
DURATION = r"^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$"
TIMESTAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$"
INTERACTION_TYPES = [
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
]

LANGUAGE_MAP = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"pattern": LANGUAGE_TAG},
    "additionalProperties": {"type": "string"},
}
COMPONENTS = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "minLength": 1, "not": {"pattern": r"\[[,.:]\]"}},
            "description": LANGUAGE_MAP,
        },
        "additionalProperties": False,
    },
}
ACTIVITY = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "objectType": {"const": "Activity"},
        "id": {"type": "string", "pattern": IRI},
        "definition": {
            "type": "object",
            "properties": {
                "name": LANGUAGE_MAP,
                "description": LANGUAGE_MAP,
                "type": {"type": "string", "pattern": IRI},
                "interactionType": {"enum": INTERACTION_TYPES},
                "correctResponsesPattern": {"type": "array", "items": {"type": "string"}},
                "choices": COMPONENTS,
                "scale": COMPONENTS,
                "source": COMPONENTS,
                "target": COMPONENTS,
                "steps": COMPONENTS,
                "extensions": {"type": "object", "propertyNames": {"pattern": IRI}},
            },
            "additionalProperties": False,
            # 4.1.4.1: interaction components only with an interactionType.
            "dependentRequired": {
                "correctResponsesPattern": ["interactionType"],
                "choices": ["interactionType"],
                "source": ["interactionType"],
                "target": ["interactionType"],
            },
        },
    },
    "additionalProperties": False,
}
# No empty values anywhere outside extensions (xAPI 1.0.3, 2.2 "Statement Requirements").
STATEMENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "actor", "verb", "object"],
    "properties": {
        "id": {"type": "string", "pattern": UUID},
        "version": {"type": "string", "pattern": r"^1\.0(\.\d+)?$"},
        "actor": {
            "type": "object",
            "required": ["account"],
            "properties": {
                "objectType": {"const": "Agent"},
                "name": {"type": "string"},
                "account": {
                    "type": "object",
                    "required": ["homePage", "name"],
                    "properties": {
                        "homePage": {"type": "string", "pattern": IRI},
                        "name": {"type": "string", "minLength": 1},
                    },
                    "additionalProperties": False,
                },
            },
            # Exactly one Inverse Functional Identifier (4.1.2.1): here the account, never mail.
            "not": {"anyOf": [{"required": [ifi]} for ifi in ("mbox", "mbox_sha1sum", "openid")]},
            "additionalProperties": False,
        },
        "verb": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string", "pattern": IRI}, "display": LANGUAGE_MAP},
            "additionalProperties": False,
        },
        "object": ACTIVITY,
        "result": {
            "type": "object",
            "properties": {
                "score": {
                    "type": "object",
                    "properties": {
                        "scaled": {"type": "number", "minimum": -1, "maximum": 1},
                        "raw": {"type": "number"},
                        "min": {"type": "number"},
                        "max": {"type": "number"},
                    },
                    "additionalProperties": False,
                },
                "success": {"type": "boolean"},
                "completion": {"type": "boolean"},
                "response": {"type": "string", "minLength": 1},
                "duration": {"type": "string", "pattern": DURATION},
                "extensions": {"type": "object", "propertyNames": {"pattern": IRI}},
            },
            "additionalProperties": False,
        },
        "context": {
            "type": "object",
            "properties": {
                "registration": {"type": "string", "pattern": UUID},
                "contextActivities": {
                    "type": "object",
                    "propertyNames": {"enum": ["parent", "grouping", "category", "other"]},
                    "additionalProperties": {"type": "array", "minItems": 1, "items": ACTIVITY},
                },
                "platform": {"type": "string"},
                "language": {"type": "string", "pattern": LANGUAGE_TAG},
                "extensions": {"type": "object", "propertyNames": {"pattern": IRI}},
            },
            "additionalProperties": False,
        },
        "timestamp": {"type": "string", "pattern": TIMESTAMP},
    },
    "additionalProperties": False,
}


def check_rules(statement: dict[str, Any]) -> None:
    """Raise when ``statement`` breaks an xAPI 1.0.3 rule (schema, score and response rules)."""
    jsonschema.Draft202012Validator(STATEMENT_SCHEMA).validate(statement)
    _no_empty_values({k: v for k, v in statement.items()}, "statement")
    score = statement.get("result", {}).get("score")
    if score is not None:
        # 4.1.5.1: min <= raw <= max, min < max; scaled = raw / max here.
        assert score["min"] <= score["raw"] <= score["max"] and score["min"] < score["max"]
        assert score["scaled"] == pytest.approx(score["raw"] / score["max"], abs=1e-4)
    definition = statement["object"].get("definition", {})
    kind = definition.get("interactionType")
    response = statement.get("result", {}).get("response")
    if kind is None:
        return
    patterns = definition["correctResponsesPattern"]
    for text in [*patterns, response]:
        items = [item for item in text.split("[,]") if item] if text else []
        if kind in ("choice", "sequencing"):
            ids = {choice["id"] for choice in definition["choices"]}
            assert set(items) <= ids, (text, ids)
            if kind == "sequencing" and text in patterns:
                assert sorted(items) == sorted(ids)  # a sequence orders every choice
        elif kind == "matching":
            sources = {item["id"] for item in definition["source"]}
            targets = {item["id"] for item in definition["target"]}
            for pair in items:
                source, _, target = pair.partition("[.]")
                assert source in sources and target in targets, pair


def _no_empty_values(value: Any, where: str) -> None:
    """Raise when a value other than inside ``extensions`` is empty ("", [], {})."""
    if value in ("", [], {}) and not where.endswith("extensions"):
        raise AssertionError(f"{where} is empty")
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "extensions":
                _no_empty_values(item, f"{where}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            _no_empty_values(item, f"{where}[{number}]")


def _statements(mode: str, skip: bool = False) -> list[dict[str, Any]]:
    pack = builtin_pack()
    play = PlayContext(
        pack,
        Learner(str(uuid.uuid4()), "Айгүл"),
        "http://lrs.school.example/okuya/classes/9%D0%B1",
        "9б",
        str(uuid.uuid4()),
        "ky",
    )
    session = Session(pack, random.Random(3))
    found = []
    moment = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    number = 0
    while not session.finished:
        if isinstance(session.current_step, SceneStep):
            session.advance()
            continue
        number += 1
        right = mode == "right" or (mode == "mixed" and number % 2 == 1)
        result = answer(session.current_round, right, skip=skip)
        session.finish_round(result)
        moment += dt.timedelta(seconds=33.257)
        found.append(
            round_statement(play, result, moment, dt.timedelta(seconds=33.257), str(uuid.uuid4()))
        )
    start = moment - dt.timedelta(minutes=7)
    for pass_mark in (None, 0.5, 0.99):
        found.append(
            completion_statement(
                play,
                session.points,
                session.pack_max_points,
                start,
                moment,
                str(uuid.uuid4()),
                pass_mark=pass_mark,
            )
        )
    return found


@pytest.mark.parametrize("mode", ["right", "wrong", "mixed", "timed-out"])
def test_every_statement_follows_the_xapi_rules(mode: str) -> None:
    """Round and play-through statements, right, wrong, mixed or timed out, follow xAPI 1.0.3."""
    statements = _statements("wrong" if mode == "timed-out" else mode, skip=mode == "timed-out")
    kinds = {s["object"].get("definition", {}).get("interactionType") for s in statements}
    assert {"sequencing", "matching", "choice", None} <= kinds
    for statement in statements:
        check_rules(statement)


def test_the_rules_catch_a_broken_statement() -> None:
    """A statement with an e-mail, a bad score or a response outside its choices is caught."""
    statement = _statements("right")[0]
    broken = [
        {**statement, "actor": {**statement["actor"], "mbox": "mailto:a@b.kg"}},
        {
            **statement,
            "result": {
                **statement["result"],
                "score": {"raw": 5, "min": 0, "max": 4, "scaled": 1.25},
            },
        },
        {**statement, "result": {**statement["result"], "response": "not-an-event"}},
        {**statement, "result": {**statement["result"], "duration": "12 seconds"}},
        {**statement, "id": "not-a-uuid"},
    ]
    for bad in broken:
        with pytest.raises((jsonschema.ValidationError, AssertionError)):
            check_rules(bad)


def test_a_round_statement_says_what_happened() -> None:
    """A fully right round is answered with success, full score and the parent, class and scheme."""
    statement = _statements("right")[0]
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["result"]["success"] is True
    assert statement["result"]["score"]["scaled"] == 1.0
    assert statement["result"]["duration"] == "PT33.26S"
    context = statement["context"]
    assert context["platform"] == platform() == "Okuya 0.1"
    assert context["contextActivities"]["parent"][0]["id"] == pack_iri("bishkek-2020")
    assert context["contextActivities"]["grouping"][0]["id"].endswith("/okuya/classes/9%D0%B1")
    assert any(key.endswith("/scoring-scheme") for key in context["extensions"])
    assert "mbox" not in statement["actor"]


def test_the_play_through_statement_uses_completed_unless_there_is_a_pass_mark() -> None:
    """Without a pass mark a play-through is completed; with one it is passed or failed."""
    *_, completed, passed, failed = _statements("mixed")
    assert completed["verb"]["id"].endswith("/completed") and "success" not in completed["result"]
    assert passed["verb"]["id"].endswith("/passed") and passed["result"]["success"] is True
    assert failed["verb"]["id"].endswith("/failed") and failed["result"]["success"] is False


def test_activity_ids_are_stable_and_read_back() -> None:
    """Pack and round ids become IRIs that read back to the same ids, odd characters too."""
    assert round_iri("bishkek-2020", "four-cards") == round_iri("bishkek-2020", "four-cards")
    assert split_round_iri(round_iri("pack/1", "раунд 2")) == ("pack/1", "раунд 2")
    assert split_pack_iri(pack_iri("pack/1")) == "pack/1"
    assert split_pack_iri(round_iri("a", "b")) is None and split_round_iri(pack_iri("a")) is None
    assert re.match(IRI, round_iri("pack/1", "раунд 2"))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "PT0S"), (5, "PT5S"), (65.25, "PT1M5.25S"), (3600, "PT1H"), (3725.5, "PT1H2M5.5S")],
)
def test_durations_are_iso_8601(seconds: float, text: str) -> None:
    """Durations are written as ISO 8601 to the hundredth of a second, and read back."""
    assert iso_duration(dt.timedelta(seconds=seconds)) == text
    assert parse_iso_duration(text) == dt.timedelta(seconds=seconds)
