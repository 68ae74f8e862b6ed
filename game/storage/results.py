"""``okuya results --csv``: class results for teachers, one row per attempt.

Columns: profile, pack, started, finished, score %, then one column per round (its score
in %). With attempts of several packs, round columns are named ``<pack>/<round>``. The file
is UTF-8 with a byte order mark, so spreadsheet programs show Kyrgyz and Russian names
correctly; numbers use a dot and one decimal. A name that a spreadsheet would read as a
formula (starting with = + - @) gets a leading apostrophe. Exit status: 0 written, 2 the
progress file cannot be read or the output file cannot be written.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from game.i18n.translator import english
from game.storage.locations import progress_path
from game.storage.store import AttemptRow, ProgressStore, StoreError

BOM = "\ufeff"


def results_command(pack_id: str | None = None, out: str | None = None) -> int:
    """Write the results CSV to ``out`` (default: standard output); return the exit status."""
    t = english()
    path = progress_path()
    rows: list[AttemptRow] = []
    if path.exists():
        try:
            store = ProgressStore(path)
        except (OSError, StoreError) as error:
            # Same shape as `okuya schema`'s own error: no traceback, exit 2.
            print(f"okuya results: cannot read {path}: {error}", file=sys.stderr)
            return 2
        with store:
            if store.recovered_from is not None:
                print(
                    t.gettext("The progress file was damaged; it was set aside as {path}.").format(
                        path=store.recovered_from
                    ),
                    file=sys.stderr,
                )
            rows = store.attempts(pack_id)
    text = results_csv(rows)
    if out is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    else:
        try:
            Path(out).write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            print(f"okuya results: cannot write {out}: {error.strerror or error}", file=sys.stderr)
            return 2
        print(
            t.ngettext(
                "Wrote {count} attempt to {file}.", "Wrote {count} attempts to {file}.", len(rows)
            ).format(count=len(rows), file=out),
            file=sys.stderr,
        )
    return 0


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
