"""Save a contact sheet of every built-in picture, each thumbnail labelled with its name.

Run from the top of the checkout: ``python tools/picture_sheet.py`` (writes docs/pictures.png;
pass another path to write it elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Run from a checkout without installing: the package sits beside this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def main(argv: list[str]) -> int:
    """Draw the sheet and save it as PNG."""
    import pygame

    from game.ui.pictures.sheet import contact_sheet

    target = (
        Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "docs" / "pictures.png"
    )
    pygame.init()
    target.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(contact_sheet(), str(target))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
