"""The checker's semantic rules: ids, references, timelines, speakers, usage.

These run on the plain data even when the structure has errors, so a teacher sees every
problem at once; each rule skips values whose shape is already reported as wrong. Impossible
dates are in :mod:`game.model.date_checks`; answers and cards that give themselves away in
:mod:`game.model.fairness`; pictures, evidence and translations, which need
files beside ``pack.yaml``, in :mod:`game.model.files`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from game.model.authoring_checks import check_authoring
from game.model.date_checks import check_dates, parse_when
from game.model.errors import Reporter, suggest
from game.model.fairness import check_fairness
from game.model.pack_format import ROUND_KINDS, ROUNDS, ROUNDS_BY_NAME, SCENE_STEP, SECTION_NAMES
from game.model.translation import Translations
from game.model.when import When
from game.model.yaml_nodes import Document

# Which section each reference list of a round points into (the first is the main list).
ROUND_LISTS = {kind.name: kind.lists for kind in ROUNDS}
MIN_ROUND_ITEMS = 3
# The product's timelines have 4-8 cards: more do not fit a 960x540 window without scrolling.
MAX_TIMELINE_CARDS = 8
# Comparing an unknown id with every id of its section costs about 20 µs per id; a pack
# of 10,000 items with thousands of wrong references would take minutes. Past this many
# comparisons in one check, unknown references get the plain hint instead of a suggestion.
SUGGESTION_BUDGET = 50_000
# Two thousand rounds of a thousand wrong ids each fit in 8 MiB; reporting every one took
# about a minute. Past this many, wrong references are counted, and one problem says so.
MAX_REFERENCE_PROBLEMS = 500


@dataclass
class Index:
    """The items of a pack by section and id, with where each stands."""

    items: dict[str, dict[str, tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    rounds: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    suggestion_budget: int = SUGGESTION_BUDGET
    unknown_references: int = 0


def sections(data: Any) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """Yield (section, index, item) for every item that is a mapping."""
    if not isinstance(data, dict):
        return
    for section in SECTION_NAMES:
        items = data.get(section)
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield section, index, item


def _message_for_missing(section: str, t: Translations) -> str:
    return {
        "people": t.gettext("no person with id '{id}'"),
        "events": t.gettext("no event with id '{id}'"),
        "quotes": t.gettext("no quote with id '{id}'"),
        "questions": t.gettext("no question with id '{id}'"),
        "scenes": t.gettext("no scene with id '{id}'"),
    }[section]


def run_checks(document: Document, reporter: Reporter, t: Translations) -> Index:
    """Report every semantic problem of the pack's plain data; return the index of its items."""
    index = Index()
    data = document.data
    _check_ids(document, index, reporter, t)
    check_dates(document, reporter, t)
    if isinstance(data, dict):
        _check_quotes(document, index, reporter, t)
        _check_play(document, index, reporter, t)
        if index.unknown_references > MAX_REFERENCE_PROBLEMS:
            reporter.error(
                t.gettext(
                    "more than {count} references to ids that do not exist; "
                    "only the first {count} are shown"
                ).format(count=MAX_REFERENCE_PROBLEMS),
                hint=t.gettext("fix these, then check again"),
                code="too-many-problems",
            )
        _check_usage(document, index, reporter, t)
        check_authoring(document, index, reporter, t)
        check_fairness(
            document,
            index.items["questions"],
            index.items["events"],
            index.rounds,
            reporter,
            t,
        )
    return index


def _check_ids(document: Document, index: Index, reporter: Reporter, t: Translations) -> None:
    for section in SECTION_NAMES:
        index.items[section] = {}
    for section, number, item in sections(document.data):
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        seen = index.items[section]
        if item_id in seen:
            first = seen[item_id][0]
            path = (section, number, "id")
            reporter.error_at(
                document,
                path,
                t.gettext("duplicate id '{id}' in {section}").format(id=item_id, section=section),
                hint=t.gettext(
                    "the first '{id}' is on line {line}; give each item its own id"
                ).format(id=item_id, line=document.line_of((section, first, "id"))),
                code="duplicate-id",
            )
            continue
        seen[item_id] = (number, item)


