"""Make multiple-choice questions from the numbers, years and names of an article.

Each question is a gap to fill in one sentence of the article: the gap is a number, a year
or a person's name, and the wrong choices are of the same kind. Numbers are scaled (a tenth,
ten times, half or double, formatted by Babel like the answer), years are moved a few years
either way (never past the publication date), names are other people of the same article.
Which wrong choices are larger or smaller than the answer alternates from question to
question, so the right answer is not always the longest or the largest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel.numbers import format_decimal

from game.draft.dates import DateFinder
from game.draft.people import Person
from game.draft.sentences import Sentence
from game.model.when import Precision

_NUMBER = re.compile(
    r"(?<![\w.,\-])(?P<number>\d{1,3}(?:(?P<separator>[,\u00a0\u202f ])\d{3})+|\d+)(?![\w.,]\d|-?\w)"
)
# A year stands alone, or in Kyrgyz before its suffix (1969-жылдын, 2017-ж.).
_YEAR = re.compile(r"(?<![\w\-])(?P<year>1[5-9]\d\d|20\d\d)(?=-ж|(?![\w\-]|[,.]\d))")
_GAP = "___"
PROMPTS = {
    "en": "Fill in the gap: {sentence}",
    "ru": "Вставьте пропущенное: {sentence}",
    "ky": "Боштукту толтуруңуз: {sentence}",
}
_MAX_WORDS = 40
MAX_QUESTIONS = 8


@dataclass
class FoundQuestion:
    """A gap-filling question: prompt, answer, wrong choices, evidence and notes."""

    start: int
    prompt: str
    answer: str
    wrong: list[str]
    evidence: str
    kind: str  # number, year or name
    notes: list[str] = field(default_factory=list)


def _format_like(value: int, answer: str, language: str) -> str:
    """Format ``value`` with Babel, with digit grouping only when the answer has it."""
    grouped = not answer.isdigit()
    return format_decimal(value, locale=language, group_separator=grouped)


def scaled_numbers(value: int, answer: str, language: str, flip: bool) -> list[str]:
    """Return three wrong numbers of the same kind as ``value``: some smaller, some larger."""
    if value >= 20:
        candidates = [value // 10, value * 10, value * 2 if flip else value // 2]
        if flip:
            candidates = [value // 2, value * 10, value * 3]
    elif value >= 3:
        candidates = (
            [value - 2, value + 3, value * 2] if flip else [value - 1, value + 2, value * 3]
        )
    else:
        candidates = [value + 1, value + 2, value + 4]
    wrong: list[str] = []
    for candidate in candidates:
        text = _format_like(max(candidate, 0), answer, language)
        if candidate > 0 and text != answer and text not in wrong:
            wrong.append(text)
    return wrong


def shifted_years(year: int, latest: int, flip: bool) -> list[str]:
    """Return three wrong years near ``year``, none after ``latest``."""
    offsets = (-3, 2, -6, 5, -1, -9) if flip else (-2, 4, -5, 1, -7, 3)
    years: list[str] = []
    for offset in offsets:
        candidate = year + offset
        if candidate <= latest and str(candidate) not in years and len(years) < 3:
            years.append(str(candidate))
    return years


class QuestionMaker:
    """Make questions for one article."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        people: list[Person],
        language: str,
        dates: DateFinder,
    ) -> None:
        self.dates = dates
        self.latest_year = dates.published.year
        self.text = text
        self.sentences = sentences
        self.people = people
        self.language = language

    def make(self, skip: list[tuple[int, int]], skip_before: int = 0) -> list[FoundQuestion]:
        """Return up to ``MAX_QUESTIONS`` questions, one per sentence, numbers first.

        Sentences overlapping a span in ``skip`` (quotations) are not used.
        """
        by_kind: dict[str, list[FoundQuestion]] = {"number": [], "year": [], "name": [], "date": []}
        self._dates = self._written_dates(skip_before)
        for number, sentence in enumerate(self.sentences):
            if (
                sentence.start < skip_before
                or len(sentence.text.split()) > _MAX_WORDS
                or len(sentence.text.split()) < 6
            ):
                continue
            if any(start < sentence.end and sentence.start < end for start, end in skip):
                continue
            flip = number % 2 == 1
            for maker in (self._number, self._year, self._name, self._date):
                question = maker(sentence, flip)
                if question:
                    by_kind[question.kind].append(question)
                    break
        chosen: list[FoundQuestion] = []
        # Take them in turn, a number, a year, a name, a date, so the quiz is varied.
        while len(chosen) < MAX_QUESTIONS and any(by_kind.values()):
            for kind in ("number", "year", "name", "date"):
                if by_kind[kind] and len(chosen) < MAX_QUESTIONS:
                    chosen.append(by_kind[kind].pop(0))
        chosen.sort(key=lambda question: question.start)
        return chosen

    def _written_dates(self, skip_before: int) -> list[tuple[int, int, str]]:
        """Return (start, end, words) of every day written out in the article (not relative)."""
        found: list[tuple[int, int, str]] = []
        if self.language == "ky":
            return found  # Kyrgyz dates carry case endings (16-июлунда): no shared shape to swap
        for sentence in self.sentences:
            if sentence.start < skip_before:
                continue
            for dated in self.dates.find(sentence.text, None):
                if (
                    dated.when.precision >= Precision.DAY
                    and not dated.relative
                    and not dated.note.startswith('"')
                ):
                    words = sentence.text[dated.start : dated.end]
                    found.append((sentence.start + dated.start, sentence.start + dated.end, words))
        return found

    def _date(self, sentence: Sentence, flip: bool) -> FoundQuestion | None:
        """Return a question whose gap is a written-out day, the wrong choices other days of the article."""
        for start, end, words in self._dates:
            if not (sentence.start <= start and end <= sentence.end):
                continue
            with_year = bool(re.search(r"\d{4}", words))
            others: list[str] = []
            for _, _, other in self._dates:
                if (
                    other != words
                    and other not in others
                    and bool(re.search(r"\d{4}", other)) == with_year
                ):
                    others.append(other)
            # Fill up with the same words and another day ("July 20" -> "July 17"), so every
            # choice has the answer's shape.
            day = re.search(r"(?<!\d)\d{1,2}(?!\d)", words)
            for offset in (-3, 2, 5, -1) if flip else (2, -4, 1, 6):
                if len(others) >= 3 or day is None:
                    break
                moved = int(day.group()) + offset
                if 1 <= moved <= 28:
                    candidate = words[: day.start()] + str(moved) + words[day.end() :]
                    if candidate not in others and candidate != words:
                        others.append(candidate)
            if len(others) < 2:
                return None
            wrong = others[:3]
            return FoundQuestion(
                start,
                self._prompt(sentence, start - sentence.start, end - sentence.start),
                words,
                wrong,
                sentence.text,
                "date",
                [
                    "wrong choices are other dates of the article or the same date moved by a few days"
                ],
            )
        return None

    def _prompt(self, sentence: Sentence, start: int, end: int) -> str:
        """Return the prompt: the sentence with the gap where ``start``–``end`` was."""
        gapped = sentence.text[:start] + _GAP + sentence.text[end:]
        return PROMPTS[self.language].format(sentence=" ".join(gapped.split()))

    def _number(self, sentence: Sentence, flip: bool) -> FoundQuestion | None:
        # The day of a date ("8 декабря", "July 20") is not a count: leave dates alone.
        dated = [(item.start, item.end) for item in self.dates.find(sentence.text, None)]
        for match in _NUMBER.finditer(sentence.text):
            if any(start <= match.start() < end for start, end in dated):
                continue
            written = match.group("number")
            digits = re.sub(r"\D", "", written)
            value = int(digits)
            if _YEAR.fullmatch(written) or value == 0:
                continue
            after = sentence.text[match.end() : match.end() + 12]
            if re.match(r"\s*(?:%|percent|процент|пайыз)", after) is None and not re.match(
                r"\s*[^\W\d]", after
            ):
                continue  # a number with no word after it ("at 10:56") is not a count
            wrong = scaled_numbers(value, written, self.language, flip)
            if len(wrong) < 2:
                continue
            return FoundQuestion(
                sentence.start + match.start(),
                self._prompt(sentence, match.start(), match.end()),
                written,
                wrong,
                sentence.text,
                "number",
                ["wrong choices scaled from the answer: make sure none is also true"],
            )
        return None

    def _year(self, sentence: Sentence, flip: bool) -> FoundQuestion | None:
        # The year of a whole date ("26 марта 2000 года") is asked with its date instead.
        days = [
            (start - sentence.start, end - sentence.start)
            for start, end, _ in self._dates
            if sentence.start <= start < sentence.end
        ]
        match = next(
            (
                found
                for found in _YEAR.finditer(sentence.text)
                if not any(start <= found.start() < end for start, end in days)
            ),
            None,
        )
        if match is None:
            return None
        year = int(match.group("year"))
        if year > self.latest_year:
            return None
        return FoundQuestion(
            sentence.start + match.start(),
            self._prompt(sentence, match.start(), match.end()),
            match.group("year"),
            shifted_years(year, self.latest_year, flip),
            sentence.text,
            "year",
            ["wrong years are a few years either way"],
        )

    def _name(self, sentence: Sentence, flip: bool) -> FoundQuestion | None:
        named = [
            person
            for person in self.people
            if len(person.name.split()) >= 2 and person.attested and not person.group
        ]
        for person in named:
            for start, end in person.mentions:
                if not (sentence.start <= start and end <= sentence.end):
                    continue
                form = self.text[start:end]
                if len(form.split()) < 2 or form != person.name:
                    continue  # only a full name in the nominative can be swapped for another
                others = [
                    other.name
                    for other in named
                    if other is not person and other.name not in sentence.text
                ]
                if len(others) < 2:
                    return None
                wrong = others[:3] if not flip else others[-3:]
                return FoundQuestion(
                    start,
                    self._prompt(sentence, start - sentence.start, end - sentence.start),
                    form,
                    wrong,
                    sentence.text,
                    "name",
                    ["wrong choices are other people named in the article"],
                )
        return None
