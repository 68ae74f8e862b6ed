"""Fixtures for the UI tests: the dummy video and audio drivers, a temporary data folder, packs."""

from __future__ import annotations

import os

# Before pygame is imported anywhere: no window, no sound card.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "model" / "example_pack"

BROKEN_PACK_YAML = """\
format: 1
id: broken-pack
title: A pack with mistakes
language: en
source:
  title: Some article
  publisher: Nobody
people: []
events:
  - id: one
    when: 2020-10-05
    text: Something happened.
    evidence: something
play:
  - timeline:
      id: order
      title: Order
      events: [one, missing-event]
"""


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return an empty data folder and point OKUYA_DATA_DIR at it."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("OKUYA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def user_packs(data_dir: Path) -> Path:
    """Put a valid pack and a broken pack into the user's packs folder; return the folder."""
    packs = data_dir / "packs"
    packs.mkdir()
    shutil.copytree(EXAMPLE_PACK, packs / "moon-landing")
    broken = packs / "broken-pack"
    broken.mkdir()
    (broken / "pack.yaml").write_text(BROKEN_PACK_YAML, encoding="utf-8")
    return packs


@pytest.fixture
def make_driver(data_dir: Path) -> Iterator[Callable[..., object]]:
    """Return a function that builds a UI driver on the temporary data folder (closed afterwards)."""
    from game.devtools.driver import UiDriver

    drivers: list[UiDriver] = []

    def make(**options: object) -> UiDriver:
        options.setdefault("data_dir", data_dir)
        driver = UiDriver(**options)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.close()


@pytest.fixture
def start_as_player(make_driver: Callable[..., object]) -> Callable[..., object]:
    """Return a function that starts the game, creates a player and returns the driver on the menu."""
    import pygame

    def start(name: str = "Айгүл", **options: object):
        options.setdefault("language", "en")
        driver = make_driver(**options)
        assert driver.screen_name == "profiles"
        driver.type_text(name)
        driver.press(pygame.K_RETURN)
        assert driver.screen_name == "menu"
        return driver

    return start
