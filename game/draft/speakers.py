"""Who is speaking: the subject before a speech verb, a pronoun's person, a role's person.

The rules a reader uses: the speaker is the subject of the speech verb (a name right before
it, or before an apposition: "Adil Turdukuov, an activist ... who witnessed it, said"), not a
name after a preposition ("ally of Atambayev"); "he" and "she" point at the last person named
who was the subject of a sentence; "the president" points at the person with that role. Names
inside quotation marks are someone's words and never count.
"""

from __future__ import annotations

import re

from game.draft.lexicon import lexicon
from game.draft.marks import inside, quotation_marks
from game.draft.people import Person, same_name_word


class SpeakerFinder:
    """Find who speaks at a place in one article, among the people found in it."""

    def __init__(self, text: str, people: list[Person], language: str) -> None:
        self.text = text
        self.language = language
        self.words = lexicon(language)
        marks = quotation_marks(text)
        self.mentions = sorted(
            (
                (start, end, person)
                for person in people
                for start, end in person.mentions
                if not inside(marks, start)
            ),
            key=lambda mention: mention[0],
        )
        verbs = "|".join(self.words.speech_verbs)
        self.verb = re.compile(rf"(?<![\w\-])(?:{verbs})(?![\w\-])", re.IGNORECASE)
        actions = "|".join(self.words.speech_verbs + self.words.action_verbs)
        self._action_verb = re.compile(rf"(?<![\w\-])(?:{actions})(?![\w\-])", re.IGNORECASE)

    def near(self, start: int, end: int, limit: int, verb_at: int) -> tuple[Person | None, str]:
        """Return the person named (or the pronoun used) in ``start``–``end``, closest to the verb."""
        end = min(end, limit)
        candidates = [
            (abs(mention_start - verb_at), person)
            for mention_start, _, person in self.mentions
            if start <= mention_start < end
        ]
        if candidates:
            return min(candidates, key=lambda item: item[0])[1], ""
        pronoun = self.pronoun_in(self.text[start:end])
        if pronoun:
            return self.resolve(pronoun, start), f'speaker resolved from "{pronoun}"'
        return self.by_role(self.text[start:end], start)

    def by_role(self, text: str, at: int) -> tuple[Person | None, str]:
        """Return the last person named before ``at`` whose role is the noun in ``text``."""
        for word in re.findall(r"[\w\-]+", text.lower()):
            if len(word) < 5:
                continue
            for _, _, person in reversed([mention for mention in self.mentions if mention[0] < at]):
                role_words = re.findall(r"[\w\-]+", person.role.lower())
                if any(same_name_word(word, role_word, self.language) for role_word in role_words):
                    return person, f'speaker resolved from "{word}" (the role of {person.name})'
        return None, ""

    def before(self, start: int, end: int) -> tuple[Person | None, str]:
        """Return the subject named in ``start``–``end`` before its speech verb, or the pronoun's person."""
        verbs = list(self.verb.finditer(self.text, start, end))
        verb_at = verbs[-1].start() if verbs else end
        names = [
            (mention_start, mention_end, person)
            for mention_start, mention_end, person in self.mentions
            if start <= mention_start < verb_at and not self.is_object(mention_start)
        ]
        subjects = [
            person for _, mention_end, person in names if self.is_subject(mention_end, verb_at)
        ]
        if subjects:
            return subjects[-1], ""
        if names and not verbs:
            return names[-1][2], ""
        pronoun = self.pronoun_in(self.text[start:end], possessive=True)
        if pronoun:
            return self.resolve(pronoun, start), f'speaker resolved from "{pronoun}"'
        if names:
            return names[-1][2], ""
        return None, ""

    def acts_after(self, end: int) -> bool:
        """Return True when a verb of speech or action follows the mention ending at ``end``."""
        verb = self._action_verb.search(self.text, end, end + 160)
        if verb is None or re.search(r"[.;!?]", self.text[end : verb.start()]):
            return False
        return self.is_subject(end, verb.start())

    def is_object(self, at: int) -> bool:
        """Return True when the mention at ``at`` follows a preposition ("ally of Atambayev")."""
        if self.language != "en":
            return False
        return bool(
            re.search(
                r"(?<![\w\-])(?:of|to|with|for|by|from|about|against|at|on|called|and)\s+$",
                self.text[max(0, at - 12) : at],
                re.IGNORECASE,
            )
        )

    def is_subject(self, mention_end: int, verb_at: int) -> bool:
        """Return True when what stands between a mention and the verb lets it be the subject.

        Allowed: nothing or one word ("Armstrong radioed", "Obama also said"), an apposition
        between commas ("Turdukuov, an activist, said"), or an apposition running into a
        relative clause ("Turdukuov, an activist ... who witnessed the release said"). A
        lone comma ("… brother Asylbek Jeenbekov, said") closes a clause the name is in.
        """
        between = self.text[mention_end:verb_at]
        if re.fullmatch(r"(?:['’]s)?\s*(?:[\w\-]+\s+)?", between):
            return True
        if re.fullmatch(r",[^,.;!?]+,\s*(?:[\w\-]+\s+)?", between):
            return True
        return bool(
            re.match(r",\s+(?:an?|the|one|[a-zа-яёөүң][\w\-]*)\s[^.;!?]*", between)
        ) and not re.fullmatch(r",\s*", between)

    def pronoun_in(self, text: str, possessive: bool = False) -> str:
        """Return the first personal (or possessive) pronoun in ``text``, as written, or ''."""
        pronouns = [*self.words.pronouns_male, *self.words.pronouns_female]
        if possessive:
            pronouns += [
                p for p in self.words.possessive_pronouns if p not in ("their", "их", "алардын")
            ]
        match = re.search(
            r"(?<![\w\-])(" + "|".join(pronouns) + r")(?![\w\-])", text, re.IGNORECASE
        )
        return match.group(1) if match else ""

    def resolve(self, pronoun: str, at: int) -> Person | None:
        """Return the last person of the pronoun's gender named before offset ``at``."""
        lower = pronoun.lower()
        female = None
        if self.language != "ky":
            female = lower in self.words.pronouns_female or lower in ("her", "её", "ее")
        before = [
            (start, end, person)
            for start, end, person in self.mentions
            if start < at and not self.is_object(start)
        ]
        # A subject ("Reagan challenged …") is what a later pronoun points at, before an object.
        subjects = [person for start, end, person in before if self.acts_after(end)]
        candidates = subjects or [person for _, _, person in before]
        for person in reversed(candidates):
            if female is None or person.female is None or person.female == female:
                return person
        return None
