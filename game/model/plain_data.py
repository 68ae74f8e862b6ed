"""Turn YAML nodes into plain data (dicts, lists, text, numbers), refusing what a pack must not hold.

Refused here: tags other than YAML's core ones (``!!python/object``, ``!!binary``, merge
keys), keys that are not plain values, duplicate keys, and nesting deeper than a pack needs.
Keys keep their written text and dates stay text. ``Document.mapping_nodes`` ties each
plain dict back to its node.
"""

from __future__ import annotations

import math
import re
import unicodedata

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.model.errors import Reporter
from game.model.translation import Translations
from game.model.yaml_nodes import (
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    MAP_TAG,
    MAX_DEPTH,
    MAX_KEYS,
    MERGE_TAG,
    NULL_TAG,
    PLAIN_TAGS,
    SEQ_TAG,
    STR_TAG,
    TAG_PREFIX,
    TIMESTAMP_TAG,
    TRUE_WORDS,
    Document,
    StopReading,
    compose,
    position,
    too_many_keys,
)
from game.model.yaml_paths import path_of, paths_of

# A pack needs small numbers only (format 1, a time limit, a year); Python refuses to turn
# an integer of more than 4,300 digits into text, and a long sexagesimal one (1:2:3:...)
# takes quadratic time to build.
MAX_NUMBER_CHARACTERS = 100
FALSE_WORDS = frozenset(("no", "false", "off", "n"))
NULL_WORDS = frozenset(("", "~", "null"))
# Characters the game cannot draw (pygame refuses a NUL; escapes such as ESC or BEL show as
# boxes or worse): every control character but tab and newline, and lone surrogates. In a
# pack they can come only from escapes in "double-quoted" text (\x00, \e, \a, \ud800).
UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def parse(text: str, reporter: Reporter, t: Translations) -> Document | None:
    """Compose ``text`` into nodes and plain data; report problems; None when it cannot go on."""
    try:
        root = compose(text, reporter, t)
        document = Document(reporter.file, None, root)
        converter = _Converter(document, reporter, t)
        document.data = converter.convert_document(root)
    except StopReading:
        return None
    except (RecursionError, MemoryError):
        reporter.error(
            t.gettext("the file is too large or too deeply nested to read"),
            hint=t.gettext("split long texts and keep the layout of the example pack"),
            code="too-large",
        )
        return None
    if converter.bad_tags:
        # A refused tag leaves a hole in the data; checking on would only echo it.
        return None
    # Only escapes ("\\x00") make control characters, and only non-ASCII text (or an
    # escape) makes a text of zero-width characters: ASCII files without a backslash skip
    # the walk.
    if "\\" in text or not text.isascii():
        _refuse_unshowable(document, reporter, t)
    # Duplicate keys (the first is kept) and non-plain keys (dropped) leave sound data, so
    # the structure and the rules are still checked: every problem is reported at once.
    return document


