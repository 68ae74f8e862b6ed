"""Previewing a pack: the step list, ``--step`` values, the step kept across reloads."""

from __future__ import annotations

import random

import pytest

from game.i18n import Translator
from game.model.pack import Pack, SceneStep
from game.play.flow import PlayThrough
from game.play.steps import (
    Resume,
    StepChoiceError,
    resolve_step,
    resume_at,
    step_entries,
    step_id,
    step_keys,
)
from game.storage.outbox import Outbox
from game.storage.store import Profile, ProgressStore
from tests.play.conftest import answer, clock
from tests.play.test_flow import class_connected, play_all

KEYS = (("scene", "intro"), ("timeline", "a"), ("quiz", "b"), ("scene", "mid"), ("quiz", "c"))


def test_the_step_list_numbers_every_scene_and_round_with_its_kind_and_title(pack: Pack) -> None:
    """Every play-list step is listed once, numbered from 1, with its kind, id and title."""
    entries = step_entries(pack)

    assert [entry.number for entry in entries] == list(range(1, len(pack.play) + 1))
    assert [entry.id for entry in entries] == [step_id(step) for step in pack.play]
    assert {entry.kind for entry in entries} >= {"scene", "timeline", "who_said", "quiz"}
    first_round = next(entry for entry in entries if entry.kind != "scene")
    assert first_round.title == pack.rounds[0].title
    first_scene = next(entry for entry in entries if entry.kind == "scene")
    assert first_scene.title is not None and first_scene.title.source


def test_a_step_is_named_by_its_number_or_its_round_id(pack: Pack) -> None:
    """``--step 1`` is the first step, ``--step N`` the last, a round id that round's step."""
    last_round = pack.rounds[-1]

    assert resolve_step(pack, "1") == 0
    assert resolve_step(pack, str(len(pack.play))) == len(pack.play) - 1
    assert pack.play[resolve_step(pack, last_round.id)] == last_round


@pytest.mark.parametrize("value", ["0", "999", "-1"])
def test_a_step_number_out_of_range_names_the_range(pack: Pack, value: str) -> None:
    """A number outside the play list is refused with the valid range in one line."""
    with pytest.raises(StepChoiceError) as raised:
        resolve_step(pack, value)

    message = str(raised.value)
    assert f"1 to {len(pack.play)}" in message and "\n" not in message


def test_an_unknown_round_id_lists_the_round_ids(pack: Pack) -> None:
    """An id that names no step is refused with the range and the round ids to choose from."""
    with pytest.raises(StepChoiceError) as raised:
        resolve_step(pack, "no-such-round")

    message = str(raised.value)
    assert "no-such-round" in message and pack.rounds[0].id in message
    assert f"1 to {len(pack.play)}" in message


def test_the_step_error_is_translated(pack: Pack) -> None:
    """With a Russian translator the refusal is in Russian."""
    with pytest.raises(StepChoiceError) as raised:
        resolve_step(pack, "999", Translator("ru"))

    assert "шага 999 нет" in str(raised.value)


def test_a_reload_goes_on_at_the_same_step_even_when_it_moved() -> None:
    """The step on screen is found again by kind and id, wherever the reload moved it."""
    moved = (("scene", "intro"), ("scene", "mid"), ("timeline", "a"), ("quiz", "b"), ("quiz", "c"))

    assert resume_at(KEYS, 2, KEYS) == Resume(2)
    assert resume_at(KEYS, 1, moved) == Resume(2)


def test_a_step_that_disappeared_goes_to_the_nearest_step_and_names_it() -> None:
    """A removed step resumes at the step that followed it (or before it, at the end)."""
    without_b = tuple(key for key in KEYS if key[1] != "b")
    without_c = KEYS[:-1]

    assert resume_at(KEYS, 2, without_b) == Resume(without_b.index(("scene", "mid")), gone="b")
    assert resume_at(KEYS, 4, without_c) == Resume(without_c.index(("scene", "mid")), gone="c")


def test_a_reload_at_the_results_replays_the_last_step() -> None:
    """Past the end of the play list (the results), the reload replays the last step."""
    assert resume_at(KEYS, len(KEYS), KEYS) == Resume(len(KEYS) - 1)


def test_a_reload_where_nothing_is_left_keeps_the_position_in_range() -> None:
    """When no old step survives, the play goes on at the same position, within the new list."""
    new = (("quiz", "x"), ("quiz", "y"))

    assert resume_at(KEYS, 4, new) == Resume(1, gone="c")
    assert resume_at(KEYS, 0, ()) == Resume(0)


def test_a_play_can_start_at_any_step_and_counts_rounds_by_position(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A play started at the last round shows that round with its own number."""
    last = len(pack.play) - 1
    assert not isinstance(pack.play[last], SceneStep)

    play = PlayThrough(pack, random.Random(4), store, profile, clock=clock, start=last)

    assert play.current_step == pack.play[last]
    assert play.round_number() == len(pack.rounds)
    play.finish_round(answer(play.current_round))
    assert play.finished


def test_jumping_moves_the_play_and_the_step_on_screen(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A jump makes that step current (a fresh round) and the one a reload replays."""
    play = PlayThrough(pack, random.Random(5), store, profile, clock=clock, authoring=True)
    target = next(i for i, step in enumerate(pack.play) if not isinstance(step, SceneStep))

    play.jump_to(target)

    assert play.index == target and play.on_screen == target
    assert play.current_round.round_id == step_id(pack.play[target])
    with pytest.raises(IndexError):
        play.jump_to(len(pack.play) + 1)


def test_an_authoring_play_is_saved_as_a_preview_and_never_listed(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A play while writing the pack is stored as a preview: no results row, no best score."""
    play = PlayThrough(
        pack,
        random.Random(6),
        store,
        profile,
        clock=clock,
        authoring=True,
        class_report=class_connected(),
    )
    play_all(play, right=False)
    play.close()

    assert play.attempt_id is not None
    assert store.round_ids(play.attempt_id)  # kept in the store ...
    assert store.attempts() == []  # ... but never in the results
    assert store.best_scores(profile.id) == {}
    assert play.class_report is None
    with Outbox(store.path) as outbox:
        assert outbox.count() == 0
    assert (
        store.review_queue(profile.id, pack.id).entries == ()
    )  # wrong answers: still nothing to practise


def test_a_pack_s_step_keys_tell_scenes_and_rounds_apart(pack: Pack) -> None:
    """Every step's key is its kind and id, so a scene and a round with one id stay apart."""
    keys = step_keys(pack)

    assert len(keys) == len(pack.play) == len(set(keys))
    assert keys[0] == (pack.play[0].kind, step_id(pack.play[0]))
