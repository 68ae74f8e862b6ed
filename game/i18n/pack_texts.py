"""Find every translatable text of a pack: its message context, source, comment and line.

The message context is the item's path: ``title``, ``source.title``, ``people.<id>.name``,
``events.<id>.text``, ``events.<id>.evidence``, ``questions.<id>.wrong.<n>``,
``play.<round id>.title`` ... The loader gives each :class:`~game.model.pack.Text` the same
context, so a translation extracted here is found again at run time. Both read the fields from
the pack-format table (:mod:`game.model.pack_format`). The file is read with the loader's own
safe YAML reader (:mod:`game.model.encoding`, :mod:`game.model.plain_data`), so the extractor
refuses exactly what the checker refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from game.model.encoding import read_bytes_limited
from game.model.errors import Reporter
from game.model.pack_format import (
    PACK_TEXTS,
    ROUND_TITLE,
    ROUNDS,
    SECTIONS,
    SOURCE_TEXTS,
    TextField,
    item_context,
)
from game.model.plain_data import parse
from game.model.translation import AS_WRITTEN
from game.model.yaml_nodes import locate


class PackTextError(ValueError):
    """Raise when a pack file cannot be read; the message lists every problem found."""


@dataclass(frozen=True)
class TextEntry:
    """One translatable text as extracted: context, source, translator comment and line."""

    context: str
    source: str
    comment: str
    line: int


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
    reporter = Reporter(filename)
    translator = AS_WRITTEN
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
    for field in PACK_TEXTS:
        if _is_text(data.get(field.key)):
            yield field.key, data[field.key], field.comment, (field.key,)
    source = data.get("source")
    for field in SOURCE_TEXTS:
        if isinstance(source, dict) and _is_text(source.get(field.key)):
            context = f"source.{field.key}"
            yield context, source[field.key], field.comment, ("source", field.key)
    names = _names_by_id(data.get("people"))
    for section in SECTIONS:
        items = data.get(section.name)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            for field in section.texts:
                value = item.get(field.key)
                path: tuple[str | int, ...] = (section.name, index, field.key)
                context = item_context(section.name, item["id"], field.key)
                comment = _comment(section.name, field, item, names)
                if field.many and isinstance(value, list):
                    for number, text in enumerate(value):
                        if _is_text(text):
                            yield f"{context}.{number}", text, comment, (*path, number)
                elif _is_text(value):
                    yield context, value, comment, path
    play = data.get("play")
    if isinstance(play, list):
        for index, step in enumerate(play):
            for kind in ROUNDS:
                body = step.get(kind.name) if isinstance(step, dict) else None
                if (
                    isinstance(body, dict)
                    and isinstance(body.get("id"), str)
                    and _is_text(body.get(ROUND_TITLE.key))
                ):
                    context = item_context("play", body["id"], ROUND_TITLE.key)
                    path = ("play", index, kind.name, ROUND_TITLE.key)
                    yield context, body[ROUND_TITLE.key], kind.title_comment, path


def _comment(section: str, field: TextField, item: dict, names: dict[str, str]) -> str:
    """Say what the string is, with the neighbouring facts a translator needs to get it right."""
    base = field.comment_for(item)
    if section == "quotes" and field.key == "text":
        speaker = names.get(str(item.get("speaker")))
        return f"{base}. Speaker: {speaker}" if speaker else base
    if section == "questions" and field.key in ("answer", "wrong", "explain"):
        prompt = item.get("prompt")
        return f"{base}. Question: {prompt}" if _is_text(prompt) else base
    if section == "events" and field.key in ("text", "label") and item.get("when") is not None:
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
