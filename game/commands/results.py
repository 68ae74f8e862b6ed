"""``okuya results --csv``: write the class results of the progress file as CSV.

The columns and the cells are :func:`game.storage.results.results_csv`'s. Exit status: 0
written, 2 the progress file cannot be read or the output file cannot be written. Written
to a terminal, the pack ids and names in the cells have their control characters escaped
(:func:`game.commands.terminal.write_document`); to a file or a pipe, the CSV is exact.
"""

from __future__ import annotations

from pathlib import Path

from game.commands.terminal import say, write_document
from game.i18n.translator import english
from game.storage.locations import progress_path
from game.storage.results import results_csv
from game.storage.store import AttemptRow, ProgressStore, StoreError


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
            say(f"okuya results: cannot read {path}: {error}")
            return 2
        with store:
            if store.recovered_from is not None:
                say(
                    t.gettext("The progress file was damaged; it was set aside as {path}.").format(
                        path=store.recovered_from
                    )
                )
            rows = store.attempts(pack_id)
    text = results_csv(rows)
    if out is None:
        write_document(text)
    else:
        try:
            Path(out).write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            say(f"okuya results: cannot write {out}: {error.strerror or error}")
            return 2
        say(
            t.ngettext(
                "Wrote {count} attempt to {file}.", "Wrote {count} attempts to {file}.", len(rows)
            ).format(count=len(rows), file=out)
        )
    return 0
