"""Every malformed pack in bad_packs/ gives its expected file:line message, and nothing else fails.

Each case folder holds a ``pack.yaml`` (absent for the folder-without-pack case) and an
``expected.txt`` of ``LINE<TAB>message fragment`` lines (line 0: the whole file). Every
expected line must be reported, and every error reported must be one of the expected.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.model.loader import check_pack
from tests.model.conftest import BAD_PACKS

REPOSITORY = Path(__file__).resolve().parents[2]
CASES = sorted(folder.name for folder in BAD_PACKS.iterdir() if folder.is_dir())
# A sample run through the real command line too (each run starts a Python process).
COMMAND_LINE_SAMPLE = [
    "alias_bomb",
    "empty_file",
    "latin1_file",
    "no_pack_file",
    "python_object_tag",
    "timeline_overlapping_precision",
    "unknown_event_reference",
    "utf16_with_bom",
    "yaml11_no_as_text",
]


def expectations(case: str) -> list[tuple[int, str]]:
    """Return the (line, fragment) pairs a case expects."""
    text = (BAD_PACKS / case / "expected.txt").read_text(encoding="utf-8")
    pairs = []
    for row in text.splitlines():
        if row.strip():
            line, fragment = row.split("\t", 1)
            pairs.append((int(line), fragment))
    return pairs


def test_the_corpus_is_large_enough() -> None:
    """At least 45 malformed packs, each with expectations."""
    assert len(CASES) >= 45
    assert all(expectations(case) for case in CASES)


@pytest.mark.parametrize("case", CASES)
def test_a_malformed_pack_gives_its_expected_messages(case: str) -> None:
    """Each expected line and fragment is reported; no unexpected error is."""
    problems = check_pack(BAD_PACKS / case)
    expected = expectations(case)
    shown = [(problem.line, problem.format()) for problem in problems]
    for line, fragment in expected:
        assert any(found_line == line and fragment in text for found_line, text in shown), (
            f"expected line {line}: {fragment!r}; got:\n" + "\n".join(text for _, text in shown)
        )
    for problem in problems:
        if problem.is_error:
            assert any(
                problem.line == line and fragment in problem.format() for line, fragment in expected
            ), f"unexpected: {problem.format()}"
    assert any(problem.is_error for problem in problems)
    assert all(problem.code != "internal" for problem in problems)


def _run_check(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    return subprocess.run(
        [sys.executable, "-m", "game", "check", *arguments],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("case", COMMAND_LINE_SAMPLE)
def test_okuya_check_exits_one_with_the_message_and_no_traceback(case: str) -> None:
    """The command prints file:line: error: ... and a summary line, and exits 1."""
    result = _run_check(str(BAD_PACKS / case))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    line, fragment = expectations(case)[0]
    location = f":{line}:" if line else ": error: "
    assert any(location in row and fragment in row for row in result.stdout.splitlines())
    assert result.stdout.splitlines()[-1].startswith(str(BAD_PACKS / case) + ": ")


def test_a_huge_file_is_refused_by_the_command_line(tmp_path: Path) -> None:
    """A 9 MB pack.yaml (over the 8 MB limit) is one clear error, exit 1."""
    pack_file = tmp_path / "pack.yaml"
    line = "  - id: person\n    name: A person with a long name to fill the file quickly\n"
    pack_file.write_text("people:\n" + line * (9 * 1024 * 1024 // len(line)), encoding="utf-8")
    result = _run_check(str(tmp_path))
    assert result.returncode == 1
    assert "the limit is 8 MB" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "- " * 100_000 + "x",
        "a:\n" + "".join(" " * depth + f"k{depth}:\n" for depth in range(1, 3000)),
    ],
    ids=["flow", "compact-block", "indented-block"],
)
def test_absurdly_deep_nesting_is_an_error_not_a_crash(tmp_path: Path, text: str) -> None:
    """libyaml would overflow the C stack on these; the checker measures depth first."""
    (tmp_path / "pack.yaml").write_text(text, encoding="utf-8")
    result = _run_check(str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "nested more than" in result.stdout
