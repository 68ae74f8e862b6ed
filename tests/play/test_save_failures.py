"""A play whose rounds cannot be saved keeps them in memory, says why, and saves them later."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from game.i18n import Translator
from game.model.pack import Pack, SceneStep
from game.play.flow import PlayThrough
from game.storage.pending import PendingCommits
from game.storage.problems import ProblemKind, SaveFailed
from game.storage.store import Profile, ProgressStore
from tests.play.conftest import MOMENT, FullDisk, answer, clock


class RefusingStore(ProgressStore):
    """A real store whose play writes fail with ``failing`` (a fake disk problem) while it is set."""

    failing: ProblemKind | None = None

    def _check(self) -> None:
        if self.failing is not None:
            raise SaveFailed(self.failing, "test")

    def start_attempt(self, *arguments: Any, **options: Any) -> int:
        """Fail while ``failing`` is set, else start the attempt."""
        self._check()
        return super().start_attempt(*arguments, **options)

    def record_round(self, *arguments: Any, **options: Any) -> int:
        """Fail while ``failing`` is set, else save the round."""
        self._check()
        return super().record_round(*arguments, **options)

    def finish_attempt(self, *arguments: Any, **options: Any) -> None:
        """Fail while ``failing`` is set, else close the attempt."""
        self._check()
        super().finish_attempt(*arguments, **options)


def next_round(play: PlayThrough) -> str:
    """Read the scenes up to the next round, answer it right; return its id."""
    while isinstance(play.current_step, SceneStep):
        play.scene_done()
    return play.finish_round(answer(play.current_round)).round_id


def refusing(tmp_path: Path) -> tuple[RefusingStore, Profile]:
    """Return a refusing store with one player."""
    store = RefusingStore(tmp_path / "progress.db", clock=clock)
    return store, store.create_profile("Айгүл", created=MOMENT)


def test_a_round_that_cannot_be_saved_waits_and_the_play_says_why(
    pack: Pack, tmp_path: Path
) -> None:
    """On a full disk the round waits in memory, and the play's message names the full disk."""
    store, profile = refusing(tmp_path)
    play = PlayThrough(pack, random.Random(1), store, profile, clock=clock)
    first = next_round(play)
    store.failing = ProblemKind.DISK_FULL

    second = next_round(play)

    outcome = play.save_outcome
    assert outcome is not None and outcome.problem is ProblemKind.DISK_FULL
    assert play.unsaved_rounds == 1 and play.commits is not None
    assert play.commits.unsaved_rounds == [second]
    assert "disk is full" in (outcome.message(Translator("en")) or "")
    assert store.round_ids(play.attempt_id) == [first]
    store.close()


def test_waiting_rounds_are_saved_in_order_once_the_store_writes_again(
    pack: Pack, tmp_path: Path
) -> None:
    """After the disk has room, the next round saves the waiting ones first, and says so."""
    store, profile = refusing(tmp_path)
    play = PlayThrough(pack, random.Random(2), store, profile, clock=clock)
    store.failing = ProblemKind.DISK_FULL
    waiting = [next_round(play), next_round(play)]
    assert play.unsaved_rounds == 2 and not play.caught_up
    store.failing = None

    last = next_round(play)

    assert play.save_outcome is not None and play.save_outcome.saved
    assert play.caught_up and play.unsaved_rounds == 0
    assert store.round_ids(play.attempt_id) == [*waiting, last]
    store.close()


def test_an_attempt_whose_start_failed_is_started_later_with_its_rounds(
    pack: Pack, tmp_path: Path
) -> None:
    """A locked store at the start: no attempt id yet; the rounds go to it once it is written."""
    store, profile = refusing(tmp_path)
    store.failing = ProblemKind.LOCKED
    play = PlayThrough(pack, random.Random(3), store, profile, clock=clock)
    assert play.attempt_id is None
    assert play.save_outcome is not None and play.save_outcome.problem is ProblemKind.LOCKED
    waiting = next_round(play)
    store.failing = None

    saved = next_round(play)

    assert play.attempt_id is not None
    assert store.round_ids(play.attempt_id) == [waiting, saved]
    store.close()


def test_one_queue_for_the_run_saves_an_earlier_play_s_rounds(pack: Pack, tmp_path: Path) -> None:
    """Rounds left waiting by a play are saved by the next play's first write (same queue)."""
    store, profile = refusing(tmp_path)
    commits = PendingCommits(store)
    first = PlayThrough(pack, random.Random(4), store, profile, clock=clock, commits=commits)
    store.failing = ProblemKind.DISK_FULL
    left = next_round(first)
    first.close()
    store.failing = None

    second = PlayThrough(pack, random.Random(5), store, profile, clock=clock, commits=commits)

    assert commits.unsaved_rounds == [] and second.commits is commits
    assert store.round_ids(first.attempt_id) == [left]
    assert first.attempt_id != second.attempt_id and second.attempt_id is not None
    store.close()


def test_an_authoring_play_s_waiting_start_is_still_saved_as_a_preview(
    pack: Pack, tmp_path: Path
) -> None:
    """A ``--watch`` play whose start waited is saved as a preview, never listed in the results."""
    store, profile = refusing(tmp_path)
    store.failing = ProblemKind.READ_ONLY
    play = PlayThrough(pack, random.Random(6), store, profile, clock=clock, authoring=True)
    store.failing = None

    saved = next_round(play)

    assert store.round_ids(play.attempt_id) == [saved]
    assert store.attempts() == []
    store.close()


def test_a_real_store_on_a_full_disk_keeps_the_rounds_and_saves_them_after(
    pack: Pack, tmp_path: Path
) -> None:
    """SQLite's "database or disk is full" on commit: rounds wait, the message is in Russian, all saved later."""
    store = ProgressStore(tmp_path / "progress.db", clock=clock)
    profile = store.create_profile("Азамат", created=MOMENT)
    disk = FullDisk(store._connection)
    store._connection = disk  # type: ignore[assignment]
    play = PlayThrough(pack, random.Random(7), store, profile, clock=clock)
    disk.full = True
    waiting = [next_round(play), next_round(play)]

    outcome = play.save_outcome
    assert outcome is not None and outcome.problem is ProblemKind.DISK_FULL
    assert store.round_ids(play.attempt_id) == []
    message = outcome.message(Translator("ru")) or ""
    assert message and message != outcome.message(Translator("en"))
    disk.full = False
    last = next_round(play)
    play.close()

    assert store.round_ids(play.attempt_id) == [*waiting, last]
    assert play.unsaved_rounds == 0 and store.quick_check()
    store._connection = disk.connection
    store.close()
