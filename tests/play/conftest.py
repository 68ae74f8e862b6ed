"""Fixtures for the play layer: the built-in pack, a store in a temporary folder, a fixed clock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.i18n import Translator
from game.model.loader import load_pack
from game.model.pack import Pack
from game.paths import data_dir
from game.rounds.quiz import QuizRound
from game.rounds.session import Round
from game.rounds.timeline import TimelineRound
from game.rounds.who_said import WhoSaidRound
from game.storage.store import Profile, ProgressStore

MOMENT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
BUILTIN = data_dir("content") / "bishkek-2020"


def clock() -> dt.datetime:
    """Return the same moment every time (the play layer is given its clock)."""
    return MOMENT


@pytest.fixture(scope="session")
def pack() -> Pack:
    """Return the built-in pack, loaded once."""
    return load_pack(BUILTIN, Translator("en")).pack


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    """Return a fresh progress store, closed after the test."""
    opened = ProgressStore(tmp_path / "progress.db", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def profile(store: ProgressStore) -> Profile:
    """Return a player saved in the store."""
    return store.create_profile("Айгүл", created=MOMENT)


def answer(round_: Round, right: bool = True) -> object:
    """Answer ``round_`` the way a player would, all right or all wrong; return its result."""
    if isinstance(round_, TimelineRound):
        order = list(round_.correct_order)
        return round_.submit(order if right else order[::-1])
    if isinstance(round_, WhoSaidRound):
        people = [person.id for person in round_.people]
        for quote in round_.quotes:
            wrong = next(person for person in people if person != quote.speaker)
            round_.pair(quote.id, quote.speaker if right else wrong)
        return round_.submit()
    assert isinstance(round_, QuizRound)
    result = None
    while round_.current is not None:
        question = round_.current
        choices = round_.choices(question.id)
        chosen = next(choice for choice in choices if choice.right is right)
        round_.answer(question.id, chosen.id)
        result = round_.result
    return result


SQLITE_FULL = 13


class FullDisk:
    """Stand in for a store's SQLite connection: every COMMIT fails as on a full disk while ``full``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.full = False

    def execute(self, sql: str, *parameters: Any) -> sqlite3.Cursor:
        """Run ``sql``, except a COMMIT while the disk is full."""
        if self.full and sql.strip().upper() == "COMMIT":
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = SQLITE_FULL  # what SQLite itself sets on a full disk
            raise error
        return self.connection.execute(sql, *parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.connection, name)
