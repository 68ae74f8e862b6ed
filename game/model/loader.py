"""Load a pack folder into a :class:`~game.model.pack.Pack`, checking everything on the way.

``load_pack`` returns the pack and its warnings, or raises :class:`PackError` with every
problem found; ``check_pack`` returns the problems and never raises. Nothing but
``PackError`` leaves this module: a failure of the checker itself becomes a problem too,
so a bad pack can never crash the game.
"""

from __future__ import annotations

import gc
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.i18n.pack_texts import FIELD_COMMENTS
from game.i18n.translator import Translator, english
from game.model.checks import run_checks
from game.model.date_checks import parse_when
from game.model.encoding import MAX_FILE_BYTES, read_bytes_limited, refuse_size
from game.model.errors import PackError, Problem, Reporter, sort_problems
from game.model.files import (
    check_evidence,
    check_pictures,
    check_translations,
    not_an_ordinary_file,
)
from game.model.pack import (
    DEFAULT_SCORING,
    Event,
    Pack,
    Person,
    Position,
    Question,
    QuizStep,
    Quote,
    Scene,
    SceneStep,
    Source,
    Step,
    Text,
    TimelineStep,
    WhoSaidStep,
)
from game.model.plain_data import parse
from game.model.structure import check_structure
from game.model.yaml_nodes import Document

PACK_FILE = "pack.yaml"
DEFAULT_ROUND_TITLES = {"timeline": "Timeline", "who_said": "Who said it?", "quiz": "Quiz"}
# The translator comment of each kind of text: the same words the extractor writes in pack.po.
COMMENTS = FIELD_COMMENTS


@dataclass(frozen=True)
class LoadedPack:
    """A pack that loaded without errors, and the warnings found on the way."""

    pack: Pack
    warnings: list[Problem]


def load_pack(path: str | os.PathLike[str], translator: Translator | None = None) -> LoadedPack:
    """Load the pack at ``path`` (its folder or its pack.yaml); raise PackError on any error."""
    problems, pack = _check(path, None, translator)
    if pack is None or any(problem.is_error for problem in problems):
        raise PackError(problems)
    return LoadedPack(pack, problems)


def check_pack(path: str | os.PathLike[str], translator: Translator | None = None) -> list[Problem]:
    """Return every problem of the pack at ``path``, sorted by position; never raise."""
    return _check(path, None, translator)[0]


def load_pack_from_text(
    text: str | bytes,
    folder: str | os.PathLike[str] = ".",
    translator: Translator | None = None,
) -> LoadedPack:
    """Load a pack from ``text`` as if it were ``folder``/pack.yaml; raise PackError on any error."""
    problems, pack = _check(folder, text, translator)
    if pack is None or any(problem.is_error for problem in problems):
        raise PackError(problems)
    return LoadedPack(pack, problems)


def check_pack_text(
    text: str | bytes,
    folder: str | os.PathLike[str] = ".",
    translator: Translator | None = None,
) -> list[Problem]:
    """Return every problem of ``text`` read as ``folder``/pack.yaml; never raise."""
    return _check(folder, text, translator)[0]


def pack_file_for(path: Path) -> Path:
    """Return the pack.yaml a path names: the path itself, or pack.yaml inside a folder."""
    return path / PACK_FILE if path.is_dir() else path


def _check(
    location: str | os.PathLike[str],
    text: str | bytes | None,
    translator: Translator | None,
) -> tuple[list[Problem], Pack | None]:
    """Check the pack at ``location``, or ``text`` as if it were ``location``/pack.yaml."""
    t = translator or english()
    reporter = Reporter(str(location))
    # The node tree holds no reference cycles, so the cyclic garbage collector only costs
    # here: its passes over the hundreds of thousands of new objects of a large pack take
    # longer than reading the pack itself. Reference counting still frees everything.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if text is None:
            pack = _check_file(Path(location), None, reporter, t)
        else:
            # Lone surrogates pass through, so that decoding reports them as not UTF-8.
            raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
            pack = _check_file(Path(location) / PACK_FILE, raw, reporter, t)
    except (RecursionError, MemoryError):
        reporter.error(
            None,
            "",
            t.gettext("the file is too large or too deeply nested to check"),
            t.gettext("split the pack into several smaller packs"),
            "too-large",
        )
        pack = None
    except Exception as error:
        reporter.error(
            None,
            "",
            t.gettext("the checker failed on this file: {error}").format(
                error=f"{type(error).__name__}: {error}"
            ),
            t.gettext("please report this, with the file"),
            "internal",
        )
        pack = None
    finally:
        if collecting:
            gc.enable()
    return sort_problems(reporter.problems), pack


