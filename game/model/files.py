"""Rules that read files beside ``pack.yaml``: pictures, the article's text, translations.

Pictures are checked without pygame: a PNG must have its signature, well-formed chunks
with correct CRCs, an IHDR first and an IEND last; a JPEG must start with SOI, have
well-formed segments up to the image data and end with EOI.
"""

from __future__ import annotations

import difflib
import re
import struct
import zlib
from pathlib import Path
from typing import Any

from game.model.errors import Problem, Reporter, suggest
from game.model.languages import LANGUAGES
from game.model.pack import BUILTIN_PICTURES
from game.model.pack_catalogue_check import catalogue_problems, link_out_problem
from game.model.pack_format import EVIDENCE_SECTIONS
from game.model.po_reader import CatalogueError, is_inside, read_catalogue
from game.model.translation import Translations
from game.model.yaml_nodes import Document

MAX_PICTURE_BYTES = 10 * 1024 * 1024
MAX_SOURCE_TEXT_BYTES = 4 * 1024 * 1024
# A small file can declare a huge image ("decompression bomb"); decoding it would need
# width x height x 4 bytes. A 12-megapixel camera photo is well inside these.
MAX_PICTURE_SIDE = 10_000
MAX_PICTURE_PIXELS = 25_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The languages a player can choose in the game.
PLAYABLE_LANGUAGES = tuple(LANGUAGES)

_FOLDS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
        "\u00ad": None,
    }
)
_SPACES = re.compile(r"\s+")


def not_an_ordinary_file(name: str, t: Translations) -> str:
    """Return the message for ``name`` being a folder, a device or a pipe instead of a file."""
    return t.gettext("{file} is not an ordinary file (it is a folder, a device or a pipe)").format(
        file=name
    )


def fold(text: str) -> str:
    """Return ``text`` with quotes, dashes, white space and case folded for comparison."""
    return _SPACES.sub(" ", text.translate(_FOLDS)).strip().casefold()


def picture_problem(data: bytes, t: Translations) -> str:
    """Return why ``data`` is not a decodable PNG or JPEG file ('' when it is)."""
    if data.startswith(PNG_SIGNATURE):
        return _png_problem(data, t)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_problem(data, t)
    return t.gettext("it is neither a PNG nor a JPEG file")


def _png_problem(data: bytes, t: Translations) -> str:
    offset = len(PNG_SIGNATURE)
    first = True
    while offset + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        end = offset + 12 + length
        if end > len(data):
            return t.gettext("the PNG file is cut short")
        if first and kind != b"IHDR":
            return t.gettext("the PNG file does not start with a header chunk")
        first = False
        body = data[offset + 4 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : end])
        if zlib.crc32(body) & 0xFFFFFFFF != crc:
            return t.gettext("the PNG file is damaged (a chunk's checksum is wrong)")
        if kind == b"IHDR":
            if length != 13:
                return t.gettext("the PNG file's header chunk is damaged")
            width, height = struct.unpack(">II", body[4:12])
            if problem := _size_problem(width, height, t):
                return problem
        if kind == b"IEND":
            return ""
        offset = end
    return t.gettext("the PNG file is cut short")


def _jpeg_problem(data: bytes, t: Translations) -> str:
    offset = 2
    while offset + 2 <= len(data):
        if data[offset] != 0xFF:
            return t.gettext("the JPEG file is damaged")
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte before a marker
            offset += 1
            continue
        if marker == 0xD9:
            return t.gettext("the JPEG file has no image data")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            offset += 2
            continue
        if offset + 4 > len(data):
            break
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        if length < 2 or offset + 2 + length > len(data):
            return t.gettext("the JPEG file is cut short")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and length >= 7:
            # A start-of-frame segment: precision, then height and width.
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            if problem := _size_problem(width, height, t):
                return problem
        if marker == 0xDA:
            # The entropy-coded data follows; a whole file ends with EOI.
            if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
                return t.gettext("the JPEG file is cut short")
            return ""
        offset += 2 + length
    return t.gettext("the JPEG file is cut short")


def _size_problem(width: int, height: int, t: Translations) -> str:
    """Return why an image of ``width`` x ``height`` pixels cannot be shown ('' when it can)."""
    if width < 1 or height < 1:
        return t.gettext("the image has no pixels")
    if max(width, height) > MAX_PICTURE_SIDE or width * height > MAX_PICTURE_PIXELS:
        return t.gettext(
            "the image is {width} × {height} pixels; the limit is {side} pixels a side "
            "and {megapixels} megapixels"
        ).format(
            width=width,
            height=height,
            side=MAX_PICTURE_SIDE,
            megapixels=MAX_PICTURE_PIXELS // 1_000_000,
        )
    return ""


