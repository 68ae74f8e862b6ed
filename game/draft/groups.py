"""Speakers that are not one person: a party, a body, a group ("Birimdik", "Health authorities").

News quotes bodies and groups as often as people. Two shapes are recognised, each only as the
subject of a speech verb, so a group that merely appears in the text is not listed:

- a sentence that starts with a short plural noun phrase and goes on with the verb
  ("Health authorities said", "Eyewitnesses told AFP", "Очевидцы рассказали");
- a capitalised name followed by a relative clause and the verb ("Birimdik, which includes
  the president's younger brother, said").
"""

from __future__ import annotations

import re

from game.draft.lexicon import lexicon
from game.draft.people import Person
from game.draft.sentences import Sentence

_PLURAL = {
    "en": r"[A-Z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?s",
    "ru": r"[А-ЯЁ][а-яё\-]*(?:\s+[а-яё][а-яё\-]*){0,2}?[ыи]",
    "ky": r"[А-ЯЁӨҮҢ][\wөүң\-]*(?:\s+[\wөүң\-]+){0,2}?(?:лар|лер|дар|дер|тар|тер)",
}
_RELATIVE = {"en": r"which|who", "ru": r"котор\w+", "ky": r"(?!)"}


def find_groups(
    text: str, sentences: list[Sentence], language: str, people: list[Person]
) -> list[Person]:
    """Return the groups and bodies that speak in ``text``, not already among ``people``."""
    words = lexicon(language)
    verbs = "|".join(words.speech_verbs)
    taken = {
        offset
        for person in people
        for start, end in person.mentions
        for offset in range(start, end)
    }
    found: dict[str, Person] = {}
    plural = re.compile(
        rf"(?P<name>{_PLURAL[language]})\s+(?:(?:also|then|later|тоже|также)\s+)?(?:{verbs})(?![\w\-])"
    )
    relative = re.compile(
        rf"(?P<name>[A-ZА-ЯЁӨҮҢ][\w\-]+),\s+(?:{_RELATIVE[language]})\s[^.;!?]{{1,160}}?,\s+(?:{verbs})(?![\w\-])"
    )
    for sentence in sentences:
        for pattern in (plural, relative):
            match = pattern.match(sentence.text)
            if match is None:
                continue
            name = match.group("name")
            start = sentence.start + match.start("name")
            if start in taken or name in words.not_names:
                continue
            key = name.lower()
            if key not in found:
                found[key] = Person(key=name, name=name, attested=True, group=True)
            found[key].mentions.append((start, start + len(name)))
    # Later mentions of a body by its name ("Birimdik and Mekenim Kyrgyzstan") are its too.
    for person in found.values():
        for match in re.finditer(rf"(?<!\w){re.escape(person.name)}(?!\w)", text):
            if (match.start(), match.end()) not in person.mentions and match.start() not in taken:
                person.mentions.append((match.start(), match.end()))
        person.mentions.sort()
    return list(found.values())
