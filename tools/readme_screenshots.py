"""Render the README's screenshots with `okuya screenshots` and copy the four it shows.

Run from the top of the checkout: ``python tools/readme_screenshots.py``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Run from a checkout without installing: the package sits beside this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

# (language, file written by `okuya screenshots`, name in docs/screenshots/)
SHOWN = [
    ("ky", "03-menu.png", "menu-ky.png"),
    ("ru", "12-timeline.png", "timeline-ru.png"),
    ("en", "14-feedback-timeline.png", "feedback-en.png"),
    ("en", "04-packs-with-an-error.png", "packs-with-an-error-en.png"),
]


def main() -> int:
    """Render every screen in the shown languages, then copy the README's four."""
    from game.devtools.screenshots import screenshots_command

    target = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        languages = sorted({language for language, _, _ in SHOWN})
        status = screenshots_command(folder, languages=languages, size="1280x720", text_scale=1.0)
        if status != 0:
            return status
        target.mkdir(parents=True, exist_ok=True)
        for language, written, shown in SHOWN:
            shutil.copyfile(Path(folder) / language / written, target / shown)
            print(f"docs/screenshots/{shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
