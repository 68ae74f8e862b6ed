"""The pygame-ce user interface: screens, widgets, theme, text, pictures and sounds.

Only this package, ``game/devtools`` and ``game/app.py`` import pygame; what decides lives in
``game/play``. Start with ``game/ui/screen.py``: its docstring explains how to write a screen,
and ``game/ui/navigation.py`` how one screen leads to another.
"""

import os

# pygame prints a greeting on import unless told not to; every pygame import in the game
# happens inside this package (or game/app.py, which sets the same), so set it here first.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
