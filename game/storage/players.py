"""The few calls the game makes into the progress store: open it, profiles, settings per profile.

:class:`Players` wraps a :class:`ProgressStore` that may be missing (it could not be opened):
the game still runs then, and profiles and settings last for the session. Settings chosen
before any profile exists (the first-start language) are kept as the computer's defaults,
and every profile's settings are also copied there, so the next start opens in the language
used last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.storage.locations import PROGRESS_FILE
from game.storage.problems import SaveFailed
from game.storage.settings import Settings
from game.storage.store import Profile, ProgressStore, StoreError

DEFAULT_SETTINGS_KEY = "default_settings"
# The id of a profile that lives only for this session (no store): SQLite ids start at 1.
SESSION_PROFILE_ID = 0


@dataclass(frozen=True)
class OpenedStore:
    """The result of opening the progress store."""

    store: ProgressStore | None
    # The corrupt file that was set aside, when the old store could not be read.
    recovered_from: str | None = None
    # Why the store could not be opened at all (progress then lasts one session).
    problem: str | None = None
    # The typed reason (locked, read-only, disk full ...), when it is one the player can fix.
    failure: SaveFailed | None = None


def open_store(folder: Path) -> OpenedStore:
    """Open the progress store in ``folder``; never raise (a problem is returned instead)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = ProgressStore(folder / PROGRESS_FILE)
    except SaveFailed as failure:
        return OpenedStore(None, None, str(failure) or failure.kind.name, failure)
    except (OSError, StoreError, ValueError) as error:
        return OpenedStore(None, None, str(error) or type(error).__name__)
    recovered = store.recovered_from
    return OpenedStore(store, str(recovered) if recovered else None, None)


def is_saved(profile: Profile | None) -> bool:
    """Return True when ``profile`` is kept in the store (not one of this session only)."""
    return profile is not None and profile.id != SESSION_PROFILE_ID


class Players:
    """Profiles and their settings, in the store when there is one, else for this session."""

    def __init__(
        self, store: ProgressStore | None, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self.store = store
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))

    @property
    def first_start(self) -> bool:
        """Return True when the language has never been chosen on this computer."""
        return self.store is None or not self.store.first_start_done

    def profiles(self) -> list[Profile]:
        """Return the profiles, the one that played last first, then by name."""
        if self.store is None:
            return []
        found = list(self.store.profiles())
        last = self.store.last_profile_id
        found.sort(key=lambda profile: (profile.id != last, profile.name.casefold()))
        return found

    def create_profile(self, name: str) -> Profile:
        """Create a profile called ``name`` (raise ValueError for a bad or taken name)."""
        if self.store is None:
            return Profile(SESSION_PROFILE_ID, name, self.clock().isoformat())
        return self.store.create_profile(name, created=self.clock())

    def load_settings(self, profile: Profile | None) -> Settings | None:
        """Return the saved settings of ``profile`` (None: the computer's defaults), or None."""
        if self.store is None:
            return None
        if not is_saved(profile):
            data = self.store.get_app_setting(DEFAULT_SETTINGS_KEY)
            return Settings.from_items(data) if isinstance(data, dict) else None
        assert profile is not None
        saved = self.store.settings(profile.id)
        return saved if saved.language is not None else None

    def save_settings(self, profile: Profile | None, settings: Settings) -> None:
        """Save ``settings`` for ``profile`` and as the computer's defaults."""
        if self.store is None:
            return
        if profile is not None and is_saved(profile):
            self.store.save_settings(profile.id, settings)
        self.store.set_app_setting(DEFAULT_SETTINGS_KEY, settings.as_items())
        if not self.store.first_start_done:
            self.store.first_start_done = True

    def touch(self, profile: Profile) -> None:
        """Remember ``profile`` as the one that played last."""
        if self.store is not None and is_saved(profile):
            self.store.last_profile_id = profile.id
