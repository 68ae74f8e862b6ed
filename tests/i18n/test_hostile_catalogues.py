"""Hostile catalogues (issue 17): a pack's pack.po or an interface messages.po never crashes.

Each test is a case an attacker found: the game shows the English text where a translation
cannot be used, ``okuya check`` says what is wrong on which line, and ``okuya translate``
refuses to rewrite a file it cannot fully read, with one line and no traceback.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from game.cli import main
from game.commands import translate as commands
from game.commands.check import check_command
from game.i18n.translator import Translator
from game.model.loader import check_pack
from game.model.pack import Text
from game.model.po_reader import MAX_CATALOGUE_BYTES, MAX_ENTRY_CHARACTERS

SMALL_PACK = Path(__file__).with_name("small_pack.yaml")
VOTE = Text("The vote is held.", "events.vote.text")
RALLY = Text("A rally begins.", "events.rally.text")
RU_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)


def po_bytes(
    entries: str,
    charset: str = "UTF-8",
    language: str = "ru",
    plural_forms: str = RU_PLURALS,
    encoding: str = "utf-8",
) -> bytes:
    """Return a .po file: a header with these values, then ``entries`` in .po syntax."""
    header = (
        'msgid ""\nmsgstr ""\n'
        f'"Content-Type: text/plain; charset={charset}\\n"\n'
        f'"Language: {language}\\n"\n'
        f'"Plural-Forms: {plural_forms}\\n"\n\n'
    )
    return (header + entries).encode(encoding)


def entry(text: Text, translation: str) -> str:
    """Return one pack entry translating ``text``."""
    return f'msgctxt "{text.context}"\nmsgid "{text.source}"\nmsgstr "{translation}"\n\n'


VOTE_RU = entry(VOTE, "Проходит голосование.")
RALLY_RU = entry(RALLY, "Начинается митинг.")


@pytest.fixture
def pack_folder(tmp_path: Path) -> Path:
    """Return a copy of the small pack (written in English), with no translations yet."""
    folder = tmp_path / "small"
    folder.mkdir()
    shutil.copy(SMALL_PACK, folder / "pack.yaml")
    return folder


def write_pack_po(folder: Path, data: bytes, language: str = "ru") -> Path:
    """Write ``data`` as the pack's catalogue for ``language``."""
    path = folder / "locales" / language / "LC_MESSAGES" / "pack.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def shown(folder: Path, text: Text, language: str = "ru") -> str:
    """Return what the game shows for the pack's ``text`` in ``language``."""
    pack = SimpleNamespace(folder=folder, language="en")
    return Translator(language).text(text, pack)


def check_output(folder: Path, language: str = "en") -> str:
    """Return what ``okuya check`` prints for the pack at ``folder``."""
    out = io.StringIO()
    check_command([str(folder)], out=out, language=language)
    return out.getvalue()


def link_errors(folder: Path) -> list[str]:
    """Return the checker's errors about links out of the pack, formatted."""
    return [
        problem.format()
        for problem in check_pack(folder)
        if problem.code == "link-outside" and problem.is_error
    ]


def translation_warnings(folder: Path) -> list[str]:
    """Return the checker's translation warnings for the pack, formatted."""
    return [
        problem.format()
        for problem in check_pack(folder)
        if problem.code in ("translation", "translation-not-used")
    ]


