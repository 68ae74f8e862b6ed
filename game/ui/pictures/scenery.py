"""Scenery the illustrations share: sky, stars, the Ala-Too range, spruces, clouds, glows.

Everything here is deterministic (fixed seeds and sums of sines), so a picture looks the
same at every size and on every run.
"""

from __future__ import annotations

import math
import random

import pygame

from game.ui.pictures.canvas import Canvas
from game.ui.pictures.palette import Colour, Palette, mix


def dusk_sky(canvas: Canvas, palette: Palette, horizon: float) -> None:
    """Fill the sky down to ``horizon`` with the evening gradient."""
    canvas.vertical_gradient(
        canvas.top,
        horizon,
        [(0.0, palette.sky_top), (0.55, palette.sky_middle), (1.0, palette.sky_horizon)],
    )


def night_sky(canvas: Canvas, palette: Palette, horizon: float) -> None:
    """Fill the sky down to ``horizon`` with a deep night gradient."""
    canvas.vertical_gradient(
        canvas.top, horizon, [(0.0, palette.night_top), (1.0, palette.night_horizon)]
    )


def star_positions(
    canvas: Canvas, count: int, lowest: float, seed: int
) -> list[tuple[float, float]]:
    """Return deterministic design positions for stars above ``lowest``."""
    chooser = random.Random(seed)
    return [
        (chooser.uniform(canvas.left, canvas.right), chooser.uniform(canvas.top, lowest))
        for _ in range(count)
    ]


def ridge_height(x: float, seed: float) -> float:
    """Return a mountain ridge height (design units above its base) at x.

    Folded sines (``1 - |sin|``) make sharp summits between broad slopes, like the Ala-Too
    seen from Bishkek; small plain sines roughen the ridge.
    """
    return (
        30
        + 58 * (1 - abs(math.sin(x * 0.0105 + seed))) ** 1.7
        + 20 * (1 - abs(math.sin(x * 0.026 + seed * 2.1))) ** 1.5
        + 5 * math.sin(x * 0.083 + seed * 3.7)
        + 2.2 * math.sin(x * 0.21 + seed * 5.3)
    )


def mountains(
    canvas: Canvas,
    palette: Palette,
    base: float,
    height_scale: float,
    colour: Colour,
    seed: float,
    snow_share: float = 0.72,
    snow: Colour | None = None,
) -> None:
    """Draw one mountain range standing on ``base``, with snow on the higher peaks."""
    step = 6.0
    x = canvas.left - step
    ridge: list[tuple[float, float]] = []
    while x <= canvas.right + step:
        ridge.append((x, base - ridge_height(x, seed) * height_scale))
        x += step
    canvas.polygon([*ridge, (ridge[-1][0], base + 2), (ridge[0][0], base + 2)], colour)
    snow_line = base - 92 * height_scale * snow_share
    snow_colour = snow or mix(palette.snow, colour, 0.18)
    run: list[tuple[float, float]] = []
    for index, (ridge_x, ridge_y) in enumerate(ridge):
        if ridge_y < snow_line:
            run.append((ridge_x, ridge_y))
            continue
        if len(run) >= 2:
            _snow_cap(canvas, run, snow_line, snow_colour, index)
        run = []
    if len(run) >= 2:
        _snow_cap(canvas, run, snow_line, snow_colour, len(ridge))


def _snow_cap(
    canvas: Canvas, run: list[tuple[float, float]], snow_line: float, colour: Colour, salt: int
) -> None:
    """Fill the part of a ridge above the snow line, with a ragged lower edge."""
    lower = []
    for index, (x, _y) in enumerate(reversed(run)):
        ragged = 4 * math.sin((x + salt) * 0.7) + (5 if index % 2 else 0)
        lower.append((x, snow_line + ragged))
    canvas.polygon([run[0], *run, run[-1], *lower], colour)


def ground(canvas: Canvas, top: float, near: Colour, far: Colour) -> None:
    """Fill the ground from ``top`` to the bottom of the picture."""
    canvas.vertical_gradient(top, canvas.bottom + 1, [(0.0, far), (1.0, near)])


