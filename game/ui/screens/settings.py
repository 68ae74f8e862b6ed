"""Settings: language (no restart), text size, high contrast, reduced motion, sound, volume, fullscreen.

Every change applies at once to every screen and is saved in the progress store for the
current player.
"""

from __future__ import annotations

import pygame

from game.i18n import LANGUAGES
from game.ui import layout
from game.ui.commands import Command
from game.ui.context import AppContext
from game.ui.screen import Screen
from game.ui.widgets import Choice, Label, ScrollList, Slider, Toggle
from game.ui.widgets.header import back_and_title


class SettingsScreen(Screen):
    """Show every setting as a control in a scrolling list."""

    name = "settings"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.list: ScrollList | None = None
        self.controls: list = []

    def layout(self, rect: pygame.Rect) -> None:
        """Place the back button, the title and the list of controls."""
        dragging = [control.key for control in self.controls if getattr(control, "dragging", False)]
        offset = self.list.offset if self.list is not None else 0
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        settings = context.settings
        inner = layout.content_rect(rect, theme)
        column = layout.centered_column(rect, theme, width_fraction=0.8, max_width=theme.space(120))
        self.back, self.title = back_and_title(context, inner, translator.gettext("Settings"))

        def percent(value: float) -> str:
            return translator.format_percent(value)

        def toggle(label: str, field: str) -> Toggle:
            # Every switch saves one boolean setting of the same name and says On/Off in words.
            return Toggle(
                context,
                label,
                getattr(settings, field),
                lambda value: self.change(**{field: value}),
                on_text=translator.gettext("On"),
                off_text=translator.gettext("Off"),
                key=field,
            )

        languages = list(LANGUAGES.items())
        if settings.language not in LANGUAGES:
            languages.append((settings.language, settings.language))
        self.controls = [
            Choice(
                context,
                translator.gettext("Language"),
                languages,
                settings.language,
                self.set_language,
                key="language",
            ),
            Slider(
                context,
                translator.gettext("Text size"),
                settings.text_scale,
                lambda value: self.change(text_scale=value),
                minimum=1.0,
                maximum=1.5,
                step=0.1,
                format_value=percent,
                key="text_scale",
            ),
            toggle(translator.gettext("High contrast"), "high_contrast"),
            toggle(translator.gettext("Reduce motion"), "reduced_motion"),
            toggle(translator.gettext("Sound"), "sound"),
            Slider(
                context,
                translator.gettext("Volume"),
                settings.volume,
                lambda value: self.change(volume=value),
                minimum=0.0,
                maximum=1.0,
                step=0.1,
                format_value=percent,
                key="volume",
            ),
            toggle(translator.gettext("Fullscreen (F11)"), "fullscreen"),
        ]
        self.controls += class_row(context)
        for control in self.controls:
            if control.key in dragging:
                control.dragging = True
        top = self.title.rect.bottom + theme.space(2)
        list_rect = pygame.Rect(column.x, top, column.width, inner.bottom - top)
        self.list = ScrollList(context, self.controls, gap=theme.space(1.5), rect=list_rect)
        self.list.scroll_by(offset)

    def widgets(self) -> list:
        """Return the back button, the title and every control."""
        return [self.back, self.title, self.list, *self.controls]

    def set_language(self, language: object) -> Command | None:
        """Switch the language of the whole game now."""
        self.context.set_language(str(language))
        return None

    def change(self, **changes: object) -> Command | None:
        """Apply and save a changed setting."""
        self.context.update_settings(**changes)
        return None


def class_row(context: AppContext) -> list[Label]:
    """Return the read-only class row ("Class 9b — 3 results waiting to send"), if in a class."""
    from game.classroom.status import class_status_line

    store = context.store
    database = store.path if store is not None else None
    line = class_status_line(context.translator, database=database)
    if line is None:
        return []
    return [Label(context, line, role="small", colour="text_muted", key="class")]
