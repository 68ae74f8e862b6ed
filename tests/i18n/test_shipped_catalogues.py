"""The shipped catalogues are complete, consistent and drawable with the shipped font.

Covers the interface catalogue (``locales/``) and the catalogue of every built-in pack
(``content/*/locales``), each measured against a fresh extraction so that a catalogue that
fell behind its source fails too.
"""

from __future__ import annotations

import shutil
import string
import subprocess
from pathlib import Path

import pytest
import yaml
from babel import Locale

from game.i18n.catalog_files import completeness, interface_template, pack_template
from game.i18n.catalogs import plural_rule, read_catalog
from game.i18n.font_coverage import missing_characters
from game.i18n.pseudo import pseudo_localize
from game.i18n.translator import LANGUAGES

ROOT = Path(__file__).parents[2]
FONTS = [
    ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf",
    ROOT / "assets" / "fonts" / "NotoSans-Bold.ttf",
]
SHIPPED_LANGUAGES = ("ky", "ru")
PACK_FILES = sorted((ROOT / "content").glob("*/pack.yaml"))
PO_FILES = sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po")) + sorted(
    (ROOT / "content").glob("*/locales/*/LC_MESSAGES/*.po")
)
INTEGER_CATEGORIES = {"ru": ["one", "few", "many"], "ky": ["one", "other"]}


def relative(path: Path) -> str:
    """Return ``path`` relative to the checkout, for readable test ids."""
    return path.relative_to(ROOT).as_posix()


def test_built_in_pack_exists() -> None:
    """At least one built-in pack ships, so the checks below have something to check."""
    assert PACK_FILES, "content/*/pack.yaml not found"


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_interface_catalogue_is_complete_without_fuzzy(language: str) -> None:
    """Every interface string of game/ is translated, none fuzzy."""
    template = interface_template(ROOT)
    po_path = ROOT / "locales" / language / "LC_MESSAGES" / "messages.po"
    assert po_path.is_file(), f"missing {relative(po_path)}: run okuya translate --lang {language}"
    result = completeness(template, po_path, "interface", language)
    assert (result.fuzzy, result.untranslated) == (0, 0), result


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("pack_file", PACK_FILES, ids=relative)
def test_built_in_pack_catalogue_is_complete_without_fuzzy(pack_file: Path, language: str) -> None:
    """Every text of every built-in pack is translated, none fuzzy."""
    template, _pack_language = pack_template(pack_file)
    po_path = pack_file.parent / "locales" / language / "LC_MESSAGES" / "pack.po"
    assert po_path.is_file(), f"missing {relative(po_path)}"
    result = completeness(template, po_path, pack_file.parent.name, language)
    assert (result.fuzzy, result.untranslated) == (0, 0), result


@pytest.mark.parametrize("po_path", PO_FILES, ids=relative)
def test_catalogue_has_no_fuzzy_entry(po_path: Path) -> None:
    """No shipped catalogue keeps a fuzzy entry (also ones no longer extracted)."""
    catalog = read_catalog(po_path)
    assert not catalog.fuzzy, "the header is marked fuzzy"
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert fuzzy == []


@pytest.mark.parametrize("po_path", PO_FILES, ids=relative)
def test_plural_forms_header_matches_cldr(po_path: Path) -> None:
    """The file's Plural-Forms picks Babel's CLDR category for 1, 2, 5 and 21."""
    language = po_path.parents[1].name
    if language not in INTEGER_CATEGORIES:
        pytest.skip(f"no sample categories written down for {language}")
    catalog = read_catalog(po_path)
    rule = plural_rule(catalog.plural_expr)
    locale = Locale.parse(language)
    assert catalog.num_plurals == len(INTEGER_CATEGORIES[language])
    for count in (1, 2, 5, 21):
        assert INTEGER_CATEGORIES[language][rule(count)] == locale.plural_form(count)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("po_path", PO_FILES, ids=relative)
def test_msgfmt_check_accepts_catalogue(po_path: Path) -> None:
    """msgfmt --check (header, format strings, plural forms) finds nothing wrong."""
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def brace_fields(text: str) -> set[str]:
    """Return the names of the ``{name}`` fields in ``text``."""
    try:
        return {
            name
            for _literal, name, _spec, _conv in string.Formatter().parse(text)
            if name is not None
        }
    except ValueError:
        return {"<unbalanced braces>"}


@pytest.mark.parametrize("po_path", PO_FILES, ids=relative)
def test_brace_placeholders_match_the_source(po_path: Path) -> None:
    """A translation uses exactly the {name} fields of its source (plurals: the last form all)."""
    problems = []
    for message in read_catalog(po_path):
        if not message.id or not message.string:
            continue
        if isinstance(message.id, str):
            if brace_fields(message.string) != brace_fields(message.id):
                problems.append((message.id, message.string))
            continue
        wanted = brace_fields(message.id[1]) | brace_fields(message.id[0])
        forms = [form for form in message.string if form]
        if any(not brace_fields(form) <= wanted for form in forms) or (
            forms and brace_fields(forms[-1]) != wanted
        ):
            problems.append((message.id, message.string))
    assert problems == []


def catalogue_strings(po_path: Path) -> list[str]:
    """Return every translation in a catalogue."""
    texts = []
    for message in read_catalog(po_path):
        if isinstance(message.string, str):
            texts.append(message.string)
        else:
            texts.extend(message.string)
    return texts


def yaml_strings(value: object) -> list[str]:
    """Return every string in plain YAML data, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in [str(key), *yaml_strings(item)]]
    if isinstance(value, list):
        return [text for item in value for text in yaml_strings(item)]
    return []


@pytest.mark.parametrize("font", FONTS, ids=lambda path: path.name)
def test_every_character_is_in_the_shipped_font(font: Path) -> None:
    """Every character of every catalogue, pack, language name and pseudo string has a glyph."""
    texts = list(LANGUAGES.values())
    texts.append(pseudo_localize(string.ascii_letters))
    for po_path in PO_FILES:
        texts.extend(catalogue_strings(po_path))
    for pack_file in PACK_FILES:
        texts.extend(yaml_strings(yaml.safe_load(pack_file.read_text(encoding="utf-8"))))
    missing = missing_characters("".join(texts), font)
    assert not missing, sorted(f"U+{ord(character):04X} {character}" for character in missing)


def test_font_reader_knows_kyrgyz_letters_and_not_the_white_brackets() -> None:
    """The cmap reader sees Ң Ө Ү and №, and misses ⟦ ⟧ (why the pseudo-locale uses [ ])."""
    assert missing_characters("ҢңӨөҮү№«»—", FONTS[0]) == set()
    assert missing_characters("⟦⟧", FONTS[0]) == {"⟦", "⟧"}
