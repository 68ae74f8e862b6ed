"""Event dates keep their precision and know when two of them cannot be ordered for certain."""

from __future__ import annotations

import pytest

from game.model.when import Precision, When


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2020", Precision.YEAR),
        ("2020-10", Precision.MONTH),
        ("2020-10-05", Precision.DAY),
        ("2020-10-05T14:30", Precision.MINUTE),
    ],
)
def test_a_date_keeps_the_precision_it_was_written_with(text: str, precision: Precision) -> None:
    """Each written form parses to its own precision and prints back unchanged."""
    when = When.parse(text)
    assert when.precision is precision
    assert str(when) == text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2020-10", "2020-10-05"),
        ("2020", "2020-10-05T14:30"),
        ("2020-10-05", "2020-10-05T14:30"),
        ("2020-10-05", "2020-10-05"),
    ],
)
def test_a_coarse_date_overlapping_a_finer_one_cannot_be_ordered(first: str, second: str) -> None:
    """A month contains its days, a day its minutes, and equal dates have no order."""
    a, b = When.parse(first), When.parse(second)
    assert not a.can_order(b)
    assert not b.can_order(a)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("2020-09", "2020-10-01"),
        ("2019", "2020-01"),
        ("2020-10-04", "2020-10-05"),
        ("2020-10-05T14:30", "2020-10-05T14:31"),
        ("2020-12", "2021"),
    ],
)
def test_dates_whose_spans_do_not_overlap_are_ordered(earlier: str, later: str) -> None:
    """The earlier span lies wholly before the later one."""
    a, b = When.parse(earlier), When.parse(later)
    assert a.certainly_before(b)
    assert not b.certainly_before(a)
    assert a.can_order(b)


def test_a_month_ends_where_the_next_month_starts() -> None:
    """February of a leap year ends on 1 March, so 2020-02 is before 2020-03-01."""
    assert When.parse("2020-02").end.day == 1
    assert When.parse("2020-02").certainly_before(When.parse("2020-03-01"))
    assert When.parse("2020-12").certainly_before(When.parse("2021-01-01"))


@pytest.mark.parametrize(
    "text", ["2020-13-01", "2020-02-30", "2021-02-29", "2020-10-05T24:00", "20-10-05", "0000", "x"]
)
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    """Parsing raises ValueError, with the text in the message."""
    with pytest.raises(ValueError, match=r"must|exist|not a date"):
        When.parse(text)
