"""Start the game: open the window, build the shared context, and run the main loop.

The loop handles events, updates the top screen, and presents only what changed: a whole
frame after input or a change of screen, otherwise only the rectangles the top screen
reports (``pygame.display.update(rects)``: a picture's moving parts at the picture's own
rate, a countdown's badge once a second). Between frames it sleeps until the next one is
due, polling for input 80 times a second just after input and 20 times a second after
half a second without any. Nothing animates under an overlay or while the
window is minimised or has lost the focus.
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
# Present the window through the system's own framebuffer (X11 shared memory, GDI), not
# through an SDL renderer: with a software renderer (Mesa llvmpipe, a VM, Xvfb) SDL's
# default uploads and presents the whole window on every update, 11-16 ms of CPU even for
# a 50x50 change, against 0.04-0.08 ms natively (measured at 1920x1080 under Xvfb).
os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")

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
# While idle the loop polls for input this often (seconds); after a while, less often.
IDLE_POLL_SECONDS = 0.012
DEEP_IDLE_POLL_SECONDS = 0.05
DEEP_IDLE_AFTER_SECONDS = 0.5
# A minimised or unfocused window shows nothing new: it only keeps the round clocks going.
INACTIVE_POLL_SECONDS = 0.05
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


# Window events that say whether the player can see the window and has it focused.
WINDOW_STATE_EVENTS = (
    pygame.VIDEOEXPOSE,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWRESTORED,
    pygame.WINDOWSHOWN,
    pygame.WINDOWHIDDEN,
    pygame.WINDOWMINIMIZED,
    pygame.WINDOWMAXIMIZED,
    pygame.WINDOWFOCUSGAINED,
    pygame.WINDOWFOCUSLOST,
)


def _move_window_to_origin() -> None:
    """Put a fullscreen window at the screen's corner (no window manager may do it)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            window = pygame.Window.from_display_module()
        window.position = (0, 0)
    except (AttributeError, pygame.error):
        pass


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
        self.toast_shown = False
        # True once closing the window has warned about rounds that wait to be saved.
        self.quit_warned = False
        # The play list and step on screen at the last reload (``--watch``).
        self.watched_step: tuple[tuple[StepKey, ...], int] | None = None
        self.frames_drawn = 0
        # Whole frames and partial ones (rectangles only), and the pixels presented.
        self.partial_frames = 0
        self.pixels_presented = 0
        # False while the window is minimised or another window has the focus.
        self.focused = True
        self.minimised = False
        self.was_animating = False
        self.recent_errors: list[float] = []
        self.last_tick = self.idle_since = 0.0

    # -- start-up ---------------------------------------------------------------------------
    def open_window(self) -> None:
        """Open the window, fullscreen or resizable (raise ``pygame.error`` without a display)."""
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
        if self.requested_fullscreen:
            # Straight to fullscreen: opening a window first and then switching costs a
            # second mode change, and without a window manager leaves the picture offset.
            self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            _move_window_to_origin()
        else:
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
                _move_window_to_origin()
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
        elif event.type in WINDOW_STATE_EVENTS:
            self.window_state_changed(event.type)
            # The screens hear it too: a lost focus cancels a drag (the card goes back).
            self.stack.handle_event(event)
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

    def window_state_changed(self, kind: int) -> None:
        """Follow focus and minimising; repaint everything when the window shows again."""
        if kind == pygame.WINDOWFOCUSLOST:
            self.focused = False
            return
        if kind in (pygame.WINDOWMINIMIZED, pygame.WINDOWHIDDEN):
            self.minimised = True
            return
        if kind == pygame.WINDOWFOCUSGAINED:
            self.focused = True
        elif kind in (pygame.WINDOWRESTORED, pygame.WINDOWSHOWN, pygame.WINDOWMAXIMIZED):
            self.minimised = False
        self.stack.needs_redraw = True

    @property
    def active(self) -> bool:
        """Return True while the player can see the window and it has the focus."""
        return self.focused and not self.minimised

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

    def present(self) -> list[pygame.Rect] | None:
        """Paint and show what changed; return the rectangles shown (None: the whole window).

        A change (input, a new screen, a resize) shows a whole frame; otherwise, while the
        window is active, only the rectangles the top screen changed by itself.
        """
        animating = self.stack.animating
        if self.was_animating and not animating:
            # Motion that ends may stop a pixel short of where a still frame puts it (a
            # card that glided into its slot): show one whole still frame.
            self.stack.needs_redraw = True
        self.was_animating = animating
        changed = (
            self.stack.needs_redraw
            or bool(self.stack.dirty_rects)
            or (self.toast_shown and not (self.toast is not None and self.toast.visible))
        )
        if not changed and not (self.active and animating):
            return []
        surface = pygame.display.get_surface() or self.surface
        toast = self.toast is not None and self.toast.visible
        if self.toast_shown and not toast:
            self.stack.needs_redraw = True  # one whole frame to take the toast away
        self.toast_shown = toast
        rects = self.stack.present(surface)
        if toast and self.toast is not None:
            # A visible toast makes every frame whole (see update), so it is never half drawn.
            self.toast.draw(surface)
        if rects is None:
            pygame.display.flip()
            self.frames_drawn += 1
            self.pixels_presented += surface.get_width() * surface.get_height()
        elif rects:
            pygame.display.update(rects)
            self.partial_frames += 1
            self.pixels_presented += sum(rect.width * rect.height for rect in rects)
        return rects

    def wait_seconds(self, now: float) -> float:
        """Return how long the loop may sleep before it must look at input or draw again."""
        if not self.active:
            return INACTIVE_POLL_SECONDS
        deep = now - self.idle_since > DEEP_IDLE_AFTER_SECONDS
        poll = DEEP_IDLE_POLL_SECONDS if deep else IDLE_POLL_SECONDS
        due = self.stack.frame_due_in()
        if due is None:
            return poll
        return max(0.0, min(poll, due - (time.perf_counter() - now)))

    @property
    def frames_presented(self) -> int:
        """Return how many frames were shown, whole or partial."""
        return self.frames_drawn + self.partial_frames

    @property
    def needs_frame(self) -> bool:
        """Return True when the screens must be updated (something changed, moves or counts)."""
        toast = self.toast is not None and self.toast.visible
        return self.stack.needs_redraw or self.stack.animating or toast

    # -- the loop ---------------------------------------------------------------------------
    def loop(self, first_frame_exit: bool = False) -> int:
        """Run until the player quits; return the exit status."""
        self.present()
        if first_frame_exit:
            print(f"first frame {time.perf_counter():.6f}", flush=True)
            return 0
        self.load_sounds()
        self.last_tick = self.idle_since = time.perf_counter()
        while not self.stack.quit_requested:
            try:
                self.run_once()
            except Exception as error:  # one broken screen must not close a student's game
                self.recover(error)
        return 0

    def run_once(self) -> None:
        """Handle waiting events, update, show what changed, then sleep until it is due."""
        events = pygame.event.get()
        for event in events:
            self.handle_event(event)
        now = time.perf_counter()
        dt = min(now - self.last_tick, MAX_FRAME_SECONDS)
        self.last_tick = now
        if events or self.stack.needs_redraw:
            self.idle_since = now
        if events or self.needs_frame:
            self.update(dt)
        if self.watcher is not None:
            self.poll_watcher()
        self.present()
        if events or self.stack.needs_redraw:
            return
        wait = self.wait_seconds(now)
        if wait > 0 and not self.context.ahead.run_one():
            # Sleep between polls. pygame-ce's event.wait() wakes every millisecond inside
            # (measured 2.8 % of a core under X); polling at most ~80 times a second stays
            # well under 1 %.
            time.sleep(wait)

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
