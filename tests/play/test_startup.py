"""Start-up decisions: first run → language → profile → menu, and the ``--pack`` shortcut."""

from __future__ import annotations

from game.play.startup import (
    Opening,
    StartUp,
    StoreNoticeKind,
    is_first_start,
    opening_plan,
)


def test_the_first_start_opens_on_the_language_choice() -> None:
    """Nobody chose a language yet: the language screen comes first, with no notice."""
    plan = opening_plan(first_start=True, recovered_from=None, store_problem=None)

    assert plan.first is Opening.LANGUAGE
    assert plan.notice is None


def test_a_later_start_opens_on_the_profiles() -> None:
    """Once a language was chosen, the game opens on the list of players."""
    assert opening_plan(False, None, None).first is Opening.PROFILES


def test_a_language_on_the_command_line_skips_the_language_choice() -> None:
    """``--lang`` counts as a choice: the first start is not a first start then."""
    assert is_first_start(never_chosen=True, language_given=False)
    assert not is_first_start(never_chosen=True, language_given=True)
    assert not is_first_start(never_chosen=False, language_given=False)


def test_a_recovered_store_is_told_before_a_store_problem() -> None:
    """A damaged store set aside is told (naming the file); else a store that cannot open."""
    recovered = opening_plan(False, "progress.db.broken", "locked")
    problem = opening_plan(False, None, "locked")

    assert recovered.notice is not None and recovered.notice.kind is StoreNoticeKind.RECOVERED
    assert recovered.notice.detail == "progress.db.broken"
    assert problem.notice is not None and problem.notice.kind is StoreNoticeKind.PROBLEM


def test_the_requested_pack_opens_by_itself_only_once() -> None:
    """Choosing a player opens the ``--pack`` folder the first time, the menu afterwards."""
    start = StartUp(pack_given=True)

    assert start.open_requested_pack()
    assert not start.open_requested_pack()
    assert not StartUp(pack_given=False).open_requested_pack()
