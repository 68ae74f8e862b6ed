"""The screen that plays each kind of round."""

from __future__ import annotations

from game.ui.screens.quiz import QuizScreen
from game.ui.screens.round_base import RoundScreen
from game.ui.screens.timeline import TimelineScreen
from game.ui.screens.who_said import WhoSaidScreen

ROUND_SCREENS: dict[str, type[RoundScreen]] = {
    "timeline": TimelineScreen,
    "who_said": WhoSaidScreen,
    "quiz": QuizScreen,
}
