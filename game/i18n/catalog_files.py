"""Build translation templates, create and update ``.po`` files, and measure their completeness.

Two kinds of catalogue: the interface (domain ``messages``, extracted from ``game/`` with the
mapping in ``babel.cfg``) and each pack (domain ``pack``, extracted from ``pack.yaml``). Both
use Babel's own catalogue code, so the files are the ones ``pybabel`` and Poedit write.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import unescape, write_po

from game.i18n.catalogs import read_catalog
from game.i18n.pack_texts import read_pack_texts
from game.model.po_issues import CatalogueError, CatalogueIssue
from game.model.po_reader import catalogue_text, read_catalogue

PROJECT = "Okuya"
COPYRIGHT_HOLDER = "The Okuya team"
# A "# TRANSLATORS: ..." comment in the code just above a string reaches the translator.
COMMENT_TAGS = ("TRANSLATORS:",)
# The header lines that change on every run; they alone never make a file worth rewriting.
_VOLATILE_HEADER = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.MULTILINE)
_PO_FIELD = re.compile(r'^(msgctxt|msgid|msgid_plural) ("(?:[^"\\]|\\.)*")$')
_PREVIOUS_LEFTOVER = re.compile(r"^\s*\|\s*(msgctxt|msgid|msgid_plural)\b")
_PACK_ID = re.compile(rb"(?m)^id:[ \t]*[\"']?([a-z0-9]+(?:-[a-z0-9]+)*)[\"']?[ \t]*(?:#.*)?\r?$")
# Pack texts are never %-formatted or .format()-ed: a "50% of" is not a format directive.
_FORMAT_FLAGS = frozenset({"python-format", "python-brace-format"})


@dataclass(frozen=True)
class Completeness:
    """How much of one catalogue is translated into one language."""

    catalogue: str
    language: str
    translated: int
    fuzzy: int
    untranslated: int
    # What is wrong in the file, and the translations the game does not use (counted above
    # as untranslated, since the English is shown): okuya translate --stats lists them.
    problems: tuple[CatalogueIssue, ...] = ()
    not_used: tuple[CatalogueIssue, ...] = ()

    @property
    def total(self) -> int:
        """Return the number of messages to translate."""
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        """Return the share translated (fuzzy ones do not count), from 0 to 100."""
        return 100.0 * self.translated / self.total if self.total else 100.0


def new_template(version: str = "") -> Catalog:
    """Return an empty template catalogue with the project's header."""
    return Catalog(
        project=PROJECT,
        version=version or None,
        copyright_holder=COPYRIGHT_HOLDER,
        charset="utf-8",
        fuzzy=False,
    )


def pack_template(pack_file: Path) -> tuple[Catalog, str]:
    """Extract a pack's template catalogue; return it and the language the pack is written in.

    The header names the pack, not the game: a teacher's pack and its translations are the
    teacher's, so the copyright and translator lines are left for them to fill in.
    """
    raw = pack_file.read_bytes()
    texts = read_pack_texts(raw, str(pack_file))
    written_id = _PACK_ID.search(raw)
    name = written_id.group(1).decode("ascii") if written_id else pack_file.parent.name
    title = next((entry.source for entry in texts.entries if entry.context == "title"), name)
    template = Catalog(
        project=name,
        header_comment=_pack_header(name, title, None),
        charset="utf-8",
        fuzzy=False,
    )
    for entry in texts.entries:
        message = template.add(
            entry.source,
            locations=[(pack_file.name, entry.line)],
            auto_comments=[entry.comment] if entry.comment else [],
            context=entry.context,
        )
        if message is not None:
            message.flags -= _FORMAT_FLAGS
    return template, texts.language


