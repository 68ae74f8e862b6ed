"""Widgets for Okuya's screens. Every widget has ``rect``, ``label``, ``focusable``,
``handle_event``, ``draw`` and ``overflowing`` (True when its text does not fit)."""

from game.ui.widgets.base import Widget
from game.ui.widgets.button import Button
from game.ui.widgets.card import Card
from game.ui.widgets.choice import Choice
from game.ui.widgets.controls import Slider, Toggle
from game.ui.widgets.feedback import ProgressBar, Toast
from game.ui.widgets.focus import draw_focus_ring
from game.ui.widgets.icon import Icon, draw_icon
from game.ui.widgets.label import Label
from game.ui.widgets.scroll_list import ScrollList
from game.ui.widgets.text_input import TextInput

__all__ = [
    "Button",
    "Card",
    "Choice",
    "Icon",
    "Label",
    "ProgressBar",
    "ScrollList",
    "Slider",
    "TextInput",
    "Toast",
    "Toggle",
    "Widget",
    "draw_focus_ring",
    "draw_icon",
]
