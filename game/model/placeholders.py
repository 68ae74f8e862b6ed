"""The ``{name}`` placeholders of an interface string, compared between English and translation."""

from __future__ import annotations

import functools
import string


@functools.lru_cache(maxsize=4096)
def plural_form_fits(form: str, singular: str, plural: str) -> bool:
    """Return True when ``form`` uses only placeholders of the code's ``singular``/``plural``.

    Checked at look-up with the code's own English: the catalogue's msgid_plural may lie.
    """
    found = placeholders(form)
    expected = (placeholders(singular) or set()) | (placeholders(plural) or set())
    return found is not None and found <= expected


def placeholders(text: str) -> set[str] | None:
    """Return the ``{field}`` placeholders of ``text`` as written, or None if braces unbalance it."""
    found: set[str] = set()
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            # The whole field counts: "{count:>9}" or "{error.args}" must stay as the msgid has it.
            written = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            found.add("{" + written + "}")
    except ValueError:
        return None
    return found
