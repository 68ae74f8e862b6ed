"""The game's screens: one module per screen (see ``game/ui/screen.py`` for how to write one)."""
