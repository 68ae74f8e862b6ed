"""Language codes and plural rules: which a catalogue's header may use, and CLDR's otherwise.

A ``Plural-Forms`` formula is C, compiled by :func:`gettext.c2py`; it is trusted only when it
gives a form number in range for every count tried, and otherwise the language's own CLDR
rule (Babel's) is used.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

# CLDR languages have at most six plural categories (Arabic).
MAX_PLURAL_FORMS = 6
# The counts a plural formula is tried on before it is trusted.
_PLURAL_SAMPLES = (*range(0, 1001), 1_000_000, 10**9 + 1, 10**18)
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,8}(?:[_-][A-Za-z0-9]{1,8}){0,3}")


def known_locale(code: str | None) -> Locale | None:
    """Return the Babel locale for a plain language code such as ``ru`` or ``ky_KG``, else None."""
    if not code or not _LANGUAGE_CODE.fullmatch(code):
        return None
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def plural_header_parts(value: str) -> tuple[str, str]:
    """Return the ``nplurals`` and ``plural`` settings of a Plural-Forms header, as written."""
    parts = {}
    for part in value.split(";"):
        name, _, setting = part.partition("=")
        parts[name.strip().lower()] = setting.strip()
    return parts.get("nplurals", ""), parts.get("plural", "")


def plural_problem(value: str) -> str:
    """Return why a Plural-Forms header cannot be used ("" when it can)."""
    count_text, expression = plural_header_parts(value)
    if not count_text.isascii() or not count_text.isdigit():
        return "nplurals"
    count = int(count_text)
    if not 1 <= count <= MAX_PLURAL_FORMS:
        return "nplurals"
    rule = compile_plural(expression or "(n != 1)")
    if rule is None:
        return "formula"
    for sample in _PLURAL_SAMPLES:
        index = _try_rule(rule, sample)
        if index is None or not 0 <= index < count:
            return "formula"
    return ""


def compile_plural(expression: str) -> Callable[[int], int] | None:
    """Compile a gettext ``plural=`` C expression, or return None when it does not compile."""
    try:
        return gettext.c2py(expression)
    except (ValueError, SyntaxError, RecursionError, TypeError):
        return None


def _try_rule(rule: Callable[[int], int], count: int) -> int | None:
    try:
        index = rule(count)
    except (ArithmeticError, ValueError, TypeError, RecursionError):
        return None
    return index if isinstance(index, int) else None


def cldr_plural_rule(language: str | None) -> tuple[int, Callable[[int], int]]:
    """Return the number of forms and the gettext rule of ``language`` by CLDR (English if unknown)."""
    locale = known_locale(language)
    count, expression = get_plural(locale) if locale is not None else (2, "(n != 1)")
    rule = compile_plural(expression)
    return (count, rule) if rule is not None else (2, lambda n: 0 if n == 1 else 1)
