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
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog

from game.i18n.catalog_files import (
    Completeness,
    catalog_languages,
    completeness,
    interface_template,
    pack_template,
    update_catalog,
    write_catalog,
)
from game.i18n.catalogs import is_inside
from game.i18n.catalogue_problems import catalogue_error_line, completeness_notes
from game.i18n.pack_texts import PackTextError
from game.i18n.po_reader import CatalogueError
from game.i18n.translator import (
    INTERFACE_DOMAIN,
    PACK_DOMAIN,
    PSEUDO,
    SOURCE_LANGUAGE,
    Translator,
    catalog_path,
)

# The languages the game ships; --stats lists them even before their file exists.
SHIPPED_LANGUAGES = ("ky", "ru")
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


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
        print(t.gettext("okuya translate: error: {reason}").format(reason=error), file=sys.stderr)
        return EXIT_USAGE if not language and not stats else EXIT_FAILED
    except CatalogueError as error:
        # A damaged .po is left as it is: rewriting it would drop what could not be read.
        print(catalogue_error_line(error, t), file=sys.stderr)
        return EXIT_FAILED
    except PackTextError as error:
        print(t.gettext("okuya translate: the pack cannot be read:"), file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(t.gettext("okuya translate: error: {reason}").format(reason=error), file=sys.stderr)
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
    print(t.gettext("template: {path}").format(path=template_path))
    if existed:
        print(t.gettext("updated: {path}").format(path=po_path))
    else:
        print(t.gettext("created: {path}").format(path=po_path))


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
            print(t.gettext("(interface: no babel.cfg here, so it is not measured)"))
        pack_files = builtin_pack_files()
    else:
        pack_files = [_pack_file(pack, t)]
    for pack_file in pack_files:
        try:
            template, _pack_language = pack_template(pack_file)
        except PackTextError as error:
            print(
                t.gettext("{pack}: cannot be read:").format(pack=_pack_name(pack_file)),
                file=sys.stderr,
            )
            print(str(error), file=sys.stderr)
            continue
        rows += _rows(
            template, pack_file.parent / "locales", PACK_DOMAIN, _pack_name(pack_file), language
        )
    _print_table(rows, t)
    return EXIT_OK


def _rows(
    template: Catalog, locales: Path, domain: str, name: str, language: str | None
) -> list[Completeness]:
    if language:
        languages = [language]
    else:
        languages = sorted(set(SHIPPED_LANGUAGES) | set(catalog_languages(locales, domain)))
    # The interface .format()s its strings, so its placeholders must match; a pack's are text.
    check_placeholders = domain == INTERFACE_DOMAIN
    return [
        completeness(template, catalog_path(locales, code, domain), name, code, check_placeholders)
        for code in languages
    ]


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
        print(text.rstrip())
    for note in completeness_notes(rows, t):
        print(note)
