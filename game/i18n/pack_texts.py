"""Find every translatable text of a pack: its message context, source, comment and line.

The message context is the item's path: ``title``, ``source.title``, ``people.<id>.name``,
``events.<id>.text``, ``events.<id>.evidence``, ``questions.<id>.wrong.<n>``,
``play.<round id>.title`` ... The loader gives each :class:`~game.model.pack.Text` the same
context, so a translation extracted here is found again at run time. The file is read with the loader's own safe YAML reader
(:mod:`game.model.encoding`, :mod:`game.model.plain_data`), so the extractor refuses exactly what the checker refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# Evidence stays verbatim in the pack (the checker finds it in the article); its translation
# is shown beside the original, so it must say exactly what the excerpt says.
EVIDENCE_COMMENT = (
    "A verbatim excerpt of the source article that proves this item. Translate it faithfully "
    "(it is shown as a translation beside the original); keep quotation marks inside it as quotes"
)
# What each kind of field is, for the translator (the "#." comment in the .po file).
FIELD_COMMENTS: dict[str, str] = {
    "title": "The pack's title, shown in the pack list",
    "summary": "The pack's one-sentence summary, shown in the pack list",
    "source.title": "The headline of the news article the pack is drawn from",
    "people.name": "A person's name (or an organisation's)",
    "people.role": "A person's role, shown under their name",
    "events.text": "An event on the timeline",
    "events.label": "A time-of-day label shown after an event's date, such as 'late Monday'",
    "events.evidence": EVIDENCE_COMMENT,
    "quotes.text": "A quote (direct speech): translate faithfully, do not embellish",
    "quotes.reported": "A quote (reported speech: a paraphrase of what someone said)",
    "quotes.context": "The situation a quote was said in, shown after answering",
    "quotes.evidence": EVIDENCE_COMMENT,
    "questions.prompt": "A quiz question",
    "questions.answer": "The right answer to a quiz question",
    "questions.wrong": "Wrong answer to a quiz question",
    "questions.explain": "The explanation shown after a quiz question is answered",
    "questions.evidence": EVIDENCE_COMMENT,
    "scenes.title": "The title of a story scene shown between rounds",
    "scenes.text": "The text of a story scene (short paragraphs; keep the blank lines)",
    "play.title": "The title of a round",
}
ROUND_KINDS = ("timeline", "who_said", "quiz")
_ROUND_COMMENTS = {
    "timeline": "The title of a timeline round (put events in order)",
    "who_said": "The title of a who-said-what round (match quotes to speakers)",
    "quiz": "The title of a quiz round",
}
# Item lists and the fields of each item that are translated, in the order of the format.
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "people": ("name", "role"),
    "events": ("text", "label", "evidence"),
    "quotes": ("text", "context", "evidence"),
    "questions": ("prompt", "answer", "wrong", "explain", "evidence"),
    "scenes": ("title", "text"),
}


class PackTextError(ValueError):
    """Raise when a pack file cannot be read; the message lists every problem found."""


@dataclass(frozen=True)
class TextEntry:
    """One translatable text as extracted: context, source, translator comment and line."""

    context: str
    source: str
    comment: str
    line: int


def describe(context: str) -> str:
    """Return the translator comment for the field at message context ``context``."""
    parts = context.split(".")
    if len(parts) >= 3 and parts[0] in ITEM_FIELDS:
        return FIELD_COMMENTS.get(f"{parts[0]}.{parts[2]}", "")
    if len(parts) >= 3 and parts[0] == "play":
        return FIELD_COMMENTS["play.title"]
    return FIELD_COMMENTS.get(context, "")


@dataclass(frozen=True)
class PackTexts:
    """The translatable texts of one pack file, and the language it is written in."""

    language: str
    entries: list[TextEntry]


def texts_from_yaml(raw: bytes, filename: str = "pack.yaml") -> list[TextEntry]:
    """Return every translatable text of the pack file ``raw``, in file order."""
    return read_pack_texts(raw, filename).entries


def read_pack_texts(raw: bytes, filename: str = "pack.yaml") -> PackTexts:
    """Read the pack file ``raw``: its language and every translatable text, in file order."""
    from game.i18n.translator import english
    from game.model.encoding import read_bytes_limited
    from game.model.errors import Reporter
    from game.model.plain_data import parse
    from game.model.yaml_nodes import locate

    reporter = Reporter(filename)
    translator = english()
    text = read_bytes_limited(raw, reporter, translator)
    document = parse(text, reporter, translator) if text is not None else None
    if document is None or not isinstance(document.data, dict):
        problems = [problem.format() for problem in reporter.problems]
        reason = "\n".join(problems) or f"{filename}: the pack is not a YAML mapping"
        raise PackTextError(reason)

    def line_of(path: tuple[str | int, ...]) -> int:
        key_node, value_node = locate(document.root, path)
        node = key_node if key_node is not None else value_node
        return node.start_mark.line + 1

    entries = [
        TextEntry(context, source, comment, line_of(path))
        for context, source, comment, path in _walk(document.data)
    ]
    entries.sort(key=lambda entry: entry.line)
    language = document.data.get("language")
    return PackTexts(language if isinstance(language, str) else "en", entries)


def _walk(data: dict) -> Iterator[tuple[str, str, str, tuple[str | int, ...]]]:
    for field in ("title", "summary"):
        if _is_text(data.get(field)):
            yield field, data[field], FIELD_COMMENTS[field], (field,)
    source = data.get("source")
    if isinstance(source, dict) and _is_text(source.get("title")):
        yield "source.title", source["title"], FIELD_COMMENTS["source.title"], ("source", "title")
    names = _names_by_id(data.get("people"))
    for kind, fields in ITEM_FIELDS.items():
        items = data.get(kind)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            for field in fields:
                value = item.get(field)
                path: tuple[str | int, ...] = (kind, index, field)
                context = f"{kind}.{item['id']}.{field}"
                if field == "wrong" and isinstance(value, list):
                    for number, wrong in enumerate(value):
                        if _is_text(wrong):
                            comment = _comment(kind, field, item, names)
                            yield f"{context}.{number}", wrong, comment, (*path, number)
                elif _is_text(value):
                    yield context, value, _comment(kind, field, item, names), path
    play = data.get("play")
    if isinstance(play, list):
        for index, step in enumerate(play):
            for kind in ROUND_KINDS:
                body = step.get(kind) if isinstance(step, dict) else None
                if (
                    isinstance(body, dict)
                    and isinstance(body.get("id"), str)
                    and _is_text(body.get("title"))
                ):
                    context = f"play.{body['id']}.title"
                    path = ("play", index, kind, "title")
                    yield context, body["title"], _ROUND_COMMENTS[kind], path


def _comment(kind: str, field: str, item: dict, names: dict[str, str]) -> str:
    """Say what the string is, with the neighbouring facts a translator needs to get it right."""
    if kind == "quotes" and field == "text":
        base = FIELD_COMMENTS["quotes.reported" if item.get("reported") is True else "quotes.text"]
        speaker = names.get(str(item.get("speaker")))
        return f"{base}. Speaker: {speaker}" if speaker else base
    base = FIELD_COMMENTS[f"{kind}.{field}"]
    if kind == "questions" and field in ("answer", "wrong", "explain"):
        prompt = item.get("prompt")
        return f"{base}. Question: {prompt}" if _is_text(prompt) else base
    if kind == "events" and field in ("text", "label") and item.get("when") is not None:
        return f"{base}. Date: {item['when']}"
    return base


def _names_by_id(people: object) -> dict[str, str]:
    if not isinstance(people, list):
        return {}
    return {
        person["id"]: person["name"]
        for person in people
        if isinstance(person, dict)
        and isinstance(person.get("id"), str)
        and _is_text(person.get("name"))
    }


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
