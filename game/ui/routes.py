"""The router: the one place that knows which screen shows each destination.

Screens name destinations (:mod:`game.ui.navigation`); the stack and the drawing ahead ask
the :class:`Router` the app made for the screen of each. Only this module imports every
screen, so no screen imports another. Each screen module is imported when its destination is
first asked for (or earlier, at idle time, by :mod:`game.ui.warmup`), so the first frame
waits only for the screens it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.play.flow import PlayThrough
from game.ui.context import AppContext
from game.ui.navigation import (
    About,
    ConfirmQuit,
    Destination,
    ErrorNotice,
    Feedback,
    Language,
    Menu,
    Packs,
    Pause,
    PlayPack,
    PlayRound,
    PracticeDone,
    Practise,
    Profiles,
    Results,
    SceneOf,
    SettingsPage,
    StepList,
    StoreProblem,
    StoreRecovered,
)
from game.ui.screen import Screen

if TYPE_CHECKING:
    from game.ui.screens.results import ResultsScreen


class Router:
    """Make the screen of a destination for one running game."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        # The results drawn ahead during a play's last feedback, shown when the play ends:
        # the same screen, so its long layout is not measured twice.
        self.prepared_results: tuple[PlayThrough, ResultsScreen] | None = None

    def __call__(self, destination: Destination) -> Screen:
        """Return the screen of ``destination``."""
        context = self.context
        match destination:
            case Language():
                from game.ui.screens.language import LanguageScreen

                return LanguageScreen(context)
            case Profiles():
                from game.ui.screens.profiles import ProfilesScreen

                return ProfilesScreen(context)
            case Menu():
                from game.ui.screens.menu import MenuScreen

                return MenuScreen(context)
            case Packs(entries=entries):
                from game.ui.screens.packs import PacksScreen

                return PacksScreen(context, list(entries) if entries is not None else None)
            case SettingsPage():
                from game.ui.screens.settings import SettingsScreen

                return SettingsScreen(context)
            case About():
                from game.ui.screens.about import AboutScreen

                return AboutScreen(context)
            case StepList(host=host):
                from game.ui.screens.step_list import StepListScreen

                return StepListScreen(context, host)
            case Pause():
                from game.ui.screens.pause import PauseScreen

                return PauseScreen(context)
            case PlayPack(pack=pack, preview=preview, start=start):
                from game.ui.screens.play import PlayHost

                host = PlayHost(context, pack, preview=preview, start=start)
                if preview:
                    first = host.preview(0)
                    assert first is not None, "the first step of a play is always known"
                    return self(first)
                context.pack = pack
                return self(host.current())
            case SceneOf(host=host, scene=scene):
                from game.ui.screens.scene import SceneScreen

                return SceneScreen(context, host, scene)
            case PlayRound(host=host, round_=round_, title=title):
                from game.ui.screens.rounds import ROUND_SCREENS

                return ROUND_SCREENS[round_.kind](context, host, round_, title)
            case Feedback():
                from game.ui.screens.feedback import FeedbackScreen

                return FeedbackScreen(
                    context,
                    destination.host,
                    destination.result,
                    destination.title,
                    destination.record,
                    destination.round_,
                )
            case Results(play=play, fresh=fresh):
                return self.results(play, fresh)
            case Practise(practice=practice):
                from game.ui.screens.review import PracticeHost

                context.pack = practice.pack
                return self(PracticeHost(context, practice).current())
            case PracticeDone(practice=practice):
                from game.ui.screens.review import ReviewDoneScreen

                return ReviewDoneScreen(context, practice)
            case StoreRecovered(path=path):
                from game.ui.screens.notice import recovered_store_notice

                return recovered_store_notice(context, path)
            case StoreProblem(reason=reason):
                from game.ui.screens.notice import store_problem_notice

                return store_problem_notice(context, reason)
            case ConfirmQuit():
                from game.ui.screens.notice import confirm_quit_notice

                return confirm_quit_notice(context)
            case ErrorNotice(message=message, details=details):
                from game.ui.screens.notice import error_notice

                return error_notice(context, message, details)
        raise ValueError(f"no screen for {destination!r}")

    def results(self, play: PlayThrough, fresh: bool) -> ResultsScreen:
        """Return the results of ``play``: the ones drawn ahead, unless ``fresh`` ones are asked for."""
        from game.ui.screens.results import ResultsScreen

        prepared = self.prepared_results
        if not fresh and prepared is not None and prepared[0] is play:
            return prepared[1]
        screen = ResultsScreen(self.context, play)
        if fresh:
            self.prepared_results = (play, screen)
        return screen
