"""``okuya play --pack PATH --watch`` reloads the pack when its files change, showing errors calmly."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame

from game.play.watch import PackWatcher

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "model" / "example_pack"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_watcher_reports_a_change_once_and_only_after_its_interval(tmp_path):
    """The watcher reports a change once and only after its interval."""
    folder = tmp_path / "pack"
    shutil.copytree(EXAMPLE_PACK, folder)
    clock = FakeClock()
    watcher = PackWatcher(folder, interval=1.0, clock=clock)
    pack_file = folder / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(pack_file, (1, 1))
    assert not watcher.changed()  # checked at most once a second
    clock.now = 1.5
    assert watcher.changed()
    clock.now = 3.0
    assert not watcher.changed()


def test_a_broken_then_fixed_pack_shows_its_errors_then_plays_again(make_driver, tmp_path):
    """A broken then fixed pack shows its errors then plays again."""
    folder = tmp_path / "watched"
    shutil.copytree(EXAMPLE_PACK, folder)
    driver = make_driver(language="en", pack_path=folder, watch=True)
    driver.type_text("Айгүл")
    driver.press(pygame.K_RETURN)
    assert driver.context.pack.id == "moon-landing-1969"  # the watched pack opens at once
    watcher = driver.app.watcher
    assert watcher is not None
    watcher.interval = 0.0
    pack_file = folder / "pack.yaml"
    good = pack_file.read_text(encoding="utf-8")

    pack_file.write_text(
        good.replace("events: [kennedy-promise,", "events: [no-such-event,"), encoding="utf-8"
    )
    os.utime(pack_file, (10, 10))
    driver.app.poll_watcher()
    driver.render()
    assert driver.screen_name == "packs"
    card = driver.current_screen.cards[0]
    assert card.entry.pack is None
    assert any("no-such-event" in line for line, *_ in card.lines)

    pack_file.write_text(good, encoding="utf-8")
    os.utime(pack_file, (20, 20))
    driver.app.poll_watcher()
    driver.render()
    assert driver.screen_name not in ("packs", "menu")
    assert driver.context.pack.id == "moon-landing-1969"
