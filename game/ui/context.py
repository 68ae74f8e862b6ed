"""The session every screen shares: translator, theme, text cache, settings, players, packs.

One :class:`AppContext` is built whole by the app (``App.start``) and handed to every screen.
Screens never keep module globals; they read and change shared state here. Changing the
language, the text size, the palette or the window size goes through this object, which
rebuilds what depends on it and tells whoever listens (the screen stack) to lay every
screen out again, so the whole game re-renders at once without a restart.
"""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.i18n import LANGUAGES, Translator
from game.i18n.translator import PSEUDO
from game.model.pack import Pack
from game.model.when import When
from game.play.clock import Clock, utc_now
from game.play.library import PackLibrary
from game.play.startup import StartUp
from game.storage.pending import PendingCommits
from game.storage.players import Players
from game.storage.problems import SaveFailed
from game.storage.settings import Settings
from game.storage.store import Profile, ProgressStore
from game.ui.ahead import Ahead
from game.ui.input_guard import InputGuard
from game.ui.navigation import About, Menu, SettingsPage, StepHost
from game.ui.sound import SoundService
from game.ui.text import TextRenderer
from game.ui.theme import Theme
from game.ui.translation import RememberingTranslator

if TYPE_CHECKING:
    from game.ui.pictures.renderer import PictureRenderer

log = logging.getLogger(__name__)

# Every language the game offers (game/i18n/translator.py), and the test pseudo-locale.
LANGUAGE_CODES = (*LANGUAGES, PSEUDO)
DEFAULT_LANGUAGE = "en"
# The settings whose change alters how every screen looks (their texts are drawn again).
LOOKS = ("language", "text_scale", "high_contrast")


def usable_settings(settings: Settings | None) -> Settings:
    """Return ``settings`` with a language the game offers (English when none or unknown)."""
    settings = settings or Settings()
    if settings.language in LANGUAGE_CODES:
        return settings
    return dataclasses.replace(settings, language=DEFAULT_LANGUAGE)


def make_translator(language: str) -> Translator:
    """Return a translator for ``language`` (English when it cannot be loaded)."""
    try:
        return RememberingTranslator(language)
    except (ValueError, OSError):
        return RememberingTranslator(DEFAULT_LANGUAGE)


class Signal:
    """Call every connected function when :meth:`emit` is called."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []

    def connect(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` on every emit."""
        self._listeners.append(listener)

    def emit(self) -> None:
        """Call every listener, in the order they connected."""
        for listener in list(self._listeners):
            listener()


