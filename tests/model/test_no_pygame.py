"""The model, loader and checker are plain Python: they import and run with pygame unimportable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

BLOCKER = """
import sys

class RefusePygame:
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" or name.startswith("pygame."):
            raise ImportError("pygame is blocked in this test")
        return None

sys.meta_path.insert(0, RefusePygame())
import game.model
import game.model.loader, game.model.report, game.model.schema, game.model.template
from game.model.loader import load_pack
pack = load_pack(sys.argv[1]).pack
assert "pygame" not in sys.modules
print(pack.id)
"""


def test_game_model_imports_and_loads_a_pack_without_pygame() -> None:
    """A meta-path blocker makes any pygame import fail; the model does not notice."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, str(REPOSITORY / "tests" / "model" / "example_pack")],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "moon-landing-1969"


def test_okuya_check_runs_without_pygame() -> None:
    """``python -m game check`` works with pygame set to None in sys.modules."""
    script = (
        "import sys; sys.modules['pygame'] = None; from game.cli import main; "
        "sys.exit(main(['check', sys.argv[1]]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(REPOSITORY / "tests" / "model" / "example_pack")],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(": ok")
