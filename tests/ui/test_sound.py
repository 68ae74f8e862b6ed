"""The sound effects: small committed WAVs from the generator, played or silently skipped."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import importlib.util
import wave
from array import array
from pathlib import Path
from types import ModuleType

import pygame
import pytest

from game.paths import resolve
from game.ui import sound
from game.ui.sound import SOUND_NAMES, Sounds

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_sounds.py"


def load_tool() -> ModuleType:
    """Import tools/make_sounds.py, which is a script rather than part of the package."""
    spec = importlib.util.spec_from_file_location("make_sounds", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_every_sound_is_a_short_small_16_bit_mono_wav(name: str) -> None:
    """Each effect decodes with the standard library, is short, small and audible, not clipped."""
    path = resolve("assets", "sounds", f"{name}.wav")
    assert path.stat().st_size <= 60_000
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    assert 0.03 < seconds < (2.5 if name == "fanfare" else 1.5)
    samples = array("h", frames)
    loudest = max(abs(value) for value in samples)
    assert 8000 < loudest < 32767
    assert abs(samples[0]) < 2000 and abs(samples[-1]) < 2000


def test_the_committed_sounds_are_what_the_generator_makes(tmp_path: Path) -> None:
    """Running tools/make_sounds.py again writes the very same files (seeded, stdlib only)."""
    assert load_tool().main(["--folder", str(tmp_path)]) == 0
    for name in SOUND_NAMES:
        committed = resolve("assets", "sounds", f"{name}.wav").read_bytes()
        assert (tmp_path / f"{name}.wav").read_bytes() == committed


def test_sounds_play_with_the_dummy_audio_driver() -> None:
    """With a (dummy) device every effect loads and plays, at any volume, without raising."""
    sounds = Sounds(volume=0.5)
    assert sounds.available
    for name in SOUND_NAMES:
        sounds.play(name)
    sounds.set_volume(0)
    sounds.play("fanfare")
    sounds.set_enabled(False)
    sounds.play("right")
    sounds.play("no-such-sound")
    assert sounds.volume == 0 and not sounds.enabled


def test_the_volume_is_kept_between_silent_and_full() -> None:
    """Out-of-range or unreadable volumes are limited to 0..1."""
    sounds = Sounds()
    sounds.set_volume(3)
    assert sounds.volume == 1.0
    sounds.set_volume(-2)
    assert sounds.volume == 0.0
    sounds.set_volume("loud")  # type: ignore[arg-type]
    assert sounds.volume == 0.0


def test_the_game_stays_silent_without_an_audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the mixer cannot start, sounds are unavailable and every call is a quiet no-op."""

    def no_device(*arguments: object, **options: object) -> None:
        """Fail as SDL does on a machine without sound."""
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    sounds = Sounds(volume=1.0)
    assert not sounds.available
    for name in SOUND_NAMES:
        sounds.play(name)
    sounds.set_volume(0.3)
    sounds.set_enabled(False)
    sounds.set_enabled(True)


def test_missing_sound_files_are_skipped(tmp_path: Path) -> None:
    """A folder without the WAVs gives no sounds but no error either."""
    sounds = Sounds(folder=tmp_path)
    assert not sounds.available
    sounds.play("select")


def test_a_sound_that_fails_to_play_does_not_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error from the mixer while playing is swallowed: sound is never worth a crash."""
    sounds = Sounds()

    class BrokenSound:
        """Stand in for a sound whose device has gone away."""

        def play(self) -> None:
            """Fail to play."""
            raise pygame.error("device lost")

        def set_volume(self, volume: float) -> None:
            """Fail to change the volume."""
            raise pygame.error("device lost")

    monkeypatch.setattr(sounds, "_sounds", {"select": BrokenSound()})
    sounds.play("select")
    sounds.set_volume(0.5)


def test_the_sound_service_is_silent_until_loaded_and_after_a_failure() -> None:
    """Before loading, and once playing failed, the service plays nothing and raises nothing."""
    service = sound.SoundService(volume=0.5, enabled=True)
    service.play("select")

    class Failing:
        """A player whose every sound fails."""

        def play(self, name: str) -> None:
            """Fail to play."""
            raise RuntimeError("device lost")

    service.player = Failing()  # type: ignore[assignment]
    service.play("select")

    assert service.player is None
