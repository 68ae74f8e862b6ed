"""``okuya schema``: write the pack JSON Schema, for editors that check YAML as it is typed."""

from __future__ import annotations

import sys
from pathlib import Path

from game.model.schema import schema_text


def write_schema(file: str | None) -> int:
    """Write the schema to ``file`` (standard output when None); return the exit status."""
    if file is None:
        sys.stdout.write(schema_text())
        return 0
    try:
        Path(file).write_text(schema_text(), encoding="utf-8")
    except OSError as error:
        print(f"okuya schema: cannot write {file}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0