def _check_file(path: Path, raw: bytes | None, reporter: Reporter, t: Translator) -> Pack | None:
    if raw is None:
        raw = _read(path, reporter, t)
        if raw is None:
            return None
        if path.is_dir():
            path = path / PACK_FILE
    reporter.file = str(path)
    folder = path.parent
    text = read_bytes_limited(raw, reporter, t)
    if text is None:
        return None
    document = parse(text, reporter, t)
    if document is None:
        return None
    structure_ok = check_structure(document, reporter, t)
    run_checks(document, reporter, t)
    pictures = check_pictures(document, folder, reporter, t)
    check_evidence(document, folder, reporter, t)
    if not structure_ok or reporter.has_errors:
        return None
    digest = hashlib.sha256(raw)
    for picture in pictures:
        digest.update(picture)
    pack = _Builder(document, folder, digest.hexdigest()).build()
    check_translations(list(_texts(pack)), folder, reporter, t)
    return pack


def _read(path: Path, reporter: Reporter, t: Translator) -> bytes | None:
    try:
        if path.is_dir():
            path = path / PACK_FILE
            if not path.exists():
                reporter.file = str(path.parent)
                reporter.error(
                    None,
                    "",
                    t.gettext("the folder has no pack.yaml"),
                    t.gettext(
                        "a pack is a folder with a pack.yaml file; start one with: okuya new-pack FOLDER"
                    ),
                    "no-pack-file",
                )
                return None
        reporter.file = str(path)
        if not path.exists():
            reporter.error(None, "", t.gettext("no such file or folder"), "", "not-found")
            return None
        if not path.is_file():
            # Opening a pipe would wait for a writer for ever, and a device such as
            # /dev/zero never ends: read only ordinary files (or links to them).
            reporter.error(
                None,
                "",
                not_an_ordinary_file(path.name, t),
                t.gettext("make it an ordinary text file saved as UTF-8"),
                "unreadable",
            )
            return None
        if refuse_size(path.stat().st_size, reporter, t):
            return None
        with path.open("rb") as stream:
            # Read one byte past the limit, so a file that grew meanwhile is still refused.
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reporter.error(
            None,
            "",
            t.gettext("cannot read the file: {reason}").format(reason=error.strerror or error),
            "",
            "unreadable",
        )
        return None


def _texts(pack: Pack) -> list[Text]:
    texts: list[Text] = [pack.title]
    if pack.summary is not None:
        texts.append(pack.summary)
    texts.append(pack.source.title)
    for person in pack.people:
        texts += [text for text in (person.name, person.role) if text is not None]
    for event in pack.events:
        texts += [
            text for text in (event.text, event.label, event.evidence_text) if text is not None
        ]
    for quote in pack.quotes:
        texts += [
            text for text in (quote.text, quote.context, quote.evidence_text) if text is not None
        ]
    for question in pack.questions:
        texts += [question.prompt, question.answer, *question.wrong]
        texts += [text for text in (question.explain, question.evidence_text) if text is not None]
    for scene in pack.scenes:
        texts += [scene.title, scene.text]
    for step in pack.play:
        if not isinstance(step, SceneStep) and step.title.position is not None:
            texts.append(step.title)
    return texts


