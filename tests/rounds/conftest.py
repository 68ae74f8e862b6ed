"""A small pack built straight from the model's dataclasses (no loader needed)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from game.model.pack import (
    Event,
    Pack,
    Person,
    Question,
    QuizStep,
    Quote,
    Scene,
    SceneStep,
    Source,
    Text,
    TimelineStep,
    WhoSaidStep,
)
from game.model.when import When


def text(source: str, context: str = "test") -> Text:
    """Return a Text for tests."""
    return Text(source, context)


def event(event_id: str, when: str) -> Event:
    """Return an event dated ``when``."""
    return Event(event_id, When.parse(when), text(f"Event {event_id}"), f"evidence {event_id}")


def make_pack(
    timeline_scoring: str = "relative_all_previous_and_next", quiz_time_limit: float | None = None
) -> Pack:
    """Return a pack with a scene, a 6-event timeline, a who-said round and a quiz."""
    events = (
        event("uprising-2005", "2005-03-24"),
        event("uprising-2010", "2010-04-07"),
        event("jeenbekov-elected", "2017-10-15"),
        event("election", "2020-10-04"),
        event("protest", "2020-10-05"),
        event("white-house", "2020-10-06T02:00"),
    )
    people = (
        Person("turdukuov", text("Adil Turdukuov"), text("activist")),
        Person("jeenbekov", text("Sooronbay Jeenbekov"), text("president")),
        Person("osce", text("OSCE mission"), None),
        Person("atambayev", text("Almazbek Atambayev"), text("former president")),
    )
    quotes = (
        Quote(
            "surrendered", text("They surrendered."), "turdukuov", '"They surrendered," he added.'
        ),
        Quote(
            "provocateurs",
            text("Provocateurs are behind it."),
            "jeenbekov",
            "blamed provocateurs",
            reported=True,
            context=text("On the unrest."),
        ),
        Quote("honest", text("Vote buying was credible."), "osce", "credible allegations"),
        Quote("ours", text("We will win."), "turdukuov", "we will win"),
    )
    questions = (
        Question(
            "injured",
            text("How many were injured?"),
            text("At least 120"),
            (text("About 12"), text("About 2,000"), text("Nobody")),
            "at least 120 people",
            explain=text("Health authorities gave the figure."),
        ),
        Question("where", text("Where?"), text("Bishkek"), (text("Osh"),), "in Bishkek"),
    )
    play = (
        SceneStep("intro"),
        TimelineStep(
            "road",
            text("Road"),
            tuple(item.id for item in events),
            scoring=timeline_scoring,
        ),
        WhoSaidStep(
            "voices",
            text("Voices"),
            ("surrendered", "provocateurs", "honest", "ours"),
            ("atambayev",),
        ),
        QuizStep("numbers", text("Numbers"), ("injured", "where"), time_limit=quiz_time_limit),
    )
    return Pack(
        id="test-pack",
        title=text("Test"),
        summary=None,
        language="en",
        source=Source(text("Article"), "Publisher", None, None, None),
        people=people,
        events=events,
        quotes=quotes,
        questions=questions,
        scenes=(Scene("intro", text("Intro"), text("Once upon a time")),),
        play=play,
        folder=Path("."),
        content_hash="abc123",
    )


@pytest.fixture
def pack() -> Pack:
    """Return the test pack."""
    return make_pack()


@pytest.fixture
def rng() -> random.Random:
    """Return a seeded random generator."""
    return random.Random(1234)


@pytest.fixture
def pack_factory():
    """Return the function that builds test packs with other options."""
    return make_pack
