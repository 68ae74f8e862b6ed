"""The rules and the store never need pygame: they import with pygame made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
sys.modules["pygame"] = None  # any 'import pygame' now raises ImportError
import game.rounds.scoring, game.rounds.timeline, game.rounds.who_said, game.rounds.quiz
import game.rounds.session, game.rounds.review
import game.storage.store, game.storage.locations, game.storage.results, game.storage.packfiles
import game.model.moodle
assert not any(name == "pygame" or name.startswith("pygame.") for name in sys.modules if sys.modules[name])
print("imported without pygame")
"""


def test_rounds_and_storage_import_without_pygame() -> None:
    """game.rounds and game.storage (and the Moodle export) load with pygame blocked."""
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert "imported without pygame" in completed.stdout
