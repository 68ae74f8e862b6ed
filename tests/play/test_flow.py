"""The play-through: steps, the store attempt, previews that change nothing, a broken store."""

from __future__ import annotations

import datetime as dt
import random

from game.classroom.connection import ClassConnection
from game.classroom.reporter import start_class_play
from game.model.pack import Pack, SceneStep
from game.play.flow import ClassReport, PlayThrough, StartClassReport, copied_random
from game.storage.outbox import Outbox
from game.storage.store import Profile, ProgressStore
from tests.play.conftest import MOMENT, answer, clock


def play_all(play: PlayThrough, right: bool = True) -> None:
    """Walk the whole play list: read every scene, answer every round."""
    while not play.finished:
        if isinstance(play.current_step, SceneStep):
            play.scene_done()
        else:
            play.finish_round(answer(play.current_round, right))


def test_a_fully_right_play_scores_full_marks_and_saves_every_round(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """Answering every round right scores 100 %, three stars, and the store holds each round."""
    play = PlayThrough(pack, random.Random(1), store, profile, clock=clock)

    play_all(play)
    play.close()

    assert play.session.score == 1.0
    assert play.session.stars == 3
    assert store.round_ids(play.attempt_id) == [step.id for step in pack.rounds]
    assert store.best_scores(profile.id) == {pack.id: 1.0}


def test_each_round_is_saved_the_moment_it_is_finished(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A finished round is in the store before the next step begins."""
    play = PlayThrough(pack, random.Random(2), store, profile, clock=clock)
    while isinstance(play.current_step, SceneStep):
        play.scene_done()

    record = play.finish_round(answer(play.current_round))

    assert store.round_ids(play.attempt_id) == [record.round_id]


def test_the_round_number_counts_rounds_and_names_a_finished_round(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """The current round is numbered from 1; a finished round's record keeps its own number."""
    play = PlayThrough(pack, random.Random(3), store, profile, clock=clock)
    assert play.round_number() == 1
    while isinstance(play.current_step, SceneStep):
        play.scene_done()

    record = play.finish_round(answer(play.current_round))

    assert play.round_number() == 2
    assert play.round_number(record) == 1
    assert play.total_rounds == len(pack.rounds)


def test_a_preview_saves_nothing_and_leaves_the_generator_alone(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A play made to draw ahead starts no attempt and draws nothing from the game's generator."""
    rng = random.Random(4)
    state = rng.getstate()

    preview = PlayThrough(pack, rng, store, profile, clock=clock, preview=True)
    preview.preview_round(
        next(i for i, s in enumerate(preview.steps) if not isinstance(s, SceneStep))
    )

    assert preview.attempt_id is None
    assert rng.getstate() == state
    assert store.attempts(pack.id) == []


def test_the_round_made_ahead_is_the_round_the_player_then_gets(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A stand-in round from a copy of the generator equals the round the step then makes."""
    play = PlayThrough(pack, random.Random(5), store, profile, clock=clock)
    index = next(i for i, step in enumerate(play.steps) if not isinstance(step, SceneStep))
    state = play.rng.getstate()

    stand_in = play.preview_round(index)
    assert play.rng.getstate() == state and play.index == 0
    while play.index < index:
        play.scene_done()

    shown = play.current_round
    assert stand_in is not None
    assert type(stand_in) is type(shown) and stand_in.round_id == shown.round_id
    assert getattr(stand_in, "order", None) == getattr(shown, "order", None)


def test_a_scene_step_has_no_stand_in_round(pack: Pack) -> None:
    """Previewing a scene step gives no round."""
    play = PlayThrough(pack, random.Random(6))
    scene = next(i for i, step in enumerate(play.steps) if isinstance(step, SceneStep))

    assert play.preview_round(scene) is None


def test_without_a_store_or_player_the_play_goes_on_unsaved(pack: Pack) -> None:
    """No store: the play still runs to the end, with no attempt and no best score."""
    play = PlayThrough(pack, random.Random(7))

    play_all(play, right=False)
    play.close()

    assert play.attempt_id is None and play.best_before is None
    assert play.results_ready()


class BrokenStore(ProgressStore):
    """A store whose every write fails, as a full disk would."""

    def record_round(self, *arguments: object, **options: object) -> None:
        """Fail like a full disk."""
        raise OSError("disk full")

    def finish_attempt(self, *arguments: object, **options: object) -> None:
        """Fail like a full disk."""
        raise OSError("disk full")


def test_a_store_that_fails_to_save_never_stops_the_play(pack: Pack, tmp_path, profile) -> None:
    """Writes that fail are logged; the play reaches its results all the same."""
    broken = BrokenStore(tmp_path / "broken.db", clock=clock)
    player = broken.create_profile("Азамат", created=MOMENT)
    play = PlayThrough(pack, random.Random(8), broken, player, clock=clock)

    play_all(play)
    play.close()

    assert play.finished and play.closed
    broken.close()


def test_the_best_score_before_the_play_is_the_best_finished_one(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A second play knows the first play's score as the best before it."""
    first = PlayThrough(pack, random.Random(9), store, profile, clock=clock)
    play_all(first, right=False)
    first.close()

    second = PlayThrough(pack, random.Random(10), store, profile, clock=clock)

    assert second.best_before == first.session.score


def test_a_copied_generator_draws_what_the_original_would() -> None:
    """A copied generator starts in the same state and leaves the original untouched."""
    rng = random.Random(11)
    copy = copied_random(rng)

    assert copy.random() == rng.random()


def class_connected(language: str = "ky") -> StartClassReport:
    """Return a class report starter for a PC in class 9b that queues without sending."""
    connection = ClassConnection("http://127.0.0.1:9/xAPI/", "lab-pc", "pw", "9b")

    def start(
        store: ProgressStore, profile: Profile, pack: Pack, started: dt.datetime
    ) -> ClassReport:
        return start_class_play(
            store, profile, pack, language, started, connection=connection, background=False
        )

    return start


def test_a_class_play_queues_a_statement_with_each_round_and_one_at_the_end(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """In a class, every saved round and the finished play each leave one statement to send."""
    play = PlayThrough(
        pack, random.Random(11), store, profile, clock=clock, class_report=class_connected()
    )
    with Outbox(store.path) as outbox:
        while isinstance(play.current_step, SceneStep):
            play.scene_done()
        play.finish_round(answer(play.current_round))
        assert outbox.count() == 1

        play_all(play)
        play.close()

        assert outbox.count() == len(pack.rounds) + 1


def test_previews_and_plays_without_a_class_report_queue_nothing(
    pack: Pack, store: ProgressStore, profile: Profile
) -> None:
    """A preview (drawn ahead) and a play not reported (``--watch``) queue no statement."""
    preview = PlayThrough(
        pack,
        random.Random(12),
        store,
        profile,
        clock=clock,
        preview=True,
        class_report=class_connected(),
    )
    play_all(preview)
    preview.close()
    watched = PlayThrough(pack, random.Random(13), store, profile, clock=clock)
    play_all(watched)
    watched.close()

    with Outbox(store.path) as outbox:
        assert outbox.count() == 0
    assert preview.class_report is None and watched.class_report is None
