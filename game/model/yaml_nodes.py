"""Compose ``pack.yaml``'s text into YAML nodes safely, and find nodes again by path.

The composer keeps every value's line and column, so the checker can point at it;
:func:`locate` walks the node tree along a path, so positions are looked up only for the
values that need one. Refused here, each with a message: YAML syntax errors, several
documents, anchors and aliases (before anything is expanded), and nesting deep enough to
crash libyaml (measured on the event stream first). :mod:`game.model.plain_data` turns the
nodes into the plain data the checks read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.model.errors import Reporter
from game.model.translation import Translations
from game.model.yaml_errors import explain_syntax_error
from game.model.yaml_paths import locate

try:  # The C composer is several times faster; the pure-Python one gives the same nodes.
    from yaml import CSafeLoader as _Loader

    _C_COMPOSER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _C_COMPOSER = False

MAX_DEPTH = 24
# No mapping of the format has more than 13 keys; a hostile file can hold hundreds of
# thousands, and composing them costs hundreds of megabytes before any check can run.
MAX_KEYS = 64
# Files over this many characters are measured key by key before composing (about 0.2 s
# a MiB); a smaller one composes into at most about 150 MB of nodes.
_SCAN_ALWAYS_OVER = 2 * 1024 * 1024
TAG_PREFIX = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset(
    TAG_PREFIX + name for name in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq")
)
TRUE_WORDS = frozenset(("yes", "true", "on", "y"))
STR_TAG, NULL_TAG, BOOL_TAG, INT_TAG, FLOAT_TAG, TIMESTAMP_TAG, MAP_TAG, SEQ_TAG = (
    TAG_PREFIX + name for name in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq")
)
MERGE_TAG = TAG_PREFIX + "merge"
# Plain scalars whose first character starts none of YAML 1.1's implicit types are text.
_MAYBE_NOT_TEXT = frozenset("yYnNtTfFoO-+0123456789.<~=")
_PLAIN_TAG_CACHE: dict[str, str] = {}


class _PackLoader(_Loader):
    """The safe loader, with a quicker tag resolution for the common case of plain text."""

    def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
        """Return the tag of a node without an explicit one."""
        if kind is ScalarNode:
            if not implicit[0]:
                return STR_TAG  # quoted
            tag = _PLAIN_TAG_CACHE.get(value)  # type: ignore[call-overload]
            if tag is not None:
                return tag
            if value and value[0] not in _MAYBE_NOT_TEXT:  # type: ignore[index]
                return STR_TAG
            tag = super().resolve(kind, value, implicit)
            # A plain scalar's tag depends on its text alone; keys such as `name:` and
            # `text:` repeat thousands of times, so remember the short ones.
            if len(value) <= 32 and len(_PLAIN_TAG_CACHE) < 4096:  # type: ignore[arg-type]
                _PLAIN_TAG_CACHE[value] = tag  # type: ignore[index]
            return tag
        if kind is MappingNode:
            return MAP_TAG
        if kind is SequenceNode:
            return SEQ_TAG
        return super().resolve(kind, value, implicit)  # pragma: no cover - no other kinds


# A token that may start an anchor (&name) or an alias (*name): only then do we scan tokens.
# (A JSON-style flow key allows one right after the colon: {"key":&name value}.)
_ANCHOR_CANDIDATE = re.compile(r"(?:^|[\s\[\]{},:])[&*][^\s\[\]{},]")
# Cheap bounds on nesting: libyaml's C composer recurses without limit and can crash the
# process on absurdly deep input, so suspicious text is measured with the event stream first.
_DEEP_INDENT = re.compile(r"^ {80,}\S", re.MULTILINE)
_COMPACT_NESTING = re.compile(r"(?:[-?][ \t]+){12}")
_FLOW_PAIR = re.compile(r"\[\]|\{\}")
_NOT_FLOW = re.compile(r"[^\[\]{}]+")


@dataclass
class Document:
    """A parsed pack file: its plain data, its node tree, and a map from dicts to their nodes."""

    file: str
    data: object
    root: Node
    mapping_nodes: dict[int, MappingNode] = field(default_factory=dict)

    def position_of(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """Return where the value at ``path`` starts (or the deepest node found on the way)."""
        return position(locate(self.root, path)[1])

    def key_position_of(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """Return where the key of the value at ``path`` starts (None when it has no key)."""
        return position(locate(self.root, path)[0])

    def line_of(self, path: Sequence[str | int]) -> int:
        """Return the line of the value at ``path`` (0 when the file has none)."""
        return (self.position_of(path) or (0, 0))[0]


class StopReading(Exception):
    """Stop reading the file: the reporter already holds the reason."""


def position(node: Node | None) -> tuple[int, int] | None:
    """Return the 1-based line and column where ``node`` starts."""
    if node is None:
        return None
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _mark_position(mark: yaml.Mark | None) -> tuple[int, int]:
    if mark is None:
        return (1, 1)
    return (mark.line + 1, mark.column + 1)


def _reader_position(text: str, offset: int) -> tuple[int, int] | None:
    """Return the line and column of a reader error's offset (bytes for libyaml, else characters)."""
    if not isinstance(offset, int) or offset < 0:
        return None
    if _C_COMPOSER:
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    before = text[:offset]
    return (before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)


