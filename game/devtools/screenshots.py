"""``okuya screenshots DIR``: render every screen headless to PNG files, in each language.

The screens are reached the way a player reaches them (through the UI driver): first start,
profiles, menu, the pack list with a broken pack beside the built-in one, settings, about,
every scene of the pack (each with its own picture), every kind of round (before and after
answering), feedback, results, the review of mistakes, the pause menu and the notice shown
when saved progress was damaged.

It writes only its own files: ``DIR/<lang>/NN-<screen>.png``. Files it wrote on an earlier
run are listed in ``DIR/<lang>/.okuya-screenshots`` and only those are replaced; anything
else in the folder is left alone, and a ``DIR/<lang>`` that is a file or a link is refused.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.devtools.driver import UiDriver

DEFAULT_LANGUAGES = ("ky", "ru", "en")
# The list of files a run wrote, so the next run replaces those and nothing else.
MANIFEST = ".okuya-screenshots"
# Larger windows would take gigabytes of pixels (20000x12000 took 3 GB): 8K is the most.
MAXIMUM_SIZE = (7680, 4320)
BROKEN_PACK = """\
format: 1
id: broken-example
title: A pack with mistakes
language: en
source:
  title: An article
  publisher: A newspaper
events:
  - id: vote
    when: 2020-10
    text: The vote.
    evidence: the vote
  - id: protest
    when: 2020-10-05
    text: The protest.
    evidence: the protest
play:
  - timeline:
      id: order
      title: Put them in order
      events: [vote, protest, missing-event]
      scoring: fastest
"""


def parse_size(text: str) -> tuple[int, int]:
    """Parse ``WIDTHxHEIGHT``; raise ValueError with a readable reason."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"{text!r} is not a size like 1280x720") from None
    if width < 960 or height < 540:
        raise ValueError(f"{text!r} is smaller than the game's minimum window, 960x540")
    if width > MAXIMUM_SIZE[0] or height > MAXIMUM_SIZE[1]:
        raise ValueError(f"{text!r} is larger than {MAXIMUM_SIZE[0]}x{MAXIMUM_SIZE[1]}")
    return width, height


class Shooter:
    """Save numbered screenshots of one language into one folder."""

    def __init__(self, driver: UiDriver, folder: Path) -> None:
        self.driver = driver
        self.folder = folder
        self.count = 0
        self.seen: set[tuple] = set()
        self.saved: list[Path] = []
        self.last_round = ""

    def shoot(self, name: str) -> None:
        """Save the current frame as ``NN-name.png``."""
        self.count += 1
        self.saved.append(self.driver.screenshot(self.folder / f"{self.count:02d}-{name}.png"))

    def observe(self, driver: UiDriver, stage: str) -> None:
        """Shoot each kind of play screen once per stage (shown, answered)."""
        name = driver.screen_name
        if name in ("timeline", "who_said", "quiz"):
            self.last_round = name
        # Feedback looks different after each kind of round: keep one of each. Every scene
        # has a picture of its own: keep each scene.
        label = f"feedback-{self.last_round}" if name == "feedback" else name
        scene = getattr(driver.current_screen, "scene", None)
        if name == "scene" and scene is not None:
            label = f"scene-{scene.id}"
        key = (label, stage)
        if key in self.seen:
            return
        self.seen.add(key)
        driver.settle(2.0)
        self.shoot(label if stage == "shown" else f"{label}-{stage}")


