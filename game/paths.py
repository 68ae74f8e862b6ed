"""Find the game's data folders, in a source checkout and in an installed wheel.

A wheel carries ``assets/``, ``content/`` and ``locales/`` inside the package as
``game/_data/<name>``; a source checkout (and the editable install) keeps them at the
top of the repository. This is the one asset resolver: everything that needs a file
that ships with the game asks here.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_FOLDERS = ("assets", "content", "locales")


class DataNotFoundError(FileNotFoundError):
    """Raise when a shipped data file is missing; the message lists every place searched."""


def candidate_roots() -> list[Path]:
    """Return the folders that may hold the data folders, most specific first."""
    return [PACKAGE_DIR / "_data", PACKAGE_DIR.parent]


def data_dir(name: str) -> Path:
    """Return the folder ``name`` (``assets``, ``content`` or ``locales``) that ships with the game."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; expected one of {DATA_FOLDERS}")
    searched = []
    for root in candidate_roots():
        folder = root / name
        if folder.is_dir():
            return folder
        searched.append(str(folder))
    raise DataNotFoundError(f"data folder {name!r} not found; searched: {', '.join(searched)}")


def resolve(name: str, *parts: str) -> Path:
    """Return the path of a shipped file such as ``resolve('assets', 'fonts', 'x.ttf')``."""
    searched = []
    for root in candidate_roots():
        path = root.joinpath(name, *parts)
        if path.exists():
            return path
        searched.append(str(path))
    raise DataNotFoundError(
        f"{'/'.join((name, *parts))} not found; searched: {', '.join(searched)}"
    )
