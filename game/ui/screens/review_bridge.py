"""Connect the menu's "Practise mistakes" to the review queue and the review screen."""

from __future__ import annotations

import logging

from game.ui.screen import Screen

log = logging.getLogger(__name__)


def review_count(context) -> int:
    """Return how many mistakes wait for the current player (0 when unknown)."""
    if getattr(context.profile, "id", None) is None:
        return 0
    try:
        from game.ui.screens.review import pending_count
    except ImportError:
        return 0
    if context.pack is None:
        # Practise the first built-in pack that loaded (usually already cached at idle time).
        from game.ui.screens.packs import cached_entry, pack_folders

        for folder, builtin in pack_folders(context):
            entry = cached_entry(context, folder, builtin)
            if builtin and entry.pack is not None:
                context.pack = entry.pack
                break
    try:
        return int(pending_count(context))
    except Exception:  # the menu must open even when the queue cannot be read
        log.exception("could not count the review items")
        return 0


def start_review(context) -> Screen | None:
    """Return the review screen for the player's mistakes, or None when there is nothing to review."""
    if review_count(context) == 0:
        return None
    try:
        from game.ui.screens.review import start_review as start
    except ImportError:
        return None
    return start(context)
