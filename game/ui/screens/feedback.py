"""Feedback after a round: what was right and wrong, item by item, by icon and words and colour.

Timelines: each card with its date (formatted by the translator), its place, the pairs put
the wrong way round, and the evidence from the article (its translation, when the pack's
catalogue has one, above the original). Who-said: the right speaker, the context and the
evidence. Quiz: the answer, the explanation and the evidence. The list
scrolls when it is long. The screen only shows the round's verdicts; it judges nothing.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui import layout
from game.ui.screen import Command, Push, Screen
from game.ui.widgets import Button, Label
from game.ui.widgets.scroll_column import ScrollColumn
from game.ui.widgets.stars import StarRow
from game.ui.widgets.text_block import Line, TextBlock

# A long timeline can have many swapped pairs; the rest are counted.
PAIRS_SHOWN = 6


def evidence_line(t, evidence: str) -> Line:
    """Return the article excerpt as a muted small line."""
    return Line(
        t.pgettext("evidence from the article", "From the article: “{evidence}”").format(
            evidence=evidence
        ),
        "small",
        "text_muted",
    )


def evidence_lines(t, evidence: str, text=None, pack=None) -> list[Line]:
    """Return the article excerpt: its translation, when the pack has one, above the original.

    The excerpt stays in the article's language in the pack (the checker finds it there); a
    student reads the translation first, and the original beneath it shows what it renders.
    """
    if not evidence.strip():
        return []  # evidence is optional: a pack written from a lesson may give none
    translation = t.translation(text, pack)
    if translation is None:
        return [evidence_line(t, evidence)]
    return [
        Line(
            t.pgettext(
                "evidence from the article, translated",
                "From the article (translated): “{evidence}”",
            ).format(evidence=translation),
            "small",
            "text",
        ),
        Line(
            t.pgettext(
                "the article's own words, under their translation", "Original: “{evidence}”"
            ).format(evidence=evidence),
            "small",
            "text_muted",
        ),
    ]


def person_text(t, person, pack) -> str:
    """Return "Name, role" (or just the name)."""
    name = t.text(person.name, pack)
    if person.role is None:
        return name
    return t.pgettext("a person and their role", "{name}, {role}").format(
        name=name, role=t.text(person.role, pack)
    )


def quote_text(t, text: str, reported: bool = False) -> str:
    """Return a quote in the language's quotation marks; a paraphrase (``reported``) without them.

    Quotation marks promise the speaker's own words, which a paraphrase is not.
    """
    if reported:
        return text
    return t.pgettext("a quotation", "“{quote}”").format(quote=text)


def verdict(t, right: bool) -> tuple[str, str, str]:
    """Return (icon, accent colour, word) for a right or wrong item."""
    if right:
        return "check", "right", t.gettext("Right")
    return "cross", "wrong", t.gettext("Wrong")


def timeline_items(context, result, round_, pack) -> list[TextBlock]:
    """Return one block per card, in the order the player left them, then the swapped pairs."""
    t = context.t
    blocks = []
    for placement in result.placements:
        event = round_.events[placement.event_id]
        icon, accent, word = verdict(t, placement.right)
        placed = t.format_number(placement.placed_index + 1)
        correct = t.format_number(placement.correct_index + 1)
        if placement.right:
            status = t.gettext("{verdict}: place {place}").format(verdict=word, place=correct)
        else:
            status = t.gettext(
                "{verdict}: you put it in place {placed}; it belongs in place {correct}"
            ).format(verdict=word, placed=placed, correct=correct)
        lines = [
            Line(status, "small", accent, True),
            Line(t.text(event.text, pack), "body", "text", True),
            Line(t.format_when(event.when, event.label, pack), "body", "primary", True),
            *evidence_lines(t, event.evidence, event.evidence_text, pack),
        ]
        blocks.append(TextBlock(context, lines, icon=icon, accent=accent, key=("item", event.id)))
    if result.swapped_pairs:
        count = len(result.swapped_pairs)
        lines = [
            Line(
                t.ngettext(
                    "{count} pair was the wrong way round:",
                    "{count} pairs were the wrong way round:",
                    count,
                ).format(count=t.format_number(count)),
                "body",
                "text",
                True,
            )
        ]
        for earlier, later in result.swapped_pairs[:PAIRS_SHOWN]:
            lines.append(
                Line(
                    t.gettext("{earlier} came before {later}").format(
                        earlier=quote_text(t, t.text(round_.events[earlier].text, pack)),
                        later=quote_text(t, t.text(round_.events[later].text, pack)),
                    ),
                    "small",
                )
            )
        hidden = count - PAIRS_SHOWN
        if hidden > 0:
            lines.append(
                Line(
                    t.ngettext(
                        "… and {count} more pair", "… and {count} more pairs", hidden
                    ).format(count=t.format_number(hidden)),
                    "small",
                    "text_muted",
                )
            )
        blocks.append(TextBlock(context, lines, icon="warning", accent="warning", key="pairs"))
    return blocks


def who_said_items(context, result, round_, pack) -> list[TextBlock]:
    """Return one block per quote: the verdict, the quote, the right speaker, context, evidence."""
    t = context.t
    blocks = []
    for item in result.quotes:
        quote = pack.quote(item.quote_id)
        icon, accent, word = verdict(t, item.right)
        right_person = person_text(t, pack.person(item.right_person_id), pack)
        if item.right:
            status = t.gettext("{verdict}: {person}").format(verdict=word, person=right_person)
        elif item.chosen_person_id is None:
            status = t.gettext("Not matched. It was {person}").format(person=right_person)
        else:
            chosen = t.text(pack.person(item.chosen_person_id).name, pack)
            status = t.gettext("{verdict}: you chose {chosen}. It was {person}").format(
                verdict=word, chosen=chosen, person=right_person
            )
        lines = [
            Line(status, "small", accent, True),
            Line(quote_text(t, t.text(quote.text, pack), quote.reported), "body", "text", True),
        ]
        if item.reported:
            lines.append(
                Line(
                    t.gettext("Reported speech: the article retells what was said."),
                    "small",
                    "primary",
                    True,
                )
            )
        if item.context is not None:
            lines.append(Line(t.text(item.context, pack), "small", "text"))
        lines += evidence_lines(t, item.evidence, quote.evidence_text, pack)
        blocks.append(TextBlock(context, lines, icon=icon, accent=accent, key=("item", quote.id)))
    return blocks


def quiz_items(context, result, round_, pack) -> list[TextBlock]:
    """Return one block per question: the verdict, the question, the answer and why."""
    t = context.t
    blocks = []
    for item in result.questions:
        question = pack.question(item.question_id)
        icon, accent, word = verdict(t, item.right)
        if item.right:
            status = word
        elif item.chosen_choice_id is None:
            status = t.gettext("Time ran out before you answered")
        else:
            chosen = next(
                choice
                for choice in round_.choices(item.question_id)
                if choice.id == item.chosen_choice_id
            )
            status = t.gettext("{verdict}: you answered {answer}").format(
                verdict=word, answer=t.text(chosen.text, pack)
            )
        lines = [
            Line(status, "small", accent, True),
            Line(t.text(question.prompt, pack), "body", "text", True),
            Line(
                t.gettext("Answer: {answer}").format(answer=t.text(item.answer, pack)),
                "body",
                "primary",
                True,
            ),
        ]
        if item.explanation is not None:
            lines.append(Line(t.text(item.explanation, pack), "small"))
        lines += evidence_lines(t, item.evidence, question.evidence_text, pack)
        blocks.append(
            TextBlock(context, lines, icon=icon, accent=accent, key=("item", question.id))
        )
    return blocks


ITEM_BUILDERS = {"timeline": timeline_items, "who_said": who_said_items, "quiz": quiz_items}


def right_count(result) -> tuple[int, int]:
    """Return (items right, items) of a round result."""
    outcomes = {
        "timeline": [placement.right for placement in getattr(result, "placements", ())],
        "who_said": [item.right for item in getattr(result, "quotes", ())],
        "quiz": [item.right for item in getattr(result, "questions", ())],
    }[result.kind]
    return sum(outcomes), len(outcomes)


class FeedbackScreen(Screen):
    """Show a judged round: a summary with the score and stars, then every item."""

    name = "feedback"

    def __init__(
        self, context, host, result: Any, title: Any, record: Any = None, round_: Any = None
    ) -> None:
        super().__init__(context)
        self.host = host
        self.result = result
        self.title = title
        self.record = record
        self.round = round_ if round_ is not None else getattr(host, "last_round", None)

    def summary_text(self) -> str:
        """Return "4 of 5 right" for the round's kind."""
        t = self.context.t
        right, total = right_count(self.result)
        # Literal ngettext calls, so that Babel extracts the messages for translation.
        if self.result.kind == "timeline":
            text = t.ngettext(
                "{count} of {total} card in the right place",
                "{count} of {total} cards in the right place",
                total,
            )
        elif self.result.kind == "who_said":
            text = t.ngettext(
                "{count} of {total} quote matched right",
                "{count} of {total} quotes matched right",
                total,
            )
        else:
            text = t.ngettext(
                "{count} of {total} answer right", "{count} of {total} answers right", total
            )
        return text.format(count=t.format_number(right), total=t.format_number(total))

    def score_text(self) -> str:
        """Return the round's score as a percentage and, in a play, as points."""
        t = self.context.t
        percent = t.format_percent(self.result.score)
        if self.record is None:
            return t.gettext("Score: {percent}").format(percent=percent)
        return t.ngettext(
            "Score: {percent} ({points} of {total} point)",
            "Score: {percent} ({points} of {total} points)",
            self.record.max_points,
        ).format(
            percent=percent,
            points=t.format_number(round(self.record.points, 2)),
            total=t.format_number(self.record.max_points),
        )

    def layout(self, rect: pygame.Rect) -> None:
        """Place the summary on top, the items in a scrolling list, Continue at the bottom."""
        super().layout(rect)
        context, theme, t = self.context, self.context.theme, self.context.t
        inner = layout.content_rect(rect, theme)
        self.progress = Label(
            context, self.host.progress_text(self.record), role="small", colour="primary"
        )
        from game.ui.screens.play import shown_title

        self.heading = Label(
            context, shown_title(context, self.host.pack, self.title), role="heading"
        )
        perfect = self.result.score >= 1.0
        lines = [
            Line(self.summary_text(), "heading", "text", True),
            Line(self.score_text(), "body"),
        ]
        if getattr(self.result, "timed_out", False):
            lines.append(
                Line(
                    t.gettext("Time ran out: your answers so far were checked."),
                    "small",
                    "warning",
                    True,
                )
            )
        self.summary = TextBlock(
            context,
            lines,
            icon="star" if perfect else ("check" if self.result.score >= 0.5 else "info"),
            accent="right" if perfect else "primary",
            key="summary",
        )
        self.stars = (
            StarRow(context, self.record.stars, role="heading") if self.record is not None else None
        )
        self.continue_button = Button(
            context,
            t.gettext("Continue"),
            self.host.after_feedback,
            variant="primary",
            icon="play",
            key="continue",
        )
        button_width = min(
            inner.width // 2, max(self.continue_button.preferred_width(), inner.width // 4)
        )
        button_height = self.continue_button.preferred_height(button_width)
        self.continue_button.rect = pygame.Rect(
            inner.right - button_width, inner.bottom - button_height, button_width, button_height
        )
        top_parts = [self.progress, self.heading]
        used = layout.stack_vertically(inner, top_parts, 0)
        summary_width = inner.width
        if self.stars is not None:
            stars_width = min(self.stars.preferred_width(), inner.width // 2)
            summary_width = inner.width - stars_width - theme.space(2)
        summary_height = self.summary.preferred_height(summary_width)
        self.summary.rect = pygame.Rect(
            inner.x, inner.y + used + theme.space(1.5), summary_width, summary_height
        )
        if self.stars is not None:
            height = self.stars.preferred_height(stars_width)
            self.stars.rect = pygame.Rect(
                inner.right - stars_width,
                self.summary.rect.centery - height // 2,
                stars_width,
                height,
            )
            if self.stars.preferred_width() > stars_width:
                self.stars.words = False
        top = self.summary.rect.bottom + theme.space(2)
        items = ITEM_BUILDERS[self.result.kind](context, self.result, self.round, self.host.pack)
        self.items = ScrollColumn(
            context,
            items,
            rect=pygame.Rect(
                inner.x, top, inner.width, self.continue_button.rect.y - theme.space(2) - top
            ),
            gap=theme.space(1.25),
        )

    def widgets(self) -> list:
        """Return the header, summary, stars, the item list and Continue."""
        found = [self.progress, self.heading, self.summary]
        if self.stars is not None:
            found.append(self.stars)
        return [*found, self.items, *self.items.rows, self.continue_button]

    def on_enter(self) -> None:
        """Focus Continue and play the sound that matches the result."""
        self.focus(self.continue_button)
        self.context.play_sound("right" if self.result.score >= 0.7 else "wrong")

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Scroll with Up/Down and Page Up/Down; Enter continues."""
        if event.type == pygame.KEYDOWN:
            steps = {
                pygame.K_DOWN: 1,
                pygame.K_UP: -1,
                pygame.K_PAGEDOWN: 4,
                pygame.K_PAGEUP: -4,
            }
            if event.key in steps:
                self.items.scroll_by(steps[event.key] * self.context.theme.space(6))
                from game.ui.screen import Handled

                return Handled()
        return super().handle_event(event)

    def on_back(self) -> Command | None:
        """Open the pause menu on Esc."""
        from game.ui.screens.pause import PauseScreen

        return Push(PauseScreen(self.context))
