"""Load gettext catalogues straight from ``.po`` files, ready for fast look-ups.

There is no compile step: a fresh clone (or a teacher's new ``pack.po``) works as it is.
Parsed catalogues are cached by file path, modification time and size, so building a new
:class:`~game.i18n.translator.Translator` when the player switches language costs nothing
after the first time, and an edited ``.po`` file is read again.

Fuzzy entries (outdated or guessed translations) and empty translations are left out: the
English source is shown instead, which is what gettext's own ``msgfmt`` does by default.
"""

from __future__ import annotations

import gettext
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

MessageKey = tuple[str | None, str]


def _english_plural(count: int) -> int:
    return 0 if count == 1 else 1


@dataclass(frozen=True)
class Messages:
    """The usable translations of one catalogue, keyed by (context, msgid)."""

    singular: dict[MessageKey, str] = field(default_factory=dict)
    plural: dict[MessageKey, tuple[str, ...]] = field(default_factory=dict)
    plural_index: Callable[[int], int] = _english_plural
    plural_count: int = 2

    def get(self, context: str | None, message: str) -> str | None:
        """Return the translation of ``message`` in ``context``, or None when there is none."""
        return self.singular.get((context, message))

    def get_plural(self, context: str | None, singular: str, count: int) -> str | None:
        """Return the plural form for ``count``, or None when the message is not translated."""
        forms = self.plural.get((context, singular))
        if forms is None:
            return None
        index = self.plural_index(count)
        return forms[index] if 0 <= index < len(forms) else None

    def __len__(self) -> int:
        return len(self.singular) + len(self.plural)


EMPTY = Messages()

_cache: dict[Path, tuple[tuple[int, int], Messages]] = {}
_cache_lock = threading.Lock()


def load_messages(path: Path) -> Messages:
    """Return the usable translations in the ``.po`` file at ``path`` (empty when it is missing)."""
    try:
        status = path.stat()
    except OSError:
        return EMPTY
    if not stat.S_ISREG(status.st_mode):
        # A FIFO or a device named pack.po would block the game on open(): not a catalogue.
        return EMPTY
    stamp = (status.st_mtime_ns, status.st_size)
    with _cache_lock:
        cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    messages = messages_from_catalog(read_catalog(path))
    with _cache_lock:
        _cache[path] = (stamp, messages)
    return messages


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    """Parse the ``.po`` (or ``.pot``) file at ``path`` into a Babel catalogue."""
    with path.open("rb") as handle:
        # abort_invalid=False: one broken entry must not hide every other translation.
        return read_po(handle, locale=locale, abort_invalid=False)


def messages_from_catalog(catalog: Catalog) -> Messages:
    """Keep the translated, non-fuzzy entries of ``catalog`` for look-up."""
    singular: dict[MessageKey, str] = {}
    plural: dict[MessageKey, tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):
            forms = tuple(message.string) if isinstance(message.string, tuple | list) else ()
            if forms and all(forms):
                plural[(message.context, message.id[0])] = forms
        elif isinstance(message.string, str) and message.string:
            singular[(message.context, message.id)] = message.string
    return Messages(
        singular=singular,
        plural=plural,
        plural_index=plural_rule(catalog.plural_expr),
        plural_count=catalog.num_plurals,
    )


def plural_rule(expression: str) -> Callable[[int], int]:
    """Turn a gettext ``plural=`` C expression into a function from a count to a form index."""
    try:
        return gettext.c2py(expression)
    except (ValueError, SyntaxError):
        return _english_plural


def clear_cache() -> None:
    """Forget every parsed catalogue (the tests use this; the game never needs to)."""
    with _cache_lock:
        _cache.clear()
