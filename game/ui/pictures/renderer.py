"""Draw a scene's picture: a built-in illustration or an image a pack ships, cached per size."""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.model.pack import BUILTIN_PICTURES
from game.ui.pictures.illustration import STILL_TIME, Illustration
from game.ui.pictures.palette import Palette, palette_for

# Painted pictures keep at most this many bytes of pixels (bases and sprites together):
# five pictures at the size a scene shows them at 1920×1080 (896×972: 3.5 MB each): the one
# shown, the next one painted ahead, the menu's and two to go back to; the least recently
# used leave first. (40 MB took the game's peak memory at 1920×1080 to 149 MB.)
CACHE_BYTES = 20_000_000
# Pack images decoded or scaled, at most this many bytes each cache.
IMAGE_CACHE_BYTES = 16_000_000
# Sizes of one picture kept at once: the slot it is shown in and one painted ahead.
SIZES_PER_PICTURE = 2
MAX_IMAGE_SIDE = 2048


def _illustration_classes() -> dict[str, Callable[[tuple[int, int], Palette], Illustration]]:
    """Return the class that paints each built-in picture, by name."""
    from game.ui.pictures.catalogue import ILLUSTRATIONS

    return dict(ILLUSTRATIONS)


@dataclass(frozen=True)
class _Shown:
    """What one rectangle of one surface shows now, so the next frame can redraw only changes."""

    # A weak reference: a freed surface's id can come back for a new one, a dead ref cannot.
    surface: weakref.ref
    name: str
    high_contrast: bool
    frame: int | None


