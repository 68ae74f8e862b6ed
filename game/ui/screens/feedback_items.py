"""The item lists of a round's feedback, one text builder per round kind.

Timelines: each card with its date (formatted by the translator), its place, the pairs put
the wrong way round, and the evidence from the article (its translation, when the pack's
catalogue has one, above the original). Who-said: the right speaker, the context and the
evidence. Quiz: the answer, the explanation and the evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from game.model.pack import Pack
from game.rounds.quiz import QuizResult, QuizRound
from game.rounds.timeline import TimelineResult, TimelineRound
from game.rounds.who_said import WhoSaidResult, WhoSaidRound
from game.ui.context import AppContext
from game.ui.screens.wording import evidence_lines, person_text, quote_text, verdict
from game.ui.widgets.text_block import Line, TextBlock

# A long timeline can have many swapped pairs; the rest are counted.
PAIRS_SHOWN = 6


def timeline_items(
    context: AppContext, result: TimelineResult, round_: TimelineRound, pack: Pack
) -> list[TextBlock]:
    """Return one block per card, in the order the player left them, then the swapped pairs."""
    translator = context.translator
    blocks = []
    for placement in result.placements:
        event = round_.events[placement.event_id]
        icon, accent, word = verdict(translator, placement.right)
        placed = translator.format_number(placement.placed_index + 1)
        correct = translator.format_number(placement.correct_index + 1)
        if placement.right:
            status = translator.gettext("{verdict}: place {place}").format(
                verdict=word, place=correct
            )
        else:
            status = translator.gettext(
                "{verdict}: you put it in place {placed}; it belongs in place {correct}"
            ).format(verdict=word, placed=placed, correct=correct)
        lines = [
            Line(status, "small", accent, True),
            Line(translator.text(event.text, pack), "body", "text", True),
            Line(translator.format_when(event.when, event.label, pack), "body", "primary", True),
            *evidence_lines(translator, event.evidence, event.evidence_text, pack),
        ]
        blocks.append(TextBlock(context, lines, icon=icon, accent=accent, key=("item", event.id)))
    if result.swapped_pairs:
        count = len(result.swapped_pairs)
        lines = [
            Line(
                translator.ngettext(
                    "{count} pair was the wrong way round:",
                    "{count} pairs were the wrong way round:",
                    count,
                ).format(count=translator.format_number(count)),
                "body",
                "text",
                True,
            )
        ]
        for earlier, later in result.swapped_pairs[:PAIRS_SHOWN]:
            lines.append(
                Line(
                    translator.gettext("{earlier} came before {later}").format(
                        earlier=quote_text(
                            translator, translator.text(round_.events[earlier].text, pack)
                        ),
                        later=quote_text(
                            translator, translator.text(round_.events[later].text, pack)
                        ),
                    ),
                    "small",
                )
            )
        hidden = count - PAIRS_SHOWN
        if hidden > 0:
            lines.append(
                Line(
                    translator.ngettext(
                        "… and {count} more pair", "… and {count} more pairs", hidden
                    ).format(count=translator.format_number(hidden)),
                    "small",
                    "text_muted",
                )
            )
        blocks.append(TextBlock(context, lines, icon="warning", accent="warning", key="pairs"))
    return blocks


def who_said_items(
    context: AppContext, result: WhoSaidResult, round_: WhoSaidRound, pack: Pack
) -> list[TextBlock]:
    """Return one block per quote: the verdict, the quote, the right speaker, context, evidence."""
    translator = context.translator
    blocks = []
    for item in result.quotes:
        quote = pack.quote(item.quote_id)
        icon, accent, word = verdict(translator, item.right)
        right_person = person_text(translator, pack.person(item.right_person_id), pack)
        if item.right:
            status = translator.gettext("{verdict}: {person}").format(
                verdict=word, person=right_person
            )
        elif item.chosen_person_id is None:
            status = translator.gettext("Not matched. It was {person}").format(person=right_person)
        else:
            chosen = translator.text(pack.person(item.chosen_person_id).name, pack)
            status = translator.gettext("{verdict}: you chose {chosen}. It was {person}").format(
                verdict=word, chosen=chosen, person=right_person
            )
        lines = [
            Line(status, "small", accent, True),
            Line(
                quote_text(translator, translator.text(quote.text, pack), quote.reported),
                "body",
                "text",
                True,
            ),
        ]
        if item.reported:
            lines.append(
                Line(
                    translator.gettext("Reported speech: the article retells what was said."),
                    "small",
                    "primary",
                    True,
                )
            )
        if item.context is not None:
            lines.append(Line(translator.text(item.context, pack), "small", "text"))
        lines += evidence_lines(translator, item.evidence, quote.evidence_text, pack)
        blocks.append(TextBlock(context, lines, icon=icon, accent=accent, key=("item", quote.id)))
    return blocks


def quiz_items(
    context: AppContext, result: QuizResult, round_: QuizRound, pack: Pack
) -> list[TextBlock]:
    """Return one block per question: the verdict, the question, the answer and why."""
    translator = context.translator
    blocks = []
    for item in result.questions:
        question = pack.question(item.question_id)
        icon, accent, word = verdict(translator, item.right)
        if item.right:
            status = word
        elif item.chosen_choice_id is None:
            status = translator.gettext("Time ran out before you answered")
        else:
            chosen = next(
                choice
                for choice in round_.choices(item.question_id)
                if choice.id == item.chosen_choice_id
            )
            status = translator.gettext("{verdict}: you answered {answer}").format(
                verdict=word, answer=translator.text(chosen.text, pack)
            )
        lines = [
            Line(status, "small", accent, True),
            Line(translator.text(question.prompt, pack), "body", "text", True),
            Line(
                translator.gettext("Answer: {answer}").format(
                    answer=translator.text(item.answer, pack)
                ),
                "body",
                "primary",
                True,
            ),
        ]
        if item.explanation is not None:
            lines.append(Line(translator.text(item.explanation, pack), "small"))
        lines += evidence_lines(translator, item.evidence, question.evidence_text, pack)
        blocks.append(
            TextBlock(context, lines, icon=icon, accent=accent, key=("item", question.id))
        )
    return blocks


# The builder of each round kind's feedback items.
ItemBuilder = Callable[..., list[TextBlock]]
ITEM_BUILDERS: dict[str, ItemBuilder] = {
    "timeline": timeline_items,
    "who_said": who_said_items,
    "quiz": quiz_items,
}
