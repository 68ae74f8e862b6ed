"""The built-in illustrations and pack images: drawn at every size, cached, animated gently."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from pathlib import Path

import pygame
import pytest

from game.model.pack import BUILTIN_PICTURES
from game.ui.pictures import BUILTIN_PICTURE_NAMES, PictureRenderer
from game.ui.pictures.catalogue import ILLUSTRATIONS
from game.ui.pictures.illustration import Illustration
from game.ui.pictures.renderer import CACHE_BYTES, SIZES_PER_PICTURE

# Wide, the design's own shape, a 16:9 window and the tall slot a scene gives its picture.
SIZES = [(320, 200), (640, 400), (1280, 720), (590, 640)]
BACKGROUND = (1, 2, 3)


@pytest.fixture(scope="module")
def renderer() -> PictureRenderer:
    """Return one renderer shared by the module, as the app shares one."""
    pygame.init()
    return PictureRenderer()


def drawn(
    renderer: PictureRenderer, name: str, size: tuple[int, int], time_s: float, **options: object
) -> pygame.Surface:
    """Return a new surface with the picture drawn over all of it."""
    surface = pygame.Surface(size)
    surface.fill(BACKGROUND)
    renderer.draw(surface, name, surface.get_rect(), time_s, **options)
    return surface


def distinct_colours(surface: pygame.Surface) -> int:
    """Return how many different colours a sample of the surface's pixels has."""
    pixels = pygame.image.tobytes(surface, "RGB")
    step = 3 * 5
    return len({pixels[index : index + 3] for index in range(0, len(pixels) - 2, step)})


