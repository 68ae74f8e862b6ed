"""About Okuya: what it is, the source article of the pack, credits and the font licence."""

from __future__ import annotations

import pygame

from game.i18n import Translator
from game.model.pack import Pack
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.screen import Screen
from game.ui.widgets import Label, ScrollList
from game.ui.widgets.header import back_and_title

SCROLL_KEYS = {pygame.K_DOWN: 1, pygame.K_UP: -1, pygame.K_PAGEDOWN: 6, pygame.K_PAGEUP: -6}


def source_citation(translator: Translator, pack: Pack) -> str:
    """Return the pack's source as a citation: author, title, publisher, date, address.

    The title is cited as published; a translation follows in brackets when there is one.
    """
    source = pack.source
    # TRANSLATORS: the quotation marks around the cited article's title (kept as published).
    title = translator.pgettext("the title of a cited article", "“{title}”").format(
        title=source.title.source
    )
    translated = translator.text(source.title, pack)
    if translated != source.title.source:
        title += f" [{translated}]"
    parts = [source.author] if source.author else []
    parts.append(title)
    if source.publisher:
        parts.append(source.publisher)
    if source.date is not None:
        parts.append(translator.format_when(source.date))
    citation = ", ".join(parts)
    if not citation.endswith("."):
        citation += "."
    if source.url:
        citation += f" {source.url}"
    return citation


def pack_for_about(context: AppContext) -> Pack | None:
    """Return the selected pack, else the first pack that loads, else None."""
    if context.pack is not None:
        return context.pack
    return context.library.first_playable(context.translator)


class AboutScreen(Screen):
    """Show what Okuya is, where the pack's facts come from, and who made what."""

    name = "about"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.pack = pack_for_about(context)
        self.list: ScrollList | None = None

    def layout(self, rect: pygame.Rect) -> None:
        """Place the back button, the title and the scrolling text."""
        offset = self.list.offset if self.list is not None else 0
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        inner = layout.content_rect(rect, theme)
        self.back, self.title = back_and_title(context, inner, translator.gettext("About Okuya"))

        def heading(text: str) -> Label:
            return Label(context, text, role="heading")

        def body(text: str, **kwargs: bool) -> Label:
            return Label(context, text, role="body", **kwargs)

        rows = [
            body(
                translator.gettext(
                    "Okuya (“event” in Kyrgyz) is a quiz game about real news events. "
                    "Each pack is drawn from one news article: put events in order, "
                    "match quotes to the people who said them, and answer questions."
                )
            ),
            heading(translator.gettext("Source of the pack")),
        ]
        if self.pack is not None:
            rows.append(body(translator.text(self.pack.title, self.pack), bold=True))
            rows.append(body(source_citation(translator, self.pack), break_words=True))
            rows.append(
                Label(
                    context,
                    translator.gettext(
                        "The article is not copied into the game: the pack quotes only short excerpts as evidence."
                    ),
                    role="small",
                    colour="text_muted",
                )
            )
        else:
            rows.append(body(translator.gettext("No pack is loaded.")))
        rows += [
            heading(translator.gettext("Credits")),
            body(
                translator.gettext(
                    "Made by the Okuya team. The pictures are drawn in code and the sounds are generated "
                    "by a script in the game's source."
                )
            ),
            heading(translator.gettext("Font")),
            body(
                translator.gettext(
                    "Noto Sans, © The Noto Project Authors, used under the SIL Open Font License 1.1. "
                    "The licence text is in assets/fonts/OFL.txt."
                ),
                break_words=True,
            ),
        ]
        column = layout.centered_column(rect, theme, width_fraction=0.8, max_width=theme.space(120))
        top = self.title.rect.bottom + theme.space(2)
        self.rows = rows
        self.list = ScrollList(
            context,
            rows,
            gap=theme.space(1.5),
            rect=pygame.Rect(column.x, top, column.width, inner.bottom - top),
            whole_lines=True,
        )
        self.list.scroll_by(offset)

    def widgets(self) -> list:
        """Return the back button, the title and the text rows."""
        return [self.back, self.title, self.list, *self.rows]

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll the text with Up/Down/Page Up/Page Down."""
        if event.type == pygame.KEYDOWN and event.key in SCROLL_KEYS:
            self.list.scroll_by(SCROLL_KEYS[event.key] * self.context.theme.space(6))
            return Handled()
        return super().handle_event(event)
