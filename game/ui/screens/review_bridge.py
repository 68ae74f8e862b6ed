"""Connect the menu's "Practise mistakes" to the review queue and the review screen."""

from __future__ import annotations

from game.ui.screen import Screen


def review_count(context) -> int:
    """Return how many review items wait for the current player (0 when unknown)."""
    store, profile = context.store, context.profile
    if store is None or profile is None or getattr(profile, "id", None) is None:
        return 0
    counter = getattr(store, "review_count", None)
    if not callable(counter):
        # The store keeps one queue per profile and pack: the review screen knows the pack.
        try:
            from game.ui.screens.review import pending_count
        except ImportError:
            return 0
        return pending_count(context)
    try:
        return int(counter(profile.id))
    except (TypeError, ValueError):
        return 0


def start_review(context) -> Screen | None:
    """Return the review screen for the player's mistakes, or None when there is nothing to review."""
    if review_count(context) == 0:
        return None
    try:
        from game.ui.screens import review
    except ImportError:
        return None
    starter = getattr(review, "start_review", None)
    return starter(context) if callable(starter) else None
