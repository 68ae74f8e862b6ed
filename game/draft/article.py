"""The article being drafted: its text, its sentences, and the test every excerpt must pass."""

from __future__ import annotations

from game.draft.lexicon import LANGUAGES
from game.draft.sentences import split_sentences
from game.model.files import fold


class DraftError(Exception):
    """The article cannot be drafted (no publication date found, nothing to read)."""


class Drafter:
    """The article, its sentences, and the checks every excerpt must pass."""

    def __init__(self, text: str, language: str, splitter: str, names: str) -> None:
        if language not in LANGUAGES:
            raise DraftError(f"unknown language {language!r}")
        self.text = text
        self.language = language
        self.sentences = split_sentences(text, language, splitter)
        self.splitter = splitter if splitter != "auto" else "rules"
        # natasha finds the same Russian names as the rules on the evaluation set, 100 times
        # slower: it is used only when asked for (python -m game.draft.compare).
        self.names = names if names != "auto" else "rules"
        self.folded = fold(text)
        self.evidence_dropped = 0

    def verbatim(self, evidence: str) -> bool:
        """Return True when the checker will find ``evidence`` in the article."""
        found = fold(evidence) in self.folded
        if not found:
            self.evidence_dropped += 1
        return found
