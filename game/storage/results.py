"""Class results for teachers as CSV (``okuya results --csv``), one row per attempt.

Columns: profile, pack, started, finished, score %, then one column per round (its score
in %). With attempts of several packs, round columns are named ``<pack>/<round>``. The file
is UTF-8 with a byte order mark, so spreadsheet programs show Kyrgyz and Russian names
correctly; numbers use a dot and one decimal. A name that a spreadsheet would read as a
formula (starting with = + - @) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from game.storage.store import AttemptRow

BOM = "\ufeff"


def results_csv(rows: list[AttemptRow]) -> str:
    """Return the CSV text (with its BOM) for ``rows``."""
    several_packs = len({row.pack_id for row in rows}) > 1
    columns: dict[tuple[str, str], str] = {}
    for row in rows:
        for round_id in row.round_scores:
            key = (row.pack_id, round_id)
            if key not in columns:
                columns[key] = f"{row.pack_id}/{round_id}" if several_packs else round_id
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    # Header names are fixed English column ids so that scripts can read the file too.
    writer.writerow(["profile", "pack", "started", "finished", "score %", *columns.values()])
    for row in rows:
        writer.writerow(
            [
                _cell(row.profile_name),
                _cell(row.pack_id),
                row.started,
                row.finished or "",
                _percent(row.score),
                *(
                    _percent(row.round_scores.get(round_id)) if pack == row.pack_id else ""
                    for pack, round_id in columns
                ),
            ]
        )
    return BOM + buffer.getvalue()


def _cell(text: str) -> str:
    """Return ``text`` safe to open in a spreadsheet: a leading = + - @ would start a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _percent(score: float | None) -> str:
    return "" if score is None else f"{score * 100:.1f}"
