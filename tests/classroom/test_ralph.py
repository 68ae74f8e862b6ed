"""Against a real LRS (Ralph on 127.0.0.1): statements accepted, nothing lost, nothing twice.

No mock stands in for the LRS here: every statement goes over HTTP to Ralph, which checks
it against its xAPI models, and is counted in Ralph's own file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.classroom.client import LrsClient
from game.classroom.connection import ClassConnection, checked
from game.storage.outbox import Outbox
from tests.classroom.conftest import connect_pc, okuya, pc_connection
from tests.classroom.plays import START, builtin_pack, play_through
from tests.classroom.ralph import ROOT, TEACHER, RalphServer
from tests.classroom.test_statements import _statements

pytestmark = pytest.mark.lrs
KILL_SENDER = Path(__file__).with_name("kill_sender.py")

PACK = builtin_pack()
PER_PLAY = len(PACK.rounds) + 1  # one statement per round and one for the play-through


def queued_ids(folder: Path) -> list[str]:
    """Return the ids waiting in a PC's outbox."""
    with Outbox(folder / "progress.db") as outbox:
        return [item.id for item in outbox.waiting(limit=100_000)]


def held(server: RalphServer, class_name: str) -> list[str]:
    """Return the ids of the class's statements in Ralph's file, duplicates included."""
    home = pc_connection(server.endpoint, class_name).class_home_page
    return [
        line["id"]
        for line in server.stored_lines()
        if line.get("actor", {}).get("account", {}).get("homePage") == home
    ]


STRICT_CHECK = """
import json, sys
from ralph.models.xapi.base.statements import BaseXapiStatement
for line in sys.stdin:
    BaseXapiStatement.model_validate(json.loads(line))
print("valid")
"""


def test_ralph_accepts_every_statement_shape(ralph: RalphServer, class_name: str) -> None:
    """Every shape (rounds, timed out, passed, failed) passes Ralph's strict xAPI model and is stored.

    Ralph's LRS endpoint checks only the bare minimum of a statement, so each statement is
    also validated against Ralph's own full xAPI 1.0.3 model, ``BaseXapiStatement``.
    """
    client = LrsClient(pc_connection(ralph.endpoint, class_name))
    statements = _statements("mixed") + _statements("wrong", skip=True)
    for statement in statements:
        statement["actor"]["account"]["homePage"] = client.connection.class_home_page
    python = ralph.program.parent / ("python.exe" if os.name == "nt" else "python")
    strict = subprocess.run(
        [str(python), "-c", STRICT_CHECK],
        input="\n".join(json.dumps(s, ensure_ascii=False) for s in statements),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert strict.returncode == 0 and strict.stdout.strip() == "valid", strict.stderr[-3000:]
    for statement in statements:
        assert client.put_statement(statement) is True
    assert sorted(held(ralph, class_name)) == sorted(s["id"] for s in statements)


def test_a_played_pack_arrives_once_and_a_second_sync_sends_nothing(
    ralph: RalphServer, class_name: str, tmp_path: Path
) -> None:
    """`okuya class sync` sends a play-through's statements; syncing again changes nothing."""
    pc = connect_pc(tmp_path / "pc", pc_connection(ralph.endpoint, class_name))
    play_through(pc, "Айгүл", PACK, "mixed", None)
    ids = queued_ids(pc)
    first = okuya(pc, "class", "sync")
    assert first.returncode == 0, first.stderr
    assert f"Sent {PER_PLAY} results." in first.stdout and "Nothing left to send." in first.stdout
    again = okuya(pc, "class", "sync")
    assert again.returncode == 0 and "Sent" not in again.stdout
    assert sorted(held(ralph, class_name)) == sorted(ids) and len(ids) == PER_PLAY
    status = okuya(pc, "class", "status")
    assert "0 results waiting to send" in status.stdout and "Last sent: never" not in status.stdout


def test_lrs_down_then_up_everything_arrives_exactly_once(tmp_path: Path, class_name: str) -> None:
    """Played while the LRS is down, synced when it is up: each statement is there once."""
    server = RalphServer(tmp_path / "lrs")
    pc = connect_pc(tmp_path / "pc", pc_connection(server.endpoint, class_name))
    play_through(pc, "Айгүл", PACK, "right", None)
    down = okuya(pc, "class", "sync")
    assert down.returncode == 1
    assert "cannot reach the LRS at" in down.stderr and f"{PER_PLAY} results wait" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1
    server.start()
    try:
        play_through(pc, "Айгүл", PACK, "wrong", None, seed=2, start=START.replace(hour=10))
        ids = queued_ids(pc)
        up = okuya(pc, "class", "sync")
        assert up.returncode == 0, up.stderr
        assert okuya(pc, "class", "sync").returncode == 0
        stored = held(server, class_name)
        assert len(stored) == len(set(stored)) == 2 * PER_PLAY and set(stored) == set(ids)
        pid = server.process.pid if server.process else 0
    finally:
        server.stop()
    with pytest.raises(ProcessLookupError):  # no Ralph process is left behind
        os.killpg(pid, 0)


def test_a_wrong_password_says_so_in_one_line(
    ralph: RalphServer, class_name: str, tmp_path: Path
) -> None:
    """A refused password fails sync with one clear line; the results stay queued."""
    pc = connect_pc(tmp_path / "pc", pc_connection(ralph.endpoint, class_name, "wrong"))
    play_through(pc, "A", PACK, "right", None, rounds=2)
    result = okuya(pc, "class", "sync")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "okuya class sync: the LRS refused the user name or password; 2 results wait on this PC."
    )
    assert "wrong" not in result.stdout + result.stderr  # the password is never printed
    assert len(queued_ids(pc)) == 2
    connect = okuya(
        tmp_path / "other",
        *("class", "connect", ralph.endpoint, "--username", "lab-pc", "--password", "nope"),
        *("--class", class_name),
    )
    assert connect.returncode == 1 and "nothing was saved" in connect.stderr
    assert not (tmp_path / "other" / "class.json").exists()


