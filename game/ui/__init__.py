"""The pygame-ce user interface: screens, widgets, theme, text, pictures and sounds.

Only this package and ``game/app.py`` import pygame. Start with ``game/ui/screen.py``: its
docstring explains how to write a screen.
"""

import os

# pygame prints a greeting on import unless told not to; every pygame import in the game
# happens inside this package (or game/app.py, which sets the same), so set it here first.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
