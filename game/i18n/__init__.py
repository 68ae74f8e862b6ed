"""Translation of the interface and of packs, and Babel formatting of dates and numbers.

The translator is passed in, never installed into builtins. This first version is the
contract the rest of the game codes against: English source strings, Babel formatting.
[5/5] fills in the catalogues behind the same methods.
"""

from __future__ import annotations

from game.i18n.translator import LANGUAGES, Translator, english

__all__ = ["LANGUAGES", "Translator", "english"]