class PictureRenderer:
    """Draw built-in illustrations and pack images into rectangles; keep one per app."""

    def __init__(self) -> None:
        self._classes = _illustration_classes()
        self._illustrations: OrderedDict[tuple[str, tuple[int, int], bool], Illustration] = (
            OrderedDict()
        )
        self._images: OrderedDict[tuple[Path, int, int], pygame.Surface | None] = OrderedDict()
        self._scaled: OrderedDict[tuple[Path, int, int, tuple[int, int]], pygame.Surface] = (
            OrderedDict()
        )
        self._shown: dict[tuple[int, int, int, int], _Shown] = {}

    def is_builtin(self, name: str) -> bool:
        """Return whether ``name`` is one of the illustrations drawn in code."""
        return name in self._classes

    def animates(self, name: str) -> bool:
        """Return whether drawing ``name`` moves over time (built-in illustrations do)."""
        return self.is_builtin(name)

    def motion_rate(self, name: str) -> float:
        """Return how many new frames a second the picture's motion needs (0: it never moves)."""
        if not self.is_builtin(name):
            return 0.0
        return float(self._classes[name].motion_hz)  # type: ignore[attr-defined]

    def frame_index(self, name: str, time_s: float) -> int:
        """Return the number of the motion frame shown at ``time_s`` (it changes at the rate)."""
        rate = self.motion_rate(name)
        return int(time_s * rate) if rate else 0

    def next_frame_in(self, name: str, time_s: float) -> float | None:
        """Return seconds from ``time_s`` until the picture next changes, or None if never."""
        rate = self.motion_rate(name)
        if not rate:
            return None
        return (int(time_s * rate) + 1) / rate - time_s

    def draw(
        self,
        surface: pygame.Surface,
        name_or_path: str,
        rect: pygame.Rect,
        time_s: float,
        reduced_motion: bool = False,
        pack_folder: Path | str | None = None,
        high_contrast: bool = False,
    ) -> bool:
        """Draw the whole picture into ``rect``; return whether it animates (so keep updating)."""
        rect = pygame.Rect(rect)
        if rect.width < 1 or rect.height < 1:
            return False
        previous_clip = surface.get_clip()
        surface.set_clip(rect.clip(previous_clip) if previous_clip else rect)
        try:
            if self.is_builtin(name_or_path):
                illustration = self.illustration(name_or_path, rect.size, high_contrast)
                surface.blit(illustration.base, rect.topleft)
                frame = None if reduced_motion else self.frame_index(name_or_path, time_s)
                illustration.draw_motion(
                    illustration.canvas(surface, rect), self._moment(name_or_path, frame)
                )
                self._remember(surface, rect, name_or_path, high_contrast, frame)
                return not reduced_motion
            image = self.scaled_image(name_or_path, pack_folder, rect.size)
            if image is None:
                draw_placeholder(surface, rect, palette_for(high_contrast))
            else:
                surface.blit(image, image.get_rect(center=rect.center))
            self._remember(surface, rect, name_or_path, high_contrast, None)
            return False
        finally:
            surface.set_clip(previous_clip)

    def update(
        self,
        surface: pygame.Surface,
        name_or_path: str,
        rect: pygame.Rect,
        time_s: float,
        reduced_motion: bool = False,
        pack_folder: Path | str | None = None,
        high_contrast: bool = False,
    ) -> list[pygame.Rect]:
        """Bring the picture in ``rect`` up to ``time_s``; return the rectangles that changed.

        The first call for a rectangle (or after :meth:`draw` drew something else there, or
        the size, palette or motion setting changed) draws everything and returns ``[rect]``.
        Later calls return ``[]`` until the motion's next frame is due, then repaint only
        the moving parts' rectangles from the cached base and return those.
        """
        rect = pygame.Rect(rect)
        if rect.width < 1 or rect.height < 1:
            return []
        builtin = self.is_builtin(name_or_path)
        frame = self.frame_index(name_or_path, time_s) if builtin and not reduced_motion else None
        shown = self._shown.get(tuple(rect))
        same = (
            shown is not None
            and shown.surface() is surface
            and shown.name == name_or_path
            and shown.high_contrast == high_contrast
            and (shown.frame is None) == (frame is None)
        )
        if not same:
            self.draw(
                surface, name_or_path, rect, time_s, reduced_motion, pack_folder, high_contrast
            )
            return [rect]
        if frame is None or shown.frame == frame:
            return []
        illustration = self.illustration(name_or_path, rect.size, high_contrast)
        dirty = [part.move(rect.topleft) for part in illustration.motion_rects]
        previous_clip = surface.get_clip()
        surface.set_clip(rect.clip(previous_clip) if previous_clip else rect)
        try:
            for part, area in zip(dirty, illustration.motion_rects, strict=True):
                surface.blit(illustration.base, part.topleft, area)
            illustration.draw_motion(
                illustration.canvas(surface, rect), self._moment(name_or_path, frame)
            )
        finally:
            surface.set_clip(previous_clip)
        self._remember(surface, rect, name_or_path, high_contrast, frame)
        return dirty

    def forget_sizes(self) -> None:
        """Drop every painted picture and scaled image (the window changed size).

        Decoded pack images stay; the pictures are painted again at the new size when drawn.
        """
        self._illustrations.clear()
        self._scaled.clear()
        self._shown.clear()

    def forget_shown(self) -> None:
        """Forget what every rectangle shows (the screen was repainted by someone else)."""
        self._shown.clear()

    def _moment(self, name: str, frame: int | None) -> float:
        """Return the animation time of a motion frame (the still moment when None)."""
        if frame is None:
            return STILL_TIME
        return frame / self.motion_rate(name)

    def _remember(
        self,
        surface: pygame.Surface,
        rect: pygame.Rect,
        name: str,
        high_contrast: bool,
        frame: int | None,
    ) -> None:
        """Note what ``rect`` of ``surface`` shows now; a few slots at most are remembered."""
        key = tuple(rect)
        self._shown.pop(key, None)
        self._shown[key] = _Shown(weakref.ref(surface), name, high_contrast, frame)
        while len(self._shown) > 8:
            self._shown.pop(next(iter(self._shown)))

    def illustration(
        self, name: str, size: tuple[int, int], high_contrast: bool = False
    ) -> Illustration:
        """Return the illustration painted at ``size``, painting it only the first time."""
        key = (name, (int(size[0]), int(size[1])), bool(high_contrast))
        cached = self._illustrations.get(key)
        if cached is not None:
            self._illustrations.move_to_end(key)
            return cached
        # A resize shows the picture at a new size: older sizes of it will not come back soon.
        same_picture = [old for old in self._illustrations if old[0] == name and old[2] == key[2]]
        for old in same_picture[: max(0, len(same_picture) - SIZES_PER_PICTURE + 1)]:
            del self._illustrations[old]
        illustration = self._classes[name](key[1], palette_for(high_contrast))
        self._illustrations[key] = illustration
        _trim(self._illustrations, lambda cached: cached.nbytes, CACHE_BYTES)
        return illustration

    def cached_bytes(self) -> int:
        """Return how many bytes of pixels the caches hold now."""
        return (
            sum(item.nbytes for item in self._illustrations.values())
            + sum(_surface_bytes(image) for image in self._images.values())
            + sum(_surface_bytes(image) for image in self._scaled.values())
        )

    def base_surface(
        self, name: str, size: tuple[int, int], high_contrast: bool = False
    ) -> pygame.Surface:
        """Return the cached static layer of a built-in picture at ``size``."""
        return self.illustration(name, size, high_contrast).base

    def image_path(self, name_or_path: str, pack_folder: Path | str | None) -> Path | None:
        """Return the file a pack picture ``images/<file>`` names, or None if it is not one."""
        if pack_folder is None or not name_or_path.startswith("images/"):
            return None
        folder = Path(pack_folder).resolve()
        path = (folder / name_or_path).resolve()
        # A pack may only show its own images, never a file outside its folder.
        if folder not in path.parents:
            return None
        return path

    def image(self, name_or_path: str, pack_folder: Path | str | None) -> pygame.Surface | None:
        """Return a pack image loaded once (reloaded when the file changes), or None."""
        path = self.image_path(name_or_path, pack_folder)
        if path is None:
            return None
        try:
            status = path.stat()
        except OSError:
            return None
        key = (path, status.st_mtime_ns, status.st_size)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        for old in [old for old in self._images if old[0] == path]:
            del self._images[old]
        self._images[key] = _load_image(path)
        _trim(self._images, _surface_bytes, IMAGE_CACHE_BYTES)
        return self._images[key]

    def scaled_image(
        self, name_or_path: str, pack_folder: Path | str | None, size: tuple[int, int]
    ) -> pygame.Surface | None:
        """Return a pack image scaled to fit ``size`` keeping its aspect, cached per size."""
        image = self.image(name_or_path, pack_folder)
        if image is None:
            return None
        path = self.image_path(name_or_path, pack_folder)
        status = path.stat() if path is not None else None
        key = (path, status.st_mtime_ns if status else 0, status.st_size if status else 0, size)
        cached = self._scaled.get(key)
        if cached is not None:
            self._scaled.move_to_end(key)
            return cached
        for old in [old for old in self._scaled if old[0] == path and old[3] != size]:
            del self._scaled[old]
        width, height = image.get_size()
        factor = min(size[0] / width, size[1] / height)
        target = (max(1, round(width * factor)), max(1, round(height * factor)))
        scaled = pygame.transform.smoothscale(image, target)
        self._scaled[key] = scaled
        _trim(self._scaled, _surface_bytes, IMAGE_CACHE_BYTES)
        return scaled


