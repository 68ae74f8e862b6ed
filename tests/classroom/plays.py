"""Simulated students for the class tests: play the built-in pack without a window.

    results = answered_rounds(pack, "mixed", seed)           # every round's rich result
    attempt = play_through(data_dir, "Айгүл", pack, "right", connection)   # saved + queued

``play_through`` does what the play flow does — a store attempt, each round committed with
its class statement, the play-through closed with its own — so the outbox holds exactly
what a student's PC would queue.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from game.classroom.connection import ClassConnection, load_connection
from game.classroom.reporter import start_class_play
from game.model.loader import load_pack
from game.model.pack import Pack, SceneStep
from game.rounds.session import Session
from game.storage.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "content" / "bishkek-2020"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def builtin_pack() -> Pack:
    """Return the built-in pack."""
    loaded = load_pack(BUILTIN)
    return getattr(loaded, "pack", loaded)


def answer(round_: Any, right: bool, skip: bool = False) -> Any:
    """Answer ``round_`` right or wrong (``skip``: leave every answer out, as a time-out)."""
    kind = round_.kind
    # Only a round with a time limit can time out; the others are answered.
    skip = skip and getattr(round_.timer, "limit", None) is not None
    if kind == "timeline":
        wanted = list(round_.correct_order) if right else list(round_.correct_order)[::-1]
        return round_.submit(wanted)
    if kind == "who_said":
        if not skip:
            for quote in round_.quotes:
                person = quote.speaker
                if not right:
                    person = next(p.id for p in round_.people if p.id != quote.speaker)
                round_.pair(quote.id, person)
        return _time_out(round_) if skip else round_.submit()
    if skip:
        return _time_out(round_)
    for question in list(round_.questions):
        round_.answer(question.id, "answer" if right else "wrong-0")
    return round_.result


def _time_out(round_: Any) -> Any:
    for _ in range(100_000):
        result = round_.update(1.0)
        if result is not None:
            return result
    raise RuntimeError(f"round {round_.round_id} did not time out")


def right_for(mode: str, number: int) -> bool:
    """Return whether round ``number`` (1-based) is right in ``mode`` (right, wrong, mixed)."""
    return mode == "right" or (mode == "mixed" and number % 2 == 1)


def play_through(
    data_dir: Path,
    player: str,
    pack: Pack,
    mode: str,
    connection: ClassConnection | None,
    seed: int = 1,
    start: dt.datetime = START,
    rounds: int | None = None,
) -> int:
    """Play ``pack`` as ``player`` into ``data_dir``'s store, as the play flow does; return the attempt."""
    if connection is None:  # the PC's own connection, as the game would read it
        connection = load_connection(Path(data_dir) / "class.json", environ={})
    store = ProgressStore(Path(data_dir) / "progress.db")
    try:
        profile = next((p for p in store.profiles() if p.name == player), None)
        profile = profile or store.create_profile(player, created=start)
        attempt = store.start_attempt(profile.id, pack.id, pack.content_hash, start)
        class_play = start_class_play(
            store, profile, pack, "ky", start, connection=connection, background=False
        )
        session = Session(pack, random.Random(seed))
        moment = start
        number = 0
        while not session.finished and (rounds is None or number < rounds):
            if isinstance(session.current_step, SceneStep):
                session.advance()
                continue
            number += 1
            result = answer(session.current_round, right_for(mode, number))
            record = session.finish_round(result)
            moment += dt.timedelta(seconds=40 + number)
            store.record_round(attempt, record, moment, None, class_play.round(result, moment))
        if session.finished:
            moment += dt.timedelta(seconds=5)
            store.finish_attempt(
                attempt, moment, session.score, class_play.finished(session, moment)
            )
        return attempt
    finally:
        store.close()
