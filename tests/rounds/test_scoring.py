"""The nine Moodle ordering schemes, checked against answers worked out by hand.

Every example uses the 6-item correct order A B C D E F. The hand calculations follow the
definitions of Moodle's qtype_ordering (question.php, grade_response).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.rounds.scoring import SCORING_SCHEMES, grade, grade_counts

CORRECT = list("ABCDEF")

# Response "A B C D F E": only the last two are swapped.
LAST_TWO_SWAPPED = {
    # Not every item is in place: nothing.
    "all_or_nothing": (0, 6),
    # A B C D in place, F and E not: 4 of 6.
    "absolute_position": (4, 6),
    # Max 5 per item. A B C D distance 0 -> 5 each = 20; E and F one place off -> 4 each = 8.
    "relative_to_correct": (28, 30),
    # Next items checked for A..E (5). A->B, B->C, C->D right; D->F wrong (E);
    # E is last in the answer so has no next: wrong. 3 of 5.
    "relative_next_exclude_last": (3, 5),
    # Also F->none. A->B, B->C, C->D right; D->F, E->none, F->E wrong. 3 of 6.
    "relative_next_include_last": (3, 6),
    # (previous, next) per item, none at the ends. A (none,B) 2; B 2; C 2;
    # D: previous C right, next F not E: 1; E: previous F not D, next none not F: 0;
    # F: previous D not E, next E not none: 0. 7 of 12.
    "relative_one_previous_and_next": (7, 12),
    # Every item before and after. Only the pair E/F is inverted, costing E one point
    # (F should be after it) and F one point (E should be before it): 30 - 2 = 28.
    "relative_all_previous_and_next": (28, 30),
    # Longest ordered subset A B C D E (or A B C D F): 5 of 6.
    "longest_ordered_subset": (5, 6),
    # A B C D E: each the very next item of the one before, placed later: 5 of 6.
    "longest_contiguous_subset": (5, 6),
}

# Response "C A B F D E": correct positions of the answer's items are 2 0 1 5 3 4.
SCRAMBLED = {
    "all_or_nothing": (0, 6),
    # No item in its own place (C,A,B,F,D,E vs A,B,C,D,E,F).
    "absolute_position": (0, 6),
    # Distances: A 1, B 1, C 2, D 1, E 1, F 2 -> 4+4+3+4+4+3 = 22 of 30.
    "relative_to_correct": (22, 30),
    # Answer's next map (its last, E, left out): C->A, A->B, B->F, F->D, D->E.
    # Correct: A->B yes, B->C no, C->D no, D->E yes, E->F (E has no next) no. 2 of 5.
    "relative_next_exclude_last": (2, 5),
    # Plus E->none (correct E->F: no) and F->D (correct F->none: no). 2 of 6.
    "relative_next_include_last": (2, 6),
    # Answer neighbours: C(none,A) A(C,B) B(A,F) F(B,D) D(F,E) E(D,none).
    # A: prev no, next B yes 1; B: prev A yes, next no 1; C: 0; D: prev no, next E yes 1;
    # E: prev D yes, next none no 1; F: 0. 4 of 12.
    "relative_one_previous_and_next": (4, 12),
    # Inverted pairs in 2 0 1 5 3 4: (C,A) (C,B) (F,D) (F,E) = 4 of 15; 11 right pairs,
    # each counted from both of its items: 22 of 30.
    "relative_all_previous_and_next": (22, 30),
    # Longest increasing run of 2 0 1 5 3 4 is 0 1 3 4 (A B D E): 4 of 6.
    "longest_ordered_subset": (4, 6),
    # C (first) then D then E (both later, each the very next of the one before): 3 of 6.
    # A B and D E are shorter.
    "longest_contiguous_subset": (3, 6),
}

# Response "F E D C B A": fully reversed.
REVERSED = {
    "all_or_nothing": (0, 6),
    "absolute_position": (0, 6),
    # Distances 5 3 1 1 3 5 -> 0+2+4+4+2+0 = 12 of 30.
    "relative_to_correct": (12, 30),
    "relative_next_exclude_last": (0, 5),
    "relative_next_include_last": (0, 6),
    # Every item has its neighbours swapped round: A (B,none) against (none,B) ... 0.
    "relative_one_previous_and_next": (0, 12),
    "relative_all_previous_and_next": (0, 30),
    # Only single items are in order, and a single item is not a subset.
    "longest_ordered_subset": (0, 6),
    "longest_contiguous_subset": (0, 6),
}


@pytest.mark.parametrize(
    ("response", "expected"),
    [("ABCDFE", LAST_TWO_SWAPPED), ("CABFDE", SCRAMBLED), ("FEDCBA", REVERSED)],
)
@pytest.mark.parametrize("scheme", SCORING_SCHEMES)
def test_scheme_gives_the_hand_worked_score(scheme: str, response: str, expected: dict) -> None:
    """Each scheme gives the score and max score worked out by hand from Moodle's definition."""
    assert grade_counts(scheme, CORRECT, list(response)) == expected[scheme]
    score, maximum = expected[scheme]
    assert grade(scheme, CORRECT, list(response)) == pytest.approx(score / maximum)


