"""People and the Kyrgyz flag, drawn flat and simply, shared by every illustration.

People are calm, faceless figures seen from behind (no injuries, no weapons), some in
the white felt ak-kalpak or a headscarf. The flag is red with the yellow sun of forty rays
and the tunduk (the crown of a yurt) at its heart, simplified at small sizes.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.palette import Colour, Palette, mix

FLAG_ASPECT = 5 / 3


HEADWEAR = ("", "kalpak", "scarf", "long-hair")


def person(
    canvas: Canvas,
    x: float,
    foot: float,
    height: float,
    coat: Colour,
    palette: Palette,
    arm_up: int = 0,
    legs: Colour | None = None,
    headwear: str = "",
    scarf: Colour | None = None,
) -> None:
    """Draw a standing person seen from behind, ``height`` design units tall.

    ``arm_up`` is 0, 1 or 2 raised arms; ``headwear`` is one of :data:`HEADWEAR` (a white
    felt ak-kalpak, a headscarf, long hair, or short hair).
    """
    head_radius = height * 0.095
    head_y = foot - height + head_radius * 1.05
    shoulder_y = head_y + head_radius * 1.95
    shoulder_half = height * 0.225
    hip_y = foot - height * 0.42
    if legs is not None:
        leg_width = height * 0.1
        canvas.rectangle(x - shoulder_half * 0.78, hip_y - 1, leg_width, foot - hip_y + 1, legs)
        canvas.rectangle(
            x + shoulder_half * 0.78 - leg_width, hip_y - 1, leg_width, foot - hip_y + 1, legs
        )
    body_bottom = hip_y + height * 0.06 if legs is not None else foot + 1
    sleeve = mix(coat, palette.outline, 0.18)
    for side in range(arm_up):
        direction = -1 if side == 0 else 1
        shoulder = (x + direction * shoulder_half * 0.78, shoulder_y + height * 0.05)
        hand = (x + direction * shoulder_half * 1.2, head_y - height * 0.2)
        canvas.line(shoulder, hand, height * 0.09, sleeve)
        canvas.circle(hand[0], hand[1], height * 0.048, palette.skin)
    canvas.rectangle(
        x - head_radius * 0.5, head_y, head_radius, shoulder_y - head_y, palette.skin_dark
    )
    canvas.polygon(
        [
            (x - shoulder_half * 0.5, shoulder_y - height * 0.035),
            (x + shoulder_half * 0.5, shoulder_y - height * 0.035),
            (x + shoulder_half * 0.86, shoulder_y - height * 0.01),
            (x + shoulder_half, shoulder_y + height * 0.06),
            (x + shoulder_half * 0.95, body_bottom),
            (x - shoulder_half * 0.95, body_bottom),
            (x - shoulder_half, shoulder_y + height * 0.06),
            (x - shoulder_half * 0.86, shoulder_y - height * 0.01),
        ],
        coat,
    )
    # A darker collar gives the back some form without drawing a face.
    canvas.polygon(
        [
            (x - head_radius * 0.9, shoulder_y - height * 0.036),
            (x + head_radius * 0.9, shoulder_y - height * 0.036),
            (x + head_radius * 0.7, shoulder_y + height * 0.015),
            (x - head_radius * 0.7, shoulder_y + height * 0.015),
        ],
        mix(coat, palette.outline, 0.3),
    )
    for side in (-1, 1):
        canvas.circle(
            x + side * head_radius * 0.93,
            head_y + head_radius * 0.15,
            head_radius * 0.24,
            palette.skin_dark,
        )
    if headwear == "scarf":
        colour = scarf or palette.scarf_1
        canvas.polygon(
            [
                (x - head_radius * 1.1, head_y),
                (x + head_radius * 1.1, head_y),
                (x + head_radius * 0.8, shoulder_y + height * 0.09),
                (x - head_radius * 0.8, shoulder_y + height * 0.09),
            ],
            colour,
        )
        canvas.circle(x, head_y, head_radius * 1.12, colour)
        return
    canvas.circle(x, head_y, head_radius, palette.hair)
    if headwear == "long-hair":
        canvas.polygon(
            [
                (x - head_radius * 1.0, head_y),
                (x + head_radius * 1.0, head_y),
                (x + head_radius * 0.85, shoulder_y + height * 0.1),
                (x, shoulder_y + height * 0.12),
                (x - head_radius * 0.85, shoulder_y + height * 0.1),
            ],
            palette.hair,
        )
    elif headwear == "kalpak":
        brim = head_y - head_radius * 0.05
        canvas.polygon(
            [
                (x - head_radius * 1.08, brim),
                (x - head_radius * 0.85, brim - head_radius * 1.55),
                (x - head_radius * 0.25, brim - head_radius * 2.15),
                (x + head_radius * 0.3, brim - head_radius * 2.1),
                (x + head_radius * 0.9, brim - head_radius * 1.5),
                (x + head_radius * 1.08, brim),
            ],
            palette.kalpak,
        )
        canvas.line(
            (x - head_radius * 0.05, brim - head_radius * 2.05),
            (x + head_radius * 0.05, brim - head_radius * 0.5),
            head_radius * 0.12,
            palette.kalpak_brim,
        )
        canvas.polygon(
            [
                (x - head_radius * 1.12, brim + head_radius * 0.15),
                (x - head_radius * 1.05, brim - head_radius * 0.42),
                (x + head_radius * 1.05, brim - head_radius * 0.42),
                (x + head_radius * 1.12, brim + head_radius * 0.15),
            ],
            palette.kalpak_brim,
        )


def random_headwear(
    chooser: random.Random, palette: Palette, kalpak: bool = True
) -> tuple[str, Colour]:
    """Return a headwear and scarf colour for one person of a crowd, chosen by ``chooser``.

    ``kalpak=False`` (the topic-neutral pictures) leaves out the Kyrgyz felt hat, so a
    picture does not say where it is.
    """
    roll = chooser.random()
    headwear = (
        "kalpak" if roll < 0.12 else "scarf" if roll < 0.24 else "long-hair" if roll < 0.36 else ""
    )
    if headwear == "kalpak" and not kalpak:
        headwear = ""
    return headwear, chooser.choice(palette.scarves())


def person_sprite(
    height: float,
    scale: float,
    coat: Colour,
    palette: Palette,
    arm_up: int = 0,
    headwear: str = "",
    scarf: Colour | None = None,
) -> pygame.Surface:
    """Return a person as a transparent sprite whose bottom centre is the foot point."""
    width = height * 0.62
    total = height * 1.3
    canvas = Canvas.sprite(width, total, scale)
    person(canvas, width / 2, total, height, coat, palette, arm_up, headwear=headwear, scarf=scarf)
    return run_length_encoded(canvas.surface)


def run_length_encoded(sprite: pygame.Surface) -> pygame.Surface:
    """Return the sprite set up to blit fast: transparent runs skipped, opaque runs copied."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        sprite = sprite.convert_alpha()
    # Run-length encoding makes a mostly opaque or empty sprite blit about three times faster.
    sprite.set_alpha(255, pygame.RLEACCEL)
    return sprite


