"""Previewing a pack on screen: the Ctrl+J step list, --step, and the step kept across reloads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame

from game.cli import main
from tests.ui.play_helpers import play_step, play_to_results

EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "model" / "example_pack"
CTRL = pygame.KMOD_CTRL


def watched_copy(tmp_path: Path) -> Path:
    """Return a copy of the example pack to edit while it is watched."""
    folder = tmp_path / "watched"
    shutil.copytree(EXAMPLE_PACK, folder)
    return folder


def start_playing(make_driver, folder: Path, **options):
    """Open the game on ``folder`` as a new player; return the driver, already in the play."""
    driver = make_driver(language=options.pop("language", "en"), pack_path=folder, **options)
    driver.type_text("Мугалим")
    driver.press(pygame.K_RETURN)
    return driver


def edit(driver, folder: Path, old: str, new: str, moment: int) -> None:
    """Change ``old`` to ``new`` in the watched pack.yaml and let the game notice it."""
    pack_file = folder / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    assert old in text
    pack_file.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(pack_file, (moment, moment))
    driver.app.watcher.interval = 0.0
    driver.app.poll_watcher()
    driver.render()


def test_ctrl_j_lists_every_step_with_its_number_kind_and_title(make_driver, tmp_path) -> None:
    """While watching, Ctrl+J opens the step list: numbers, kinds and titles of all five steps."""
    driver = start_playing(make_driver, watched_copy(tmp_path), watch=True)
    assert driver.screen_name == "scene"

    driver.press(pygame.K_j, mod=CTRL)

    assert driver.screen_name == "steps"
    assert driver.has("Go to a step")
    for label in (
        "1. Scene —",
        "2. Timeline — From a promise to the last mission",
        "3. Who said it? — Who said it?",
        "4. Quiz — Quiz",
        "5. Scene —",
    ):
        assert driver.has(label), driver.labels()


def test_a_click_in_the_step_list_jumps_to_that_step(make_driver, tmp_path) -> None:
    """Clicking a row of the step list closes it and shows that step's round."""
    driver = start_playing(make_driver, watched_copy(tmp_path), watch=True)
    driver.press(pygame.K_j, mod=CTRL)

    driver.click("4. Quiz — Quiz")

    assert driver.screen_name == "quiz"
    assert driver.context.play_host.play.current_step.id == "numbers"
    assert not any(screen.name == "steps" for screen in driver.app.stack.screens)


def test_the_step_list_works_with_arrows_enter_and_esc(make_driver, tmp_path) -> None:
    """Down twice and Enter goes two steps on; Esc closes the list and leaves the step alone."""
    driver = start_playing(make_driver, watched_copy(tmp_path), watch=True)
    driver.press(pygame.K_j, mod=CTRL)
    driver.press(pygame.K_ESCAPE)
    assert driver.screen_name == "scene"

    driver.press(pygame.K_j, mod=CTRL)
    assert driver.current_screen.focused_widget.label.startswith("1. ")
    driver.press(pygame.K_DOWN)
    driver.press(pygame.K_DOWN)
    driver.press(pygame.K_RETURN)

    assert driver.screen_name == "who_said"
    assert driver.context.play_host.play.index == 2


def test_ctrl_j_does_nothing_in_an_ordinary_play(make_driver) -> None:
    """Without --watch or --step a student's play has no step list."""
    driver = start_playing(make_driver, EXAMPLE_PACK)
    shown = driver.screen_name

    driver.press(pygame.K_j, mod=CTRL)

    assert driver.screen_name == shown != "steps"


def test_step_starts_the_play_at_that_step_and_offers_the_step_list(make_driver) -> None:
    """``--step 3`` opens the pack on its third step; Ctrl+J works there too."""
    driver = start_playing(make_driver, EXAMPLE_PACK, start_step=2)

    assert driver.screen_name == "who_said"
    driver.press(pygame.K_j, mod=CTRL)
    assert driver.screen_name == "steps"
    assert driver.current_screen.focused_widget.label.startswith("3. ")


def test_a_reload_replays_the_step_being_edited(make_driver, tmp_path) -> None:
    """Editing the pack while on step 3 reloads it on step 3, with the new text."""
    folder = watched_copy(tmp_path)
    driver = start_playing(make_driver, folder, watch=True)
    driver.press(pygame.K_j, mod=CTRL)
    driver.click("3. Who said it?")

    edit(driver, folder, "title: Who said it?", "title: Voices of Apollo", 10)

    assert driver.screen_name == "who_said"
    assert driver.context.play_host.play.current_step.id == "voices"
    assert driver.has("Voices of Apollo")
    assert "reloaded" in driver.app.toast.label


def test_a_removed_step_goes_to_the_nearest_one_and_says_so(make_driver, tmp_path) -> None:
    """Deleting the round on screen moves to the step after it, and a toast names the lost id."""
    folder = watched_copy(tmp_path)
    driver = start_playing(make_driver, folder, watch=True)
    driver.press(pygame.K_j, mod=CTRL)
    driver.click("3. Who said it?")
    voices = (
        "  - who_said:\n      id: voices\n      title: Who said it?\n"
        "      quotes: [small-step, desolation, not-easy]\n      extra_speakers: [collins]\n"
    )

    edit(driver, folder, voices, "", 10)

    assert driver.screen_name == "quiz"
    assert driver.context.play_host.play.current_step.id == "numbers"
    assert driver.app.toast.visible and "“voices”" in driver.app.toast.label


def test_a_broken_pack_then_fixed_goes_back_to_the_same_step(make_driver, tmp_path) -> None:
    """A reload that breaks the pack lists its problems; the fix goes on at the same step."""
    folder = watched_copy(tmp_path)
    driver = start_playing(make_driver, folder, watch=True)
    driver.press(pygame.K_j, mod=CTRL)
    driver.click("4. Quiz")

    edit(driver, folder, "questions: [crew-size,", "questions: [no-such-question,", 10)
    assert driver.screen_name == "packs"
    edit(driver, folder, "questions: [no-such-question,", "questions: [crew-size,", 20)

    assert driver.screen_name == "quiz"


def test_one_sitting_with_four_reloads_leaves_no_results_row(make_driver, tmp_path) -> None:
    """Rounds answered and four reloads while watching: ``okuya results --csv`` has no row."""
    folder = watched_copy(tmp_path)
    driver = start_playing(make_driver, folder, watch=True)
    play_step(driver)  # the opening scene
    assert play_step(driver, direct=True) == "timeline"
    assert driver.screen_name == "feedback"
    for moment in range(1, 5):
        edit(
            driver,
            folder,
            "scoring: longest_ordered_subset",
            "scoring: longest_ordered_subset",
            10 * moment,
        )
        # The round whose feedback was on screen is the one replayed.
        assert driver.screen_name == "timeline"
        assert driver.context.play_host.play.current_step.id == "race-to-the-moon"
    play_to_results(driver, direct=True)
    store = driver.context.store
    assert store is not None and "numbers" in store.round_ids()  # the rounds were kept ...
    out = tmp_path / "results.csv"

    assert main(["results", "--csv", "--out", str(out)]) == 0

    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1  # ... as previews only
