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
from game.model.pack_format import (
    PACK_TEXTS,
    ROUND_TITLE,
    ROUNDS_BY_NAME,
    SCENE_STEP,
    SECTIONS,
    SECTIONS_BY_NAME,
    SOURCE_TEXTS,
    TextField,
    item_context,
)
from game.model.plain_data import parse
from game.model.structure import check_structure
from game.model.translation import AS_WRITTEN, Translations
from game.model.yaml_nodes import Document

PACK_FILE = "pack.yaml"


@dataclass(frozen=True)
class LoadedPack:
    """A pack that loaded without errors, and the warnings found on the way."""

    pack: Pack
    warnings: list[Problem]


def load_pack(path: str | os.PathLike[str], translator: Translations | None = None) -> LoadedPack:
    """Load the pack at ``path`` (its folder or its pack.yaml); raise PackError on any error."""
    problems, pack = _check(path, None, translator)
    if pack is None or any(problem.is_error for problem in problems):
        raise PackError(problems)
    return LoadedPack(pack, problems)


def check_pack(
    path: str | os.PathLike[str], translator: Translations | None = None
) -> list[Problem]:
    """Return every problem of the pack at ``path``, sorted by position; never raise."""
    return _check(path, None, translator)[0]


def load_pack_from_text(
    text: str | bytes,
    folder: str | os.PathLike[str] = ".",
    translator: Translations | None = None,
) -> LoadedPack:
    """Load a pack from ``text`` as if it were ``folder``/pack.yaml; raise PackError on any error."""
    problems, pack = _check(folder, text, translator)
    if pack is None or any(problem.is_error for problem in problems):
        raise PackError(problems)
    return LoadedPack(pack, problems)


def check_pack_text(
    text: str | bytes,
    folder: str | os.PathLike[str] = ".",
    translator: Translations | None = None,
) -> list[Problem]:
    """Return every problem of ``text`` read as ``folder``/pack.yaml; never raise."""
    return _check(folder, text, translator)[0]


def pack_file_for(path: Path) -> Path:
    """Return the pack.yaml a path names: the path itself, or pack.yaml inside a folder."""
    return path / PACK_FILE if path.is_dir() else path


def _check(
    location: str | os.PathLike[str],
    text: str | bytes | None,
    translator: Translations | None,
) -> tuple[list[Problem], Pack | None]:
    """Check the pack at ``location``, or ``text`` as if it were ``location``/pack.yaml."""
    t = translator or AS_WRITTEN
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
            t.gettext("the file is too large or too deeply nested to check"),
            hint=t.gettext("split the pack into several smaller packs"),
            code="too-large",
        )
        pack = None
    except Exception as error:
        reporter.error(
            t.gettext("the checker failed on this file: {error}").format(
                error=f"{type(error).__name__}: {error}"
            ),
            hint=t.gettext("please report this, with the file"),
            code="internal",
        )
        pack = None
    finally:
        if collecting:
            gc.enable()
    return sort_problems(reporter.problems), pack


def _check_file(path: Path, raw: bytes | None, reporter: Reporter, t: Translations) -> Pack | None:
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


def _read(path: Path, reporter: Reporter, t: Translations) -> bytes | None:
    try:
        if path.is_dir():
            path = path / PACK_FILE
            if not path.exists():
                reporter.file = str(path.parent)
                reporter.error(
                    t.gettext("the folder has no pack.yaml"),
                    hint=t.gettext(
                        "a pack is a folder with a pack.yaml file; start one with: okuya new-pack FOLDER"
                    ),
                    code="no-pack-file",
                )
                return None
        reporter.file = str(path)
        if not path.exists():
            reporter.error(t.gettext("no such file or folder"), code="not-found")
            return None
        if not path.is_file():
            # Opening a pipe would wait for a writer for ever, and a device such as
            # /dev/zero never ends: read only ordinary files (or links to them).
            reporter.error(
                not_an_ordinary_file(path.name, t),
                hint=t.gettext("make it an ordinary text file saved as UTF-8"),
                code="unreadable",
            )
            return None
        if refuse_size(path.stat().st_size, reporter, t):
            return None
        with path.open("rb") as stream:
            # Read one byte past the limit, so a file that grew meanwhile is still refused.
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reporter.error(
            t.gettext("cannot read the file: {reason}").format(reason=error.strerror or error),
            code="unreadable",
        )
        return None


