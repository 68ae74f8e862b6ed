"""Start the game: open the window, build the shared context, and run the main loop.

The loop handles events, updates the top screen, and draws only when something changed
or animates: at most 60 frames a second while animating, and mostly asleep while waiting
for input (polling 30-80 times a second), so an idle game costs well under 1 % of a core.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import random
import sys
import time
import warnings
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from game.play.library import PackLibrary, load_entry
from game.play.startup import StoreNoticeKind, is_first_start, opening_plan
from game.play.steps import Resume, StepKey, resume_at, step_keys
from game.play.watch import PackWatcher
from game.storage.locations import data_dir as default_data_dir
from game.storage.players import Players, open_store
from game.storage.settings import Settings
from game.ui.context import AppContext, usable_settings
from game.ui.navigation import (
    ConfirmQuit,
    Destination,
    ErrorNotice,
    Language,
    Menu,
    Open,
    Profiles,
    ResetTo,
    StepList,
    StoreProblem,
    StoreRecovered,
)
from game.ui.routes import Router
from game.ui.screens.profiles import requested_pack_stack
from game.ui.sound import SoundService
from game.ui.stack import ScreenStack
from game.ui.theme import CALM, MINIMUM_SIZE
from game.ui.warmup import schedule_warm_up
from game.ui.widgets.feedback import Toast
from game.ui.widgets.icon import draw_icon

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 720)
FRAME_RATE = 60
# While idle the loop polls for input this often (seconds); after a while, less often.
IDLE_POLL_SECONDS = 0.012
DEEP_IDLE_POLL_SECONDS = 0.03
DEEP_IDLE_AFTER_SECONDS = 2.0
# A long pause (window dragged, laptop asleep) must not make animations jump.
MAX_FRAME_SECONDS = 0.1
# Unexpected errors: recover to the menu, unless this many happen within the window.
MAX_ERRORS_IN_WINDOW = 3
ERROR_WINDOW_SECONDS = 10.0
# Video drivers that show nothing on screen: used on purpose by tests, never by a player.
HEADLESS_DRIVERS = ("offscreen", "dummy")

NO_DISPLAY_MESSAGE = """\
okuya: cannot open the game window ({error}).
The game needs a desktop session with a display (on Linux: X11 or Wayland; check DISPLAY).
The other commands work without a display, for example:
  okuya check PATH          check a pack and report every problem
  okuya new-pack FOLDER     start a new pack from a commented template
  okuya translate --stats   report translation completeness
  okuya export PACK         export a pack to one .zip file
  okuya results --csv       export class results
  okuya screenshots DIR     render every screen to PNG files (no display needed)
  okuya bench               measure frame time, start time, idle CPU and memory
