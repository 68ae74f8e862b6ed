"""The checker warns about packs that can be played without reading them: right answers that
give themselves away by their length, and event cards met in too many timeline rounds."""

from __future__ import annotations

from game.i18n.translator import Translator
from game.model.loader import check_pack_text
from tests.model.conftest import EXAMPLE_PACK

# A short timeline of three of the example pack's cards; each copy puts them in one more round.
AGAIN = "  - timeline:\n      id: {id}\n      events: [launch, landing, splashdown]\n"


def codes(text: str) -> list[str]:
    """Return the codes of every problem of ``text``, read as the example pack."""
    return [problem.code for problem in check_pack_text(text, EXAMPLE_PACK)]


def with_rounds(text: str, *round_ids: str) -> str:
    """Return ``text`` with a short timeline round of the same three cards per id, at the end."""
    return text + "".join(AGAIN.format(id=round_id) for round_id in round_ids)


def test_the_example_pack_has_no_fairness_warning(example_text: str) -> None:
    """One of three right answers is the longest, none is much longer: no warning."""
    assert codes(example_text) == []


def test_right_answers_longest_in_most_questions_is_a_warning(example_text: str) -> None:
    """Two of three right answers longest (more than half) warns once, for the whole pack."""
    text = example_text.replace("wrong: [Two, Four, Twelve]", "wrong: [Two, Four, Ten]")
    problems = check_pack_text(text, EXAMPLE_PACK)
    longest = [problem for problem in problems if problem.code == "longest-answers"]
    assert len(longest) == 1
    assert longest[0].severity == "warning"
    assert longest[0].path == "questions"
    assert "longest choice in 2 of 3 questions" in longest[0].message


def test_right_answers_longest_in_exactly_half_is_not_a_warning(example_text: str) -> None:
    """Half is not more than half: two of four right answers longest passes."""
    fourth = (
        "  - id: fourth\n"
        "    prompt: Which ocean did the capsule land in?\n"
        "    answer: The Pacific\n"
        "    wrong: [The Atlantic, The Indian Ocean]\n"
        "    evidence: with three astronauts on board\n"
    )
    text = (
        example_text.replace("wrong: [Two, Four, Twelve]", "wrong: [Two, Four, Ten]")
        .replace("\nscenes:\n", "\n" + fourth + "\nscenes:\n", 1)
        .replace("[crew-size, rock, walkers]", "[crew-size, rock, walkers, fourth]")
    )
    assert "longest-answers" not in codes(text)
    assert codes(text) == []


def test_a_right_answer_much_longer_than_every_wrong_one_is_a_warning(example_text: str) -> None:
    """20 characters against at most 6 (more than 1.8 times) warns at that answer."""
    text = example_text.replace(
        "wrong: [About 2 kilograms, About 500 kilograms]", "wrong: [2 kg, 500 kg]"
    )
    problems = [
        problem for problem in check_pack_text(text, EXAMPLE_PACK) if problem.code == "long-answer"
    ]
    assert [problem.path for problem in problems] == ["questions[1].answer"]
    assert problems[0].severity == "warning"
    assert "more than 1.8 times as long" in problems[0].message


def test_a_right_answer_exactly_at_the_ratio_is_not_a_warning(example_text: str) -> None:
    """18 characters against a longest wrong choice of 10 is 1.8 times, not more: no warning;
    21 characters against 10 is more, and warns."""
    original = "answer: About 21.5 kilograms\n    wrong: [About 2 kilograms, About 500 kilograms]"
    at_ratio = example_text.replace(
        original, "answer: About 21.5 kg rock\n    wrong: [2 kilogram, 5 kg]"
    )
    past_ratio = example_text.replace(
        original, "answer: About 21.5 kg of rock\n    wrong: [2 kilogram, 5 kg]"
    )
    assert "long-answer" not in codes(at_ratio)
    assert "long-answer" in codes(past_ratio)


def test_a_card_in_three_timeline_rounds_is_a_warning(example_text: str) -> None:
    """Each card of a round listed in three timelines warns once, at the event, naming them."""
    text = with_rounds(example_text, "again", "and-again")
    problems = [
        problem
        for problem in check_pack_text(text, EXAMPLE_PACK)
        if problem.code == "repeated-card"
    ]
    assert sorted(problem.path for problem in problems) == [
        "events[2].id",
        "events[3].id",
        "events[4].id",
    ]
    assert all(problem.severity == "warning" for problem in problems)
    launch = next(problem for problem in problems if "'launch'" in problem.message)
    assert launch.message == (
        "event 'launch' is in 3 timeline rounds: race-to-the-moon, again, and-again"
    )
    assert "at most 2 rounds" in launch.hint


def test_a_card_in_two_timeline_rounds_is_not_a_warning(example_text: str) -> None:
    """Two rounds are allowed: a card may come back once."""
    assert "repeated-card" not in codes(with_rounds(example_text, "again"))


def test_the_new_warnings_are_translated(example_text: str) -> None:
    """With --lang ru the fairness warnings come in Russian, with Russian numbers."""
    text = with_rounds(
        example_text.replace(
            "wrong: [About 2 kilograms, About 500 kilograms]", "wrong: [2 kg, 500 kg]"
        ).replace("wrong: [Two, Four, Twelve]", "wrong: [Two, Four, Ten]"),
        "again",
        "and-again",
    )
    problems = check_pack_text(text, EXAMPLE_PACK, Translator("ru"))
    by_code = {problem.code: problem for problem in problems}
    assert {"long-answer", "longest-answers", "repeated-card"} <= set(by_code)
    assert "1,8" in by_code["long-answer"].message
    for code in ("long-answer", "longest-answers", "repeated-card"):
        assert by_code[code].message.isascii() is False, code
        assert by_code[code].hint.isascii() is False, code
