"""The quiz round: one question at a time, 2-5 shuffled answers, click or number keys 1-5.

After an answer the round says whether it was right; the screen marks the right answer and
the player's pick by icon, words and colour, and shows the explanation and the evidence.
The time limit (only when the round has one) stands still while the explanation is read.
"""

from __future__ import annotations

import copy

import pygame

from game.rounds.quiz import QuizResult, QuizRound
from game.ui import layout
from game.ui.commands import Command, Handled
from game.ui.context import AppContext
from game.ui.navigation import RoundHost, Title
from game.ui.screens.round_base import RoundScreen
from game.ui.screens.wording import evidence_lines
from game.ui.widgets import Button, Card, Label
from game.ui.widgets.answer_button import AnswerButton
from game.ui.widgets.scroll_column import ScrollColumn
from game.ui.widgets.text_block import Line, TextBlock

NUMBER_KEYS = {
    **{getattr(pygame, f"K_{number}"): number for number in range(1, 6)},
    **{getattr(pygame, f"K_KP{number}"): number for number in range(1, 6)},
}


class QuizScreen(RoundScreen):
    """Ask the round's questions one by one and show each verdict with its explanation."""

    name = "quiz"

    def __init__(
        self, context: AppContext, host: RoundHost, round_: QuizRound, title: Title
    ) -> None:
        super().__init__(context, host, round_, title)
        self.question = round_.current
        self.answer_result = None
        self.chosen_id: str | None = None
        # No answer is preselected on a new question: Enter pressed on the way in (or mashed)
        # must not answer it. The first arrow or Tab press lands on the first answer.
        self.awaiting_pick_focus = True

    def clock_running(self) -> bool:
        """Stop the clock while the player reads the explanation."""
        return self.answer_result is None

    def layout(self, rect: pygame.Rect) -> None:
        """Put the question and answers on the left and the explanation on the right."""
        super().layout(rect)
        context, theme, translator = self.context, self.context.theme, self.context.translator
        pack = self.host.pack
        area = self.layout_header(rect)
        left, right = layout.split_columns(area, (1.25, 1), theme.space(4))
        question = self.question
        index = self.round.questions.index(question) + 1 if question in self.round.questions else 1
        total = len(self.round.questions)
        self.counter = Label(
            context,
            translator.ngettext(
                "Question {number} of {total}", "Question {number} of {total}", total
            ).format(number=translator.format_number(index), total=translator.format_number(total)),
            role="small",
            colour="text_muted",
            bold=True,
        )
        self.prompt = Label(context, translator.text(question.prompt, pack), role="heading")
        self.choices = list(self.round.choices(question.id))
        self.answers = []
        for number, choice in enumerate(self.choices, start=1):
            button = AnswerButton(
                context,
                translator.text(choice.text, pack),
                number,
                lambda choice_id=choice.id: self.choose(choice_id),
                key=("answer", choice.id),
            )
            self.answers.append(button)
        self.mark_answers()
        # Line the text up with the header: the column's viewport is inset by the focus ring.
        left = left.inflate(2 * theme.focus_width, 0)
        rows = [self.counter, self.prompt, *self.answers]
        gap = theme.space(1.5)
        needed = sum(row.preferred_height(left.width) for row in rows) + gap * len(rows)
        if needed > left.height:
            # A small window at large text: a smaller question keeps the answers in view.
            self.prompt.role = "body"
            self.prompt.bold = True
        self.column = ScrollColumn(context, rows, rect=left, gap=gap)
        self.panel = Card(context, rect=right)
        inner = right.inflate(-theme.space(3), -theme.space(3))
        last = self.round.finished
        self.next_button = Button(
            context,
            translator.gettext("See how you did") if last else translator.gettext("Next question"),
            self.next_question,
            variant="primary",
            icon="play",
            key="next",
        )
        button_height = self.next_button.preferred_height(inner.width)
        self.next_button.rect = pygame.Rect(
            inner.x, inner.bottom - button_height, inner.width, button_height
        )
        self.next_button.visible = self.answer_result is not None
        explain_rect = pygame.Rect(inner.x, inner.y, inner.width, inner.height)
        if self.next_button.visible:
            explain_rect.height = self.next_button.rect.y - theme.space(2) - inner.y
        self.explanation = ScrollColumn(
            context, self.explanation_blocks(), rect=explain_rect, gap=theme.space(1)
        )

    def explanation_blocks(self) -> list:
        """Return the hint before answering, or the verdict, explanation and evidence after."""
        translator, pack = self.context.translator, self.host.pack
        if self.answer_result is None:
            count = translator.format_number(len(self.choices))
            return [
                TextBlock(
                    self.context,
                    [
                        Line(translator.gettext("Pick an answer"), "heading", "text", True),
                        Line(
                            translator.gettext(
                                "Click it, or press its number key (1 to {last})."
                            ).format(last=count),
                            "body",
                            "text_muted",
                        ),
                    ],
                    icon="info",
                    panel=False,
                )
            ]
        result = self.answer_result
        right = result.right
        lines = [
            Line(
                translator.gettext("Right!") if right else translator.gettext("Not quite"),
                "heading",
                "right" if right else "wrong",
                True,
            ),
            Line(
                translator.gettext("Answer: {answer}").format(
                    answer=translator.text(result.answer, pack)
                ),
                "body",
                "text",
                True,
            ),
        ]
        if result.explanation is not None:
            lines.append(Line(translator.text(result.explanation, pack), "body"))
        question = pack.question(result.question_id)
        lines += evidence_lines(translator, result.evidence, question.evidence_text, pack)
        return [
            TextBlock(
                self.context,
                lines,
                icon="check" if right else "cross",
                accent="right" if right else "wrong",
                panel=False,
            )
        ]

    def mark_answers(self) -> None:
        """After answering, mark the right answer and a wrong pick; lock the answers."""
        translator = self.context.translator
        for button, choice in zip(self.answers, self.choices, strict=True):
            button.verdict = None
            button.verdict_text = ""
            if self.answer_result is None:
                continue
            button.enabled = False
            if choice.right:
                button.verdict = "right"
                button.verdict_text = translator.gettext("Right answer")
            elif choice.id == self.chosen_id:
                button.verdict = "wrong"
                button.verdict_text = translator.gettext("Your answer")
            button._fit_cache = None

    def widgets(self) -> list:
        """Return the header, the question column, the explanation panel and Next."""
        return [
            *self.header_widgets(),
            self.column,
            *self.column.rows,
            self.panel,
            self.explanation,
            *self.explanation.rows,
            self.next_button,
        ]

    def on_enter(self) -> None:
        """Show the question with no answer preselected."""
        self.awaiting_pick_focus = True
        self.focus(None)
        self.prepare_answers()

    def clamp_focus(self) -> None:
        """Keep the focus on nobody until the player moves it on a fresh question."""
        if self.awaiting_pick_focus and self.answer_result is None and self.focus_index is None:
            return
        super().clamp_focus()

    def move_focus(self, step: int, wrap: bool = True) -> None:
        """The first move on a fresh question lands on the first (or, backwards, last) answer."""
        if self.focus_index is None and self.answers and self.answer_result is None:
            self.awaiting_pick_focus = False
            self.focus(self.answers[0] if step > 0 else self.answers[-1])
            return
        super().move_focus(step, wrap)

    def prepare_answers(self) -> None:
        """Draw the screen as each answer would leave it, ahead, while the player reads.

        Each stand-in answers on a copy of the round, so the round judges it and stays open.
        """
        question = self.question

        def wanted() -> bool:
            return not self.done and self.question is question and self.answer_result is None

        def answered(choice_id: str) -> QuizScreen:
            stand_in = copy.deepcopy(self.round)
            screen = QuizScreen(self.context, self.host, stand_in, self.title)
            screen.question = question
            screen.chosen_id = choice_id
            screen.answer_result = stand_in.answer(question.id, choice_id)
            return screen

        for choice in self.round.choices(question.id):
            self.context.ahead.warm_later(lambda choice_id=choice.id: answered(choice_id), wanted)

    def answer_snapshot(self) -> object:
        """Return True once the last question is answered: the round is judged then."""
        return True if self.round.finished and not self.done else None

    def preview_result(self) -> QuizResult | None:
        """Return the round's result (it is final once every question is answered)."""
        return self.round.result

    # -- answering ---------------------------------------------------------------------------
    def choose(self, choice_id: str) -> Command | None:
        """Give the answer to the round; show its verdict and the explanation."""
        if self.done or self.answer_result is not None or self.round.finished:
            return None
        self.chosen_id = choice_id
        self.answer_result = self.round.answer(self.question.id, choice_id)
        self.context.play_sound("right" if self.answer_result.right else "wrong")
        self.relayout(self.rect)
        self.focus(self.next_button)
        self.prepare_next_question()
        return Handled()

    def prepare_next_question(self) -> None:
        """Draw the next question ahead while the player reads the explanation."""
        if self.round.finished:
            return
        answered = self.question

        def wanted() -> bool:
            return not self.done and self.question is answered

        # A new screen on the same round shows its first unanswered question: the next one.
        self.context.ahead.warm_later(
            lambda: QuizScreen(self.context, self.host, self.round, self.title), wanted
        )

    def next_question(self) -> Command | None:
        """Show the next question, or hand the finished round on."""
        if self.answer_result is None:
            return None
        if self.round.finished:
            return self.finish(self.round.result)
        self.question = self.round.current
        self.answer_result = None
        self.chosen_id = None
        self.relayout(self.rect)
        self.column.offset = 0
        self.column.arrange()
        self.awaiting_pick_focus = True
        self.focus(None)
        # A new view: the stack guards input, so a held Enter cannot answer this question.
        self.view_serial += 1
        self.prepare_answers()
        return Handled()

    def handle_event(self, event: pygame.event.Event) -> Command | None:
        """Answer with the number keys 1-5; Enter goes on after answering."""
        if self.done:
            return None
        if event.type == pygame.KEYDOWN:
            number = NUMBER_KEYS.get(event.key)
            if number is not None:
                if self.answer_result is None and number <= len(self.choices):
                    return self.choose(self.choices[number - 1].id)
                return Handled()
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.answer_result is not None:
                return self.next_question()
            if event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
                # Page keys scroll the explanation after answering, else the question column.
                target = self.explanation if self.answer_result is not None else self.column
                sign = 1 if event.key == pygame.K_PAGEDOWN else -1
                target.scroll_by(sign * max(1, target.rect.height * 3 // 4))
                return Handled()
        return super().handle_event(event)
