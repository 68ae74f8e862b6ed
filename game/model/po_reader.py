"""Read a ``.po`` file that may be hostile: bounded, tolerant of lying charsets, never crashing.

Every catalogue the game, ``okuya check`` and ``okuya translate`` read goes through
:func:`read_catalogue`. It reads at most :data:`MAX_CATALOGUE_BYTES`, decodes the bytes itself
(a byte-order mark first, then UTF-8, then the declared charset, then UTF-8 with the bad bytes
replaced), and parses them with Babel's own parser, with three guards around it:

- a header that does not parse is ignored, one header at a time: a ``Language:`` that is not
  a language code, or a ``Plural-Forms:`` whose ``nplurals`` is not 1-6 or whose formula fails
  (a syntax error, a division by zero, a form index out of range) — the language's CLDR rule,
  from Babel, is used instead;
- a line Babel cannot parse is skipped and recorded (Babel would print to standard output);
- an entry that the game must not show is *rejected*: longer than
  :data:`MAX_ENTRY_CHARACTERS`, with control characters or undecodable bytes, or (for the
  interface, whose strings are ``.format()``-ed) with placeholders that differ from its msgid.

What went wrong is returned as :class:`CatalogueIssue` values — a kind, a line and a few
details, turned into words by :mod:`game.model.catalogue_problems` — and
:class:`CatalogueError` is the only exception that leaves this module.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileParser

from game.model.placeholders import placeholders
from game.model.plural_rules import known_locale, plural_header_parts, plural_problem
from game.model.po_decoding import REPLACEMENT, decode_catalogue
from game.model.po_issues import CatalogueError, CatalogueIssue, new_issue

# The checker refuses a larger file, and the game reads nothing the checker refuses.
MAX_CATALOGUE_BYTES = 8 * 1024 * 1024
# Twice the longest pack text the pack format allows (5000 characters): no real translation
# is longer, and a longer one would stall the text layout of the game.
MAX_ENTRY_CHARACTERS = 10_000
# Remember the first few issues of a kind, and count the rest.
MAX_ISSUES_KEPT = 50

# C0 controls other than tab and newline, DEL and the C1 controls: a font draws none of them
# and a NUL stops text rendering outright.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What okuya translate must not write back: the file would lose what could not be read.
_DAMAGE = frozenset({"malformed", "invalid-bytes"})

MessageKey = tuple[str | None, str]


@dataclass
class CatalogueReading:
    """A parsed catalogue, what was wrong with the file, and the entries that must not be used."""

    catalog: Catalog
    issues: list[CatalogueIssue] = field(default_factory=list)
    rejected: dict[MessageKey, CatalogueIssue] = field(default_factory=dict)
    plural_fallback: bool = False
    more_issues: int = 0
    # The first line that could not be read as it is (kept even past MAX_ISSUES_KEPT).
    first_damage: CatalogueIssue | None = None

    def add(self, issue: CatalogueIssue) -> None:
        """Record ``issue``, keeping at most :data:`MAX_ISSUES_KEPT` of them."""
        if issue.kind in _DAMAGE and self.first_damage is None:
            self.first_damage = issue
        if len(self.issues) < MAX_ISSUES_KEPT:
            self.issues.append(issue)
        else:
            self.more_issues += 1


def read_catalogue(
    path: Path,
    language: str | None = None,
    *,
    check_placeholders: bool = False,
    strict: bool = False,
) -> CatalogueReading:
    """Read the ``.po`` file at ``path`` for ``language`` within the budgets; never crash.

    ``check_placeholders`` rejects entries whose ``{name}`` fields differ from their msgid
    (the interface formats its strings; packs do not). ``strict`` makes a malformed line or
    undecodable bytes fatal, for ``okuya translate``, which would otherwise write the file
    back without them. Raises :class:`CatalogueError` (and nothing else) when the file is
    missing, not an ordinary file, too large, or (strict) damaged.
    """
    reading = read_catalogue_bytes(
        _read_bounded(path), language, check_placeholders=check_placeholders, origin=path
    )
    if strict and reading.first_damage is not None:
        raise CatalogueError(path, reading.first_damage)
    return reading


def is_inside(path: Path, folder: Path) -> bool:
    """Return True when ``path``, links followed, is inside ``folder`` (links followed too)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def read_catalogue_bytes(
    data: bytes,
    language: str | None = None,
    *,
    check_placeholders: bool = False,
    origin: Path = Path("<memory>"),
) -> CatalogueReading:
    """Read ``.po`` content already in memory (``origin`` names it in errors); see read_catalogue."""
    if len(data) > MAX_CATALOGUE_BYTES:
        raise CatalogueError(origin, new_issue("too-large", limit=MAX_CATALOGUE_BYTES // 1048576))
    reading = CatalogueReading(_GuardedCatalog(language))
    try:
        found: list[CatalogueIssue] = []
        text = decode_catalogue(data, found)
        for finding in found:
            reading.add(finding)
        _parse(text, reading)
        _reject_unusable(reading, check_placeholders)
    except Exception as error:  # a bug in the parser must not crash the game
        raise CatalogueError(origin, new_issue("unreadable", reason=_short(error))) from None
    return reading


def catalogue_text(path: Path) -> str:
    """Return the text of the ``.po`` file at ``path``, decoded as :func:`read_catalogue` does it."""
    data = _read_bounded(path)
    return decode_catalogue(data, [])


def _short(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:200]


def _read_bounded(path: Path) -> bytes:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A FIFO or a device named pack.po would block open(): not a catalogue.
            raise CatalogueError(path, new_issue("not-a-file"))
        if status.st_size > MAX_CATALOGUE_BYTES:
            raise CatalogueError(path, new_issue("too-large", limit=MAX_CATALOGUE_BYTES // 1048576))
        with path.open("rb") as handle:
            # The file may grow between stat() and read(): read one byte past the budget.
            data = handle.read(MAX_CATALOGUE_BYTES + 1)
    except OSError as error:
        raise CatalogueError(
            path, new_issue("unreadable", reason=error.strerror or error)
        ) from None
    if len(data) > MAX_CATALOGUE_BYTES:
        raise CatalogueError(path, new_issue("too-large", limit=MAX_CATALOGUE_BYTES // 1048576))
    return data


# -- parsing ---------------------------------------------------------------------------------
class _GuardedCatalog(Catalog):
    """A Babel catalogue whose headers are applied one by one, each bad one ignored."""

    def __init__(self, language: str | None) -> None:
        super().__init__(locale=known_locale(language), charset="utf-8")
        self.language = language
        self.header_issues: list[CatalogueIssue] = []
        self.duplicate_lines: list[int] = []
        self.parsing = False

    def __setitem__(self, id: str | tuple[str, ...], message: Message) -> None:
        # Babel merges a repeated entry into the first, copying its locations and comments
        # each time: 20,000 copies of one msgid took 24 s. While parsing, keep the first.
        if self.parsing and id and self._key_for(id, message.context) in self._messages:
            self.duplicate_lines.append(message.lineno or 0)
            return
        super().__setitem__(id, message)

    def _set_guarded_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        for name, value in headers:
            lowered = name.lower()
            if lowered == "content-type":
                # The text is decoded already; what is written back is UTF-8.
                self.charset = "utf-8"
            elif lowered == "language":
                self._set_language_header(value)
            elif lowered == "plural-forms":
                self._set_plural_header(value)
            else:
                try:
                    Catalog._set_mime_headers(self, [(name, value)])
                except (ValueError, TypeError, LookupError, OverflowError):
                    continue  # a date or version header that does not parse changes nothing

    mime_headers = property(Catalog._get_mime_headers, _set_guarded_headers)

    def _set_language_header(self, value: str) -> None:
        code = value.strip()
        if not code:
            return
        if known_locale(code) is None:
            self.header_issues.append(new_issue("language-header", value=code))
            return
        if self.language is None:
            self.locale = code.replace("-", "_")

    def _set_plural_header(self, value: str) -> None:
        reason = plural_problem(value)
        if reason:
            self.header_issues.append(new_issue("plural-forms", value=value.strip(), reason=reason))
            return
        count_text, expression = plural_header_parts(value)
        self._num_plurals = int(count_text)
        self._plural_expr = expression or "(n != 1)"


class _GuardedParser(PoFileParser):
    """Babel's parser, recording bad lines instead of printing them, and skipping them."""

    def __init__(self, reading: CatalogueReading) -> None:
        super().__init__(reading.catalog, ignore_obsolete=False, abort_invalid=False)
        self.reading = reading

    def _invalid_pofile(self, line: str, lineno: int, msg: str) -> None:
        self.reading.add(new_issue("malformed", lineno + 1, reason=msg[:120]))

    def _process_message_line(self, lineno: int, line: str, obsolete: bool = False) -> None:
        try:
            super()._process_message_line(lineno, line, obsolete)
        except (ValueError, IndexError, TypeError, AssertionError) as error:
            # "msgstr[x]" and the like: Babel calls int() on the index unguarded.
            if line.lstrip().startswith("msgstr["):
                self.reading.add(new_issue("malformed", lineno + 1, form_number="bad"))
            else:
                self.reading.add(new_issue("malformed", lineno + 1, reason=_short(error)))

    def _add_message(self) -> None:
        try:
            super()._add_message()
        except (ValueError, IndexError, TypeError, AssertionError) as error:
            self.reading.add(new_issue("malformed", self.offset + 1, reason=_short(error)[:120]))
            self._reset_message_state()


def _parse(text: str, reading: CatalogueReading) -> None:
    catalog = reading.catalog
    assert isinstance(catalog, _GuardedCatalog)
    catalog.parsing = True
    try:
        _GuardedParser(reading).parse(_lines(text))
    finally:
        catalog.parsing = False
    for line in catalog.duplicate_lines:
        reading.add(new_issue("duplicate", line))
    for issue in catalog.header_issues:
        header = "Language" if issue.kind == "language-header" else "Plural-Forms"
        reading.add(CatalogueIssue(issue.kind, _header_line(text, header), issue.details))
        if issue.kind == "plural-forms":
            reading.plural_fallback = True
    # Whatever the header said, the file is written back in UTF-8.
    catalog.charset = "utf-8"


# -- entries the game must not use -----------------------------------------------------------
def _lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` one by one, without a list or a copy of them all.

    Only a newline ends a .po line: str.splitlines would also split at U+2028 and the like.
    """
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _header_line(text: str, header: str) -> int:
    wanted = f'"{header.lower()}:'
    for number, line in enumerate(text[:20_000].split("\n")[:200], start=1):
        if line.lstrip().lower().startswith(wanted):
            return number
    return 0


def _reject_unusable(reading: CatalogueReading, check_placeholders: bool) -> None:
    for message in reading.catalog:
        if not message.id:
            continue
        issue = entry_problem(message, check_placeholders)
        if issue is not None:
            key = (message.context, message.id if isinstance(message.id, str) else message.id[0])
            reading.rejected[key] = issue


def entry_problem(message: Message, check_placeholders: bool) -> CatalogueIssue | None:
    """Return why ``message`` must not be shown, or None when its translation is usable."""
    sources = [message.id] if isinstance(message.id, str) else list(message.id)
    if isinstance(message.string, str):
        forms = [message.string]
    else:
        forms = [form for form in message.string if form]
    line = message.lineno or 0
    texts = [*sources, *forms, message.context or ""]
    if any(len(text) > MAX_ENTRY_CHARACTERS for text in texts):
        return new_issue("entry-too-long", line, limit=MAX_ENTRY_CHARACTERS)
    if not any(forms):
        return None
    for form in forms:
        control = _CONTROL.search(form)
        if control:
            return new_issue("control-character", line, code=f"U+{ord(control.group()):04X}")
        if REPLACEMENT in form and REPLACEMENT not in "".join(sources):
            return new_issue("invalid-bytes", line)
    if check_placeholders:
        return _placeholder_problem(sources, forms, line)
    return None


def _placeholder_problem(sources: list[str], forms: list[str], line: int) -> CatalogueIssue | None:
    expected: set[str] = set()
    for source in sources:
        fields = placeholders(source)
        if fields is None:
            # Not a format string ("starts with '{'"): the code never formats it. A plural's
            # forms are checked again at look-up against the code's own English.
            return None
        expected |= fields
    for form in forms:
        found = placeholders(form)
        if found is None:
            return new_issue("placeholders", line, unbalanced="yes", expected=_listed(expected))
        # One form of a plural may leave the number out ("one text"); none may add a field.
        wrong = found - expected if len(sources) > 1 else found ^ expected
        if wrong:
            return new_issue("placeholders", line, found=_listed(found), expected=_listed(expected))
    return None


def _listed(fields: set[str]) -> str:
    return " ".join(sorted(fields)) or "-"
