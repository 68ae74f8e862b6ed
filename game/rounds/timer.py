"""An optional round time limit, advanced by ``dt`` (seconds) from the game loop.

timer = RoundTimer(limit=60.0)
timer.update(0.016)
if timer.expired: ...
"""

from __future__ import annotations


class RoundTimer:
    """Count down a time limit in seconds; with no limit it never expires."""

    def __init__(self, limit: float | None) -> None:
        if limit is not None and limit <= 0:
            raise ValueError("a time limit must be more than 0 seconds")
        self.limit = limit
        self.elapsed = 0.0

    def update(self, dt: float) -> None:
        """Advance the clock by ``dt`` seconds (negative values are ignored)."""
        if dt > 0:
            self.elapsed += dt

    @property
    def remaining(self) -> float | None:
        """Return the seconds left, or None when there is no limit."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.elapsed)

    @property
    def expired(self) -> bool:
        """Return True once the limit has run out."""
        return self.limit is not None and self.elapsed >= self.limit
