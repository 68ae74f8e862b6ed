"""``okuya check`` and ``okuya schema``: output formats, --strict, and exit statuses."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli import main
from game.commands.check import check_command
from tests.model.conftest import BAD_PACKS, EXAMPLE_PACK


def _run(paths: list[str], **options: object) -> tuple[int, str]:
    out = io.StringIO()
    status = check_command(paths, out=out, **options)  # type: ignore[arg-type]
    return status, out.getvalue()


def _pack_with_one_warning(example_text: str, write_pack: Callable[[str], Path]) -> Path:
    folder = write_pack(
        example_text.replace("  text: article.txt\n", "")
        .replace("picture: images/night-sky.png", "picture: white-house")
        .replace("  - id: kennedy\n", "  - id: nobody\n    name: Nobody\n  - id: kennedy\n")
    )
    return folder


def test_a_clean_pack_prints_ok_and_exits_zero() -> None:
    """One summary line, exit 0."""
    status, output = _run([str(EXAMPLE_PACK)])
    assert status == 0
    assert output == f"{EXAMPLE_PACK}: ok\n"


def test_problems_come_first_then_one_summary_line_per_pack() -> None:
    """Every problem is printed, then 'PACK: N errors, M warnings'."""
    case = BAD_PACKS / "several_problems_at_once"
    status, output = _run([str(case), str(EXAMPLE_PACK)])
    lines = output.splitlines()
    assert status == 1
    assert lines[-2] == f"{case}: 4 errors, 1 warning"
    assert lines[-1] == f"{EXAMPLE_PACK}: ok"
    assert sum(": error: " in line for line in lines) == 4


def test_warnings_pass_unless_strict(example_text: str, write_pack: Callable[[str], Path]) -> None:
    """A pack with only warnings exits 0, or 1 with --strict."""
    folder = _pack_with_one_warning(example_text, write_pack)
    status, output = _run([str(folder)])
    assert status == 0
    assert output.splitlines()[-1] == f"{folder}: 0 errors, 1 warning"
    assert _run([str(folder)], strict=True)[0] == 1


def test_a_missing_path_exits_two_after_checking_the_others() -> None:
    """Exit 2 means a path was not found; the other packs are still reported."""
    status, output = _run(["no/such/pack", str(EXAMPLE_PACK)])
    assert status == 2
    assert "no/such/pack: error: no such file or folder" in output
    assert f"{EXAMPLE_PACK}: ok" in output


def test_json_output_is_one_document_listing_packs_and_problems(
    example_text: str, write_pack: Callable[[str], Path]
) -> None:
    """A list of packs, each with counts and its problems as objects."""
    warned = _pack_with_one_warning(example_text, write_pack)
    status, output = _run(
        [str(BAD_PACKS / "unknown_speaker"), str(warned)], output_format="json", strict=True
    )
    report = json.loads(output)
    assert status == 1
    assert [entry["pack"] for entry in report] == [str(BAD_PACKS / "unknown_speaker"), str(warned)]
    first, second = report
    # The unknown speaker leaves person 'cat' unused: one error and one warning.
    assert (first["ok"], first["errors"], first["warnings"]) == (False, 1, 1)
    error = next(problem for problem in first["problems"] if problem["severity"] == "error")
    assert set(error) == {
        "severity",
        "file",
        "line",
        "column",
        "path",
        "code",
        "message",
        "hint",
    }
    assert error["code"] == "unknown-reference"
    assert error["path"] == "quotes[2].speaker"
    assert error["hint"] == "did you mean 'cat'?"
    assert (second["ok"], second["errors"], second["warnings"]) == (False, 0, 1)


def test_the_command_line_wires_check_and_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    """``okuya check --format json --strict PATH`` reaches check_command."""
    status = main(["check", "--format", "json", "--strict", str(EXAMPLE_PACK)])
    assert status == 0
    assert json.loads(capsys.readouterr().out)[0]["ok"] is True


def test_schema_command_writes_the_schema_to_a_file_or_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The written schema is the shipped one, byte for byte."""
    from game.model.schema import SCHEMA_FILE

    assert main(["schema", str(tmp_path / "out.json")]) == 0
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == SCHEMA_FILE.read_text(
        encoding="utf-8"
    )
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Okuya pack, format 1"