def check_pictures(
    document: Document, folder: Path, reporter: Reporter, t: Translations
) -> list[bytes]:
    """Report scene pictures that are neither built in nor a decodable image; return image bytes."""
    found: list[bytes] = []
    scenes = document.data.get("scenes") if isinstance(document.data, dict) else None
    for number, scene in enumerate(scenes if isinstance(scenes, list) else ()):
        picture = scene.get("picture") if isinstance(scene, dict) else None
        if not isinstance(picture, str) or picture in BUILTIN_PICTURES:
            continue
        path = ("scenes", number, "picture")
        problem, data = _read_picture(folder, picture, t)
        if data is not None and not problem:
            found.append(data)
            continue
        if data is None:
            names = [*BUILTIN_PICTURES, *_pack_images(folder)]
            hint = suggest(picture, names, t) or t.gettext(
                "use a built-in picture ({names}) or put a PNG or JPEG file in images/"
            ).format(names=", ".join(BUILTIN_PICTURES))
            reporter.error_at(document, path, problem, hint=hint, code="unknown-picture")
        else:
            reporter.error_at(
                document,
                path,
                t.gettext("'{picture}' cannot be shown: {reason}").format(
                    picture=picture, reason=problem
                ),
                hint=t.gettext("save the picture again as PNG or JPEG"),
                code="bad-picture",
            )
    return found


def _pack_images(folder: Path) -> list[str]:
    images = folder / "images"
    try:
        return sorted(f"images/{entry.name}" for entry in images.iterdir() if entry.is_file())
    except OSError:
        return []


def _read_picture(folder: Path, picture: str, t: Translations) -> tuple[str, bytes | None]:
    missing = t.gettext("no picture '{picture}'").format(picture=picture)
    relative = Path(picture)
    if relative.is_absolute() or ".." in relative.parts or relative.parts[:1] != ("images",):
        return missing, None
    file = folder / relative
    try:
        if not file.is_file():
            return missing, None
        # The game shows only pictures inside the pack folder (and import refuses links):
        # a link out of it would pass here and show as "picture missing" in the game.
        if folder.resolve() not in file.resolve().parents:
            return t.gettext("it is a link to a file outside the pack folder"), b""
        if file.stat().st_size > MAX_PICTURE_BYTES:
            return t.gettext("the file is larger than {limit} MB").format(
                limit=MAX_PICTURE_BYTES // 1048576
            ), b""
        data = file.read_bytes()
    except OSError:
        return missing, None
    return picture_problem(data, t), data