def _texts(pack: Pack) -> list[Text]:
    """Return every translatable text of ``pack``, in the order of the pack format."""
    texts = [text for text in (pack.title, pack.summary, pack.source.title) if text is not None]
    for section in SECTIONS:
        for item in getattr(pack, section.name):
            for field in section.texts:
                value = getattr(item, field.attribute_name)
                if isinstance(value, tuple):
                    texts.extend(value)
                elif value is not None:
                    texts.append(value)
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

    def _texts(
        self, mapping: dict[str, Any], prefix: str, fields: tuple[TextField, ...]
    ) -> dict[str, Any]:
        """Return the Texts of ``mapping``'s translatable ``fields``, by model attribute."""
        nodes = self._nodes(mapping)
        texts: dict[str, Any] = {}
        for field in fields:
            value = mapping.get(field.key)
            context = prefix + field.key
            node = nodes.get(field.key)
            if field.many:
                items = node.value if node is not None else []
                texts[field.attribute_name] = tuple(
                    Text(
                        text,
                        f"{context}.{number}",
                        field.comment_for(mapping),
                        self._position(items[number] if number < len(items) else None),
                    )
                    for number, text in enumerate(value or ())
                )
            elif value is not None:
                texts[field.attribute_name] = Text(
                    value, context, field.comment_for(mapping), self._position(node)
                )
            else:
                texts[field.attribute_name] = None
        return texts

    def _item_texts(self, section: str, item: dict[str, Any]) -> dict[str, Any]:
        return self._texts(
            item, item_context(section, item["id"], ""), SECTIONS_BY_NAME[section].texts
        )

    def build(self) -> Pack:
        """Return the Pack."""
        data = self.data
        source = data["source"]
        return Pack(
            id=data["id"],
            language=data["language"],
            source=Source(
                publisher=source["publisher"],
                author=source.get("author"),
                date=parse_when(source.get("date")),
                url=source.get("url"),
                text_file=source.get("text"),
                **self._texts(source, "source.", SOURCE_TEXTS),
            ),
            people=tuple(
                Person(id=item["id"], **self._item_texts("people", item))
                for item in data.get("people", ())
            ),
            events=tuple(
                Event(
                    id=item["id"],
                    when=parse_when(item["when"]),  # type: ignore[arg-type]
                    evidence=item.get("evidence", ""),
                    **self._item_texts("events", item),
                )
                for item in data.get("events", ())
            ),
            quotes=tuple(
                Quote(
                    id=item["id"],
                    speaker=item["speaker"],
                    evidence=item.get("evidence", ""),
                    reported=bool(item.get("reported", False)),
                    **self._item_texts("quotes", item),
                )
                for item in data.get("quotes", ())
            ),
            questions=tuple(
                Question(
                    id=item["id"],
                    evidence=item.get("evidence", ""),
                    **self._item_texts("questions", item),
                )
                for item in data.get("questions", ())
            ),
            scenes=tuple(
                Scene(
                    id=item["id"], picture=item.get("picture"), **self._item_texts("scenes", item)
                )
                for item in data.get("scenes", ())
            ),
            play=tuple(self._step(step) for step in data["play"]),
            folder=self.folder,
            content_hash=self.content_hash,
            **self._texts(data, "", PACK_TEXTS),
        )

    def _step(self, step: dict[str, Any]) -> Step:
        kind, body = next(iter(step.items()))
        if kind == SCENE_STEP:
            return SceneStep(scene=body)
        prefix = item_context("play", body["id"], "")
        title = self._texts(body, prefix, (ROUND_TITLE,))["title"] or Text(
            ROUNDS_BY_NAME[kind].default_title, prefix + ROUND_TITLE.key, "A round's default title"
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
