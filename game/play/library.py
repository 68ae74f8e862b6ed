"""The pack library: find the pack folders, load each with the checker, keep it until it changes.

A pack is loaded once and kept by folder while its files (their modification times) and the
language stay the same; a broken pack becomes an entry with its problems, never an exception.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from game.i18n import Translator
from game.model.errors import PackError, Problem
from game.model.pack import Pack
from game.paths import DataNotFoundError, data_dir
from game.play.watch import snapshot
from game.storage.locations import PACKS_FOLDER
from game.storage.store import Profile, ProgressStore

log = logging.getLogger(__name__)

PACK_FILE = "pack.yaml"

FilesStamp = tuple[tuple[str, float], ...]


@dataclass
class PackEntry:
    """One pack folder as the list shows it: loaded, or with the problems that stop it."""

    folder: Path
    builtin: bool
    pack: Pack | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    language: str = "en"


def load_entry(folder: Path | str, translator: Translator, builtin: bool = False) -> PackEntry:
    """Load the pack in ``folder``; never raise (problems go into the entry)."""
    # Imported here, not at the top: the loader and the checker take about a tenth of a
    # second to import, and the game's first frame does not need them (packs load at idle).
    from game.model.loader import load_pack

    folder = Path(folder)
    entry = PackEntry(folder=folder, builtin=builtin, language=translator.language)
    try:
        loaded = load_pack(folder, translator)
    except PackError as error:
        entry.problems = [problem for problem in error.problems if problem.is_error]
        entry.warnings = [problem for problem in error.problems if not problem.is_error]
    except (OSError, ValueError, RecursionError, MemoryError) as error:
        # The loader promises PackError only; this is a last guard so the list never crashes.
        entry.problems = [
            Problem("error", str(folder), 0, 0, "", str(error) or type(error).__name__)
        ]
    else:
        entry.pack = loaded.pack
        entry.warnings = list(loaded.warnings)
    return entry


def files_stamp(folder: Path) -> FilesStamp:
    """Return the modification times of a pack's files, to tell when it must be loaded again."""
    return tuple(sorted(snapshot(folder).items()))


def user_packs_folder(data_folder: Path) -> Path:
    """Return the folder of the user's own packs (``<data>/packs``)."""
    return data_folder / PACKS_FOLDER


def pack_folders(pack_path: Path | None, data_folder: Path) -> list[tuple[Path, bool]]:
    """Return (folder, built-in?) for every pack to list: ``pack_path`` only, or built-in and own."""
    if pack_path is not None:
        return [(Path(pack_path), False)]
    folders: list[tuple[Path, bool]] = []
    try:
        content = data_dir("content")
        folders += [
            (path, True) for path in sorted(content.iterdir()) if (path / PACK_FILE).is_file()
        ]
    except (DataNotFoundError, OSError):
        pass
    try:
        own = user_packs_folder(data_folder)
        if own.is_dir():
            # Hidden folders are an import's unpacking (`.import-*`) or a replaced copy.
            folders += [
                (path, False)
                for path in sorted(own.iterdir())
                if path.is_dir() and not path.name.startswith(".")
            ]
    except OSError:
        pass
    return folders


class PackLibrary:
    """Every pack the game lists, loaded on demand and cached by file stamp and language."""

    def __init__(self, pack_path: Path | None, data_folder: Path) -> None:
        self.pack_path = pack_path
        self.data_folder = data_folder
        self._cache: dict[str, tuple[tuple[FilesStamp, str], PackEntry]] = {}

    def folders(self) -> list[tuple[Path, bool]]:
        """Return (folder, built-in?) for every pack to list."""
        return pack_folders(self.pack_path, self.data_folder)

    def entry(self, folder: Path, builtin: bool, translator: Translator) -> PackEntry:
        """Return the pack in ``folder``, loading it only when its files or the language changed."""
        key = str(folder)
        stamp = (files_stamp(folder), translator.language)
        found = self._cache.get(key)
        if found is not None and found[0] == stamp:
            return found[1]
        entry = load_entry(folder, translator, builtin)
        self._cache[key] = (stamp, entry)
        return entry

    def entries(self, translator: Translator) -> list[PackEntry]:
        """Return the entry of every pack folder, in list order."""
        return [self.entry(folder, builtin, translator) for folder, builtin in self.folders()]

    def loaded_entries(self) -> list[PackEntry]:
        """Return the entries already loaded, broken ones included, in the order first loaded."""
        return [entry for _, entry in self._cache.values()]

    def loaded_packs(self) -> list[Pack]:
        """Return the packs already loaded (for warming their catalogues)."""
        return [entry.pack for entry in self.loaded_entries() if entry.pack is not None]

    def first_builtin(self, translator: Translator) -> Pack | None:
        """Return the first built-in pack that loads (the menu's practice uses it)."""
        for folder, builtin in self.folders():
            entry = self.entry(folder, builtin, translator)
            if builtin and entry.pack is not None:
                return entry.pack
        return None

    def first_playable(self, translator: Translator) -> Pack | None:
        """Return the first listed pack that loads, built-in or not."""
        for folder, builtin in self.folders():
            entry = self.entry(folder, builtin, translator)
            if entry.pack is not None:
                return entry.pack
        return None


def best_scores(store: ProgressStore | None, profile: Profile | None) -> dict[str, float]:
    """Return the player's best finished score (0-1) per pack id; empty when nothing is saved.

    An unreadable store only hides the best scores: the pack list still shows.
    """
    if store is None or profile is None:
        return {}
    try:
        return store.best_scores(profile.id)
    except Exception:
        log.exception("could not read the best scores")
        return {}