class _Converter:
    """Turn nodes into plain data, refusing what a pack must not contain.

    This runs once per node of the file, so it avoids per-node allocations beyond the
    result itself: paths are worked out afterwards, only for the nodes that have a problem.
    """

    def __init__(self, document: Document, reporter: Reporter, t: Translations) -> None:
        self.document = document
        self.reporter = reporter
        self.t = t
        self.constructor = yaml.constructor.SafeConstructor()
        self.bad_tags: list[Node] = []
        self.bad_keys: list[Node] = []
        # (node, why): an explicit tag that does not fit its value, a NaN or an infinity,
        # a number written with too many characters.
        self.bad_values: list[tuple[Node, str, str, str]] = []
        self.duplicates: list[tuple[Node, Node, Node, MappingNode]] = []
        self.collections_seen: set[int] = set()

    def convert_document(self, root: Node) -> object:
        """Return the plain value of ``root`` and report what was refused on the way."""
        data = self.convert(root, 0)
        # One walk finds the paths of every refused node, however many there are.
        paths = paths_of(
            root,
            [
                *self.bad_tags,
                *self.bad_keys,
                *(again for _, again, _, _ in self.duplicates),
                *(node for node, _, _, _ in self.bad_values),
            ],
        )
        for node, message, hint, code in self.bad_values:
            self.reporter.error(
                message,
                hint=hint,
                code=code,
                where=position(node),
                path=paths.get(id(node), ()),
            )
        for node in self.bad_tags:
            self._bad_tag(node, paths.get(id(node), ()))
        for node in self.bad_keys:
            self.reporter.error(
                self.t.gettext("a key must be a plain word"),
                hint=self.t.gettext("use keys such as 'id', 'text' or 'when'"),
                code="bad-key",
                where=position(node),
                path=paths.get(id(node), ()),
            )
        # An item without its "- " repeats the keys of the item above: say so once, at its
        # first key, instead of "keep one" for each key (which would delete a person).
        forgotten: dict[int, int] = {}
        for first, again, value, mapping in self.duplicates:
            key = again.value
            path = paths.get(id(again), ())
            line = again.start_mark.line
            if id(mapping) in forgotten and line >= forgotten[id(mapping)]:
                continue
            message = self.t.gettext("duplicate key '{key}'").format(key=key)
            hint = self.t.gettext("the first '{key}' is on line {line}; keep one").format(
                key=key, line=first.start_mark.line + 1
            )
            if (
                len(path) >= 2
                and isinstance(path[-2], int)
                and mapping.value[0][0] is first
                and isinstance(value, ScalarNode)
            ):
                forgotten[id(mapping)] = line
                message, hint = forgotten_dash_hint(key, value.value, self.t)
            self.reporter.error(
                message, hint=hint, code="duplicate-key", where=position(again), path=path
            )
        return data

    def convert(self, node: Node, depth: int) -> object:
        """Return the plain value of ``node``."""
        kind = node.__class__
        tag = node.tag
        if kind is ScalarNode:
            if tag == STR_TAG:
                return node.value
            return self._scalar(node, tag)
        if depth > MAX_DEPTH:
            self.reporter.error(
                self.t.gettext("values are nested more than {limit} levels deep").format(
                    limit=MAX_DEPTH
                ),
                hint=self.t.gettext("keep the layout of the example pack"),
                code="too-deep",
                where=position(node),
                path=path_of(self.document.root, node),
            )
            raise StopReading
        # Anchors are refused before composing; this second guard makes sure a shared node
        # (an alias the scan missed) is never expanded, so no "billion laughs" can grow here.
        if id(node) in self.collections_seen:
            self.reporter.error(
                self.t.gettext("anchors and aliases are not allowed in packs"),
                hint=self.t.gettext("write the value out in full, or put the text in quotes"),
                code="anchor",
                where=position(node),
                path=path_of(self.document.root, node),
            )
            raise StopReading
        self.collections_seen.add(id(node))
        convert = self.convert
        depth += 1
        if kind is SequenceNode:
            if tag != SEQ_TAG:
                self.bad_tags.append(node)
            return [
                item.value
                if item.__class__ is ScalarNode and item.tag == STR_TAG
                else convert(item, depth)
                for item in node.value
            ]
        if tag != MAP_TAG:
            self.bad_tags.append(node)
        if len(node.value) > MAX_KEYS:
            # Normally refused before composing (yaml_nodes); this guard covers any file
            # that slipped past that cheap test, so no rule runs over a million keys.
            key_node = node.value[MAX_KEYS][0]
            too_many_keys(
                self.reporter,
                self.t,
                position(key_node),
                path_of(self.document.root, node),
            )
            raise StopReading
        result: dict[str, object] = {}
        first_keys: dict[str, Node] | None = None
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode or key_node.tag not in PLAIN_TAGS:
                if key_node.tag == MERGE_TAG:
                    self.bad_tags.append(key_node)
                else:
                    self.bad_keys.append(key_node)
                continue
            # Keys keep their written text, so that `on:` or `no:` stay words, not booleans.
            key = key_node.value
            if key in result:
                if first_keys is None:  # built once, on the first duplicate of this mapping
                    first_keys = {}
                    for candidate, _ in node.value:
                        if candidate.__class__ is ScalarNode:
                            first_keys.setdefault(candidate.value, candidate)
                self.duplicates.append((first_keys[key], key_node, value_node, node))
                continue
            if value_node.__class__ is ScalarNode and value_node.tag == STR_TAG:
                result[key] = value_node.value
            else:
                result[key] = convert(value_node, depth)
        self.document.mapping_nodes[id(result)] = node
        return result

    def _scalar(self, node: ScalarNode, tag: str) -> object:
        value = node.value
        if tag == TIMESTAMP_TAG:
            # Dates stay text: When.parse reads them with their precision.
            return value
        if tag == NULL_TAG:
            if value.lower() in NULL_WORDS:
                return None
            return self._misfit(node, "!!null")
        if tag == BOOL_TAG:
            word = value.lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            return self._misfit(node, "!!bool")
        if tag in (INT_TAG, FLOAT_TAG):
            if len(value) > MAX_NUMBER_CHARACTERS:
                self.bad_values.append(
                    (
                        node,
                        self.t.gettext(
                            "this number is written with {count} characters; the most "
                            "allowed is {limit}"
                        ).format(count=len(value), limit=MAX_NUMBER_CHARACTERS),
                        self.t.gettext("if it is text, put it in quotes"),
                        "bad-number",
                    )
                )
                return value
            try:
                if tag == INT_TAG:
                    return self.constructor.construct_yaml_int(node)
                number = self.constructor.construct_yaml_float(node)
            except (ValueError, yaml.YAMLError):
                return self._misfit(node, "!!int" if tag == INT_TAG else "!!float")
            if math.isnan(number) or math.isinf(number):
                self.bad_values.append(
                    (
                        node,
                        self.t.gettext("'{value}' is not a number the game can use").format(
                            value=value
                        ),
                        self.t.gettext(
                            "write an ordinary number, such as 60; if it is text, put it in quotes"
                        ),
                        "bad-number",
                    )
                )
            return number
        self.bad_tags.append(node)
        return None

    def _misfit(self, node: ScalarNode, shown: str) -> str:
        """Record that ``node``'s explicit tag does not fit its text; return the text."""
        self.bad_values.append(
            (
                node,
                self.t.gettext("'{value}' cannot be read as {tag}").format(
                    value=node.value, tag=shown
                ),
                self.t.gettext("remove the tag '{tag}'").format(tag=shown),
                "bad-tag",
            )
        )
        return node.value

    def _bad_tag(self, node: Node, path: tuple[str | int, ...]) -> None:
        tag = node.tag
        shown = "!!" + tag[len(TAG_PREFIX) :] if tag.startswith(TAG_PREFIX) else tag
        if tag == TAG_PREFIX + "merge":
            message = self.t.gettext("merge keys ('<<') are not allowed in packs")
            hint = self.t.gettext("write every key out in full")
        else:
            message = self.t.gettext("the tag '{tag}' is not allowed in packs").format(tag=shown)
            hint = self.t.gettext("remove the tag; write plain text, numbers, lists and mappings")
        self.reporter.error(message, hint=hint, code="bad-tag", where=position(node), path=path)


