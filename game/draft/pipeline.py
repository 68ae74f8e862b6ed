"""Draft a whole pack from an article: people, quotes, events, questions, a scene and rounds.

The draft is checked by the pack checker before it is returned: every evidence excerpt is
matched against the article with the checker's own folding, and the pack (without the
article) goes through ``check_pack_text``; a round the checker rejects is dropped and
counted, so what is written always passes ``okuya check``.
"""

from __future__ import annotations

import datetime as dt

from game.draft.article import Drafter, DraftError
from game.draft.assemble import ARTICLE_FILE, DraftResult, assemble
from game.draft.dates import DateFinder
from game.draft.events import EventFinder
from game.draft.groups import find_groups
from game.draft.people import PeopleFinder
from game.draft.questions import QuestionMaker
from game.draft.quotes import QuoteFinder
from game.draft.sentences import Sentence

__all__ = ["ARTICLE_FILE", "DraftError", "DraftResult", "draft_article"]


def _body_start(sentences: list[Sentence]) -> int:
    """Return where the article's body starts: the first paragraph with a real sentence."""
    counts: dict[int, int] = {}
    for sentence in sentences:
        counts[sentence.paragraph] = counts.get(sentence.paragraph, 0) + len(sentence.text.split())
    for sentence in sentences:
        if counts[sentence.paragraph] >= 12:
            return sentence.start
    return 0


def _headline(text: str) -> str:
    """Return the first line of the article when it reads like a headline, else ''."""
    for line in text.splitlines():
        line = line.strip().strip("#").strip()
        if line:
            return line if len(line.split()) <= 20 and not line.endswith(".") else ""
    return ""


def draft_article(
    text: str,
    language: str,
    published: dt.date | None = None,
    title: str | None = None,
    splitter: str = "auto",
    names: str = "auto",
) -> DraftResult:
    """Draft a pack from ``text``; raise DraftError when it cannot be dated."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DraftError("the article is empty")
    drafter = Drafter(text, language, splitter, names)
    published_from = "option"
    if published is None:
        finder = DateFinder(language, dt.date(2000, 1, 1))
        head = text[:600]
        found = finder.detect_publication(head)
        if found is None:
            raise DraftError("no date in the article's first lines")
        published = found[0].as_date()
        published_from = found[1]
    dates = DateFinder(language, published)
    body = _body_start(drafter.sentences)
    people = PeopleFinder(text, drafter.sentences, language).find(drafter.names)
    people = sorted(
        people + find_groups(text, drafter.sentences, language, people),
        key=lambda person: person.first_mention,
    )
    quote_finder = QuoteFinder(text, drafter.sentences, people, language)
    quotes = [quote for quote in quote_finder.find() if drafter.verbatim(quote.evidence)]
    events = [
        event
        for event in EventFinder(text, drafter.sentences, language, dates).find(body)
        if drafter.verbatim(event.evidence)
    ]
    quote_spans = [(quote.start, quote.end) for quote in quotes if not quote.reported]
    questions = [
        question
        for question in QuestionMaker(text, drafter.sentences, people, language, dates).make(
            quote_spans, body
        )
        if drafter.verbatim(question.evidence)
    ]
    pack_title = (
        title
        or _headline(text)
        or ("Draft" if language == "en" else "Черновик" if language == "ru" else "Долбоор")
    )
    return assemble(
        drafter,
        pack_title,
        published,
        published_from,
        body,
        people,
        quotes,
        events,
        questions,
        quote_finder.unattributed,
    )