def spruce(
    canvas: Canvas, x: float, foot: float, height: float, dark: Colour, light: Colour
) -> None:
    """Draw a blue spruce as stacked tiers, lit on one side."""
    tiers = 4
    for tier in range(tiers):
        tier_top = foot - height + tier * height * 0.2
        tier_bottom = tier_top + height * 0.36
        half = height * (0.16 + tier * 0.055)
        canvas.polygon([(x, tier_top), (x + half, tier_bottom), (x - half, tier_bottom)], dark)
        canvas.polygon(
            [(x, tier_top), (x + half, tier_bottom), (x + half * 0.15, tier_bottom)], light
        )
    canvas.rectangle(x - height * 0.03, foot - height * 0.1, height * 0.06, height * 0.1, dark)


def soft_sprite(
    radius_x: float,
    radius_y: float,
    colour: Colour,
    alpha: int,
    blobs: list[tuple[float, float, float]],
) -> pygame.Surface:
    """Return a soft-edged translucent sprite made of blurred round blobs (clouds, smoke)."""
    final_width = max(1, round(radius_x * 2.7))
    final_height = max(1, round(radius_y * 2.7))
    # Paint and blur small, then scale up: a blur costs the same at any final size.
    shrink = min(1.0, 24 / max(1.0, radius_y))
    small_x, small_y = radius_x * shrink, radius_y * shrink
    margin = max(2.0, small_y * 0.35)
    width = max(1, round(small_x * 2 + margin * 2))
    height = max(1, round(small_y * 2 + margin * 2))
    sprite = pygame.Surface((width, height), pygame.SRCALPHA)
    for blob_x, blob_y, blob_radius in blobs:
        centre = (width / 2 + blob_x * small_x, height / 2 + blob_y * small_y)
        pygame.draw.circle(sprite, (*colour, alpha), centre, max(1, blob_radius * small_y))
    sprite = pygame.transform.gaussian_blur(sprite, max(1, round(margin * 0.6)))
    return pygame.transform.smoothscale(sprite, (final_width, final_height))


def cloud_sprite(canvas: Canvas, width: float, colour: Colour, alpha: int = 170) -> pygame.Surface:
    """Return a long evening cloud, ``width`` design units wide, as a soft sprite."""
    radius_x = canvas.length(width) / 2
    radius_y = radius_x * 0.24
    chooser = random.Random(int(width))
    blobs = []
    for index in range(9):
        share = -0.78 + index * 0.195
        bulge = 1.0 - abs(share) * 0.7
        blobs.append((share, 0.35 - bulge * 0.3 + chooser.uniform(-0.1, 0.1), 0.6 + bulge * 0.4))
    return soft_sprite(radius_x, radius_y, colour, alpha, blobs)


def glow_sprite(radius: float, colour: Colour, strength: int = 150) -> pygame.Surface:
    """Return a round glow fading from ``strength`` alpha at the centre to nothing."""
    final = max(2, round(radius * 2))
    # A small smooth gradient scaled up looks the same as a big one and costs far less.
    small_radius = min(radius, 40.0)
    size = max(2, round(small_radius * 2))
    sprite = pygame.Surface((size, size), pygame.SRCALPHA)
    rings = max(4, min(32, round(small_radius)))
    for ring in range(rings, 0, -1):
        share = ring / rings
        alpha = round(strength * (1 - share + 1 / rings) ** 1.8)
        pygame.draw.circle(
            sprite, (*colour, min(255, alpha)), (size / 2, size / 2), small_radius * share
        )
    sprite = pygame.transform.gaussian_blur(sprite, max(1, round(small_radius / rings)))
    return pygame.transform.smoothscale(sprite, (final, final))