def forgotten_dash_hint(key: str, value: str, t: Translations) -> tuple[str, str]:
    """Return the message and hint for an item whose keys repeat the item above (no ``- ``)."""
    return (
        t.gettext(
            "duplicate key '{key}': this item has no '- ', so its keys repeat the item above"
        ).format(key=key),
        t.gettext("start the item with '- ': {fixed}").format(fixed=f"- {key}: {value}"),
    )


def shows_nothing(value: str) -> bool:
    """Return True when every character of ``value`` is drawn with zero width.

    pygame refuses to draw such a text ("Text has zero width"): format characters such as
    U+200B or U+FEFF, and combining marks with nothing to combine with. (A text of spaces
    is drawn, as a blank.)
    """
    return all(unicodedata.category(character) in _ZERO_WIDTH_CATEGORIES for character in value)


_ZERO_WIDTH_CATEGORIES = frozenset(("Cf", "Mn", "Me"))


def _refuse_unshowable(document: Document, reporter: Reporter, t: Translations) -> None:
    """Report every text (or key) holding a character the game cannot draw, or nothing to draw."""
    found: list[tuple[ScalarNode, str]] = []
    blank: list[ScalarNode] = []
    stack: list[tuple[Node, bool]] = [(document.root, False)]
    while stack:
        node, is_key = stack.pop()
        if isinstance(node, ScalarNode):
            # Only "double-quoted" text has escapes; any other style is plain characters,
            # which the reader already checked.
            if node.style == '"':
                match = UNSHOWABLE.search(node.value)
                if match is not None:
                    found.append((node, match.group()))
                    continue
            if (
                not is_key
                and node.tag == STR_TAG
                and node.value
                and not node.value[0].isalnum()
                and shows_nothing(node.value)
            ):
                blank.append(node)
        elif isinstance(node, SequenceNode):
            stack.extend((item, False) for item in node.value)
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                stack.append((key_node, True))
                stack.append((value_node, False))
    if not found and not blank:
        return
    paths = paths_of(document.root, [*(node for node, _ in found), *blank])
    for node, character in found:
        reporter.error(
            t.gettext(
                "the text holds the control character {code}, which the game cannot show"
            ).format(code=f"U+{ord(character):04X}"),
            hint=t.gettext(
                'remove it; inside "…" a backslash starts an escape such as \\x00 or \\e'
            ),
            code="control-character",
            where=position(node),
            path=paths.get(id(node), ()),
        )
    for node in blank:
        reporter.error(
            t.gettext("this text has only invisible characters, which the game cannot show"),
            hint=t.gettext("write the text, or remove the key"),
            code="empty-text",
            where=position(node),
            path=paths.get(id(node), ()),
        )
