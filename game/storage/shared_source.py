"""Keep a pack's copy of its article out of a shared ``.zip`` unless the teacher asks for it.

``source.text`` names the teacher's own copy of the article, used to check evidence. Such
articles are usually copyrighted, so ``okuya export`` leaves the file out, and comments out
the ``text:`` line of the exported ``pack.yaml`` so the imported pack still checks.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath


def source_text_file(folder: Path, name: str | None) -> Path | None:
    """Return the article file ``source.text`` names inside ``folder``, or None."""
    if not name:
        return None
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts:
        return None
    file = folder / relative
    return file if file.is_file() else None


def without_source_text(pack_yaml: bytes, name: str) -> bytes | None:
    """Return ``pack_yaml`` with its ``text: NAME`` line commented out, or None if not found."""
    pattern = re.compile(
        rb"(?m)^(?P<indent>[ \t]+)text:[ \t]*(?P<q>[\"']?)"
        + re.escape(name.encode("utf-8"))
        + rb"(?P=q)[ \t]*(?:#[^\r\n]*)?(?P<end>\r?)$"
    )
    found = list(pattern.finditer(pack_yaml))
    if len(found) != 1:
        return None
    match = found[0]
    replacement = (
        match.group("indent")
        + b"# text: "
        + name.encode("utf-8")
        + b"   # left out by okuya export; --include-source shares it"
        + match.group("end")
    )
    return pack_yaml[: match.start()] + replacement + pack_yaml[match.end() :]
