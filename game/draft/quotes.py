"""Find direct quotations and reported speech, and who said them.

A direct quotation is text between quotation marks (“…”, "…", «…»). Its speaker comes from
an attribution next to it: after it (`"…," he added`, `«…», — заявил Ельцин`, `«…» деди
Армстронг`), or before it (`Armstrong radioed: "…"`, `His first words were: "…"`). A
pronoun is resolved to the last person of the right gender named before it, and the draft
says so. A quotation with no attribution continues the attributed quotation just before it
in the same paragraph, or is left out and listed for the teacher.

Reported speech is a sentence in which a named person (or a pronoun) "said that …",
"заявил, что …", "… деп билдирди", without quotation marks around the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.draft.lexicon import lexicon
from game.draft.marks import Mark, quotation_marks
from game.draft.people import Person
from game.draft.sentences import Sentence
from game.draft.speakers import SpeakerFinder

_MAX_EVIDENCE_WORDS = 45


@dataclass
class FoundQuote:
    """A quotation or reported statement, with its speaker, evidence and notes for the teacher."""

    start: int
    end: int
    text: str
    evidence: str
    speaker: Person | None
    reported: bool = False
    notes: list[str] = field(default_factory=list)


class QuoteFinder:
    """Find the quotations of one article and attribute them to the people found in it."""

    def __init__(
        self, text: str, sentences: list[Sentence], people: list[Person], language: str
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.people = people
        self.language = language
        self.words = lexicon(language)
        self.speakers = SpeakerFinder(text, people, language)
        self._mentions = self.speakers.mentions
        self._verb = self.speakers.verb
        self._unattributed: list[str] = []

    @property
    def unattributed(self) -> list[str]:
        """Return the quotations left out because no speaker was found."""
        return self._unattributed

    def find(self) -> list[FoundQuote]:
        """Return every attributed quotation and reported statement, in article order."""
        marks = self._marks()
        found: list[FoundQuote] = []
        previous: tuple[FoundQuote, int] | None = None  # last attributed quote and its paragraph
        for mark in marks:
            sentence_start, sentence_end, paragraph = self._window(mark)
            speaker, note = self._attribute(mark, sentence_start, sentence_end)
            if (
                speaker is None
                and previous
                and previous[1] == paragraph
                and mark.start - previous[0].end < 200
            ):
                speaker = previous[0].speaker
                note = "speaker carried over from the quotation just before it"
            if speaker is None:
                if len(mark.inner.split()) >= 3:
                    self._unattributed.append(mark.inner.strip())
                continue
            quote = FoundQuote(
                start=mark.start,
                end=mark.end,
                text=self._clean(mark.inner),
                evidence=self._evidence(mark, sentence_start, sentence_end),
                speaker=speaker,
                notes=[note] if note and not note.startswith("attributed") else [],
            )
            found.append(quote)
            previous = (quote, paragraph)
        found.extend(self._reported(marks))
        found.sort(key=lambda quote: quote.start)
        return found

    # --- direct quotations

    def _marks(self) -> list[Mark]:
        """Return the quotation-mark pairs of the article, outermost only, in order."""
        return quotation_marks(self.text)

    def _window(self, mark: Mark) -> tuple[int, int, int]:
        """Return the start and end of the sentences around ``mark``, and its paragraph."""
        start, end, paragraph = mark.start, mark.end, 0
        for sentence in self.sentences:
            if sentence.start <= mark.start < sentence.end or (
                sentence.start >= mark.start and sentence.start < mark.end
            ):
                start = min(start, sentence.start)
                paragraph = sentence.paragraph
            if (
                sentence.start < mark.end <= sentence.end + 1
                or sentence.start <= mark.end < sentence.end
            ):
                end = max(end, sentence.end)
                break
        # A closing mark at a sentence end: the attribution may follow in the same paragraph
        # ('"…." he said' is split there by some splitters).
        for sentence in self.sentences:
            if (
                sentence.start >= end - 1
                and sentence.paragraph == paragraph
                and sentence.start - end <= 2
            ):
                if self._attribution_only(self.text[end : sentence.end]):
                    end = sentence.end
                break
        return start, end, paragraph

    def _attribution_only(self, text: str) -> bool:
        """Return True when ``text`` is a short attribution (`he said.`, `— заявил он.`)."""
        return (
            len(text.split()) <= 8
            and bool(self._verb.search(text))
            and not re.search(r"[\"“«]", text)
        )

    def _attribute(
        self, mark: Mark, sentence_start: int, sentence_end: int
    ) -> tuple[Person | None, str]:
        """Return the speaker of ``mark`` and how it was found ('' when named outright)."""
        after_end = sentence_end
        next_open = re.search(r"[\"“«]", self.text[mark.end : sentence_end])
        if next_open:
            after_end = mark.end + next_open.start()
        after = self.text[mark.end : after_end]
        verb = self._verb.search(after)
        if verb and len(after[: verb.start()].split()) <= 12:
            person, note = self.speakers.near(
                mark.end, mark.end + verb.end() + 60, after_end, mark.end + verb.start()
            )
            if person:
                return person, note
        before_start = sentence_start
        previous_close = max(
            self.text.rfind("”", sentence_start, mark.start),
            self.text.rfind("»", sentence_start, mark.start),
        )
        if previous_close > before_start:
            before_start = previous_close + 1
        before = self.text[before_start : mark.start]
        tail = " ".join(before.split()[-8:])
        introduced = before.rstrip().endswith((":", ",")) and (
            bool(self._verb.search(tail)) or before.rstrip().endswith(":")
        )
        introduced = introduced or bool(self._verb.search(tail))
        if introduced or (verb and self.language == "ky"):
            person, note = self.speakers.before(before_start, mark.start)
            if person:
                return person, note
        return None, ""

    def _clean(self, inner: str) -> str:
        """Return the words inside the quotation marks as a card's text."""
        text = " ".join(inner.split())
        text = re.sub(r"[,:;]$", ".", text)
        if text and text[0].islower():
            text = "… " + text
        if text and text[-1] not in ".!?…":
            text += "."
        return text

    def _evidence(self, mark: Mark, start: int, end: int) -> str:
        """Return the verbatim evidence: the sentence with the quotation, or the quotation alone."""
        passage = self.text[start:end].strip()
        if len(passage.split()) <= _MAX_EVIDENCE_WORDS:
            return passage
        return mark.inner.strip().rstrip(",")

    # --- reported speech

    def _reported(self, marks: list[Mark]) -> list[FoundQuote]:
        """Return reported statements: a person or pronoun, a speech verb, and a clause."""
        found: list[FoundQuote] = []
        verbs = "|".join(self.words.reported_verbs)
        if self.language == "en":
            pattern = re.compile(
                rf"(?P<verb>\b(?:{verbs})\b)(?:\s+(?:reporters|journalists|AFP|Reuters|the press|parliament|the court|him|her|them|us|me))?(?:(?:(?:\s+[\w'’]+){{0,3}}?\s+that\s+(?P<clause>[a-z][^.;!?]{{8,}}))|\s+(?P<bare>(?=[a-z\d]|I\s)(?:[\w,’']+\s+){{0,4}}?(?:was|were|had|would|could|will|is|are|has|have|did|should|must|might)\s[^.;!?]{{8,}}))"
            )
        elif self.language == "ru":
            pattern = re.compile(
                rf"(?P<verb>(?<![\w\-])(?:{verbs}))(?:\s+\w+)?,\s+что\s+(?P<clause>[^.;!?]{{8,}})",
                re.IGNORECASE,
            )
        else:
            pattern = re.compile(
                r"(?P<clause>[^.;!?«»\"]{8,}?)\s+(?:экенин|деп)\s+(?P<verb>билдирди|айтты|белгиледи|жарыялады)"
            )
        for sentence in self.sentences:
            if any(
                sentence.start <= mark.start < sentence.end and len(mark.inner.split()) >= 3
                for mark in marks
            ):
                continue
            for match in pattern.finditer(sentence.text):
                verb_at = sentence.start + match.start("verb")
                subject = self._subject_before(sentence.start, verb_at)
                if subject is None:
                    continue
                person, note = subject
                # "said that <clause>", or a bare clause with its own subject ("said it was …").
                group = "clause" if match.groupdict().get("clause") else "bare"
                clause_start = sentence.start + match.start(group)
                clause_end = sentence.start + match.end(group)
                clause = self.text[clause_start:clause_end]
                clause = re.split(r",\s+(?:but|and|а|но|while)\s|;\s", clause)[0].strip()
                if clause.count('"') % 2:
                    clause = clause[: clause.rfind('"')].rstrip(" ,")
                    # "…, which she blamed on": a clause cut before its quoted end loses it too.
                    if re.search(r"\s(?:on|to|of|for|with|as|about|at|by|in)$", clause):
                        clause = re.split(r",\s+(?:which|who)\s", clause)[0]
                if self.language == "ky":
                    clause_start = max(clause_start, verb_at - 400)
                    evidence_start, evidence_end = (
                        sentence.start,
                        sentence.start + match.end("verb"),
                    )
                else:
                    evidence_start = min(
                        self._mention_start(person, sentence.start, verb_at), verb_at
                    )
                    evidence_end = clause_start + len(clause)
                evidence = self.text[evidence_start:evidence_end].strip()
                if len(evidence.split()) > _MAX_EVIDENCE_WORDS or len(clause.split()) < 3:
                    continue
                text = clause[0].upper() + clause[1:]
                text = text.rstrip(",") + ("" if text.endswith((".", "!", "?")) else ".")
                notes = ["reported speech in the article's words: rewrite it as what was said"]
                if note:
                    notes.append(note)
                found.append(
                    FoundQuote(
                        verb_at, clause_end, " ".join(text.split()), evidence, person, True, notes
                    )
                )
                break
        return found

    def _subject_before(self, sentence_start: int, verb_at: int) -> tuple[Person, str] | None:
        """Return the person (or resolved pronoun) who is the subject right before the verb."""
        window = self.text[sentence_start:verb_at]
        # A subject with an apposition: "Adil Turdukuov, an activist ... who witnessed it said".
        names = [
            (start, end, person)
            for start, end, person in self._mentions
            if sentence_start <= start < verb_at and not self.speakers.is_object(start)
        ]
        subjects = [
            (start, person)
            for start, end, person in names
            if self.speakers.is_subject(end, verb_at)
            and len(self.text[start:verb_at].split()) <= 18
        ]
        if subjects:
            return subjects[-1][1], ""
        tail = window.split()[-2:]
        for word in tail:
            pronoun = self.speakers.pronoun_in(word)
            if pronoun and pronoun.lower() == word.lower().strip(",."):
                person = self.speakers.resolve(pronoun, verb_at)
                if person:
                    return person, f'speaker resolved from "{pronoun}"'
        return None

    def _mention_start(self, person: Person, sentence_start: int, verb_at: int) -> int:
        """Return where the subject's mention (or the pronoun) before the verb begins."""
        starts = [start for start, _ in person.mentions if sentence_start <= start < verb_at]
        if starts and len(self.text[starts[-1] : verb_at].split()) <= 16:
            return starts[-1]
        words = list(re.finditer(r"\S+", self.text[sentence_start:verb_at]))
        return sentence_start + words[-1].start() if words else verb_at
