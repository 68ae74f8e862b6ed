"""The UI's few calls into the progress store: open it, profiles, and settings per profile.

Kept in one place so the screens do not depend on the store's exact method names. Without
a store (it could not be opened) the game still runs; settings then last for the session.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from game.ui.context import Settings

# Settings saved before any profile exists (the first-start language choice) live under this key.
DEFAULTS_PROFILE = None


def data_folder(data_dir: Path | None = None) -> Path:
    """Return the folder for the progress store: ``data_dir``, ``OKUYA_DATA_DIR`` or the platform's."""
    if data_dir is not None:
        return Path(data_dir)
    try:
        from game.storage import locations

        return Path(locations.data_dir())
    except (ImportError, AttributeError):
        override = os.environ.get("OKUYA_DATA_DIR")
        if override:
            return Path(override)
        from platformdirs import user_data_path

        return user_data_path("okuya")


def open_store(data_dir: Path | None = None) -> tuple[Any, str | None]:
    """Open the progress store; return it (or None) and the file it recovered from, if any."""
    try:
        from game.storage import ProgressStore
    except ImportError:
        return None, None
    folder = data_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = ProgressStore(folder / "progress.db")
    except (OSError, ValueError) as error:
        return None, str(error)
    recovered = getattr(store, "recovered_from", None)
    return store, str(recovered) if recovered else None


def profiles(store: Any) -> list[Any]:
    """Return the profiles, most recently used first."""
    if store is None:
        return []
    return list(store.profiles())


def create_profile(store: Any, name: str) -> Any:
    """Create a profile called ``name`` and return it (a plain name without a store)."""
    if store is None:
        return _MemoryProfile(name)
    return store.create_profile(name)


def load_settings(store: Any, profile: Any) -> Settings | None:
    """Return the saved settings of ``profile`` (None: the defaults), or None when none were saved."""
    if store is None:
        return None
    profile_id = getattr(profile, "id", None)
    data = store.load_settings(profile_id)
    return Settings.from_dict(data) if data else None


def save_settings(store: Any, profile: Any, settings: Settings) -> None:
    """Save ``settings`` for ``profile`` (None: the defaults used before a profile is chosen)."""
    if store is None:
        return
    profile_id = getattr(profile, "id", None)
    store.save_settings(profile_id, settings.as_dict())
    if profile_id is not None:
        # The language chosen last also becomes the default for the profile screen.
        store.save_settings(None, settings.as_dict())


def touch_profile(store: Any, profile: Any) -> None:
    """Mark ``profile`` as the one used most recently."""
    touch = getattr(store, "touch_profile", None)
    if callable(touch) and getattr(profile, "id", None) is not None:
        touch(profile.id)


class _MemoryProfile:
    """A profile that lives only for this session (no progress store)."""

    def __init__(self, name: str) -> None:
        self.id = None
        self.name = name
