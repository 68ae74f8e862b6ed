"""The pack model, format 1: frozen dataclasses that the loader builds and everything else reads.

Every translatable string is a :class:`Text`, which keeps the English (or other source
language) text, its gettext message context (the item's path, such as
``events.election.text``) and where it stands in ``pack.yaml``. Items refer to each other
by stable ids, never by list position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from game.model.when import When

SCORING_SCHEMES = (
    "all_or_nothing",
    "absolute_position",
    "relative_to_correct",
    "relative_next_exclude_last",
    "relative_next_include_last",
    "relative_one_previous_and_next",
    "relative_all_previous_and_next",
    "longest_ordered_subset",
    "longest_contiguous_subset",
)
DEFAULT_SCORING = "relative_all_previous_and_next"

# The pictures drawn in code (game/ui/pictures), by stable name: first those of the built-in
# pack's scenes and the main menu, then topic-neutral ones any teacher's pack may use. The
# checker and the JSON Schema (its enum of names, kept equal by a test) both read this list.
BUILTIN_SCENE_PICTURES = (
    "ballot-box",
    "years-of-protest",
    "crowd-rally",
    "police-line",
    "white-house",
    "security-building",
    "bonfire-night",
    "bishkek-panorama",
)
NEUTRAL_PICTURES = (
    "city-street",
    "government-building",
    "parliament-chamber",
    "classroom",
    "newspaper-press",
    "rally-crowd",
    "map-pin",
    "calendar-page",
    "handshake",
    "mountain-village",
    "factory",
    "rocket-launch",
    "harbour-ship",
    "courtroom",
    "hospital",
)
BUILTIN_PICTURES = BUILTIN_SCENE_PICTURES + NEUTRAL_PICTURES


@dataclass(frozen=True)
class Position:
    """Where a value stands in a file: 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Text:
    """A translatable string with its message context, translator comment and position."""

    source: str
    context: str
    comment: str = ""
    position: Position | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return self.source


@dataclass(frozen=True)
class Source:
    """The article a pack is drawn from."""

    title: Text
    publisher: str
    author: str | None
    date: When | None
    url: str | None
    text_file: str | None = None


@dataclass(frozen=True)
class Person:
    """Someone (or a body, such as a monitoring mission) who speaks in the article."""

    id: str
    name: Text
    role: Text | None


@dataclass(frozen=True)
class Event:
    """Something that happened, with the date it happened and the evidence for it."""

    id: str
    when: When
    text: Text
    evidence: str
    label: Text | None = None
    evidence_text: Text | None = None  # the same excerpt, translatable (pack.po)


@dataclass(frozen=True)
class Quote:
    """Words the article attributes to a person; ``reported`` marks a paraphrase."""

    id: str
    text: Text
    speaker: str
    evidence: str
    reported: bool = False
    context: Text | None = None
    evidence_text: Text | None = None  # the same excerpt, translatable (pack.po)


@dataclass(frozen=True)
class Question:
    """A multiple-choice question with one right answer and 1-4 wrong ones."""

    id: str
    prompt: Text
    answer: Text
    wrong: tuple[Text, ...]
    evidence: str
    explain: Text | None = None
    evidence_text: Text | None = None  # the same excerpt, translatable (pack.po)


@dataclass(frozen=True)
class Scene:
    """A narrative card shown between rounds."""

    id: str
    title: Text
    text: Text
    picture: str | None = None


@dataclass(frozen=True)
class SceneStep:
    """Show a scene in the play list."""

    scene: str
    kind: Literal["scene"] = "scene"


@dataclass(frozen=True)
class TimelineStep:
    """A timeline round: put ``events`` in chronological order."""

    id: str
    title: Text
    events: tuple[str, ...]
    scoring: str = DEFAULT_SCORING
    time_limit: float | None = None
    kind: Literal["timeline"] = "timeline"


@dataclass(frozen=True)
class WhoSaidStep:
    """A who-said-what round: match ``quotes`` to their speakers, among ``extra_speakers`` too."""

    id: str
    title: Text
    quotes: tuple[str, ...]
    extra_speakers: tuple[str, ...] = ()
    time_limit: float | None = None
    kind: Literal["who_said"] = "who_said"


@dataclass(frozen=True)
class QuizStep:
    """A quiz round of multiple-choice ``questions``."""

    id: str
    title: Text
    questions: tuple[str, ...]
    time_limit: float | None = None
    kind: Literal["quiz"] = "quiz"


Step = SceneStep | TimelineStep | WhoSaidStep | QuizStep
RoundStep = TimelineStep | WhoSaidStep | QuizStep


@dataclass(frozen=True)
class Pack:
    """A checked pack, ready to play. Look items up by id with the ``*_by_id`` helpers."""

    id: str
    title: Text
    summary: Text | None
    language: str
    source: Source
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    questions: tuple[Question, ...]
    scenes: tuple[Scene, ...]
    play: tuple[Step, ...]
    folder: Path
    content_hash: str = ""

    def person(self, person_id: str) -> Person:
        """Return the person with id ``person_id``."""
        return self._by_id["people"][person_id]

    def event(self, event_id: str) -> Event:
        """Return the event with id ``event_id``."""
        return self._by_id["events"][event_id]

    def quote(self, quote_id: str) -> Quote:
        """Return the quote with id ``quote_id``."""
        return self._by_id["quotes"][quote_id]

    def question(self, question_id: str) -> Question:
        """Return the question with id ``question_id``."""
        return self._by_id["questions"][question_id]

    def scene(self, scene_id: str) -> Scene:
        """Return the scene with id ``scene_id``."""
        return self._by_id["scenes"][scene_id]

    @cached_property
    def _by_id(self) -> dict[str, dict[str, object]]:
        # cached_property writes to __dict__ directly, which a frozen dataclass allows.
        return {
            name: {item.id: item for item in getattr(self, name)}
            for name in ("people", "events", "quotes", "questions", "scenes")
        }

    @property
    def rounds(self) -> tuple[RoundStep, ...]:
        """Return the rounds of the play list, in order, without the scenes."""
        return tuple(step for step in self.play if not isinstance(step, SceneStep))