# -- a pack's pack.po, in the game ---------------------------------------------------------
def test_a_malformed_pack_po_keeps_its_good_entries_and_prints_nothing(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad lines (an unknown keyword, msgstr[x]) are skipped; the other entries still show."""
    write_pack_po(
        pack_folder,
        po_bytes(
            VOTE_RU + 'this is not po\nmsgid "x"\nmsgid_plural "y"\nmsgstr[x] "z"\n\n' + RALLY_RU
        ),
    )
    assert shown(pack_folder, VOTE) == "Проходит голосование."
    assert shown(pack_folder, RALLY) == "Начинается митинг."
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("plural_forms", ["nplurals=abc; plural=n;", "nplurals=; plural=n/0"])
def test_an_unusable_nplurals_does_not_stop_the_translations(
    pack_folder: Path, plural_forms: str
) -> None:
    """nplurals=abc (or none at all) is ignored: the texts are translated all the same."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, plural_forms=plural_forms))
    assert shown(pack_folder, VOTE) == "Проходит голосование."


@pytest.mark.parametrize("charset", ["ascii", "utf-16", "foo"])
def test_a_lying_or_unknown_charset_is_read_as_utf8(pack_folder: Path, charset: str) -> None:
    """A header claiming ascii, utf-16 or a charset that does not exist; the bytes are UTF-8."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, charset=charset))
    assert shown(pack_folder, VOTE) == "Проходит голосование."


def test_a_real_legacy_charset_is_still_honoured(pack_folder: Path) -> None:
    """A file truly in the windows-1251 it declares is decoded with it."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, charset="windows-1251", encoding="cp1251"))
    assert shown(pack_folder, VOTE) == "Проходит голосование."


def test_invalid_utf8_bytes_drop_only_their_entry(pack_folder: Path) -> None:
    """The entry with undecodable bytes shows the English; the rest of the file is used."""
    data = po_bytes(VOTE_RU + RALLY_RU).replace("голосование".encode(), b"\xff\xfe\xc3(")
    write_pack_po(pack_folder, data)
    assert shown(pack_folder, VOTE) == VOTE.source
    assert shown(pack_folder, RALLY) == "Начинается митинг."


def test_binary_junk_named_pack_po_shows_the_english(pack_folder: Path) -> None:
    """Random bytes are no catalogue: every text is shown in English, nothing raises."""
    write_pack_po(pack_folder, bytes(range(256)) * 40)
    assert shown(pack_folder, VOTE) == VOTE.source


@pytest.mark.parametrize("control", ["\x00", "\x1b[2J", "\x07", "\x85"])
def test_a_control_character_in_a_msgstr_shows_the_english(pack_folder: Path, control: str) -> None:
    """A NUL, an escape sequence, a bell or a C1 control never reaches the text layout."""
    write_pack_po(pack_folder, po_bytes(entry(VOTE, f"Проходит{control}голосование.") + RALLY_RU))
    assert shown(pack_folder, VOTE) == VOTE.source
    assert shown(pack_folder, RALLY) == "Начинается митинг."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_a_utf16_or_bom_file_is_read(pack_folder: Path, encoding: str) -> None:
    """UTF-16 (with or without a byte-order mark) and UTF-8 with a BOM are translations too."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, charset="UTF-16", encoding=encoding))
    assert shown(pack_folder, VOTE) == "Проходит голосование."


@pytest.mark.parametrize("language", ["../../etc", "\\x01@@!!zz_ZZ", "zz", "ru RU; rm -rf"])
def test_a_bad_language_header_is_ignored(pack_folder: Path, language: str) -> None:
    """The folder says the language; a path, garbage or an unknown code in the header is ignored."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, language=language))
    assert shown(pack_folder, VOTE) == "Проходит голосование."


def test_a_million_character_msgstr_is_not_shown(pack_folder: Path) -> None:
    """An entry past the length budget shows the English (it would stall the text layout)."""
    write_pack_po(pack_folder, po_bytes(entry(VOTE, "я" * 1_000_000) + RALLY_RU))
    assert shown(pack_folder, VOTE) == VOTE.source
    assert shown(pack_folder, RALLY) == "Начинается митинг."
    write_pack_po(pack_folder, po_bytes(entry(VOTE, "я" * MAX_ENTRY_CHARACTERS)))
    assert shown(pack_folder, VOTE) == "я" * MAX_ENTRY_CHARACTERS


def _padded(entries: str, size: int) -> bytes:
    data = po_bytes(entries)
    filler = b"# " + b"x" * (size - len(data) - 3) + b"\n"
    return data + filler


def test_the_game_reads_what_the_checker_accepts_and_nothing_larger(pack_folder: Path) -> None:
    """At the size budget both read the file; one byte more and the game shows the English."""
    write_pack_po(pack_folder, _padded(VOTE_RU, MAX_CATALOGUE_BYTES))
    assert shown(pack_folder, VOTE) == "Проходит голосование."
    assert not any("larger than" in line for line in translation_warnings(pack_folder))
    write_pack_po(pack_folder, _padded(VOTE_RU, MAX_CATALOGUE_BYTES + 1))
    assert shown(pack_folder, VOTE) == VOTE.source
    assert any("larger than 8 MB" in line for line in translation_warnings(pack_folder))


def test_a_locales_link_out_of_the_pack_is_not_followed(pack_folder: Path, tmp_path: Path) -> None:
    """locales -> a folder outside the pack: the game does not read it, okuya check refuses it."""
    outside = tmp_path / "elsewhere"
    write_pack_po(outside, po_bytes(VOTE_RU))
    (pack_folder / "locales").symlink_to(outside / "locales", target_is_directory=True)
    assert shown(pack_folder, VOTE) == VOTE.source
    errors = link_errors(pack_folder)
    assert len(errors) == 1 and "locales: error:" in errors[0]
    assert translation_warnings(pack_folder) == []


def test_a_locales_link_to_the_root_is_refused_without_walking_the_disk(
    pack_folder: Path,
) -> None:
    """locales -> / gives one error about the link, and no translation warning (nothing read)."""
    (pack_folder / "locales").symlink_to("/", target_is_directory=True)
    assert shown(pack_folder, VOTE) == VOTE.source
    assert len(link_errors(pack_folder)) == 1
    assert translation_warnings(pack_folder) == []


def test_a_pack_po_linked_out_of_the_pack_is_not_read(pack_folder: Path, tmp_path: Path) -> None:
    """A pack.po that is itself a link to a file elsewhere is ignored too."""
    outside = tmp_path / "other.po"
    outside.write_bytes(po_bytes(VOTE_RU))
    link = pack_folder / "locales" / "ru" / "LC_MESSAGES" / "pack.po"
    link.parent.mkdir(parents=True)
    link.symlink_to(outside)
    assert shown(pack_folder, VOTE) == VOTE.source
    assert any("pack.po: error:" in line for line in link_errors(pack_folder))


# -- a pack's pack.po, in okuya check ----------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            po_bytes(VOTE_RU, charset="foo"),
            "pack.po: warning: the header says the file is in 'foo', but it is in UTF-8",
        ),
        (
            po_bytes(VOTE_RU, charset="ascii"),
            "pack.po: warning: the header says the file is in 'ascii', but it is in UTF-8",
        ),
        (
            po_bytes(VOTE_RU, language="../../etc"),
            "pack.po:4:1: warning: the Language header '../../etc' is not a language code",
        ),
        (
            po_bytes(VOTE_RU, plural_forms="nplurals=abc; plural=n;"),
            "pack.po:5:1: warning: the Plural-Forms header 'nplurals=abc; plural=n;' cannot be used",
        ),
        (
            po_bytes(VOTE_RU, plural_forms="nplurals=2; plural=n/0;"),
            "pack.po:5:1: warning: the Plural-Forms header 'nplurals=2; plural=n/0;' cannot be used",
        ),
        (
            po_bytes(VOTE_RU, charset="UTF-16", encoding="utf-16"),
            "pack.po: warning: the file is in UTF-16",
        ),
        (
            po_bytes(entry(VOTE, "a\x00b")),
            "pack.po:8:1: warning: events.vote.text: this translation has a control character"
            " (U+0000); the English text is shown instead",
        ),
        (
            po_bytes(entry(VOTE, "я" * 1_000_000)),
            "pack.po:8:1: warning: events.vote.text: this entry is longer than 10000 characters",
        ),
        (
            po_bytes(VOTE_RU).replace("голосование".encode(), b"\xff"),
            "pack.po:9:1: warning: this line has bytes that are not UTF-8 text",
        ),
        (
            po_bytes(VOTE_RU + 'msgid "x"\nmsgstr[x] "y"\n'),
            "pack.po:12:1: warning: cannot read this translation file:",
        ),
    ],
    ids=[
        "charset-foo",
        "charset-ascii",
        "language",
        "nplurals",
        "divide-by-zero",
        "utf-16",
        "nul",
        "long",
        "bytes",
        "malformed",
    ],
)
def test_okuya_check_names_the_line_and_the_fix(
    pack_folder: Path, data: bytes, expected: str
) -> None:
    """Each hostile catalogue is a warning with its line, never an internal error."""
    write_pack_po(pack_folder, data)
    output = check_output(pack_folder)
    assert expected in output
    assert "internal" not in output.lower()
    assert "0 errors" in output


