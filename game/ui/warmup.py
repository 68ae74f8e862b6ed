"""The warm-up after the first frame: load the packs, prime Babel, paint the menu ahead.

The first frame comes first; this work then runs between frames (``Ahead``), so opening the
menu, the pack list or the about screen later costs no parsing or painting.
"""

from __future__ import annotations

import importlib

from game.ui.context import AppContext

# Modules the screens need only later. Importing them at idle time after the first frame
# keeps reading (and, without bytecode files, compiling) them out of a frame.
LATER_MODULES = (
    "game.model.loader",
    "game.ui.screens.menu",
    "game.ui.screens.packs",
    "game.ui.screens.play",
    "game.ui.screens.scene",
    "game.ui.screens.rounds",
    "game.ui.screens.feedback",
    "game.ui.screens.results",
    "game.ui.screens.review",
    "game.ui.screens.pause",
    "game.ui.screens.settings",
    "game.ui.screens.about",
    "game.ui.pictures.renderer",
)


def schedule_warm_up(context: AppContext) -> None:
    """Load the packs and paint the menu ahead, while the player reads the first screen."""
    ahead = context.ahead

    def load_packs() -> None:
        for folder, builtin in context.library.folders():
            ahead.schedule(
                lambda folder=folder, builtin=builtin: context.library.entry(
                    folder, builtin, context.translator
                )
            )
        ahead.schedule(context.prime_translator)
        ahead.schedule(context.warm_screens)

    ahead.schedule(context.prime_translator)
    ahead.schedule(load_packs)
    for name in LATER_MODULES:
        ahead.schedule(lambda name=name: importlib.import_module(name))