def test_contiguous_subset_items_need_not_sit_side_by_side() -> None:
    """Moodle's contiguous subset follows the correct order, not neighbours in the answer."""
    # A C B: A then B (the very next of A) later on -> subset A B of 2.
    assert grade_counts("longest_contiguous_subset", list("ABC"), list("ACB")) == (2, 3)
    # A C B D E F: C D E F is 4 long, while the ordered subset A B D E F is 5.
    assert grade_counts("longest_contiguous_subset", CORRECT, list("ACBDEF")) == (4, 6)
    assert grade_counts("longest_ordered_subset", CORRECT, list("ACBDEF")) == (5, 6)


def test_a_single_item_follows_moodle_division_by_zero_rules() -> None:
    """With one item, schemes whose maximum is 0 give 0, as Moodle does."""
    single = {scheme: grade_counts(scheme, ["A"], ["A"]) for scheme in SCORING_SCHEMES}
    assert single == {
        "all_or_nothing": (1, 1),
        "absolute_position": (1, 1),
        "relative_to_correct": (0, 0),
        "relative_next_exclude_last": (0, 0),
        "relative_next_include_last": (1, 1),
        "relative_one_previous_and_next": (2, 2),
        "relative_all_previous_and_next": (0, 0),
        "longest_ordered_subset": (0, 1),
        "longest_contiguous_subset": (0, 1),
    }
    assert grade("relative_to_correct", ["A"], ["A"]) == 0.0


def test_unknown_scheme_and_foreign_items_are_refused() -> None:
    """A scheme not in the list, or a response with other items, raises ValueError."""
    with pytest.raises(ValueError, match="unknown scoring scheme"):
        grade("best_guess", CORRECT, CORRECT)
    with pytest.raises(ValueError, match="exactly the items"):
        grade("absolute_position", CORRECT, list("ABCDEE"))


orders = st.integers(min_value=2, max_value=8).flatmap(
    lambda size: st.tuples(
        st.just([f"item-{index}" for index in range(size)]),
        st.permutations([f"item-{index}" for index in range(size)]),
    )
)


@given(orders)
def test_the_right_order_scores_full_marks_under_every_scheme(case: tuple) -> None:
    """The correct order grades 1 under every scheme (two or more items)."""
    correct, _ = case
    for scheme in SCORING_SCHEMES:
        assert grade(scheme, correct, correct) == 1.0


@given(orders)
def test_every_grade_stays_between_zero_and_one(case: tuple) -> None:
    """No scheme gives less than 0 or more than 1."""
    correct, response = case
    for scheme in SCORING_SCHEMES:
        assert 0.0 <= grade(scheme, correct, response) <= 1.0