def _surface_bytes(surface: pygame.Surface | None) -> int:
    """Return the bytes of pixels a cached surface holds (0 for a remembered failure)."""
    if surface is None:
        return 0
    return surface.get_width() * surface.get_height() * surface.get_bytesize()


def _trim(cache: OrderedDict, size: Callable[[Any], int], budget: int) -> None:
    """Drop least recently used entries until the cache is within ``budget`` bytes."""
    total = sum(size(value) for value in cache.values())
    while len(cache) > 1 and total > budget:
        _, dropped = cache.popitem(last=False)
        total -= size(dropped)


def _load_image(path: Path) -> pygame.Surface | None:
    """Return the decoded image at ``path`` as 32-bit pixels, or None if it does not decode."""
    try:
        image = pygame.image.load(str(path))
    except (pygame.error, OSError, ValueError):
        return None
    width, height = image.get_size()
    if width < 1 or height < 1:
        return None
    # smoothscale needs 24 or 32 bits per pixel; palette PNGs and greyscale JPEGs are 8.
    if pygame.display.get_surface() is not None:
        image = image.convert_alpha()
    else:
        converted = pygame.Surface(image.get_size(), pygame.SRCALPHA, 32)
        converted.blit(image, (0, 0))
        image = converted
    # A camera photo can be 12 megapixels; no picture slot needs more than this.
    factor = MAX_IMAGE_SIDE / max(width, height)
    if factor < 1:
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        image = pygame.transform.smoothscale(image, size)
    return image


def draw_placeholder(surface: pygame.Surface, rect: pygame.Rect, palette: Palette) -> None:
    """Draw a calm framed 'picture missing' mark (mountains and sun, crossed) into ``rect``."""
    surface.fill(palette.placeholder_back, rect)
    mark = palette.placeholder_mark
    unit = max(4, min(rect.width, rect.height) // 8)
    centre_x, centre_y = rect.center
    frame = pygame.Rect(0, 0, unit * 4, unit * 3)
    frame.center = rect.center
    pygame.draw.rect(surface, mark, frame, max(1, unit // 6), border_radius=max(1, unit // 4))
    pygame.draw.polygon(
        surface,
        mark,
        [
            (frame.left + unit * 0.4, frame.bottom - unit * 0.4),
            (centre_x - unit * 0.4, centre_y - unit * 0.3),
            (centre_x + unit * 0.3, centre_y + unit * 0.5),
            (centre_x + unit * 0.9, centre_y),
            (frame.right - unit * 0.4, frame.bottom - unit * 0.4),
        ],
    )
    pygame.draw.aacircle(surface, mark, (centre_x + unit, centre_y - unit * 0.7), unit * 0.35)
    pygame.draw.line(surface, mark, frame.topleft, frame.bottomright, max(1, unit // 6))


BUILTIN_PICTURE_NAMES: tuple[str, ...] = BUILTIN_PICTURES