def flag_surface(width: int, palette: Palette) -> pygame.Surface:
    """Return the Kyrgyz flag ``width`` pixels wide: red field, yellow sun, red tunduk."""
    width = max(6, width)
    height = max(4, round(width / FLAG_ASPECT))
    flag = pygame.Surface((width, height), pygame.SRCALPHA)
    flag.fill(palette.flag_red)
    centre = (width / 2, height / 2)
    outer = height * 0.31
    inner = height * 0.21
    rays = 40 if width >= 60 else 20
    star = []
    for index in range(rays * 2):
        angle = math.pi * index / rays
        radius = outer if index % 2 == 0 else inner
        star.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    pygame.draw.polygon(flag, palette.flag_sun, star)
    pygame.draw.aacircle(flag, palette.flag_sun, centre, inner * 1.02)
    if width >= 36:
        ring = height * 0.135
        ring_width = max(1, round(height * 0.026))
        pygame.draw.circle(flag, palette.flag_red, centre, ring, ring_width)
        # The tunduk: two sets of three laths crossing inside the ring.
        lath = max(1, round(ring_width * 0.8))
        for direction in ((1, 1), (1, -1)):
            unit = (direction[0] / math.sqrt(2), direction[1] / math.sqrt(2))
            normal = (-unit[1], unit[0])
            for offset in (-0.45, 0.0, 0.45):
                half_chord = ring * math.sqrt(1 - offset * offset)
                middle = (
                    centre[0] + normal[0] * offset * ring,
                    centre[1] + normal[1] * offset * ring,
                )
                start = (middle[0] - unit[0] * half_chord, middle[1] - unit[1] * half_chord)
                end = (middle[0] + unit[0] * half_chord, middle[1] + unit[1] * half_chord)
                pygame.draw.line(flag, palette.flag_red, start, end, lath)
    return flag


