"""The pygame-ce user interface: screens, widgets, theme, text, pictures and sounds.

Only this package and ``game/app.py`` import pygame. Start with ``game/ui/screen.py``: its
docstring explains how to write a screen.
"""
