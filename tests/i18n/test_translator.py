"""The Translator looks interface strings and pack texts up in .po files, with English fallback."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from game.i18n import Translator
from game.i18n.translator import pack_catalog_path
from game.model.pack import Text

WritePo = Callable[..., Path]

RU_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
    "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)

INTERFACE = """
msgid "Play"
msgstr "Играть"

#, fuzzy
msgid "Settings"
msgstr "Настройки (старое)"

msgid "Empty"
msgstr ""

msgctxt "verb"
msgid "Review"
msgstr "Повторить"

msgctxt "noun"
msgid "Review"
msgstr "Повторение"

msgid "{count} round"
msgid_plural "{count} rounds"
msgstr[0] "{count} раунд"
msgstr[1] "{count} раунда"
msgstr[2] "{count} раундов"

msgctxt "score"
msgid "{count} star"
msgid_plural "{count} stars"
msgstr[0] "{count} звезда"
msgstr[1] "{count} звезды"
msgstr[2] "{count} звёзд"
"""


@pytest.fixture
def locales(tmp_path: Path, write_po: WritePo) -> Path:
    """Return a locales folder with a small Russian interface catalogue."""
    write_po(tmp_path / "ru" / "LC_MESSAGES" / "messages.po", "ru", INTERFACE, RU_PLURALS)
    return tmp_path


def test_translated_message_is_returned(locales: Path) -> None:
    """A translated interface string comes back in the language."""
    assert Translator("ru", locales).gettext("Play") == "Играть"


def test_unknown_message_falls_back_to_english_source(locales: Path) -> None:
    """A string missing from the catalogue is shown in English."""
    assert Translator("ru", locales).gettext("Quit") == "Quit"


def test_missing_catalogue_falls_back_to_english_source(tmp_path: Path) -> None:
    """A language with no catalogue at all shows the English source."""
    translator = Translator("ky", tmp_path)
    assert translator.gettext("Play") == "Play"
    assert translator.ngettext("{count} round", "{count} rounds", 5) == "{count} rounds"


def test_fuzzy_translation_is_not_used(locales: Path) -> None:
    """A fuzzy (outdated) translation is ignored: the source is shown."""
    assert Translator("ru", locales).gettext("Settings") == "Settings"


def test_empty_translation_falls_back_to_source(locales: Path) -> None:
    """An entry with an empty msgstr counts as untranslated."""
    assert Translator("ru", locales).gettext("Empty") == "Empty"


def test_pgettext_tells_contexts_apart(locales: Path) -> None:
    """The same English word gets the translation of its own context."""
    translator = Translator("ru", locales)
    assert translator.pgettext("verb", "Review") == "Повторить"
    assert translator.pgettext("noun", "Review") == "Повторение"
    assert translator.gettext("Review") == "Review"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 раунд"), (2, "2 раунда"), (5, "5 раундов"), (21, "21 раунд"), (11, "11 раундов")],
)
def test_ngettext_picks_the_russian_plural_form(locales: Path, count: int, expected: str) -> None:
    """ngettext picks the form the catalogue's Plural-Forms gives for the count."""
    translated = Translator("ru", locales).ngettext("{count} round", "{count} rounds", count)
    assert translated.format(count=count) == expected


def test_npgettext_uses_context_and_plural(locales: Path) -> None:
    """npgettext finds the plural entry of its context."""
    translator = Translator("ru", locales)
    assert translator.npgettext("score", "{count} star", "{count} stars", 3) == "{count} звезды"
    assert translator.npgettext("other", "{count} star", "{count} stars", 3) == "{count} stars"


def test_english_translator_returns_source_with_english_plurals(tmp_path: Path) -> None:
    """English is the source language: no catalogue, English plural rules."""
    translator = Translator("en", tmp_path)
    assert translator.ngettext("{n} star", "{n} stars", 1) == "{n} star"
    assert translator.ngettext("{n} star", "{n} stars", 0) == "{n} stars"


def test_unknown_language_is_refused() -> None:
    """A language code Babel does not know raises ValueError with the code in the message."""
    with pytest.raises(ValueError, match="xx-nowhere"):
        Translator("xx-nowhere")


def test_edited_catalogue_is_read_again(locales: Path, write_po: WritePo) -> None:
    """A new Translator sees a .po file edited since the last one was made."""
    assert Translator("ru", locales).gettext("Play") == "Играть"
    path = locales / "ru" / "LC_MESSAGES" / "messages.po"
    write_po(path, "ru", 'msgid "Play"\nmsgstr "Начать"\n', RU_PLURALS)
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))
    assert Translator("ru", locales).gettext("Play") == "Начать"


# -- pack texts ----------------------------------------------------------------------------

PACK_PO = """
msgctxt "events.election.text"
msgid "Kyrgyzstan holds a parliamentary election."
msgstr "В Кыргызстане проходят парламентские выборы."

#, fuzzy
msgctxt "events.protest.text"
msgid "Protesters gather."
msgstr "Протестующие собираются (старое)."

msgctxt "events.protest.label"
msgid "late Monday"
msgstr "поздно вечером в понедельник"
"""


