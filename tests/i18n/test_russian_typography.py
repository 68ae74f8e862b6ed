"""Every Russian string keeps the glossary's no-break-space rule: interface, built-in packs, dates.

A plain space may not follow a short preposition, conjunction or particle, split a number from
its word, or stand before a dash (docs/glossary.md, docs/translating.md). The failure message
lists each offending entry with the place, a no-break space shown as a middle dot.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from game.i18n import Translator
from game.i18n.catalogs import clear_cache, read_catalog
from game.i18n.typography import SHORT_WORDS, glue_russian, russian_space_problems
from game.model.when import When

ROOT = Path(__file__).parents[2]
INTERFACE_PO = ROOT / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
PACK_FOLDERS = sorted(path.parent for path in (ROOT / "content").glob("*/pack.yaml"))
PACK_POS = [folder / "locales" / "ru" / "LC_MESSAGES" / "pack.po" for folder in PACK_FOLDERS]


def relative(path: Path) -> str:
    """Return ``path`` relative to the checkout, for readable test ids."""
    return path.relative_to(ROOT).as_posix()


def offending_entries(po_path: Path) -> list[str]:
    """Return one line per catalogue entry whose Russian breaks the rule, naming the places."""
    lines = []
    for message in read_catalog(po_path):
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        problems = [str(problem) for form in forms for problem in russian_space_problems(form)]
        if problems:
            source = message.id[0] if isinstance(message.id, tuple) else message.id
            name = message.context or source[:60]
            lines.append(f"{name}: " + "; ".join(problems))
    return lines


def report(title: str, lines: list[str]) -> str:
    """Return a failure message: what failed, how many, and each offending entry."""
    return f"{title}: {len(lines)} break the no-break-space rule\n  " + "\n  ".join(lines)


# -- the rule itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Раунд {number} из {total}", "after «из»"),
        ("в {folder} нет babel.cfg", "after «в»"),
        ("В файле нет данных", "after «В»"),
        ("ни одной ошибки", "after «ни»"),
        ("Ошибок НЕ найдено", "after «НЕ»"),
        ("положите файл рядом с pack.yaml", "after «с»"),
        ("«А ты?»", "after «А»"),
        ("4 октября", "between a number"),
        ("не хватает {count} текстов", "between a number"),
        ("в месяце {month:02d} дни", "between a number"),
        ("пострадали 120 человек", "between a number"),
        ("Окуя — игра", "before a dash"),
        ("Enter – проверить", "before a dash"),
        ("поздно вечером\nв понедельник и\nпотом", "after «и»"),
    ],
)
def test_a_plain_space_where_the_rule_asks_for_a_no_break_one_is_found(
    text: str, rule: str
) -> None:
    """Each kind of forbidden plain space is reported, with the rule it breaks."""
    problems = russian_space_problems(text)
    assert problems, text
    assert any(rule in problem.rule for problem in problems), problems


@pytest.mark.parametrize(
    "text",
    [
        "Раунд {number}\u00a0из\u00a0{total}",
        "в\u00a0{folder} нет babel.cfg",
        "4\u00a0октября 2020\u202fг.",
        "Окуя\u00a0— игра",
        "вы можете играть дальше",  # «вы», «можете»: not short words of the rule
        "из-за этого, кто-то по-кыргызски",  # hyphenated words are not followed by a space
        "в\u00a0UTF-8 рядом",  # a code name ending in a digit is not a number
        "в\u00a021:30 милиция",  # a time is not a number with its word
        "SIL Open Font License 1.1. Текст",  # the number ends the sentence
        "в\u00a0{file} ({encoding}) записано",  # a text placeholder is not a number
        "1–{last}",  # an unspaced range dash
    ],
)
def test_text_that_keeps_the_rule_passes(text: str) -> None:
    """No-break spaces, words that are not in the list, codes, times and ranges pass."""
    assert russian_space_problems(text) == []


def test_every_short_word_of_the_glossary_is_checked_in_every_case() -> None:
    """Each listed word is found lowercase, capitalised and upper case."""
    for word in SHORT_WORDS:
        for written in (word, word.capitalize(), word.upper()):
            assert russian_space_problems(f"слово {written} слово"), written


def test_a_short_word_inside_a_longer_word_is_not_a_short_word() -> None:
    """The last letters of a word («вариантов» ends in «в») are not a preposition."""
    assert russian_space_problems("вариантов нет, набор пуст") == []


def test_glueing_makes_only_those_spaces_no_break() -> None:
    """glue_russian changes the reported spaces and nothing else, keeping the length."""
    text = "В этом раунде всего {count} элемента — и не больше"
    glued = glue_russian(text)
    assert glued == ("В\u00a0этом раунде всего {count}\u00a0элемента\u00a0— и\u00a0не\u00a0больше")
    assert russian_space_problems(glued) == []
    assert len(glued) == len(text)


# -- every Russian string ---------------------------------------------------------------


def test_interface_catalogue_keeps_the_no_break_space_rule() -> None:
    """Every Russian interface string (every plural form) keeps the rule."""
    lines = offending_entries(INTERFACE_PO)
    assert lines == [], report(relative(INTERFACE_PO), lines)


@pytest.mark.parametrize("po_path", PACK_POS, ids=relative)
def test_built_in_pack_catalogue_keeps_the_no_break_space_rule(po_path: Path) -> None:
    """Every Russian text of every built-in pack keeps the rule."""
    assert po_path.is_file(), f"missing {relative(po_path)}"
    lines = offending_entries(po_path)
    assert lines == [], report(relative(po_path), lines)


def russian_dates() -> list[str]:
    """Return Russian dates of every precision, for every month, as the date helpers give them."""
    translator = Translator("ru")
    dates = [translator.format_when(When(2020)), translator.format_when(When(2005))]
    for month in range(1, 13):
        dates.append(translator.format_when(When(2020, month)))
        dates.append(translator.format_when(When(2020, month, 1)))
        dates.append(translator.format_when(When(2020, month, 21, 9, 5)))
        dates.append(translator.format_date(dt.date(2019, month, 11)))
    return dates


def test_russian_dates_keep_the_no_break_space_rule() -> None:
    """Dates of every precision join the day to the month («5\u00a0октября»)."""
    dates = russian_dates()
    assert "1\u00a0октября 2020\u202fг." in dates
    lines = [f"{date!r}: {problem}" for date in dates for problem in russian_space_problems(date)]
    assert lines == [], report("Russian dates", lines)


@pytest.mark.parametrize("pack_folder", PACK_FOLDERS, ids=relative)
def test_russian_event_dates_of_built_in_packs_keep_the_rule(pack_folder: Path) -> None:
    """Each event's date as a Russian player sees it (with its time-of-day label) keeps the rule."""
    from game.model.loader import load_pack

    clear_cache()
    pack = load_pack(pack_folder).pack
    translator = Translator("ru")
    shown = [translator.format_when(event.when, event.label, pack) for event in pack.events]
    assert shown, f"{relative(pack_folder)} has no events"
    lines = [f"{date!r}: {problem}" for date in shown for problem in russian_space_problems(date)]
    assert lines == [], report(f"{relative(pack_folder)} event dates", lines)
