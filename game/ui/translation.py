"""The translator the screens use: the i18n ``Translator`` plus memory of what it translated.

Screens translate while they lay out, and they lay out on every opening, relayout and
answer: the same pack texts and numbers over and over. A pack text lookup finds the pack's
catalogue file each time (to notice an edited ``.po``), which costs tens of microseconds,
and a results list asks for hundreds. Answers are remembered per pack object for the life
of this translator: a language switch makes a new translator, and a reloaded pack
(``--watch``, or the pack list noticing changed files) is a new pack object, so an edited
catalogue still shows.
"""

from __future__ import annotations

from collections.abc import Callable

from game.i18n import Translator
from game.model.pack import Text

# A bound, not a working size: a pack has hundreds of texts; generated packs may have more.
MAX_REMEMBERED = 20_000


class RememberingTranslator(Translator):
    """Translate like ``Translator``; remember pack texts and formatted numbers."""

    def __init__(self, language: str = "en") -> None:
        super().__init__(language)
        self._texts: dict[tuple[Text, bool, int], tuple[object, str]] = {}
        self._numbers: dict[tuple[str, type, float], str] = {}

    def text(self, text: Text | None, pack: object | None = None) -> str:
        """Return a pack's translatable ``text`` in this language (remembered per pack)."""
        if text is None:
            return ""
        # ``position`` is not part of a Text's equality, but the lookup depends on it.
        key = (text, text.position is None, id(pack))
        found = self._texts.get(key)
        if found is not None and found[0] is pack:
            return found[1]
        translated = super().text(text, pack)
        if len(self._texts) >= MAX_REMEMBERED:
            self._texts.clear()
        # Keeping the pack alive keeps its id from naming another pack later.
        self._texts[key] = (pack, translated)
        return translated

    def format_number(self, number: float) -> str:
        """Format a number with the language's digits and separators (remembered)."""
        return self._remember("number", number, super().format_number)

    def format_percent(self, fraction: float) -> str:
        """Format ``fraction`` (0-1) as a whole percentage (remembered)."""
        return self._remember("percent", fraction, super().format_percent)

    def _remember(self, kind: str, value: float, format_value: Callable[[float], str]) -> str:
        key = (kind, type(value), value)
        found = self._numbers.get(key)
        if found is None:
            found = format_value(value)
            if len(self._numbers) >= MAX_REMEMBERED:
                self._numbers.clear()
            self._numbers[key] = found
        return found