@pytest.fixture
def pack(tmp_path: Path, write_po: WritePo) -> SimpleNamespace:
    """Return a stand-in pack (folder and language) with a Russian pack catalogue."""
    folder = tmp_path / "pack"
    write_po(pack_catalog_path(folder, "ru"), "ru", PACK_PO, RU_PLURALS)
    return SimpleNamespace(folder=folder, language="en")


def test_pack_text_is_found_by_context_and_source(pack: SimpleNamespace, tmp_path: Path) -> None:
    """A pack text is looked up in the pack's own catalogue by (context, source)."""
    text = Text("Kyrgyzstan holds a parliamentary election.", "events.election.text")
    assert (
        Translator("ru", tmp_path).text(text, pack)
        == "В Кыргызстане проходят парламентские выборы."
    )


def test_pack_text_in_another_context_is_not_translated(
    pack: SimpleNamespace, tmp_path: Path
) -> None:
    """The same source under another context is not borrowed from a different item."""
    text = Text("Kyrgyzstan holds a parliamentary election.", "events.other.text")
    assert Translator("ru", tmp_path).text(text, pack) == text.source


def test_fuzzy_pack_text_shows_the_source(pack: SimpleNamespace, tmp_path: Path) -> None:
    """An outdated pack translation is not shown."""
    text = Text("Protesters gather.", "events.protest.text")
    assert Translator("ru", tmp_path).text(text, pack) == "Protesters gather."


def test_pack_in_the_target_language_shows_its_source(tmp_path: Path, write_po: WritePo) -> None:
    """A pack written in Russian is shown as written to a Russian player."""
    folder = tmp_path / "ru-pack"
    po = 'msgctxt "title"\nmsgid "Выборы"\nmsgstr "Не это"\n'
    write_po(pack_catalog_path(folder, "ru"), "ru", po)
    russian_pack = SimpleNamespace(folder=folder, language="ru")
    assert Translator("ru", tmp_path).text(Text("Выборы", "title"), russian_pack) == "Выборы"


def test_translation_is_none_unless_the_catalogue_really_translates_the_text(
    pack: SimpleNamespace, tmp_path: Path
) -> None:
    """Screens that show a translation beside the original need to know one exists."""
    russian = Translator("ru", tmp_path)
    election = Text("Kyrgyzstan holds a parliamentary election.", "events.election.text")
    assert russian.translation(election, pack) == "В Кыргызстане проходят парламентские выборы."
    assert russian.translation(Text("Protesters gather.", "events.protest.text"), pack) is None
    assert russian.translation(Text("Not in the catalogue", "events.x.text"), pack) is None
    assert russian.translation(None, pack) is None
    assert Translator("ky", tmp_path).translation(election, pack) is None
    assert Translator("en", tmp_path).translation(election, pack) is None


def test_pack_without_catalogue_shows_source(tmp_path: Path) -> None:
    """A pack with no translation for the language falls back to its source texts."""
    bare_pack = SimpleNamespace(folder=tmp_path / "bare", language="en")
    assert Translator("ky", tmp_path).text(Text("Hello", "title"), bare_pack) == "Hello"


def test_missing_text_is_empty(tmp_path: Path) -> None:
    """An optional text that is absent formats as an empty string."""
    assert Translator("ru", tmp_path).text(None) == ""


def test_time_of_day_label_is_translated_through_the_pack(
    pack: SimpleNamespace, tmp_path: Path
) -> None:
    """A date with a Text label shows the label from the pack's catalogue."""
    from game.model.when import When

    label = Text("late Monday", "events.protest.label")
    formatted = Translator("ru", tmp_path).format_when(When.parse("2020-10-05"), label, pack)
    assert formatted == "5\u00a0октября 2020\u202fг., поздно вечером в понедельник"


def test_default_round_title_made_by_the_loader_comes_from_the_interface(
    tmp_path: Path, write_po: WritePo
) -> None:
    """A round title the loader made up (no position in the file) uses the interface catalogue."""
    write_po(
        tmp_path / "ky" / "LC_MESSAGES" / "messages.po", "ky", 'msgid "Quiz"\nmsgstr "Викторина"\n'
    )
    pack = SimpleNamespace(folder=tmp_path / "pack", language="en")
    generated = Text("Quiz", "play.numbers.title")
    assert Translator("ky", tmp_path).text(generated, pack) == "Викторина"


def test_a_fifo_named_pack_po_is_no_catalogue_and_does_not_block(tmp_path) -> None:
    """A named pipe where pack.po should be gives no translations instead of hanging on open()."""
    import os

    from game.i18n.catalogs import EMPTY, load_messages

    fifo = tmp_path / "pack.po"
    os.mkfifo(fifo)
    assert load_messages(fifo) is EMPTY
