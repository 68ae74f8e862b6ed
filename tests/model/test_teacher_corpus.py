"""The teacher corpus: each mistake a teacher made in a real pack is named on its line, with a fix.

``teacher_corpus/apollo-11`` is a teacher's own pack (written from a class newspaper's
article, not from the built-in pack); ``teacher_corpus/cases.toml`` lists one mistake per
case: the line changed, what it was, what the teacher wrote, and a fragment of the message
and of the hint expected. Every case runs through ``okuya check`` as a teacher would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from game.cli import main

CORPUS = Path(__file__).with_name("teacher_corpus")
BASE = CORPUS / "apollo-11"
CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "cases.toml").read_text(encoding="utf-8"))[
    "case"
]
REPOSITORY = Path(__file__).resolve().parents[2]


def make_case(case: dict[str, Any], folder: Path) -> Path:
    """Write the base pack with the case's one change into ``folder``; return the pack folder."""
    lines = (BASE / "pack.yaml").read_text(encoding="utf-8").split("\n")
    assert lines[case["line"] - 1] == case["was"], f"{case['name']}: 'was' is not that line"
    if case["now"] == "":
        del lines[case["line"] - 1]
    else:
        lines[case["line"] - 1] = case["now"]
    pack = folder / "apollo-11"
    shutil.copytree(BASE, pack)
    text = case.get("newline", "\n").join(lines)
    (pack / "pack.yaml").write_bytes(text.encode(case.get("encoding", "utf-8")))
    return pack


def arguments(case: dict[str, Any], pack: Path) -> list[str]:
    """Return the okuya command line a teacher types for this case."""
    return ["check", str(pack), *(["--strict"] if case.get("strict") else [])]


def test_the_corpus_is_large_and_covers_every_kind_of_mistake() -> None:
    """At least 35 cases, with unique names, each changing one line of the teacher's pack."""
    names = [case["name"] for case in CASES]
    assert len(CASES) >= 35
    assert len(set(names)) == len(names)
    for wanted in (
        "missing-colon-after-key",
        "colon-inside-plain-title",
        "unclosed-bracket",
        "apostrophe-inside-single-quotes",
        "key-indented-three-spaces",
        "list-item-at-column-1",
        "list-item-indented-too-far",
        "forgotten-dash-at-key-indent",
        "date-with-dots",
        "date-with-slashes",
        "date-and-time-with-a-space",
        "month-13",
        "30-february",
        "duplicate-event-id",
        "name-where-an-id-is-expected",
        "uppercase-id",
        "scoring-typo",
        "time-limit-in-minutes",
        "too-many-wrong-answers",
        "missing-picture",
        "saved-as-windows-1251",
        "saved-as-utf-16",
    ):
        assert wanted in names


def test_the_teachers_pack_itself_passes_strict(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a mistake, the base pack has no error and no warning."""
    assert main(["check", str(BASE), "--strict"]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_each_mistake_is_named_on_its_line_with_a_hint(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """okuya check exits 1, with no traceback, and names the changed line with the expected fix."""
    pack = make_case(case, tmp_path)
    status = main(arguments(case, pack))
    out, err = capsys.readouterr()
    assert status == 1, out + err
    assert "Traceback" not in out + err
    line = case.get("report_line", case["line"])
    severity = "warning" if case.get("strict") else "error"
    found = [
        text
        for text in out.splitlines()
        if text.startswith(f"{pack / 'pack.yaml'}:{line}:")
        and f" {severity}: " in text
        and case["expect"] in text
    ]
    assert found, f"line {line}: {case['expect']!r} not in:\n{out}"
    message, _, hint = found[0].partition(" — ")
    assert hint, f"no hint: {found[0]}"
    assert case.get("hint", "") in hint, found[0]
    assert "YAML syntax error" not in message


def test_a_sample_runs_through_the_installed_command_line(tmp_path: Path) -> None:
    """A fresh `python -m game check` process gives the same messages, exit 1, no traceback."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    for name in ("missing-colon-after-id", "saved-as-utf-16", "forgotten-dash-at-key-indent"):
        case = next(case for case in CASES if case["name"] == name)
        pack = make_case(case, tmp_path / name)
        result = subprocess.run(
            [sys.executable, "-m", "game", *arguments(case, pack)],
            capture_output=True,
            text=True,
            cwd=REPOSITORY,
            env=environment,
            timeout=120,
        )
        assert result.returncode == 1
        assert "Traceback" not in result.stdout + result.stderr
        assert case["expect"] in result.stdout


def test_the_messages_are_translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --lang ru, a YAML mistake is explained in Russian; the error: tag stays English."""
    case = next(case for case in CASES if case["name"] == "missing-colon-after-key")
    pack = make_case(case, tmp_path)
    assert main(["check", str(pack), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    line = next(text for text in out.splitlines() if ":22:" in text)
    assert " error: " in line
    assert "двоеточ" in line
    assert "has no colon" not in line


def test_a_pack_without_evidence_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without source.text, items need no evidence: check and --strict both pass."""
    pack = tmp_path / "no-evidence"
    shutil.copytree(BASE, pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8").split("\n")
    kept = [
        line
        for line in text
        if not line.lstrip().startswith("evidence:") and line != "  text: article.txt"
    ]
    (pack / "pack.yaml").write_text("\n".join(kept), encoding="utf-8")
    assert main(["check", str(pack)]) == 0
    assert main(["check", str(pack), "--strict"]) == 0
    assert capsys.readouterr().out.count(": ok") == 2


FALLBACK_SCRIPT = """
import json, sys
import yaml
del yaml.CSafeLoader  # as if PyYAML had been built without libyaml
from game.model import yaml_nodes
assert not yaml_nodes._C_COMPOSER
from game.model.loader import check_pack
print(json.dumps({folder: [[p.line, p.format()] for p in check_pack(folder)] for folder in sys.argv[1:]}))
"""


def test_without_libyaml_every_case_is_named_the_same_way(tmp_path: Path) -> None:
    """The pure-Python parser's different words lead to the same explanation on the same line."""
    folders = {case["name"]: make_case(case, tmp_path / case["name"]) for case in CASES}
    result = subprocess.run(
        [sys.executable, "-c", FALLBACK_SCRIPT, *map(str, folders.values())],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    for case in CASES:
        line = case.get("report_line", case["line"])
        shown = found[str(folders[case["name"]])]
        assert any(
            at == line and case["expect"] in text and case.get("hint", "") in text
            for at, text in shown
        ), f"{case['name']}: {shown}"