def _syntax_error(error: yaml.YAMLError, reporter: Reporter, t: Translations, text: str) -> None:
    if isinstance(error, yaml.MarkedYAMLError):
        explained = explain_syntax_error(error, text, t)
        if explained is not None:
            reporter.error(
                explained.message,
                hint=explained.hint,
                code="yaml-syntax",
                where=(explained.line, explained.column),
            )
            return
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        message = t.gettext("YAML syntax error: {problem}").format(problem=problem)
        hint = ""
        if error.context and error.problem:
            hint = t.gettext("{context} (line {line})").format(
                context=error.context,
                line=(error.context_mark.line + 1) if error.context_mark else "?",
            )
        if "tab" in problem:
            hint = t.gettext("indent with spaces, not tabs")
        reporter.error(message, hint=hint, code="yaml-syntax", where=_mark_position(mark))
    elif isinstance(error, yaml.reader.ReaderError):
        reporter.error(
            t.gettext("the file contains a character YAML does not allow (code {code})").format(
                code=f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
            ),
            hint=t.gettext("remove control characters and save the file as UTF-8"),
            code="encoding",
            where=_reader_position(text, error.position),
        )
    else:
        reporter.error(t.gettext("YAML error: {error}").format(error=error), code="yaml")


def _new_loader(text: str, reporter: Reporter, t: Translations) -> _PackLoader:
    # The pure-Python reader checks every character when it is created, so it can fail here.
    try:
        return _PackLoader(text)
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise StopReading from None


def compose(text: str, reporter: Reporter, t: Translations) -> Node:
    """Return the root node of ``text``; report why and raise StopReading when it cannot be read."""
    _refuse_anchors(text, reporter, t)
    _refuse_deep_nesting(text, reporter, t)
    _refuse_huge_mappings(text, reporter, t)
    return _compose(text, reporter, t)


def too_many_keys(
    reporter: Reporter,
    t: Translations,
    where: tuple[int, int] | None,
    path: Sequence[str | int] = (),
) -> None:
    """Report a mapping with more than MAX_KEYS keys, at its first key over the limit."""
    reporter.error(
        t.gettext("more than {limit} keys in one mapping").format(limit=MAX_KEYS),
        hint=t.gettext("remove the keys the pack format does not have"),
        code="too-many-keys",
        where=where,
        path=path,
    )


def _might_have_huge_mappings(text: str) -> bool:
    """Return True when ``text`` may hold a mapping with more than MAX_KEYS keys.

    Every mapping of a pack but the top one and ``source`` is an item of a list, so a pack
    has a few colons per list item; a file with far more is measured key by key. Dashes in
    a comment or a block of text can hide the colons from that count, so every file over
    ``_SCAN_ALWAYS_OVER`` characters is measured too: smaller ones compose within the
    memory a check may take, and the composed tree is checked again.
    """
    if len(text) > _SCAN_ALWAYS_OVER:
        return True
    items = text.count("- ") + text.count("-\n") + text.count("{") + 16
    return text.count(":") > 16 * items