def shoot_language(
    language: str, folder: Path, size: tuple[int, int], text_scale: float
) -> list[Path]:
    """Render every screen in ``language`` into ``folder``; return the files written."""
    import pygame

    from game.devtools import autoplay
    from game.devtools.driver import UiDriver
    from game.ui.screen import PopTo, Push
    from game.ui.screens.notice import recovered_store_notice
    from game.ui.screens.pause import PauseScreen

    with tempfile.TemporaryDirectory(prefix="okuya-screens-") as temporary:
        data = Path(temporary)
        broken = data / "packs" / "broken-example"
        broken.mkdir(parents=True)
        (broken / "pack.yaml").write_text(BROKEN_PACK, encoding="utf-8")
        driver = UiDriver(data, language=None, size=size, text_scale=text_scale)
        shooter = Shooter(driver, folder)
        try:
            shooter.shoot("language")
            driver.app.stack.apply(driver.current_screen.choose(language))
            driver.render()
            shooter.shoot("profiles-first-player")
            autoplay.start_player(driver, "Айгүл")
            shooter.shoot("menu")
            menu = driver.current_screen
            driver.click(menu.play_button)
            driver.advance(0.1)
            shooter.shoot("packs-with-an-error")
            driver.press(pygame.K_ESCAPE)
            for button, name in ((menu.settings_button, "settings"), (menu.about_button, "about")):
                driver.click(button)
                driver.advance(0.1)
                shooter.shoot(name)
                driver.press(pygame.K_ESCAPE)
            autoplay.open_pack(driver)
            driver.app.stack.apply(Push(PauseScreen(driver.context)))
            driver.render()
            shooter.shoot("pause")
            driver.press(pygame.K_ESCAPE)
            autoplay.play_to_results(driver, right=False, observe=shooter.observe)
            shooter.shoot("results")
            results = driver.current_screen
            if getattr(results, "practise", None) is not None and results.practise.enabled:
                driver.click(results.practise)
                shooter.seen.clear()
                shooter.observe(driver, "review")
                autoplay.play_to_results(driver, right=True)
                shooter.shoot(driver.screen_name)
            driver.app.stack.apply(PopTo("menu"))
            driver.app.stack.apply(
                Push(recovered_store_notice(driver.context, "progress.corrupt-20261127.db"))
            )
            driver.render()
            shooter.shoot("notice-damaged-progress")
            driver.press(pygame.K_ESCAPE)
            driver.click(driver.current_screen.player_button)
            shooter.shoot("profiles")
        finally:
            driver.close()
    return shooter.saved


def screenshots_command(
    folder: str, languages: list[str] | None = None, size: str = "1280x720", text_scale: float = 1.0
) -> int:
    """Render every screen to PNG files under ``folder`` (one sub-folder per language)."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    try:
        window = parse_size(size)
    except ValueError as error:
        print(f"okuya screenshots: {error}", file=sys.stderr)
        return 2
    if not 1.0 <= text_scale <= 1.5:
        print("okuya screenshots: --text-scale must be between 1.0 and 1.5", file=sys.stderr)
        return 2
    root = Path(folder)
    total = 0
    for language in languages or DEFAULT_LANGUAGES:
        target = root / language
        try:
            _make_room(target)
        except OSError as error:
            print(f"okuya screenshots: {target}: {error}", file=sys.stderr)
            return 2
        try:
            saved = shoot_language(language, target, window, text_scale)
        except Exception as error:  # say which language failed and why, never a traceback
            print(
                f"okuya screenshots: {language}: {type(error).__name__}: {error}", file=sys.stderr
            )
            return 1
        (target / MANIFEST).write_text(
            "".join(f"{path.name}\n" for path in saved), encoding="utf-8"
        )
        total += len(saved)
        print(f"{language}: {len(saved)} screens in {target}")
    print(f"{total} screenshots written")
    return 0


def _make_room(target: Path) -> None:
    """Make ``target`` a folder and remove the screenshots an earlier run wrote there, only.

    Raise ``OSError`` with a plain reason when ``target`` is a file or a link.
    """
    if target.is_symlink():
        raise OSError("it is a link; give a folder of your own")
    if target.exists() and not target.is_dir():
        raise OSError("it is a file, not a folder")
    target.mkdir(parents=True, exist_ok=True)
    manifest = target / MANIFEST
    if not manifest.is_file():
        return
    for name in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
        written = target / name
        # Only a plain name of ours (NN-screen.png), never a path out of the folder.
        if "/" in name or "\\" in name or not name.endswith(".png") or written.is_symlink():
            continue
        written.unlink(missing_ok=True)
