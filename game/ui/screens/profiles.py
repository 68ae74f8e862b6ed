"""Who is playing? Pick a player, or create one by typing a name (any script: Айгүл, Өмүр ...)."""

from __future__ import annotations

import pygame

from game.play.library import PackEntry, load_entry
from game.storage.problems import SaveFailed
from game.storage.store import Profile, ProfileTaken
from game.ui import layout
from game.ui.commands import Command, Handled, Quit
from game.ui.context import AppContext
from game.ui.navigation import (
    ConfirmQuit,
    Destination,
    Language,
    Menu,
    Open,
    Packs,
    PlayPack,
    ResetTo,
    SwitchTo,
)
from game.ui.screen import Screen
from game.ui.widgets import Button, Card, Label, ScrollList, TextInput, Toast

MAX_NAME_LENGTH = 30


class ProfilesScreen(Screen):
    """List the players on this computer and let a new one join."""

    name = "profiles"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.players = context.players.profiles()
        self.typed_name = ""
        self.error = ""
        self.toast = Toast(context)

    def layout(self, rect: pygame.Rect) -> None:
        """Place the title, the list of players and the new-player form."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        inner = layout.content_rect(rect, theme)
        gap = theme.space(2)
        self.title = Label(
            context, translator.gettext("Who is playing?"), role="title", align="center"
        )
        title_height = self.title.preferred_height(inner.width)
        self.title.rect = pygame.Rect(inner.x, inner.y, inner.width, title_height)
        body = pygame.Rect(
            inner.x,
            self.title.rect.bottom + gap * 2,
            inner.width,
            inner.bottom - self.title.rect.bottom - gap * 2,
        )
        if self.players:
            list_column, form_column = layout.split_columns(body, (1, 1), theme.space(4))
        else:
            list_column = None
            form_column = layout.centered_column(rect, theme, width_fraction=0.6)
            form_column.y, form_column.height = body.y, body.height
        self.list_card = None
        self.list_heading = None
        self.player_list = None
        if list_column is not None:
            self.list_card = Card(context, rect=list_column)
            padding = theme.space(3)
            inside = list_column.inflate(-2 * padding, -2 * padding)
            self.list_heading = Label(
                context, translator.gettext("Choose your name"), role="heading"
            )
            heading_height = self.list_heading.preferred_height(inside.width)
            self.list_heading.rect = pygame.Rect(inside.x, inside.y, inside.width, heading_height)
            rows = [
                Button(
                    context,
                    player.name,
                    lambda player=player: self.choose(player),
                    align="left",
                    key=("player", index),
                )
                for index, player in enumerate(self.players)
            ]
            list_rect = pygame.Rect(
                inside.x,
                self.list_heading.rect.bottom + gap,
                inside.width,
                inside.bottom - self.list_heading.rect.bottom - gap,
            )
            self.player_list = ScrollList(context, rows, rect=list_rect)
        self.form_card = Card(context, rect=form_column)
        padding = theme.space(3)
        inside = form_column.inflate(-2 * padding, -2 * padding)
        heading = (
            translator.gettext("New player")
            if self.players
            else translator.gettext("Type your name to start")
        )
        self.form_heading = Label(context, heading, role="heading")
        self.name_input = TextInput(
            context,
            translator.gettext("Your name"),
            value=self.typed_name,
            placeholder=translator.gettext("Your name"),
            max_length=MAX_NAME_LENGTH,
            on_submit=self.create,
            key="name",
        )
        self.hint = Label(
            context, self.hint_text(), role="small", colour="wrong" if self.error else "text_muted"
        )
        self.create_button = Button(
            context,
            translator.gettext("Start playing"),
            self.create,
            variant="primary",
            icon="play",
            key="create",
        )
        self.quit_button = Button(
            context, translator.gettext("Quit"), self.quit, variant="quiet", key="quit"
        )
        if not self.players:
            # The very first player may have picked the wrong language a moment ago.
            self.quit_button = Button(
                context,
                translator.gettext("Choose another language"),
                self.back_to_language,
                variant="quiet",
                icon="arrow-left",
                key="language",
            )
        form = [self.form_heading, self.name_input, self.hint, self.create_button]
        quit_height = self.quit_button.preferred_height(inside.width)
        if self.players:
            layout.stack_vertically(inside, form, gap)
            self.quit_button.rect = pygame.Rect(
                inside.x, inside.bottom - quit_height, inside.width, quit_height
            )
        else:
            # The first player: a card just as tall as the form, with Quit under it, centred.
            form_height = sum(widget.preferred_height(inside.width) for widget in form)
            form_height += gap * (len(form) - 1)
            card_height = min(form_column.height, form_height + 2 * padding)
            quit_width = min(
                inside.width, max(inside.width // 2, self.quit_button.preferred_width())
            )
            block = card_height + gap + quit_height
            top = form_column.y + max(0, (form_column.height - block) // 2)
            self.form_card.rect = pygame.Rect(form_column.x, top, form_column.width, card_height)
            layout.stack_vertically(
                self.form_card.rect.inflate(-2 * padding, -2 * padding), form, gap
            )
            self.quit_button.rect = pygame.Rect(
                0, self.form_card.rect.bottom + gap, quit_width, quit_height
            )
            self.quit_button.rect.centerx = form_column.centerx
        self.toast.place()

    def widgets(self) -> list:
        """Return the widgets in focus order: players first, then the form."""
        found = [self.title]
        if self.list_card is not None:
            found += [self.list_card, self.list_heading, self.player_list, *self.player_list.rows]
        found += [
            self.form_card,
            self.form_heading,
            self.name_input,
            self.hint,
            self.create_button,
            self.quit_button,
            self.toast,
        ]
        return found

    def on_enter(self) -> None:
        """Put the focus on the name field when there is nobody to pick yet."""
        if not self.players:
            self.focus(self.name_input)

    def hint_text(self) -> str:
        """Return the line under the name field: an error, the length limit, or a tip."""
        translator = self.context.translator
        if self.error:
            return self.error
        if len(self.typed_name) >= MAX_NAME_LENGTH:
            return translator.ngettext(
                "A name can be at most {count} letter long.",
                "A name can be at most {count} letters long.",
                MAX_NAME_LENGTH,
            ).format(count=translator.format_number(MAX_NAME_LENGTH))
        return translator.gettext("Letters of any alphabet are fine.")

    def back_to_language(self) -> Command:
        """Go back to the language choice (first start only: nobody has played yet)."""
        return SwitchTo(Language())

    def on_back(self) -> Command | None:
        """Esc goes back to the language choice before the first player exists; else stays."""
        if not self.players:
            return self.back_to_language()
        return None

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Send typed letters to the name field wherever the focus is; remember the typed name."""
        if (
            event.type == pygame.TEXTINPUT
            and event.text.strip()
            and self.focused_widget is not self.name_input
        ):
            # A new player can simply start typing their name.
            self.focus(self.name_input)
        typed_before = self.name_input.value
        command = super().handle_event(event)
        hint_before = self.hint_text()
        self.typed_name = self.name_input.value
        if self.error and self.typed_name.strip() and self.typed_name != typed_before:
            self.error = ""  # an error is answered once the name is changed
        if self.hint_text() != hint_before:
            self.relayout(self.rect)
            self.focus(self.name_input)
        return command

    def create(self) -> Command | None:
        """Create a player with the typed name and go to the menu."""
        name = " ".join(self.name_input.value.split())
        if not name:
            self.error = self.context.translator.gettext("Type a name first.")
            self.relayout(self.rect)
            self.focus(self.name_input)
            return Handled()
        existing = next(
            (player for player in self.players if player.name.casefold() == name.casefold()), None
        )
        if existing is not None:
            return self.choose(existing)
        try:
            player = self.context.players.create_profile(name)
        except ProfileTaken as taken:  # another open game made this player a moment ago
            player = taken.profile
        except SaveFailed as failure:  # a full disk, a lock: say why, in the player's language
            self.error = failure.message(self.context.translator)
            self.relayout(self.rect)
            return Handled()
        except (ValueError, OSError) as error:
            self.error = self.context.translator.gettext(
                "This name cannot be saved: {reason}"
            ).format(reason=error)
            self.relayout(self.rect)
            return Handled()
        self.context.profile = player
        self.context.touch_profile(player)
        # A new player keeps the settings on screen now (language, text size, contrast ...):
        # they were chosen by whoever sits at the computer.
        self.context.save_settings()
        return self._go_to_menu()

    def quit(self) -> Command:
        """Close the game, asking first when finished rounds still wait to be saved."""
        return Open(ConfirmQuit()) if self.context.unsaved_rounds() else Quit()

    def choose(self, player: Profile) -> Command:
        """Play as ``player``: load their settings, then go to the menu."""
        self.context.profile = player
        saved = self.context.players.load_settings(player)
        if saved is not None:
            # ``okuya --lang ky`` (or ``--fullscreen``) still holds after a player is chosen.
            changes = {**saved.as_items(), **self.context.command_line_settings}
            self.context.update_settings(save=False, **changes)
        else:
            # A player with no saved settings keeps the ones on screen now.
            self.context.save_settings()
        self.context.touch_profile(player)
        return self._go_to_menu()

    def _go_to_menu(self) -> Command:
        """Go to the menu, or straight into the ``--pack`` folder the first time a player is chosen."""
        context = self.context
        if context.pack_path is not None and context.start.open_requested_pack():
            return ResetTo(requested_pack_stack(context))
        return SwitchTo(Menu())


def requested_pack_stack(
    context: AppContext, start: int | None = None, entry: PackEntry | None = None
) -> list[Destination]:
    """Return the stack that plays the ``--pack`` folder, or lists its problems.

    The play starts at step ``start`` (default: ``--step``, else the first). The stack is the
    one a player builds by hand (menu, the pack list, the play), so leaving the play goes
    back to the menu as usual. ``entry``: the ``--pack`` folder, already loaded.
    """
    assert context.pack_path is not None
    if entry is None:
        entry = load_entry(context.pack_path, context.translator)
    stack: list[Destination] = [Menu(), Packs(entries=(entry,))]
    if entry.pack is not None:
        if start is None:
            start = context.start_step or 0
        last = max(len(entry.pack.play) - 1, 0)
        stack.append(PlayPack(entry.pack, start=min(max(start, 0), last)))
    return stack