def test_the_builtin_names_match_the_pack_model() -> None:
    """The renderer draws exactly the pictures a pack may name."""
    assert tuple(BUILTIN_PICTURE_NAMES) == tuple(BUILTIN_PICTURES)
    renderer = PictureRenderer()
    assert all(renderer.is_builtin(name) for name in BUILTIN_PICTURES)
    assert all(renderer.animates(name) for name in BUILTIN_PICTURES)
    assert not renderer.is_builtin("images/photo.png")
    assert not renderer.animates("images/photo.png")


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_every_picture_draws_a_full_varied_image_at_every_size(
    renderer: PictureRenderer, name: str, size: tuple[int, int], high_contrast: bool
) -> None:
    """Each picture fills its rectangle with many colours, in both palettes, at every size."""
    surface = drawn(renderer, name, size, 0.3, high_contrast=high_contrast)
    assert distinct_colours(surface) >= 40
    corners = [(0, 0), (size[0] - 1, 0), (0, size[1] - 1), (size[0] - 1, size[1] - 1)]
    assert all(surface.get_at(corner)[:3] != BACKGROUND for corner in corners)


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_the_static_layer_is_painted_once_per_size(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing many frames reuses the cached base; a new size paints a new one."""
    calls: list[tuple[int, int]] = []
    original = Illustration.__init__

    def counting_init(self: Illustration, size: tuple[int, int], palette: object) -> None:
        """Count each painting of a base, then paint as usual."""
        calls.append(size)
        original(self, size, palette)

    monkeypatch.setattr(Illustration, "__init__", counting_init)
    renderer = PictureRenderer()
    first = renderer.base_surface(name, (640, 400))
    for frame in range(5):
        drawn(renderer, name, (640, 400), frame / 30)
    assert renderer.base_surface(name, (640, 400)) is first
    assert calls == [(640, 400)]
    assert renderer.base_surface(name, (320, 200)) is not first
    assert calls == [(640, 400), (320, 200)]


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_every_picture_moves_over_time(renderer: PictureRenderer, name: str) -> None:
    """Within a few seconds the picture looks different, and drawing says it animates."""
    surface = pygame.Surface((640, 400))
    assert renderer.draw(surface, name, surface.get_rect(), 0.0) is True
    before = pygame.image.tobytes(surface, "RGB")
    later = []
    for moment in (0.5, 1.5, 4.5):
        renderer.draw(surface, name, surface.get_rect(), moment)
        later.append(pygame.image.tobytes(surface, "RGB"))
    assert any(frame != before for frame in later)


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_reduced_motion_draws_the_same_still_frame(renderer: PictureRenderer, name: str) -> None:
    """With reduced motion, time changes nothing and drawing reports no animation."""
    surface = pygame.Surface((640, 400))
    assert renderer.draw(surface, name, surface.get_rect(), 0.0, reduced_motion=True) is False
    before = pygame.image.tobytes(surface, "RGB")
    assert renderer.draw(surface, name, surface.get_rect(), 0.5, reduced_motion=True) is False
    assert pygame.image.tobytes(surface, "RGB") == before


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_high_contrast_has_its_own_cached_version(renderer: PictureRenderer, name: str) -> None:
    """The high-contrast palette paints a different base, cached apart from the normal one."""
    normal = renderer.base_surface(name, (320, 200))
    contrast = renderer.base_surface(name, (320, 200), high_contrast=True)
    assert contrast is not normal
    assert pygame.image.tobytes(contrast, "RGB") != pygame.image.tobytes(normal, "RGB")
    assert renderer.base_surface(name, (320, 200), high_contrast=True) is contrast


def test_drawing_stays_inside_its_rectangle(renderer: PictureRenderer) -> None:
    """Nothing is drawn outside the rectangle, and the caller's clip is restored."""
    surface = pygame.Surface((500, 400))
    surface.fill(BACKGROUND)
    rect = pygame.Rect(60, 50, 330, 210)
    for name in BUILTIN_PICTURES:
        renderer.draw(surface, name, rect, 1.3)
    outside = [
        (rect.left - 1, rect.centery),
        (rect.right, rect.centery),
        (rect.centerx, rect.top - 1),
    ]
    outside.append((rect.centerx, rect.bottom))
    assert all(surface.get_at(point)[:3] == BACKGROUND for point in outside)
    assert surface.get_clip() == surface.get_rect()


def test_an_empty_rectangle_draws_nothing(renderer: PictureRenderer) -> None:
    """A zero-sized rectangle (a squeezed layout) is not an error."""
    surface = pygame.Surface((100, 100))
    assert renderer.draw(surface, "white-house", pygame.Rect(10, 10, 0, 40), 0.0) is False


def write_image(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> None:
    """Save a plain image of one colour."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = pygame.Surface(size)
    image.fill(colour)
    pygame.image.save(image, str(path))


def test_a_pack_image_is_scaled_to_fit_keeping_its_shape(
    renderer: PictureRenderer, tmp_path: Path
) -> None:
    """A wide image fills the width of a square box, centred, with the rest left alone."""
    write_image(tmp_path / "images" / "wide.png", (200, 100), (200, 30, 40))
    surface = pygame.Surface((300, 300))
    surface.fill(BACKGROUND)
    animating = renderer.draw(
        surface, "images/wide.png", surface.get_rect(), 0.0, pack_folder=tmp_path
    )
    assert animating is False
    assert surface.get_at((150, 150))[:3] == (200, 30, 40)
    assert surface.get_at((2, 150))[:3] == (200, 30, 40)
    assert surface.get_at((150, 20))[:3] == BACKGROUND
    assert surface.get_at((150, 280))[:3] == BACKGROUND


def test_a_pack_image_is_loaded_once_and_again_when_it_changes(
    renderer: PictureRenderer, tmp_path: Path
) -> None:
    """The decoded image is reused between frames, and an edited file is picked up."""
    path = tmp_path / "images" / "photo.png"
    write_image(path, (40, 40), (10, 200, 10))
    first = renderer.image("images/photo.png", tmp_path)
    assert first is not None
    assert renderer.image("images/photo.png", tmp_path) is first
    write_image(path, (60, 40), (10, 10, 200))
    surface = pygame.Surface((60, 40))
    renderer.draw(surface, "images/photo.png", surface.get_rect(), 0.0, pack_folder=tmp_path)
    assert surface.get_at((30, 20))[:3] == (10, 10, 200)


@pytest.mark.parametrize(
    "picture",
    ["images/missing.png", "images/broken.png", "images/../../outside.png", "no-such-picture"],
)
def test_a_missing_or_broken_pack_image_draws_a_placeholder(
    renderer: PictureRenderer, tmp_path: Path, picture: str
) -> None:
    """A missing, undecodable, escaping or unknown picture draws a placeholder, never raises."""
    pack = tmp_path / "pack"
    (pack / "images").mkdir(parents=True)
    (pack / "images" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    write_image(tmp_path / "outside.png", (20, 20), (250, 0, 0))
    surface = pygame.Surface((320, 200))
    surface.fill(BACKGROUND)
    assert renderer.draw(surface, picture, surface.get_rect(), 0.0, pack_folder=pack) is False
    assert surface.get_at((5, 5))[:3] != BACKGROUND
    assert 2 <= distinct_colours(surface) <= 40
    assert (250, 0, 0) not in {surface.get_at((x, 100))[:3] for x in range(0, 320, 4)}


def test_old_sizes_leave_the_cache_so_memory_stays_bounded() -> None:
    """After many window sizes (a resize drag) the oldest painted size is dropped."""
    renderer = PictureRenderer()
    first = renderer.base_surface("ballot-box", (200, 125))
    for width in range(210, 420, 10):
        renderer.base_surface("ballot-box", (width, 125))
    assert renderer.base_surface("ballot-box", (200, 125)) is not first


def test_a_huge_pack_image_is_kept_at_a_bounded_size(
    renderer: PictureRenderer, tmp_path: Path
) -> None:
    """A camera-sized picture is shrunk once on load, keeping its shape."""
    write_image(tmp_path / "images" / "huge.png", (4096, 64), (20, 120, 220))
    image = renderer.image("images/huge.png", tmp_path)
    assert image is not None
    assert image.get_size() == (2048, 32)


def test_drawing_is_clipped_to_the_rectangle_whatever_the_picture(
    renderer: PictureRenderer,
) -> None:
    """A picture drawn beside another never paints over it."""
    surface = pygame.Surface((400, 200))
    surface.fill(BACKGROUND)
    renderer.draw(surface, "rocket-launch", pygame.Rect(0, 0, 200, 200), 0.4)
    right_half = pygame.image.tobytes(surface.subsurface((200, 0, 200, 200)).copy(), "RGB")
    assert set(right_half) <= set(bytes(BACKGROUND))


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_every_picture_moves_no_faster_than_ambient_motion_needs(
    renderer: PictureRenderer, name: str
) -> None:
    """Each picture declares a motion rate between 1 and 12 frames a second."""
    assert 1 <= renderer.motion_rate(name) <= 12
    assert renderer.motion_rate("images/photo.png") == 0
    assert renderer.next_frame_in("images/photo.png", 3.0) is None


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_the_static_layer_is_reused_while_only_motion_is_redrawn(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many updates paint the base once; each frame touches only a part of the picture."""
    calls: list[tuple[int, int]] = []
    picture_class = ILLUSTRATIONS[name]
    original = picture_class.paint_base

    def counting_paint(self: Illustration, canvas: object) -> None:
        """Count each painting of a static layer, then paint as usual."""
        calls.append(self.size)
        original(self, canvas)

    monkeypatch.setattr(picture_class, "paint_base", counting_paint)
    renderer = PictureRenderer()
    surface = pygame.Surface((640, 400))
    rect = surface.get_rect()
    rate = renderer.motion_rate(name)
    renderer.draw(surface, name, rect, 0.0)
    for frame in range(1, 6):
        dirty = renderer.update(surface, name, rect, frame / rate)
        assert dirty
        assert sum(part.width * part.height for part in dirty) < rect.width * rect.height * 0.3
    assert calls == [(640, 400)]


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_an_update_within_one_motion_frame_changes_nothing(
    renderer: PictureRenderer, name: str
) -> None:
    """Between two frames of the picture's own rate, updating returns no rectangle at all."""
    surface = pygame.Surface((320, 200))
    rect = surface.get_rect()
    rate = renderer.motion_rate(name)
    assert renderer.update(surface, name, rect, 1.0 / rate) == [rect]
    assert renderer.update(surface, name, rect, 1.4 / rate) == []
    assert renderer.update(surface, name, rect, 2.0 / rate) != []
    assert renderer.next_frame_in(name, 1.4 / rate) == pytest.approx(0.6 / rate)


@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_reduced_motion_returns_no_dirty_rectangles_after_the_first_frame(
    renderer: PictureRenderer, name: str
) -> None:
    """Under reduced motion the first update paints the still picture; later ones nothing."""
    surface = pygame.Surface((320, 200))
    rect = surface.get_rect()
    assert renderer.update(surface, name, rect, 0.0, reduced_motion=True) == [rect]
    before = pygame.image.tobytes(surface, "RGB")
    for moment in (0.5, 1.0, 7.3):
        assert renderer.update(surface, name, rect, moment, reduced_motion=True) == []
    assert pygame.image.tobytes(surface, "RGB") == before
    # Turning reduced motion off starts the motion again, from a full repaint.
    assert renderer.update(surface, name, rect, 8.0) == [rect]


@pytest.mark.parametrize("size", [(640, 400), (590, 640)])
@pytest.mark.parametrize("name", BUILTIN_PICTURES)
def test_updating_only_the_dirty_rectangles_looks_like_drawing_it_all(
    renderer: PictureRenderer, name: str, size: tuple[int, int]
) -> None:
    """Frame after frame, the updated picture equals a fresh full drawing: nothing leaks.

    The picture sits inside a larger surface, so the dirty rectangles are checked against
    the picture's own rectangle, not the surface's. The fresh drawings come from a second
    renderer, so the first one only ever updates.
    """
    reference = PictureRenderer()
    surface = pygame.Surface((size[0] + 60, size[1] + 40))
    surface.fill(BACKGROUND)
    rect = pygame.Rect((30, 20), size)
    rate = renderer.motion_rate(name)
    renderer.draw(surface, name, rect, 0.0)
    for frame in range(1, 9):
        moment = frame * 1.37 / rate
        dirty = renderer.update(surface, name, rect, moment)
        assert dirty, "every update here lands on a new motion frame"
        assert all(rect.contains(part) for part in dirty)
        fresh = pygame.Surface(surface.get_size())
        fresh.fill(BACKGROUND)
        reference.draw(fresh, name, rect, moment)
        assert pygame.image.tobytes(surface, "RGB") == pygame.image.tobytes(fresh, "RGB")
        assert renderer.update(surface, name, rect, moment) == []


def test_the_picture_caches_stay_within_their_byte_budget() -> None:
    """Painting every picture at fullscreen size keeps the cache under its budget."""
    renderer = PictureRenderer()
    for name in BUILTIN_PICTURES:
        renderer.illustration(name, (1600, 1000))
    assert renderer.cached_bytes() <= CACHE_BYTES
    assert renderer.cached_bytes() > 0


def test_a_resize_drops_the_older_sizes_of_a_picture() -> None:
    """Only the newest sizes of one picture stay painted while a window is resized."""
    renderer = PictureRenderer()
    sizes = [(300 + step * 20, 200) for step in range(6)]
    for size in sizes:
        renderer.illustration("map-pin", size)
    kept = [key[1] for key in renderer._illustrations if key[0] == "map-pin"]
    assert kept == sizes[-SIZES_PER_PICTURE:]
