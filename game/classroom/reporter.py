"""The play side of a class: the statements of one play-through, ready to commit with its rounds.

The play flow makes one per play and hands what it returns to the store, which writes it
in the transaction that commits the round::

    class_play = start_class_play(store, profile, pack, language, now())   # NO_CLASS if none
    store.record_round(attempt, record, moment, queue, outbox=class_play.round(result, moment))
    store.finish_attempt(attempt, moment, score, outbox=class_play.finished(session, moment))

``start_class_play`` returns :data:`NO_CLASS` (which queues nothing) when the PC is not
connected to a class, for previews and when there is no store. Otherwise it starts the
background sender of the store's database, and each call wakes it after the caller has
had time to commit.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from pathlib import Path
from typing import Any

from game.classroom.connection import CONNECTION_FILE, ClassConnection, load_connection
from game.classroom.statements import Learner, PlayContext, completion_statement, round_statement
from game.storage.outbox import QueuedStatement

log = logging.getLogger(__name__)

ACTOR_KEY = "class_actor:{profile}"


class NoClass:
    """Queue nothing: the PC is not in a class, or this play is not sent (a preview)."""

    def round(self, result: Any, finished: dt.datetime) -> tuple[QueuedStatement, ...]:
        """Return no statement."""
        return ()

    def finished(self, session: Any, finished: dt.datetime) -> tuple[QueuedStatement, ...]:
        """Return no statement."""
        return ()


NO_CLASS = NoClass()


class ClassPlay(NoClass):
    """Build the statements of one play-through of a pack by one profile."""

    def __init__(
        self, play: PlayContext, started: dt.datetime, database: Path | None = None
    ) -> None:
        self.play = play
        self.started = started
        self.database = database
        self._last = started

    def round(self, result: Any, finished: dt.datetime) -> tuple[QueuedStatement, ...]:
        """Return the statement of a finished round (its duration: since the last round)."""
        try:
            statement = round_statement(
                self.play, result, finished, finished - self._last, str(uuid.uuid4())
            )
        except Exception:  # a statement must never cost the student their round
            log.exception("could not build the class statement of %s", result.round_id)
            return ()
        self._last = finished
        self._wake()
        return (QueuedStatement.of(statement),)

    def finished(self, session: Any, finished: dt.datetime) -> tuple[QueuedStatement, ...]:
        """Return the statement of the finished play-through."""
        try:
            statement = completion_statement(
                self.play,
                points=float(session.points),
                max_points=int(session.pack_max_points),
                started=self.started,
                finished=finished,
                statement_id=str(uuid.uuid4()),
            )
        except Exception:
            log.exception("could not build the class statement of the play-through")
            return ()
        self._wake()
        return (QueuedStatement.of(statement),)

    def _wake(self) -> None:
        if self.database is None:
            return
        from game.classroom.sender import background_sender

        # The sender's pass runs on its thread after the store's commit returns; a pass that
        # starts before it finds the row on its next wake-up or its idle poll.
        sender = background_sender(self.database)
        timer_wake(sender)


def timer_wake(sender: Any, delay: float = 0.2) -> None:
    """Wake ``sender`` shortly, so the caller's transaction has committed by then."""
    timer = threading.Timer(delay, sender.wake)
    timer.daemon = True
    timer.start()


def actor_id(store: Any, profile_id: int) -> str:
    """Return the profile's stable pseudonymous id (a UUID made the first time)."""
    key = ACTOR_KEY.format(profile=profile_id)
    found = store.get_app_setting(key)
    if isinstance(found, str) and found:
        return found
    made = str(uuid.uuid4())
    store.set_app_setting(key, made)
    return made


def start_class_play(
    store: Any,
    profile: Any,
    pack: Any,
    language: str | None,
    started: dt.datetime,
    *,
    preview: bool = False,
    connection: ClassConnection | None = None,
    background: bool = True,
) -> NoClass:
    """Return the statement builder of a new play (NO_CLASS when nothing is to be sent).

    ``background`` False queues without starting the background sender (tests, scripts).
    """
    if preview or store is None or profile is None:
        return NO_CLASS
    try:
        database = getattr(store, "path", None)
        # The class connection lives beside the progress file, in the same data folder.
        folder = Path(database).parent if database is not None else None
        connection = connection or load_connection(
            folder / CONNECTION_FILE if folder is not None else None
        )
        if connection is None:
            return NO_CLASS
        learner = Learner(actor_id(store, int(profile.id)), str(profile.name))
    except Exception:  # the class is a bonus: never stop the game for it
        log.exception("could not start the class report")
        return NO_CLASS
    play = PlayContext(
        pack=pack,
        learner=learner,
        class_home_page=connection.class_home_page,
        class_name=connection.class_name,
        registration=str(uuid.uuid4()),
        language=language if language and language != "pseudo" else None,
    )
    sender_database = Path(database) if background and database is not None else None
    return ClassPlay(play, started, sender_database)
