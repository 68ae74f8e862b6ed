"""Practise mistakes: the queue a play leaves, the practice built from it, saving its outcomes."""

from __future__ import annotations

import random

from game.model.pack import Pack, SceneStep
from game.play.flow import PlayThrough
from game.play.library import PackLibrary
from game.play.practice import pending_count, practice_pack, start_practice
from game.storage.players import SESSION_PROFILE_ID
from game.storage.store import Profile, ProgressStore
from tests.play.conftest import answer, clock


def play_wrong(pack: Pack, store: ProgressStore, profile: Profile) -> PlayThrough:
    """Play the whole pack answering everything wrong."""
    play = PlayThrough(pack, random.Random(1), store, profile, clock=clock)
    while not play.finished:
        if isinstance(play.current_step, SceneStep):
            play.scene_done()
        else:
            play.finish_round(answer(play.current_round, right=False))
    play.close()
    return play


def test_wrong_answers_wait_in_the_queue_for_practice(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """After a play with mistakes, the queue counts them and a practice can start."""
    play_wrong(pack, store, profile)

    assert pending_count(store, profile, pack) > 0
    practice = start_practice(store, profile, pack, random.Random(2))
    assert practice is not None and practice.total > 0
    assert practice.task_number() == 1


def test_nothing_to_practise_gives_no_practice(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A player without mistakes has an empty queue and no practice."""
    assert pending_count(store, profile, pack) == 0
    assert start_practice(store, profile, pack, random.Random(3)) is None


def test_a_finished_practice_saves_its_outcomes_once(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """Answering every task right is recorded in the saved queue, and only once."""
    play_wrong(pack, store, profile)
    practice = start_practice(store, profile, pack, random.Random(4))
    assert practice is not None
    while practice.current_round is not None:
        answer(practice.current_round, right=True)

    practice.save()
    practice.save()

    right, total = practice.right_and_total()
    assert right == total == practice.total
    assert practice.task_number(finished_one=True) == practice.total
    saved = store.review_queue(profile.id, pack.id)
    assert len(saved) == practice.left


def test_a_session_players_mistakes_can_still_be_practised(pack: Pack) -> None:
    """Without a store, the play's own mistakes make the practice."""
    player = Profile(SESSION_PROFILE_ID, "Гость", "")
    mistakes = tuple(play_wrong(pack, None, player).session.mistakes)  # type: ignore[arg-type]

    practice = start_practice(None, player, pack, random.Random(5), "s", mistakes)

    assert practice is not None
    assert pending_count(None, player, pack) == 0


def test_the_menu_practises_the_pack_chosen_last_else_the_first_built_in(
    pack: Pack, tmp_path
) -> None:
    """A chosen pack is kept; without one the first built-in pack is practised."""
    from game.i18n import Translator

    library = PackLibrary(None, tmp_path)
    translator = Translator("en")

    assert practice_pack(pack, library, translator) is pack
    assert practice_pack(None, library, translator).id == pack.id
