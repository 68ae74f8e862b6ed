"""The state every screen shares: translator, theme, text cache, settings, store, profile, pack.

One :class:`AppContext` is made by the app (or the UI driver) and handed to every screen.
Screens never keep module globals; they read and change shared state here. Changing the
language, the text size, the palette or the window size goes through this object, which
rebuilds what depends on it and asks every screen on the stack to lay out again, so the
whole game re-renders at once without a restart.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.i18n import LANGUAGES, Translator
from game.i18n.translator import PSEUDO
from game.ui.text import TextRenderer
from game.ui.theme import Theme, clamp_text_scale

if TYPE_CHECKING:
    from game.model.pack import Pack
    from game.ui.screen import ScreenStack

# Every language the game offers (game/i18n/translator.py), and the test pseudo-locale.
LANGUAGE_CODES = (*LANGUAGES, PSEUDO)

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """The player's settings, kept per profile in the progress store."""

    language: str = "en"
    text_scale: float = 1.0
    high_contrast: bool = False
    reduced_motion: bool = False
    sound: bool = True
    volume: float = 0.8
    fullscreen: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Return the settings as plain data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Settings:
        """Build settings from stored data, ignoring unknown keys and repairing bad values."""
        settings = cls()
        if not data:
            return settings
        language = data.get("language")
        if language in LANGUAGE_CODES:
            settings.language = language
        for name in ("high_contrast", "reduced_motion", "sound", "fullscreen"):
            if name in data and data[name] is not None:
                setattr(settings, name, bool(data[name]))
        with contextlib.suppress(TypeError, ValueError):
            settings.text_scale = clamp_text_scale(
                float(data.get("text_scale", settings.text_scale))
            )
        with contextlib.suppress(TypeError, ValueError):
            settings.volume = max(0.0, min(1.0, float(data.get("volume", settings.volume))))
        return settings