def test_okuya_check_reports_catalogue_findings_in_russian(pack_folder: Path) -> None:
    """The findings are translated, with no-break spaces where Russian needs them."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, language="../../etc"))
    output = check_output(pack_folder, language="ru")
    assert "заголовок Language «../../etc»\u00a0— не\u00a0код языка" in output


def test_okuya_check_on_a_hostile_pack_po_never_prints_a_traceback(pack_folder: Path) -> None:
    """The real command, in its own process: charset=foo was an internal error, exit 0 now."""
    write_pack_po(pack_folder, po_bytes(entry(VOTE, "a\x00b"), charset="foo"))
    write_pack_po(pack_folder, bytes(range(256)) * 40, language="ky")
    result = subprocess.run(
        [sys.executable, "-m", "game", "check", str(pack_folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 0
    assert "'foo'" in result.stdout


# -- the interface catalogue -----------------------------------------------------------------
def interface(tmp_path: Path, entries: str, plural_forms: str = RU_PLURALS) -> Translator:
    """Return a Russian translator whose interface catalogue has ``entries``."""
    path = tmp_path / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(po_bytes(entries, plural_forms=plural_forms))
    return Translator("ru", locales_dir=tmp_path / "locales")


@pytest.mark.parametrize(
    "translation",
    ["осталось {oops}", "осталось {0}", "осталось {time", "осталось time}", "{time.__class__}"],
)
def test_an_interface_translation_with_other_placeholders_shows_the_english(
    tmp_path: Path, translation: str
) -> None:
    """An unknown, positional or unbalanced placeholder: the English is formatted instead."""
    t = interface(tmp_path, f'msgid "{{time}} left"\nmsgstr "{translation}"\n')
    assert t.gettext("{time} left").format(time="0:30") == "0:30 left"


def test_an_interface_translation_with_the_same_placeholders_is_used(tmp_path: Path) -> None:
    """Reordered but identical placeholders are fine."""
    t = interface(tmp_path, 'msgid "{a} of {b}"\nmsgstr "{b}: {a}"\n')
    assert t.gettext("{a} of {b}").format(a=1, b=2) == "2: 1"


def test_a_plural_form_may_leave_out_the_number_but_not_add_a_field(tmp_path: Path) -> None:
    """Russian "одна ошибка" may drop {count}; a form with {oops} drops the whole entry."""
    entries = (
        'msgid "{count} mistake"\nmsgid_plural "{count} mistakes"\n'
        'msgstr[0] "одна ошибка"\nmsgstr[1] "{count} ошибки"\nmsgstr[2] "{count} ошибок"\n\n'
        'msgid "{count} round"\nmsgid_plural "{count} rounds"\n'
        'msgstr[0] "{count} раунд"\nmsgstr[1] "{oops} раунда"\nmsgstr[2] "{count} раундов"\n'
    )
    t = interface(tmp_path, entries)
    assert t.ngettext("{count} mistake", "{count} mistakes", 5).format(count=5) == "5 ошибок"
    assert t.ngettext("{count} round", "{count} rounds", 3).format(count=3) == "3 rounds"


PLURAL_ENTRY = (
    'msgid "{count} file"\nmsgid_plural "{count} files"\n'
    'msgstr[0] "{count} файл"\nmsgstr[1] "{count} файла"\nmsgstr[2] "{count} файлов"\n'
)


@pytest.mark.parametrize(
    "plural_forms",
    [
        "nplurals=3; plural=n/0;",
        "nplurals=3; plural=n%0;",
        "nplurals=3; plural=(n/(n-5000));",
        "nplurals=3; plural=n;",
        "nplurals=3; plural=import os;",
    ],
)
def test_a_plural_rule_that_fails_falls_back_to_the_cldr_rule(
    tmp_path: Path, plural_forms: str
) -> None:
    """Division by zero (always, or only at n = 5000), an index out of range, or not C at all."""
    t = interface(tmp_path, PLURAL_ENTRY, plural_forms=plural_forms)
    for count, expected in ((1, "1 файл"), (3, "3 файла"), (5, "5 файлов"), (5000, "5000 файлов")):
        assert t.ngettext("{count} file", "{count} files", count).format(count=count) == expected


def test_stats_report_the_interface_translations_that_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """okuya translate --stats counts a placeholder mismatch as untranslated and names its line."""
    root = tmp_path / "source"
    (root / "game").mkdir(parents=True)
    (root / "babel.cfg").write_text("[python: game/**.py]\n", encoding="utf-8")
    (root / "game" / "screen.py").write_text('_("{time} left")\n_("Quit")\n', encoding="utf-8")
    po = root / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    po.write_bytes(
        po_bytes('msgid "{time} left"\nmsgstr "осталось {oops}"\n\nmsgid "Quit"\nmsgstr "Выйти"\n')
    )
    monkeypatch.setattr(commands, "source_root", lambda: root)
    monkeypatch.setattr(commands, "builtin_pack_files", lambda: [])
    assert main(["translate", "--stats", "--lang", "ru"]) == 0
    output = capsys.readouterr().out
    row = next(line.split() for line in output.splitlines() if line.startswith("interface"))
    assert row[1:] == ["ru", "1", "0", "1", "2", "50.0%"]
    assert "interface (ru): 1 translation is not used, the English text is shown:" in output
    assert (
        "line 7: the placeholders of this translation ({oops}) differ from the English ({time})"
        in output
    )


# -- okuya translate over a damaged file -------------------------------------------------------
@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (b'msgid "x"\nmsgstr[x] "y"\n', ":12: cannot read this translation file:"),
        ("голосование".encode() + b"\xff\xfe", ":9: this line has bytes that are not UTF-8 text"),
    ],
    ids=["malformed", "undecodable"],
)
def test_translate_refuses_to_rewrite_a_damaged_pack_po(
    pack_folder: Path, capsys: pytest.CaptureFixture[str], damage: bytes, expected: str
) -> None:
    """okuya translate leaves a file it cannot fully read as it is, and says where it is damaged."""
    if damage.startswith(b"msgid"):
        data = po_bytes(VOTE_RU) + damage
    else:
        data = po_bytes(VOTE_RU).replace("голосование".encode(), damage)
    path = write_pack_po(pack_folder, data)
    assert main(["translate", str(pack_folder), "--lang", "ru"]) == 1
    errors = capsys.readouterr().err
    assert "Traceback" not in errors
    assert f"okuya translate: {path}{expected}" in errors
    assert "the file was left as it is" in errors
    assert path.read_bytes() == data


def test_translate_repairs_a_lying_header_and_keeps_the_translations(pack_folder: Path) -> None:
    """charset=foo, Language: ../../etc and nplurals=abc: the update writes a sound UTF-8 file."""
    path = write_pack_po(
        pack_folder,
        po_bytes(VOTE_RU, charset="foo", language="../../etc", plural_forms="nplurals=abc;"),
    )
    assert main(["translate", str(pack_folder), "--lang", "ru"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "charset=utf-8" in text
    assert '"Language: ru\\n"' in text
    assert "nplurals=3;" in text
    assert 'msgstr "Проходит голосование."' in text


def test_translate_stats_over_an_undecodable_pack_po_does_not_crash(
    pack_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real CLI, --stats, over binary junk: a row for the file and a note, exit 0."""
    write_pack_po(pack_folder, b"\xff\xfe\x00junk" + bytes(range(256)) * 8)
    assert main(["translate", str(pack_folder), "--stats", "--lang", "ru"]) == 0
    output = capsys.readouterr().out
    assert "small (ru): problems in the file:" in output


