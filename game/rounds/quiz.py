"""The quiz round: multiple-choice questions, one right answer each.

    round_ = QuizRound.from_step(step, pack, random.Random(seed))
    question = round_.current                 # the next unanswered Question, or None
    for choice in round_.choices(question.id): choice.id, choice.text
    answer = round_.answer(question.id, choice.id)   # -> QuestionResult: right, explanation
    round_.update(dt)                          # the optional time limit
    if round_.finished: round_.result          # -> QuizResult

Choices are shuffled once, with the injected random, when the round is made. When the time
limit runs out every unanswered question counts as wrong (``timed_out``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from game.model.pack import Pack, Question, QuizStep, Text
from game.rounds.outcome import ItemOutcome, question_item_id
from game.rounds.timer import RoundTimer

RIGHT_CHOICE_ID = "answer"


@dataclass(frozen=True)
class Choice:
    """One choice shown for a question; its id is ``answer`` or ``wrong-<n>``."""

    id: str
    text: Text

    @property
    def right(self) -> bool:
        """Return True for the right answer."""
        return self.id == RIGHT_CHOICE_ID


@dataclass(frozen=True)
class QuestionResult:
    """The judged answer to one question, with what the feedback shows."""

    question_id: str
    chosen_choice_id: str | None
    explanation: Text | None
    evidence: str
    answer: Text
    timed_out: bool = False

    @property
    def right(self) -> bool:
        """Return True when the right choice was picked."""
        return self.chosen_choice_id == RIGHT_CHOICE_ID


@dataclass(frozen=True)
class QuizResult:
    """The judged answers of a quiz round."""

    round_id: str
    score: float
    questions: tuple[QuestionResult, ...]
    timed_out: bool = False
    kind: str = "quiz"

    @property
    def items(self) -> int:
        """Return the number of questions."""
        return len(self.questions)

    @property
    def outcomes(self) -> tuple[ItemOutcome, ...]:
        """Return every question with whether it was answered right."""
        return tuple(
            ItemOutcome(question_item_id(item.question_id), item.right) for item in self.questions
        )


class QuizRound:
    """Ask questions with shuffled choices and judge each answer."""

    kind = "quiz"

    def __init__(
        self,
        round_id: str,
        questions: Sequence[Question],
        rng: random.Random,
        time_limit: float | None = None,
    ) -> None:
        if not questions:
            raise ValueError("a quiz round needs at least one question")
        self.round_id = round_id
        self.questions: tuple[Question, ...] = tuple(questions)
        self._by_id = {question.id: question for question in questions}
        self._choices: dict[str, tuple[Choice, ...]] = {}
        for question in questions:
            choices = [Choice(RIGHT_CHOICE_ID, question.answer)]
            choices += [Choice(f"wrong-{index}", text) for index, text in enumerate(question.wrong)]
            rng.shuffle(choices)
            self._choices[question.id] = tuple(choices)
        self._answers: dict[str, QuestionResult] = {}
        self.timer = RoundTimer(time_limit)
        self.timed_out = False
        self.result: QuizResult | None = None

    @classmethod
    def from_step(cls, step: QuizStep, pack: Pack, rng: random.Random) -> QuizRound:
        """Build the round a pack's play list describes."""
        questions = [pack.question(question_id) for question_id in step.questions]
        return cls(step.id, questions, rng, time_limit=step.time_limit)

    def choices(self, question_id: str) -> tuple[Choice, ...]:
        """Return the choices of a question in the order to show them."""
        return self._choices[question_id]

    @property
    def current(self) -> Question | None:
        """Return the first question not answered yet, or None when all are done."""
        if self.finished:
            return None
        return next((item for item in self.questions if item.id not in self._answers), None)

    @property
    def answers(self) -> dict[str, QuestionResult]:
        """Return the answers given so far, by question id."""
        return dict(self._answers)

    @property
    def finished(self) -> bool:
        """Return True when every question is answered or the time ran out."""
        return self.result is not None

    def answer(self, question_id: str, choice_id: str) -> QuestionResult:
        """Answer a question with one of its choices; return whether it is right and why."""
        if self.finished:
            raise RuntimeError("the round is over")
        question = self._by_id[question_id]
        if question_id in self._answers:
            raise RuntimeError(f"question {question_id!r} is already answered")
        if choice_id not in {choice.id for choice in self._choices[question_id]}:
            raise KeyError(f"question {question_id!r} has no choice {choice_id!r}")
        result = self._result_for(question, choice_id, timed_out=False)
        self._answers[question_id] = result
        if len(self._answers) == len(self.questions):
            self._finish(timed_out=False)
        return result

    def update(self, dt: float) -> QuizResult | None:
        """Advance the time limit; when it runs out, end the round and return its result."""
        if self.finished:
            return None
        self.timer.update(dt)
        if self.timer.expired:
            for question in self.questions:
                if question.id not in self._answers:
                    self._answers[question.id] = self._result_for(question, None, timed_out=True)
            return self._finish(timed_out=True)
        return None

    def _result_for(
        self, question: Question, choice_id: str | None, timed_out: bool
    ) -> QuestionResult:
        return QuestionResult(
            question_id=question.id,
            chosen_choice_id=choice_id,
            explanation=question.explain,
            evidence=question.evidence,
            answer=question.answer,
            timed_out=timed_out,
        )

    def _finish(self, timed_out: bool) -> QuizResult:
        results = tuple(self._answers[question.id] for question in self.questions)
        right = sum(1 for item in results if item.right)
        self.result = QuizResult(self.round_id, right / len(results), results, timed_out)
        return self.result
