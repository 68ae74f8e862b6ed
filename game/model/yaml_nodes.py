"""Read ``pack.yaml`` safely: bytes to text, text to YAML nodes, nodes to plain data.

The composer keeps every value's line and column, so the checker can point at it. The
plain data (dicts, lists, strings, numbers) is what jsonschema and the semantic checks
read; ``mapping_nodes`` ties each plain dict back to its node, and :func:`locate` walks the
node tree along a path, so positions are looked up only for the values that need one.

Refused here, each with a message: files that are not UTF-8, files over the size limit,
YAML syntax errors, several documents, anchors and aliases, tags other than the core
ones, duplicate keys, keys that are not plain values, and nesting deeper than a pack needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.i18n.translator import Translator
from game.model.errors import Reporter

try:  # The C composer is several times faster; the pure-Python one gives the same nodes.
    from yaml import CSafeLoader as _Loader

    _C_COMPOSER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _C_COMPOSER = False

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 24
TAG_PREFIX = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset(
    TAG_PREFIX + name for name in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq")
)
_TRUE_WORDS = frozenset(("yes", "true", "on", "y"))
_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP, _MAP, _SEQ = (
    TAG_PREFIX + name for name in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq")
)
_MERGE = TAG_PREFIX + "merge"
# Plain scalars whose first character starts none of YAML 1.1's implicit types are text.
_MAYBE_NOT_TEXT = frozenset("yYnNtTfFoO-+0123456789.<~=")


class _PackLoader(_Loader):
    """The safe loader, with a quicker tag resolution for the common case of plain text."""

    def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
        """Return the tag of a node without an explicit one."""
        if kind is ScalarNode and (
            not implicit[0] or (value and value[0] not in _MAYBE_NOT_TEXT)  # type: ignore[index]
        ):
            return _STR
        return super().resolve(kind, value, implicit)


# A token that may start an anchor (&name) or an alias (*name): only then do we scan tokens.
_ANCHOR_CANDIDATE = re.compile(r"(?:^|[\s\[\]{},])[&*][^\s\[\]{},]")
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


class _Stop(Exception):
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


def decode(raw: bytes, reporter: Reporter, t: Translator) -> str | None:
    """Return ``raw`` as text, or report why it is not UTF-8 and return None."""
    if raw.startswith(b"\xef\xbb\xbf"):
        # A UTF-8 byte order mark is harmless (Windows Notepad writes one): accept it.
        raw = raw[3:]
    hint = t.gettext("save the file as UTF-8")
    for bom, name in (
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\xfe\xff", "UTF-16"),
        (b"\xff\xfe", "UTF-16"),
    ):
        if raw.startswith(bom):
            reporter.error(
                (1, 1),
                "",
                t.gettext("the file is saved as {encoding}, not UTF-8").format(encoding=name),
                hint,
                "encoding",
            )
            return None
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        reporter.error(
            _offset_position(raw, offset),
            "",
            t.gettext("the file contains NUL bytes; it looks like UTF-16, not UTF-8"),
            hint,
            "encoding",
        )
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = raw[error.start]
        reporter.error(
            _offset_position(raw, error.start),
            "",
            t.gettext(
                "byte 0x{byte:02X} is not valid UTF-8; the file looks like it was saved in a "
                "legacy encoding such as Latin-1 or Windows-1251"
            ).format(byte=byte),
            hint,
            "encoding",
        )
        return None


def _offset_position(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return (raw.count(b"\n", 0, offset) + 1, column)


def parse(text: str, reporter: Reporter, t: Translator) -> Document | None:
    """Compose ``text`` into nodes and plain data; report every problem found and return None on error."""
    try:
        _refuse_anchors(text, reporter, t)
        _refuse_deep_nesting(text, reporter, t)
        root = _compose(text, reporter, t)
        document = Document(reporter.file, None, root)
        document.data = _Converter(document, reporter, t).convert_document(root)
    except _Stop:
        return None
    except (RecursionError, MemoryError):
        reporter.error(
            None,
            "",
            t.gettext("the file is too large or too deeply nested to read"),
            t.gettext("split long texts and keep the layout of the example pack"),
            "too-large",
        )
        return None
    if reporter.has_errors:
        return None
    return document


def _reader_position(text: str, offset: int) -> tuple[int, int] | None:
    """Return the line and column of a reader error's offset (bytes for libyaml, else characters)."""
    if not isinstance(offset, int) or offset < 0:
        return None
    if _C_COMPOSER:
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    before = text[:offset]
    return (before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)


