"""Load gettext catalogues straight from ``.po`` files, ready for fast look-ups.

There is no compile step: a fresh clone (or a teacher's new ``pack.po``) works as it is.
Parsed catalogues are cached by file path, modification time and size, so building a new
:class:`~game.i18n.translator.Translator` when the player switches language costs nothing
after the first time, and an edited ``.po`` file is read again.

Fuzzy entries (outdated or guessed translations) and empty translations are left out: the
English source is shown instead, which is what gettext's own ``msgfmt`` does by default.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from game.model.plural_rules import cldr_plural_rule, compile_plural
from game.model.po_issues import CatalogueError
from game.model.po_reader import CatalogueReading, MessageKey, is_inside, read_catalogue

_log = logging.getLogger(__name__)


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

_CacheKey = tuple[Path, str | None, bool]
_cache: dict[_CacheKey, tuple[tuple[int, int], Messages]] = {}
_cache_lock = threading.Lock()


def load_messages(
    path: Path,
    language: str | None = None,
    *,
    check_placeholders: bool = False,
    within: Path | None = None,
) -> Messages:
    """Return the usable translations in the ``.po`` file at ``path``; never raise.

    A missing, oversized or unreadable file gives no translations (the English is shown); a
    damaged one gives what can be read. ``language`` (default: the folder the file is in)
    supplies the CLDR plural rule when the file's own is unusable; ``check_placeholders``
    drops interface translations whose placeholders differ from the English; ``within``
    ignores a file that a link places outside that folder (a pack's ``locales`` -> ``/``).
    """
    if language is None:
        language = path.parent.parent.name or None
    try:
        status = path.stat()
    except (OSError, ValueError):
        return EMPTY
    stamp = (status.st_mtime_ns, status.st_size)
    key = (path, language, check_placeholders)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    messages = EMPTY
    if within is not None and not is_inside(path, within):
        _log.info("%s: ignored, it is a link out of %s", path, within)
    else:
        try:
            reading = read_catalogue(path, language, check_placeholders=check_placeholders)
        except CatalogueError as error:
            _log.info("%s: not read (%s)", path, error.issue.kind)
        else:
            if reading.issues or reading.rejected:
                _log.info(
                    "%s: %d problem(s), %d translation(s) not used; run okuya check",
                    path,
                    len(reading.issues) + reading.more_issues,
                    len(reading.rejected),
                )
            messages = messages_from_reading(reading, language)
    with _cache_lock:
        _cache[key] = (stamp, messages)
    return messages


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    """Parse the ``.po`` (or ``.pot``) file at ``path`` into a Babel catalogue.

    Strict: a malformed line or undecodable bytes raise
    :class:`~game.model.po_reader.CatalogueError`, so nothing is rewritten without them.
    """
    return read_catalogue(path, locale, strict=True).catalog


def messages_from_catalog(catalog: Catalog) -> Messages:
    """Keep the translated, non-fuzzy entries of ``catalog`` for look-up."""
    return messages_from_reading(CatalogueReading(catalog), None)


def messages_from_reading(reading: CatalogueReading, language: str | None) -> Messages:
    """Keep the translated, non-fuzzy entries of ``reading`` that were not rejected."""
    catalog = reading.catalog
    singular: dict[MessageKey, str] = {}
    plural: dict[MessageKey, tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):
            key = (message.context, message.id[0])
            forms = tuple(message.string) if isinstance(message.string, tuple | list) else ()
            if forms and all(forms) and key not in reading.rejected:
                plural[key] = forms
        elif isinstance(message.string, str) and message.string:
            key = (message.context, message.id)
            if key not in reading.rejected:
                singular[key] = message.string
    fallback_count, fallback = cldr_plural_rule(language)
    if reading.plural_fallback:
        rule, count = fallback, fallback_count
    else:
        rule, count = plural_rule(catalog.plural_expr, fallback), catalog.num_plurals
    return Messages(singular=singular, plural=plural, plural_index=rule, plural_count=count)


def plural_rule(
    expression: str, fallback: Callable[[int], int] = _english_plural
) -> Callable[[int], int]:
    """Turn a gettext ``plural=`` C expression into a function from a count to a form index.

    A formula that does not compile gives ``fallback``; one that fails for some count (a
    division by zero at n = 5000) gives ``fallback``'s answer for that count.
    """
    rule = compile_plural(expression)
    if rule is None:
        return fallback

    def guarded(count: int) -> int:
        try:
            index = rule(count)
        except (ArithmeticError, ValueError, TypeError, RecursionError):
            return fallback(count)
        return index if isinstance(index, int) else fallback(count)

    return guarded


def clear_cache() -> None:
    """Forget every parsed catalogue (the tests use this; the game never needs to)."""
    with _cache_lock:
        _cache.clear()
