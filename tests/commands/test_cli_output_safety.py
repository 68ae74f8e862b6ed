"""What the command line prints from a pack is escaped, and bad arguments get one clear line."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from game.cli import main

MINI_PACK = Path(__file__).parents[1] / "storage" / "packs" / "mini-pack"
MINI_TEXT = (MINI_PACK / "pack.yaml").read_text(encoding="utf-8")
# What a terminal acts on: ESC (CSI and OSC sequences), BEL, CR, the 8-bit CSI, a bidi override.
TERMINAL_CONTROLS = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


def pack_with_speaker(folder: Path, speaker: str) -> Path:
    """Write the mini pack with one quote's speaker replaced by ``speaker`` (a YAML scalar)."""
    folder.mkdir(parents=True)
    text = MINI_TEXT.replace("speaker: osce", f"speaker: {speaker}")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return folder


def run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real command line in-process; return its status, standard output and error."""
    status = main(arguments)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def assert_no_terminal_controls(text: str) -> None:
    """Fail when ``text`` holds a character a terminal would act on."""
    found = [repr(character) for character in TERMINAL_CONTROLS if character in text]
    assert found == [], found


# -- okuya check -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        (r'"os\e]0;PWNED\a"', r"os\x1b]0;PWNED\x07"),
        (r'"os\e[2J\e[31mred"', r"os\x1b[2J\x1b[31mred"),
        (r'"fine\rforged: ok"', r"fine\rforged: ok"),
        (r'"os\x9b2J"', r"os\x9b2J"),
    ],
)
def test_check_shows_a_pack_s_escape_sequences_instead_of_sending_them(
    tmp_path: Path, capsys, speaker: str, shown: str
) -> None:
    """An OSC title, a clear-screen, a colour, a CR or an 8-bit CSI from a pack is shown escaped."""
    folder = pack_with_speaker(tmp_path / "hostile", speaker)
    status, out, _ = run(["check", str(folder)], capsys)
    assert status == 1
    assert_no_terminal_controls(out)
    assert shown in out


def test_check_json_escapes_controls_and_still_decodes_to_the_same_text(
    tmp_path: Path, capsys
) -> None:
    """The JSON report carries no raw control or bidi character, and decodes to the exact value."""
    folder = pack_with_speaker(tmp_path / "hostile", r'"os\x9b2J\u202eevil\e]0;t\a"')
    status, out, _ = run(["check", "--format", "json", str(folder)], capsys)
    assert status == 1
    assert_no_terminal_controls(out)
    report = json.loads(out)
    messages = [problem["message"] for problem in report[0]["problems"]]
    assert any("os\x9b2J\u202eevil\x1b]0;t\x07" in message for message in messages), messages


# -- okuya translate -----------------------------------------------------------------------


def test_translate_stats_escapes_a_language_folder_named_with_escapes(
    tmp_path: Path, capsys
) -> None:
    """A pack's locales folder named with an ESC sequence is listed escaped in the table."""
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "pack.yaml").write_text(MINI_TEXT, encoding="utf-8")
    hostile = folder / "locales" / "x\x1b]0;owned\x07" / "LC_MESSAGES"
    hostile.mkdir(parents=True)
    (hostile / "pack.po").write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    status, out, err = run(["translate", str(folder), "--stats"], capsys)
    assert status == 0, err
    assert_no_terminal_controls(out + err)
    assert r"x\x1b]0;owned\x07" in out + err


# -- okuya results -------------------------------------------------------------------------


class Terminal(io.StringIO):
    """A standard output that says it is a terminal, with a byte buffer as sys.stdout has."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer = io.BytesIO()

    def isatty(self) -> bool:
        """Say this is a terminal."""
        return True

    def everything(self) -> str:
        """Return what was written as text and as bytes."""
        return self.getvalue() + self.buffer.getvalue().decode("utf-8", errors="replace")


def test_results_on_a_terminal_escape_a_pack_id_with_an_escape_sequence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Results shown on a terminal escape what a pack put in its id; the CSV itself is not changed."""
    from game.storage.locations import progress_path
    from game.storage.store import ProgressStore

    monkeypatch.setenv("OKUYA_DATA_DIR", str(tmp_path / "data"))
    moment = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    progress_path().parent.mkdir(parents=True)
    with ProgressStore(progress_path()) as store:
        profile = store.create_profile("Айгүл", created=moment)
        store.start_attempt(profile.id, "moon\x1b]0;owned\x07", "hash", started=moment)
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["results", "--csv"]) == 0
    shown = terminal.everything()
    assert_no_terminal_controls(shown.replace("\r\n", "\n"))
    assert r"moon\x1b]0;owned\x07" in shown
    out = tmp_path / "results.csv"
    assert main(["results", "--csv", "--out", str(out)]) == 0
    assert "moon\x1b]0;owned\x07" in out.read_text(encoding="utf-8")