def _syntax_error(error: yaml.YAMLError, reporter: Reporter, t: Translator, text: str) -> None:
    if isinstance(error, yaml.MarkedYAMLError):
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
        reporter.error(_mark_position(mark), "", message, hint, "yaml-syntax")
    elif isinstance(error, yaml.reader.ReaderError):
        reporter.error(
            _reader_position(text, error.position),
            "",
            t.gettext("the file contains a character YAML does not allow (code {code})").format(
                code=f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
            ),
            t.gettext("remove control characters and save the file as UTF-8"),
            "encoding",
        )
    else:
        reporter.error(None, "", t.gettext("YAML error: {error}").format(error=error), "", "yaml")


def _new_loader(text: str, reporter: Reporter, t: Translator) -> _PackLoader:
    # The pure-Python reader checks every character when it is created, so it can fail here.
    try:
        return _PackLoader(text)
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise _Stop from None


def _compose(text: str, reporter: Reporter, t: Translator) -> Node:
    loader = _new_loader(text, reporter, t)
    try:
        root = loader.get_single_node()
    except yaml.composer.ComposerError as error:
        if "expected a single document" in f"{error.problem} {error.context}":
            reporter.error(
                _mark_position(error.problem_mark),
                "",
                t.gettext("the file holds more than one YAML document"),
                t.gettext("remove the '---' line; a pack is one document"),
                "yaml-syntax",
            )
        else:
            _syntax_error(error, reporter, t, text)
        raise _Stop from None
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise _Stop from None
    finally:
        loader.dispose()
    if root is None:
        reporter.error(
            None,
            "",
            t.gettext("the file is empty"),
            t.gettext("start from the template: okuya new-pack FOLDER"),
            "empty",
        )
        raise _Stop
    return root


def _refuse_anchors(text: str, reporter: Reporter, t: Translator) -> None:
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
                    _mark_position(token.start_mark),
                    "",
                    t.gettext("{what}: anchors and aliases are not allowed in packs").format(
                        what=what
                    ),
                    t.gettext("write the value out in full, or put the text in quotes"),
                    "anchor",
                )
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise _Stop from None
    finally:
        loader.dispose()
    if found:
        raise _Stop


def _refuse_deep_nesting(text: str, reporter: Reporter, t: Translator) -> None:
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
                        _mark_position(event.start_mark),
                        "",
                        t.gettext("values are nested more than {limit} levels deep").format(
                            limit=MAX_DEPTH
                        ),
                        t.gettext("keep the layout of the example pack"),
                        "too-deep",
                    )
                    raise _Stop
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        _syntax_error(error, reporter, t, text)
        raise _Stop from None
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


