"""Draw a scene's picture: a built-in illustration or an image a pack ships, cached per size."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pygame

from game.model.pack import BUILTIN_PICTURES
from game.ui.pictures.canvas import Canvas
from game.ui.pictures.illustration import STILL_TIME, Illustration
from game.ui.pictures.palette import Palette, palette_for

# Enough for every picture at two window sizes; older sizes (a resize drag) are dropped.
CACHE_LIMIT = 16
# Cached pixels at most (4 bytes each: about 32 MB), so a big fullscreen keeps memory low.
CACHE_PIXELS = 8_000_000
MAX_IMAGE_SIDE = 2048


def _illustration_classes() -> dict[str, Callable[[tuple[int, int], Palette], Illustration]]:
    """Return the class that paints each built-in picture, by name."""
    from game.ui.pictures.ballot_box import BallotBox
    from game.ui.pictures.bonfire_night import BonfireNight
    from game.ui.pictures.crowd_rally import CrowdRally
    from game.ui.pictures.police_line import PoliceLine
    from game.ui.pictures.security_building import SecurityBuilding
    from game.ui.pictures.white_house import WhiteHouse

    return {
        "white-house": WhiteHouse,
        "crowd-rally": CrowdRally,
        "police-line": PoliceLine,
        "bonfire-night": BonfireNight,
        "security-building": SecurityBuilding,
        "ballot-box": BallotBox,
    }


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

    def is_builtin(self, name: str) -> bool:
        """Return whether ``name`` is one of the illustrations drawn in code."""
        return name in self._classes

    def animates(self, name: str) -> bool:
        """Return whether drawing ``name`` moves over time (built-in illustrations do)."""
        return self.is_builtin(name)

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
        """Draw the picture into ``rect``; return whether it animates (so keep redrawing)."""
        rect = pygame.Rect(rect)
        if rect.width < 1 or rect.height < 1:
            return False
        previous_clip = surface.get_clip()
        surface.set_clip(rect.clip(previous_clip) if previous_clip else rect)
        try:
            if self.is_builtin(name_or_path):
                illustration = self.illustration(name_or_path, rect.size, high_contrast)
                surface.blit(illustration.base, rect.topleft)
                moment = STILL_TIME if reduced_motion else time_s
                illustration.draw_motion(Canvas(surface, rect), moment)
                return not reduced_motion
            image = self.scaled_image(name_or_path, pack_folder, rect.size)
            if image is None:
                draw_placeholder(surface, rect, palette_for(high_contrast))
            else:
                surface.blit(image, image.get_rect(center=rect.center))
            return False
        finally:
            surface.set_clip(previous_clip)

    def illustration(
        self, name: str, size: tuple[int, int], high_contrast: bool = False
    ) -> Illustration:
        """Return the illustration painted at ``size``, painting it only the first time."""
        key = (name, (int(size[0]), int(size[1])), bool(high_contrast))
        cached = self._illustrations.get(key)
        if cached is not None:
            self._illustrations.move_to_end(key)
            return cached
        illustration = self._classes[name](key[1], palette_for(high_contrast))
        self._illustrations[key] = illustration
        _trim(self._illustrations, lambda cached: cached.size[0] * cached.size[1])
        return illustration

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
        _trim(
            self._images, lambda cached: cached.get_width() * cached.get_height() if cached else 0
        )
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
            return cached
        width, height = image.get_size()
        factor = min(size[0] / width, size[1] / height)
        target = (max(1, round(width * factor)), max(1, round(height * factor)))
        scaled = pygame.transform.smoothscale(image, target)
        self._scaled[key] = scaled
        _trim(self._scaled, lambda cached: cached.get_width() * cached.get_height())
        return scaled


def _trim(cache: OrderedDict, pixels: Callable[[object], int]) -> None:
    """Drop the least recently used entries over the count or pixel limit, keeping the newest."""
    total = sum(pixels(value) for value in cache.values())
    while len(cache) > 1 and (len(cache) > CACHE_LIMIT or total > CACHE_PIXELS):
        _, dropped = cache.popitem(last=False)
        total -= pixels(dropped)


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
