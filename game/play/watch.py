"""Notice when a pack's files change (``okuya play --pack PATH --watch``), by polling mtimes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

POLL_SECONDS = 1.0
WATCHED_FOLDERS = ("images", "locales")


def snapshot(folder: Path) -> dict[str, float]:
    """Return the modification time of pack.yaml and of every file under images/ and locales/."""
    times: dict[str, float] = {}
    candidates = [folder / "pack.yaml"] if folder.is_dir() else [folder]
    if folder.is_dir():
        for name in WATCHED_FOLDERS:
            sub = folder / name
            if sub.is_dir():
                candidates.extend(path for path in sub.rglob("*") if path.is_file())
    for path in candidates:
        try:
            times[str(path)] = path.stat().st_mtime
        except OSError:
            continue
    return times


class PackWatcher:
    """Poll a pack folder at most once per ``interval`` seconds; report when anything changed."""

    def __init__(
        self,
        path: Path | str,
        interval: float = POLL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        path = Path(path)
        self.folder = path.parent if path.name == "pack.yaml" else path
        self.interval = interval
        self.clock = clock
        self.last_poll = clock()
        self.times = snapshot(self.folder)

    def changed(self) -> bool:
        """Return True once after the pack's files changed since the last call."""
        now = self.clock()
        if now - self.last_poll < self.interval:
            return False
        self.last_poll = now
        times = snapshot(self.folder)
        if times == self.times:
            return False
        self.times = times
        return True