def _check_reference(
    document: Document,
    index: Index,
    section: str,
    value: Any,
    path: tuple[str | int, ...],
    reporter: Reporter,
    t: Translations,
) -> bool:
    if not isinstance(value, str) or value in index.items[section]:
        return isinstance(value, str)
    index.unknown_references += 1
    if index.unknown_references > MAX_REFERENCE_PROBLEMS:
        return False
    known = index.items[section]
    hint = ""
    if len(known) <= index.suggestion_budget:
        index.suggestion_budget -= len(known)
        hint = suggest(value, list(known), t)
    hint = hint or t.gettext("add it to '{section}', or fix the id").format(section=section)
    reporter.error_at(
        document,
        path,
        _message_for_missing(section, t).format(id=value),
        hint=hint,
        code="unknown-reference",
    )
    return False


def _check_quotes(document: Document, index: Index, reporter: Reporter, t: Translations) -> None:
    for number, item in index.items["quotes"].values():
        _check_reference(
            document,
            index,
            "people",
            item.get("speaker"),
            ("quotes", number, "speaker"),
            reporter,
            t,
        )


def _check_play(document: Document, index: Index, reporter: Reporter, t: Translations) -> None:
    play = document.data.get("play")
    if not isinstance(play, list):
        return
    round_ids: dict[str, int] = {}
    for number, step in enumerate(play):
        if not isinstance(step, dict) or len(step) != 1:
            continue
        kind, body = next(iter(step.items()))
        if kind == SCENE_STEP:
            _check_reference(
                document, index, "scenes", body, ("play", number, "scene"), reporter, t
            )
            continue
        if kind not in ROUND_KINDS or not isinstance(body, dict):
            continue
        index.rounds.append((number, kind, body))
        round_id = body.get("id")
        if isinstance(round_id, str):
            if round_id in round_ids:
                path = ("play", number, kind, "id")
                reporter.error_at(
                    document,
                    path,
                    t.gettext("duplicate round id '{id}'").format(id=round_id),
                    hint=t.gettext(
                        "the first '{id}' is on line {line}; give each round its own id"
                    ).format(
                        id=round_id,
                        line=document.line_of(("play", round_ids[round_id], kind, "id")),
                    ),
                    code="duplicate-id",
                )
            else:
                round_ids[round_id] = number
        for list_name, section in ROUND_LISTS[kind]:
            _check_round_list(document, index, number, kind, body, list_name, section, reporter, t)
        if kind == "timeline":
            _check_timeline_order(document, index, number, body, reporter, t)
        elif kind == "who_said":
            _check_extra_speakers(document, index, number, body, reporter, t)


def _check_round_list(
    document: Document,
    index: Index,
    number: int,
    kind: str,
    body: dict[str, Any],
    list_name: str,
    section: str,
    reporter: Reporter,
    t: Translations,
) -> None:
    ids = body.get(list_name)
    if not isinstance(ids, list):
        return
    seen: set[str] = set()
    for position_in_list, item_id in enumerate(ids):
        path = ("play", number, kind, list_name, position_in_list)
        if not _check_reference(document, index, section, item_id, path, reporter, t):
            continue
        if item_id in seen:
            reporter.error_at(
                document,
                path,
                t.gettext("'{id}' is listed twice in this round").format(id=item_id),
                hint=t.gettext("remove one of them"),
                code="duplicate-in-round",
            )
        seen.add(item_id)
    main_list = ROUNDS_BY_NAME[kind].main_list
    if list_name == main_list and 0 < len(seen) < MIN_ROUND_ITEMS:
        path = ("play", number, kind, list_name)
        reporter.warning_at(
            document,
            path,
            t.ngettext(
                "this round has only {count} item",
                "this round has only {count} items",
                len(seen),
            ).format(count=len(seen)),
            hint=t.gettext("a round works best with {count} or more").format(count=MIN_ROUND_ITEMS),
            code="small-round",
        )
    if kind == "timeline" and list_name == main_list and len(seen) > MAX_TIMELINE_CARDS:
        path = ("play", number, kind, list_name)
        reporter.warning_at(
            document,
            path,
            t.ngettext(
                "this timeline has {count} card",
                "this timeline has {count} cards",
                len(seen),
            ).format(count=len(seen)),
            hint=t.gettext(
                "a timeline plays best with at most {count} cards; split it into two rounds"
            ).format(count=MAX_TIMELINE_CARDS),
            code="long-timeline",
        )


