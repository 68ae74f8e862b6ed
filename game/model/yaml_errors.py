"""Explain a YAML syntax error in a teacher's words, on the line where the mistake is.

PyYAML names the place where it gave up, which is often the line after the mistake, in
parser words ("could not find expected ':'", "did not find expected key"). This module
reads the text around that place and names the mistake a teacher made: a key without its
colon, a colon inside a plain value, a bracket or quotation mark never closed, an
apostrophe inside single quotes, a key or list item indented like no line above it, an
item without its ``- ``. It returns None when it does not recognise the mistake, and the
caller keeps the parser's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import yaml

from game.model.translation import Translations

# A line of a block mapping: indentation, an optional "- ", a plain key, a colon.
_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*):(?:\s|$)")
# A key written with no space after its colon: "role:lunar module pilot".
_KEY_NO_SPACE = re.compile(r"^(?P<lead> *(?:- +)?)(?P<key>[A-Za-z_][\w-]*):(?P<value>\S.*)$")
# A first word, then more words: "role lunar module pilot", "- id kranz".
_WORDS = re.compile(r"^(?P<lead> *(?:- +)?)(?P<key>[A-Za-z_][\w-]*) +(?P<value>\S.*)$")
# The line breaks YAML counts (its marks' line numbers count the same ones).
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_BLOCK_SCALAR = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")
_VALUE_START = re.compile(r"^ *(?:- +)?(?:[A-Za-z_][\w-]*: +)?")


@dataclass(frozen=True)
class SyntaxExplanation:
    """Where a YAML mistake is (1-based line and column), what it is, and how to fix it."""

    line: int
    column: int
    message: str
    hint: str


class _Around(NamedTuple):
    """The lines of the file and where the parser stopped (0-based lines, its words)."""

    lines: list[str]
    problem_line: int
    context_line: int
    column: int
    problem: str


def explain_syntax_error(
    error: yaml.MarkedYAMLError, text: str, t: Translations
) -> SyntaxExplanation | None:
    """Return the teacher's mistake behind ``error`` in ``text``, or None when not recognised."""
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return None
    lines = _LINE_BREAK.split(text)
    problem = f"{error.problem or ''} {error.context or ''}"
    problem_line = min(mark.line, len(lines) - 1)
    context_line = error.context_mark.line if error.context_mark is not None else problem_line
    if "tab" in problem or "'\\t'" in problem:  # libyaml's words, then PyYAML's
        return SyntaxExplanation(
            problem_line + 1,
            1,
            t.gettext("this line is indented with a tab; YAML allows only spaces"),
            t.gettext("indent with spaces, not tabs"),
        )
    for explain in (
        _unclosed_bracket,
        _quote_mistake,
        _simple_key,
        _colon_inside_value,
        _no_space_after_dash,
        _misplaced_list_item,
        _key_without_colon_above,
        _indentation,
    ):
        found = explain(_Around(lines, problem_line, context_line, mark.column, problem), t)
        if found is not None:
            return found
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _significant(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _previous(lines: list[str], number: int) -> int | None:
    """Return the number of the last line before ``number`` that is not blank or a comment."""
    for candidate in range(number - 1, -1, -1):
        if _significant(lines[candidate]):
            return candidate
    return None


def _key_column(line: str) -> int | None:
    """Return the column where a key line's key starts (after any "- "), or None."""
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    return len(match.group("indent")) + len(match.group("dash") or "")


def _in_block_text(lines: list[str], number: int) -> bool:
    """Return True when line ``number`` is inside a ``|`` or ``>`` block of text."""
    indent = _indent(lines[number])
    for candidate in range(number - 1, -1, -1):
        line = lines[candidate]
        if not _significant(line) or _indent(line) >= indent:
            continue
        return _BLOCK_SCALAR.search(line) is not None
    return False


def _quoted(key: str, value: str) -> str:
    """Return ``key: "value"``, quoted the way YAML reads it back unchanged."""
    value = value.strip()
    if '"' in value and "'" not in value:
        return f"{key}: '{value}'"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{key}: "{escaped}"'


def _unclosed_bracket(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, context_line, problem = around.lines, around.context_line, around.problem
    if "flow sequence" in problem:
        opening, closing = "[", "]"
    elif "flow mapping" in problem:
        opening, closing = "{", "}"
    else:
        return None
    line = lines[context_line]
    depth = 0
    for character in _outside_quotes(line):
        if character == opening:
            depth += 1
        elif character == closing:
            depth -= 1
    if depth <= 0:
        return None
    return SyntaxExplanation(
        context_line + 1,
        line.find(opening) + 1,
        t.gettext("the '{bracket}' opened on line {line} is never closed").format(
            bracket=opening, line=context_line + 1
        ),
        t.gettext("end the list with '{bracket}' on the same line").format(bracket=closing)
        if opening == "["
        else t.gettext("end it with '{bracket}' on the same line").format(bracket=closing),
    )


def _outside_quotes(line: str) -> str:
    """Return the characters of ``line`` that are not inside quotation marks or a comment."""
    kept: list[str] = []
    quote = ""
    for index, character in enumerate(line):
        if quote:
            if character == quote:
                quote = ""
        elif character in "\"'" and (index == 0 or line[index - 1] in " [{,:"):
            quote = character
        elif character == "#" and (index == 0 or line[index - 1] == " "):
            break
        else:
            kept.append(character)
    return "".join(kept)


def _quoted_value_state(line: str) -> tuple[str, str, int] | None:
    """Return (mistake, quote, column) for a value that starts with a quote and goes wrong."""
    start = _VALUE_START.match(line)
    offset = start.end() if start else 0
    if offset >= len(line) or line[offset] not in "\"'":
        return None
    quote = line[offset]
    index = offset + 1
    while index < len(line):
        character = line[index]
        if quote == '"' and character == "\\":
            index += 2
            continue
        if character == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2  # '' is an apostrophe inside single quotes
                continue
            rest = line[index + 1 :].strip()
            if rest and not rest.startswith("#"):
                return ("text-after", quote, offset + 1)
            return None
        index += 1
    return ("unclosed", quote, offset + 1)


def _quote_mistake(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line, context_line = around.lines, around.problem_line, around.context_line
    # Only the lines the parser was reading when it stopped: a quoted value may span lines.
    for number in range(problem_line, min(context_line, problem_line) - 1, -1):
        line = lines[number]
        if not _significant(line):
            continue
        state = _quoted_value_state(line)
        if state is None:
            continue
        mistake, quote, where = state
        if mistake == "text-after" and quote == "'":
            key = _KEY_LINE.match(line)
            inner = line[where : line.rstrip().rfind("'")]
            fixed = (
                _quoted(f"{key.group('dash') or ''}{key.group('key')}", inner)
                if key is not None and line.rstrip().endswith("'")
                else ""
            )
            return SyntaxExplanation(
                number + 1,
                where,
                t.gettext("an apostrophe inside '…' must be doubled ('') or use \"…\""),
                t.gettext("write {fixed}").format(fixed=fixed)
                if fixed
                else t.gettext("write it as 'That''s …' or as \"That's …\""),
            )
        if mistake == "text-after":
            return SyntaxExplanation(
                number + 1,
                where,
                t.gettext('a quotation mark inside "…" must be written \\" or use \'…\''),
                t.gettext("put the whole value in single quotes: '… \"word\" …'"),
            )
        return SyntaxExplanation(
            number + 1,
            where,
            t.gettext("the quotation mark opened on line {line} is never closed").format(
                line=number + 1
            ),
            t.gettext("end the text with {quote} on the same line").format(quote=quote),
        )
    return None


def _simple_key(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, context_line, problem = around.lines, around.context_line, around.problem
    if "could not find expected ':'" not in problem:
        return None
    line = lines[context_line]
    return _without_colon(line, context_line, t)


def _without_colon(line: str, number: int, t: Translations) -> SyntaxExplanation | None:
    no_space = _KEY_NO_SPACE.match(line)
    if no_space is not None:
        fixed = (
            f"{no_space.group('lead').strip()} {no_space.group('key')}: {no_space.group('value')}"
        )
        return SyntaxExplanation(
            number + 1,
            _indent(line) + 1,
            t.gettext("'{line}' has no space after its colon").format(line=line.strip()),
            t.gettext("write '{fixed}'").format(fixed=fixed.strip()),
        )
    words = _WORDS.match(line)
    if words is None:
        return SyntaxExplanation(
            number + 1,
            _indent(line) + 1,
            t.gettext("'{line}' has no colon").format(line=line.strip()),
            t.gettext("write a key, a colon and a space before the value, such as 'name: Ana'"),
        )
    fixed = f"{words.group('lead').strip()} {words.group('key')}: {words.group('value')}"
    return SyntaxExplanation(
        number + 1,
        _indent(line) + 1,
        t.gettext("'{line}' has no colon").format(line=line.strip()),
        t.gettext("write '{fixed}'").format(fixed=fixed.strip()),
    )


def _colon_inside_value(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line, column, problem = (
        around.lines,
        around.problem_line,
        around.column,
        around.problem,
    )
    if "mapping values are not allowed" not in problem:
        return None
    line = lines[problem_line]
    match = _KEY_LINE.match(line)
    if match is None or match.end() > column:
        return None
    key = f"{match.group('dash') or ''}{match.group('key')}"
    value = line[match.end() :]
    return SyntaxExplanation(
        problem_line + 1,
        match.end() + 1,
        t.gettext("this text contains ': '"),
        t.gettext("put the whole value in quotes: {fixed}").format(fixed=_quoted(key, value)),
    )


def _no_space_after_dash(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line = around.lines, around.problem_line
    stripped = lines[problem_line].strip()
    if not stripped.startswith("-") or stripped[1:2] in ("", " ", "-"):
        return None
    return SyntaxExplanation(
        problem_line + 1,
        _indent(lines[problem_line]) + 1,
        t.gettext("put a space after '-' to start a list item"),
        t.gettext("write '{fixed}'").format(fixed=f"- {stripped[1:]}"),
    )


def _misplaced_list_item(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line = around.lines, around.problem_line
    line = lines[problem_line]
    if not line.strip().startswith("- "):
        return None
    indent = _indent(line)
    for number in range(problem_line - 1, -1, -1):
        other = lines[number]
        if not _significant(other) or not other.strip().startswith("- "):
            continue
        expected = _indent(other)
        if expected == indent:
            return None
        if indent < expected:
            return SyntaxExplanation(
                problem_line + 1,
                indent + 1,
                t.gettext("this list item starts at column {column}").format(column=indent + 1),
                t.gettext(
                    "the items above it start at column {column}; indent it like them"
                ).format(column=expected + 1),
            )
        return SyntaxExplanation(
            problem_line + 1,
            indent + 1,
            t.ngettext(
                "this list item is indented {count} space; the items above it use {expected}",
                "this list item is indented {count} spaces; the items above it use {expected}",
                indent,
            ).format(count=indent, expected=expected),
            t.gettext("indent it like the items above it"),
        )
    return None


def _key_without_colon_above(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line, problem = around.lines, around.problem_line, around.problem
    if "mapping values are not allowed" not in problem:
        return None
    above = _previous(lines, problem_line)
    if above is None or ":" in _outside_quotes(lines[above]) or _in_block_text(lines, above):
        return None
    return _without_colon(lines[above], above, t)


def _indentation(around: _Around, t: Translations) -> SyntaxExplanation | None:
    lines, problem_line = around.lines, around.problem_line
    line = lines[problem_line]
    if _KEY_LINE.match(line) is None:
        return None
    indent = _indent(line)
    above = _previous(lines, problem_line)
    expected = _key_column(lines[above]) if above is not None else None
    if expected is None or expected == indent:
        return None
    # A key at the indentation of the list's "- " lines is an item that lost its dash.
    for number in range(problem_line - 1, -1, -1):
        other = lines[number]
        if _significant(other) and _indent(other) <= indent:
            if _indent(other) == indent and other.strip().startswith("- "):
                return SyntaxExplanation(
                    problem_line + 1,
                    indent + 1,
                    t.gettext("this item has no '- '"),
                    t.gettext("start the item with '- ': {fixed}").format(
                        fixed=f"- {line.strip()}"
                    ),
                )
            break
    return SyntaxExplanation(
        problem_line + 1,
        indent + 1,
        t.ngettext(
            "this line is indented {count} space; the keys above it use {expected}",
            "this line is indented {count} spaces; the keys above it use {expected}",
            indent,
        ).format(count=indent, expected=expected),
        t.gettext("indent it like the keys of the same item"),
    )
