"""A write the store cannot make is a typed failure with a reason, never damage, never silent."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from game.i18n.translator import Translator
from game.storage.problems import ProblemKind, SaveFailed, opening_message, save_message
from game.storage.store import ProgressStore

from .conftest import MOMENT, make_read_only, make_writable, round_record

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def corrupt_names(folder: Path) -> list[str]:
    """Return the names of files set aside as damaged in ``folder``."""
    return sorted(file.name for file in folder.iterdir() if "corrupt" in file.name)


def played(path: Path, rounds: int = 3) -> None:
    """Write a store with one profile, one attempt and ``rounds`` rounds."""
    with ProgressStore(path) as store:
        profile = store.create_profile("Айгүл", created=MOMENT)
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        for number in range(rounds):
            store.record_round(attempt, round_record(f"round-{number}"), finished=MOMENT)


def test_a_full_disk_is_a_save_failure_of_kind_disk_full(small_disk: Path) -> None:
    """Filling a 1 MiB disk makes record_round raise SaveFailed(DISK_FULL), not an sqlite3 error."""
    ballast = small_disk / "ballast"
    with ProgressStore(small_disk / "progress.db") as store:
        profile = store.create_profile("Айгүл", created=MOMENT)
        attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
        free = 1024 * 1024 - sum(file.stat().st_size for file in small_disk.iterdir())
        with contextlib.suppress(OSError):  # the disk is full: that is the point
            ballast.write_bytes(b"\0" * free)
        with pytest.raises(SaveFailed) as raised:
            for number in range(200):
                store.record_round(attempt, round_record(f"r{number}", items=8), finished=MOMENT)
        assert raised.value.kind is ProblemKind.DISK_FULL
        ballast.unlink()
        store.record_round(attempt, round_record("after"), finished=MOMENT)
        assert store.quick_check()
        assert "after" in store.round_ids()


FILE_SIZE_LIMIT = """
import resource, sys
sys.path.insert(0, {root!r})
from game.storage.problems import SaveFailed
from game.storage.store import ProgressStore
from tests.storage.conftest import MOMENT, round_record
path = {path!r}
limit = {limit}
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
try:
    store = ProgressStore(path)
    attempt = store.start_attempt(store.profiles()[0].id, "pack", "hash", started=MOMENT)
    for number in range(2000):
        store.record_round(attempt, round_record("big-" + str(number) + "x" * 500), MOMENT)
except SaveFailed as failure:
    print(failure.kind.name, store.recovered_from if "store" in dir() else None)
else:
    print("no failure")
"""


def run_limited(path: Path, limit: int) -> str:
    """Run the store in a child process whose file-size limit (ulimit -f) is ``limit`` bytes."""
    script = FILE_SIZE_LIMIT.format(root=str(ROOT), path=str(path), limit=limit)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_past_the_file_size_limit_is_too_big_and_not_damage(tmp_path: Path) -> None:
    """EFBIG while playing (ulimit -f) is SaveFailed(TOO_BIG); the file is kept and sound."""
    path = tmp_path / "progress.db"
    played(path)
    size = path.stat().st_size
    assert run_limited(path, size + 64 * 1024) == "TOO_BIG None"
    assert corrupt_names(tmp_path) == []
    with ProgressStore(path) as store:
        assert store.recovered_from is None
        assert store.quick_check()
        assert store.round_ids()[:3] == ["round-0", "round-1", "round-2"]


OPEN_LIMITED = """
import resource, sys
sys.path.insert(0, {root!r})
from game.storage.problems import SaveFailed
from game.storage.store import ProgressStore
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))
try:
    store = ProgressStore({path!r})
except SaveFailed as failure:
    print("refused", failure.kind.name)
else:
    print("opened", store.recovered_from)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_at_start_does_not_set_a_healthy_store_aside(tmp_path: Path) -> None:
    """Opening under a tiny ulimit -f (the WAL's shared memory cannot grow) keeps the file."""
    path = tmp_path / "progress.db"
    played(path)
    script = OPEN_LIMITED.format(root=str(ROOT), path=str(path), limit=1024)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert corrupt_names(tmp_path) == []
    assert done.stdout.split()[0] in ("refused", "opened")
    if done.stdout.startswith("opened"):
        assert done.stdout.split()[1] == "None"
    with ProgressStore(path) as store:
        assert store.recovered_from is None
        assert len(store.round_ids()) == 3


