"""The main menu: play, practise mistakes, settings, about, change player, quit."""

from __future__ import annotations

import pygame

from game.play.practice import pending_count, practice_pack, start_practice
from game.ui import layout
from game.ui.commands import Command, Handled, Quit
from game.ui.context import AppContext
from game.ui.navigation import About, Open, Packs, Practise, Profiles, ResetTo, SettingsPage
from game.ui.screen import Screen
from game.ui.widgets import Button, Card, Label, Toast

MENU_PICTURE = "bishkek-panorama"
# The menu shows its picture still (one frame), so an idle menu costs no CPU.
STILL_PICTURE_TIME = 2.0


class MenuScreen(Screen):
    """Greet the player and offer everything they can do."""

    name = "menu"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.toast = Toast(context)

    def review_count(self) -> int:
        """Return how many mistakes wait in the player's review queue (for the selected pack)."""
        context = self.context
        if context.profile is None or context.store is None:
            return 0
        context.pack = practice_pack(context.pack, context.library, context.translator)
        return pending_count(context.store, context.profile, context.pack)

    def layout(self, rect: pygame.Rect) -> None:
        """Place the brand and picture on the left and the menu buttons on the right."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        inner = layout.content_rect(rect, theme)
        gap = theme.space(2)
        left, right = layout.split_columns(inner, (1.15, 1), theme.space(5))
        self.brand = Label(
            context,
            translator.pgettext("name of the game", "Okuya"),
            role="brand",
            colour="primary",
            shrink_to_fit=True,
        )
        self.tagline = Label(
            context,
            translator.gettext("A game about real news events"),
            role="heading",
            colour="text_muted",
        )
        greeting = (
            translator.gettext("Hello, {name}!").format(name=context.profile_name)
            if context.profile_name
            else ""
        )
        self.greeting = Label(context, greeting, role="body")
        used = layout.stack_vertically(
            left, [self.brand, self.tagline, self.greeting], theme.space(1)
        )
        picture_top = left.y + used + gap * 2
        self.picture_rect = pygame.Rect(
            left.x, picture_top, left.width, max(0, left.bottom - picture_top)
        )
        self.picture_card = Card(context, rect=self.picture_rect.inflate(0, 0))
        count = self.review_count()
        practise = translator.gettext("Practise mistakes")
        if count:
            practise = translator.ngettext(
                "Practise mistakes ({count})", "Practise mistakes ({count})", count
            ).format(count=context.translator.format_number(count))
        self.play_button = Button(
            context,
            translator.gettext("Play"),
            self.play,
            variant="primary",
            icon="play",
            key="play",
            role="heading",
        )
        self.practise_button = Button(context, practise, self.practise, key="practise")
        self.settings_button = Button(
            context, translator.gettext("Settings"), self.open_settings, key="settings"
        )
        self.about_button = Button(
            context, translator.gettext("About"), self.open_about, key="about"
        )
        self.player_button = Button(
            context, translator.gettext("Change player"), self.change_player, key="player"
        )
        self.quit_button = Button(
            context, translator.gettext("Quit"), lambda: Quit(), variant="quiet", key="quit"
        )
        self.buttons = [
            self.play_button,
            self.practise_button,
            self.settings_button,
            self.about_button,
            self.player_button,
            self.quit_button,
        ]
        self.practise_button.enabled = count > 0
        layout.stack_vertically(right, self.buttons, theme.space(1.75), align="middle")
        self.toast.place()

    def widgets(self) -> list:
        """Return the brand block, the picture card and the buttons."""
        return [
            self.brand,
            self.tagline,
            self.greeting,
            self.picture_card,
            *self.buttons,
            self.toast,
        ]

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the screen with a still built-in picture in its card."""
        super().draw(surface, covered)
        pictures = self.context.pictures
        if self.picture_rect.height < self.context.theme.space(8):
            return
        inner = self.picture_rect.inflate(
            -self.context.theme.space(2), -self.context.theme.space(2)
        )
        try:
            pictures.draw(
                surface,
                MENU_PICTURE,
                inner,
                STILL_PICTURE_TIME,
                reduced_motion=True,
                high_contrast=self.context.theme.high_contrast,
            )
        except (TypeError, AttributeError, pygame.error):
            return
        self.draw_widgets_over_picture(surface)

    def draw_widgets_over_picture(self, surface: pygame.Surface) -> None:
        """Repaint the toast and the focus ring, which must stay above the picture."""
        if self.toast.visible:
            self.toast.draw(surface)

    def on_back(self) -> Command | None:
        """Stay on the menu (Quit is a button, so Esc never loses the game by accident)."""
        return None

    def on_resume(self, result: object = None) -> None:
        """Lay out again: the review count may have changed after a round."""
        self.relayout(self.rect)

    # -- actions ----------------------------------------------------------------------------
    def play(self) -> Command:
        """Open the pack list."""
        return Open(Packs())

    def practise(self) -> Command | None:
        """Start a review round of the player's mistakes."""
        context = self.context
        practice = None
        if self.review_count() > 0 and context.pack is not None:
            practice = start_practice(context.store, context.profile, context.pack, context.rng)
        if practice is None:
            self.toast.show(
                self.context.translator.gettext("Nothing to practise yet. Well done!"), icon="star"
            )
            return Handled()
        return Open(Practise(practice))

    def open_settings(self) -> Command:
        """Open the settings."""
        return Open(SettingsPage())

    def open_about(self) -> Command:
        """Open the about screen."""
        return Open(About())

    def change_player(self) -> Command:
        """Go back to the list of players."""
        self.context.profile = None
        return ResetTo([Profiles()])