def waving_flag(
    target: pygame.Surface,
    flag: pygame.Surface,
    pole_top: tuple[float, float],
    time_s: float,
    amplitude: float,
    strip: int = 0,
) -> None:
    """Blit the flag from the pole top in vertical strips shifted by a travelling wave."""
    width, height = flag.get_size()
    # About thirty strips look smooth at any size; more only cost time.
    strip = strip or max(2, width // 30)
    left, top = round(pole_top[0]), round(pole_top[1])
    for column in range(0, width, strip):
        share = column / width
        offset = amplitude * share * math.sin(time_s * 3.2 - share * 7.0)
        target.blit(flag, (left + column, top + round(offset)), (column, 0, strip, height))


def crowd_row(
    canvas: Canvas,
    palette: Palette,
    foot: float,
    height: float,
    haze: float,
    seed: int,
    haze_colour: Colour | None = None,
    spacing: tuple[float, float] = (0.3, 0.42),
    raised: float = 0.12,
    skip: tuple[float, float] | None = None,
    kalpak: bool = True,
) -> None:
    """Paint one row of a crowd seen from behind across the whole width, hazier further back.

    ``skip`` leaves a gap between two design x positions (a way kept clear, a gateway).
    """
    chooser = random.Random(seed)
    x = canvas.left - chooser.uniform(0, height * 0.3)
    coats = palette.coats()
    back_colour = haze_colour or mix(palette.sky_middle, palette.ground, 0.5)
    while x < canvas.right + height * 0.3:
        coat = mix(chooser.choice(coats), back_colour, haze)
        arm_up = 1 if chooser.random() < raised else 0
        headwear, scarf = random_headwear(chooser, palette, kalpak)
        size = height * chooser.uniform(0.92, 1.06)
        lift = chooser.uniform(-2, 2)
        if skip is None or not skip[0] < x < skip[1]:
            shaded = palette
            if haze > 0:
                shaded = replace(
                    palette,
                    hair=mix(palette.hair, back_colour, haze),
                    skin=mix(palette.skin, back_colour, haze),
                    skin_dark=mix(palette.skin_dark, back_colour, haze),
                    kalpak=mix(palette.kalpak, back_colour, haze),
                    kalpak_brim=mix(palette.kalpak_brim, back_colour, haze),
                )
            person(
                canvas,
                x,
                foot + lift,
                size,
                coat,
                shaded,
                arm_up=arm_up,
                headwear=headwear,
                scarf=mix(scarf, back_colour, haze),
            )
        x += height * chooser.uniform(*spacing)


def crowd(
    canvas: Canvas,
    palette: Palette,
    top: float,
    seed: int,
    rows: int = 5,
    front_height: float = 190,
    haze_colour: Colour | None = None,
    skip: tuple[float, float] | None = None,
    kalpak: bool = True,
) -> None:
    """Fill the picture from ``top`` to its bottom edge with rows of people, nearest last.

    The nearest row stands below the frame, so its people are cut by the picture's edge,
    never by a line inside the picture.
    """
    bottom = canvas.bottom + front_height * 0.45
    for row in range(rows):
        share = row / max(1, rows - 1)
        depth = share**1.6
        foot = top + (bottom - top) * depth
        height = 30 + (front_height - 30) * depth
        haze = 0.55 * (1 - share) ** 1.3
        crowd_row(
            canvas, palette, foot, height, haze, seed + row, haze_colour, skip=skip, kalpak=kalpak
        )


def plain_flag_surface(
    width: int, stripes: tuple[Colour, ...], emblem: Colour | None = None
) -> pygame.Surface:
    """Return a flag of horizontal stripes (no country's), with an optional plain disc."""
    width = max(6, width)
    height = max(4, round(width / FLAG_ASPECT))
    flag = pygame.Surface((width, height), pygame.SRCALPHA)
    for index, colour in enumerate(stripes):
        top = round(height * index / len(stripes))
        bottom = round(height * (index + 1) / len(stripes))
        flag.fill(colour, (0, top, width, bottom - top))
    if emblem is not None:
        pygame.draw.aacircle(flag, emblem, (width * 0.3, height / 2), height * 0.22)
    return flag


def flag_area(
    pole_top: tuple[float, float], width: float, amplitude: float
) -> tuple[float, float, float, float]:
    """Return the design rectangle a waving flag of ``width`` units can cover."""
    height = width / FLAG_ASPECT
    return (pole_top[0] - 1, pole_top[1] - amplitude - 1, width + 2, height + amplitude * 2 + 2)