def test_translate_writes_nothing_through_a_locales_link_out_of_the_pack(
    pack_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """locales -> a folder elsewhere: okuya translate refuses, and writes nothing there."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (pack_folder / "locales").symlink_to(outside, target_is_directory=True)
    assert main(["translate", str(pack_folder), "--lang", "ru"]) == 1
    assert "is a link out of the pack folder" in capsys.readouterr().err
    assert list(outside.iterdir()) == []


def test_a_repeated_entry_is_read_once_and_reported(pack_folder: Path) -> None:
    """Babel merged 20,000 copies of one entry in 24 s; the first is kept, the rest reported."""
    copies = "".join(f"#: pack.yaml:{number}\n{VOTE_RU}" for number in range(20_000))
    write_pack_po(pack_folder, po_bytes(entry(VOTE, "Первый.") + copies))
    assert shown(pack_folder, VOTE) == "Первый."
    warnings = translation_warnings(pack_folder)
    assert sum("this entry repeats an earlier one" in line for line in warnings) == 50
    assert any("and 19950 more problems in this file" in line for line in warnings)


def test_the_shipped_interface_catalogues_lose_no_translation(tmp_path: Path) -> None:
    """The placeholder check rejects nothing in the ky and ru catalogues the game ships."""
    from game.model.po_reader import read_catalogue

    root = Path(__file__).resolve().parents[2] / "locales"
    for language in ("ky", "ru"):
        reading = read_catalogue(
            root / language / "LC_MESSAGES" / "messages.po", language, check_placeholders=True
        )
        assert reading.issues == []
        assert reading.rejected == {}


def test_a_header_value_cannot_send_escape_sequences_to_the_terminal(pack_folder: Path) -> None:
    """An OSC or ANSI sequence in the Language header is printed escaped, never raw."""
    write_pack_po(pack_folder, po_bytes(VOTE_RU, language="\x1b]0;owned\x07\x1b[2J"))
    output = check_output(pack_folder)
    assert "\x1b" not in output
    assert "\\x1b]0;owned\\x07" in output


def test_binary_junk_starting_with_a_nul_is_not_taken_for_utf16(pack_folder: Path) -> None:
    """Bytes 0, 1, 2 ... are junk, not text: the checker says so instead of 'UTF-16'."""
    write_pack_po(pack_folder, bytes(range(256)) * 40)
    warnings = translation_warnings(pack_folder)
    assert warnings
    assert not any("UTF-16" in line for line in warnings)
    assert any("not UTF-8" in line for line in warnings)


def test_a_lying_msgid_plural_cannot_smuggle_in_a_placeholder(tmp_path: Path) -> None:
    """The forms are checked against the code's own English, not the catalogue's msgid_plural."""
    t = interface(
        tmp_path,
        'msgid "{count} file"\nmsgid_plural "{count} {oops} files"\n'
        'msgstr[0] "{oops} файл"\nmsgstr[1] "{oops} файла"\nmsgstr[2] "{oops} файлов"\n',
    )
    assert t.ngettext("{count} file", "{count} files", 5).format(count=5) == "5 files"