def _check_timeline_order(
    document: Document,
    index: Index,
    number: int,
    body: dict[str, Any],
    reporter: Reporter,
    t: Translations,
) -> None:
    ids = body.get("events")
    if not isinstance(ids, list):
        return
    dated: list[tuple[When, int, str]] = []
    for position_in_list, event_id in enumerate(ids):
        found = index.items["events"].get(event_id) if isinstance(event_id, str) else None
        when = parse_when(found[1].get("when")) if found else None
        if when is not None:
            dated.append((when, position_in_list, event_id))
    dated.sort(key=lambda entry: entry[0].sort_key())
    # A sweep by start time: an event overlapping the latest-ending one before it is in doubt.
    latest: tuple[When, int, str] | None = None
    for entry in dated:
        when, position_in_list, event_id = entry
        if latest is not None and not latest[0].certainly_before(when) and latest[2] != event_id:
            other_when, _, other_id = latest
            path = ("play", number, "timeline", "events", position_in_list)
            if when == other_when:
                message = t.gettext("events '{first}' and '{second}' both happen on {when}").format(
                    first=other_id, second=event_id, when=when
                )
                hint = (
                    t.gettext(
                        "both already have a time (lines {first_line} and {second_line}): give "
                        "them different times, or drop one from this round"
                    ).format(
                        first_line=_when_line(document, index, other_id),
                        second_line=_when_line(document, index, event_id),
                    )
                    if when.hour is not None
                    else t.gettext(
                        "give them times (such as {when}T14:00), or drop one from this round"
                    ).format(when=when)
                )
            else:
                message = t.gettext(
                    "events '{first}' ({first_when}) and '{second}' ({second_when}) cannot be put in order for certain"
                ).format(first=other_id, first_when=other_when, second=event_id, second_when=when)
                hint = t.gettext(
                    "give both dates to the same precision, or drop one from this round"
                )
            reporter.error_at(document, path, message, hint=hint, code="ambiguous-order")
        if latest is None or when.end > latest[0].end:
            latest = entry


def _when_line(document: Document, index: Index, event_id: str) -> int:
    """Return the line of an event's ``when``."""
    return document.line_of(("events", index.items["events"][event_id][0], "when"))


def _check_extra_speakers(
    document: Document,
    index: Index,
    number: int,
    body: dict[str, Any],
    reporter: Reporter,
    t: Translations,
) -> None:
    extras = body.get("extra_speakers")
    quotes = body.get("quotes")
    if not isinstance(extras, list) or not isinstance(quotes, list):
        return
    speakers: dict[str, str] = {}
    for quote_id in quotes:
        found = index.items["quotes"].get(quote_id) if isinstance(quote_id, str) else None
        if found and isinstance(found[1].get("speaker"), str):
            speakers.setdefault(found[1]["speaker"], quote_id)
    for position_in_list, person_id in enumerate(extras):
        if isinstance(person_id, str) and person_id in speakers:
            path = ("play", number, "who_said", "extra_speakers", position_in_list)
            reporter.error_at(
                document,
                path,
                t.gettext("'{person}' already speaks quote '{quote}' in this round").format(
                    person=person_id, quote=speakers[person_id]
                ),
                hint=t.gettext("remove '{person}' from extra_speakers").format(person=person_id),
                code="speaker-is-extra",
            )


def _check_usage(document: Document, index: Index, reporter: Reporter, t: Translations) -> None:
    used: dict[str, set[str]] = {section: set() for section in SECTION_NAMES}
    play = document.data.get("play")
    for step in play if isinstance(play, list) else ():
        if isinstance(step, dict) and isinstance(step.get(SCENE_STEP), str):
            used["scenes"].add(step[SCENE_STEP])
    # A round list that is not a list of ids is already an error; calling the items it
    # meant to use "unused" would only repeat it.
    uncertain: set[str] = set()
    for _, kind, body in index.rounds:
        for list_name, section in ROUND_LISTS[kind]:
            ids = body.get(list_name)
            if isinstance(ids, list):
                used[section].update(item for item in ids if isinstance(item, str))
            elif ids is not None:
                uncertain.add(section)
    for quote_id in used["quotes"]:
        found = index.items["quotes"].get(quote_id)
        if found and isinstance(found[1].get("speaker"), str):
            used["people"].add(found[1]["speaker"])
    messages = {
        "people": t.gettext("person '{id}' is not used: no quote in a round is theirs"),
        "events": t.gettext("event '{id}' is not used by any timeline round"),
        "quotes": t.gettext("quote '{id}' is not used by any who-said round"),
        "questions": t.gettext("question '{id}' is not used by any quiz round"),
        "scenes": t.gettext("scene '{id}' is not in the play list"),
    }
    for section in SECTION_NAMES:
        if section in uncertain:
            continue
        for item_id, (number, _) in index.items[section].items():
            if item_id not in used[section]:
                path = (section, number, "id")
                reporter.warning_at(
                    document,
                    path,
                    messages[section].format(id=item_id),
                    hint=t.gettext("add it to 'play', or remove it"),
                    code="unused",
                )
