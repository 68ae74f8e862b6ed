"""Find the people an article names, their roles, and every place each one is mentioned.

A person is a run of capitalised words that is not an organisation or a place, of two or
more words ("Neil Armstrong") or one word after a title ("President Yeltsin"). Later
mentions by surname alone, in any grammatical case (Ельцина, Атамбаевдин), are tied to the
person by the stem of the surname. Roles come from the article's own words: an apposition
("Adil Turdukuov, an activist and ally of Atambayev, said"), a title before the name
("former president Almazbek Atambayev") or a role before it ("one opposition candidate,
Ryskeldi Mombekov").

For comparison, Russian names can come from natasha's named-entity tagger instead of the
capitalisation rules (``names="natasha"``, when natasha is installed): on the evaluation set
it finds the same people, a hundred times slower, so the rules are the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.draft.lexicon import Lexicon, lexicon, word_list
from game.draft.marks import inside, quotation_marks
from game.draft.roles import RoleFinder
from game.draft.sentences import Sentence

_WORD = re.compile(r"[A-ZА-ЯЁӨҮҢ][\w’'\-]*\w|[A-ZА-ЯЁӨҮҢ]\.")
_CAPITALISED_RUN = re.compile(
    r"(?:[A-ZА-ЯЁӨҮҢ][\w’'\-]*\w\.?)(?:[ \u00a0](?:[A-ZА-ЯЁӨҮҢ][\w’'\-]*\w|[A-ZА-ЯЁ]\.))*"
)
_SENTENCE_START_WORDS = {
    "ru": frozenset(
        word_list(
            "вечером утром днём днем ночью накануне позже тогда сегодня вчера там затем потом "
            "именно однако впрочем также тем"
        )
    ),
    "ky": frozenset(word_list("кечинде эртеси түнү ошол андан кийин бирок ошондо бүгүн кечээ")),
    "en": frozenset(),
}
_CASE_SUFFIXES = {
    "ru": ("а", "у", "е", "ы", "ом", "ой", "ю"),
    "ky": (
        "дын", "дин", "дун", "дүн", "нын", "нин", "нун", "нүн", "тын", "тин", "тун", "түн",
        "га", "ге", "го", "гө", "ка", "ке", "ко", "кө", "да", "де", "до", "дө", "та", "те",
        "то", "тө", "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "ды", "ди", "ду",
        "дү", "ны", "ни", "ну", "нү", "ты", "ти", "ту", "тү",
    ),
}  # fmt: skip
_FEMALE_ENDINGS = ("ова", "ева", "ёва", "ина", "ская", "цкая", "ая")


@dataclass
class Person:
    """A person the article names: the name as written, a role, and every mention."""

    key: str
    name: str
    role: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    female: bool | None = None
    name_guessed: bool = False  # the name is not in a form known to be the nominative
    titled: bool = False  # named after a title ("President Nixon")
    attested: bool = False  # a role, a title, or a verb of speech or action after a mention
    group: bool = False  # a party, a body or a group of people, not one person

    @property
    def surname(self) -> str:
        """Return the last word of the name."""
        return self.name.split()[-1]

    @property
    def first_mention(self) -> int:
        """Return the offset of the first mention."""
        return min(start for start, _ in self.mentions)


def same_name_word(a: str, b: str, language: str) -> bool:
    """Return True when two forms of a name word are the same word in another case."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b:
        return True
    if language == "en":
        return a.removesuffix("'s").removesuffix("’s") == b.removesuffix("'s").removesuffix("’s")
    shorter, longer = sorted((a, b), key=len)
    keep = max(4, len(shorter) - (1 if len(shorter) <= 5 else 2))
    return len(longer) - len(shorter) <= 4 and shorter[:keep] == longer[:keep] and len(shorter) >= 4


def _guess_female(name: str, language: str) -> bool | None:
    """Guess a Russian or Kyrgyz name's gender from its endings; None in English."""
    if language == "en":
        return None
    words = name.lower().split()
    if words[-1].endswith(_FEMALE_ENDINGS):
        return True
    if words[0].endswith(("а", "я")) and words[0] not in ("илья", "никита", "фома"):
        return len(words) > 1 and not words[-1].endswith(("ов", "ев", "ин", "ий"))
    return False