Run `okuya --help` for the full list."""


class App:
    """One running game: the window, the shared context and the screen stack."""

    def __init__(
        self,
        *,
        size: tuple[int, int] = DEFAULT_SIZE,
        language: str | None = None,
        pack_path: str | Path | None = None,
        fullscreen: bool = False,
        watch: bool = False,
        start_step: int | None = None,
        data_dir: Path | None = None,
        text_scale: float | None = None,
        seed: int | None = None,
    ) -> None:
        self.requested_size = (max(size[0], MINIMUM_SIZE[0]), max(size[1], MINIMUM_SIZE[1]))
        self.requested_language = language
        self.pack_path = Path(pack_path) if pack_path else None
        self.requested_fullscreen = fullscreen
        self.watch = watch
        self.start_step = start_step
        self.data_dir = data_dir
        self.requested_text_scale = text_scale
        self.seed = seed
        self.surface: pygame.Surface | None = None
        self.context: AppContext | None = None
        self.stack: ScreenStack | None = None
        self.windowed_size = self.requested_size
        self.watcher: PackWatcher | None = None
        # A short message over every screen (a reloaded pack, a step that disappeared).
        self.toast: Toast | None = None
        # True once closing the window has warned about rounds that wait to be saved.
        self.quit_warned = False
        # The play list and step on screen at the last reload (``--watch``).
        self.watched_step: tuple[tuple[StepKey, ...], int] | None = None
        self.frames_drawn = 0
        self.recent_errors: list[float] = []
        self.last_tick = self.idle_since = 0.0

    # -- start-up ---------------------------------------------------------------------------
    def open_window(self) -> None:
        """Open the resizable window (raise ``pygame.error`` when there is no display)."""
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption("Okuya")
        pygame.display.set_icon(window_icon())
        driver = pygame.display.get_driver()
        requested = os.environ.get("SDL_VIDEODRIVER", "")
        if driver in HEADLESS_DRIVERS and driver not in requested:
            # SDL falls back to an invisible window when there is no display: say so instead.
            pygame.display.quit()
            raise pygame.error(
                f"no display found (SDL could only offer its {driver!r} video driver)"
            )
        self.surface = pygame.display.set_mode(self.requested_size, pygame.RESIZABLE)
        self._set_minimum_size()
        pygame.key.set_repeat(400, 40)

    def _set_minimum_size(self) -> None:
        # pygame-ce 2.5 can set the window's minimum size through pygame.Window.
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                window = pygame.Window.from_display_module()
            window.minimum_size = MINIMUM_SIZE
        except (AttributeError, pygame.error):
            pass

    def start(self) -> None:
        """Open the window, build the context and show the first screen."""
        self.open_window()
        assert self.surface is not None
        data_folder = Path(self.data_dir) if self.data_dir is not None else default_data_dir()
        opened = open_store(data_folder)
        players = Players(opened.store)
        settings = usable_settings(players.load_settings(None) or Settings())
        command_line: dict[str, object] = {}
        if self.requested_language:
            settings = dataclasses.replace(settings, language=self.requested_language)
            command_line["language"] = self.requested_language
        if self.requested_text_scale is not None:
            settings = dataclasses.replace(settings, text_scale=self.requested_text_scale)
        if self.requested_fullscreen:
            settings = dataclasses.replace(settings, fullscreen=True)
            command_line["fullscreen"] = True
        settings = usable_settings(Settings.from_items(settings.as_items()))
        self.context = context = AppContext(
            window_size=self.surface.get_size(),
            settings=settings,
            players=players,
            library=PackLibrary(self.pack_path, data_folder),
            sounds=SoundService(settings.volume, settings.sound),
            rng=random.Random(self.seed),
            data_dir=data_folder,
            pack_path=self.pack_path,
            watch=self.watch,
            start_step=self.start_step,
            first_start=is_first_start(players.first_start, bool(self.requested_language)),
            recovered_from=opened.recovered_from,
            store_problem=opened.problem,
            store_failure=opened.failure,
            command_line_settings=command_line,
            fullscreen_handler=self.set_fullscreen,
        )
        self.toast = Toast(context, duration=4.0)
        context.notify = lambda message: self.show_toast(message, icon="warning")
        router = Router(context)
        context.ahead.connect(router)
        self.stack = ScreenStack(context, router)
        self.stack.apply(ResetTo(self.opening_destinations()))
        if settings.fullscreen:
            self.set_fullscreen(True)
        schedule_warm_up(context)
        if self.watch and self.pack_path is not None:
            self.watcher = PackWatcher(self.pack_path)

    def opening_destinations(self) -> list[Destination]:
        """Return the opening stack: the language or the profiles, and a notice about the store."""
        context = self.context
        assert context is not None
        plan = opening_plan(context.first_start, context.recovered_from, context.store_problem)
        stack: list[Destination] = [Language() if plan.first == "language" else Profiles()]
        if plan.notice is not None:
            if plan.notice.kind is StoreNoticeKind.RECOVERED:
                stack.append(StoreRecovered(plan.notice.detail))
            else:
                stack.append(StoreProblem(plan.notice.detail))
        return stack

    def load_sounds(self) -> None:
        """Load the sound effects (after the first frame: audio start-up can be slow)."""
        assert self.context is not None
        self.context.sounds.load()

    # -- window -----------------------------------------------------------------------------
    def set_fullscreen(self, fullscreen: bool) -> None:
        """Switch between fullscreen and a resizable window."""
        currently = bool(pygame.display.get_surface().get_flags() & pygame.FULLSCREEN)
        if fullscreen == currently:
            return
        try:
            if fullscreen:
                self.windowed_size = self.surface.get_size()
                self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.surface = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
                self._set_minimum_size()
        except pygame.error:
            return
        self.context.resize(self.surface.get_size())

    def toggle_fullscreen(self) -> None:
        """Answer F11: switch fullscreen and remember the choice in the settings."""
        self.context.update_settings(fullscreen=not self.context.settings.fullscreen)

    def resize(self, size: tuple[int, int]) -> None:
        """Adapt to a new window size (never below the minimum)."""
        width, height = max(size[0], MINIMUM_SIZE[0]), max(size[1], MINIMUM_SIZE[1])
        current = pygame.display.get_surface()
        if current is None:
            return
        if current.get_size() != (width, height) and not current.get_flags() & pygame.FULLSCREEN:
            current = pygame.display.set_mode((width, height), pygame.RESIZABLE)
        self.surface = current
        if self.context.window_size != current.get_size():
            self.context.resize(current.get_size())

    # -- one frame --------------------------------------------------------------------------
    def window_closed(self) -> None:
        """Close the game; the first time finished rounds still wait to be saved, warn instead."""
        context = self.context
        if not self.quit_warned and context is not None and context.unsaved_rounds():
            self.quit_warned = True
            self.stack.apply(Open(ConfirmQuit()))
            self.stack.needs_redraw = True
            return
        self.stack.quit_requested = True

    def handle_event(self, event: pygame.event.Event) -> None:
        """Route one event: window events here, the rest to the top screen."""
        if event.type == pygame.QUIT:
            self.window_closed()
        elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            surface = pygame.display.get_surface()
            if surface is not None:
                self.resize(surface.get_size())
        elif event.type in (pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
            self.stack.needs_redraw = True
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif (
            event.type == pygame.KEYDOWN
            and event.key == pygame.K_j
            and event.mod & pygame.KMOD_CTRL
            and self.step_list_allowed()
        ):
            assert self.context is not None and self.context.play_host is not None
            self.stack.apply(Open(StepList(self.context.play_host)))
        else:
            self.stack.handle_event(event)

    def step_list_allowed(self) -> bool:
        """Return True when Ctrl+J may open the step list: a preview's step is on screen."""
        context, top = self.context, self.stack.top if self.stack is not None else None
        if context is None or top is None or top.is_overlay or not context.previewing:
            return False
        host = context.play_host
        if host is None:
            return False
        return getattr(top, "host", None) is host or getattr(top, "play", None) is host.play

    def update(self, dt: float) -> None:
        """Advance the top screen by ``dt`` seconds."""
        self.stack.update(dt)
        if self.toast is not None and self.toast.visible:
            self.toast.update(dt)
            self.stack.needs_redraw = True

    def draw(self) -> None:
        """Paint the visible screens into the window surface, and the toast over them."""
        surface = pygame.display.get_surface() or self.surface
        self.stack.draw(surface)
        if self.toast is not None and self.toast.visible:
            self.toast.draw(surface)
        self.frames_drawn += 1

    def show_toast(self, message: str, icon: str = "info") -> None:
        """Show a short message over every screen."""
        if self.toast is not None:
            self.toast.show(message, icon=icon)
            self.stack.needs_redraw = True

    @property
    def needs_frame(self) -> bool:
        """Return True when the next frame must be drawn (something changed or moves)."""
        toast = self.toast is not None and self.toast.visible
        return self.stack.needs_redraw or self.stack.animating or toast

    # -- the loop ---------------------------------------------------------------------------
    def loop(self, first_frame_exit: bool = False) -> int:
        """Run until the player quits; return the exit status."""
        clock = pygame.time.Clock()
        self.draw()
        pygame.display.flip()
        if first_frame_exit:
            print(f"first frame {time.perf_counter():.6f}", flush=True)
            return 0
        self.load_sounds()
        self.last_tick = self.idle_since = time.perf_counter()
        while not self.stack.quit_requested:
            try:
                self.run_once(clock)
            except Exception as error:  # one broken screen must not close a student's game
                self.recover(error)
        return 0

    def run_once(self, clock: pygame.time.Clock) -> None:
        """Handle waiting events, update, draw if needed, or sleep briefly when idle."""
        events = pygame.event.get()
        for event in events:
            self.handle_event(event)
        now = time.perf_counter()
        dt = min(now - self.last_tick, MAX_FRAME_SECONDS)
        self.last_tick = now
        if events or self.needs_frame:
            self.update(dt)
            self.idle_since = now
        if self.watcher is not None:
            self.poll_watcher()
        if self.needs_frame:
            self.draw()
            pygame.display.flip()
            if self.stack.animating:
                clock.tick(FRAME_RATE)
        elif not events and not self.context.ahead.run_one():
            # Sleep between polls. pygame-ce's event.wait() wakes every millisecond inside
            # (2-3 % of a core); polling at most ~80 times a second stays well under 1 %.
            deep = now - self.idle_since > DEEP_IDLE_AFTER_SECONDS
            time.sleep(DEEP_IDLE_POLL_SECONDS if deep else IDLE_POLL_SECONDS)

    def recover(self, error: Exception) -> None:
        """Log an unexpected error and go back to the menu with a notice (re-raise if it repeats)."""
        log.exception("unexpected error in the game loop")
        now = time.perf_counter()
        self.recent_errors = [
            moment for moment in self.recent_errors if now - moment < ERROR_WINDOW_SECONDS
        ]
        self.recent_errors.append(now)
        if len(self.recent_errors) >= MAX_ERRORS_IN_WINDOW:
            raise error
        context = self.context
        base: Destination = Menu() if context.profile is not None else Profiles()
        message = context.translator.gettext(
            "The game met an unexpected problem and went back to the start. Your finished rounds are saved."
        )
        self.stack.apply(ResetTo([base, ErrorNotice(message, f"{type(error).__name__}: {error}")]))

    def poll_watcher(self) -> None:
        """Reload the pack when its files changed (``--watch``)."""
        if self.watcher is not None and self.watcher.changed():
            self.reload_pack()

    def reload_pack(self) -> None:
        """Reload the watched pack: replay the step on screen, or show the pack's problems.

        The step is found again by its kind and id (``game.play.steps.resume_at``); when it
        disappeared, the nearest step that still exists is played and a toast says so.
        """
        context = self.context
        if context is None or self.stack is None or context.profile is None:
            return
        host, translator = context.play_host, context.translator
        if host is not None:
            # Kept while the pack is broken, so the fixed pack goes on at the same step.
            self.watched_step = (step_keys(host.pack), host.play.on_screen)
        resume: Resume | None = None
        entry = load_entry(context.pack_path, translator) if context.pack_path else None
        if self.watched_step is not None and entry is not None and entry.pack is not None:
            old, index = self.watched_step
            resume = resume_at(old, index, step_keys(entry.pack))
        start = resume.index if resume is not None else None
        context.play_host = None
        stack = requested_pack_stack(context, start, entry)
        self.stack.apply(ResetTo(stack))
        if resume is not None and resume.gone is not None:
            message = translator.gettext(
                "The step “{gone}” is gone; this is the nearest step that is still there."
            ).format(gone=resume.gone)
            self.show_toast(message, icon="info")
        else:
            self.show_toast(translator.gettext("The pack was reloaded."))

    def close(self) -> None:
        """Close the store and the window."""
        store = self.context.store if self.context else None
        if store is not None:
            store.close()
        pygame.display.quit()


def window_icon() -> pygame.Surface:
    """Draw the window icon: a white star on the game's teal, with rounded corners."""
    icon = pygame.Surface((64, 64), pygame.SRCALPHA)
    pygame.draw.rect(icon, CALM.primary, icon.get_rect(), 0, 14)
    draw_icon(icon, "star", pygame.Rect(10, 9, 44, 44), (255, 255, 255))
    return icon


def run(
    pack: str | None = None,
    language: str | None = None,
    fullscreen: bool = False,
    watch: bool = False,
    start_step: int | None = None,
) -> int:
    """Start the game (``okuya play``); return the exit status."""
    first_frame_exit = os.environ.get("OKUYA_EXIT_AFTER_FIRST_FRAME") == "1"
    app = App(
        language=language,
        pack_path=pack,
        fullscreen=fullscreen,
        watch=watch,
        start_step=start_step,
    )
    try:
        app.start()
    except pygame.error as error:
        print(NO_DISPLAY_MESSAGE.format(error=str(error) or "no display"), file=sys.stderr)
        return 1
    try:
        return app.loop(first_frame_exit=first_frame_exit)
    finally:
        app.close()
