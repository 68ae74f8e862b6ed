"""Right counts, verdicts and stars of a judged round, in one place.

The screens show these; they never compare a score with a number themselves.
"""

from __future__ import annotations

from enum import StrEnum

from game.rounds.quiz import QuizResult
from game.rounds.session import STAR_THRESHOLDS, stars_for
from game.rounds.timeline import TimelineResult
from game.rounds.who_said import WhoSaidResult

RoundResultOfKind = TimelineResult | WhoSaidResult | QuizResult

# A round scored at least this share is "good" (its feedback shows a check, not a hint).
GOOD_SCORE = 0.5
# The stars from which a round's feedback sounds a cheer (2 stars: at least 70 %).
CHEER_STARS = 2

__all__ = ["CHEER_STARS", "GOOD_SCORE", "STAR_THRESHOLDS", "Verdict", "right_count", "stars_for"]


class Verdict(StrEnum):
    """How a round or a play went, as the screens show it by icon and colour."""

    PERFECT = "perfect"
    GOOD = "good"
    WEAK = "weak"
    NONE = "none"


def right_count(result: RoundResultOfKind) -> tuple[int, int]:
    """Return (items right, items) of a round result."""
    if isinstance(result, TimelineResult):
        outcomes = [placement.right for placement in result.placements]
    elif isinstance(result, WhoSaidResult):
        outcomes = [item.right for item in result.quotes]
    else:
        outcomes = [item.right for item in result.questions]
    return sum(outcomes), len(outcomes)


def score_verdict(score: float) -> Verdict:
    """Return the verdict of a round's feedback: perfect, good (half or more) or weak."""
    if score >= 1.0:
        return Verdict.PERFECT
    return Verdict.GOOD if score >= GOOD_SCORE else Verdict.WEAK


def stars_verdict(stars: int) -> Verdict:
    """Return the verdict of a round on the results: perfect (3 stars), some stars, or none."""
    if stars >= len(STAR_THRESHOLDS):
        return Verdict.PERFECT
    return Verdict.GOOD if stars else Verdict.NONE


def cheers(score: float) -> bool:
    """Return True when a round's score earns the cheering sound (2 stars or more)."""
    return stars_for(score) >= CHEER_STARS


def is_new_best(score: float, best_before: float | None) -> bool:
    """Return True when ``score`` beats the best score before this play."""
    return best_before is not None and score > best_before + 1e-9
