"""Grade a timeline answer under one of the nine Moodle ordering schemes.

Use :func:`grade` for the fraction (0-1) and :func:`grade_counts` for Moodle's raw
``(score, max score)``. The schemes reproduce Moodle's ``qtype_ordering`` grading exactly,
including its edge cases: a "subset" of one item scores nothing, and with a single item
the schemes whose maximum is 0 give 0 (Moodle divides by zero as 0). Timelines in Okuya
always have at least two cards, where the right order scores 1 under every scheme.

    >>> grade("absolute_position", ["a", "b", "c"], ["a", "c", "b"])
    0.3333333333333333
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from game.model.pack import DEFAULT_SCORING, SCORING_SCHEMES

__all__ = [
    "DEFAULT_SCORING",
    "SCORING_SCHEMES",
    "grade",
    "grade_counts",
]

# Stands for "no item" before the first and after the last (Moodle uses answer id 0).
_NONE = object()

Counts = tuple[int, int]


def grade(scheme: str, correct: Sequence[str], response: Sequence[str]) -> float:
    """Return the grade (0-1) of ``response`` against ``correct`` under ``scheme``."""
    score, maximum = grade_counts(scheme, correct, response)
    return score / maximum if maximum else 0.0


def grade_counts(scheme: str, correct: Sequence[str], response: Sequence[str]) -> Counts:
    """Return Moodle's ``(score, max score)`` of ``response`` under ``scheme``."""
    if scheme not in _SCHEMES:
        raise ValueError(
            f"unknown scoring scheme {scheme!r}; use one of {', '.join(SCORING_SCHEMES)}"
        )
    correct = list(correct)
    response = list(response)
    if len(set(correct)) != len(correct):
        raise ValueError("the correct order repeats an item")
    if sorted(response) != sorted(correct):
        raise ValueError("the response must hold exactly the items of the correct order")
    return _SCHEMES[scheme](correct, response)


def all_or_nothing(correct: list[str], response: list[str]) -> Counts:
    """Score n out of n when every item is in its place, else 0 out of n.

    Worked example, correct ``A B C D E F``, response ``A B C D F E``: four items are in
    place but not all, so the score is 0/6 = 0.
    """
    score, maximum = absolute_position(correct, response)
    return (score if score == maximum else 0), maximum


def absolute_position(correct: list[str], response: list[str]) -> Counts:
    """Score one point per item in the same position as in the correct order (max n).

    Worked example, correct ``A B C D E F``, response ``A B C D F E``: A, B, C, D are in
    place, E and F are not: 4/6.
    """
    score = sum(1 for expected, given in zip(correct, response, strict=True) if expected == given)
    return score, len(correct)


def relative_to_correct(correct: list[str], response: list[str]) -> Counts:
    """Score each item n-1 minus its distance from its correct position, at least 0.

    The maximum is n-1 per item, n(n-1) in all. Worked example, correct ``A B C D E F``,
    response ``B A C D F E``: A, B, E, F are one place off (4 points each), C and D in place
    (5 each): (4+4+5+5+4+4)/30 = 26/30.
    """
    per_item = len(correct) - 1
    placed = {item: index for index, item in enumerate(response)}
    score = sum(max(0, per_item - abs(index - placed[item])) for index, item in enumerate(correct))
    return score, per_item * len(correct)


def _next_items(order: list[str], include_last: bool) -> dict[str, object]:
    """Map each item to the one after it; the last maps to "none" or is left out."""
    following: dict[str, object] = {}
    for index, item in enumerate(order):
        if index + 1 < len(order):
            following[item] = order[index + 1]
        elif include_last:
            following[item] = _NONE
    return following


def _relative_next(correct: list[str], response: list[str], include_last: bool) -> Counts:
    expected = _next_items(correct, include_last)
    given = _next_items(response, include_last)
    score = sum(1 for item, after in expected.items() if item in given and given[item] == after)
    return score, len(expected)


def relative_next_exclude_last(correct: list[str], response: list[str]) -> Counts:
    """Score one point per item followed by the same item as in the correct order.

    The item that is last in the correct order is not checked, so the maximum is n-1; an
    item the player put last has no next item and scores nothing. Worked example, correct
    ``A B C D E F``, response ``A B C D F E``: A->B, B->C, C->D are right; D->F, E (last,
    nothing after it) are wrong: 3/5.
    """
    return _relative_next(correct, response, include_last=False)


def relative_next_include_last(correct: list[str], response: list[str]) -> Counts:
    """Score one point per item followed by the same item, "none" after the last (max n).

    Worked example, correct ``A B C D E F``, response ``A B C D F E``: A->B, B->C, C->D are
    right; D->F, F->E and E->none are wrong (F should be last): 3/6.
    """
    return _relative_next(correct, response, include_last=True)


