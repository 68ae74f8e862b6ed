"""Noto Sans fonts and a cache of rendered text surfaces.

Never pygame's bundled font: it draws Ң ң ү wrongly and has no №. Rendering text is the
most expensive thing a frame does, so every surface is cached by
(text, bold, size, colour, width, align) and re-used; the cache has a byte budget
(20 MB: a playthrough at 1920×1080 filled 24 MB with 133 renders, mostly of screens
already left; below 20 MB the screens drawn ahead at idle time start to be pushed out
before they are shown) and drops the least recently used first. Fonts are loaded once per size used.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

import pygame

from game.paths import resolve

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}
ALIGNMENTS = {"left": "FONT_LEFT", "center": "FONT_CENTER", "right": "FONT_RIGHT"}

Colour = tuple[int, int, int]

# Only ASCII white space breaks a line: translators glue words with no-break spaces (U+00A0),
# as Russian typography asks ("4 октября", "и «Мекеним»"), and str.split() would undo that.
_BREAKABLE_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def collapse_spaces(text: str) -> str:
    """Return ``text`` with runs of breakable white space made one space; keep no-break spaces."""
    return _BREAKABLE_SPACE.sub(" ", text).strip(" ")


class TimeSliceOver(Exception):  # a signal to stop for now, not an error
    """Raise inside work done ahead (``time_slice``) when its slice of idle time is used up."""


class TextRenderer:
    """Load fonts once per size and render (wrapped) text through a bounded cache."""

    def __init__(self, max_entries: int = 1500, max_bytes: int = 20 * 1024 * 1024) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._sizes: OrderedDict[tuple, tuple[int, int]] = OrderedDict()
        self.cached_bytes = 0
        self.hits = 0
        self.misses = 0
        # Set by ``time_slice``: when rendering ahead must stop for now, and renders so far.
        self._slice_deadline: float | None = None
        self._slice_renders = 0

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        """Return the Noto Sans font of ``size`` pixels (bold or regular)."""
        key = (int(size), bool(bold))
        font = self._fonts.get(key)
        if font is None:
            path = resolve("assets", "fonts", FONT_FILES[bool(bold)])
            font = pygame.font.Font(str(path), key[0])
            self._fonts[key] = font
        return font

    def render(
        self,
        text: str,
        size: int,
        colour: Colour,
        *,
        bold: bool = False,
        width: int = 0,
        align: str = "left",
    ) -> pygame.Surface:
        """Return ``text`` rendered, wrapped at ``width`` pixels when ``width`` > 0."""
        key = (text, bool(bold), int(size), tuple(colour), max(0, int(width)), align)
        surface = self._surfaces.get(key)
        if surface is not None:
            self.hits += 1
            self._surfaces.move_to_end(key)
            return surface
        self.misses += 1
        # Tinting the white master is a fast copy; shaping and wrapping the text again is not.
        surface = self._master(text, size, bold, key[4], align).copy()
        surface.fill(key[3], special_flags=pygame.BLEND_RGB_MULT)
        self._store(key, surface)
        return surface

    def _master(self, text: str, size: int, bold: bool, width: int, align: str) -> pygame.Surface:
        """Return ``text`` rendered in white (cached): every colour and every measure starts here."""
        key = (text, bool(bold), int(size), None, width, align)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        if self._slice_deadline is not None:
            # At least one render per slice, so work done ahead always moves on.
            if self._slice_renders and time.perf_counter() > self._slice_deadline:
                raise TimeSliceOver
            self._slice_renders += 1
        font = self.font(size, bold)
        font.align = getattr(pygame, ALIGNMENTS.get(align, "FONT_LEFT"))
        wrap = width
        # Text that fits on one line renders unwrapped, so the surface is only as wide as the
        # text (a wrapped surface is as wide as the wrap length, which breaks centring).
        if wrap and "\n" not in text and (not text or self.line_size(text, size, bold)[0] <= wrap):
            wrap = 0
        # Empty text renders as a zero-width surface; keep the line height so layouts stay put.
        surface = font.render(text or " ", True, (255, 255, 255), None, wrap)
        self._store(key, surface)
        return surface

    def _store(self, key: tuple, surface: pygame.Surface) -> None:
        self._surfaces[key] = surface
        self.cached_bytes += _bytes_of(surface)
        # Bounded by count and by memory: long wrapped paragraphs are large surfaces.
        while len(self._surfaces) > 1 and (
            len(self._surfaces) > self.max_entries or self.cached_bytes > self.max_bytes
        ):
            _, dropped = self._surfaces.popitem(last=False)
            self.cached_bytes -= _bytes_of(dropped)

    def measure(
        self, text: str, size: int, *, bold: bool = False, width: int = 0
    ) -> tuple[int, int]:
        """Return the (width, height) ``text`` takes when wrapped at ``width`` (0 = one line)."""
        width = max(0, int(width))
        key = (text, bool(bold), int(size), width)
        found = self._sizes.get(key)
        if found is not None:
            return found
        # Text that fits on one line is never wrapped (see ``_master``): its size is the
        # font's measure, with no rendering; only text that wraps is rendered to be measured.
        found = self.line_size(text, size, bold)
        if width and text and ("\n" in text or found[0] > width):
            found = self._master(text, size, bold, width, "left").get_size()
        self._sizes[key] = found
        if len(self._sizes) > 20 * self.max_entries:
            self._sizes.popitem(last=False)
        return found

    def line_size(self, text: str, size: int, bold: bool = False) -> tuple[int, int]:
        """Return the (width, height) of ``text`` on one line, unwrapped (cached)."""
        key = (text, bool(bold), int(size), None)
        found = self._sizes.get(key)
        if found is None:
            found = self.font(size, bold).size(text or " ")
            self._sizes[key] = found
        return found

    def longest_word_width(self, text: str, size: int, *, bold: bool = False) -> int:
        """Return the width of the widest single word, which wrapping cannot break nicely."""
        words = _BREAKABLE_SPACE.split(text)
        return max((self.line_size(word, size, bold)[0] for word in words if word), default=0)

    def line_height(self, size: int, bold: bool = False) -> int:
        """Return the height of one line of text."""
        return self.font(size, bold).get_linesize()

    @contextmanager
    def time_slice(self, seconds: float) -> Iterator[None]:
        """Render for about ``seconds``, then raise ``TimeSliceOver`` before the next render.

        Work done ahead at idle time runs in such slices, so input that arrives meanwhile
        waits at most a slice; what was rendered stays cached and the next slice goes on.
        """
        self._slice_deadline = time.perf_counter() + seconds
        self._slice_renders = 0
        try:
            yield
        finally:
            self._slice_deadline = None

    def clear(self, fonts: bool = False) -> None:
        """Forget every cached surface and size, and with ``fonts`` the loaded fonts too.

        A new window size brings new text sizes: the fonts of the old ones are let go
        (each size used is loaded again once, when first drawn).
        """
        self._surfaces.clear()
        self._sizes.clear()
        self.cached_bytes = 0
        if fonts:
            self._fonts.clear()


def _bytes_of(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize()
