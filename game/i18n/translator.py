"""The Translator: gettext-style lookups plus Babel formatting, for one language.

The interface catalogue is ``locales/<language>/LC_MESSAGES/messages.po``; a pack's texts
come from ``<pack folder>/locales/<language>/LC_MESSAGES/pack.po``, looked up by the text's
message context (its item path) and English source. Anything untranslated or fuzzy falls
back to the source. Switching language at run time means making a new ``Translator``: the
parsed catalogues are cached, so that is cheap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, format_percent

from game.i18n.catalogs import EMPTY, Messages, load_messages
from game.i18n.dates import format_day, format_when_parts
from game.i18n.pseudo import pseudo_localize
from game.model.languages import LANGUAGES as LANGUAGES  # the name the screens import
from game.model.pack import Text
from game.model.placeholders import plural_form_fits
from game.model.when import When

PSEUDO = "pseudo"
SOURCE_LANGUAGE = "en"

# The Babel locale of each language where it is not the language code itself. The game's
# English is British ("Practise", and the built-in pack writes "Sunday 4 October 2020"), so
# its dates and times follow en_GB: "4 October 2020", "21:30", never "October 4, 2020".
BABEL_LOCALES = {"en": "en_GB"}
INTERFACE_DOMAIN = "messages"
PACK_DOMAIN = "pack"


def N_(message: str) -> str:  # the gettext name, which Babel extracts by default
    """Mark ``message`` for the interface catalogue without translating it here."""
    return message


# Texts the loader makes up when a pack leaves them out (the default round titles of
# game/model/pack_format.py: ``RoundKind.default_title``). They are not in the pack's file, so they are interface strings.
GENERATED_PACK_TEXTS = frozenset((N_("Timeline"), N_("Who said it?"), N_("Quiz")))


def catalog_path(locales_dir: Path, language: str, domain: str) -> Path:
    """Return where the ``domain`` catalogue for ``language`` lives under ``locales_dir``."""
    return locales_dir / language / "LC_MESSAGES" / f"{domain}.po"


def pack_catalog_path(pack_folder: Path, language: str) -> Path:
    """Return where a pack's catalogue for ``language`` lives."""
    return catalog_path(Path(pack_folder) / "locales", language, PACK_DOMAIN)


def _interface_locales() -> Path | None:
    from game.paths import DataNotFoundError, data_dir

    try:
        return data_dir("locales")
    except DataNotFoundError:
        return None


