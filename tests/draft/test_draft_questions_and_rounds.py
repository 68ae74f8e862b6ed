"""Questions have wrong choices of the same kind; rounds hold only events the checker can order."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from game.draft.dates import DateFinder
from game.draft.people import PeopleFinder
from game.draft.questions import QuestionMaker, scaled_numbers, shifted_years
from game.draft.rounds import MAX_TIMELINE, MIN_TIMELINE, Dated, chunks, orderable, timeline_rounds
from game.draft.sentences import split_sentences
from game.model.when import When


def test_wrong_numbers_are_both_smaller_and_larger_and_formatted_like_the_answer() -> None:
    """For 2,000 the wrong choices include a smaller and a larger number, with grouping."""
    for flip in (False, True):
        wrong = scaled_numbers(2000, "2,000", "en", flip)
        values = [int(choice.replace(",", "")) for choice in wrong]
        assert len(wrong) == 3
        assert min(values) < 2000 < max(values)
        assert any("," in choice for choice in wrong if int(choice.replace(",", "")) >= 1000)
    assert scaled_numbers(120, "120", "ru", False) == ["12", "1200", "60"]


def test_wrong_years_never_pass_the_publication_year() -> None:
    """A year question's wrong years are near the answer and not in the future."""
    years = shifted_years(2019, 2020, flip=False)
    assert len(years) == 3 and "2019" not in years
    assert all(int(year) <= 2020 for year in years)


def test_the_day_of_a_date_is_asked_as_a_date_not_a_count() -> None:
    """'8 декабря' is a whole date: the gap is the date, the wrong choices dates of its shape."""
    text = (
        "Вступление.\n\n8 декабря лидеры трёх республик подписали соглашение в Беловежской пуще.\n"
    )
    sentences = split_sentences(text, "ru")
    people = PeopleFinder(text, sentences, "ru").find()
    maker = QuestionMaker(text, sentences, people, "ru", DateFinder("ru", dt.date(1991, 12, 26)))
    (question,) = maker.make([])
    assert (question.kind, question.answer) == ("date", "8 декабря")
    assert len(question.wrong) == 3 and "8 декабря" not in question.wrong
    assert all(
        choice.endswith(" декабря") and choice.split()[0].isdigit() for choice in question.wrong
    )


def test_a_number_question_blanks_the_number_in_the_sentence() -> None:
    """The prompt is the sentence with a gap, and the answer is the number as written."""
    text = "A crowd of around 2,000 people then forced their way into the building."
    sentences = split_sentences(text, "en")
    maker = QuestionMaker(text, sentences, [], "en", DateFinder("en", dt.date(2020, 10, 6)))
    (question,) = maker.make([])
    assert (
        question.prompt
        == "Fill in the gap: A crowd of around ___ people then forced their way into the building."
    )
    assert (question.answer, question.evidence) == ("2,000", text)


WHENS = st.builds(
    lambda year, month, day, hour, precision: When.parse(
        [
            f"{year}",
            f"{year}-{month:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{year}-{month:02d}-{day:02d}T{hour:02d}:00",
        ][precision]
    ),
    st.integers(2018, 2020),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 3),
)


@given(st.lists(WHENS, max_size=30))
def test_every_timeline_round_can_be_ordered_and_has_four_to_seven_cards(whens: list[When]) -> None:
    """Whatever the dates, each round's cards can all be ordered for certain, 4 to 7 of them."""
    events = [Dated(f"e{number}", when) for number, when in enumerate(whens)]
    by_id = {event.id: event for event in events}
    for round_ids in timeline_rounds(events):
        assert MIN_TIMELINE <= len(round_ids) <= MAX_TIMELINE
        assert len(set(round_ids)) == len(round_ids)
        assert orderable([by_id[event_id] for event_id in round_ids])


def test_events_that_cannot_be_ordered_share_no_round() -> None:
    """A month and a day in it never share a round; five distinct years make one round."""
    events = [Dated(f"y{year}", When(year)) for year in (2001, 2003, 2005, 2007, 2009)]
    events.append(Dated("month", When(2009, 5)))
    rounds = timeline_rounds(events)
    assert rounds[0] == ["y2001", "y2003", "y2005", "y2007", "y2009"]
    assert all(not {"y2009", "month"} <= set(round_ids) for round_ids in rounds)


def test_chunks_are_as_even_as_possible() -> None:
    """Seven quotes in rounds of at most six make rounds of four and three."""
    assert chunks(list("abcdefg"), 6) == [list("abcd"), list("efg")]
    assert chunks([], 6) == []
