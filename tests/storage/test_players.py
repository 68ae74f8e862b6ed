"""The store's facade for the game: profiles and settings, with or without a store."""

from __future__ import annotations

from pathlib import Path

from game.storage.players import SESSION_PROFILE_ID, Players, is_saved, open_store
from game.storage.settings import Settings
from tests.storage.conftest import MOMENT


def test_settings_chosen_before_any_player_become_the_computers_defaults(store) -> None:
    """Saving with no profile keeps the settings as the defaults and ends the first start."""
    players = Players(store, clock=lambda: MOMENT)
    assert players.first_start

    players.save_settings(None, Settings(language="ky", text_scale=1.25))

    assert not players.first_start
    assert players.load_settings(None) == Settings(language="ky", text_scale=1.25)


def test_a_players_settings_are_kept_for_them_and_copied_to_the_defaults(store) -> None:
    """A profile's settings come back for that profile and open the next start."""
    players = Players(store, clock=lambda: MOMENT)
    aigul = players.create_profile("Айгүл")

    assert players.load_settings(aigul) is None
    players.save_settings(aigul, Settings(language="ru", high_contrast=True))

    assert players.load_settings(aigul) == Settings(language="ru", high_contrast=True)
    assert players.load_settings(None) == Settings(language="ru", high_contrast=True)


def test_the_player_who_played_last_is_listed_first(store) -> None:
    """Touching a profile puts it first; the rest follow by name."""
    players = Players(store, clock=lambda: MOMENT)
    for name in ("Бекзат", "Айгүл", "Чолпон"):
        players.create_profile(name)
    last = next(profile for profile in players.profiles() if profile.name == "Чолпон")

    players.touch(last)

    assert [profile.name for profile in players.profiles()] == ["Чолпон", "Айгүл", "Бекзат"]


def test_without_a_store_a_player_lasts_for_the_session() -> None:
    """No store: a new profile is of this session only, and nothing is saved or listed."""
    players = Players(None, clock=lambda: MOMENT)

    guest = players.create_profile("Гость")
    players.save_settings(guest, Settings(language="ky"))

    assert guest.id == SESSION_PROFILE_ID and not is_saved(guest)
    assert players.profiles() == [] and players.load_settings(guest) is None
    assert players.first_start


def test_a_store_that_cannot_be_made_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """A data folder that is a file gives no store and a reason."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")

    opened = open_store(blocker)

    assert opened.store is None and opened.problem
