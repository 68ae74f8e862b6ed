"""Short sound effects (select, pick up, drop, right, wrong, fanfare), silent when they cannot play.

The WAVs in ``assets/sounds/`` are made by ``tools/make_sounds.py``. A school PC may have no
audio device, a broken driver or a muted mixer: then the game runs silently. Nothing here
ever raises into the game.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

from game.paths import DataNotFoundError, resolve

SOUND_NAMES = ("select", "pick_up", "drop", "right", "wrong", "fanfare")
# A small buffer keeps the click of a card close to the click of the mouse.
MIXER_BUFFER = 512

log = logging.getLogger(__name__)

# SDL reports a missing or broken audio device in several ways depending on the platform.
AUDIO_ERRORS = (pygame.error, OSError, ValueError, NotImplementedError, AttributeError)


class Sounds:
    """Load the effects once and play them by name at the player's volume, or stay silent."""

    def __init__(
        self, volume: float = 1.0, enabled: bool = True, folder: Path | None = None
    ) -> None:
        self._volume = _clamp(volume)
        self._enabled = bool(enabled)
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        if _start_mixer():
            self._sounds = _load_sounds(folder)
        self._apply_volume()

    @property
    def available(self) -> bool:
        """Return whether sounds can actually be heard on this machine."""
        return bool(self._sounds)

    @property
    def volume(self) -> float:
        """Return the volume, 0 (silent) to 1 (full)."""
        return self._volume

    @property
    def enabled(self) -> bool:
        """Return whether sound is switched on in the settings."""
        return self._enabled

    def play(self, name: str) -> None:
        """Play the effect ``name`` once; do nothing if muted, silent or unknown."""
        sound = self._sounds.get(name)
        if sound is None or not self._enabled or self._volume <= 0:
            return
        try:
            sound.play()
        except AUDIO_ERRORS as error:
            log.debug("could not play %s: %s", name, error)

    def set_volume(self, volume: float) -> None:
        """Set the volume for every effect, 0 (silent) to 1 (full)."""
        self._volume = _clamp(volume)
        self._apply_volume()

    def set_enabled(self, enabled: bool) -> None:
        """Switch sound on or off; switching off also stops what is playing."""
        self._enabled = bool(enabled)
        if not self._enabled and self._sounds:
            try:
                pygame.mixer.stop()
            except AUDIO_ERRORS as error:
                log.debug("could not stop the mixer: %s", error)

    def _apply_volume(self) -> None:
        """Give every loaded effect the current volume."""
        for name, sound in self._sounds.items():
            try:
                sound.set_volume(self._volume)
            except AUDIO_ERRORS as error:
                log.debug("could not set the volume of %s: %s", name, error)


class SoundService:
    """The game's sounds, built with the context and loaded after the first frame.

    Audio start-up can be slow, so :meth:`load` runs once the first frame is shown; until
    then, and for good after any failure, the game is silent.
    """

    def __init__(self, volume: float = 1.0, enabled: bool = True) -> None:
        self.volume = volume
        self.enabled = enabled
        self.player: Sounds | None = None

    def load(self) -> None:
        """Start the mixer and load the effects (silent when there is no audio device)."""
        try:
            self.player = Sounds(volume=self.volume, enabled=self.enabled)
        except Exception:  # no audio device or no mixer: the game runs silently
            self.player = None

    def play(self, name: str) -> None:
        """Play the effect ``name`` if sound is on; go silent if playing fails."""
        if self.player is None or not self.enabled:
            return
        try:
            self.player.play(name)
        except Exception:  # a sound must never stop the game: go silent instead
            self.player = None

    def set_enabled(self, enabled: bool) -> None:
        """Switch sound on or off."""
        self.enabled = enabled
        if self.player is not None:
            self.player.set_enabled(enabled)

    def set_volume(self, volume: float) -> None:
        """Set the volume, 0 (silent) to 1 (full)."""
        self.volume = volume
        if self.player is not None:
            self.player.set_volume(volume)


def _clamp(volume: float) -> float:
    """Return the volume limited to 0..1 (anything unreadable counts as silent)."""
    try:
        return min(1.0, max(0.0, float(volume)))
    except (TypeError, ValueError):
        return 0.0


def _start_mixer() -> bool:
    """Start the mixer if it is not running; return whether it runs."""
    try:
        if pygame.mixer.get_init():
            return True
        pygame.mixer.init(buffer=MIXER_BUFFER)
        return bool(pygame.mixer.get_init())
    except AUDIO_ERRORS as error:
        log.info("no sound: the audio device could not start (%s)", error)
        return False


def _load_sounds(folder: Path | None) -> dict[str, pygame.mixer.Sound]:
    """Load every effect that exists and decodes; skip the others."""
    sounds = {}
    for name in SOUND_NAMES:
        try:
            path = folder / f"{name}.wav" if folder else resolve("assets", "sounds", f"{name}.wav")
            sounds[name] = pygame.mixer.Sound(str(path))
        except (*AUDIO_ERRORS, DataNotFoundError, FileNotFoundError) as error:
            log.info("sound %s unavailable: %s", name, error)
    return sounds
