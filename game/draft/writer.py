"""Write a drafted pack as YAML, with a ``# check:`` comment above every guess.

PyYAML cannot write comments, so the file is laid out here, line by line, and every value
is written by PyYAML's own scalar emitter (``yaml.safe_dump``), which quotes whatever YAML
would otherwise read as something else (``no``, ``1.10``, ``: ``). The output depends only on
the input: no clock, no random order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

Value = str | int | bool | list[str]


@dataclass
class Item:
    """One mapping of the pack (a person, an event, a round ...) and the notes about it."""

    fields: list[tuple[str, Value]]
    notes: list[str] = field(default_factory=list)


@dataclass
class Step:
    """One step of ``play``: a scene id, or a round (``timeline``, ``who_said``, ``quiz``)."""

    kind: str
    scene: str = ""
    round: Item | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class PackText:
    """Everything the writer lays out, in order."""

    header: list[str]
    top: list[tuple[str, Value]]
    source: list[tuple[str, Value]]
    sections: dict[str, list[Item]]
    play: list[Step]
    section_notes: dict[str, list[str]] = field(default_factory=dict)


def scalar(value: Value) -> str:
    """Return ``value`` as one line of YAML, quoted only where YAML needs it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        # Dumped as one flow sequence, so an item with a comma ("2,000") is quoted.
        flow = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=True)
        return flow.strip()
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=True)
    dumped = dumped.removesuffix("\n").removesuffix("\n...")
    if "\n" in dumped:  # very long or multi-line text: fall back to a double-quoted scalar
        dumped = yaml.safe_dump(
            value, allow_unicode=True, width=1_000_000, default_style='"'
        ).strip()
        dumped = " ".join(dumped.split("\n"))
    return dumped


def _date(value: str) -> str:
    """Return a date written plainly (``2020-10-04``); the checker reads it as text."""
    return value


def _comment_lines(notes: list[str], indent: str) -> list[str]:
    return [f"{indent}# check: {' '.join(note.split())}" for note in notes]


def _mapping(item: Item, indent: str) -> list[str]:
    lines = _comment_lines(item.notes, indent)
    for number, (key, value) in enumerate(item.fields):
        prefix = f"{indent}- " if number == 0 else f"{indent}  "
        written = _date(str(value)) if key == "when" else scalar(value)
        lines.append(f"{prefix}{key}: {written}")
    return lines


def write_pack(pack: PackText) -> str:
    """Return the whole ``pack.yaml`` text."""
    lines = [*pack.header]
    for key, value in pack.top:
        lines.append(f"{key}: {scalar(value)}")
    lines.append("source:")
    for key, value in pack.source:
        written = _date(str(value)) if key == "date" else scalar(value)
        lines.append(f"  {key}: {written}")
    for section, items in pack.sections.items():
        lines.append("")
        lines.extend(_comment_lines(pack.section_notes.get(section, []), ""))
        if not items:
            lines.append(f"{section}: []")
            continue
        lines.append(f"{section}:")
        for item in items:
            lines.extend(_mapping(item, "  "))
    lines.append("")
    lines.append("play:")
    for step in pack.play:
        lines.extend(_comment_lines(step.notes, "  "))
        if step.kind == "scene":
            lines.append(f"  - scene: {scalar(step.scene)}")
            continue
        assert step.round is not None
        lines.append(f"  - {step.kind}:")
        lines.extend(_comment_lines(step.round.notes, "      "))
        for key, value in step.round.fields:
            lines.append(f"      {key}: {scalar(value)}")
    return "\n".join(lines) + "\n"
