"""Two games open on one data folder both work: no migration race, no lost profile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.storage.store import ProfileTaken, ProgressStore

from .conftest import MOMENT, round_record

ROOT = Path(__file__).parents[2]


def test_a_second_game_that_migrated_first_does_not_break_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another game migrating the new file between our version read and our write is harmless."""
    path = tmp_path / "progress.db"
    real = ProgressStore.schema_version
    others: list[ProgressStore] = []
    raced: list[bool] = []

    def racing_version(store: ProgressStore) -> int:
        version = real.fget(store)  # type: ignore[union-attr]
        if not raced:
            raced.append(True)
            others.append(ProgressStore(path))  # the other game opens the folder right now
        return version

    monkeypatch.setattr(ProgressStore, "schema_version", property(racing_version))
    first = ProgressStore(path)
    monkeypatch.undo()
    assert first.schema_version == others[0].schema_version
    profile = first.create_profile("Айгүл", created=MOMENT)
    attempt = first.start_attempt(profile.id, "pack", "hash", started=MOMENT)
    first.record_round(attempt, round_record("saved"), finished=MOMENT)
    assert others[0].round_ids() == ["saved"]
    first.close()
    others[0].close()


def test_the_same_new_player_in_two_games_gets_one_profile_both_can_save_to(
    tmp_path: Path,
) -> None:
    """The second game's create_profile says the name is taken and hands over that profile."""
    path = tmp_path / "progress.db"
    with ProgressStore(path) as one, ProgressStore(path) as two:
        assert one.profiles() == two.profiles() == []
        made = one.create_profile("Айгүл", created=MOMENT)
        with pytest.raises(ProfileTaken) as taken:
            two.create_profile(" Айгүл ", created=MOMENT)
        assert isinstance(taken.value, ValueError)
        assert taken.value.profile == made
        for store, name in ((one, "from-one"), (two, "from-two")):
            attempt = store.start_attempt(made.id, "pack", "hash", started=MOMENT)
            store.record_round(attempt, round_record(name), finished=MOMENT)
        assert sorted(one.round_ids()) == ["from-one", "from-two"]


PLAYER = """
import sys
sys.path.insert(0, {root!r})
from game.storage.store import ProfileTaken, ProgressStore
from tests.storage.conftest import MOMENT, round_record
store = ProgressStore({path!r})
try:
    profile = store.create_profile("Айгүл", created=MOMENT)
except ProfileTaken as taken:
    profile = taken.profile
attempt = store.start_attempt(profile.id, "pack", "hash", started=MOMENT)
for number in range(40):
    store.record_round(attempt, round_record("{name}-" + str(number)), MOMENT)
store.close()
print("ok")
"""


@pytest.mark.slow
def test_two_games_started_at_once_on_a_new_folder_both_save_every_round(tmp_path: Path) -> None:
    """Two processes open the same new folder, make the same player and save 40 rounds each."""
    path = tmp_path / "data" / "progress.db"
    games = [
        subprocess.Popen(
            [sys.executable, "-c", PLAYER.format(root=str(ROOT), path=str(path), name=name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    results = [game.communicate(timeout=120) for game in games]
    assert [
        (game.returncode, out.strip()) for game, (out, _) in zip(games, results, strict=True)
    ] == [
        (0, "ok"),
        (0, "ok"),
    ], [err for _, err in results]
    with ProgressStore(path) as store:
        assert [profile.name for profile in store.profiles()] == ["Айгүл"]
        assert len(store.round_ids()) == 80
        assert store.quick_check()
