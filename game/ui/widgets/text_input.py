"""A one-line text field for names, fed by TEXTINPUT events (any script: Cyrillic, Ң Ө Ү ...)."""

from __future__ import annotations

from typing import Unpack

import pygame

from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.widgets.base import Action, Widget, WidgetOptions

PASS_THROUGH_KEYS = (pygame.K_TAB, pygame.K_ESCAPE, pygame.K_UP, pygame.K_DOWN, pygame.K_F11)


class TextInput(Widget):
    """Edit one line of text; Enter runs ``on_submit``; Backspace deletes the last letter.

    ``label`` is the field's caption (found by the driver); ``value`` is what was typed.
    Text comes from TEXTINPUT events, so keyboard layouts and input methods work; while the
    field has focus the app keeps SDL text input started.
    """

    focusable = True

    def __init__(
        self,
        context: AppContext,
        label: str,
        *,
        value: str = "",
        placeholder: str = "",
        max_length: int = 40,
        on_submit: Action | None = None,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.value = value
        self.placeholder = placeholder
        self.max_length = max_length
        self.on_submit = on_submit
        self.composition = ""
        self.blink_time = 0.0

    def preferred_height(self, width: int) -> int:
        """Return the height of one line of text plus padding."""
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("heading")) + 2 * theme.space(1.5)

    def activate(self) -> Command | None:
        """Submit the field (Enter)."""
        return self.on_submit() if self.on_submit is not None else None

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Take typed text, Backspace and Enter; let Tab, Esc and arrows through."""
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.hit(event.pos):
            return Handled()
        if not self.focused:
            return None
        if event.type == pygame.TEXTINPUT:
            text = "".join(ch for ch in event.text if ch.isprintable())
            room = self.max_length - len(self.value)
            if text and room > 0:
                self.value += text[:room]
            self.composition = ""
            return Handled()
        if event.type == pygame.TEXTEDITING:
            self.composition = event.text
            return Handled()
        if event.type == pygame.KEYDOWN:
            if event.key in PASS_THROUGH_KEYS:
                return None
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                command = self.activate()
                return command if command is not None else Handled()
            if event.key == pygame.K_BACKSPACE:
                if event.mod & pygame.KMOD_CTRL:
                    self.value = self.value.rstrip().rpartition(" ")[0]
                else:
                    self.value = self.value[:-1]
                return Handled()
            # Letters, digits and Space arrive again as TEXTINPUT; swallow the key press so
            # Space does not also activate anything.
            return Handled()
        return None

    @property
    def overflowing(self) -> bool:
        """Return True when a line of text is taller than the field.

        A long name is not overflow: the field scrolls so the end being typed stays visible.
        """
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("heading")) > self.rect.height

    @property
    def animating(self) -> bool:
        """Return False: the caret does not blink, so an idle name screen costs no CPU."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the field, its text (or placeholder) and a caret when focused."""
        theme = self.context.theme
        palette = theme.palette
        pygame.draw.rect(surface, palette.surface, self.rect, 0, theme.radius)
        border = palette.primary if self.focused else palette.border
        pygame.draw.rect(surface, border, self.rect, theme.border_width, theme.radius)
        size = theme.font_size("heading")
        shown = self.value + self.composition
        colour = palette.text if shown else palette.text_muted
        image = self.context.text.render(shown or self.placeholder, size, colour)
        padding = theme.space(2)
        inner = self.rect.inflate(-2 * padding, 0)
        previous = surface.get_clip()
        surface.set_clip(inner.clip(surface.get_clip()))
        # Keep the end of a long name visible: scroll the text left as it grows.
        x = inner.x + min(0, inner.width - image.get_width() - theme.space(1))
        y = self.rect.centery - image.get_height() // 2
        surface.blit(image, (x, y))
        if self.focused:
            # Input methods (for example for Kyrgyz on some systems) show their candidate
            # window next to this rectangle.
            pygame.key.set_text_input_rect(self.rect)
            caret_x = x + (image.get_width() if shown else 0) + 1
            caret_height = self.context.text.line_height(size)
            pygame.draw.line(
                surface,
                palette.text,
                (caret_x, self.rect.centery - caret_height // 2 + 4),
                (caret_x, self.rect.centery + caret_height // 2 - 4),
                max(2, theme.border_width),
            )
        surface.set_clip(previous)