def test_another_programs_lock_at_start_is_not_damage(tmp_path: Path) -> None:
    """A DB browser holding an exclusive lock while the game starts: LOCKED, the file kept."""
    path = tmp_path / "progress.db"
    played(path)
    browser = sqlite3.connect(path, isolation_level=None)
    browser.execute("PRAGMA locking_mode=EXCLUSIVE")
    browser.execute("BEGIN EXCLUSIVE")
    browser.execute("UPDATE profiles SET created = created")
    try:
        with pytest.raises(SaveFailed) as raised:
            ProgressStore(path, clock=lambda: MOMENT, busy_timeout=0.2)
    finally:
        browser.execute("ROLLBACK")
        browser.close()
    assert raised.value.kind is ProblemKind.LOCKED
    assert corrupt_names(tmp_path) == []
    with ProgressStore(path) as store:
        assert store.recovered_from is None
        assert len(store.round_ids()) == 3


def test_a_lock_while_playing_is_a_locked_save_failure_and_the_next_try_works(
    tmp_path: Path,
) -> None:
    """A write held up past the busy timeout raises SaveFailed(LOCKED); after the lock, it saves."""
    path = tmp_path / "progress.db"
    played(path, rounds=0)
    store = ProgressStore(path, busy_timeout=0.1)
    attempt = store.start_attempt(store.profiles()[0].id, "pack", "hash", started=MOMENT)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(SaveFailed) as raised:
            store.record_round(attempt, round_record("held"), finished=MOMENT)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert raised.value.kind is ProblemKind.LOCKED
    store.record_round(attempt, round_record("held"), finished=MOMENT)
    assert store.round_ids() == ["held"]
    store.close()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_store_opens_for_reading_and_every_write_says_read_only(
    tmp_path: Path, what: str
) -> None:
    """A read-only progress.db or folder: READ_ONLY at open; with read_only_ok, profiles show."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "progress.db"
    played(path)
    target = folder if what == "folder" else path
    make_read_only(target)
    try:
        with pytest.raises(SaveFailed) as refused:
            ProgressStore(path)
        assert refused.value.kind is ProblemKind.READ_ONLY
        assert isinstance(refused.value, OSError)
        with ProgressStore(path, read_only_ok=True) as store:
            assert store.read_only is ProblemKind.READ_ONLY
            assert [profile.name for profile in store.profiles()] == ["Айгүл"]
            with pytest.raises(SaveFailed) as raised:
                store.record_round(1, round_record("lost?"), finished=MOMENT)
            assert raised.value.kind is ProblemKind.READ_ONLY
            with pytest.raises(SaveFailed):
                store.create_profile("Бакыт", created=MOMENT)
    finally:
        make_writable(target)
    assert corrupt_names(folder) == []


@pytest.mark.parametrize("kind", list(ProblemKind))
@pytest.mark.parametrize("language", ["ky", "ru"])
def test_every_save_failure_has_a_translated_message(kind: ProblemKind, language: str) -> None:
    """The player reads why progress cannot be saved in their own language."""
    english = save_message(kind, Translator("en"))
    translated = SaveFailed(kind, "detail").message(Translator(language))
    assert translated and translated != english
    assert "{" not in translated


@pytest.mark.parametrize("kind", [ProblemKind.LOCKED, ProblemKind.READ_ONLY, ProblemKind.DISK_FULL])
@pytest.mark.parametrize("language", ["ky", "ru"])
def test_a_store_that_cannot_open_says_why_in_the_players_language(
    kind: ProblemKind, language: str
) -> None:
    """A second game (LOCKED) is told plainly that Okuya seems to be open already."""
    english = opening_message(kind, Translator("en"))
    translated = SaveFailed(kind, "detail").opening_message(Translator(language))
    assert translated != english
    if kind is ProblemKind.LOCKED:
        assert "open already" in english
