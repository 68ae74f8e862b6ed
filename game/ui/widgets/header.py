"""The header of a screen you can leave: a Back button and the title beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.commands import Pop
from game.ui.widgets.button import Button
from game.ui.widgets.label import Label

if TYPE_CHECKING:
    from game.ui.context import AppContext


def back_and_title(context: AppContext, inner: pygame.Rect, title: str) -> tuple[Button, Label]:
    """Return a Back button at the top left of ``inner`` and ``title`` beside it, both placed."""
    theme = context.theme
    back = Button(
        context,
        context.translator.gettext("Back"),
        lambda: Pop(),
        icon="arrow-left",
        variant="quiet",
        key="back",
    )
    back_width = min(inner.width // 3, back.preferred_width())
    back_height = back.preferred_height(back_width)
    back.rect = pygame.Rect(inner.x, inner.y, back_width, back_height)
    label = Label(context, title, role="title", valign="middle")
    title_x = back.rect.right + theme.space(3)
    title_height = max(back_height, label.preferred_height(inner.right - title_x))
    label.rect = pygame.Rect(title_x, inner.y, inner.right - title_x, title_height)
    return back, label
