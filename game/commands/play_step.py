"""Check ``okuya play --pack P --step N|ROUND_ID`` before the window opens.

A bad value is one line on standard error (exit 2) that lists the valid range and ids; the
rules are in :func:`game.play.steps.resolve_step`.
"""

from __future__ import annotations

from pathlib import Path

from game.i18n import Translator
from game.model.errors import PackError
from game.play.steps import StepChoiceError, resolve_step


def _translator(language: str | None) -> Translator:
    try:
        return Translator(language or "en")
    except Exception:  # an unreadable catalogue: say it in English
        return Translator("en")


def requested_step(pack: str | None, value: str, language: str | None = None) -> int | str:
    """Return the 0-based play-list index ``value`` names in ``pack``, or the one-line error."""
    from game.model.loader import load_pack

    translator = _translator(language)
    prefix = "okuya play: "
    if not pack:
        return prefix + translator.gettext("--step needs --pack FOLDER (the pack to preview)")
    if not Path(pack).exists():
        return prefix + translator.gettext("there is no pack folder at {pack}").format(pack=pack)
    try:
        loaded = load_pack(Path(pack), translator)
    except PackError:
        return prefix + translator.gettext(
            "{pack} has errors, so --step cannot be checked: run `okuya check {pack}`"
        ).format(pack=pack)
    try:
        return resolve_step(loaded.pack, value, translator)
    except StepChoiceError as error:
        return prefix + str(error)
