"""Results at the end of a pack: stars and score per round and in total, the best score, mistakes."""

from __future__ import annotations

import pygame

from game.model.pack import Pack
from game.play.flow import PlayThrough
from game.play.practice import start_practice
from game.play.verdicts import Verdict, is_new_best, stars_verdict
from game.ui import layout
from game.ui.commands import Command, Handled, PopTo
from game.ui.context import AppContext
from game.ui.navigation import PlayPack, Practise, SwitchTo
from game.ui.screen import Screen
from game.ui.screens.wording import person_text, quote_text
from game.ui.widgets import Button, Card, Label, Toast, Widget
from game.ui.widgets.scroll_column import ScrollColumn
from game.ui.widgets.stars import StarRow, stars_text
from game.ui.widgets.text_block import Line, TextBlock

# How each round's line on the results looks, by its verdict: (icon, accent colour).
ROUND_LOOKS = {
    Verdict.PERFECT: ("star", "right"),
    Verdict.GOOD: ("check", "primary"),
    Verdict.NONE: ("cross", "wrong"),
}


def mistake_lines(context: AppContext, item_id: str, pack: Pack) -> list[Line]:
    """Return the lines that describe one mistake (a pair, a quote or a question) rightly."""
    translator = context.translator
    kind, _, rest = item_id.partition(":")
    try:
        if kind == "pair":
            earlier_id, _, later_id = rest.partition("/")
            earlier, later = pack.event(earlier_id), pack.event(later_id)
            return [
                Line(translator.gettext("Order of two events"), "small", "primary", True),
                Line(
                    translator.gettext("{earlier} came before {later}").format(
                        earlier=quote_text(translator, translator.text(earlier.text, pack)),
                        later=quote_text(translator, translator.text(later.text, pack)),
                    ),
                    "body",
                ),
            ]
        if kind == "quote":
            quote = pack.quote(rest)
            return [
                Line(translator.gettext("Who said it"), "small", "primary", True),
                Line(
                    quote_text(translator, translator.text(quote.text, pack), quote.reported),
                    "body",
                ),
                Line(
                    translator.gettext("Said by {person}").format(
                        person=person_text(translator, pack.person(quote.speaker), pack)
                    ),
                    "small",
                    "text",
                    True,
                ),
            ]
        if kind == "question":
            question = pack.question(rest)
            return [
                Line(translator.gettext("Question"), "small", "primary", True),
                Line(translator.text(question.prompt, pack), "body"),
                Line(
                    translator.gettext("Answer: {answer}").format(
                        answer=translator.text(question.answer, pack)
                    ),
                    "small",
                    "text",
                    True,
                ),
            ]
    except KeyError:
        pass
    return [Line(item_id, "small", "text_muted")]


