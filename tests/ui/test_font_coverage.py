"""The shipped Noto Sans draws Kyrgyz letters properly: Ң ң ү reach below the baseline.

The font bundled with pygame draws Ң ң ү without their descenders; this test renders them
with the shipped font and looks for ink below the baseline (Н н, which have no descender,
show that the measurement can tell the difference).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
pygame = pytest.importorskip("pygame")

FONTS = Path(__file__).parents[2] / "assets" / "fonts"
SIZE = 64


@pytest.fixture(scope="module", params=["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"])
def font(request: pytest.FixtureRequest) -> object:
    """Return the shipped font at a size large enough to measure descenders."""
    pygame.font.init()
    return pygame.font.Font(str(FONTS / request.param), SIZE)


def ink_below_baseline(font: object, character: str) -> int:
    """Return how many pixel rows below the baseline hold ink for ``character``."""
    surface = font.render(character, True, (255, 255, 255), (0, 0, 0))
    baseline = font.get_ascent()
    rows = 0
    for y in range(baseline + 1, surface.get_height()):
        if any(surface.get_at((x, y))[0] > 128 for x in range(surface.get_width())):
            rows += 1
    return rows


@pytest.mark.parametrize("character", ["Ң", "ң", "ү"])
def test_kyrgyz_letters_have_real_descenders(font: object, character: str) -> None:
    """Ң ң ү reach at least an eighth of the font size below the baseline."""
    assert ink_below_baseline(font, character) >= SIZE // 8


@pytest.mark.parametrize("character", ["Н", "н", "Ө", "ө"])
def test_letters_without_descenders_stay_on_the_baseline(font: object, character: str) -> None:
    """Н н Ө ө barely go below the baseline (the measurement is not always true)."""
    assert ink_below_baseline(font, character) <= 2


def test_kyrgyz_letters_differ_from_their_russian_look_alikes(font: object) -> None:
    """Ң is not drawn as Н, nor ү as у: each has its own glyph."""
    for kyrgyz, russian in [("Ң", "Н"), ("ү", "у"), ("Ө", "О")]:
        kyrgyz_surface = font.render(kyrgyz, True, (255, 255, 255), (0, 0, 0))
        russian_surface = font.render(russian, True, (255, 255, 255), (0, 0, 0))
        same_size = kyrgyz_surface.get_size() == russian_surface.get_size()
        assert not (
            same_size
            and pygame.image.tobytes(kyrgyz_surface, "RGB")
            == pygame.image.tobytes(russian_surface, "RGB")
        )
