"""Backgrounds and shadows, cached per window size and palette."""

from __future__ import annotations

from collections import OrderedDict

import pygame

from game.ui.theme import Theme

# A whole-window surface each (8 MB at 1920×1080): the current size and palette and the
# one before (a palette switch and back stays quick), never more.
_BACKGROUNDS: OrderedDict[tuple, pygame.Surface] = OrderedDict()
BACKGROUNDS_KEPT = 2


def _make_background(size: tuple[int, int], theme: Theme) -> pygame.Surface:
    width, height = size
    palette = theme.palette
    surface = pygame.Surface(size)
    surface.fill(palette.background)
    if theme.high_contrast:
        return surface
    # Wide soft diagonal bands and two large circles: a calm, paper-like backdrop.
    band = max(40, height // 6)
    for offset in range(-height, width + height, band * 2):
        points = [
            (offset, 0),
            (offset + band, 0),
            (offset + band - height, height),
            (offset - height, height),
        ]
        pygame.draw.polygon(surface, palette.background_pattern, points)
    overlay = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.circle(
        overlay, (*palette.primary, 22), (int(width * 0.92), int(height * 0.12)), height // 3
    )
    pygame.draw.circle(
        overlay, (*palette.accent, 20), (int(width * 0.05), int(height * 0.95)), height // 4
    )
    surface.blit(overlay, (0, 0))
    return surface.convert() if pygame.display.get_surface() is not None else surface


def draw_background(surface: pygame.Surface, theme: Theme) -> None:
    """Paint the window background."""
    key = (surface.get_size(), theme.palette)
    background = _BACKGROUNDS.get(key)
    if background is None:
        background = _make_background(surface.get_size(), theme)
        _BACKGROUNDS[key] = background
        while len(_BACKGROUNDS) > BACKGROUNDS_KEPT:
            _BACKGROUNDS.popitem(last=False)
    _BACKGROUNDS.move_to_end(key)
    surface.blit(background, (0, 0))


def draw_shadow(
    surface: pygame.Surface, rect: pygame.Rect, theme: Theme, depth: int | None = None
) -> None:
    """Draw a soft offset shadow under a card (none in high contrast, where borders do the work)."""
    if theme.high_contrast:
        return
    depth = theme.space(0.5) if depth is None else depth
    pygame.draw.rect(surface, theme.palette.shadow, rect.move(0, depth), 0, theme.radius)


def draw_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    theme: Theme,
    fill: tuple[int, int, int] | None = None,
    border: tuple[int, int, int] | None = None,
    shadow: bool = True,
) -> None:
    """Draw a rounded panel with an optional shadow and border."""
    if shadow:
        draw_shadow(surface, rect, theme)
    pygame.draw.rect(surface, fill or theme.palette.surface, rect, 0, theme.radius)
    if border is not None or theme.high_contrast:
        pygame.draw.rect(
            surface, border or theme.palette.border, rect, theme.border_width, theme.radius
        )
