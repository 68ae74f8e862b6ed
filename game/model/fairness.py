"""Warnings about a pack that can be played without reading it.

Two habits of question writers give answers away: the right answer is the longest choice
(students learn to pick it), and the same event card comes back round after round (students
place it from memory, not from the story). Neither is wrong, so both are warnings.
"""

from __future__ import annotations

from typing import Any

from game.model.errors import Reporter
from game.model.translation import Translations
from game.model.yaml_nodes import Document

# The right answer may be the longest choice in at most this share of a pack's questions.
LONGEST_ANSWER_SHARE = 0.5
# A right answer longer than this many times every wrong choice stands out on its own.
ANSWER_LENGTH_RATIO = 1.8
# An event card may be in at most this many timeline rounds.
MAX_ROUNDS_PER_CARD = 2


def check_fairness(
    document: Document,
    questions: dict[str, tuple[int, dict[str, Any]]],
    events: dict[str, tuple[int, dict[str, Any]]],
    rounds: list[tuple[int, str, dict[str, Any]]],
    reporter: Reporter,
    t: Translations,
) -> None:
    """Warn about right answers that give themselves away by length, and cards met too often."""
    _check_answer_lengths(document, questions, reporter, t)
    _check_repeated_cards(document, events, rounds, reporter, t)


def _choice_lengths(item: dict[str, Any]) -> tuple[int, list[int]] | None:
    """Return the right answer's length and the wrong choices' lengths, or None if malformed."""
    answer, wrong = item.get("answer"), item.get("wrong")
    if not isinstance(answer, str) or not isinstance(wrong, list) or not wrong:
        return None
    if not all(isinstance(choice, str) for choice in wrong):
        return None
    return len(answer.strip()), [len(choice.strip()) for choice in wrong]


def _check_answer_lengths(
    document: Document,
    questions: dict[str, tuple[int, dict[str, Any]]],
    reporter: Reporter,
    t: Translations,
) -> None:
    longest = 0
    counted = 0
    for number, item in questions.values():
        lengths = _choice_lengths(item)
        if lengths is None:
            continue
        answer, wrong = lengths
        counted += 1
        if answer > max(wrong):
            longest += 1
        if answer > ANSWER_LENGTH_RATIO * max(wrong):
            path = ("questions", number, "answer")
            reporter.warning_at(
                document,
                path,
                t.gettext(
                    "the right answer is more than {ratio} times as long as every wrong choice"
                ).format(ratio=t.format_number(ANSWER_LENGTH_RATIO)),
                hint=t.gettext(
                    "a much longer answer gives itself away; shorten it, or make the wrong "
                    "choices as detailed as the right one"
                ),
                code="long-answer",
            )
    if counted and longest > LONGEST_ANSWER_SHARE * counted:
        path = ("questions",)
        reporter.warning_at(
            document,
            path,
            t.ngettext(
                "the right answer is the longest choice in {count} of {total} question",
                "the right answer is the longest choice in {count} of {total} questions",
                counted,
            ).format(count=t.format_number(longest), total=t.format_number(counted)),
            hint=t.gettext(
                "students learn to pick the longest choice; make it the right one in at most "
                "half of the questions"
            ),
            code="longest-answers",
        )


def _check_repeated_cards(
    document: Document,
    events: dict[str, tuple[int, dict[str, Any]]],
    rounds: list[tuple[int, str, dict[str, Any]]],
    reporter: Reporter,
    t: Translations,
) -> None:
    rounds_of: dict[str, list[str]] = {}
    for number, kind, body in rounds:
        ids = body.get("events")
        if kind != "timeline" or not isinstance(ids, list):
            continue
        round_id = body.get("id")
        name = round_id if isinstance(round_id, str) else f"play[{number}]"
        for event_id in dict.fromkeys(item for item in ids if isinstance(item, str)):
            rounds_of.setdefault(event_id, []).append(name)
    for event_id, names in rounds_of.items():
        found = events.get(event_id)
        if found is None or len(names) <= MAX_ROUNDS_PER_CARD:
            continue
        path = ("events", found[0], "id")
        reporter.warning_at(
            document,
            path,
            t.ngettext(
                "event '{id}' is in {count} timeline round: {rounds}",
                "event '{id}' is in {count} timeline rounds: {rounds}",
                len(names),
            ).format(id=event_id, count=t.format_number(len(names)), rounds=", ".join(names)),
            hint=t.ngettext(
                "a card met again and again is placed from memory, not from the story; "
                "use it in at most {count} round",
                "a card met again and again is placed from memory, not from the story; "
                "use it in at most {count} rounds",
                MAX_ROUNDS_PER_CARD,
            ).format(count=t.format_number(MAX_ROUNDS_PER_CARD)),
            code="repeated-card",
        )
