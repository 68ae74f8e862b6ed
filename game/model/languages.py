"""The languages a player can choose, each named in its own language.

The language-choice screen shows these names; the checker reads the codes to tell a
pack's translation for a language the game offers from one it does not (``kg`` for ``ky``).
"""

from __future__ import annotations

# Each language is named in its own language, as the language-choice screen shows it.
LANGUAGES: dict[str, str] = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
