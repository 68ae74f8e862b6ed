"""Setting controls: a toggle switch and a slider, each with its caption and its state in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Unpack

import pygame

from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.icon import draw_icon


class CaptionedControl(Widget):
    """A settings row: a wrapped caption on the left, a control (subclass) on the right."""

    focusable = True

    def caption_width(self) -> int:
        """Return the width left for the caption beside the control."""
        raise NotImplementedError

    def preferred_height(self, width: int) -> int:
        """Return the height of the (wrapped) caption plus padding."""
        theme = self.context.theme
        original = self.rect.width
        self.rect.width = width
        caption = self.context.text.measure(
            self.label, theme.font_size("body"), width=self.caption_width()
        )[1]
        self.rect.width = original
        return max(caption, theme.space(3.5)) + 2 * theme.space(1.5)

    @property
    def overflowing(self) -> bool:
        """Return True when the caption does not fit beside the control."""
        size = self.context.theme.font_size("body")
        width = self.caption_width()
        height = self.context.text.measure(self.label, size, width=width)[1]
        return (
            height > self.rect.height
            or self.context.text.longest_word_width(self.label, size) > width
        )

    def draw_row(self, surface: pygame.Surface) -> None:
        """Paint the row's background, border and caption."""
        theme = self.context.theme
        palette = theme.palette
        fill = palette.surface_alt if self.hovered else palette.surface
        pygame.draw.rect(surface, fill, self.rect, 0, theme.radius)
        pygame.draw.rect(
            surface, palette.border, self.rect, max(1, theme.border_width - 1), theme.radius
        )
        caption = self.context.text.render(
            self.label, theme.font_size("body"), palette.text, width=self.caption_width()
        )
        surface.blit(
            caption, (self.rect.x + theme.space(2), self.rect.centery - caption.get_height() // 2)
        )


class Toggle(CaptionedControl):
    """A labelled on/off switch; ``on_change(value)`` may return a command.

    The state is shown by the knob position, a check or cross icon and the words
    ``on_text``/``off_text`` (translated by the screen), never by colour alone.
    """

    def __init__(
        self,
        context: AppContext,
        label: str,
        value: bool,
        on_change: Callable[[bool], Command | None] | None = None,
        *,
        on_text: str = "On",
        off_text: str = "Off",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.value = bool(value)
        self.on_change = on_change
        self.on_text = on_text
        self.off_text = off_text

    def switch_rect(self) -> pygame.Rect:
        """Return the rectangle of the switch on the right."""
        theme = self.context.theme
        height = max(theme.space(3.5), round(theme.font_size("body") * 1.3))
        width = round(height * 1.9)
        return pygame.Rect(
            self.rect.right - width - theme.space(2), self.rect.centery - height // 2, width, height
        )

    def state_width(self) -> int:
        """Return the width reserved for the on/off word."""
        size = self.context.theme.font_size("small")
        return max(
            self.context.text.measure(word, size, bold=True)[0]
            for word in (self.on_text, self.off_text)
        )

    def caption_width(self) -> int:
        """Return the width left for the caption."""
        theme = self.context.theme
        return max(1, self.switch_rect().x - self.rect.x - 4 * theme.space(1) - self.state_width())

    def activate(self) -> Command | None:
        """Flip the switch."""
        self.value = not self.value
        self.context.play_sound("select")
        command = self.on_change(self.value) if self.on_change is not None else None
        return command if command is not None else Handled()

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the caption, the state word and the switch."""
        self.draw_row(surface)
        theme = self.context.theme
        palette = theme.palette
        switch = self.switch_rect()
        word = self.context.text.render(
            self.on_text if self.value else self.off_text,
            theme.font_size("small"),
            palette.text,
            bold=True,
        )
        surface.blit(
            word,
            (
                switch.x - theme.space(1) - word.get_width(),
                self.rect.centery - word.get_height() // 2,
            ),
        )
        track = palette.primary if self.value else palette.secondary_hover
        pygame.draw.rect(surface, track, switch, 0, switch.height // 2)
        pygame.draw.rect(
            surface,
            palette.border if not self.value else track,
            switch,
            theme.border_width,
            switch.height // 2,
        )
        knob_radius = switch.height // 2 - theme.space(0.5)
        knob_x = switch.right - switch.height // 2 if self.value else switch.x + switch.height // 2
        knob_centre = (knob_x, switch.centery)
        knob_colour = palette.on_primary if self.value else palette.surface
        pygame.draw.circle(surface, knob_colour, knob_centre, knob_radius)
        pygame.draw.circle(surface, palette.border, knob_centre, knob_radius, 1)
        icon = pygame.Rect(0, 0, knob_radius, knob_radius)
        icon.center = knob_centre
        draw_icon(
            surface,
            "check" if self.value else "cross",
            icon,
            palette.primary if self.value else palette.text_muted,
        )


class Slider(CaptionedControl):
    """A labelled slider from ``minimum`` to ``maximum`` in ``step``s; arrows or drag change it."""

    def __init__(
        self,
        context: AppContext,
        label: str,
        value: float,
        on_change: Callable[[float], Command | None] | None = None,
        *,
        minimum: float = 0.0,
        maximum: float = 1.0,
        step: float = 0.1,
        format_value: Callable[[float], str] = lambda value: f"{value:.1f}",
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        self.value = self._snap(value)
        self.on_change = on_change
        self.format_value = format_value
        self.dragging = False

    def _snap(self, value: float) -> float:
        value = max(self.minimum, min(self.maximum, value))
        steps = round((value - self.minimum) / self.step)
        return round(self.minimum + steps * self.step, 6)

    def track_rect(self) -> pygame.Rect:
        """Return the rectangle of the slider's track (the right half of the widget)."""
        theme = self.context.theme
        width = max(theme.space(12), self.rect.width * 2 // 5)
        value_width = self.value_width()
        return pygame.Rect(
            self.rect.right - width - value_width - theme.space(3),
            self.rect.centery - theme.space(0.5),
            width,
            theme.space(1),
        )

    def value_width(self) -> int:
        """Return the width reserved for the value text."""
        size = self.context.theme.font_size("small")
        # The widest of the ends and a three-digit sample, so sliders in a column line up.
        samples = (self.format_value(self.minimum), self.format_value(self.maximum), "000 %")
        return max(self.context.text.measure(text, size, bold=True)[0] for text in samples)

    def caption_width(self) -> int:
        """Return the width left for the caption."""
        return max(1, self.track_rect().x - self.rect.x - 4 * self.context.theme.space(1))

    def set_value(self, value: float) -> Command | None:
        """Set the value (snapped to a step) and report it to ``on_change``."""
        value = self._snap(value)
        if value == self.value:
            return Handled()
        self.value = value
        command = self.on_change(value) if self.on_change is not None else None
        return command if command is not None else Handled()

    def _value_at(self, x: int) -> float:
        track = self.track_rect()
        fraction = (x - track.x) / max(1, track.width)
        return self.minimum + max(0.0, min(1.0, fraction)) * (self.maximum - self.minimum)

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Change the value with Left/Right (Home/End) or by dragging the knob."""
        if event.type == pygame.KEYDOWN and self.focused:
            if event.key in (pygame.K_LEFT, pygame.K_MINUS, pygame.K_KP_MINUS):
                return self.set_value(self.value - self.step)
            if event.key in (pygame.K_RIGHT, pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
                return self.set_value(self.value + self.step)
            if event.key == pygame.K_HOME:
                return self.set_value(self.minimum)
            if event.key == pygame.K_END:
                return self.set_value(self.maximum)
            return None
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.hit(event.pos):
            self.dragging = True
            return self.set_value(self._value_at(event.pos[0]))
        if event.type == pygame.MOUSEMOTION and self.dragging:
            return self.set_value(self._value_at(event.pos[0]))
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.dragging:
            self.dragging = False
            return Handled()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the caption, the track, the knob and the value."""
        self.draw_row(surface)
        theme = self.context.theme
        palette = theme.palette
        track = self.track_rect()
        pygame.draw.rect(surface, palette.secondary_hover, track, 0, track.height // 2)
        span = max(1e-9, self.maximum - self.minimum)
        fraction = (self.value - self.minimum) / span
        filled = track.copy()
        filled.width = max(track.height, round(track.width * fraction))
        pygame.draw.rect(surface, palette.primary, filled, 0, track.height // 2)
        knob = (track.x + round(track.width * fraction), track.centery)
        radius = theme.space(1.4)
        pygame.draw.circle(surface, palette.surface, knob, radius)
        pygame.draw.circle(surface, palette.primary, knob, radius, max(2, theme.border_width))
        value = self.context.text.render(
            self.format_value(self.value), theme.font_size("small"), palette.text, bold=True
        )
        surface.blit(
            value, (track.right + theme.space(2), self.rect.centery - value.get_height() // 2)
        )
