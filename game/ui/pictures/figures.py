"""People and the Kyrgyz flag, drawn flat and simply, shared by every illustration.

People are calm, faceless silhouettes (no injuries, no weapons): seen from behind in a
crowd, or from the front at a distance. The flag is red with the yellow sun of forty rays
and the tunduk (the crown of a yurt) at its heart, simplified at small sizes.
"""

from __future__ import annotations

import math

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.palette import Colour, Palette, mix

FLAG_ASPECT = 5 / 3


def person(
    canvas: Canvas,
    x: float,
    foot: float,
    height: float,
    coat: Colour,
    palette: Palette,
    facing_front: bool = False,
    arm_up: int = 0,
    legs: Colour | None = None,
    hat: Colour | None = None,
) -> None:
    """Draw a standing person, ``height`` design units tall; ``arm_up`` is 0, 1 or 2 arms raised."""
    head_radius = height * 0.11
    head_y = foot - height + head_radius
    shoulder_y = head_y + head_radius * 1.7
    shoulder_half = height * 0.2
    hip_y = foot - height * 0.42
    if legs is not None:
        leg_width = height * 0.09
        canvas.rectangle(x - shoulder_half * 0.8, hip_y - 1, leg_width, foot - hip_y + 1, legs)
        canvas.rectangle(
            x + shoulder_half * 0.8 - leg_width, hip_y - 1, leg_width, foot - hip_y + 1, legs
        )
    body_bottom = hip_y + height * 0.06 if legs is not None else foot
    sleeve = mix(coat, palette.outline, 0.18)
    for side in range(arm_up):
        direction = -1 if side == 0 else 1
        shoulder = (x + direction * shoulder_half * 0.8, shoulder_y + height * 0.04)
        hand = (x + direction * shoulder_half * 1.25, head_y - height * 0.2)
        canvas.line(shoulder, hand, height * 0.085, sleeve)
        canvas.circle(hand[0], hand[1], height * 0.05, palette.skin)
    canvas.polygon(
        [
            (x - shoulder_half * 0.75, shoulder_y - height * 0.03),
            (x + shoulder_half * 0.75, shoulder_y - height * 0.03),
            (x + shoulder_half, shoulder_y + height * 0.08),
            (x + shoulder_half * 0.92, body_bottom),
            (x - shoulder_half * 0.92, body_bottom),
            (x - shoulder_half, shoulder_y + height * 0.08),
        ],
        coat,
    )
    canvas.rectangle(
        x - head_radius * 0.45, head_y, head_radius * 0.9, head_radius * 1.6, palette.skin_dark
    )
    if facing_front:
        canvas.circle(x, head_y, head_radius, palette.skin)
        canvas.polygon(
            [
                (x - head_radius * 1.02, head_y - head_radius * 0.05),
                (x - head_radius * 0.7, head_y - head_radius * 0.85),
                (x + head_radius * 0.2, head_y - head_radius * 1.08),
                (x + head_radius * 0.9, head_y - head_radius * 0.7),
                (x + head_radius * 1.02, head_y - head_radius * 0.1),
                (x + head_radius * 0.6, head_y - head_radius * 0.45),
                (x - head_radius * 0.6, head_y - head_radius * 0.45),
            ],
            palette.hair,
        )
    else:
        canvas.circle(x, head_y, head_radius, palette.hair)
    if hat is not None:
        canvas.polygon(
            [
                (x - head_radius * 1.05, head_y - head_radius * 0.2),
                (x - head_radius * 0.8, head_y - head_radius * 1.05),
                (x + head_radius * 0.8, head_y - head_radius * 1.05),
                (x + head_radius * 1.05, head_y - head_radius * 0.2),
            ],
            hat,
        )


def person_sprite(
    height: float,
    scale: float,
    coat: Colour,
    palette: Palette,
    facing_front: bool = False,
    arm_up: int = 0,
    hat: Colour | None = None,
) -> pygame.Surface:
    """Return a person as a transparent sprite whose bottom centre is the foot point."""
    width = height * 0.62
    total = height * 1.25
    canvas = Canvas.sprite(width, total, scale)
    person(canvas, width / 2, total, height, coat, palette, facing_front, arm_up, hat=hat)
    return canvas.surface


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
        ring_width = max(1, round(height * 0.028))
        pygame.draw.circle(flag, palette.flag_red, centre, ring, ring_width)
        # The tunduk: two sets of three crossing laths inside the ring.
        for offset in (-0.45, 0.0, 0.45):
            for direction in (1, -1):
                start = (centre[0] + offset * ring * direction, centre[1] - ring * 0.95)
                end = (centre[0] - offset * ring * direction * 0.2, centre[1] + ring * 0.95)
                pygame.draw.line(flag, palette.flag_red, start, end, max(1, ring_width - 1))
    return flag


def waving_flag(
    target: pygame.Surface,
    flag: pygame.Surface,
    pole_top: tuple[float, float],
    time_s: float,
    amplitude: float,
    strip: int = 2,
) -> None:
    """Blit the flag from the pole top in vertical strips shifted by a travelling wave."""
    width, height = flag.get_size()
    left, top = round(pole_top[0]), round(pole_top[1])
    for column in range(0, width, strip):
        share = column / width
        offset = amplitude * share * math.sin(time_s * 3.2 - share * 7.0)
        target.blit(flag, (left + column, top + round(offset)), (column, 0, strip, height))
