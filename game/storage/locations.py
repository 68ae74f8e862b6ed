"""Where Okuya keeps its files: the user data folder, the progress database, user packs.

    progress_path()     # <data>/progress.db
    user_packs_dir()    # <data>/packs, where `okuya import` puts packs

The data folder is platformdirs' ``user_data_path("okuya")`` unless the ``OKUYA_DATA_DIR``
environment variable names another (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_VARIABLE = "OKUYA_DATA_DIR"
PROGRESS_FILE = "progress.db"
PACKS_FOLDER = "packs"


def data_dir() -> Path:
    """Return the folder for Okuya's own files (not created here)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return user_data_path("okuya", appauthor=False)


def progress_path() -> Path:
    """Return the path of the progress database."""
    return data_dir() / PROGRESS_FILE


def user_packs_dir() -> Path:
    """Return the folder of packs the user imported or made."""
    return data_dir() / PACKS_FOLDER
