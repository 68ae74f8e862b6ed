"""The Babel extractor for pack YAML: every translatable field, its line, context and comment.

Registered as the ``okuya_pack`` entry point under ``babel.extractors`` (see pyproject.toml),
so ``pybabel extract -F pack-babel.cfg <pack folder>`` with a mapping section
``[okuya_pack: **/pack.yaml]`` finds every title, event, quote, question and scene.
``okuya translate PACK`` calls the same function directly (no installation needed).

Each message carries its item path (``events.election.text``) as the gettext message context.
Babel takes contexts from a custom extractor through the keyword spec of the function name it
reports: ``pgettext`` is specified as ``((1, 'c'), 2)``, so the message ``(context, source)``
becomes msgctxt ``context`` and msgid ``source`` (``_match_messages_against_spec`` in
``babel/messages/extract.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

from game.i18n.pack_texts import PackTextError, texts_from_yaml

CONTEXT_KEYWORD = "pgettext"

__all__ = ["CONTEXT_KEYWORD", "PackTextError", "extract_pack"]


def extract_pack(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Yield ``(line, 'pgettext', (context, source), [comment])`` for each translatable pack field."""
    if keywords and CONTEXT_KEYWORD not in keywords:
        # Babel looks the reported function name up in its keywords; without it, it fails.
        raise PackTextError(
            "the okuya_pack extractor needs the 'pgettext' keyword; do not pass "
            "--no-default-keywords, or add -k 'pgettext:1c,2'"
        )
    name = str(getattr(fileobj, "name", None) or "pack.yaml")
    for entry in texts_from_yaml(fileobj.read(), name):
        yield entry.line, CONTEXT_KEYWORD, (entry.context, entry.source), [entry.comment]
