"""The Translator: gettext-style lookups plus Babel formatting, for one language."""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from game.model.pack import Text
from game.model.when import Precision, When

# Each language is named in its own language, as the language-choice screen shows it.
LANGUAGES: dict[str, str] = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}


class Translator:
    """Translate interface strings and pack texts into one language, and format values."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.locale = Locale.parse(language if language != "pseudo" else "en")

    # -- interface strings -------------------------------------------------------------
    def gettext(self, message: str) -> str:
        """Return ``message`` translated."""
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return the plural form of a message for ``n``, by the language's CLDR rules."""
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        """Return ``message`` translated in ``context``."""
        return message

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """Return the plural form of a message in ``context`` for ``n``."""
        return singular if n == 1 else plural

    _ = gettext

    # -- pack strings --------------------------------------------------------------------
    def text(self, text: Text | None, pack: object | None = None) -> str:
        """Return a pack's translatable ``text`` in this language (the source as fallback)."""
        return "" if text is None else text.source

    # -- formatting ------------------------------------------------------------------------
    def format_when(self, when: When, label: str | None = None) -> str:
        """Format an event date by its precision: year; month and year; full date; or date + label."""
        if when.precision is Precision.YEAR:
            return format_decimal(when.year, format="0", locale=self.locale)
        if when.precision is Precision.MONTH:
            return format_date(when.as_date(), format="LLLL y", locale=self.locale)
        date_text = format_date(when.as_date(), format="long", locale=self.locale)
        if label:
            return f"{date_text}, {label}"
        return date_text

    def format_date(self, date: dt.date) -> str:
        """Format a calendar date in the language's long form."""
        return format_date(date, format="long", locale=self.locale)

    def format_number(self, number: float) -> str:
        """Format a number with the language's digits and separators."""
        return format_decimal(number, locale=self.locale)

    def format_percent(self, fraction: float) -> str:
        """Format ``fraction`` (0-1) as a whole percentage."""
        return format_percent(fraction, format="#,##0%", locale=self.locale)


def english() -> Translator:
    """Return the English (source language) translator."""
    return Translator("en")