def check_evidence(document: Document, folder: Path, reporter: Reporter, t: Translations) -> None:
    """Report evidence that does not appear in the article named by ``source.text``."""
    data = document.data
    source = data.get("source") if isinstance(data, dict) else None
    name = source.get("text") if isinstance(source, dict) else None
    if not isinstance(name, str) or not name:
        return
    relative = Path(name)
    file = folder / relative
    try:
        if relative.is_absolute() or ".." in relative.parts or not file.is_file():
            raise FileNotFoundError(name)
        if file.stat().st_size > MAX_SOURCE_TEXT_BYTES:
            raise ValueError(name)
        article = fold(file.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        reporter.error_at(
            document,
            ("source", "text"),
            t.gettext("cannot read the source text '{file}'").format(file=name),
            hint=t.gettext(
                "put the article, saved as UTF-8 text, beside pack.yaml, or remove the key"
            ),
            code="source-text",
        )
        return
    for section in EVIDENCE_SECTIONS:
        items = data.get(section)
        for number, item in enumerate(items if isinstance(items, list) else ()):
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if not isinstance(evidence, str) or not evidence.strip():
                continue
            folded = fold(evidence)
            if folded in article:
                continue
            path = (section, number, "evidence")
            reporter.error_at(
                document,
                path,
                t.gettext("the evidence is not in the source text '{file}'").format(file=name),
                hint=_evidence_hint(folded, article, t),
                code="evidence-not-found",
            )


def _evidence_hint(folded: str, article: str, t: Translations) -> str:
    words = folded.split(" ")
    matched = 0
    while matched < len(words) and " ".join(words[: matched + 1]) in article:
        matched += 1
    if matched == 0:
        return t.gettext("copy a short passage word for word from the article")
    return t.gettext("the words match up to '{words}'; check what follows").format(
        words=" ".join(words[max(0, matched - 4) : matched])
    )


def check_translations(texts: list[Any], folder: Path, reporter: Reporter, t: Translations) -> None:
    """Warn, per language, about pack texts missing or outdated in ``locales/<lang>/LC_MESSAGES/pack.po``."""
    locales = folder / "locales"
    if locales.is_symlink() and not is_inside(locales, folder):
        # Read nothing through it: a link to "/" would make the glob below walk the disk.
        reporter.problems.append(link_out_problem(_shown_path(locales, folder, reporter.file), t))
        return
    try:
        catalogues = sorted(locales.glob("*/LC_MESSAGES/pack.po"))
    except OSError:
        return
    if not catalogues or not texts:
        return

    for po_file in catalogues:
        language = po_file.parent.parent.name
        shown = _shown_path(po_file, folder, reporter.file)
        if language not in PLAYABLE_LANGUAGES:
            # Players never see a catalogue for a language the game does not offer
            # (kg is a common slip for ky), so checking its completeness would mislead.
            reporter.problems.append(
                _po_problem(
                    shown,
                    t.gettext(
                        "the game has no language '{language}', so players never see this "
                        "translation"
                    ).format(language=language),
                    (
                        _close_language(language, t)
                        or t.gettext("the game's languages are: {languages}").format(
                            languages=", ".join(PLAYABLE_LANGUAGES)
                        )
                    ),
                    "unknown-translation-language",
                )
            )
            continue
        pack_shown = reporter.file.rsplit("/", 1)[0] if "/" in reporter.file else "."
        update = t.gettext("run: okuya translate {pack} --lang {language}").format(
            pack=pack_shown, language=language
        )
        if not is_inside(po_file, folder):
            reporter.problems.append(link_out_problem(shown, t))
            continue
        try:
            reading = read_catalogue(po_file, language)
        except CatalogueError as error:
            reporter.problems.extend(catalogue_problems(shown, [error.issue], {}, 0, update, t))
            continue
        reporter.problems.extend(
            catalogue_problems(
                shown, reading.issues, reading.rejected, reading.more_issues, update, t
            )
        )
        catalogue = reading.catalog
        missing: list[str] = []
        outdated: list[str] = []
        for text in texts:
            message = catalogue.get(text.source, context=text.context)
            if (text.context or None, text.source) in reading.rejected:
                continue  # reported above, with its line
            if message is None or not message.string:
                missing.append(text.context)
            elif message.fuzzy:
                outdated.append(text.context)
        if missing:
            reporter.problems.append(
                _po_problem(
                    shown,
                    t.ngettext(
                        "the {language} translation lacks {count} text (first: {first})",
                        "the {language} translation lacks {count} texts (first: {first})",
                        len(missing),
                    ).format(language=language, count=len(missing), first=missing[0]),
                    t.gettext("{update}, then translate the texts left empty").format(
                        update=update
                    ),
                    "missing-translation",
                )
            )
        if outdated:
            reporter.problems.append(
                _po_problem(
                    shown,
                    t.ngettext(
                        "the {language} translation has {count} outdated (fuzzy) text (first: {first})",
                        "the {language} translation has {count} outdated (fuzzy) texts (first: {first})",
                        len(outdated),
                    ).format(language=language, count=len(outdated), first=outdated[0]),
                    t.gettext("review the fuzzy entries, then remove their 'fuzzy' flag"),
                    "outdated-translation",
                )
            )


def _close_language(language: str, t: Translations) -> str:
    """Return "did you mean 'ky'?" for a language folder one letter away from a game language."""
    # Two-letter codes are too short for the usual similarity cutoff: kg and ky share half.
    matches = difflib.get_close_matches(language, PLAYABLE_LANGUAGES, n=1, cutoff=0.5)
    return (
        t.gettext("did you mean '{suggestion}'?").format(suggestion=matches[0]) if matches else ""
    )


def _shown_path(po_file: Path, folder: Path, pack_file: str) -> str:
    base = pack_file.rsplit("/", 1)[0] if "/" in pack_file else ""
    relative = po_file.relative_to(folder).as_posix()
    return f"{base}/{relative}" if base else relative


def _po_problem(file: str, message: str, hint: str, code: str = "translation") -> Problem:
    return Problem("warning", file, 0, 0, "", message, hint, code)