@given(orders, st.lists(st.text(min_size=1, max_size=6), min_size=8, max_size=8, unique=True))
def test_the_grade_does_not_depend_on_the_ids_names(case: tuple, names: list[str]) -> None:
    """Renaming the items leaves every grade unchanged."""
    correct, response = case
    rename = dict(zip(correct, names, strict=False))
    for scheme in SCORING_SCHEMES:
        renamed = grade(
            scheme, [rename[item] for item in correct], [rename[item] for item in response]
        )
        assert renamed == grade(scheme, correct, response)


def _longest_increasing(values: list[int]) -> int:
    best = [1] * len(values)
    for index, value in enumerate(values):
        for before in range(index):
            if values[before] < value:
                best[index] = max(best[index], best[before] + 1)
    return max(best)


@given(orders)
def test_ordered_subset_is_the_longest_increasing_subsequence(case: tuple) -> None:
    """Moodle's subset search finds the longest increasing subsequence (when over 1 long)."""
    correct, response = case
    positions = [correct.index(item) for item in response]
    longest = _longest_increasing(positions)
    expected = longest if longest > 1 else 0
    assert grade_counts("longest_ordered_subset", correct, response) == (expected, len(correct))


@given(orders)
def test_all_previous_and_next_is_the_share_of_pairs_in_order(case: tuple) -> None:
    """The default scheme grades the share of pairs of items put in the right order."""
    correct, response = case
    placed = {item: index for index, item in enumerate(response)}
    pairs = [(a, b) for index, a in enumerate(correct) for b in correct[index + 1 :]]
    in_order = sum(1 for a, b in pairs if placed[a] < placed[b])
    assert grade("relative_all_previous_and_next", correct, response) == pytest.approx(
        in_order / len(pairs)
    )


def _moodle_ordered_subsets(positions: list[int], contiguous: bool) -> list[list[int]]:
    """Moodle's get_ordered_subsets, line for line: the reference the fast search must match.

    Walk the response; add each value to every subset it can extend: one whose last value
    is one less (both kinds), or any smaller value (ordered kind only, keeping a copy of the
    subset without it, since a better value may come later). A value that extends nothing
    starts a subset of its own.
    """
    subsets: list[list[int]] = []
    for value in positions:
        extended = False
        saved: list[list[int]] = []
        for subset in subsets:
            end = subset[-1]
            if value == end + 1:
                extended = True
                subset.append(value)
            elif not contiguous and value > end:
                extended = True
                saved.append(list(subset))
                subset.append(value)
        if not extended:
            saved.append([value])
        subsets.extend(saved)
    return subsets


@pytest.mark.parametrize("size", range(1, 8))
@pytest.mark.parametrize("scheme", ["longest_ordered_subset", "longest_contiguous_subset"])
def test_subset_schemes_match_moodles_own_search_on_every_order(scheme: str, size: int) -> None:
    """On every permutation of up to 7 items, the grade equals Moodle's subset enumeration."""
    correct = [f"item-{index}" for index in range(size)]
    contiguous = scheme == "longest_contiguous_subset"
    for order in itertools.permutations(range(size)):
        subsets = _moodle_ordered_subsets(list(order), contiguous)
        longest = max(len(subset) for subset in subsets)
        expected = (longest if longest > 1 else 0, size)
        assert grade_counts(scheme, correct, [correct[index] for index in order]) == expected


def test_subset_schemes_grade_a_long_timeline_with_swapped_neighbours() -> None:
    """Moodle's enumeration would list Fibonacci(200)-many subsets here; the grade still comes."""
    correct = [f"event-{index}" for index in range(200)]
    swapped = [correct[index ^ 1] for index in range(200)]
    assert grade_counts("longest_ordered_subset", correct, swapped) == (100, 200)
    # B then C (index 1 then 2) is the longest chain of very-next items: 2.
    assert grade_counts("longest_contiguous_subset", correct, swapped) == (2, 200)
