"""The player's settings, kept per profile, and their checking when read back.

Settings are stored as one row per key so a newer or older game can ignore keys it does not
know; a value of the wrong type or out of range falls back to its default instead of
failing to start.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

TEXT_SCALE_RANGE = (1.0, 1.5)
VOLUME_RANGE = (0.0, 1.0)


@dataclass(frozen=True)
class Settings:
    """One profile's settings; ``language`` None means "not chosen yet"."""

    language: str | None = None
    text_scale: float = 1.0
    high_contrast: bool = False
    reduced_motion: bool = False
    sound: bool = True
    volume: float = 0.8
    fullscreen: bool = False

    def checked(self) -> Settings:
        """Return these settings with numbers clamped to their ranges."""
        return replace(
            self,
            text_scale=_clamp(self.text_scale, TEXT_SCALE_RANGE),
            volume=_clamp(self.volume, VOLUME_RANGE),
        )

    def as_items(self) -> dict[str, Any]:
        """Return the settings as key -> plain value."""
        return asdict(self)

    @classmethod
    def from_items(cls, items: dict[str, Any]) -> Settings:
        """Build settings from stored key -> value, skipping unknown keys and bad values."""
        defaults = cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in items:
                continue
            value = items[item.name]
            default = getattr(defaults, item.name)
            if item.name == "language":
                if value is None or isinstance(value, str):
                    values[item.name] = value
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    values[item.name] = value
            elif isinstance(value, int | float) and not isinstance(value, bool):
                values[item.name] = float(value)
        return cls(**values).checked()


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    low, high = bounds
    return min(high, max(low, float(value)))