# -- okuya new-pack --------------------------------------------------------------------------


def test_new_pack_refuses_a_folder_name_with_a_newline(tmp_path: Path, capsys) -> None:
    """A newline in the folder name would inject `id: injected` into the template: refused."""
    folder = tmp_path / "moon\nid: injected"
    status, _, err = run(["new-pack", str(folder), "--id", "moon"], capsys)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "control character" in err
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_new_pack_refuses_an_id_with_a_trailing_newline(tmp_path: Path, capsys) -> None:
    """`--id "moon\\n"` matched `^...$` (which allows a final newline); now it is refused."""
    status, _, err = run(["new-pack", str(tmp_path / "moon"), "--id", "moon\n"], capsys)
    assert status == 2
    assert "is not a valid id" in err
    assert not (tmp_path / "moon").exists()


# -- okuya moodle ----------------------------------------------------------------------------


def test_moodle_with_a_pack_language_babel_does_not_know_is_a_clear_error(
    tmp_path: Path, capsys
) -> None:
    """`language: zz` passes the checker; moodle then says to choose --lang, in one line."""
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        MINI_TEXT.replace("language: en", "language: zz"), encoding="utf-8"
    )
    assert main(["check", str(folder)]) == 0
    capsys.readouterr()
    status, _, err = run(["moodle", str(folder), "-o", str(tmp_path / "zz.xml")], capsys)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "--lang" in err
    assert not (tmp_path / "zz.xml").exists()


def test_moodle_to_a_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    """`-o` an existing folder says so in one line, exit 2, and writes nothing in it."""
    target = tmp_path / "out"
    target.mkdir()
    status, _, err = run(["moodle", str(MINI_PACK), "-o", str(target)], capsys)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "is a folder" in err
    assert list(tmp_path.iterdir()) == [target]
    assert list(target.iterdir()) == []


def test_moodle_into_a_missing_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    """`-o` into a folder that does not exist says so in one line, exit 2, creating nothing."""
    status, _, err = run(["moodle", str(MINI_PACK), "-o", str(tmp_path / "no" / "q.xml")], capsys)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "does not exist" in err
    assert list(tmp_path.iterdir()) == []


def test_moodle_with_an_undecodable_translation_never_raises(tmp_path: Path, capsys) -> None:
    """`--lang ru` over a pack.po of invalid UTF-8 writes the questions, the bad entry in English."""
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "pack.yaml").write_text(MINI_TEXT, encoding="utf-8")
    po = folder / "locales" / "ru" / "LC_MESSAGES" / "pack.po"
    po.parent.mkdir(parents=True)
    po.write_bytes(
        b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        b'msgid "A small pack"\nmsgstr "\xff\xfe\x80"\n'
    )
    out = tmp_path / "ru.xml"
    status, _, err = run(["moodle", str(folder), "--lang", "ru", "-o", str(out)], capsys)
    # The catalogue reader skips the entry with bad bytes, so the questions are written in
    # English where the translation is unusable, after the warning that the translation lacks it.
    assert status == 0
    assert out.exists()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[-1].startswith("Wrote 3 Moodle questions")
    assert all("pack.po" in line for line in lines[:-1])


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_every_message_of_a_refused_import_is_one_escaped_line(tmp_path: Path, capsys) -> None:
    """The import's own messages about a file name escape it too (a name given on the command line)."""
    missing = tmp_path / "no\x1b]0;owned\x07.zip"
    status, _, err = run(["import", str(missing), "--into", str(tmp_path / "packs")], capsys)
    assert status == 2
    assert_no_terminal_controls(err)
    assert len(err.splitlines()) == 1