def test_a_refused_statement_is_reported_and_does_not_block_the_others(
    ralph: RalphServer, class_name: str, tmp_path: Path
) -> None:
    """Ralph refuses a broken statement: it is set aside with Ralph's message, the rest go."""
    pc = connect_pc(tmp_path / "pc", pc_connection(ralph.endpoint, class_name))
    play_through(pc, "A", PACK, "right", None, rounds=3)
    with Outbox(pc / "progress.db") as outbox:
        first = outbox.waiting()[0]
        broken = first.decoded()
        broken["actor"] = {"objectType": "Agent", "name": "nobody"}  # no identifier
        outbox._connection.execute(
            "UPDATE outbox SET statement = ? WHERE id = ?", (json.dumps(broken), first.id)
        )
    result = okuya(pc, "class", "sync")
    assert result.returncode == 1
    assert "the LRS refused 1 result as invalid: HTTP 4" in result.stderr
    stored = held(ralph, class_name)
    assert len(stored) == 2 and first.id not in stored
    assert "1 result refused by the LRS" in okuya(pc, "class", "status").stdout


def test_thirty_pcs_posting_at_once(ralph: RalphServer, class_name: str, tmp_path: Path) -> None:
    """30 PCs sync at the same moment: all finish, in bounded time, every statement once."""
    pcs = []
    for number in range(30):
        pc = connect_pc(tmp_path / f"pc{number}", pc_connection(ralph.endpoint, class_name))
        play_through(pc, f"Student {number}", PACK, "mixed", None, seed=number)
        pcs.append(pc)
    environment = {**os.environ, "SDL_VIDEODRIVER": "dummy"}
    began = time.monotonic()
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "game", "class", "sync"],
            cwd=ROOT,
            env={**environment, "OKUYA_DATA_DIR": str(pc)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for pc in pcs
    ]
    outcomes = [process.communicate(timeout=300) for process in processes]
    elapsed = time.monotonic() - began
    print(f"\n30 PCs x {PER_PLAY} statements synced at once in {elapsed:.1f} s")
    failures = [
        err for process, (_, err) in zip(processes, outcomes, strict=False) if process.returncode
    ]
    assert failures == []
    assert elapsed < 180
    stored = held(ralph, class_name)
    assert len(stored) == len(set(stored)) == 30 * PER_PLAY


