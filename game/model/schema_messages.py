"""What the checker says for each JSON Schema keyword: the table :data:`RULES`.

jsonschema's own messages name schema keywords; a teacher needs the checker's own
(translatable) words, with a hint for YAML 1.1's traps: ``no`` read as false, ``1.10`` read
as the number 1.1. Each rule turns one :class:`Finding` into the messages to report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.model.errors import suggest
from game.model.translation import Translations
from game.model.value_hints import date_suggestion, person_for_name, type_hint
from game.model.yaml_nodes import TAG_PREFIX, Document

ID_PATTERN_KEY = "^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)"


@dataclass(frozen=True)
class Finding:
    """One jsonschema error, seen from the pack: where it is and what the schema asked for."""

    path: tuple[str | int, ...]
    node: Node  # the node written at ``path`` (or the deepest one found on the way)
    keyword: str
    argument: Any  # the keyword's value in the schema: the limit, the pattern, the choices
    instance: Any  # the value written in the pack
    schema: dict[str, Any]
    document: Document  # the whole pack, for hints that read other parts of it

    @property
    def field(self) -> str | int:
        """Return the key (or list index) the error is about; '' for the whole file."""
        return self.path[-1] if self.path else ""


@dataclass(frozen=True)
class Message:
    """What to say about a finding; ``key`` points at that key of the mapping instead."""

    text: str
    hint: str
    code: str
    key: str | None = None


def _describe(value: Any, t: Translations) -> str:
    if value is None:
        return t.gettext("an empty value")
    if isinstance(value, bool):
        return t.gettext("the yes/no value {value}").format(value="true" if value else "false")
    if isinstance(value, int | float):
        return t.gettext("the number {number}").format(number=value)
    if isinstance(value, str):
        return t.gettext("text")
    if isinstance(value, list):
        return t.gettext("a list")
    if isinstance(value, dict):
        return t.gettext("a mapping of keys")
    return type(value).__name__  # pragma: no cover - plain data has only the kinds above


def _expected(names: list[str], t: Translations) -> str:
    words = {
        "string": t.gettext("text"),
        "integer": t.gettext("a whole number"),
        "number": t.gettext("a number"),
        "boolean": t.gettext("true or false"),
        "array": t.gettext("a list"),
        "object": t.gettext("a mapping of keys"),
        "null": t.gettext("nothing"),
    }
    return t.gettext(" or ").join(words.get(name, name) for name in names)


def _type_hint(node: Node, names: list[str], path: tuple[str | int, ...], t: Translations) -> str:
    if not isinstance(node, ScalarNode):
        if isinstance(node, SequenceNode | MappingNode) and "string" in names:
            return t.gettext("put the text in quotes if it contains ': ' or starts with '[' or '{'")
        return ""
    written = node.value
    plain = not node.style  # the C composer writes '' for plain scalars, Python None
    if plain and node.tag == TAG_PREFIX + "null":
        return t.gettext("write a value after the colon, or remove the key")
    if plain and "string" in names and node.tag != TAG_PREFIX + "str":
        key = path[-1] if path and isinstance(path[-1], str) else None
        if key is not None:
            return t.gettext(
                'YAML reads {written} as {found}; put it in quotes: {key}: "{written}"'
            ).format(written=written, found=_yaml_reading(node, t), key=key)
        return t.gettext('YAML reads {written} as {found}; put it in quotes: "{written}"').format(
            written=written, found=_yaml_reading(node, t)
        )
    if "boolean" in names:
        return t.gettext("write true or false")
    if "number" in names or "integer" in names:
        return t.gettext("write a number without quotes, such as 60")
    if "array" in names:
        return t.gettext(
            "write a list in brackets, such as [first, second], or one '- ' line per item"
        )
    if "object" in names:
        return t.gettext("write the keys on the lines below, indented under this one")
    return ""


def _yaml_reading(node: ScalarNode, t: Translations) -> str:
    tag = node.tag
    if tag == TAG_PREFIX + "bool":
        return t.gettext("a yes/no value")
    if tag in (TAG_PREFIX + "int", TAG_PREFIX + "float"):
        return t.gettext("a number")
    return t.gettext("something other than text")


def _missing_keys(finding: Finding, t: Translations) -> list[Message]:
    instance = finding.instance
    return [
        Message(
            t.gettext("missing key '{key}'").format(key=key),
            t.gettext("add '{key}:' to this mapping").format(key=key),
            "missing-key",
        )
        for key in finding.argument
        if isinstance(instance, dict) and key not in instance
    ]


def _unknown_keys(finding: Finding, t: Translations) -> list[Message]:
    allowed = list(finding.schema.get("properties", {}))
    return [
        Message(
            t.gettext("unknown key '{key}'").format(key=key),
            suggest(key, allowed, t)
            or t.gettext("keys allowed here: {keys}").format(keys=", ".join(allowed)),
            "unknown-key",
            key=key,
        )
        for key in finding.instance
        if key not in allowed
    ]


def _wrong_type(finding: Finding, t: Translations) -> list[Message]:
    if not finding.path:
        return [
            Message(
                t.gettext("a pack file must be a mapping of keys such as format, id and title"),
                t.gettext("start from the template: okuya new-pack FOLDER"),
                "wrong-type",
            )
        ]
    argument = finding.argument
    names = argument if isinstance(argument, list) else [argument]
    message = t.gettext("expected {expected}, found {found}").format(
        expected=_expected(names, t), found=_describe(finding.instance, t)
    )
    hint = type_hint(finding.document, finding.path, finding.node, t) or _type_hint(
        finding.node, names, finding.path, t
    )
    return [Message(message, hint, "wrong-type")]


def _pattern_hint(finding: Finding, t: Translations) -> str:
    """Return the fix for a name written where an id goes, or a date in another form."""
    instance, path = finding.instance, finding.path
    if not isinstance(instance, str):
        return ""
    refers_to_person = "speaker" in path or "extra_speakers" in path
    person = person_for_name(finding.document.data, instance) if refers_to_person else ""
    if person:
        return t.gettext(
            "write the person's id, not their name: the id of {name} is '{id}'"
        ).format(name=instance, id=person)
    date = date_suggestion(instance)
    if date:
        return t.gettext("write it as {date} (year-month-day, and T before a time)").format(
            date=date
        )
    return ""


def _bad_pattern(finding: Finding, t: Translations) -> list[Message]:
    pattern, instance = finding.argument, finding.instance
    better_hint = _pattern_hint(finding, t)
    if pattern == ID_PATTERN_KEY:
        suggestion = "-".join(
            part
            for part in "".join(c if c.isalnum() else "-" for c in instance.lower()).split("-")
            if part
        )
        hint = t.gettext("use only lowercase letters, digits and single dashes")
        if suggestion and suggestion.isascii():
            hint += t.gettext(", such as '{suggestion}'").format(suggestion=suggestion)
        hint = better_hint or hint
        return [
            Message(t.gettext("'{value}' is not a valid id").format(value=instance), hint, "bad-id")
        ]
    if pattern.startswith("^[0-9]{4}"):
        return [
            Message(
                t.gettext("'{value}' is not a date").format(value=instance),
                better_hint
                or t.gettext(
                    "write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, such as 2020-10-05"
                ),
                "bad-date",
            )
        ]
    return [
        Message(
            t.gettext("'{value}' is not a language code").format(value=instance),
            t.gettext("write a code such as en, ky or ru"),
            "bad-language",
        )
    ]


def _not_allowed(finding: Finding, t: Translations) -> list[Message]:
    instance = finding.instance
    choices = [str(choice) for choice in finding.argument]
    hint = suggest(str(instance), choices, t) or t.gettext("choose one of: {choices}").format(
        choices=", ".join(choices)
    )
    if finding.field == "scoring":
        message = t.gettext("unknown scoring scheme '{value}'").format(value=instance)
        return [Message(message, hint, "unknown-scoring")]
    return [
        Message(
            t.gettext("'{value}' is not allowed here").format(value=instance), hint, "not-allowed"
        )
    ]


def _wrong_format(finding: Finding, t: Translations) -> list[Message]:
    return [
        Message(
            t.gettext("unknown pack format {value}").format(value=finding.instance),
            t.gettext("write 'format: {value}'").format(value=finding.argument),
            "format",
        )
    ]


def _wrong_number_of_choices(finding: Finding, t: Translations) -> Message:
    return Message(
        t.gettext(
            "a question needs 1 to 4 wrong answers (2 to 5 choices in all); found {count}"
        ).format(count=len(finding.instance)),
        t.gettext("write one to four wrong answers"),
        "choices",
    )


def _too_few_items(finding: Finding, t: Translations) -> list[Message]:
    if finding.field == "wrong":
        return [_wrong_number_of_choices(finding, t)]
    return [
        Message(
            t.gettext("the list is empty"),
            t.gettext("list at least {count} id(s)").format(count=finding.argument),
            "empty-list",
        )
    ]


def _too_many_items(finding: Finding, t: Translations) -> list[Message]:
    if finding.field == "wrong":
        return [_wrong_number_of_choices(finding, t)]
    return [
        Message(
            t.gettext("the list has {count} items; the limit is {limit}").format(
                count=len(finding.instance), limit=finding.argument
            ),
            t.gettext("split it into several rounds or packs"),
            "too-many",
        )
    ]


def _empty_text(finding: Finding, t: Translations) -> list[Message]:
    return [
        Message(
            t.gettext("the text is empty"),
            t.gettext("write the text, or remove the key"),
            "empty-text",
        )
    ]


def _too_long(finding: Finding, t: Translations) -> list[Message]:
    return [
        Message(
            t.gettext("the text is {length} characters long; the limit is {limit}").format(
                length=len(finding.instance), limit=finding.argument
            ),
            t.gettext("shorten it"),
            "too-long",
        )
    ]


def _too_small(finding: Finding, t: Translations) -> list[Message]:
    if finding.keyword == "exclusiveMinimum":
        message = t.gettext("{value} is too small; it must be more than {limit}")
    else:
        message = t.gettext("{value} is too small; the least allowed is {limit}")
    hint = (
        t.gettext("a time limit is a number of seconds, such as 60")
        if finding.field == "time_limit"
        else ""
    )
    text = message.format(value=finding.instance, limit=finding.argument)
    return [Message(text, hint, "out-of-range")]


def _too_large(finding: Finding, t: Translations) -> list[Message]:
    return [
        Message(
            t.gettext("{value} is too large; the most allowed is {limit}").format(
                value=finding.instance, limit=finding.argument
            ),
            "",
            "out-of-range",
        )
    ]


def _empty_step(finding: Finding, t: Translations) -> list[Message]:
    return [
        Message(
            t.gettext("a play step is empty"),
            t.gettext("write one of: scene, timeline, who_said, quiz"),
            "bad-step",
        )
    ]


def _crowded_step(finding: Finding, t: Translations) -> list[Message]:
    instance = finding.instance
    return [
        Message(
            t.gettext("a play step has {count} keys ({keys}); it must have one").format(
                count=len(instance), keys=", ".join(instance)
            ),
            t.gettext("start each step with its own '- ' line"),
            "bad-step",
        )
    ]


def _picture(finding: Finding, t: Translations) -> list[Message]:
    # Only a scene's picture is "one of": a built-in name or images/<file>. A text that is
    # neither is reported by the picture check, with the nearest name or image as its hint.
    if isinstance(finding.instance, str):
        return _empty_text(finding, t) if not finding.instance else []
    message = t.gettext("expected {expected}, found {found}").format(
        expected=_expected(["string"], t), found=_describe(finding.instance, t)
    )
    return [Message(message, _type_hint(finding.node, ["string"], finding.path, t), "wrong-type")]


# What to say for each JSON Schema keyword that pack.schema.json uses.
RULES: dict[str, Callable[[Finding, Translations], list[Message]]] = {
    "required": _missing_keys,
    "additionalProperties": _unknown_keys,
    "type": _wrong_type,
    "pattern": _bad_pattern,
    "enum": _not_allowed,
    "const": _wrong_format,
    "minItems": _too_few_items,
    "maxItems": _too_many_items,
    "minLength": _empty_text,
    "maxLength": _too_long,
    "minimum": _too_small,
    "exclusiveMinimum": _too_small,
    "maximum": _too_large,
    "exclusiveMaximum": _too_large,
    "minProperties": _empty_step,
    "maxProperties": _crowded_step,
    "anyOf": _picture,
}
