"""Generate the game's short sound effects as small WAV files in assets/sounds/.

Run once from the repository root: ``python3 tools/make_sounds.py``. The output is committed,
so the game never synthesises sound at run time. Only the standard library is used, and
noise comes from a seeded ``random.Random``, so running the script again writes the same
files byte for byte. Every sound is 16-bit mono at 22,050 Hz, soft-edged (no clicks) and
gentle: a quiz for a classroom, not an arcade.
"""

from __future__ import annotations

import argparse
import math
import random
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

SAMPLE_RATE = 22050
PEAK = 0.6
SOUNDS_DIR = Path(__file__).resolve().parents[1] / "assets" / "sounds"

Samples = list[float]


def silence(seconds: float) -> Samples:
    """Return ``seconds`` of silence."""
    return [0.0] * round(seconds * SAMPLE_RATE)


def tone(
    start_hz: float,
    seconds: float,
    end_hz: float | None = None,
    harmonics: tuple[float, ...] = (1.0,),
    attack: float = 0.005,
    decay: float = 6.0,
) -> Samples:
    """Return a note gliding from ``start_hz`` to ``end_hz``, with harmonics and a soft envelope."""
    end_hz = start_hz if end_hz is None else end_hz
    count = round(seconds * SAMPLE_RATE)
    samples = []
    phase = 0.0
    for index in range(count):
        moment = index / SAMPLE_RATE
        share = index / max(1, count - 1)
        frequency = start_hz + (end_hz - start_hz) * share
        phase += 2 * math.pi * frequency / SAMPLE_RATE
        value = sum(
            weight * math.sin(phase * (number + 1)) for number, weight in enumerate(harmonics)
        )
        envelope = min(1.0, moment / attack) * math.exp(-decay * moment)
        # A short fade at the very end so the sound never stops with a click.
        envelope *= min(1.0, (count - index) / (0.004 * SAMPLE_RATE))
        samples.append(value * envelope)
    return samples


def soft_noise(seconds: float, chooser: random.Random, smoothing: float, decay: float) -> Samples:
    """Return a low, smoothed noise burst (a soft thud or puff)."""
    count = round(seconds * SAMPLE_RATE)
    samples = []
    level = 0.0
    for index in range(count):
        level += (chooser.uniform(-1, 1) - level) * smoothing
        moment = index / SAMPLE_RATE
        envelope = min(1.0, moment / 0.003) * math.exp(-decay * moment)
        envelope *= min(1.0, (count - index) / (0.004 * SAMPLE_RATE))
        samples.append(level * envelope)
    return samples


def mix(*layers: tuple[float, Samples]) -> Samples:
    """Return the layers added together, each (start second, samples)."""
    length = max(round(start * SAMPLE_RATE) + len(samples) for start, samples in layers)
    result = [0.0] * length
    for start, samples in layers:
        offset = round(start * SAMPLE_RATE)
        for index, value in enumerate(samples):
            result[offset + index] += value
    return result


def select_sound(chooser: random.Random) -> Samples:
    """Return a quiet, bright tick for moving focus or choosing."""
    return tone(1320, 0.06, harmonics=(1.0, 0.25), decay=60)


def pick_up_sound(chooser: random.Random) -> Samples:
    """Return a short rising chirp for lifting a card."""
    return tone(520, 0.13, end_hz=880, harmonics=(1.0, 0.3, 0.1), decay=18)


def drop_sound(chooser: random.Random) -> Samples:
    """Return a soft falling tap for putting a card down."""
    return mix(
        (0.0, tone(420, 0.16, end_hz=260, harmonics=(1.0, 0.35), decay=22)),
        (0.0, [value * 0.5 for value in soft_noise(0.08, chooser, 0.08, 45)]),
    )


def right_sound(chooser: random.Random) -> Samples:
    """Return a two-note rising chime (E5 then B5) for a right answer."""
    bell = (1.0, 0.4, 0.15, 0.05)
    return mix(
        (0.0, tone(659.3, 0.32, harmonics=bell, decay=9)),
        (0.11, tone(987.8, 0.5, harmonics=bell, decay=7)),
    )


def wrong_sound(chooser: random.Random) -> Samples:
    """Return a gentle, low two-note fall for a wrong answer: clear but never harsh."""
    soft = (1.0, 0.0, 0.18, 0.0, 0.06)
    return mix(
        (0.0, tone(246.9, 0.22, harmonics=soft, decay=8)),
        (0.16, tone(207.7, 0.42, harmonics=soft, decay=7)),
    )


def fanfare_sound(chooser: random.Random) -> Samples:
    """Return a short bright arpeggio (C5 E5 G5, then a held C6 chord) for finishing a pack."""
    brass = (1.0, 0.5, 0.3, 0.15, 0.08)
    notes = [(0.0, 523.3), (0.13, 659.3), (0.26, 784.0)]
    layers = [(start, tone(hz, 0.3, harmonics=brass, attack=0.01, decay=7)) for start, hz in notes]
    for hz in (1046.5, 784.0, 659.3):
        layers.append((0.4, tone(hz, 0.85, harmonics=brass, attack=0.015, decay=3.2)))
    return mix(*layers)


SOUNDS: dict[str, Callable[[random.Random], Samples]] = {
    "select": select_sound,
    "pick_up": pick_up_sound,
    "drop": drop_sound,
    "right": right_sound,
    "wrong": wrong_sound,
    "fanfare": fanfare_sound,
}


def write_wav(path: Path, samples: Samples) -> None:
    """Normalise the samples to a gentle peak and write them as 16-bit mono PCM."""
    loudest = max((abs(value) for value in samples), default=0.0) or 1.0
    pcm = array("h", (round(value / loudest * PEAK * 32767) for value in samples))
    if pcm.itemsize != 2:
        raise RuntimeError("this platform's array('h') is not 16-bit")
    if array("h", [1]).tobytes() != (1).to_bytes(2, "little"):
        pcm.byteswap()  # WAV is little-endian.
    with wave.open(str(path), "wb") as output:
        output.setnchannels(1)
        output.setsampwidth(2)
        output.setframerate(SAMPLE_RATE)
        output.writeframes(pcm.tobytes())


def main(argv: list[str] | None = None) -> int:
    """Write every sound effect into the sounds folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=SOUNDS_DIR, help="where to write the WAVs")
    arguments = parser.parse_args(argv)
    arguments.folder.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        samples = make(random.Random(f"okuya-{name}"))
        path = arguments.folder / f"{name}.wav"
        write_wav(path, samples)
        print(f"{path}: {len(samples) / SAMPLE_RATE:.2f} s, {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
