"""The one palette every built-in illustration shares: Bishkek on an October evening.

Dusk tones (indigo sky fading to a warm peach horizon, violet Ala-Too mountains with
snow, marble buildings tinted by the evening light) keep the six pictures coherent. The
high-contrast variant pushes every colour away from mid-grey, so shapes separate more
clearly for players who asked for high contrast.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, fields, replace

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """Name every colour the illustrations use, so a variant can change them all at once."""

    sky_top: Colour = (34, 38, 82)
    sky_middle: Colour = (104, 78, 128)
    sky_horizon: Colour = (240, 160, 122)
    night_top: Colour = (10, 14, 36)
    night_horizon: Colour = (44, 42, 84)
    star: Colour = (236, 232, 255)
    cloud: Colour = (196, 150, 170)
    cloud_night: Colour = (60, 62, 100)
    mountain_far: Colour = (132, 112, 158)
    mountain_near: Colour = (96, 84, 132)
    snow: Colour = (236, 222, 236)
    ground: Colour = (58, 54, 80)
    pavement: Colour = (104, 96, 120)
    pavement_light: Colour = (134, 122, 144)
    tree: Colour = (44, 66, 76)
    tree_light: Colour = (62, 90, 98)
    marble: Colour = (238, 230, 236)
    marble_shade: Colour = (198, 186, 206)
    marble_deep: Colour = (158, 146, 174)
    stone: Colour = (176, 162, 150)
    stone_shade: Colour = (136, 124, 124)
    stone_deep: Colour = (96, 88, 98)
    window_dark: Colour = (66, 70, 108)
    window_lit: Colour = (255, 212, 128)
    metal: Colour = (62, 66, 86)
    metal_light: Colour = (112, 118, 140)
    flag_red: Colour = (216, 30, 52)
    flag_sun: Colour = (255, 206, 40)
    fire_core: Colour = (255, 236, 160)
    fire_middle: Colour = (255, 168, 56)
    fire_outer: Colour = (226, 86, 40)
    smoke: Colour = (120, 110, 130)
    uniform: Colour = (42, 54, 78)
    uniform_light: Colour = (64, 80, 108)
    helmet: Colour = (30, 36, 54)
    shield: Colour = (196, 216, 236)
    truck: Colour = (70, 88, 96)
    truck_light: Colour = (104, 124, 130)
    water: Colour = (214, 236, 250)
    beacon: Colour = (96, 150, 255)
    skin: Colour = (206, 160, 128)
    skin_dark: Colour = (164, 118, 92)
    hair: Colour = (38, 30, 36)
    coat_1: Colour = (74, 62, 94)
    coat_2: Colour = (118, 70, 82)
    coat_3: Colour = (58, 84, 104)
    coat_4: Colour = (138, 112, 92)
    coat_5: Colour = (92, 92, 116)
    kalpak: Colour = (242, 238, 228)
    kalpak_brim: Colour = (34, 32, 40)
    scarf_1: Colour = (178, 66, 88)
    scarf_2: Colour = (72, 124, 146)
    scarf_3: Colour = (206, 152, 72)
    placard: Colour = (244, 236, 220)
    wall: Colour = (226, 210, 190)
    wall_shade: Colour = (196, 178, 160)
    floor: Colour = (150, 118, 100)
    table: Colour = (120, 82, 64)
    table_light: Colour = (150, 104, 80)
    ballot: Colour = (250, 248, 240)
    ballot_line: Colour = (170, 170, 190)
    box_glass: Colour = (200, 224, 240)
    box_edge: Colour = (92, 116, 150)
    curtain: Colour = (60, 100, 150)
    curtain_shade: Colour = (44, 78, 122)
    outline: Colour = (36, 30, 48)
    day_top: Colour = (112, 150, 200)
    day_horizon: Colour = (246, 214, 184)
    grass: Colour = (112, 136, 94)
    grass_dark: Colour = (76, 102, 78)
    sea: Colour = (62, 102, 140)
    sea_light: Colour = (126, 166, 190)
    brick: Colour = (170, 100, 82)
    roof: Colour = (146, 72, 66)
    paper: Colour = (246, 240, 226)
    board: Colour = (50, 78, 72)
    chalk: Colour = (226, 232, 222)
    robe: Colour = (40, 36, 52)
    medical: Colour = (58, 140, 132)
    placeholder_back: Colour = (72, 70, 92)
    placeholder_mark: Colour = (160, 156, 184)

    def coats(self) -> tuple[Colour, ...]:
        """Return the jacket colours a crowd is dressed in."""
        return (self.coat_1, self.coat_2, self.coat_3, self.coat_4, self.coat_5)

    def scarves(self) -> tuple[Colour, ...]:
        """Return the headscarf colours."""
        return (self.scarf_1, self.scarf_2, self.scarf_3)


def _push_from_middle(colour: Colour) -> Colour:
    """Return the colour with its lightness pushed away from mid-grey and more saturation."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*(channel / 255 for channel in colour))
    lightness = min(1.0, max(0.0, 0.5 + (lightness - 0.5) * 1.45))
    saturation = min(1.0, saturation * 1.15)
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return (round(red * 255), round(green * 255), round(blue * 255))


def high_contrast_palette(palette: Palette) -> Palette:
    """Return a variant of the palette whose colours separate more strongly."""
    changes = {
        item.name: _push_from_middle(getattr(palette, item.name)) for item in fields(palette)
    }
    return replace(palette, **changes)


DUSK = Palette()
DUSK_HIGH_CONTRAST = high_contrast_palette(DUSK)


def palette_for(high_contrast: bool) -> Palette:
    """Return the shared palette, or its high-contrast variant."""
    return DUSK_HIGH_CONTRAST if high_contrast else DUSK


def mix(first: Colour, second: Colour, amount: float) -> Colour:
    """Return the colour ``amount`` (0..1) of the way from ``first`` to ``second``."""
    amount = min(1.0, max(0.0, amount))
    return (
        round(first[0] + (second[0] - first[0]) * amount),
        round(first[1] + (second[1] - first[1]) * amount),
        round(first[2] + (second[2] - first[2]) * amount),
    )


def tinted(palette: Palette, colour: Colour, amount: float) -> Palette:
    """Return the palette with every colour moved ``amount`` (0..1) towards ``colour``."""
    changes = {
        item.name: mix(getattr(palette, item.name), colour, amount) for item in fields(palette)
    }
    return replace(palette, **changes)