class _Converter:
    """Turn nodes into plain data, refusing what a pack must not contain.

    This runs once per node of the file, so it avoids per-node allocations beyond the
    result itself: paths are worked out afterwards, only for the nodes that have a problem.
    """

    def __init__(self, document: Document, reporter: Reporter, t: Translator) -> None:
        self.document = document
        self.reporter = reporter
        self.t = t
        self.constructor = yaml.constructor.SafeConstructor()
        self.bad_tags: list[Node] = []
        self.bad_keys: list[Node] = []
        self.duplicates: list[tuple[Node, Node]] = []

    def convert_document(self, root: Node) -> object:
        """Return the plain value of ``root`` and report what was refused on the way."""
        data = self.convert(root, 0)
        for node in self.bad_tags:
            self._bad_tag(node)
        for node in self.bad_keys:
            self.reporter.error(
                position(node),
                path_of(root, node),
                self.t.gettext("a key must be a plain word"),
                self.t.gettext("use keys such as 'id', 'text' or 'when'"),
                "bad-key",
            )
        for first, again in self.duplicates:
            key = again.value
            self.reporter.error(
                position(again),
                path_of(root, again),
                self.t.gettext("duplicate key '{key}'").format(key=key),
                self.t.gettext("the first '{key}' is on line {line}; keep one").format(
                    key=key, line=first.start_mark.line + 1
                ),
                "duplicate-key",
            )
        return data

    def convert(self, node: Node, depth: int) -> object:
        """Return the plain value of ``node``."""
        kind = node.__class__
        tag = node.tag
        if kind is ScalarNode:
            if tag == _STR:
                return node.value
            return self._scalar(node, tag)
        if depth > MAX_DEPTH:
            self.reporter.error(
                position(node),
                path_of(self.document.root, node),
                self.t.gettext("values are nested more than {limit} levels deep").format(
                    limit=MAX_DEPTH
                ),
                self.t.gettext("keep the layout of the example pack"),
                "too-deep",
            )
            raise _Stop
        convert = self.convert
        depth += 1
        if kind is SequenceNode:
            if tag != _SEQ:
                self.bad_tags.append(node)
            return [
                item.value
                if item.__class__ is ScalarNode and item.tag == _STR
                else convert(item, depth)
                for item in node.value
            ]
        if tag != _MAP:
            self.bad_tags.append(node)
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode or key_node.tag not in PLAIN_TAGS:
                if key_node.tag == _MERGE:
                    self.bad_tags.append(key_node)
                else:
                    self.bad_keys.append(key_node)
                continue
            # Keys keep their written text, so that `on:` or `no:` stay words, not booleans.
            key = key_node.value
            if key in result:
                self.duplicates.append((self._first_key(node, key), key_node))
                continue
            if value_node.__class__ is ScalarNode and value_node.tag == _STR:
                result[key] = value_node.value
            else:
                result[key] = convert(value_node, depth)
        self.document.mapping_nodes[id(result)] = node
        return result

    @staticmethod
    def _first_key(node: MappingNode, key: str) -> Node:
        return next(k for k, _ in node.value if isinstance(k, ScalarNode) and k.value == key)

    def _scalar(self, node: ScalarNode, tag: str) -> object:
        if tag == _TIMESTAMP:
            # Dates stay text: When.parse reads them with their precision.
            return node.value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return node.value.lower() in _TRUE_WORDS
        try:
            if tag == _INT:
                return self.constructor.construct_yaml_int(node)
            if tag == _FLOAT:
                return self.constructor.construct_yaml_float(node)
        except (ValueError, yaml.YAMLError):
            return node.value
        self.bad_tags.append(node)
        return None

    def _bad_tag(self, node: Node) -> None:
        tag = node.tag
        shown = "!!" + tag[len(TAG_PREFIX) :] if tag.startswith(TAG_PREFIX) else tag
        if tag == TAG_PREFIX + "merge":
            message = self.t.gettext("merge keys ('<<') are not allowed in packs")
            hint = self.t.gettext("write every key out in full")
        else:
            message = self.t.gettext("the tag '{tag}' is not allowed in packs").format(tag=shown)
            hint = self.t.gettext("remove the tag; write plain text, numbers, lists and mappings")
        self.reporter.error(
            position(node), path_of(self.document.root, node), message, hint, "bad-tag"
        )


def path_of(root: Node, target: Node) -> tuple[str | int, ...]:
    """Return the path from ``root`` to ``target`` (a value or a key node); () when not found."""
    stack: list[tuple[Node, tuple[str | int, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, SequenceNode):
            stack.extend((item, (*path, index)) for index, item in enumerate(node.value))
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, ScalarNode) else "?"
                if key_node is target:
                    return (*path, key)
                stack.append((value_node, (*path, key)))
    return ()


def locate(root: Node, path: tuple[str | int, ...] | list[str | int]) -> tuple[Node | None, Node]:
    """Return the (key node, value node) at ``path``, or the deepest node found on the way."""
    key_node: Node | None = None
    node = root
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            for candidate_key, candidate_value in node.value:
                if isinstance(candidate_key, ScalarNode) and candidate_key.value == part:
                    key_node, node = candidate_key, candidate_value
                    break
            else:
                return key_node, node
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            key_node, node = None, node.value[part]
        else:
            return key_node, node
    return key_node, node


def refuse_size(size: int, reporter: Reporter, t: Translator) -> bool:
    """Report and return True when a file of ``size`` bytes is over the limit."""
    if size <= MAX_FILE_BYTES:
        return False
    reporter.error(
        None,
        "",
        t.gettext("the file is {size} MB; the limit is {limit} MB").format(
            size=round(size / 1048576, 1), limit=MAX_FILE_BYTES // 1048576
        ),
        t.gettext("split the pack into several smaller packs"),
        "too-large",
    )
    return True


def read_bytes_limited(raw: bytes, reporter: Reporter, t: Translator) -> str | None:
    """Check the size of ``raw``, decode it, and return the text (None when refused)."""
    if refuse_size(len(raw), reporter, t):
        return None
    if not raw.strip():
        reporter.error(
            None,
            "",
            t.gettext("the file is empty"),
            t.gettext("start from the template: okuya new-pack FOLDER"),
            "empty",
        )
        return None
    return decode(raw, reporter, t)
