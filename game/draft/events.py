"""Turn the dated sentences of an article into timeline events.

Each sentence with a temporal expression becomes an event: its evidence is the sentence
(verbatim), its card text a short statement cut from it with the date words taken out (so
the card does not give its own place away), and its ``when`` the date at the precision the
article gives. Where several events fall on one day and the text settles their order (a clock
time, "in the evening", "later that day", "then"), each gets an hour as a sort key and a
``label`` with the article's own words for the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.draft.dates import PART_OF_DAY_HOURS, Dated, DateFinder
from game.draft.lexicon import lexicon, word_list
from game.draft.sentences import Sentence
from game.model.when import Precision, When

_MAX_EVIDENCE_WORDS = 45
_MAX_CARD_WORDS = 18
_PREPOSITIONS = {
    "en": r"(?:on|in|of|since|by|until|from|during|at|the)",
    "ru": r"(?:в|во|с|со|к|до|на|по)",
    "ky": r"(?:)",
}
_IRREGULAR_PRESENT = {
    "was": "is", "were": "are", "had": "has", "won": "wins", "took": "takes", "gave": "gives",
    "went": "goes", "came": "comes", "became": "becomes", "began": "begins", "fell": "falls",
    "flew": "flies", "left": "leaves", "led": "leads", "met": "meets", "ran": "runs",
    "said": "says", "saw": "sees", "sat": "sits", "stood": "stands", "told": "tells",
    "wrote": "writes", "held": "holds", "made": "makes", "brought": "brings", "broke": "breaks",
    "spoke": "speaks", "found": "finds", "lost": "loses", "paid": "pays", "sent": "sends",
    "built": "builds", "struck": "strikes", "chose": "chooses", "got": "gets", "kept": "keeps",
    "rose": "rises", "shot": "shoots", "swore": "swears", "threw": "throws", "tore": "tears",
    "fought": "fights", "drew": "draws", "grew": "grows", "spent": "spends", "hit": "hits",
    "set": "sets", "put": "puts", "read": "reads", "let": "lets", "cut": "cuts", "quit": "quits",
}  # fmt: skip
_PLURAL_BE = {"is": "are", "has": "have"}


@dataclass
class FoundEvent:
    """A dated event: card text, evidence, date, label, and the notes for the teacher."""

    start: int
    text: str
    evidence: str
    when: When
    dated: Dated
    label: str = ""
    notes: list[str] = field(default_factory=list)


_NOT_PAST = frozenset(word_list("need seed speed red bed shed led hundred united based"))


def _regular_present(past: str, plural: bool) -> str:
    """Return the present of a regular past form ("announced" -> "announces")."""
    stem = past[:-2]
    if past.endswith("eed"):
        stem = past[:-1]  # freed -> free
    elif stem.endswith("i"):
        stem = stem[:-1] + "y"
    elif len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        stem = stem[:-1]  # stepped -> step
    elif stem.endswith(
        (
            "c",
            "v",
            "z",
            "ar",
            "ir",
            "ur",
            "at",
            "ut",
            "id",
            "ag",
            "ng",
            "rg",
            "bl",
            "pl",
            "tl",
            "dl",
            "gl",
            "kl",
        )
    ) and not stem.endswith(("eat", "oat")):
        stem += "e"  # announced -> announce, declared -> declare, created -> create
    elif re.search(r"[aeiou][sv]$", stem) or stem.endswith("e"):
        stem += "" if stem.endswith("e") else "e"  # used -> use, freed -> free
    if plural:
        return stem
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return stem[:-1] + "ies"
    return stem + ("es" if stem.endswith(("s", "sh", "ch", "x", "z")) else "s")


def _and_present(clause: str, plural: bool) -> str:
    """Put a second verb joined by "and" in the present too ("climbs ... and becomes")."""

    def present(match: re.Match[str]) -> str:
        verb = match.group(1)
        if verb in _IRREGULAR_PRESENT:
            new = _IRREGULAR_PRESENT[verb]
            return "and " + (new[:-1] if plural and new.endswith("s") and verb != "was" else new)
        return "and " + _regular_present(verb, plural)

    irregular = "|".join(sorted(_IRREGULAR_PRESENT, key=len, reverse=True))
    return re.sub(rf"\band ({irregular}|[a-z]{{3,}}ed)\b", present, clause, count=1)


def _present_tense(clause: str) -> tuple[str, bool]:
    """Put the first past-tense verb of an English clause in the present; say if it changed."""
    words = clause.split(" ")
    for index, word in enumerate(words[:8]):
        bare = word.lower().strip(",")
        if index == 0:
            continue
        plural = words[index - 1].lower().endswith("s") and not words[index - 1].lower().endswith(
            ("ss", "'s", "’s", "us")
        )
        if bare in _IRREGULAR_PRESENT:
            present = _IRREGULAR_PRESENT[bare]
            if plural:
                present = _PLURAL_BE.get(
                    present,
                    present[:-1] if present.endswith("s") and bare not in ("was",) else present,
                )
                if bare == "was":
                    present = "is"
            words[index] = present
            return _and_present(" ".join(words), plural), True
        if re.fullmatch(r"[a-z]{3,}ed", bare) and bare not in _NOT_PAST:
            words[index] = _regular_present(bare, plural)
            return _and_present(" ".join(words), plural), True
    return clause, False


class EventFinder:
    """Find the dated events of one article."""

    def __init__(
        self, text: str, sentences: list[Sentence], language: str, finder: DateFinder
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.language = language
        self.finder = finder
        self.words = lexicon(language)

    def find(self, skip_before: int = 0) -> list[FoundEvent]:
        """Return the events of the sentences that start at or after ``skip_before``."""
        events: list[FoundEvent] = []
        anchor: When | None = None
        day_words: dict[str, str] = {}
        for sentence in self.sentences:
            if sentence.start < skip_before or len(sentence.text.split()) < 5:
                continue
            found = [
                dated
                for dated in self.finder.find(sentence.text, anchor)
                if not self._inside_quote(sentence.text, dated)
            ]
            if not found:
                continue
            years = [dated for dated in found if dated.when.precision is Precision.YEAR]
            chosen = (
                years if len(years) >= 2 and len(years) == len(found) else [self._primary(found)]
            )
            for dated in chosen:
                event = self._event(sentence, dated, found, several=len(chosen) > 1)
                if event:
                    events.append(event)
                    if not dated.relative and dated.when.precision >= Precision.DAY:
                        day_words.setdefault(str(dated.when)[:10], self._day_label(dated.words))
            # The story's "now" never moves past the publication date: a date announced for
            # later ("elections are set for 26 March") is not where "the same day" points.
            # A year alone ("elected in 1991") is an aside: "the same day" still means the
            # last day the story told.
            latest = chosen[-1].when
            if latest.start.date() <= self.finder.published and latest.precision >= Precision.MONTH:
                anchor = latest
        self._order_days(events, day_words)
        return events

    def _inside_quote(self, text: str, dated: Dated) -> bool:
        """Return True when the date words are inside quotation marks (someone's words)."""
        before = text[: dated.start]
        return (
            before.count("“") > before.count("”")
            or before.count("«") > before.count("»")
            or before.count('"') % 2 == 1
        )

    def _primary(self, found: list[Dated]) -> Dated:
        """Return the expression that dates the sentence.

        A possessive ("Sunday's poll", "Monday's protest") names a thing, not when the
        sentence happens, so any other expression comes first; then the first absolute one.
        """
        plain = [dated for dated in found if not re.search(r"['’]s$", dated.words)] or found
        absolute = [dated for dated in plain if not dated.relative]
        return (absolute or plain)[0]

    def _day_label(self, words: str) -> str:
        """Return the article's words for a day without a leading preposition ("Monday").

        A Russian or Kyrgyz weekday is given in the nominative, as Babel names it ("в среду"
        becomes "Среда").
        """
        if self.language != "en":
            from babel.dates import get_day_names

            from game.draft.lexicon import weekday_patterns

            for weekday, pattern in weekday_patterns(self.language):
                if re.search(pattern, words, re.IGNORECASE):
                    name = get_day_names("wide", "format", self.language)[weekday]
                    return name[:1].upper() + name[1:]
        preposition = _PREPOSITIONS[self.language]
        label = (
            re.sub(rf"^{preposition}\s+", "", words, flags=re.IGNORECASE)
            if preposition != "(?:)"
            else words
        )
        label = re.sub(r"['’]s$", "", label)
        return label[:1].upper() + label[1:]

    def _event(
        self, sentence: Sentence, dated: Dated, found: list[Dated], several: bool
    ) -> FoundEvent | None:
        """Build the event of one sentence and one temporal expression."""
        evidence = sentence.text
        if len(evidence.split()) > _MAX_EVIDENCE_WORDS:
            evidence = self._clause_around(sentence.text, dated)
        notes = [dated.note] if dated.note else []
        # Date words come out of the card (it must not give its own place away), except a
        # possessive ("Sunday's poll"), which is part of what the card is about.
        text, changed = self._card_text(
            sentence.text, [item for item in found if not re.search(r"['’]s$", item.words)]
        )
        if (
            sum(1 for token in text.split() if re.fullmatch(r"[^\W\d_][\w'’\-]*[.,;:!?]?", token))
            < 4
        ):
            return None  # a caption or a credit line, not an event
        if self.language == "en" and changed:
            notes.append(
                "card text cut from the sentence, verb put in the present by rule: read it through"
            )
        else:
            notes.append("card text cut from the sentence: make it a short present-tense statement")
        if several:
            notes.append("the sentence gives several years: each card needs its own text")
        when = dated.when
        if dated.clock and when.precision is Precision.DAY:
            when = When(when.year, when.month, when.day, dated.clock[0], dated.clock[1])
            notes.append(f"hour {dated.clock[0]:02d}:{dated.clock[1]:02d} from the text")
        return FoundEvent(sentence.start + dated.start, text, evidence, when, dated, notes=notes)

    def _clause_around(self, text: str, dated: Dated) -> str:
        """Return the clause (between ; , or sentence ends) that holds the date words."""
        pieces = list(re.finditer(r"[^;,]+(?:[;,]|$)", text))
        for index, piece in enumerate(pieces):
            if piece.start() <= dated.start < piece.end():
                start, end = piece.start(), piece.end()
                while len(text[start:end].split()) < 8 and index + 1 < len(pieces):
                    index += 1
                    end = pieces[index].end()
                return text[start:end].strip(" ,;")
        return text

    def _card_text(self, text: str, found: list[Dated]) -> tuple[str, bool]:
        """Return a short card text: the main clause without the date words."""
        preposition = _PREPOSITIONS[self.language]
        card = text
        for dated in sorted(found, key=lambda item: item.start, reverse=True):
            before = re.sub(
                rf"(?:\s*,)?\s*(?:\b{preposition}\s+)?(?:\b(?:and|or|и|жана)\s+)?$",
                "",
                card[: dated.start],
                flags=re.IGNORECASE,
            )
            card = (before + " " + card[dated.end :]).strip()
        card = re.sub(r"^[,;:\s—–-]+", "", card)
        card = re.sub(r"\s+([,.;:!?])", r"\1", card)
        card = re.sub(r"\s{2,}", " ", card)
        card = re.sub(r",\s*,", ",", card)
        # Keep the main clause: cut at a relative clause or a second clause after 8 words.
        words = card.split()
        if len(words) > _MAX_CARD_WORDS:
            # Cut at a clause boundary after a few words; keep a whole clause rather than
            # stop mid-phrase.
            cut = re.search(
                r"^((?:\S+\s+){5,}?\S+?)(?:,\s|;|\s+—\s|\s+(?=(?:after|when|while|because|but|which|who|as|после|когда|но|который|которая|которые|бирок)\s))",
                card,
            )
            if cut:
                card = cut.group(1)
            elif len(words) > 2 * _MAX_CARD_WORDS:
                card = " ".join(words[: 2 * _MAX_CARD_WORDS])
        # Someone's words after a colon belong to a quote, not to the card.
        card = re.split(r":\s*[\"“«]", card)[0]
        card = card.strip(" ,;:—–-")
        if not card:
            return text, False
        card = card[:1].upper() + card[1:]
        changed = False
        if self.language == "en":
            card, changed = _present_tense(card)
        if card[-1] not in ".!?…":
            card += "."
        return card, changed

    def _order_days(self, events: list[FoundEvent], day_words: dict[str, str]) -> None:
        """Give same-day events whose order the text settles an hour key and a label."""
        by_day: dict[str, list[FoundEvent]] = {}
        for event in events:
            if event.when.precision is Precision.DAY:
                by_day.setdefault(str(event.when), []).append(event)
        for day, group in by_day.items():
            if len(group) < 2:
                continue
            label = day_words.get(day, "")
            previous_hour: int | None = None
            for index, event in enumerate(group):
                dated = event.dated
                hour: int | None = None
                reason = ""
                sentence_start = self.text[
                    event.start - dated.start : event.start - dated.start + 30
                ].lower()
                then = any(
                    re.match(rf"\W*{word}\b", sentence_start) for word in self.words.then_words
                )
                if dated.part_of_day:
                    hour = PART_OF_DAY_HOURS[dated.part_of_day]
                    reason = f'"{dated.words}"'
                    if (
                        previous_hour is not None
                        and hour <= previous_hour
                        and (dated.same_day_cue or then)
                    ):
                        hour = previous_hour + 1
                elif (dated.same_day_cue or then) and index > 0:
                    if previous_hour is None:
                        first = group[index - 1]
                        self._set_hour(
                            first, 12, label, "the first of the day's events in the text"
                        )
                        previous_hour = 12
                    hour = previous_hour + 1
                    reason = (
                        f'"{dated.words}"'
                        if dated.same_day_cue
                        else "the sentence starts with a word of sequence"
                    )
                if hour is None or hour > 23:
                    continue
                own = self._day_label(dated.words) if not dated.relative else ""
                self._set_hour(event, hour, own or label or self._day_label(dated.words), reason)
                previous_hour = hour

    def _set_hour(self, event: FoundEvent, hour: int, label: str, reason: str) -> None:
        """Give ``event`` the sort-key hour ``hour`` and the label players see instead."""
        base = event.when
        if base.precision is not Precision.DAY:
            return
        event.when = When(base.year, base.month, base.day, hour, 0)
        event.label = label
        event.notes.append(f"{hour:02d}:00 is only a sort key from {reason}; players see the label")
