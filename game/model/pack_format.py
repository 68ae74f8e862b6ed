"""Pack format 1 as one table: its sections, its translatable fields and its round kinds.

Everything that walks a pack reads this table instead of keeping its own list: the loader
(which builds a :class:`~game.model.pack.Text` for each translatable field), the loader's
list of texts to find in ``pack.po``, the checker's rules, and the YAML extractor
(:mod:`game.i18n.pack_texts`). The structure itself (types, required keys, limits) is the
JSON Schema in ``pack.schema.json``.

A text's message context is its path in the pack: ``title``, ``source.title``,
``<section>.<item id>.<key>`` (``questions.<id>.wrong.<n>`` for each wrong answer) and
``play.<round id>.title``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Evidence stays verbatim in the pack (the checker finds it in the article); its translation
# is shown beside the original, so it must say exactly what the excerpt says.
EVIDENCE_COMMENT = (
    "A verbatim excerpt of the source article that proves this item. Translate it faithfully "
    "(it is shown as a translation beside the original); keep quotation marks inside it as quotes"
)


@dataclass(frozen=True)
class TextField:
    """A translatable field: its key in ``pack.yaml`` and what it is, for the translator."""

    key: str
    comment: str
    # The attribute of the model's item, when it is not the key (``evidence_text``).
    attribute: str = ""
    # For quotes: the comment when the item is reported speech (``reported: true``).
    reported_comment: str = ""
    # A list of texts (a question's wrong answers) rather than one.
    many: bool = False

    @property
    def attribute_name(self) -> str:
        """Return the name of the model attribute that holds this field's Text."""
        return self.attribute or self.key

    def comment_for(self, item: Mapping[str, object]) -> str:
        """Return the translator comment of this field in ``item``."""
        if self.reported_comment and item.get("reported") is True:
            return self.reported_comment
        return self.comment


@dataclass(frozen=True)
class Section:
    """A top-level list of items with ids, such as ``people`` or ``events``."""

    name: str
    texts: tuple[TextField, ...]

    def has(self, key: str) -> bool:
        """Return True when the items of this section have the translatable field ``key``."""
        return any(field.key == key for field in self.texts)


@dataclass(frozen=True)
class RoundKind:
    """A kind of round in the play list, and the sections its id lists point into."""

    name: str
    # (list key, section) pairs; the first is the round's main list (the items played).
    lists: tuple[tuple[str, str], ...]
    # The comment of the round's title in pack.po, which says what the round is.
    title_comment: str
    # The title the loader gives a round that has none (an interface string).
    default_title: str

    @property
    def main_list(self) -> str:
        """Return the key of the list of items the round plays."""
        return self.lists[0][0]


PACK_TEXTS = (
    TextField("title", "The pack's title, shown in the pack list"),
    TextField("summary", "The pack's one-sentence summary, shown in the pack list"),
)
SOURCE_TEXTS = (TextField("title", "The headline of the news article the pack is drawn from"),)

SECTIONS = (
    Section(
        "people",
        (
            TextField("name", "A person's name (or an organisation's)"),
            TextField("role", "A person's role, shown under their name"),
        ),
    ),
    Section(
        "events",
        (
            TextField("text", "An event on the timeline"),
            TextField(
                "label",
                "A time-of-day label shown after an event's date, such as 'late Monday'",
            ),
            TextField("evidence", EVIDENCE_COMMENT, attribute="evidence_text"),
        ),
    ),
    Section(
        "quotes",
        (
            TextField(
                "text",
                "A quote (direct speech): translate faithfully, do not embellish",
                reported_comment="A quote (reported speech: a paraphrase of what someone said)",
            ),
            TextField("context", "The situation a quote was said in, shown after answering"),
            TextField("evidence", EVIDENCE_COMMENT, attribute="evidence_text"),
        ),
    ),
    Section(
        "questions",
        (
            TextField("prompt", "A quiz question"),
            TextField("answer", "The right answer to a quiz question"),
            TextField("wrong", "Wrong answer to a quiz question", many=True),
            TextField("explain", "The explanation shown after a quiz question is answered"),
            TextField("evidence", EVIDENCE_COMMENT, attribute="evidence_text"),
        ),
    ),
    Section(
        "scenes",
        (
            TextField("title", "The title of a story scene shown between rounds"),
            TextField("text", "The text of a story scene (short paragraphs; keep the blank lines)"),
        ),
    ),
)
SECTION_NAMES = tuple(section.name for section in SECTIONS)
SECTIONS_BY_NAME = {section.name: section for section in SECTIONS}
# The sections whose items carry an evidence excerpt from the article.
EVIDENCE_SECTIONS = tuple(section.name for section in SECTIONS if section.has("evidence"))

# The title of a round, as the loader's Text keeps it (pack.po says which kind of round).
ROUND_TITLE = TextField("title", "The title of a round")
ROUNDS = (
    RoundKind(
        "timeline",
        (("events", "events"),),
        "The title of a timeline round (put events in order)",
        "Timeline",
    ),
    RoundKind(
        "who_said",
        (("quotes", "quotes"), ("extra_speakers", "people")),
        "The title of a who-said-what round (match quotes to speakers)",
        "Who said it?",
    ),
    RoundKind(
        "quiz",
        (("questions", "questions"),),
        "The title of a quiz round",
        "Quiz",
    ),
)
ROUND_KINDS = tuple(kind.name for kind in ROUNDS)
ROUNDS_BY_NAME = {kind.name: kind for kind in ROUNDS}
# A play step is a scene (by id) or one round.
SCENE_STEP = "scene"


def item_context(section: str, item_id: str, key: str) -> str:
    """Return the message context of field ``key`` of item ``item_id`` in ``section``.

    A round's title is an item of the play list: ``item_context("play", round_id, "title")``.
    """
    return f"{section}.{item_id}.{key}"
