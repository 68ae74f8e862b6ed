"""Give the drafted items ids, sort them into rounds, check the pack and write its YAML.

The pack (without its article) goes through the checker's ``check_pack_text`` before it is
returned; a round the checker rejects is dropped and counted, so what is written passes
``okuya check``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from game.draft.article import Drafter
from game.draft.events import FoundEvent
from game.draft.ids import IdMaker, slug
from game.draft.people import Person
from game.draft.questions import FoundQuestion
from game.draft.quotes import FoundQuote
from game.draft.rounds import MAX_QUIZ, MAX_WHO_SAID, Dated, chunks, timeline_rounds
from game.draft.writer import Item, PackText, Step, write_pack
from game.model.errors import Problem
from game.model.loader import check_pack_text

ARTICLE_FILE = "article.txt"

_PICTURES = (
    ("ballot-box", r"vote|election|ballot|poll|referendum|выбор|голосова|референдум|шайлоо|добуш"),
    ("crowd-rally", r"protest|rally|crowd|demonstrat|митинг|протест|толп|демонстра|нааразы|митинг"),
    ("police-line", r"police|riot|полици|милици|ОМОН|милиция"),
    ("bonfire-night", r"bonfire|fire|костр|костёр|от жак"),
    ("security-building", r"jail|prison|тюрьм|заключ|түрмө|камак"),
)


@dataclass
class DraftResult:
    """The drafted ``pack.yaml`` text and what the teacher should be told about it."""

    yaml_text: str
    published: dt.date
    published_from: str  # "option" or the article's words the date was read from
    splitter: str
    names: str
    people: list[Person]
    quotes: list[FoundQuote]
    events: list[FoundEvent]
    questions: list[FoundQuestion]
    rounds: dict[str, int]
    rejected_rounds: int
    unattributed: list[str]
    evidence_dropped: int
    problems: list[str] = field(default_factory=list)  # checker errors that remain (should be none)


def _picture(text: str) -> str:
    """Return the built-in picture that best fits ``text``."""
    best, count = "white-house", 0
    for picture, pattern in _PICTURES:
        found = len(re.findall(rf"(?<!\w)(?:{pattern})", text, re.IGNORECASE))
        if found > count:
            best, count = picture, found
    return best


def assemble(
    drafter: Drafter,
    title: str,
    published: dt.date,
    published_from: str,
    body: int,
    people: list[Person],
    quotes: list[FoundQuote],
    events: list[FoundEvent],
    questions: list[FoundQuestion],
    unattributed: list[str],
) -> DraftResult:
    """Give everything ids, sort it into rounds, check it and return the YAML with the findings."""
    language = drafter.language
    speakers = []
    for quote in quotes:
        assert quote.speaker is not None
        if quote.speaker not in speakers:
            speakers.append(quote.speaker)
    mentioned = sorted(
        (
            person
            for person in people
            if person not in speakers
            and len(person.name.split()) >= 2
            and person.attested
            and not person.group
        ),
        key=lambda person: (-len(person.mentions), person.first_mention),
    )
    extras = mentioned[:2]
    # Speakers, extra speakers, and the other people the text says did something.
    listed = [
        person
        for person in people
        if person in speakers
        or person in extras
        or (person.attested and len(person.name.split()) >= 2 and not person.group)
    ]
    person_ids = IdMaker()
    ids: dict[int, str] = {}
    people_items: list[Item] = []
    for person in listed:
        person_id = person_ids.make(person.name, 3)
        ids[id(person)] = person_id
        notes = []
        if person.name_guessed:
            notes.append(
                "name as it is written in the article: put it in the nominative if it is not"
            )
        if person in extras:
            notes.append(
                "says nothing in the article: an extra speaker (a wrong answer) in the who-said round"
            )
        elif person not in speakers:
            notes.append("named in the article but says nothing and is in no round: use or remove")
        fields: list[tuple[str, object]] = [("id", person_id), ("name", person.name)]
        if person.group:
            notes.append("a party, body or group, not one person: check the name and add a role")
        elif person.role:
            fields.append(("role", person.role))
        else:
            notes.append("no role found in the article: add one")
        people_items.append(Item(fields, notes))  # type: ignore[arg-type]

    quote_ids = IdMaker()
    quote_items: list[Item] = []
    quote_id_list: list[str] = []
    for quote in quotes:
        assert quote.speaker is not None
        quote_id = quote_ids.make(quote.text, 4)
        quote_id_list.append(quote_id)
        fields = [("id", quote_id), ("text", quote.text), ("speaker", ids[id(quote.speaker)])]
        if quote.reported:
            fields.append(("reported", True))
        fields.append(("evidence", quote.evidence))
        quote_items.append(Item(fields, list(quote.notes)))  # type: ignore[arg-type]

    event_ids = IdMaker()
    event_items: list[Item] = []
    dated: list[Dated] = []
    for event in events:
        event_id = event_ids.make(event.text, 4)
        fields = [("id", event_id), ("when", str(event.when))]
        if event.label:
            fields.append(("label", event.label))
        fields += [("text", event.text), ("evidence", event.evidence)]
        event_items.append(Item(fields, list(event.notes)))  # type: ignore[arg-type]
        dated.append(Dated(event_id, event.when))

    question_ids = IdMaker()
    question_items: list[Item] = []
    question_id_list: list[str] = []
    for question in questions:
        question_id = question_ids.make(f"{question.kind} {question.answer}", 4)
        question_id_list.append(question_id)
        fields = [
            ("id", question_id),
            ("prompt", question.prompt),
            ("answer", question.answer),
            ("wrong", question.wrong),
            ("evidence", question.evidence),
        ]
        question_items.append(
            Item(fields, [*question.notes, "add an 'explain' that says why the answer is right"])
        )  # type: ignore[arg-type]

    scene_items, scene_id = _scene(drafter, title, body)
    timelines = timeline_rounds(dated)
    who_said = chunks(quote_id_list, MAX_WHO_SAID)
    quizzes = chunks(question_id_list, MAX_QUIZ)
    extra_ids = [ids[id(person)] for person in extras]

    header = [
        "# yaml-language-server: $schema=./pack.schema.json",
        f"# A first draft made by `okuya draft` from {ARTICLE_FILE}. Read it through before playing it:",
        "# every '# check:' comment marks a guess the tool made. Every 'evidence' is copied from",
        "# the article, and `okuya check` proves it against the copy beside this file.",
        "# Ids are made from the text; rename them freely (rounds refer to them).",
    ]
    top: list[tuple[str, object]] = [
        ("format", 1),
        ("id", slug(title, 5)),
        ("title", title),
        ("language", language),
    ]
    source = [
        ("title", title),
        ("publisher", "?"),
        ("date", published.isoformat()),
        ("text", ARTICLE_FILE),
    ]
    section_notes = {
        "people": [
            "fill in source.publisher above (the newspaper or website), and author and url if you have them"
        ],
        "quotes": [f"left out, no speaker found: {_short(quote)}" for quote in unattributed],
    }
    if published_from != "option":
        section_notes["people"].insert(
            0, f'publication date {published.isoformat()} read from "{published_from}"'
        )

    rejected = 0
    while True:
        steps = _play(scene_id, timelines, who_said, quizzes, extra_ids)
        pack = PackText(
            header,
            top,  # type: ignore[arg-type]
            source,  # type: ignore[arg-type]
            {
                "people": people_items,
                "events": event_items,
                "quotes": quote_items,
                "questions": question_items,
                "scenes": scene_items,
            },
            steps,
            section_notes,
        )
        problems = _check_without_article(pack)
        bad_steps = sorted(
            {
                int(match.group(1))
                for problem in problems
                if (match := re.match(r"play\[(\d+)\]", problem.path))
            },
            reverse=True,
        )
        if not bad_steps:
            break
        for index in bad_steps:
            step = steps[index]
            round_ids = step.round.fields[1][1] if step.round else []
            rejected += 1
            timelines = [chain for chain in timelines if chain != round_ids]
            who_said = [chain for chain in who_said if chain != round_ids]
            quizzes = [chain for chain in quizzes if chain != round_ids]
    remaining = [problem.format() for problem in problems]
    return DraftResult(
        yaml_text=write_pack(pack),
        published=published,
        published_from=published_from,
        splitter=drafter.splitter,
        names=drafter.names,
        people=listed,
        quotes=quotes,
        events=events,
        questions=questions,
        rounds={"timeline": len(timelines), "who_said": len(who_said), "quiz": len(quizzes)},
        rejected_rounds=rejected,
        unattributed=unattributed,
        evidence_dropped=drafter.evidence_dropped,
        problems=remaining,
    )


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _scene(drafter: Drafter, title: str, body: int) -> tuple[list[Item], str]:
    """Return the scene made from the lead paragraph, and its id ('' when there is none)."""
    lead = [sentence for sentence in drafter.sentences if sentence.start >= body]
    if not lead:
        return [], ""
    paragraph = lead[0].paragraph
    text = ""
    for sentence in lead:
        if sentence.paragraph != paragraph or len((text + " " + sentence.text).split()) > 60:
            break
        text = (text + " " + sentence.text).strip()
    text = text or lead[0].text
    item = Item(
        [
            ("id", "lead"),
            ("title", title),
            ("picture", _picture(drafter.text)),
            ("text", " ".join(text.split())),
        ],
        [
            "scene text copied from the lead paragraph: tell it in your own words",
            "picture chosen from the article's words: pick another built-in one or images/<file>",
        ],
    )
    return [item], "lead"


def _play(
    scene: str,
    timelines: list[list[str]],
    who_said: list[list[str]],
    quizzes: list[list[str]],
    extras: list[str],
) -> list[Step]:
    """Return the play list: the scene, then timeline, who-said and quiz rounds in turn."""
    steps: list[Step] = [Step("scene", scene=scene)] if scene else []
    for number in range(max(len(timelines), len(who_said), len(quizzes))):
        if number < len(timelines):
            steps.append(
                Step(
                    "timeline",
                    round=Item(
                        [("id", f"timeline-{number + 1}"), ("events", timelines[number])],
                        [
                            "every pair of these dates can be ordered for certain; check the order the article gives"
                        ],
                    ),
                )
            )
        if number < len(who_said):
            fields: list[tuple[str, object]] = [
                ("id", f"who-said-{number + 1}"),
                ("quotes", who_said[number]),
            ]
            if extras:
                fields.append(("extra_speakers", extras))
            steps.append(Step("who_said", round=Item(fields)))  # type: ignore[arg-type]
        if number < len(quizzes):
            steps.append(
                Step(
                    "quiz",
                    round=Item([("id", f"quiz-{number + 1}"), ("questions", quizzes[number])]),
                )
            )
    return steps


def _check_without_article(pack: PackText) -> list[Problem]:
    """Return the checker's errors for the draft, read without its article file."""
    source = [(key, value) for key, value in pack.source if key != "text"]
    text = write_pack(
        PackText(pack.header, pack.top, source, pack.sections, pack.play, pack.section_notes)
    )
    return [
        problem
        for problem in check_pack_text(text, folder="/nonexistent-okuya-draft")
        if problem.is_error
    ]
