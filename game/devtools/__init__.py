"""Developer tools that ship with the game: the headless UI driver, autoplay, screenshots, bench.

They drive the real :class:`game.app.App`, so they may import pygame and the app; nothing in
``game.ui`` imports them.
"""
