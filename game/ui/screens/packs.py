"""The pack list: built-in packs and the player's own; a broken pack shows its errors, the rest play."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.model.errors import Problem
from game.play.library import PackEntry, best_scores
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import Open, PlayPack
from game.ui.screen import Screen
from game.ui.widgets import Card, Label, ScrollList, Toast
from game.ui.widgets.base import Action, Widget
from game.ui.widgets.header import back_and_title
from game.ui.widgets.icon import draw_icon

# A broken pack's card shows this many problems; the rest are counted.
PROBLEMS_SHOWN = 5
# Packs whose first screen (and picture) is drawn ahead while the list is shown.
FIRST_SCREENS_DRAWN_AHEAD = 3


def problem_text(problem: Problem, folder: Path) -> str:
    """Return one problem as a readable line: ``pack.yaml:12:5: what is wrong — how to fix it``."""
    file = Path(problem.file).name if problem.file else folder.name
    return problem.format(file=file, with_severity=False)


class PackCard(Card):
    """One pack in the list: title, summary and size, or its problems when it is broken."""

    def __init__(
        self, context: AppContext, entry: PackEntry, action: Action, best: float | None = None
    ) -> None:
        translator = context.translator
        title = (
            translator.text(entry.pack.title, entry.pack)
            if entry.pack is not None
            else entry.folder.name
        )
        super().__init__(context, title, action, key=("pack", str(entry.folder)))
        self.entry = entry
        # The player's best finished score for this pack (0-1), None when never finished.
        self.best = best
        self.lines = self._lines()

    def _lines(self) -> list[tuple[str, str, str, bool]]:
        """Return (text, role, colour, breakable) for each line under the title."""
        translator = self.context.translator
        entry = self.entry
        kind = (
            translator.gettext("Built-in pack")
            if entry.builtin
            else translator.gettext("Your pack")
        )
        if entry.pack is not None:
            pack = entry.pack
            rounds = len(pack.rounds)
            size = translator.ngettext("{count} round", "{count} rounds", rounds).format(
                count=translator.format_number(rounds)
            )
            steps = len(pack.play)
            length = translator.ngettext("{count} step", "{count} steps", steps).format(
                count=translator.format_number(steps)
            )
            best = (
                translator.gettext("Best score so far: {percent}").format(
                    percent=translator.format_percent(self.best)
                )
                if self.best is not None
                else translator.gettext("Not played to the end yet")
            )
            lines = []
            if pack.summary is not None:
                lines.append((translator.text(pack.summary, pack), "body", "text_muted", False))
            lines.append((f"{kind} · {size} · {length}", "small", "primary", False))
            lines.append((best, "small", "text" if self.best is not None else "text_muted", False))
            return lines
        count = len(entry.problems)
        lines = [
            (
                translator.ngettext(
                    "This pack has {count} error and cannot be played yet:",
                    "This pack has {count} errors and cannot be played yet:",
                    count,
                ).format(count=translator.format_number(count)),
                "body",
                "wrong",
                False,
            )
        ]
        for problem in entry.problems[:PROBLEMS_SHOWN]:
            lines.append((problem_text(problem, entry.folder), "small", "text", True))
        hidden = count - PROBLEMS_SHOWN
        if hidden > 0:
            more = translator.ngettext(
                "… and {count} more. Run “okuya check” to see them all.",
                "… and {count} more. Run “okuya check” to see them all.",
                hidden,
            ).format(count=translator.format_number(hidden))
            lines.append((more, "small", "text_muted", False))
        lines.append((f"{kind} · {entry.folder}", "small", "text_muted", True))
        return lines

    def part_labels(self) -> list[str]:
        """Return the lines under the title, as shown (for the UI driver)."""
        return [line for line, _, _, _ in self.lines]

    def padding(self) -> int:
        """Return the inner padding of the card."""
        return self.context.theme.space(2.5)

    def icon_size(self) -> int:
        """Return the side of the status icon."""
        return round(self.context.theme.font_size("heading") * 1.1)

    def text_width(self, width: int) -> int:
        """Return the width for text inside a card ``width`` pixels wide."""
        return max(1, width - 2 * self.padding() - self.icon_size() - self.context.theme.space(2))

    def preferred_height(self, width: int) -> int:
        """Return the height of the title and every line at ``width``."""
        theme, text = self.context.theme, self.context.text
        inner = self.text_width(width)
        height = text.measure(self.label, theme.font_size("heading"), bold=True, width=inner)[1]
        for line, role, _, _ in self.lines:
            height += theme.space(0.75) + text.measure(line, theme.font_size(role), width=inner)[1]
        return height + 2 * self.padding()

    @property
    def overflowing(self) -> bool:
        """Return True when the texts are taller than the card or a word is wider than it."""
        theme, text = self.context.theme, self.context.text
        inner = self.text_width(self.rect.width)
        if self.preferred_height(self.rect.width) > self.rect.height + 1:
            return True
        for line, role, _, breakable in [(self.label, "heading", "", False), *self.lines]:
            if (
                not breakable
                and text.longest_word_width(line, theme.font_size(role), bold=role == "heading")
                > inner
            ):
                return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the card, its status icon, title and lines."""
        super().draw(surface)
        theme, palette, text = self.context.theme, self.context.theme.palette, self.context.text
        previous = surface.get_clip()
        if self.clip is not None:
            surface.set_clip(self.clip.clip(previous) if previous else self.clip)
        padding = self.padding()
        icon = self.icon_size()
        icon_rect = pygame.Rect(self.rect.x + padding, self.rect.y + padding, icon, icon)
        if self.entry.pack is not None:
            pygame.draw.circle(surface, palette.primary, icon_rect.center, icon // 2)
            draw_icon(
                surface,
                "play",
                icon_rect.inflate(-icon // 2, -icon // 2).move(icon // 16, 0),
                palette.on_primary,
            )
        else:
            draw_icon(surface, "warning", icon_rect, palette.wrong)
        x = icon_rect.right + theme.space(2)
        width = self.text_width(self.rect.width)
        y = self.rect.y + padding
        title = text.render(
            self.label, theme.font_size("heading"), palette.text, bold=True, width=width
        )
        surface.blit(title, (x, y))
        y += title.get_height()
        for line, role, colour, _ in self.lines:
            y += theme.space(0.75)
            image = text.render(line, theme.font_size(role), getattr(palette, colour), width=width)
            surface.blit(image, (x, y))
            y += image.get_height()
        surface.set_clip(previous)


class PacksScreen(Screen):
    """List every pack; play one with a click or Enter."""

    name = "packs"

    def __init__(self, context: AppContext, entries: list[PackEntry] | None = None) -> None:
        super().__init__(context)
        self.entries = entries
        self.toast = Toast(context)
        self.loading = entries is None

    @property
    def animating(self) -> bool:
        """Return True until the packs are loaded (so the first update loads them)."""
        return self.loading or super().animating

    def update(self, dt: float) -> Command | None:
        """Load the packs on the first update, after the screen has been drawn once."""
        if self.loading:
            self.load()
        return super().update(dt)

    def load(self) -> None:
        """Load (or reload in the current language) every pack folder."""
        first_time = self.entries is None
        self.entries = self.context.library.entries(self.context.translator)
        self.loading = False
        self.relayout(self.rect)
        if first_time and self.cards:
            self.focus(self.cards[0])
        self.prepare_first_screens()

    def prepare_first_screens(self) -> None:
        """Draw the first screen of the first few playable packs ahead, while the player chooses."""
        playable = [entry.pack for entry in self.entries or [] if entry.pack is not None]
        for pack in playable[:FIRST_SCREENS_DRAWN_AHEAD]:
            self.context.ahead.warm(lambda pack=pack: PlayPack(pack, preview=True))

    def layout(self, rect: pygame.Rect) -> None:
        """Place the title, the back button and the list of pack cards."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        if self.entries is not None and any(
            entry.language != translator.language for entry in self.entries
        ):
            # Checker messages are in the language they were made in: check again after a switch.
            self.entries = [
                context.library.entry(entry.folder, entry.builtin, context.translator)
                for entry in self.entries
            ]
        inner = layout.content_rect(rect, theme)
        gap = theme.space(2)
        self.back, self.title = back_and_title(context, inner, translator.gettext("Choose a pack"))
        body = pygame.Rect(
            inner.x,
            self.title.rect.bottom + gap,
            inner.width,
            inner.bottom - self.title.rect.bottom - gap,
        )
        self.status = Label(context, "", role="body", colour="text_muted", align="center")
        self.cards: list[PackCard] = []
        if self.entries is None:
            self.status.label = translator.gettext("Loading packs…")
        elif not self.entries:
            self.status.label = translator.gettext(
                "No packs found. Put pack folders in your packs folder."
            )
        else:
            best = best_scores(context.store, context.profile)
            self.cards = [
                PackCard(
                    context,
                    entry,
                    lambda entry=entry: self.play(entry),
                    best.get(entry.pack.id) if entry.pack is not None else None,
                )
                for entry in self.entries
            ]
        self.status.rect = pygame.Rect(
            body.x,
            body.y,
            body.width,
            self.status.preferred_height(body.width) if self.status.label else 0,
        )
        self.pack_list = ScrollList(context, list(self.cards), rect=body)
        self.toast.place()

    def widgets(self) -> list[Widget]:
        """Return the back button, the title and the pack cards."""
        return [
            self.back,
            self.title,
            self.status,
            self.pack_list,
            *self.pack_list.rows,
            self.toast,
        ]

    def on_enter(self) -> None:
        """Focus the first pack once they are listed."""
        self.clamp_focus()

    def play(self, entry: PackEntry) -> Command | None:
        """Start the pack, or explain why a broken pack cannot start."""
        translator = self.context.translator
        if entry.pack is None:
            self.toast.show(
                translator.gettext("Fix the errors in this pack first, then open the list again."),
                icon="warning",
            )
            return Handled()
        return Open(PlayPack(entry.pack))

    def on_resume(self, result: object = None) -> None:
        """Check the packs again when coming back (a teacher may have fixed one)."""
        self.load()