def _refuse_huge_mappings(text: str, reporter: Reporter, t: Translations) -> None:
    if not _might_have_huge_mappings(text):
        return
    loader = _new_loader(text, reporter, t)
    # One counter per open collection: the number of nodes in it (a mapping's keys and
    # values alternate, so it has count // 2 keys), or -1 for a sequence.
    counts: list[int] = []
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)):
                if counts and counts[-1] >= 0:
                    counts[-1] += 1
                    if counts[-1] > 2 * MAX_KEYS:
                        too_many_keys(reporter, t, _mark_position(event.start_mark))
                        raise StopReading
                if isinstance(event, yaml.MappingStartEvent):
                    counts.append(0)
                elif isinstance(event, yaml.SequenceStartEvent):
                    counts.append(-1)
            elif isinstance(event, yaml.CollectionEndEvent):
                counts.pop()
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise StopReading from None
    finally:
        loader.dispose()


def _compose(text: str, reporter: Reporter, t: Translations) -> Node:
    loader = _new_loader(text, reporter, t)
    try:
        root = loader.get_single_node()
    except yaml.composer.ComposerError as error:
        if "expected a single document" in f"{error.problem} {error.context}":
            reporter.error(
                t.gettext("the file holds more than one YAML document"),
                hint=t.gettext("remove the '---' line; a pack is one document"),
                code="yaml-syntax",
                where=_mark_position(error.problem_mark),
            )
        else:
            _syntax_error(error, reporter, t, text)
        raise StopReading from None
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise StopReading from None
    finally:
        loader.dispose()
    if root is None:
        reporter.error(
            t.gettext("the file is empty"),
            hint=t.gettext("start from the template: okuya new-pack FOLDER"),
            code="empty",
        )
        raise StopReading
    return root


def _refuse_anchors(text: str, reporter: Reporter, t: Translations) -> None:
    if _ANCHOR_CANDIDATE.search(text) is None:
        return
    loader = _new_loader(text, reporter, t)
    found = False
    aliases_seen: set[str] = set()
    try:
        while loader.check_token():
            token = loader.get_token()
            if isinstance(token, yaml.AliasToken):
                # One report per alias name: a "billion laughs" file repeats each many times.
                if token.value in aliases_seen:
                    continue
                aliases_seen.add(token.value)
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                found = True
                what = (
                    t.gettext("anchor '&{name}'")
                    if isinstance(token, yaml.AnchorToken)
                    else t.gettext("alias '*{name}'")
                ).format(name=token.value)
                reporter.error(
                    t.gettext("{what}: anchors and aliases are not allowed in packs").format(
                        what=what
                    ),
                    hint=t.gettext("write the value out in full, or put the text in quotes"),
                    code="anchor",
                    where=_mark_position(token.start_mark),
                )
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise StopReading from None
    finally:
        loader.dispose()
    if found:
        raise StopReading


def _refuse_deep_nesting(text: str, reporter: Reporter, t: Translations) -> None:
    if not _might_nest_deeply(text):
        return
    loader = _new_loader(text, reporter, t)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    reporter.error(
                        t.gettext("values are nested more than {limit} levels deep").format(
                            limit=MAX_DEPTH
                        ),
                        hint=t.gettext("keep the layout of the example pack"),
                        code="too-deep",
                        where=_mark_position(event.start_mark),
                    )
                    raise StopReading
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        # libyaml 0.2.5 and later stop at their own depth limit while scanning ahead in flow
        # style, before the parser has emitted the events counted above: the same problem.
        if "nesting depth" in str(getattr(error, "problem", "") or ""):
            reporter.error(
                t.gettext("values are nested more than {limit} levels deep").format(
                    limit=MAX_DEPTH
                ),
                hint=t.gettext("keep the layout of the example pack"),
                code="too-deep",
                where=_mark_position(getattr(error, "problem_mark", None)),
            )
        else:
            _syntax_error(error, reporter, t, text)
        raise StopReading from None
    finally:
        loader.dispose()


def _might_nest_deeply(text: str) -> bool:
    if _DEEP_INDENT.search(text) or _COMPACT_NESTING.search(text):
        return True
    brackets = _NOT_FLOW.sub("", text)
    # Each pass removes the innermost bracket pairs, so the number of passes is the depth.
    for _ in range(MAX_DEPTH):
        reduced = _FLOW_PAIR.sub("", brackets)
        if reduced == brackets:
            return False
        brackets = reduced
    return True
