"""The i18n package works where pygame cannot be imported (only the UI may import it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]

PROGRAM = """
import importlib.abc, sys

class RefusePygame(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" or name.startswith("pygame."):
            raise ImportError("pygame is not allowed here")
        return None

sys.meta_path.insert(0, RefusePygame())
import game.i18n, game.i18n.commands, game.i18n.extract, game.i18n.font_coverage
from game.i18n import Translator
from game.model.when import When
translator = Translator("ru")
print(translator.format_when(When.parse("2020-10-05")), translator.gettext("Play"))
assert "pygame" not in sys.modules
"""


def test_i18n_imports_and_translates_with_pygame_unimportable() -> None:
    """Importing and using game.i18n never imports pygame."""
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "октября 2020" in result.stdout
