"""``okuya translate`` creates, updates and measures catalogues, keeping translations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.commands import translate as commands
from game.commands.translate import translate_command
from game.i18n.catalog_files import write_catalog
from game.i18n.catalogs import read_catalog

SMALL_PACK = Path(__file__).parents[1] / "i18n" / "small_pack.yaml"


@pytest.fixture
def pack_folder(tmp_path: Path) -> Path:
    """Return a temporary copy of the small pack."""
    folder = tmp_path / "small"
    folder.mkdir()
    shutil.copy(SMALL_PACK, folder / "pack.yaml")
    return folder


def po_path(folder: Path, language: str = "ru") -> Path:
    """Return where the pack's catalogue for ``language`` is written."""
    return folder / "locales" / language / "LC_MESSAGES" / "pack.po"


def translate_one(path: Path, context: str, translation: str) -> None:
    """Fill in one translation, as a translator would in Poedit."""
    catalog = read_catalog(path, locale="ru")
    for message in catalog:
        if message.context == context:
            message.string = translation
    write_catalog(catalog, path)


def test_round_trip_creates_keeps_and_marks_changed_sources_fuzzy(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Create, translate one entry, change its source, update: the translation turns fuzzy."""
    assert translate_command(str(pack_folder), "ru", stats=False) == 0
    assert (pack_folder / "locales" / "pack.pot").is_file()
    created = read_catalog(po_path(pack_folder), locale="ru")
    # 22 texts, and the evidence of the pack's 5 events, quotes and questions.
    assert len([message for message in created if message.id]) == 27
    assert created.num_plurals == 3

    translate_one(po_path(pack_folder), "events.vote.text", "Проходит голосование.")
    translate_one(po_path(pack_folder), "events.rally.text", "Начинается митинг.")
    pack_file = pack_folder / "pack.yaml"
    pack_file.write_text(
        pack_file.read_text(encoding="utf-8").replace("The vote is held.", "People vote."),
        encoding="utf-8",
    )
    assert translate_command(str(pack_folder), "ru", stats=False) == 0

    updated = read_catalog(po_path(pack_folder), locale="ru")
    changed = updated.get("People vote.", "events.vote.text")
    assert changed is not None
    assert changed.string == "Проходит голосование."
    assert changed.fuzzy
    # The old source is kept for the translator to compare (Babel does not read it back).
    assert '#| msgid "The vote is held."' in po_path(pack_folder).read_text(encoding="utf-8")
    translate_command(str(pack_folder), "ru", stats=False)
    assert '#| msgid "The vote is held."' in po_path(pack_folder).read_text(encoding="utf-8")
    kept = updated.get("A rally begins.", "events.rally.text")
    assert kept is not None
    assert kept.string == "Начинается митинг."
    assert not kept.fuzzy
    assert updated.get("The vote is held.", "events.vote.text") is None

    capsys.readouterr()
    assert translate_command(str(pack_folder), None, stats=True) == 0
    lines = capsys.readouterr().out.splitlines()
    russian = next(line.split() for line in lines if line.split()[:2] == ["small", "ru"])
    assert russian[2:] == ["1", "1", "25", "27", "3.7%"]


def test_pack_without_its_pack_yaml_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no pack.yaml gives a message and exit status 1, no traceback."""
    assert translate_command(str(tmp_path), "ru", stats=False) == 1
    assert "no pack at" in capsys.readouterr().err


def test_missing_language_is_a_usage_error(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --lang (and without --stats) the command says what to add."""
    assert translate_command(str(pack_folder), None, stats=False) == 2
    assert "--lang" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "pseudo", "not-a-language"])
def test_languages_that_cannot_be_translated_into_are_refused(
    pack_folder: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pack's own language, the pseudo-locale and unknown codes are refused clearly."""
    assert translate_command(str(pack_folder), language, stats=False) == 1
    assert "error" in capsys.readouterr().err
    assert not (pack_folder / "locales" / language).exists()


def test_broken_pack_reports_its_problems(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pack that cannot be read reports the file and line, with no traceback."""
    (pack_folder / "pack.yaml").write_text("title: [oops\n", encoding="utf-8")
    assert translate_command(str(pack_folder), "ru", stats=False) == 1
    assert "pack.yaml:" in capsys.readouterr().err


def test_unchanged_catalogue_is_not_rewritten(pack_folder: Path) -> None:
    """Running the command twice leaves the files as they were (no date-only churn)."""
    translate_command(str(pack_folder), "ky", stats=False)
    first = po_path(pack_folder, "ky").read_bytes()
    translate_command(str(pack_folder), "ky", stats=False)
    assert po_path(pack_folder, "ky").read_bytes() == first


def test_interface_catalogue_is_extracted_with_babel_cfg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without PACK, game/ is extracted with babel.cfg into locales/messages.pot and the .po."""
    (tmp_path / "game").mkdir()
    (tmp_path / "game" / "screen.py").write_text(
        "def draw(t):\n"
        "    # TRANSLATORS: the button that starts a round\n"
        "    t.gettext('Play')\n"
        "    t.pgettext('menu', 'Review')\n"
        "    t.ngettext('{count} star', '{count} stars', 2)\n",
        encoding="utf-8",
    )
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "pack.yaml").write_text("title: Not interface\n", encoding="utf-8")
    shutil.copy(Path(__file__).parents[2] / "babel.cfg", tmp_path / "babel.cfg")
    monkeypatch.setattr(commands, "source_root", lambda: tmp_path)

    assert translate_command(None, "ky", stats=False) == 0
    template = read_catalog(tmp_path / "locales" / "messages.pot")
    assert {(message.context, message.id) for message in template if message.id} == {
        (None, "Play"),
        ("menu", "Review"),
        (None, ("{count} star", "{count} stars")),
    }
    play = template.get("Play")
    assert play is not None
    assert play.auto_comments == ["the button that starts a round"]
    catalog = read_catalog(tmp_path / "locales" / "ky" / "LC_MESSAGES" / "messages.po")
    assert catalog.num_plurals == 2
    assert "interface" in capsys.readouterr().out


def test_cli_stats_lists_the_interface_and_the_built_in_pack_per_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`okuya translate --stats` reports every shipped catalogue for ky and ru."""
    from game.cli import main

    assert main(["translate", "--stats"]) == 0
    rows = {tuple(line.split()[:2]) for line in capsys.readouterr().out.splitlines()[1:]}
    assert {("interface", "ky"), ("interface", "ru")} <= rows
    assert {("bishkek-2020", "ky"), ("bishkek-2020", "ru")} <= rows


def test_leftover_previous_source_on_a_reviewed_entry_is_dropped(pack_folder: Path) -> None:
    """A '#| msgid' left on an entry whose fuzzy mark was removed does not come back as '# |'."""
    translate_command(str(pack_folder), "ru", stats=False)
    path = po_path(pack_folder)
    text = path.read_text(encoding="utf-8").replace(
        'msgctxt "events.vote.text"',
        '#| msgid "The old vote text."\nmsgctxt "events.vote.text"',
    )
    path.write_text(text, encoding="utf-8")
    translate_command(str(pack_folder), "ru", stats=False)
    assert "The old vote text." not in path.read_text(encoding="utf-8")


def test_stats_leaves_out_a_locales_folder_that_is_not_a_language_code(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A locales folder named with no language code is left out, said so; real ones are listed."""
    assert translate_command(str(pack_folder), "ru", stats=False) == 0
    stray = po_path(pack_folder, "backup")
    stray.parent.mkdir(parents=True)
    shutil.copy(po_path(pack_folder), stray)
    capsys.readouterr()
    assert translate_command(str(pack_folder), None, stats=True) == 0
    out, err = capsys.readouterr()
    assert "locales/backup is not named with a language code; it is left out." in err
    rows = [line.split()[1] for line in out.splitlines()[1:] if line.startswith("small ")]
    assert rows == ["ru"]
