"""``okuya translate``: create and update translation files, and report how complete they are.

- ``okuya translate PACK --lang ky``: extract ``PACK/locales/pack.pot`` and create or update
  ``PACK/locales/ky/LC_MESSAGES/pack.po``.
- ``okuya translate --lang ky``: the same for the interface (``locales/messages.pot`` and
  ``locales/ky/LC_MESSAGES/messages.po``), extracted from ``game/`` with ``babel.cfg``.
- ``okuya translate [PACK] --stats``: translated, fuzzy and untranslated messages per catalogue
  and language, measured against a fresh extraction, so outdated files show what is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog

from game.commands.terminal import say
from game.i18n.catalog_files import (
    Completeness,
    catalog_languages,
    completeness,
    interface_template,
    pack_template,
    update_catalog,
    write_catalog,
)
from game.i18n.pack_texts import PackTextError
from game.i18n.translator import (
    INTERFACE_DOMAIN,
    PACK_DOMAIN,
    PSEUDO,
    SOURCE_LANGUAGE,
    Translator,
    catalog_path,
    english,
)
from game.model.catalogue_problems import describe_issue, issue_line
from game.model.plural_rules import known_locale
from game.model.po_issues import CatalogueError, CatalogueIssue
from game.model.po_reader import is_inside

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# --stats lists this many findings per catalogue under the table, then counts the rest.
MAX_NOTES_PER_CATALOGUE = 10


class TranslateError(Exception):
    """Raise when a translate command cannot go on; the message says why and what to do."""


def translate_command(pack: str | None, language: str | None, stats: bool) -> int:
    """Run ``okuya translate``; print what was done and return the exit status."""
    t = Translator(SOURCE_LANGUAGE)
    try:
        if stats:
            return _print_stats(pack, language, t)
        if not language:
            raise TranslateError(
                t.gettext(
                    "say which language to translate into with --lang (for example --lang ky), or use --stats"
                )
            )
        _check_language(language, t)
        if pack is None:
            return _translate_interface(language, t)
        return _translate_pack(_pack_file(pack, t), language, t)
    except TranslateError as error:
        say(t.gettext("okuya translate: error: {reason}").format(reason=error))
        return EXIT_USAGE if not language and not stats else EXIT_FAILED
    except CatalogueError as error:
        # A damaged .po is left as it is: rewriting it would drop what could not be read.
        say(catalogue_error_line(error, t))
        return EXIT_FAILED
    except PackTextError as error:
        say(t.gettext("okuya translate: the pack cannot be read:"))
        _say_lines(str(error))
        return EXIT_FAILED
    except OSError as error:
        say(t.gettext("okuya translate: error: {reason}").format(reason=error))
        return EXIT_FAILED


def _check_language(language: str, t: Translator) -> None:
    if language == PSEUDO:
        raise TranslateError(
            t.gettext("'pseudo' is made by the game itself and has no translation files")
        )
    try:
        Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        raise TranslateError(
            t.gettext(
                "'{language}' is not a language code Babel knows; use one such as ky, ru, kk or uz"
            ).format(language=language)
        ) from None


def source_root() -> Path:
    """Return the top of the source checkout (where ``babel.cfg`` and ``locales/`` live)."""
    from game.paths import PACKAGE_DIR

    return PACKAGE_DIR.parent


def builtin_pack_files() -> list[Path]:
    """Return the ``pack.yaml`` of every pack that ships with the game."""
    from game.paths import DataNotFoundError, data_dir

    try:
        content = data_dir("content")
    except DataNotFoundError:
        return []
    return sorted(content.glob("*/pack.yaml"))


def _pack_file(pack: str, t: Translator) -> Path:
    path = Path(pack)
    if path.is_dir():
        path = path / "pack.yaml"
    if not path.is_file():
        raise TranslateError(
            t.gettext("no pack at {path}: give a pack folder or its pack.yaml").format(path=pack)
        )
    return path


def _translate_pack(pack_file: Path, language: str, t: Translator) -> int:
    template, pack_language = pack_template(pack_file)
    if pack_language == language:
        raise TranslateError(
            t.gettext(
                "the pack is written in '{language}'; choose another language to translate into"
            ).format(language=language)
        )
    locales = pack_file.parent / "locales"
    for written in (
        locales,
        locales / f"{PACK_DOMAIN}.pot",
        catalog_path(locales, language, PACK_DOMAIN),
    ):
        # A pack from elsewhere may link locales to "/" or /etc: write nothing through it.
        if not is_inside(written, pack_file.parent):
            raise TranslateError(
                t.gettext(
                    "{path} is a link out of the pack folder; okuya translate writes only inside the pack"
                ).format(path=written)
            )
    _update_files(template, locales, PACK_DOMAIN, language, match_by_context=True, t=t)
    name = _pack_name(pack_file)
    _print_table(
        [completeness(template, catalog_path(locales, language, PACK_DOMAIN), name, language)], t
    )
    return EXIT_OK


def _translate_interface(language: str, t: Translator) -> int:
    if language == SOURCE_LANGUAGE:
        raise TranslateError(
            t.gettext("the interface is written in English; choose another language")
        )
    root = source_root()
    template = _interface_template_or_fail(root, t)
    locales = root / "locales"
    _update_files(template, locales, INTERFACE_DOMAIN, language, match_by_context=False, t=t)
    po_path = catalog_path(locales, language, INTERFACE_DOMAIN)
    row = completeness(template, po_path, t.gettext("interface"), language, check_placeholders=True)
    _print_table([row], t)
    return EXIT_OK


def _interface_template_or_fail(root: Path, t: Translator) -> Catalog:
    if not (root / "babel.cfg").is_file():
        raise TranslateError(
            t.gettext(
                "babel.cfg not found in {folder}: translate the interface in a source checkout"
            ).format(folder=root)
        )
    return interface_template(root)


def _update_files(
    template: Catalog,
    locales: Path,
    domain: str,
    language: str,
    match_by_context: bool,
    t: Translator,
) -> None:
    template_path = locales / f"{domain}.pot"
    po_path = catalog_path(locales, language, domain)
    existed = po_path.exists()
    write_catalog(template, template_path)
    catalog = update_catalog(template, po_path, language, match_by_context)
    write_catalog(catalog, po_path)
    say(t.gettext("template: {path}").format(path=template_path), sys.stdout)
    if existed:
        say(t.gettext("updated: {path}").format(path=po_path), sys.stdout)
    else:
        say(t.gettext("created: {path}").format(path=po_path), sys.stdout)


def _pack_name(pack_file: Path) -> str:
    return pack_file.parent.name or pack_file.stem


def _print_stats(pack: str | None, language: str | None, t: Translator) -> int:
    rows: list[Completeness] = []
    if pack is None:
        root = source_root()
        if (root / "babel.cfg").is_file():
            rows += _rows(
                interface_template(root),
                root / "locales",
                INTERFACE_DOMAIN,
                t.gettext("interface"),
                language,
            )
        else:
            say(t.gettext("(interface: no babel.cfg here, so it is not measured)"), sys.stdout)
        pack_files = builtin_pack_files()
    else:
        pack_files = [_pack_file(pack, t)]
    for pack_file in pack_files:
        try:
            template, _pack_language = pack_template(pack_file)
        except PackTextError as error:
            say(t.gettext("{pack}: cannot be read:").format(pack=_pack_name(pack_file)))
            _say_lines(str(error))
            continue
        found = _rows(
            template, pack_file.parent / "locales", PACK_DOMAIN, _pack_name(pack_file), language
        )
        if not found:
            say(
                t.gettext(
                    "{pack}: no translations yet; start one with: okuya translate {folder} --lang ky"
                ).format(pack=_pack_name(pack_file), folder=pack_file.parent),
                sys.stdout,
            )
        rows += found
    if rows:
        _print_table(rows, t)
    return EXIT_OK


def _rows(
    template: Catalog, locales: Path, domain: str, name: str, language: str | None
) -> list[Completeness]:
    # Only the catalogues that exist, and the language asked for: a row of 0% for a
    # language nobody started would read as a missing file the teacher should have made.
    languages = [language] if language else catalog_languages(locales, domain)
    # The interface .format()s its strings, so its placeholders must match; a pack's are text.
    check_placeholders = domain == INTERFACE_DOMAIN
    rows = []
    for code in languages:
        po_path = catalog_path(locales, code, domain)
        if po_path.exists() and known_locale(code) is None:
            # A folder under locales/ named with anything but a language code (Babel refuses it).
            say(
                english()
                .gettext(
                    "{pack}: locales/{folder} is not named with a language code; it is left out."
                )
                .format(pack=name, folder=code)
            )
            continue
        rows.append(completeness(template, po_path, name, code, check_placeholders))
    return rows


def _print_table(rows: list[Completeness], t: Translator) -> None:
    headings = (
        t.gettext("catalogue"),
        t.gettext("language"),
        t.gettext("translated"),
        t.gettext("fuzzy"),
        t.gettext("untranslated"),
        t.gettext("total"),
        t.gettext("complete"),
    )
    lines = [
        (
            row.catalogue,
            row.language,
            str(row.translated),
            str(row.fuzzy),
            str(row.untranslated),
            str(row.total),
            f"{row.percent:.0f}%"
            if row.percent >= 99.5 or row.percent < 0.5
            else f"{row.percent:.1f}%",
        )
        for row in rows
    ]
    widths = [
        max(len(cells[index]) for cells in [headings, *lines]) for index in range(len(headings))
    ]
    for cells in [headings, *lines]:
        text = "  ".join(
            cell.ljust(width) if index < 2 else cell.rjust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )
        say(text.rstrip(), sys.stdout)
    for note in completeness_notes(rows, t):
        say(note, sys.stdout)


def _say_lines(text: str) -> None:
    """Print a message of several lines (one problem each) to standard error, each escaped."""
    for line in text.splitlines():
        say(line)


def catalogue_error_line(error: CatalogueError, t: Translator) -> str:
    """Return the one-line refusal of ``okuya translate`` for a catalogue it will not rewrite."""
    return t.gettext("okuya translate: {problem}; the file was left as it is").format(
        problem=issue_line(str(error.file), error.issue, t)
    )


def completeness_notes(rows: Iterable[Completeness], t: Translator) -> list[str]:
    """Return the lines under the ``--stats`` table: each catalogue's problems and unused entries."""
    notes: list[str] = []
    for row in rows:
        name = f"{row.catalogue} ({row.language})"
        if row.problems:
            notes.append(t.gettext("{catalogue}: problems in the file:").format(catalogue=name))
            notes += _listed_issues(row.problems, t)
        if row.not_used:
            notes.append(
                t.ngettext(
                    "{catalogue}: {count} translation is not used, the English text is shown:",
                    "{catalogue}: {count} translations are not used, the English text is shown:",
                    len(row.not_used),
                ).format(catalogue=name, count=len(row.not_used))
            )
            notes += _listed_issues(row.not_used, t)
    return notes


def _listed_issues(issues: tuple[CatalogueIssue, ...], t: Translator) -> list[str]:
    lines = []
    for issue in issues[:MAX_NOTES_PER_CATALOGUE]:
        message, hint = describe_issue(issue, t)
        text = f"{message} — {hint}" if hint else message
        if issue.line:
            text = t.gettext("line {number}: {problem}").format(number=issue.line, problem=text)
        lines.append("  " + text)
    if len(issues) > MAX_NOTES_PER_CATALOGUE:
        left = len(issues) - MAX_NOTES_PER_CATALOGUE
        lines.append(
            "  "
            + t.ngettext("and {count} more finding", "and {count} more findings", left).format(
                count=left
            )
        )
    return lines