class _Builder:
    """Build the frozen model from checked plain data, giving every Text its context and position."""

    def __init__(self, document: Document, folder: Path, content_hash: str) -> None:
        self.document = document
        self.data: dict[str, Any] = document.data  # type: ignore[assignment]
        self.folder = folder
        self.content_hash = content_hash
        self.file = document.file

    def _nodes(self, mapping: dict[str, Any]) -> dict[str, Any]:
        node = self.document.mapping_nodes.get(id(mapping))
        if node is None:
            return {}
        return {key.value: value for key, value in node.value}

    def _position(self, node: Any) -> Position | None:
        if node is None:
            return None
        mark = node.start_mark
        return Position(self.file, mark.line + 1, mark.column + 1)

    def _text(
        self, mapping: dict[str, Any], nodes: dict[str, Any], key: str, context: str, comment: str
    ) -> Text | None:
        value = mapping.get(key)
        if value is None:
            return None
        return Text(value, context, comment, self._position(nodes.get(key)))

    def build(self) -> Pack:
        """Return the Pack."""
        data = self.data
        nodes = self._nodes(data)
        source = data["source"]
        source_nodes = self._nodes(source)
        source_date = parse_when(source.get("date"))
        return Pack(
            id=data["id"],
            title=self._text(data, nodes, "title", "title", COMMENTS["title"]),  # type: ignore[arg-type]
            summary=self._text(data, nodes, "summary", "summary", COMMENTS["summary"]),
            language=data["language"],
            source=Source(
                title=self._text(
                    source, source_nodes, "title", "source.title", COMMENTS["source.title"]
                ),  # type: ignore[arg-type]
                publisher=source["publisher"],
                author=source.get("author"),
                date=source_date,
                url=source.get("url"),
                text_file=source.get("text"),
            ),
            people=tuple(self._person(item) for item in data.get("people", ())),
            events=tuple(self._event(item) for item in data.get("events", ())),
            quotes=tuple(self._quote(item) for item in data.get("quotes", ())),
            questions=tuple(self._question(item) for item in data.get("questions", ())),
            scenes=tuple(self._scene(item) for item in data.get("scenes", ())),
            play=tuple(self._step(step) for step in data["play"]),
            folder=self.folder,
            content_hash=self.content_hash,
        )

    def _person(self, item: dict[str, Any]) -> Person:
        nodes = self._nodes(item)
        base = f"people.{item['id']}"
        return Person(
            id=item["id"],
            name=self._text(item, nodes, "name", f"{base}.name", COMMENTS["people.name"]),  # type: ignore[arg-type]
            role=self._text(item, nodes, "role", f"{base}.role", COMMENTS["people.role"]),
        )

    def _event(self, item: dict[str, Any]) -> Event:
        nodes = self._nodes(item)
        base = f"events.{item['id']}"
        return Event(
            id=item["id"],
            when=parse_when(item["when"]),  # type: ignore[arg-type]
            text=self._text(item, nodes, "text", f"{base}.text", COMMENTS["events.text"]),  # type: ignore[arg-type]
            evidence=item.get("evidence", ""),
            label=self._text(item, nodes, "label", f"{base}.label", COMMENTS["events.label"]),
            evidence_text=self._text(
                item, nodes, "evidence", f"{base}.evidence", COMMENTS["events.evidence"]
            ),
        )

    def _quote(self, item: dict[str, Any]) -> Quote:
        nodes = self._nodes(item)
        base = f"quotes.{item['id']}"
        return Quote(
            id=item["id"],
            text=self._text(
                item,
                nodes,
                "text",
                f"{base}.text",
                COMMENTS["quotes.reported" if item.get("reported") else "quotes.text"],
            ),  # type: ignore[arg-type]
            speaker=item["speaker"],
            evidence=item.get("evidence", ""),
            reported=bool(item.get("reported", False)),
            context=self._text(
                item, nodes, "context", f"{base}.context", COMMENTS["quotes.context"]
            ),
            evidence_text=self._text(
                item, nodes, "evidence", f"{base}.evidence", COMMENTS["quotes.evidence"]
            ),
        )

    def _question(self, item: dict[str, Any]) -> Question:
        nodes = self._nodes(item)
        base = f"questions.{item['id']}"
        wrong_node = nodes.get("wrong")
        wrong_nodes = wrong_node.value if wrong_node is not None else []
        wrong = tuple(
            Text(
                answer,
                f"{base}.wrong.{number}",
                COMMENTS["questions.wrong"],
                self._position(wrong_nodes[number] if number < len(wrong_nodes) else None),
            )
            for number, answer in enumerate(item["wrong"])
        )
        return Question(
            id=item["id"],
            prompt=self._text(
                item, nodes, "prompt", f"{base}.prompt", COMMENTS["questions.prompt"]
            ),  # type: ignore[arg-type]
            answer=self._text(
                item, nodes, "answer", f"{base}.answer", COMMENTS["questions.answer"]
            ),  # type: ignore[arg-type]
            wrong=wrong,
            evidence=item.get("evidence", ""),
            explain=self._text(
                item, nodes, "explain", f"{base}.explain", COMMENTS["questions.explain"]
            ),
            evidence_text=self._text(
                item, nodes, "evidence", f"{base}.evidence", COMMENTS["questions.evidence"]
            ),
        )

    def _scene(self, item: dict[str, Any]) -> Scene:
        nodes = self._nodes(item)
        base = f"scenes.{item['id']}"
        return Scene(
            id=item["id"],
            title=self._text(item, nodes, "title", f"{base}.title", COMMENTS["scenes.title"]),  # type: ignore[arg-type]
            text=self._text(item, nodes, "text", f"{base}.text", COMMENTS["scenes.text"]),  # type: ignore[arg-type]
            picture=item.get("picture"),
        )

    def _step(self, step: dict[str, Any]) -> Step:
        kind, body = next(iter(step.items()))
        if kind == "scene":
            return SceneStep(scene=body)
        nodes = self._nodes(body)
        context = f"play.{body['id']}.title"
        title = self._text(body, nodes, "title", context, COMMENTS["play.title"]) or Text(
            DEFAULT_ROUND_TITLES[kind], context, "A round's default title"
        )
        time_limit = body.get("time_limit")
        time_limit = float(time_limit) if time_limit is not None else None
        if kind == "timeline":
            return TimelineStep(
                id=body["id"],
                title=title,
                events=tuple(body["events"]),
                scoring=body.get("scoring", DEFAULT_SCORING),
                time_limit=time_limit,
            )
        if kind == "who_said":
            return WhoSaidStep(
                id=body["id"],
                title=title,
                quotes=tuple(body["quotes"]),
                extra_speakers=tuple(body.get("extra_speakers", ())),
                time_limit=time_limit,
            )
        return QuizStep(
            id=body["id"], title=title, questions=tuple(body["questions"]), time_limit=time_limit
        )