def light_sprite(radius: float, colour: Colour, strength: int = 90) -> pygame.Surface:
    """Return a glow on black for additive blending (``BLEND_RGB_ADD``): light, not paint."""
    glow = glow_sprite(radius, colour, strength)
    light = pygame.Surface(glow.get_size())
    light.fill((0, 0, 0))
    light.blit(glow, (0, 0))
    return light


def drift(time_s: float, speed: float, start: float, low: float, high: float) -> float:
    """Return a position that moves at ``speed`` from ``start`` and wraps within [low, high)."""
    span = max(1e-6, high - low)
    return low + (start - low + time_s * speed) % span


def day_sky(canvas: Canvas, palette: Palette, horizon: float) -> None:
    """Fill the sky down to ``horizon`` with a clear late-afternoon gradient."""
    canvas.vertical_gradient(
        canvas.top,
        horizon,
        [
            (0.0, palette.day_top),
            (0.7, mix(palette.day_top, palette.day_horizon, 0.6)),
            (1.0, palette.day_horizon),
        ],
    )


def smoke_sprite(canvas: Canvas, radius: float, colour: Colour, alpha: int = 70) -> pygame.Surface:
    """Return a soft puff of smoke ``radius`` design units across, for rising plumes."""
    return soft_sprite(
        canvas.length(radius),
        canvas.length(radius * 0.8),
        colour,
        alpha,
        [(0, 0, 1.0), (0.5, 0.2, 0.7), (-0.4, 0.3, 0.7)],
    )


def rising_smoke(
    canvas: Canvas,
    sprite: pygame.Surface,
    x: float,
    y: float,
    time_s: float,
    rise: float = 60,
    puffs: int = 4,
    speed: float = 6.0,
    lean: float = 0.4,
) -> None:
    """Draw puffs rising ``rise`` units from (x, y), leaning right as they go, looping."""
    width = sprite.get_width() / canvas.scale
    height = sprite.get_height() / canvas.scale
    for index in range(puffs):
        climbed = (time_s * speed + index * rise / puffs) % rise
        sway = 3 * math.sin(time_s * 0.5 + index * 1.7)
        # Each puff thins out as it rises, so the plume fades instead of ending in a lump.
        sprite.set_alpha(round(255 * (1 - climbed / rise) ** 0.8))
        canvas.surface.blit(
            sprite, canvas.point(x + climbed * lean + sway - width / 2, y - climbed - height / 2)
        )
    sprite.set_alpha(255)


def smoke_area(
    canvas: Canvas, sprite: pygame.Surface, x: float, y: float, rise: float = 60, lean: float = 0.4
) -> tuple[float, float, float, float]:
    """Return the design rectangle :func:`rising_smoke` with the same arguments can cover."""
    width = sprite.get_width() / canvas.scale
    height = sprite.get_height() / canvas.scale
    return (
        x - width / 2 - 4,
        y - rise - height / 2 - 1,
        width + rise * lean + 8,
        rise + height + 2,
    )


def windows_grid(
    canvas: Canvas,
    left: float,
    top: float,
    columns: int,
    rows: int,
    step: tuple[float, float],
    size: tuple[float, float],
    dark: Colour,
    lit: Colour,
    lit_share: float,
    seed: int,
) -> list[tuple[float, float, float, float]]:
    """Paint a grid of windows, some lit; return their design rectangles."""
    chooser = random.Random(seed)
    rects = []
    for row in range(rows):
        for column in range(columns):
            rect = (left + column * step[0], top + row * step[1], size[0], size[1])
            colour = (
                mix(lit, dark, chooser.uniform(0, 0.3)) if chooser.random() < lit_share else dark
            )
            canvas.rectangle(*rect, colour)
            rects.append(rect)
    return rects


def still_clouds(
    canvas: Canvas, colour: Colour, clouds: list[tuple[float, float, float]], alpha: int = 130
) -> None:
    """Paint soft clouds into the static base: (x, y, width) each, in design units."""
    for x, y, width in clouds:
        sprite = cloud_sprite(canvas, width, colour, alpha)
        canvas.surface.blit(sprite, canvas.point(x - width / 2, y - width * 0.16))
