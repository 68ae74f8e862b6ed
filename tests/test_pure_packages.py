"""Everything but the window code imports and runs with pygame unimportable.

Only ``game/ui/``, ``game/devtools/`` and ``game/app.py`` may import pygame. The modules to
import are found on disk, so a new package (``game/play/``, ``game/classroom/`` ...) is
covered the day it is created, without anyone adding it to a list.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAME = ROOT / "game"
# The window code, and ``python -m game``, which starts the game when imported.
WINDOW_CODE = frozenset(("ui", "devtools", "app", "__main__"))
EXAMPLE_PACK = ROOT / "tests" / "model" / "example_pack"

PROGRAM = """
import importlib, io, json, sys

class RefusePygame:
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" or name.startswith("pygame."):
            raise ImportError("pygame is blocked in this test")
        return None

sys.meta_path.insert(0, RefusePygame())
try:
    import pygame
except ImportError:
    pass
else:
    raise SystemExit("the blocker let pygame through")
modules, example = json.loads(sys.argv[1]), sys.argv[2]
for name in modules:
    importlib.import_module(name)
from game.cli import main
from game.i18n import Translator
from game.model.loader import load_pack
from game.model.when import When
pack = load_pack(example).pack
saved, sys.stdout = sys.stdout, io.StringIO()
status = main(["check", example])
checked, sys.stdout = sys.stdout.getvalue(), saved
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "pygame")
print(json.dumps({
    "imported": len(modules),
    "pack": pack.id,
    "check": [status, checked.strip().endswith(": ok")],
    "date": Translator("ru").format_when(When.parse("2020-10-05")),
    "pygame": loaded,
}))
"""


def pure_modules() -> list[str]:
    """Return the name of every module of ``game/`` outside the window code, found on disk."""
    names = []
    for file in sorted(GAME.rglob("*.py")):
        parts = file.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if len(parts) > 1 and parts[1] in WINDOW_CODE:
            continue
        names.append(".".join(parts))
    return names


def test_the_module_list_is_found_on_disk_and_leaves_out_only_the_window_code() -> None:
    """Every domain package is in the list, and nothing of ui/, devtools/ or app.py is."""
    names = pure_modules()
    for expected in (
        "game.cli",
        "game.paths",
        "game.model.loader",
        "game.rounds.session",
        "game.storage.store",
        "game.i18n.translator",
        "game.commands.check",
    ):
        assert expected in names
    assert not [
        name for name in names if name.split(".")[1:2] and name.split(".")[1] in WINDOW_CODE
    ]


def test_every_pure_module_imports_and_works_with_pygame_unimportable() -> None:
    """Importing every pure module, loading a pack and running `okuya check` never needs pygame."""
    modules = pure_modules()
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(modules), str(EXAMPLE_PACK)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "октября 2020" in report.pop("date")
    assert report == {
        "imported": len(modules),
        "pack": "moon-landing-1969",
        "check": [0, True],
        "pygame": [],
    }
