"""The UI's few calls into the progress store: open it, profiles, and settings per profile.

Kept in one place so the screens do not depend on the store's exact method names. Without
a store (it could not be opened) the game still runs; settings then last for the session.
Settings chosen before any profile exists (the first-start language) are kept as the
computer's defaults, and every profile's settings are also copied there, so the next start
opens in the language used last.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from game.ui.context import Settings

DEFAULT_SETTINGS_KEY = "default_settings"


def data_folder(data_dir: Path | None = None) -> Path:
    """Return the folder for the progress store: ``data_dir``, else ``OKUYA_DATA_DIR`` or the platform's."""
    if data_dir is not None:
        return Path(data_dir)
    from game.storage.locations import data_dir as default_data_dir

    return default_data_dir()


def user_packs_folder(data_dir: Path | None = None) -> Path:
    """Return the folder of the user's own packs (``<data>/packs``)."""
    from game.storage.locations import PACKS_FOLDER

    return data_folder(data_dir) / PACKS_FOLDER


def open_store(data_dir: Path | None = None) -> tuple[Any, str | None, str | None]:
    """Open the progress store.

    Return the store (None when it cannot be used), the file set aside when the old one
    was corrupt, and a reason when the store could not be opened at all.
    """
    from game.storage.locations import PROGRESS_FILE
    from game.storage.store import ProgressStore, StoreError

    folder = data_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = ProgressStore(folder / PROGRESS_FILE)
    except (OSError, StoreError, ValueError) as error:
        return None, None, str(error) or type(error).__name__
    recovered = getattr(store, "recovered_from", None)
    return store, (str(recovered) if recovered else None), None


def first_start(store: Any) -> bool:
    """Return True when the language has never been chosen on this computer."""
    if store is None:
        return True
    return not store.first_start_done


def profiles(store: Any) -> list[Any]:
    """Return the profiles, the one that played last first, then by name."""
    if store is None:
        return []
    found = list(store.profiles())
    last = store.last_profile_id
    found.sort(key=lambda profile: (profile.id != last, profile.name.casefold()))
    return found


def create_profile(store: Any, name: str) -> Any:
    """Create a profile called ``name`` and return it (raise ValueError for a bad or taken name)."""
    if store is None:
        return SessionProfile(name)
    return store.create_profile(name, created=dt.datetime.now(dt.UTC))


def load_settings(store: Any, profile: Any) -> Settings | None:
    """Return the saved settings of ``profile`` (None: the computer's defaults), or None if none."""
    if store is None:
        return None
    profile_id = getattr(profile, "id", None)
    if profile_id is None:
        data = store.get_app_setting(DEFAULT_SETTINGS_KEY)
        return Settings.from_dict(data) if isinstance(data, dict) else None
    saved = store.settings(profile_id)
    if saved.language is None:
        return None
    return Settings.from_dict(saved.as_items())


def save_settings(store: Any, profile: Any, settings: Settings) -> None:
    """Save ``settings`` for ``profile`` and as the computer's defaults."""
    if store is None:
        return
    from game.storage.settings import Settings as StoredSettings

    profile_id = getattr(profile, "id", None)
    if profile_id is not None:
        store.save_settings(profile_id, StoredSettings.from_items(settings.as_dict()))
    store.set_app_setting(DEFAULT_SETTINGS_KEY, settings.as_dict())
    if not store.first_start_done:
        store.first_start_done = True


def touch_profile(store: Any, profile: Any) -> None:
    """Remember ``profile`` as the one that played last."""
    profile_id = getattr(profile, "id", None)
    if store is not None and profile_id is not None:
        store.last_profile_id = profile_id


class SessionProfile:
    """A profile that lives only for this session (when there is no progress store)."""

    def __init__(self, name: str) -> None:
        self.id = None
        self.name = name