class PeopleFinder:
    """Find people in one article with rules (and natasha's tagger for Russian, if asked)."""

    def __init__(self, text: str, sentences: list[Sentence], language: str) -> None:
        self.text = text
        self.sentences = sentences
        self.language = language
        self.words: Lexicon = lexicon(language)
        self.people: list[Person] = []
        lowercase = re.findall(r"(?<![\w.])[a-zа-яёөүң][\w\-]*", text)
        self._lowercase_words = frozenset(lowercase)
        self._sentence_starts = frozenset(sentence.start for sentence in sentences)
        self._marks = quotation_marks(text)

    def find(self, names: str = "rules") -> list[Person]:
        """Return the people of the article, in the order of their first mention."""
        spans = self._natasha_spans() if names == "natasha" else self._rule_spans()
        for start, end, name, by_title in spans:
            self._add(start, end, name, by_title)
        self._add_surname_mentions()
        roles = RoleFinder(self.text, self.language)
        for person in self.people:
            person.mentions.sort()
            person.role = person.role or roles.role(person.mentions)
            person.female = _guess_female(person.name, self.language)
            person.attested = bool(person.role) or person.titled or self._acts(person)
            if self.language != "en":
                person.name, person.name_guessed = self._nominative(person)
        self.people.sort(key=lambda person: person.first_mention)
        return self.people

    # --- candidate names

    def _rule_spans(self) -> list[tuple[int, int, str, bool]]:
        """Return (start, end, name, after-a-title) for capitalised runs that look like people."""
        spans: list[tuple[int, int, str, bool]] = []
        titles = {title.lower() for title in self.words.titles}
        for match in _CAPITALISED_RUN.finditer(self.text):
            if inside(self._marks, match.start()):
                continue  # words someone says ("Берегите Россию") are not a name
            words = [(m.start() + match.start(), m.group()) for m in _WORD.finditer(match.group())]
            by_title = False
            # Strip what is not part of a name from the front: articles, sentence-start words,
            # titles ("President"), nationality and organisation words ("Russian leader").
            while words:
                offset, word = words[0]
                bare = word.rstrip(".")
                if bare in self.words.not_names or self._organisation(bare):
                    words.pop(0)
                elif bare.lower() in titles:
                    by_title = True
                    words.pop(0)
                elif offset in self._sentence_starts and self._common_word(bare):
                    words.pop(0)
                elif len(bare) >= 2 and bare.isupper():
                    words.pop(0)  # an acronym before a name: "ЦК КПСС Никита Хрущёв"
                else:
                    break
            if not words:
                continue
            # A place or body after a name ends it ("Нил Армстронг Айга": to the Moon); one
            # inside it or before it means the run is no name at all.
            for index, (_, word) in enumerate(words):
                bare = word.rstrip(".")
                if self._organisation(bare) or bare in self.words.not_names:
                    words = words[:index] if index >= 2 else []
                    break
            if not words:
                continue
            start = words[0][0]
            end = words[-1][0] + len(words[-1][1])
            name = self.text[start:end].rstrip(".")
            end = start + len(name)
            name = re.sub(r"['’]s$", "", name)
            preceding = self.text[max(0, start - 40) : start].lower().split()
            by_title = by_title or bool(preceding and preceding[-1] in titles)
            if len(words) >= 2 or by_title:
                spans.append((start, start + len(name), name, by_title))
        return spans

    def _organisation(self, word: str) -> bool:
        """Return True for a word of a place or body, in any case ending ("Айдын": of the Moon)."""
        if word in self.words.organisation_words:
            return True
        if self.language == "en":
            return False
        return any(
            word.endswith(suffix) and word[: -len(suffix)] in self.words.organisation_words
            for suffix in _CASE_SUFFIXES[self.language]
        )

    def _common_word(self, word: str) -> bool:
        """Return True when ``word`` also appears in lowercase: a sentence-start word, no name."""
        lower = word.lower()
        return lower in self._lowercase_words or lower in _SENTENCE_START_WORDS[self.language]

    def _natasha_spans(self) -> list[tuple[int, int, str, bool]]:
        """Return the PER spans natasha's news tagger finds, with their normal forms."""
        from natasha import (
            Doc,
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        embedding = NewsEmbedding()
        doc = Doc(self.text)
        doc.segment(Segmenter())
        doc.tag_morph(NewsMorphTagger(embedding))
        doc.tag_ner(NewsNERTagger(embedding))
        vocabulary = MorphVocab()
        spans: list[tuple[int, int, str, bool]] = []
        for span in doc.spans:
            if span.type != "PER":
                continue
            span.normalize(vocabulary)
            spans.append((span.start, span.stop, span.normal or span.text, False))
        self._natasha_normal = {(start, end): name for start, end, name, _ in spans}
        return spans

    # --- people and mentions

    def _add(self, start: int, end: int, name: str, by_title: bool) -> None:
        """Add a mention of ``name`` to its person, or make a new person."""
        words = name.split()
        for person in self.people:
            if same_name_word(words[-1], person.surname, self.language) and (
                len(words) == 1
                or len(person.name.split()) == 1
                or same_name_word(words[0], person.name.split()[0], self.language)
            ):
                person.mentions.append((start, end))
                person.titled = person.titled or by_title
                if len(words) > len(person.name.split()):
                    person.name = name
                return
        for person in self.people:
            if (
                len(words) == 2
                and start in self._sentence_starts
                and same_name_word(words[-1], person.surname, self.language)
            ):
                # "Решение Ельцина ...": a sentence-start word before a known surname.
                surname_start = end - len(words[-1])
                person.mentions.append((surname_start, end))
                return
            if len(words) >= 2 and same_name_word(words[0], person.surname, self.language):
                # "Армстронг Айдын ...": a known surname followed by another capitalised word.
                person.mentions.append((start, start + len(words[0])))
                return
        if len(words) == 1 and not by_title:
            return
        key = words[-1]
        self.people.append(Person(key=key, name=name, mentions=[(start, end)], titled=by_title))

    def _add_surname_mentions(self) -> None:
        """Tie every lone capitalised word that is a known surname (in any case) to its person."""
        taken = {
            offset
            for person in self.people
            for start, end in person.mentions
            for offset in range(start, end)
        }
        for match in _WORD.finditer(self.text):
            if match.start() in taken:
                continue
            word = re.sub(r"['’]s$", "", match.group())
            for person in self.people:
                if len(word) >= 3 and any(
                    same_name_word(word, part, self.language) for part in person.name.split()[-1:]
                ):
                    person.mentions.append((match.start(), match.start() + len(word)))
                    break

    def _acts(self, person: Person) -> bool:
        """Return True when a mention is followed by a verb of speech or action (a subject)."""
        verbs = "|".join(self.words.speech_verbs + self.words.action_verbs)
        pattern = re.compile(
            rf"(?:['’]s)?\s+(?:(?:also|then|later|had|has|was|затем|тоже|да)\s+)?(?:{verbs})(?![\w\-])",
            re.IGNORECASE,
        )
        return any(pattern.match(self.text, end) for _, end in person.mentions)

    def _nominative(self, person: Person) -> tuple[str, bool]:
        """Return the mention form most likely in the nominative, and whether it is a guess."""
        normal = getattr(self, "_natasha_normal", None)
        if normal:
            for start, end in person.mentions:
                if (start, end) in normal and len(normal[(start, end)].split()) == len(
                    person.name.split()
                ):
                    return normal[(start, end)], False
        best: tuple[int, int, str] | None = None
        verbs = "|".join(self.words.speech_verbs + self.words.action_verbs)
        for start, end in person.mentions:
            form = self.text[start:end]
            if len(form.split()) != len(person.name.split()):
                continue
            after = self.text[end : end + 40]
            before = self.text[max(0, start - 40) : start]
            score = 0
            if re.match(
                rf"\s*(?:,[^,]{{1,80}},\s*)?(?:\S+\s+){{0,2}}?(?:{verbs})(?![\w\-])", after
            ):
                score += 2
            if re.search(rf"(?:{verbs})\s+$", before):
                score += 2
            if re.match(r",\s", after):
                score += 1
            candidate = (score, -start, form)
            if best is None or candidate > best:
                best = candidate
        if best is None:
            return person.name, True
        return best[2], best[0] == 0
