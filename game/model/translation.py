"""What the checker needs of a translator, so that the model never imports ``game.i18n``.

The checker's messages are interface strings: it calls ``gettext`` and ``ngettext`` on
whatever translator it is given. :class:`game.i18n.Translator` is one (it satisfies
:class:`Translations` by its shape); :data:`AS_WRITTEN` gives every message as written,
in English, and is the default.
"""

from __future__ import annotations

from typing import Protocol


class Translations(Protocol):
    """Translate the checker's messages into one language."""

    def gettext(self, message: str) -> str:
        """Return ``message`` translated."""
        ...

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return the plural form of a message for ``n``."""
        ...

    def format_number(self, number: float) -> str:
        """Return ``number`` written the way the language writes numbers."""
        ...


class AsWritten:
    """Give every message as written: English, the language the messages are written in."""

    def gettext(self, message: str) -> str:
        """Return ``message`` unchanged."""
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return ``singular`` for one and ``plural`` otherwise (English plural rules)."""
        return singular if n == 1 else plural

    def format_number(self, number: float) -> str:
        """Return ``number`` as English writes it (1.8, 1,000)."""
        return f"{number:,}"


AS_WRITTEN: Translations = AsWritten()