class AppContext:
    """Hold the shared state of one running game; see the module docstring."""

    def __init__(
        self,
        *,
        window_size: tuple[int, int] = (1280, 720),
        settings: Settings | None = None,
        store: Any = None,
        profile: Any = None,
        sounds: Any = None,
        pictures: Any = None,
        rng: random.Random | None = None,
        data_dir: Path | None = None,
        pack_path: Path | None = None,
        watch: bool = False,
    ) -> None:
        self.window_size = (int(window_size[0]), int(window_size[1]))
        self.settings = settings or Settings()
        self.translator = self.make_translator(self.settings.language)
        self.text = TextRenderer()
        self.theme = self._make_theme()
        self.store = store
        self.profile = profile
        self.sounds = sounds
        self._pictures = pictures
        self.rng = rng or random.Random()
        self.data_dir = data_dir
        self.pack_path = pack_path
        self.watch = watch
        # Settings given on the command line (``--lang``, ``--fullscreen``): they win over a
        # player's saved ones for this run, until the player changes them in the game.
        self.command_line_settings: dict[str, Any] = {}
        # The ``--pack`` folder opens by itself once, when the first player is chosen.
        self.requested_pack_opened = False
        self.pack: Pack | None = None
        # Loaded pack entries by folder, kept while the files and the language stay the same.
        self.pack_cache: dict[str, Any] = {}
        # True while the stack paints a screen that lies under an overlay (no focus ring).
        self.drawing_under_overlay = False
        # Work done while the player is idle, between frames (see ``schedule_idle``).
        self.idle_tasks: deque[Callable[[], object]] = deque()
        self.stack: ScreenStack | None = None
        # Set by the app: called with True/False to switch fullscreen.
        self.fullscreen_handler: Any = None
        # True when no settings were saved yet (the language screen comes first).
        self.first_start = False
        # The corrupt store file that was set aside when the store was opened, if any.
        self.recovered_from: str | None = None
        # Why the progress store could not be opened at all (progress then lasts one session).
        self.store_problem: str | None = None

    # -- translation --------------------------------------------------------------------
    @property
    def t(self) -> Translator:
        """Return the translator for the current language."""
        return self.translator

    @staticmethod
    def make_translator(language: str) -> Translator:
        """Return a translator for ``language`` (English when it cannot be loaded)."""
        from game.ui.translation import RememberingTranslator

        try:
            return RememberingTranslator(language)
        except (ValueError, OSError):
            return RememberingTranslator("en")

    def set_language(self, language: str) -> None:
        """Switch the language now: new translator, every screen laid out again, saved."""
        self.update_settings(language=language)

    # -- settings ------------------------------------------------------------------------
    def _make_theme(self) -> Theme:
        return Theme.create(
            self.window_size,
            self.settings.text_scale,
            self.settings.high_contrast,
            self.settings.reduced_motion,
        )

    def update_settings(self, save: bool = True, **changes: Any) -> None:
        """Change settings, apply them everywhere at once and save them for the profile."""
        old = self.settings
        if save:
            # The player changed these in the game: the command line no longer decides them.
            for name in changes:
                self.command_line_settings.pop(name, None)
        new = Settings.from_dict({**old.as_dict(), **changes})
        self.settings = new
        if new.language != old.language or self.translator.language != new.language:
            self.translator = self.make_translator(new.language)
            self.schedule_idle(self.prime_translator)
        looks = ("language", "text_scale", "high_contrast")
        if any(getattr(new, name) != getattr(old, name) for name in looks) and (
            self.warm_screens not in self.idle_tasks
        ):
            self.schedule_idle(self.warm_screens)
        self.theme = self._make_theme()
        if self.sounds is not None:
            _call_if_present(self.sounds, "set_enabled", new.sound)
            _call_if_present(self.sounds, "set_volume", new.volume)
        if new.fullscreen != old.fullscreen and self.fullscreen_handler is not None:
            self.fullscreen_handler(new.fullscreen)
        if save:
            self.save_settings()
        self.relayout()

    def save_settings(self) -> None:
        """Write the settings to the progress store (for the profile, or as the defaults)."""
        if self.store is None:
            return
        from game.ui.storage_bridge import save_settings

        save_settings(self.store, self.profile, self.settings)

    # -- window ------------------------------------------------------------------------------
    def resize(self, window_size: tuple[int, int]) -> None:
        """Adapt to a new window size and lay every screen out again."""
        self.window_size = (int(window_size[0]), int(window_size[1]))
        self.theme = self._make_theme()
        self.relayout()

    def relayout(self) -> None:
        """Ask every screen on the stack to lay out again."""
        if self.stack is not None:
            self.stack.relayout()

    # -- sounds and pictures ------------------------------------------------------------
    def play_sound(self, name: str) -> None:
        """Play a short effect (select, pick_up, drop, right, wrong, fanfare) if sound is on."""
        if self.sounds is None or not self.settings.sound:
            return
        try:
            self.sounds.play(name)
        except Exception:  # a sound must never stop the game: go silent instead
            self.sounds = None

    @property
    def pictures(self) -> Any:
        """Return the picture renderer (built-in illustrations and pack images), made on first use."""
        if self._pictures is None:
            try:
                from game.ui.pictures.renderer import PictureRenderer
            except ImportError:
                return None
            self._pictures = PictureRenderer()
        return self._pictures

    # -- idle work ------------------------------------------------------------------------
    def schedule_idle(self, task: Callable[[], object]) -> None:
        """Run ``task`` later, when no frame is due (loading packs, painting pictures ahead)."""
        self.idle_tasks.append(task)

    def prime_translator(self) -> None:
        """Format a number, a percentage and a date once, so Babel loads its data before a frame needs it."""
        from game.model.when import When

        translator = self.translator
        translator.format_number(1234)
        translator.format_percent(0.5)
        translator.format_when(When(2020, 10, 6))
        translator.format_when(When(2020, 10))
        # Reading a pack's catalogue (its .po file) is the slowest first translation.
        for _, entry in list(self.pack_cache.values()):
            pack = getattr(entry, "pack", None)
            if pack is not None:
                translator.text(pack.title, pack)

    def warm_screens(self) -> None:
        """Draw the common screens off screen so their texts are cached (see ``start.warm_menu``)."""
        from game.ui.screens.start import warm_menu

        warm_menu(self)

    def run_idle_task(self) -> bool:
        """Run the oldest idle task; return False when there was none."""
        if not self.idle_tasks:
            return False
        task = self.idle_tasks.popleft()
        try:
            task()
        except Exception:  # work done ahead is optional: the screen does it itself if needed
            log.exception("an idle task failed")
        return True

    # -- names ------------------------------------------------------------------------------
    @property
    def profile_name(self) -> str:
        """Return the current player's name, or an empty string."""
        if self.profile is None:
            return ""
        return str(getattr(self.profile, "name", self.profile))


def _call_if_present(target: Any, method: str, *arguments: Any) -> None:
    function = getattr(target, method, None)
    if callable(function):
        function(*arguments)
