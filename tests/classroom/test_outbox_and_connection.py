"""The outbox is written with its round, the connection file is private, the rows read back."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from game.classroom.connection import (
    ClassConnection,
    ConnectionSettingsError,
    checked,
    delete_connection,
    load_connection,
    save_connection,
)
from game.classroom.results import class_rows
from game.rounds.session import RoundRecord
from game.storage.outbox import Outbox, QueuedStatement
from game.storage.results import results_csv
from game.storage.store import ProgressStore
from tests.classroom.plays import START, builtin_pack, play_through

CONNECTION = ClassConnection("http://lrs.school.example/xAPI", "lab-pc", "s3cret!", "9b")


def test_a_committed_round_is_a_queued_statement(tmp_path: Path) -> None:
    """Every round and the play-through leave one statement each in the outbox, with the round."""
    pack = builtin_pack()
    attempt = play_through(tmp_path, "Айгүл", pack, "mixed", checked(CONNECTION))
    with ProgressStore(tmp_path / "progress.db") as store:
        rounds = store.round_ids(attempt)
    with Outbox(tmp_path / "progress.db") as outbox:
        waiting = [item.decoded() for item in outbox.waiting(limit=1000)]
    assert len(rounds) == len(pack.rounds) and len(waiting) == len(rounds) + 1
    assert [s["object"]["id"].rsplit("/", 1)[-1] for s in waiting[:-1]] == rounds
    assert len({s["id"] for s in waiting}) == len(waiting)
    assert len({s["context"]["registration"] for s in waiting}) == 1


def test_a_failed_round_commit_queues_nothing(tmp_path: Path) -> None:
    """When the round's transaction fails, its statement is not queued either."""
    with ProgressStore(tmp_path / "progress.db") as store:
        profile = store.create_profile("A", created="2026-03-02T09:00:00+00:00")
        attempt = store.start_attempt(profile.id, "p", "h", "2026-03-02T09:00:00+00:00")
        queued = QueuedStatement("3f1c6a0e-5a8e-4d5e-9a39-0c6f7d2b9e11", json.dumps({"id": "x"}))
        store.record_round(
            attempt, RoundRecord("r1", "quiz", 1.0, 1, ()), "2026-03-02", None, [queued]
        )
        broken = QueuedStatement("0b7e2c52-6d0f-4c1b-9f7a-3a4f8f7f1c22", None)  # type: ignore[arg-type]
        with pytest.raises(sqlite3.IntegrityError):
            # The round row is written first; the failing outbox row undoes it too.
            store.record_round(
                attempt, RoundRecord("r2", "quiz", 1.0, 1, ()), "2026-03-02", None, [broken]
            )
        assert store.round_ids(attempt) == ["r1"]
    with Outbox(tmp_path / "progress.db") as outbox:
        assert outbox.count() == 1


def test_a_refused_statement_is_set_aside(tmp_path: Path) -> None:
    """A refused statement leaves the queue with its message and no longer blocks the others."""
    play_through(tmp_path, "A", builtin_pack(), "right", checked(CONNECTION), rounds=2)
    with Outbox(tmp_path / "progress.db") as outbox:
        first, second = outbox.waiting()
        outbox.mark_refused(first.id, "HTTP 400: bad statement")
        assert [item.id for item in outbox.waiting()] == [second.id]
        assert [(r.id, r.problem) for r in outbox.refused()] == [
            (first.id, "HTTP 400: bad statement")
        ]
        outbox.mark_sent([second.id], dt.datetime(2026, 3, 2, 10, 0))
        assert outbox.count() == 0 and outbox.last_sent() == "2026-03-02T10:00:00"
        assert outbox.retry_refused() == 1 and outbox.count() == 1


def test_the_connection_file_is_private_and_the_password_never_shows(tmp_path: Path) -> None:
    """class.json is mode 0600; repr and the stored endpoint never show the password."""
    path = save_connection(CONNECTION, tmp_path / "class.json")
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    loaded = load_connection(path, environ={})
    assert loaded == checked(CONNECTION) and loaded.endpoint.endswith("/xAPI/")
    assert "s3cret" not in repr(loaded)
    assert delete_connection(path) and load_connection(path, environ={}) is None


def test_environment_variables_override_the_stored_connection(tmp_path: Path) -> None:
    """Each OKUYA_CLASS_* variable overrides its stored value; all four need no file."""
    path = save_connection(CONNECTION, tmp_path / "class.json")
    loaded = load_connection(path, environ={"OKUYA_CLASS_NAME": "10a"})
    assert loaded is not None and (loaded.class_name, loaded.username) == ("10a", "lab-pc")
    lab_image = {
        "OKUYA_CLASS_ENDPOINT": "https://lrs.example/xAPI/",
        "OKUYA_CLASS_USERNAME": "image",
        "OKUYA_CLASS_PASSWORD": "pw",
        "OKUYA_CLASS_NAME": "7v",
    }
    from_image = load_connection(tmp_path / "none.json", environ=lab_image)
    assert (
        from_image is not None
        and from_image.class_home_page == "https://lrs.example/okuya/classes/7v"
    )


@pytest.mark.parametrize(
    "endpoint",
    ["lrs.school.kg/xAPI", "ftp://lrs/xAPI/", "https://user:pw@lrs/xAPI/", "https://lrs/?x=1"],
)
def test_a_bad_endpoint_is_refused_with_what_to_write(endpoint: str) -> None:
    """An endpoint that is no plain http(s) URL is refused with an example of a good one."""
    with pytest.raises(ConnectionSettingsError):
        checked(ClassConnection(endpoint, "u", "p", "9b"))


def test_class_rows_match_the_local_results(tmp_path: Path) -> None:
    """The rows built from the statements give the same CSV cells as ``okuya results --csv``."""
    pack = builtin_pack()
    connection = checked(CONNECTION)
    play_through(tmp_path, "Айгүл", pack, "mixed", connection)
    later = START + dt.timedelta(hours=1)
    play_through(tmp_path, "=Бакыт", pack, "right", connection, seed=2, start=later)
    with Outbox(tmp_path / "progress.db") as outbox:
        statements = [item.decoded() for item in outbox.waiting(limit=1000)]
    with ProgressStore(tmp_path / "progress.db") as store:
        local = results_csv(store.attempts())
    remote = results_csv(class_rows(reversed(statements), connection.class_home_page))
    assert remote == local
    assert class_rows(statements, "https://other.example/okuya/classes/9b") == []
