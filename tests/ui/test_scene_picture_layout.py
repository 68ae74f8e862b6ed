"""A scene's layout: the picture beside the text, or the text alone across the whole width."""

from __future__ import annotations

from dataclasses import replace

import pygame
from play_helpers import open_builtin_pack

from game.ui.screens.scene import SceneScreen


def test_a_scene_without_a_picture_gives_its_text_the_whole_width(start_as_player):
    """No picture card is laid out or drawn, and the story is almost as wide as the screen."""
    driver = start_as_player()
    open_builtin_pack(driver)
    shown = driver.current_screen
    assert shown.name == "scene"
    with_picture = shown.story.rect.width
    assert shown.picture_card in shown.widgets()
    bare = SceneScreen(driver.context, shown.host, replace(shown.scene, picture=None))
    bare.layout(shown.rect)
    assert shown.picture_card.rect.width > 0
    assert all(widget.__class__.__name__ != "Card" for widget in bare.widgets())
    assert bare.story.rect.width > with_picture * 1.7
    assert bare.story.rect.width > shown.rect.width * 0.8
    surface = pygame.Surface(shown.rect.size)
    bare.draw(surface)
    assert not bare.picture_moves