def test_a_folder_of_packs_checks_each_pack_inside(
    example_text: str, write_pack: Callable[[str], Path]
) -> None:
    """``okuya check content`` checks every pack folder directly inside content/."""
    first = _pack_with_one_warning(example_text, write_pack)
    second = _pack_with_one_warning(
        example_text.replace("speaker: aldrin", "speaker: aldrn"), write_pack
    )
    status, output = _run([str(first.parent)])
    assert status == 1
    summaries = [line for line in output.splitlines() if "pack.yaml:" not in line]
    assert summaries == [f"{first}: 0 errors, 1 warning", f"{second}: 1 error, 2 warnings"]


def test_an_empty_folder_is_a_folder_without_pack_yaml(tmp_path: Path) -> None:
    """A folder with neither pack.yaml nor pack folders is one pack error, exit 1."""
    status, output = _run([str(tmp_path)])
    assert status == 1
    assert "the folder has no pack.yaml" in output


def test_messages_and_hints_go_through_the_translator() -> None:
    """With the pseudo-locale every message and hint changes, while ids and codes stay."""
    case = str(BAD_PACKS / "unknown_speaker")
    english_report = json.loads(_run([case], output_format="json")[1])
    pseudo_report = json.loads(_run([case], output_format="json", language="pseudo")[1])
    for english, pseudo in zip(
        english_report[0]["problems"], pseudo_report[0]["problems"], strict=True
    ):
        assert english["code"] == pseudo["code"]
        assert english["message"] != pseudo["message"]
        assert english["hint"] != pseudo["hint"]
    assert "'kat'" in pseudo_report[0]["problems"][-1]["message"]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``okuya check --format json ... | head -c 100`` ends quietly (a broken pipe is not a crash)."""
    import os
    import subprocess
    import sys

    repository = Path(__file__).resolve().parents[2]
    cases = [str(folder) for folder in sorted(BAD_PACKS.iterdir()) if folder.is_dir()]
    process = subprocess.Popen(
        [sys.executable, "-m", "game", "check", "--format", "json", *cases * 3],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=repository,
        env={**os.environ, "PYTHONPATH": str(repository)},
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100).startswith(b"[")
    process.stdout.close()
    errors = process.stderr.read().decode("utf-8", errors="replace")
    process.wait(timeout=120)
    assert "Traceback" not in errors
    assert process.returncode == 1


def test_an_unreadable_translation_file_is_a_warning(
    example_text: str, write_pack: Callable[[str], Path]
) -> None:
    """A pack.po that is not a valid catalogue gives a 'translation' warning, not a crash."""
    folder = _pack_with_one_warning(example_text, write_pack)
    po_file = folder / "locales" / "ru" / "LC_MESSAGES" / "pack.po"
    po_file.parent.mkdir(parents=True)
    po_file.write_text('msgid "a"\nmsgstr "b"\nthis is not po\n', encoding="utf-8")
    status, output = _run([str(folder)])
    assert status == 0
    assert "pack.po:3:1: warning: cannot read this translation file" in output
    assert f"okuya translate {folder} --lang ru" in output


def test_the_schema_command_reports_an_unwritable_file(tmp_path: Path) -> None:
    """Writing into a missing folder exits 2 with a message, no traceback."""
    assert main(["schema", str(tmp_path / "missing" / "schema.json")]) == 2


def test_a_path_the_system_will_not_look_at_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied on stat (a folder the user may not enter) is reported, exit 1."""
    hidden = tmp_path / "locked"
    real_stat = Path.stat

    def stat(self: Path, *arguments: object, **options: object) -> object:
        if hidden in (self, *self.parents):
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *arguments, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    for given in (hidden / "pack", hidden / "pack" / "pack.yaml"):
        status, output = _run([str(given)])
        assert status == 1
        assert "Permission denied" in output
