"""First start: choose the language, each named in its own language (Кыргызча, Русский, English)."""

from __future__ import annotations

import pygame

from game.i18n import LANGUAGES, Translator
from game.ui import layout
from game.ui.commands import Command
from game.ui.context import AppContext
from game.ui.navigation import Profiles, SwitchTo
from game.ui.screen import Screen
from game.ui.widgets import Button, Label


class LanguageScreen(Screen):
    """Let the player pick the interface language; then go on to the profiles."""

    name = "language"

    def __init__(self, context: AppContext, languages: tuple[str, ...] = tuple(LANGUAGES)) -> None:
        super().__init__(context)
        self.languages = languages
        # The prompt is shown in every language at once: nobody has chosen one yet.
        self.prompts = [Translator(code).gettext("Choose your language") for code in languages]

    def layout(self, rect: pygame.Rect) -> None:
        """Place the brand, the prompt in each language and one big button per language."""
        super().layout(rect)
        context, theme = self.context, self.context.theme
        column = layout.centered_column(
            rect, theme, width_fraction=0.85, max_width=theme.space(130)
        )
        self.brand = Label(
            context,
            "Okuya · Окуя",
            role="brand",
            align="center",
            colour="primary",
            shrink_to_fit=True,
        )
        self.prompt = Label(
            context, " · ".join(self.prompts), role="body", align="center", colour="text_muted"
        )
        self.buttons = [
            Button(
                context,
                LANGUAGES[code],
                lambda code=code: self.choose(code),
                variant="secondary",  # nothing is chosen yet: no button stands out
                role="heading",
                key=code,
            )
            for code in self.languages
        ]
        gap = theme.space(3)
        brand_height = self.brand.preferred_height(column.width)
        prompt_height = self.prompt.preferred_height(column.width)
        row_width = column.width
        button_width = (row_width - gap * (len(self.buttons) - 1)) // len(self.buttons)
        button_height = max(
            theme.space(14), max(b.preferred_height(button_width) for b in self.buttons)
        )
        total = brand_height + prompt_height + button_height + 2 * gap + theme.space(2)
        top = column.y + max(0, (column.height - total) // 2)
        self.brand.rect = pygame.Rect(column.x, top, column.width, brand_height)
        self.prompt.rect = pygame.Rect(
            column.x, self.brand.rect.bottom + theme.space(1), column.width, prompt_height
        )
        buttons_rect = pygame.Rect(
            column.x, self.prompt.rect.bottom + 2 * gap, column.width, button_height
        )
        layout.row_of_buttons(buttons_rect, self.buttons, gap)
        for button in self.buttons:
            button.rect.height = button_height

    def widgets(self) -> list:
        """Return the brand, the prompt and the language buttons."""
        return [self.brand, self.prompt, *self.buttons]

    def on_back(self) -> Command | None:
        """Stay: there is nothing behind the first screen."""
        return None

    def choose(self, language: str) -> Command:
        """Switch to ``language``, save it, and go on to the profiles."""
        self.context.update_settings(language=language)
        self.context.first_start = False
        return SwitchTo(Profiles())