class ResultsScreen(Screen):
    """Show how the play went and offer: practise mistakes, play again, menu."""

    name = "results"

    def __init__(self, context: AppContext, play: PlayThrough) -> None:
        super().__init__(context)
        self.play = play
        self.toast = Toast(context)
        self.cheered = False
        # What the last full layout was made for (see ``laid_out_for``).
        self.layout_basis: tuple[object, ...] | None = None

    def laid_out_for(self, rect: pygame.Rect) -> bool:
        """Return True when the widgets were laid out for this window, look and language.

        The results are drawn ahead while the last feedback is read (``PlayHost``); the
        long list of mistakes is then not measured a second time when the screen opens.
        """
        basis = self.layout_basis
        context = self.context
        return (
            basis is not None
            and basis[0] == tuple(rect)
            and basis[1] is context.theme
            and basis[2] is context.translator
            and basis[3] == context.profile_name
        )

    def layout(self, rect: pygame.Rect) -> None:
        """Put the totals and buttons on the left and the rounds and mistakes on the right."""
        if self.laid_out_for(rect):
            return
        self.layout_basis = None
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        play, session, pack = self.play, self.play.session, self.play.pack
        inner = layout.content_rect(rect, theme)
        self.title = Label(context, translator.gettext("Results"), role="title")
        self.pack_title = Label(
            context, translator.text(pack.title, pack), role="body", colour="text_muted"
        )
        self.stars = StarRow(context, session.stars, role="title", words=False)
        self.stars_words = Label(
            context, stars_text(translator, session.stars), role="body", bold=True
        )
        total = translator.ngettext(
            "{points} of {total} point", "{points} of {total} points", session.pack_max_points
        ).format(
            points=translator.format_number(round(session.points, 2)),
            total=translator.format_number(session.pack_max_points),
        )
        self.total = Label(
            context,
            translator.gettext("Total: {percent} ({points})").format(
                percent=translator.format_percent(session.score), points=total
            ),
            role="heading",
        )
        best_before = play.best_before
        if best_before is None:
            best = translator.gettext("Your first score for this pack. Can you beat it next time?")
        elif is_new_best(session.score, best_before):
            best = translator.gettext("A new best score for {name}!").format(
                name=context.profile_name or translator.gettext("you")
            )
        else:
            best = translator.gettext("Best score so far: {percent}").format(
                percent=translator.format_percent(best_before)
            )
        self.best = Label(context, best, role="body", colour="primary", bold=True)
        mistakes = session.mistakes
        self.practise = Button(
            context,
            translator.gettext("Practise mistakes"),
            self.practise_mistakes,
            variant="primary",
            key="practise",
        )
        self.practise.enabled = bool(mistakes)
        self.again = Button(
            context, translator.gettext("Play again"), self.play_again, icon="play", key="again"
        )
        self.menu = Button(
            context, translator.gettext("Menu"), lambda: PopTo("menu"), variant="quiet", key="menu"
        )
        self.buttons = [self.practise, self.again, self.menu]
        # The three actions in one row along the bottom; the summary and the list above.
        row_height = layout.row_of_buttons(inner, self.buttons, theme.space(2), align="bottom")
        body = pygame.Rect(
            inner.x, inner.y, inner.width, inner.height - row_height - theme.space(3)
        )
        left, right = layout.split_columns(body, (0.9, 1.1), theme.space(4))
        summary = [self.title, self.pack_title, self.stars, self.stars_words, self.total, self.best]
        top = pygame.Rect(
            left.x - theme.focus_width, left.y, left.width + theme.focus_width, left.height
        )
        # In a small window at large text the summary scrolls rather than run into the buttons.
        self.summary = ScrollColumn(context, summary, rect=top, gap=theme.space(1))
        rows: list[Widget] = [
            Label(context, translator.gettext("Rounds"), role="heading", key="rounds-heading")
        ]
        for step, record in zip(pack.rounds, session.records, strict=False):
            percent = translator.format_percent(record.score)
            points = translator.ngettext(
                "{points} of {total} point", "{points} of {total} points", record.max_points
            ).format(
                points=translator.format_number(round(record.points, 2)),
                total=translator.format_number(record.max_points),
            )
            icon, accent = ROUND_LOOKS[stars_verdict(record.stars)]
            rows.append(
                TextBlock(
                    context,
                    [
                        Line(translator.text(step.title, pack), "body", "text", True),
                        Line(
                            f"{percent} · {points} · {stars_text(translator, record.stars)}",
                            "small",
                            "text_muted",
                        ),
                    ],
                    icon=icon,
                    accent=accent,
                    key=("round", record.round_id),
                )
            )
        if mistakes:
            rows.append(
                Label(
                    context,
                    translator.ngettext(
                        "{count} mistake to practise", "{count} mistakes to practise", len(mistakes)
                    ).format(count=translator.format_number(len(mistakes))),
                    role="heading",
                    key="mistakes-heading",
                )
            )
            for item_id in mistakes:
                rows.append(
                    TextBlock(
                        context,
                        mistake_lines(context, item_id, pack),
                        icon="cross",
                        accent="wrong",
                        key=("mistake", item_id),
                    )
                )
        else:
            rows.append(
                Label(
                    context,
                    translator.gettext("No mistakes at all. Brilliant!"),
                    role="heading",
                    colour="right",
                )
            )
        self.panel = Card(context, rect=right)
        self.list = ScrollColumn(
            context, rows, rect=right.inflate(-theme.space(3), -theme.space(3))
        )
        self.toast.place()
        self.layout_basis = (tuple(rect), context.theme, context.translator, context.profile_name)

    def widgets(self) -> list[Widget]:
        """Return the summary, the buttons and the list of rounds and mistakes."""
        return [
            self.summary,
            *self.summary.rows,
            *self.buttons,
            self.panel,
            self.list,
            *self.list.rows,
            self.toast,
        ]

    def on_enter(self) -> None:
        """Cheer with a fanfare on three stars; focus the most useful button."""
        if not self.cheered:
            self.cheered = True
            self.context.play_sound(
                "fanfare" if stars_verdict(self.play.session.stars) is Verdict.PERFECT else "drop"
            )
        self.focus(self.practise if self.practise.enabled else self.again)

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll the list with Page Up/Down."""
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            sign = 1 if event.key == pygame.K_PAGEDOWN else -1
            self.list.scroll_by(sign * self.list.rect.height * 3 // 4)
            return Handled()
        return super().handle_event(event)

    def on_back(self) -> Command | None:
        """Esc goes back to the menu."""
        return PopTo("menu")

    def practise_mistakes(self) -> Command | None:
        """Start a review round of this pack's mistakes."""
        context, play = self.context, self.play
        practice = start_practice(
            context.store,
            context.profile,
            play.pack,
            context.rng,
            play.session.session_id,
            play.session.mistakes,
        )
        if practice is None:
            self.toast.show(
                self.context.translator.gettext("Nothing to practise yet. Well done!"), icon="star"
            )
            return Handled()
        return SwitchTo(Practise(practice))

    def play_again(self) -> Command:
        """Play the same pack again from the start."""
        return SwitchTo(PlayPack(self.play.pack))