class Translator:
    """Translate interface strings and pack texts into one language, and format values."""

    def __init__(self, language: str = "en", locales_dir: Path | None = None) -> None:
        self.language = language
        self.pseudo = language == PSEUDO
        try:
            code = SOURCE_LANGUAGE if self.pseudo else language
            self.locale = Locale.parse(BABEL_LOCALES.get(code, code))
        except (ValueError, UnknownLocaleError) as error:
            raise ValueError(f"unknown language {language!r}: {error}") from None
        self.messages = self._load_interface(locales_dir)

    def _load_interface(self, locales_dir: Path | None) -> Messages:
        if self.pseudo or self.language == SOURCE_LANGUAGE:
            return EMPTY
        folder = locales_dir if locales_dir is not None else _interface_locales()
        if folder is None:
            return EMPTY
        # The interface .format()s its strings: a translation with other placeholders is dropped.
        path = catalog_path(folder, self.language, INTERFACE_DOMAIN)
        return load_messages(path, self.language, check_placeholders=True)

    # -- interface strings -------------------------------------------------------------
    def gettext(self, message: str) -> str:
        """Return ``message`` translated."""
        return self._finish(self.messages.get(None, message), message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return the plural form of a message for ``n``, by the language's CLDR rules."""
        return self._finish_plural(self.messages.get_plural(None, singular, n), singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """Return ``message`` translated in ``context``."""
        return self._finish(self.messages.get(context, message), message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """Return the plural form of a message in ``context`` for ``n``."""
        found = self.messages.get_plural(context, singular, n)
        return self._finish_plural(found, singular, plural, n)

    _ = gettext

    def _finish(self, translation: str | None, source: str) -> str:
        if self.pseudo:
            return pseudo_localize(source)
        return source if translation is None else translation

    def _finish_plural(self, translation: str | None, singular: str, plural: str, n: int) -> str:
        # The English fallback uses English plural rules: the source strings are English.
        source = singular if n == 1 else plural
        if translation is not None and not plural_form_fits(translation, singular, plural):
            translation = None  # a placeholder the code does not fill in would raise
        return self._finish(translation, source)

    # -- pack strings --------------------------------------------------------------------
    def text(self, text: Text | None, pack: object | None = None) -> str:
        """Return a pack's translatable ``text`` in this language (the source as fallback)."""
        if text is None:
            return ""
        if self.pseudo:
            return pseudo_localize(text.source)
        folder = getattr(pack, "folder", None)
        if folder is None or getattr(pack, "language", None) == self.language:
            if text.position is None and text.source in GENERATED_PACK_TEXTS:
                return self.gettext(text.source)
            return text.source
        messages = self._pack_messages(Path(folder))
        translation = messages.get(text.context or None, text.source)
        if translation is None and text.position is None and text.source in GENERATED_PACK_TEXTS:
            return self.gettext(text.source)
        return text.source if translation is None else translation

    def translation(self, text: Text | None, pack: object | None = None) -> str | None:
        """Return the pack catalogue's translation of ``text``, or None when there is none.

        None also when the pack is written in this language (nothing to translate) and for a
        fuzzy or empty entry: the caller shows the source then, and says nothing about a
        translation. The pseudo-locale counts every text as translated.
        """
        if text is None:
            return None
        if self.pseudo:
            return pseudo_localize(text.source)
        folder = getattr(pack, "folder", None)
        if folder is None or getattr(pack, "language", None) == self.language:
            return None
        messages = self._pack_messages(Path(folder))
        return messages.get(text.context or None, text.source)

    def _pack_messages(self, folder: Path) -> Messages:
        # A pack's locales may be a link to "/" or elsewhere: read only what is inside the pack.
        path = pack_catalog_path(folder, self.language)
        return load_messages(path, self.language, within=folder)

    # -- formatting ------------------------------------------------------------------------
    def format_when(
        self, when: When, label: Text | str | None = None, pack: object | None = None
    ) -> str:
        """Format an event date by its precision: year; month and year; full date; or date + label.

        A ``Text`` label (a pack's time-of-day label such as "late Monday") is translated
        through the pack's catalogue; a plain string is used as it is. The label stands in
        for the clock time when the date has one.
        """
        date_text, clock_text = format_when_parts(when, self.locale)
        if self.pseudo:
            # Bracket the date too, so a date that bypassed the translator stands out.
            date_text = pseudo_localize(date_text)
            clock_text = pseudo_localize(clock_text) if clock_text else None
        time_of_day = self.text(label, pack) if isinstance(label, Text) else label
        time_of_day = time_of_day or clock_text
        if not time_of_day:
            return date_text
        if self.pseudo:
            return f"{date_text}, {time_of_day}"
        # TRANSLATORS: a date and a time of day ("5 October 2020" and "21:30" or "late Monday");
        # reorder them or change the separator if your language needs it.
        pattern = self.pgettext("date with time of day", "{date}, {time_of_day}")
        return pattern.format(date=date_text, time_of_day=time_of_day)

    def format_date(self, date: dt.date) -> str:
        """Format a calendar date in the language's long form."""
        return format_day(date, self.locale)

    def format_number(self, number: float) -> str:
        """Format a number with the language's digits and separators."""
        return format_decimal(number, locale=self.locale)

    def format_percent(self, fraction: float) -> str:
        """Format ``fraction`` (0-1) as a whole percentage."""
        return format_percent(fraction, format="#,##0%", locale=self.locale)


def english() -> Translator:
    """Return the English (source language) translator."""
    return Translator("en")
