"""A captioned row of options where exactly one is chosen (a segmented control)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Unpack

import pygame

from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.widgets.base import Widget, WidgetOptions
from game.ui.widgets.icon import draw_icon


class Choice(Widget):
    """Pick one of ``options`` ((value, text) pairs): click a segment, or Left/Right when focused.

    The chosen option is shown by fill, bold text and a check mark (not colour alone). The
    caption sits above the segments, which wrap onto more rows when the window is narrow.
    """

    focusable = True

    def __init__(
        self,
        context: AppContext,
        label: str,
        options: Sequence[tuple[object, str]],
        value: object,
        on_change: Callable[[object], Command | None] | None = None,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(context, label, **kwargs)
        self.options = list(options)
        self.value = value
        self.on_change = on_change
        self.hovered_index: int | None = None

    @property
    def index(self) -> int:
        """Return the position of the chosen option."""
        values = [value for value, _ in self.options]
        return values.index(self.value) if self.value in values else 0

    def padding(self) -> int:
        """Return the inner padding."""
        return self.context.theme.space(2)

    def columns(self, width: int) -> int:
        """Return how many segments fit on one row at ``width``."""
        theme = self.context.theme
        inner = width - 2 * self.padding()
        size = theme.font_size("body")
        widest = max(
            self.context.text.measure(text, size, bold=True)[0] for _, text in self.options
        )
        needed = widest + theme.space(6)
        return max(
            1, min(len(self.options), (inner + theme.space(1)) // max(1, needed + theme.space(1)))
        )

    def segment_height(self) -> int:
        """Return the height of one segment."""
        theme = self.context.theme
        return self.context.text.line_height(theme.font_size("body"), True) + theme.space(2)

    def caption_height(self, width: int) -> int:
        """Return the height of the wrapped caption."""
        theme = self.context.theme
        inner = width - 2 * self.padding()
        return self.context.text.measure(self.label, theme.font_size("body"), width=max(1, inner))[
            1
        ]

    def preferred_height(self, width: int) -> int:
        """Return the caption height plus the rows of segments."""
        theme = self.context.theme
        rows = -(-len(self.options) // self.columns(width))
        return (
            2 * self.padding()
            + self.caption_height(width)
            + theme.space(1)
            + rows * self.segment_height()
            + (rows - 1) * theme.space(1)
        )

    def segment_rects(self) -> list[pygame.Rect]:
        """Return the rectangle of each option's segment."""
        theme = self.context.theme
        padding = self.padding()
        columns = self.columns(self.rect.width)
        gap = theme.space(1)
        inner_width = self.rect.width - 2 * padding
        width = (inner_width - gap * (columns - 1)) // columns
        top = self.rect.y + padding + self.caption_height(self.rect.width) + theme.space(1)
        rects = []
        for index in range(len(self.options)):
            row, column = divmod(index, columns)
            rects.append(
                pygame.Rect(
                    self.rect.x + padding + column * (width + gap),
                    top + row * (self.segment_height() + gap),
                    width,
                    self.segment_height(),
                )
            )
        return rects

    def part_point(self, label: str) -> tuple[int, int] | None:
        """Return the centre of the segment showing ``label`` (for the UI driver)."""
        for (_, text), rect in zip(self.options, self.segment_rects(), strict=True):
            if text == label:
                return rect.center
        return None

    def part_labels(self) -> list[str]:
        """Return the visible text of every segment."""
        return [text for _, text in self.options]

    @property
    def overflowing(self) -> bool:
        """Return True when an option's text is wider than its segment or the caption does not fit."""
        theme = self.context.theme
        size = theme.font_size("body")
        rects = self.segment_rects()
        for (_, text), rect in zip(self.options, rects, strict=True):
            if self.context.text.measure(text, size, bold=True)[0] > rect.width - theme.space(1):
                return True
        if self.preferred_height(self.rect.width) > self.rect.height + 1:
            return True
        return (
            self.context.text.longest_word_width(self.label, size)
            > self.rect.width - 2 * self.padding()
        )

    def choose(self, index: int) -> Command | None:
        """Choose the option at ``index``."""
        index = max(0, min(len(self.options) - 1, index))
        value = self.options[index][0]
        if value == self.value:
            return Handled()
        self.value = value
        self.context.play_sound("select")
        command = self.on_change(value) if self.on_change is not None else None
        return command if command is not None else Handled()

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Choose with a click on a segment, or Left/Right when focused."""
        if event.type == pygame.KEYDOWN and self.focused:
            if event.key == pygame.K_LEFT:
                return self.choose(self.index - 1)
            if event.key == pygame.K_RIGHT:
                return self.choose(self.index + 1)
            return None
        if event.type == pygame.MOUSEMOTION:
            hovered = None
            if self.hit(event.pos):
                hovered = next(
                    (i for i, r in enumerate(self.segment_rects()) if r.collidepoint(event.pos)),
                    None,
                )
            changed = hovered != self.hovered_index
            self.hovered_index = hovered
            return Handled() if changed else None
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.hit(event.pos):
            for index, rect in enumerate(self.segment_rects()):
                if rect.collidepoint(event.pos):
                    return self.choose(index)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.hit(event.pos):
            return Handled()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the caption and the segments, the chosen one filled with a check mark."""
        theme = self.context.theme
        palette = theme.palette
        previous = surface.get_clip()
        if self.clip is not None:
            surface.set_clip(self.clip.clip(previous) if previous else self.clip)
        pygame.draw.rect(surface, palette.surface, self.rect, 0, theme.radius)
        pygame.draw.rect(
            surface, palette.border, self.rect, max(1, theme.border_width - 1), theme.radius
        )
        size = theme.font_size("body")
        padding = self.padding()
        caption = self.context.text.render(
            self.label, size, palette.text, width=self.rect.width - 2 * padding
        )
        surface.blit(caption, (self.rect.x + padding, self.rect.y + padding))
        chosen = self.index
        for index, ((_, text), rect) in enumerate(
            zip(self.options, self.segment_rects(), strict=True)
        ):
            selected = index == chosen
            if selected:
                fill, colour = palette.primary, palette.on_primary
            else:
                fill = palette.secondary_hover if index == self.hovered_index else palette.secondary
                colour = palette.on_secondary
            pygame.draw.rect(surface, fill, rect, 0, theme.radius)
            if not selected or theme.high_contrast:
                pygame.draw.rect(surface, palette.border, rect, 1, theme.radius)
            image = self.context.text.render(text, size, colour, bold=selected)
            x = rect.centerx - image.get_width() // 2
            if selected:
                mark = round(size * 0.8)
                icon_x = max(rect.x + theme.space(1), x - mark - theme.space(1))
                draw_icon(
                    surface,
                    "check",
                    pygame.Rect(icon_x, rect.centery - mark // 2, mark, mark),
                    colour,
                )
            surface.blit(image, (x, rect.centery - image.get_height() // 2))
        surface.set_clip(previous)
