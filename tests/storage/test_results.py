"""okuya results --csv: one row per attempt, UTF-8 with a BOM, names kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from game.cli import main
from game.storage.locations import progress_path
from game.storage.results import results_csv
from game.storage.store import AttemptRow, ProgressStore

from .conftest import MOMENT, round_record


def fill_store() -> None:
    with ProgressStore(progress_path()) as store:
        aigul = store.create_profile("Айгүл Өмүрбекова", created=MOMENT)
        ivan = store.create_profile("Иван Петров", created=MOMENT)
        first = store.start_attempt(
            aigul.id, "bishkek-2020", "h", started="2026-03-01T09:00:00+00:00"
        )
        store.record_round(first, round_record("road", 0.5), finished=MOMENT)
        store.record_round(first, round_record("numbers", 1.0), finished=MOMENT)
        store.finish_attempt(first, finished="2026-03-01T09:20:00+00:00", score=2 / 3)
        second = store.start_attempt(
            ivan.id, "bishkek-2020", "h", started="2026-03-01T10:00:00+00:00"
        )
        store.record_round(second, round_record("road", 0.25), finished=MOMENT)
        other = store.start_attempt(ivan.id, "other-pack", "h", started="2026-03-02T10:00:00+00:00")
        store.record_round(other, round_record("quiz-1", 1.0), finished=MOMENT)


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_the_csv_has_a_bom_and_keeps_cyrillic_names(tmp_path: Path) -> None:
    """Names in Kyrgyz and Russian come back intact; the file starts with a UTF-8 BOM."""
    fill_store()
    out = tmp_path / "results.csv"
    assert main(["results", "--csv", "--pack", "bishkek-2020", "--out", str(out)]) == 0
    rows = read(out)
    assert rows[0] == ["profile", "pack", "started", "finished", "score %", "road", "numbers"]
    assert rows[1] == [
        "Айгүл Өмүрбекова",
        "bishkek-2020",
        "2026-03-01T09:00:00+00:00",
        "2026-03-01T09:20:00+00:00",
        "66.7",
        "50.0",
        "100.0",
    ]
    assert rows[2][0] == "Иван Петров" and rows[2][3:] == ["", "", "25.0", ""]
    assert len(rows) == 3


def test_all_packs_get_pack_prefixed_round_columns(tmp_path: Path) -> None:
    """Without --pack, every attempt is a row and round columns name their pack."""
    fill_store()
    out = tmp_path / "all.csv"
    assert main(["results", "--csv", "--out", str(out)]) == 0
    rows = read(out)
    assert rows[0][5:] == ["bishkek-2020/road", "bishkek-2020/numbers", "other-pack/quiz-1"]
    assert [row[1] for row in rows[1:]] == ["bishkek-2020", "bishkek-2020", "other-pack"]
    assert rows[3][5:] == ["", "", "100.0"]


def test_no_progress_yet_gives_just_the_header(tmp_path: Path) -> None:
    """With no store at all, the export is a header line and no file is created in the data dir."""
    out = tmp_path / "empty.csv"
    assert main(["results", "--csv", "--out", str(out)]) == 0
    assert read(out) == [["profile", "pack", "started", "finished", "score %"]]
    assert not progress_path().exists()


def test_names_that_look_like_formulas_are_neutralised() -> None:
    """A player called '=cmd' cannot smuggle a formula into the teacher's spreadsheet."""
    row = AttemptRow(1, "=HYPERLINK(1)", "p", "h", "s", None, None, {})
    assert list(csv.reader(io.StringIO(results_csv([row])[1:])))[1][0] == "'=HYPERLINK(1)"


def test_an_output_file_that_cannot_be_written_exits_two_without_a_traceback(
    tmp_path: Path, capsys
) -> None:
    """A missing folder for --out is a one-line message and exit 2."""
    fill_store()
    assert main(["results", "--csv", "--out", str(tmp_path / "missing" / "results.csv")]) == 2
    error = capsys.readouterr().err
    assert "cannot write" in error
    assert "Traceback" not in error


def test_a_progress_file_from_a_newer_game_exits_two_and_is_left_alone(capsys) -> None:
    """The export never sets aside or changes a store it cannot read."""
    fill_store()
    with ProgressStore(progress_path()) as store:
        store._connection.execute("PRAGMA user_version = 999")
    before = progress_path().read_bytes()
    assert main(["results", "--csv"]) == 2
    assert "newer version of Okuya" in capsys.readouterr().err
    assert progress_path().read_bytes() == before
