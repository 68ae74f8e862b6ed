"""Preview a pack while writing it: name its steps, start at one, and keep it across reloads.

A teacher runs ``okuya play --pack P --watch`` (or ``--step N``) and edits ``pack.yaml``;
the game reloads it and replays the step being edited, not the whole pack. The step list
(Ctrl+J) jumps to any step. Everything here is plain data about the play list:

    entries = step_entries(pack)          # number, kind, id and title of every step
    index = resolve_step(pack, "3")       # or a round id; StepChoiceError if neither
    resume = resume_at(old_keys, 4, step_keys(new_pack))   # where to go after a reload
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.model.pack import Pack, SceneStep, Step, Text
from game.model.translation import AsWritten, Translations

# A step's identity across reloads: its kind ("scene" or a round kind) and its id.
StepKey = tuple[str, str]

# How many ids an error message lists before "…".
LISTED_IDS = 12


class StepChoiceError(ValueError):
    """A ``--step`` value names no step of the pack (the message lists the valid ones)."""


@dataclass(frozen=True)
class StepEntry:
    """One line of the step list: the 1-based number, the kind, the id and the title."""

    number: int
    kind: str
    id: str
    title: Text | None


@dataclass(frozen=True)
class Resume:
    """Where a reloaded play goes on: the step ``index``; ``gone``: the id that disappeared."""

    index: int
    gone: str | None = None


def step_id(step: Step) -> str:
    """Return the id of a step: the scene's id for a scene, the round's id for a round."""
    return step.scene if isinstance(step, SceneStep) else step.id


def step_key(step: Step) -> StepKey:
    """Return the kind and id that name ``step`` across reloads."""
    return (step.kind, step_id(step))


def step_keys(pack: Pack) -> tuple[StepKey, ...]:
    """Return the key of every step of the play list, in order."""
    return tuple(step_key(step) for step in pack.play)


def step_entries(pack: Pack) -> list[StepEntry]:
    """Return the step list of ``pack``: every scene and round of the play list, numbered."""
    scenes = {scene.id: scene for scene in pack.scenes}
    entries: list[StepEntry] = []
    for number, step in enumerate(pack.play, start=1):
        if isinstance(step, SceneStep):
            scene = scenes.get(step.scene)
            title = scene.title if scene is not None else None
        else:
            title = step.title
        entries.append(StepEntry(number, step.kind, step_id(step), title))
    return entries


def resolve_step(pack: Pack, value: str, translations: Translations | None = None) -> int:
    """Return the 0-based index of step ``value`` (a 1-based number or a step's id).

    Raise :class:`StepChoiceError` with a one-line message listing the valid range and ids.
    """
    tr = translations or AsWritten()
    text = value.strip()
    steps = pack.play
    ids = [step_id(step) for step in steps]
    count = len(steps)
    if text.isdigit():
        number = int(text)
        if 1 <= number <= count:
            return number - 1
        raise StepChoiceError(
            tr.gettext("step {value} does not exist: this pack has steps 1 to {count}").format(
                value=text, count=tr.format_number(count)
            )
        )
    round_ids = [step.id for step in pack.rounds]
    if text in round_ids:
        return ids.index(text)
    if text in ids:
        return ids.index(text)
    listed = ", ".join(round_ids[:LISTED_IDS]) + (", …" if len(round_ids) > LISTED_IDS else "")
    raise StepChoiceError(
        tr.gettext(
            "no step “{value}”: give a number from 1 to {count} or a round id ({ids})"
        ).format(value=text, count=tr.format_number(count), ids=listed)
    )


def resume_at(old: Sequence[StepKey], index: int, new: Sequence[StepKey]) -> Resume:
    """Return where a reloaded play goes on, given the step ``index`` it was at in ``old``.

    The same step if it still exists (found by its kind and id, wherever it moved); else the
    nearest step around it that still exists, the next one first; else the same position.
    At the end of the play (``index`` past the list), the last step is replayed.
    """
    if not new:
        return Resume(0)
    if not old:
        return Resume(min(index, len(new) - 1))
    index = max(0, min(index, len(old) - 1))
    key = old[index]
    if key in new:
        return Resume(list(new).index(key))
    for distance in range(1, len(old)):
        for near in (index + distance, index - distance):
            if 0 <= near < len(old) and old[near] in new:
                return Resume(list(new).index(old[near]), gone=key[1])
    return Resume(min(index, len(new) - 1), gone=key[1])
