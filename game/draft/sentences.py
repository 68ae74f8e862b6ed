"""Split an article into paragraphs and sentences that keep their place in the text.

Every span keeps its start and end offsets in the article, so whatever the draft cites is
cut from the article itself and is verbatim by construction. The drafter splits with its own
rules (punctuation, and a list of abbreviations in English and Russian). ``razdel`` and
``pysbd`` can be used instead for comparison (``python -m game.draft.compare``): on the
evaluation set they do no better, so they are not dependencies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from game.draft.lexicon import word_list

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? or … (with closing quotes or brackets after it), before white space
# and a capital letter, a digit, a dash or an opening quote.
_RULE_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”»)\]]*(?=\s+[\"'“«(\[—–-]?\s*[A-ZА-ЯЁӨҮҢ0-9])")
# Abbreviations after which a full stop does not end a sentence (the rule splitter only).
_ABBREVIATIONS = frozenset(
    word_list(
        "mr mrs ms dr st jr sr gen col lt sgt prof rev gov sen rep no vs oct nov dec jan feb mar apr "
        "jun jul aug sep sept u.s a.m p.m т г гг им ул д см тыс млн млрд"
    )
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, with its offsets and the number of its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int


def _rule_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the sentences of one paragraph, by punctuation rules."""
    start = 0
    for match in _RULE_BOUNDARY.finditer(text):
        end = match.end()
        words = text[start:end].split()
        last = words[-1].rstrip(".!?…\"'”»)]").lower() if words else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def _razdel_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the sentences of one paragraph, as razdel splits them."""
    from razdel import sentenize

    for piece in sentenize(text):
        yield piece.start, piece.stop


def _pysbd_sentences(language: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    """Return a splitter that yields (start, end) of sentences as pysbd splits them."""
    import pysbd

    segmenter = pysbd.Segmenter(
        language=language if language in ("en", "ru") else "ru", char_span=True
    )

    def split(text: str) -> Iterator[tuple[int, int]]:
        for piece in segmenter.segment(text):
            yield piece.start, piece.end

    return split


def split_sentences(text: str, language: str, splitter: str = "auto") -> list[Sentence]:
    """Return the sentences of ``text``, paragraph by paragraph.

    ``splitter`` is ``rules`` (the default; ``auto`` means the same), or ``razdel`` or
    ``pysbd`` when that library is installed.
    """
    split: Callable[[str], Iterator[tuple[int, int]]]
    if splitter == "razdel":
        split = _razdel_sentences
    elif splitter == "pysbd":
        split = _pysbd_sentences(language)
    else:
        split = _rule_sentences
    sentences: list[Sentence] = []
    paragraph_start = 0
    number = 0
    for boundary in [*_PARAGRAPH_BREAK.finditer(text), None]:
        paragraph_end = boundary.start() if boundary else len(text)
        paragraph = text[paragraph_start:paragraph_end]
        if paragraph.strip():
            for start, end in split(paragraph):
                piece = paragraph[start:end]
                stripped = piece.strip()
                if not stripped:
                    continue
                offset = paragraph_start + start + (len(piece) - len(piece.lstrip()))
                sentences.append(Sentence(offset, offset + len(stripped), stripped, number))
            number += 1
        paragraph_start = boundary.end() if boundary else len(text)
    return sentences
