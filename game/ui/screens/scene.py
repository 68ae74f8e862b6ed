"""A scene: a narrative card between rounds with a title, short paragraphs and a picture."""

from __future__ import annotations

import pygame

from game.model.pack import Scene
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import Open, Pause, SceneHost
from game.ui.screen import Screen
from game.ui.text import collapse_spaces
from game.ui.widgets import Button, Card, Label
from game.ui.widgets.scroll_column import ScrollColumn


class SceneScreen(Screen):
    """Tell the story between rounds; Continue (or Enter) goes on."""

    name = "scene"

    def __init__(self, context: AppContext, host: SceneHost, scene: Scene) -> None:
        super().__init__(context)
        self.host = host
        self.scene = scene
        self.time = 0.0
        self.picture_moves = False

    def layout(self, rect: pygame.Rect) -> None:
        """Put the text on the left and the picture on the right; all text when there is none."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        pack = self.host.pack
        inner = layout.content_rect(rect, theme)
        if self.scene.picture:
            text_column, picture_column = layout.split_columns(inner, (1.0, 1.05), theme.space(4))
        else:
            # No picture: the text takes the whole width rather than leaving an empty panel.
            text_column, picture_column = inner, pygame.Rect(inner.right, inner.y, 0, 0)
        # A story card is no round: "Round 3 of 10" here read as if the story were scored.
        self.progress = Label(
            context,
            translator.pgettext("the header of a story card between rounds", "Story"),
            role="small",
            colour="primary",
        )
        self.title = Label(context, translator.text(self.scene.title, pack), role="title")
        paragraphs = [
            part.strip()
            for part in translator.text(self.scene.text, pack).split("\n\n")
            if part.strip()
        ]
        self.paragraphs = [
            Label(context, collapse_spaces(part), role="body") for part in paragraphs
        ]
        self.next_button = Button(
            context,
            translator.gettext("Continue"),
            self.host.scene_done,
            variant="primary",
            icon="play",
            key="continue",
            role="heading",
        )
        button_width = min(
            text_column.width, max(self.next_button.preferred_width(), text_column.width // 2)
        )
        button_height = self.next_button.preferred_height(button_width)
        self.next_button.rect = pygame.Rect(
            text_column.x, text_column.bottom - button_height, button_width, button_height
        )
        header = layout.stack_vertically(text_column, [self.progress, self.title], theme.space(0.5))
        body = pygame.Rect(
            text_column.x,
            text_column.y + header + theme.space(2),
            text_column.width,
            self.next_button.rect.y - theme.space(2) - (text_column.y + header + theme.space(2)),
        )
        # Line the text up with the title: the list's viewport is inset by the focus ring.
        body = body.inflate(2 * theme.focus_width, 0)
        self.story = ScrollColumn(context, list(self.paragraphs), rect=body, gap=theme.space(1.5))
        self.picture_card = Card(context, rect=picture_column)
        self.picture_rect = picture_column.inflate(-theme.space(2), -theme.space(2))

    def widgets(self) -> list:
        """Return the title, the paragraphs, the picture card and Continue."""
        return [
            self.progress,
            self.title,
            *([self.picture_card] if self.scene.picture else []),
            self.story,
            *self.story.rows,
            self.next_button,
        ]

    def on_enter(self) -> None:
        """Focus Continue so Enter goes on at once."""
        self.focus(self.next_button)

    @property
    def animating(self) -> bool:
        """Return True while the picture moves (never under reduced motion)."""
        return super().animating or (
            self.picture_moves and not self.context.settings.reduced_motion
        )

    def update(self, dt: float) -> Command | None:
        """Advance the picture's animation clock."""
        self.time += dt
        return super().update(dt)

    def frame_due_in(self) -> float | None:
        """Return the seconds until the picture's next motion frame (None: it is still)."""
        if super().animating:
            return super().frame_due_in()
        if not self.scene.picture or not self.animating:
            return None
        return self.context.pictures.next_frame_in(self.scene.picture, self.time)

    def draw_changes(self, surface: pygame.Surface) -> list[pygame.Rect] | None:
        """Repaint only the picture's moving parts when its next frame is due."""
        if super().animating:
            return None
        if not self.scene.picture or not self.animating:
            return []
        try:
            return self.context.pictures.update(
                surface,
                self.scene.picture,
                self.picture_rect,
                self.time,
                reduced_motion=self.context.settings.reduced_motion,
                pack_folder=self.host.pack.folder,
                high_contrast=self.context.theme.high_contrast,
            )
        except (TypeError, ValueError, OSError, pygame.error):
            self.picture_moves = False
            return []

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll the story with Page Up/Down; the rest as usual."""
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            step = self.story.rect.height * (1 if event.key == pygame.K_PAGEDOWN else -1)
            self.story.scroll_by(step)
            return Handled()
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface, covered: bool = False) -> None:
        """Paint the text, the card and the (gently animated) picture, then the focus ring."""
        self.draw_background(surface)
        for widget in self.widgets():
            if widget.visible and not widget.scrolled_out_of_view():
                widget.draw(surface)
        pictures = self.context.pictures
        if self.scene.picture:
            try:
                self.picture_moves = bool(
                    pictures.draw(
                        surface,
                        self.scene.picture,
                        self.picture_rect,
                        self.time,
                        reduced_motion=self.context.settings.reduced_motion,
                        pack_folder=self.host.pack.folder,
                        high_contrast=self.context.theme.high_contrast,
                    )
                )
            except (TypeError, ValueError, OSError, pygame.error):
                self.picture_moves = False
        self.draw_focus(surface, covered)

    def on_back(self) -> Command | None:
        """Open the pause menu on Esc."""
        return Open(Pause())
