"""Colours, spacing, radii and font sizes, for the calm palette and the high-contrast one.

Everything scales with the window: sizes are given for a 1280×720 window and multiplied by
``scale`` (the smaller of the width and height ratios). Font sizes are also multiplied by
the player's text scale (1.0–1.5), so layouts must measure text rather than assume heights.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

Colour = tuple[int, int, int]

REFERENCE_SIZE = (1280, 720)
MINIMUM_SIZE = (960, 540)
TEXT_SCALE_RANGE = (1.0, 1.5)

# Font sizes in pixels at 1280×720 and text scale 1.0.
FONT_SIZES: dict[str, int] = {
    "brand": 76,
    "title": 42,
    "heading": 30,
    "body": 22,
    "button": 22,
    "small": 17,
}


@dataclass(frozen=True)
class Palette:
    """The colours of one look: calm (default) or high contrast."""

    background: Colour
    background_pattern: Colour
    surface: Colour
    surface_alt: Colour
    border: Colour
    text: Colour
    text_muted: Colour
    primary: Colour
    primary_hover: Colour
    primary_pressed: Colour
    on_primary: Colour
    secondary: Colour
    secondary_hover: Colour
    on_secondary: Colour
    accent: Colour
    right: Colour
    wrong: Colour
    warning: Colour
    focus: Colour
    focus_outline: Colour
    shadow: Colour
    overlay: tuple[int, int, int, int]
    disabled: Colour


CALM = Palette(
    background=(244, 238, 227),
    background_pattern=(236, 228, 214),
    surface=(255, 252, 246),
    surface_alt=(248, 242, 232),
    border=(214, 203, 186),
    text=(33, 37, 46),
    text_muted=(86, 92, 104),
    primary=(22, 108, 120),
    primary_hover=(18, 92, 103),
    primary_pressed=(13, 72, 81),
    on_primary=(255, 255, 255),
    secondary=(233, 224, 209),
    secondary_hover=(222, 211, 192),
    on_secondary=(33, 37, 46),
    accent=(214, 104, 46),
    right=(32, 128, 70),
    wrong=(186, 48, 48),
    warning=(168, 104, 0),
    focus=(242, 153, 0),
    focus_outline=(33, 37, 46),
    shadow=(205, 193, 174),
    overlay=(33, 37, 46, 150),
    disabled=(150, 150, 150),
)

HIGH_CONTRAST = Palette(
    background=(0, 0, 0),
    background_pattern=(18, 18, 18),
    surface=(12, 12, 12),
    surface_alt=(28, 28, 28),
    border=(255, 255, 255),
    text=(255, 255, 255),
    text_muted=(235, 235, 235),
    primary=(255, 221, 0),
    primary_hover=(255, 235, 90),
    primary_pressed=(220, 190, 0),
    on_primary=(0, 0, 0),
    secondary=(40, 40, 40),
    secondary_hover=(70, 70, 70),
    on_secondary=(255, 255, 255),
    accent=(255, 221, 0),
    right=(90, 230, 120),
    wrong=(255, 110, 110),
    warning=(255, 200, 60),
    focus=(0, 230, 255),
    focus_outline=(0, 0, 0),
    shadow=(0, 0, 0),
    overlay=(0, 0, 0, 200),
    disabled=(160, 160, 160),
)


def clamp_text_scale(value: float) -> float:
    """Return ``value`` limited to the allowed text scale range (1.0–1.5)."""
    low, high = TEXT_SCALE_RANGE
    return max(low, min(high, float(value)))


@dataclass(frozen=True)
class Theme:
    """Sizes and colours for one window size, text scale and palette."""

    palette: Palette
    window_size: tuple[int, int]
    text_scale: float = 1.0
    high_contrast: bool = False
    reduced_motion: bool = False

    @classmethod
    def create(
        cls,
        window_size: tuple[int, int],
        text_scale: float = 1.0,
        high_contrast: bool = False,
        reduced_motion: bool = False,
    ) -> Theme:
        """Build the theme for a window size and the player's display settings."""
        palette = HIGH_CONTRAST if high_contrast else CALM
        return cls(
            palette,
            (int(window_size[0]), int(window_size[1])),
            clamp_text_scale(text_scale),
            high_contrast,
            reduced_motion,
        )

    @cached_property
    def scale(self) -> float:
        """Return how much larger than 1280×720 the window is (the smaller axis decides)."""
        width, height = self.window_size
        return max(0.5, min(width / REFERENCE_SIZE[0], height / REFERENCE_SIZE[1]))

    def font_size(self, role: str) -> int:
        """Return the pixel size for a text role (brand, title, heading, body, button, small)."""
        return self.font_sizes[role]

    @cached_property
    def font_sizes(self) -> dict[str, int]:
        """Return the pixel size of every text role (computed once per theme)."""
        return {
            role: max(11, round(size * self.scale * self.text_scale))
            for role, size in FONT_SIZES.items()
        }

    def space(self, steps: float = 1.0) -> int:
        """Return a spacing of ``steps`` × 8 px at 1280×720, scaled to the window."""
        return max(1, round(8 * steps * self.scale))

    @property
    def radius(self) -> int:
        """Return the corner radius of cards and buttons."""
        return self.space(1.75)

    @property
    def border_width(self) -> int:
        """Return the width of borders (thicker in high contrast)."""
        return max(1, round((3 if self.high_contrast else 2) * self.scale))

    @property
    def focus_width(self) -> int:
        """Return the width of the focus ring."""
        return max(3, round(4 * self.scale))

    @property
    def margin(self) -> int:
        """Return the outer margin between the window edge and the content."""
        return self.space(4)