def test_class_results_round_trip_what_was_sent(
    ralph: RalphServer, class_name: str, tmp_path: Path
) -> None:
    """`okuya class results --csv` gives the rows the PCs' own `okuya results --csv` give."""
    local_rows = []
    for number, (name, mode) in enumerate([("Айгүл", "mixed"), ("=Бакыт", "right")]):
        pc = connect_pc(tmp_path / f"pc{number}", pc_connection(ralph.endpoint, class_name))
        play_through(pc, name, PACK, mode, None, seed=number, start=START.replace(hour=9 + number))
        assert okuya(pc, "class", "sync").returncode == 0
        exported = okuya(pc, "results", "--csv")
        local_rows += exported.stdout.lstrip("\ufeff").splitlines()[1:]
    teacher_account = ClassConnection(ralph.endpoint, TEACHER[0], TEACHER[1], class_name)
    teacher = connect_pc(tmp_path / "teacher", checked(teacher_account))
    out = tmp_path / "class.csv"
    result = okuya(teacher, "class", "results", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 play-throughs" in result.stdout
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffprofile,pack,started,finished,score %,")
    assert text.lstrip("\ufeff").splitlines()[1:] == local_rows
    table = okuya(teacher, "class", "results").stdout
    assert "Айгүл" in table and "'=Бакыт" not in table and "=Бакыт" in table
    assert "100%" in table
    assert "No results" in okuya(teacher, "class", "results", "--pack", "other").stdout
    assert "No results" in okuya(teacher, "class", "results", "--since", "2999-01-01").stdout
    # The PCs' write-only account may not read the class's results.
    pc_read = okuya(tmp_path / "pc0", "class", "results")
    assert pc_read.returncode == 1 and "may not do this" in pc_read.stderr


@pytest.mark.slow
def test_sigkill_while_sending_loses_nothing_and_duplicates_nothing(
    ralph: RalphServer, class_name: str, tmp_path: Path
) -> None:
    """A sender killed with SIGKILL at random moments, then a sync: every statement once."""
    pc = connect_pc(tmp_path / "pc", pc_connection(ralph.endpoint, class_name))
    for number in range(10):
        play_through(pc, f"S{number}", PACK, "mixed", None, seed=number)
    ids = queued_ids(pc)
    chance = random.Random(20261201)
    killed_mid_send = 0
    for _ in range(12):
        if not queued_ids(pc):
            break
        process = subprocess.Popen(
            [sys.executable, str(KILL_SENDER), str(pc)], cwd=ROOT, stdout=subprocess.PIPE
        )
        # Wait for a first batch to be marked sent, so the kill lands while sending.
        first = process.stdout.readline() if process.stdout else b""
        time.sleep(chance.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        killed_mid_send += bool(first) and process.returncode == -signal.SIGKILL
    final = okuya(pc, "class", "sync")
    assert final.returncode == 0, final.stderr
    stored = held(ralph, class_name)
    print(f"\nkill test: {killed_mid_send} kills mid-send; {len(ids)} queued, {len(stored)} held")
    assert killed_mid_send >= 2
    assert sorted(stored) == sorted(ids)  # nothing lost, nothing twice


@pytest.mark.slow
def test_two_students_autoplay_one_while_the_lrs_is_down(tmp_path: Path, class_name: str) -> None:
    """Two scripted students play; one while the LRS is down; after sync each round is there once."""
    server = RalphServer(tmp_path / "lrs")
    connection = pc_connection(server.endpoint, class_name)
    first, second = (
        connect_pc(tmp_path / "pc1", connection),
        connect_pc(tmp_path / "pc2", connection),
    )
    offline = okuya(first, "play", "--autoplay", "wrong", "--player", "Айгүл")
    assert offline.returncode == 0, offline.stderr
    assert f"{PER_PLAY} results waiting to send" in offline.stdout
    server.start()
    try:
        online = okuya(second, "play", "--autoplay", "right", "--player", "Бакыт")
        assert online.returncode == 0, online.stderr
        # Sent by the game's background sender while it played: nothing waits on PC 2.
        assert "Class " + class_name + " — all results sent" in online.stdout
        assert okuya(first, "class", "sync").returncode == 0
        assert okuya(second, "class", "sync").returncode == 0
        stored = held(server, class_name)
        assert len(stored) == len(set(stored)) == 2 * PER_PLAY
    finally:
        server.stop()
