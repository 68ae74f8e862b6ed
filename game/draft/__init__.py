"""Draft a pack from a plain-text article, offline: quotes, dated events, questions, rounds.

No pygame here. The heavy helpers (razdel, natasha) come with the ``draft`` extra; without
them the rules alone do the work.
"""

from game.draft.pipeline import DraftError, DraftResult, draft_article

__all__ = ["DraftError", "DraftResult", "draft_article"]