class AppContext:
    """Hold the shared state of one running game; see the module docstring."""

    def __init__(
        self,
        *,
        window_size: tuple[int, int] = (1280, 720),
        settings: Settings | None = None,
        players: Players | None = None,
        library: PackLibrary | None = None,
        sounds: SoundService | None = None,
        rng: random.Random | None = None,
        data_dir: Path = Path("."),
        pack_path: Path | None = None,
        watch: bool = False,
        start_step: int | None = None,
        first_start: bool = False,
        recovered_from: str | None = None,
        store_problem: str | None = None,
        store_failure: SaveFailed | None = None,
        command_line_settings: dict[str, object] | None = None,
        fullscreen_handler: Callable[[bool], None] | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.window_size = (int(window_size[0]), int(window_size[1]))
        self.settings = usable_settings(settings)
        self.translator = make_translator(self.language)
        self.text = TextRenderer()
        self.theme = self._make_theme()
        self.players = players or Players(None)
        self.library = library or PackLibrary(pack_path, data_dir)
        self.sounds = sounds or SoundService(self.settings.volume, self.settings.sound)
        self._pictures: PictureRenderer | None = None
        self.rng = rng or random.Random()
        self.clock = clock
        self.data_dir = data_dir
        self.pack_path = pack_path
        self.watch = watch
        # ``--step``: the play-list step (0-based) the ``--pack`` play starts at.
        self.start_step = start_step
        # The play on screen, when it is a preview the step list can jump in (``previewing``).
        self.play_host: StepHost | None = None
        self.start = StartUp(pack_given=pack_path is not None)
        # Work done while the player is idle, and screens drawn ahead (see ``game.ui.ahead``).
        self.ahead = Ahead(self.text, lambda: self.window_size)
        # Emitted when every screen must lay out again (window, text size, palette, language).
        self.layout_changed = Signal()
        self.fullscreen_handler = fullscreen_handler
        # Settings given on the command line (``--lang``, ``--fullscreen``): they win over a
        # player's saved ones for this run, until the player changes them in the game.
        self.command_line_settings: dict[str, object] = dict(command_line_settings or {})
        # True when no settings were saved yet (the language screen comes first).
        self.first_start = first_start
        # The corrupt store file that was set aside when the store was opened, if any.
        self.recovered_from = recovered_from
        # Why the progress store could not be opened at all (progress then lasts one session).
        self.store_problem = store_problem
        # The typed reason, when the store could not be opened for a reason the player can fix.
        self.store_failure = store_failure
        # Every play's writes of this run, kept in order; what the store refuses waits here.
        self._commits: PendingCommits | None = None
        # Shows a short message over every screen (the app's toast); None: only logged.
        self.notify: Callable[[str], None] | None = None
        self.profile: Profile | None = None
        # Drops the presses that belong to the screen before; knows if the keyboard is in use.
        self.input = InputGuard()
        # The pack chosen last (the menu's "Practise mistakes" practises it).
        self.pack: Pack | None = None

    # -- who and what -------------------------------------------------------------------------
    @property
    def store(self) -> ProgressStore | None:
        """Return the progress store (None when it could not be opened)."""
        return self.players.store

    @property
    def commits(self) -> PendingCommits | None:
        """Return the run's queue of play writes for the open store (one for the whole run)."""
        store = self.store
        if store is None:
            return None
        if self._commits is None:
            self._commits = PendingCommits(store)
        return self._commits

    def unsaved_rounds(self) -> int:
        """Try the waiting writes again; return how many finished rounds still wait to be saved."""
        commits = self._commits
        if commits is None or not len(commits):
            return 0
        try:
            commits.retry()
        except Exception:  # not a disk problem (those wait): the rounds still wait
            log.exception("could not save the waiting rounds")
        return len(commits.unsaved_rounds)

    def tell_save_failed(self, failure: SaveFailed) -> None:
        """Log a refused write and tell the player why, in their language."""
        log.warning("could not save: %s", failure)
        if self.notify is not None:
            self.notify(failure.message(self.translator))

    def touch_profile(self, profile: Profile) -> None:
        """Remember ``profile`` as the one that played last (a refused write is only told)."""
        try:
            self.players.touch(profile)
        except SaveFailed as failure:
            self.tell_save_failed(failure)

    @property
    def previewing(self) -> bool:
        """Return True when plays are previews of a pack being written (``--watch``, ``--step``)."""
        return self.watch or self.start_step is not None

    @property
    def language(self) -> str:
        """Return the language of the settings."""
        return self.settings.language or DEFAULT_LANGUAGE

    @property
    def profile_name(self) -> str:
        """Return the current player's name, or an empty string."""
        return self.profile.name if self.profile is not None else ""

    def set_language(self, language: str) -> None:
        """Switch the language now: new translator, every screen laid out again, saved."""
        self.update_settings(language=language)

    # -- settings ----------------------------------------------------------------------------
    def _make_theme(self) -> Theme:
        return Theme.create(
            self.window_size,
            self.settings.text_scale,
            self.settings.high_contrast,
            self.settings.reduced_motion,
        )

    def update_settings(self, save: bool = True, **changes: object) -> None:
        """Change settings, apply them everywhere at once and save them for the profile."""
        old = self.settings
        if save:
            # The player changed these in the game: the command line no longer decides them.
            for name in changes:
                self.command_line_settings.pop(name, None)
        new = usable_settings(Settings.from_items({**old.as_items(), **changes}))
        self.settings = new
        if new.language != old.language or self.translator.language != self.language:
            self.translator = make_translator(self.language)
            self.ahead.schedule(self.prime_translator)
        if any(getattr(new, name) != getattr(old, name) for name in LOOKS) and (
            not self.ahead.is_scheduled(self.warm_screens)
        ):
            self.ahead.schedule(self.warm_screens)
        self.theme = self._make_theme()
        self.sounds.set_enabled(new.sound)
        self.sounds.set_volume(new.volume)
        if new.fullscreen != old.fullscreen and self.fullscreen_handler is not None:
            self.fullscreen_handler(new.fullscreen)
        if save:
            self.save_settings()
        self.layout_changed.emit()

    def save_settings(self) -> None:
        """Write the settings to the progress store (for the profile, or as the defaults).

        A refused write (full disk, read-only, locked) keeps the settings for this run and
        tells the player why.
        """
        try:
            self.players.save_settings(self.profile, self.settings)
        except SaveFailed as failure:
            self.tell_save_failed(failure)

    # -- window ------------------------------------------------------------------------------
    def resize(self, window_size: tuple[int, int]) -> None:
        """Adapt to a new window size and lay every screen out again."""
        size = (int(window_size[0]), int(window_size[1]))
        old_sizes = self.theme.font_sizes
        self.window_size = size
        self.theme = self._make_theme()
        # What the old size rendered is not shown again: drop it now rather than let it
        # wait for the budget to push it out (memory stays bounded through resizes).
        if self.theme.font_sizes != old_sizes:
            self.text.clear(fonts=True)
        if self._pictures is not None:
            self._pictures.forget_sizes()
        self.layout_changed.emit()

    # -- sounds and pictures -------------------------------------------------------------------
    def play_sound(self, name: str) -> None:
        """Play a short effect (select, pick_up, drop, right, wrong, fanfare) if sound is on."""
        if self.settings.sound:
            self.sounds.play(name)

    @property
    def pictures(self) -> PictureRenderer:
        """Return the picture renderer (built-in illustrations and pack images), made on first use.

        Made on first use, not at start: its modules take tens of milliseconds to import,
        which the first frame should not wait for.
        """
        if self._pictures is None:
            from game.ui.pictures.renderer import PictureRenderer

            self._pictures = PictureRenderer()
        return self._pictures

    # -- work done ahead -------------------------------------------------------------------------
    def prime_translator(self) -> None:
        """Format a number, a percentage and a date once, so Babel loads its data before a frame needs it."""
        translator = self.translator
        translator.format_number(1234)
        translator.format_percent(0.5)
        translator.format_when(When(2020, 10, 6))
        translator.format_when(When(2020, 10))
        # Reading a pack's catalogue (its .po file) is the slowest first translation.
        for pack in self.library.loaded_packs():
            translator.text(pack.title, pack)

    def warm_screens(self) -> None:
        """Draw the menu, the settings and the about screen off screen so their texts are cached."""
        self.ahead.warm_now((Menu(), SettingsPage(), About()))