def _neighbours(order: list[str], everything: bool) -> dict[str, tuple[set[object], set[object]]]:
    """Map each item to the items before and after it: all of them, or only the nearest."""
    result: dict[str, tuple[set[object], set[object]]] = {}
    for index, item in enumerate(order):
        if everything:
            before: set[object] = set(order[:index])
            after: set[object] = set(order[index + 1 :])
        else:
            before = {order[index - 1] if index > 0 else _NONE}
            after = {order[index + 1] if index + 1 < len(order) else _NONE}
        result[item] = (before, after)
    return result


def _relative_previous_and_next(
    correct: list[str], response: list[str], everything: bool
) -> Counts:
    expected = _neighbours(correct, everything)
    given = _neighbours(response, everything)
    score = maximum = 0
    for item, (before, after) in expected.items():
        given_before, given_after = given[item]
        score += len(before & given_before) + len(after & given_after)
        maximum += len(before) + len(after)
    return score, maximum


def relative_one_previous_and_next(correct: list[str], response: list[str]) -> Counts:
    """Score per item one point for the right previous and one for the right next item.

    "None" before the first item and after the last one counts as a right neighbour, so
    the maximum is 2n. Worked example, correct ``A B C D E F``, response ``A B C D F E``:
    A (none, B) 2; B (A, C) 2; C (B, D) 2; D (C, but F not E) 1; E (F not D, none not F) 0;
    F (D not E, E not none) 0: 7/12.
    """
    return _relative_previous_and_next(correct, response, everything=False)


def relative_all_previous_and_next(correct: list[str], response: list[str]) -> Counts:
    """Score per item one point for every item rightly before it and every one rightly after.

    The maximum is n-1 per item, n(n-1) in all; the grade is the share of pairs of items in
    the right relative order. Worked example, correct ``A B C D E F``, response
    ``A B C D F E``: only the pair E/F is the wrong way round, which costs E and F one point
    each: (5+5+5+5+4+4)/30 = 28/30.
    """
    return _relative_previous_and_next(correct, response, everything=True)


def _longest_subset(correct: list[str], response: list[str], contiguous: bool) -> Counts:
    place = {item: index for index, item in enumerate(correct)}
    positions = [place[item] for item in response]
    longest = _longest_chain(positions) if contiguous else _longest_increasing(positions)
    # Moodle starts its best length at 1, so a single item never counts as a subset.
    return (longest if longest > 1 else 0), len(response)


def _longest_increasing(positions: list[int]) -> int:
    """Return the length of the longest increasing subsequence of ``positions``.

    Moodle finds it by listing candidate subsets, which grows exponentially with the number
    of items (an answer of swapped neighbours gives Fibonacci-many); patience sorting gives
    the same length in O(n log n). The tests compare both on every order of up to 7 items.
    """
    tails: list[int] = []  # tails[k]: the smallest last value of an increasing run of k+1
    for value in positions:
        index = bisect.bisect_left(tails, value)
        if index == len(tails):
            tails.append(value)
        else:
            tails[index] = value
    return len(tails)


def _longest_chain(positions: list[int]) -> int:
    """Return the longest chain k, k+1, k+2 ... of values appearing left to right in ``positions``."""
    length: dict[int, int] = {}
    for value in positions:
        length[value] = length.get(value - 1, 0) + 1
    return max(length.values(), default=0)


def longest_ordered_subset(correct: list[str], response: list[str]) -> Counts:
    """Score the length of the longest run of items in the right relative order (max n).

    The items need not be next to each other, in the answer or in the correct order; a
    "subset" of one item scores nothing. Worked example, correct ``A B C D E F``, response
    ``B A D C F E``: one longest ordered subset is A C E (or B D F): 3/6.
    """
    return _longest_subset(correct, response, contiguous=False)


def longest_contiguous_subset(correct: list[str], response: list[str]) -> Counts:
    """Score the length of the longest subset of items that follow each other in the correct order.

    As Moodle checks it, each item of the subset is the very next item of the correct order
    after the one before, placed anywhere later in the answer (not necessarily beside it);
    a subset of one item scores nothing. Worked example, correct ``A B C D E F``, response
    ``A C B D E F``: C D E F is the longest (A B is another, shorter one): 4/6. Under
    ``longest_ordered_subset`` the same answer scores 5/6 (A B D E F).
    """
    return _longest_subset(correct, response, contiguous=True)


_SCHEMES: dict[str, Callable[[list[str], list[str]], Counts]] = {
    "all_or_nothing": all_or_nothing,
    "absolute_position": absolute_position,
    "relative_to_correct": relative_to_correct,
    "relative_next_exclude_last": relative_next_exclude_last,
    "relative_next_include_last": relative_next_include_last,
    "relative_one_previous_and_next": relative_one_previous_and_next,
    "relative_all_previous_and_next": relative_all_previous_and_next,
    "longest_ordered_subset": longest_ordered_subset,
    "longest_contiguous_subset": longest_contiguous_subset,
}
assert set(_SCHEMES) == set(SCORING_SCHEMES)  # one function per scheme named in the model