def _pack_header(name: str, title: str, language: Locale | None) -> str:
    """Return the comment at the top of a pack's ``.pot`` or ``.po`` file."""
    what = (
        f"{language.english_name} translations" if language is not None else "Translations template"
    )
    return (
        f"# {what} of the Okuya pack {name!r} ({' '.join(title.split())}).\n"
        "# Copyright (C) YEAR THE PACK'S AUTHORS\n"
        "# This file is distributed under the same license as the pack.\n"
        "# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n"
        "#"
    )


def interface_template(root: Path) -> Catalog:
    """Extract the interface strings of the source tree at ``root`` with its ``babel.cfg``."""
    mapping_file = root / "babel.cfg"
    with mapping_file.open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(mapping_file))
    template = new_template(_version(root))
    extracted = extract_from_dir(
        root,
        method_map,
        options_map,
        keywords=DEFAULT_KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, line, message, comments, context in extracted:
        location = (Path(filename).as_posix(), line)
        existing = template.get(message if isinstance(message, str) else message[0], context)
        if existing is not None:
            existing.locations.append(location)
            existing.auto_comments.extend(c for c in comments if c not in existing.auto_comments)
            continue
        template.add(message, locations=[location], auto_comments=comments, context=context)
    return template


def _version(root: Path) -> str:
    match = re.search(r'(?m)^version\s*=\s*"([^"]+)"', _read_text(root / "pyproject.toml"))
    return match.group(1) if match else ""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def update_catalog(
    template: Catalog, po_path: Path, language: str, match_by_context: bool
) -> Catalog:
    """Return the ``.po`` at ``po_path`` (or a new one) brought up to date with ``template``.

    Existing translations are kept; a message whose source changed keeps its old translation
    marked fuzzy, with the old source as ``#| msgid``. Pack messages are matched by their
    context (the item path, a stable id); interface messages by Babel's similarity matching.
    """
    locale = Locale.parse(language)
    if po_path.exists():
        catalog = read_catalog(po_path, locale=language)
        # The file's own Language and charset headers may be wrong: the folder decides.
        catalog.locale = locale
        catalog.charset = "utf-8"
        previous_sources = _previous_sources(po_path)
    elif match_by_context:
        # A pack's catalogue: named after the pack, translator fields left for the translator.
        previous_sources = {}
        title = next((message.id for message in template if message.context == "title"), "")
        catalog = Catalog(
            project=template.project,
            header_comment=_pack_header(str(template.project), str(title), locale),
            charset="utf-8",
            fuzzy=False,
        )
        catalog.locale = locale
    else:
        previous_sources = {}
        catalog = new_template(template.version or "")
        catalog.locale = locale
        catalog.language_team = locale.english_name
        catalog.last_translator = COPYRIGHT_HOLDER
    catalog.fuzzy = False
    catalog.update(template, no_fuzzy_matching=match_by_context)
    for message in catalog:
        key = (message.context, message.id if isinstance(message.id, str) else message.id[0])
        if message.fuzzy and not message.previous_id and key in previous_sources:
            message.previous_id = previous_sources[key]
    if match_by_context:
        _carry_over_by_context(catalog)
    catalog.obsolete.clear()
    for message in catalog:
        # Babel reads a "#| msgid" line left on a non-fuzzy entry as a translator comment
        # ("| msgid ...") and would write it back as "# | msgid": drop such leftovers.
        message.user_comments = [
            comment for comment in message.user_comments if not _PREVIOUS_LEFTOVER.match(comment)
        ]
        if not message.fuzzy:
            message.previous_id = []
        # Babel counts an untranslated plural ("", "") as a translation to fuzzy-match from;
        # a fuzzy mark on an empty translation means nothing, so drop it.
        if message.id and message.fuzzy and not _has_any_translation(message.string):
            message.flags.discard("fuzzy")
            message.previous_id = []
    if match_by_context:
        for message in catalog:
            if message.id:
                message.flags -= _FORMAT_FLAGS
    return catalog


def _previous_sources(po_path: Path) -> dict[tuple[str | None, str], list[str]]:
    """Read the ``#| msgid`` lines, which Babel's reader drops, so an update can keep them."""
    found: dict[tuple[str | None, str], list[str]] = {}
    for block in catalogue_text(po_path).split("\n\n"):
        if "#| msgid" not in block:
            continue
        fields: dict[str, str] = {}
        current = ""
        for line in block.splitlines():
            previous = line.startswith("#| ")
            text = line[3:] if previous else line
            match = _PO_FIELD.match(text)
            if match:
                current = ("previous " if previous else "") + match.group(1)
                fields[current] = unescape(match.group(2))
            elif text.startswith('"') and current:
                fields[current] += unescape(text)
        if "msgid" in fields and "previous msgid" in fields:
            sources = [fields["previous msgid"]]
            if "previous msgid_plural" in fields:
                sources.append(fields["previous msgid_plural"])
            found[(fields.get("msgctxt"), fields["msgid"])] = sources
    return found


def _carry_over_by_context(catalog: Catalog) -> None:
    old_by_context = {
        message.context: message
        for message in catalog.obsolete.values()
        if message.context and message.string
    }
    for message in catalog:
        if not message.id or message.string or message.context not in old_by_context:
            continue
        old = old_by_context[message.context]
        message.string = old.string
        message.flags.add("fuzzy")
        message.previous_id = [old.id] if isinstance(old.id, str) else list(old.id)
        message.user_comments = list(old.user_comments)


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write ``catalog`` to ``path`` unless only its dates would change; return True if written."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_previous=True, ignore_obsolete=True)
    content = buffer.getvalue()
    if path.exists():
        old = path.read_bytes()
        if _VOLATILE_HEADER.sub(b"", old) == _VOLATILE_HEADER.sub(b"", content):
            return False
    if path.suffix != ".pot":
        catalog.revision_date = dt.datetime.now(dt.UTC)
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=100, include_previous=True, ignore_obsolete=True)
        content = buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def completeness(
    template: Catalog, po_path: Path, name: str, language: str, check_placeholders: bool = False
) -> Completeness:
    """Measure how much of ``template`` the ``.po`` at ``po_path`` translates (missing file: none).

    A damaged file is measured as far as it can be read; a translation the game would not use
    (``check_placeholders``: the interface's placeholders must match) counts as untranslated.
    """
    catalog: Catalog | None = None
    problems: tuple[CatalogueIssue, ...] = ()
    rejected: dict[tuple[str | None, str], CatalogueIssue] = {}
    if po_path.exists():
        try:
            reading = read_catalogue(po_path, language, check_placeholders=check_placeholders)
        except CatalogueError as error:
            problems = (error.issue,)
        else:
            catalog, problems, rejected = reading.catalog, tuple(reading.issues), reading.rejected
    translated = fuzzy = untranslated = 0
    not_used: list[CatalogueIssue] = []
    for wanted in template:
        if not wanted.id:
            continue
        found = catalog.get(wanted.id, wanted.context) if catalog is not None else None
        key = (wanted.context, wanted.id if isinstance(wanted.id, str) else wanted.id[0])
        if found is not None and key in rejected and not found.fuzzy:
            not_used.append(rejected[key])
            untranslated += 1
        elif found is None or not _has_translation(found.string):
            untranslated += 1
        elif found.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return Completeness(name, language, translated, fuzzy, untranslated, problems, tuple(not_used))


def _has_any_translation(string: object) -> bool:
    if isinstance(string, tuple | list):
        return any(string)
    return bool(string)


def _has_translation(string: object) -> bool:
    if isinstance(string, tuple | list):
        return bool(string) and all(string)
    return bool(string)


def catalog_languages(locales_dir: Path, domain: str) -> list[str]:
    """Return the languages that have a ``<domain>.po`` under ``locales_dir``, sorted."""
    if not locales_dir.is_dir():
        return []
    return sorted(
        folder.name
        for folder in locales_dir.iterdir()
        if (folder / "LC_MESSAGES" / f"{domain}.po").is_file()
    )
