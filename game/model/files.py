"""Rules that read files beside ``pack.yaml``: pictures, the article's text, translations.

Pictures are decoded without pygame by :mod:`game.model.pictures`; links out of the pack
folder (a picture, the article, the translations) are refused, as the game reads only
what is inside the pack.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from game.model.errors import Problem, Reporter, suggest
from game.model.languages import LANGUAGES
from game.model.pack import BUILTIN_PICTURES
from game.model.pack_catalogue_check import catalogue_problems
from game.model.pack_format import EVIDENCE_SECTIONS
from game.model.pictures import MAX_PICTURE_BYTES, picture_problem
from game.model.po_reader import CatalogueError, read_catalogue
from game.model.translation import Translations
from game.model.yaml_nodes import Document

MAX_SOURCE_TEXT_BYTES = 4 * 1024 * 1024
# Evidence not found in the article gets "the words match up to ..." for the first these many.
MAX_EVIDENCE_HINTS = 50
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


def inside_folder(file: Path, folder: Path) -> bool:
    """Return True when ``file``, links followed, is inside ``folder`` (links followed too)."""
    return folder.resolve() in file.resolve().parents


def fold(text: str) -> str:
    """Return ``text`` with quotes, dashes, white space and case folded for comparison."""
    return _SPACES.sub(" ", text.translate(_FOLDS)).strip().casefold()


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
        if not inside_folder(file, folder):
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
        if not inside_folder(file, folder):
            # The game reads only what is inside the pack (and a shared zip holds no links).
            reporter.error_at(
                document,
                ("source", "text"),
                t.gettext(
                    "the source text '{file}' is a link to a file outside the pack folder"
                ).format(file=name),
                hint=t.gettext("put the article itself beside pack.yaml, not a link to it"),
                code="source-text",
            )
            return
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
    hints = 0
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
            hints += 1
            # Each hint searches the article about ten more times: give the first ones.
            hint = (
                _evidence_hint(folded, article, t)
                if hints <= MAX_EVIDENCE_HINTS
                else t.gettext("copy a short passage word for word from the article")
            )
            reporter.error_at(
                document,
                path,
                t.gettext("the evidence is not in the source text '{file}'").format(file=name),
                hint=hint,
                code="evidence-not-found",
            )


def _evidence_hint(folded: str, article: str, t: Translations) -> str:
    """Return how far the evidence matches the article, found with a few searches.

    If the first k words are in the article, so are the first k - 1: a binary search on k
    needs about log2(words) searches of the article (at most 10 for 1,000 characters),
    where trying k = 1, 2, 3 ... would search it once per matching word.
    """
    words = folded.split(" ")
    low, high = 0, len(words)  # the first `low` words match; the first `high + 1` do not
    while low < high:
        middle = (low + high + 1) // 2
        if " ".join(words[:middle]) in article:
            low = middle
        else:
            high = middle - 1
    matched = low
    if matched == 0:
        return t.gettext("copy a short passage word for word from the article")
    return t.gettext("the words match up to '{words}'; check what follows").format(
        words=" ".join(words[max(0, matched - 4) : matched])
    )


def check_translations(texts: list[Any], folder: Path, reporter: Reporter, t: Translations) -> None:
    """Warn, per language, about pack texts missing or outdated in ``locales/<lang>/LC_MESSAGES/pack.po``."""
    locales = folder / "locales"
    try:
        if locales.is_symlink() and not inside_folder(locales, folder):
            # Read nothing through it: a link to / would make the glob below, and the game,
            # look for catalogues all over the disk. An error, as for pictures.
            reporter.problems.append(_link_out(locales, folder, reporter.file, t))
            return
        catalogues = sorted(locales.glob("*/LC_MESSAGES/pack.po"))
        outside = [po for po in catalogues if not inside_folder(po, folder)]
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return
    if outside:
        for po_file in outside:
            reporter.problems.append(_link_out(po_file, folder, reporter.file, t))
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


def _link_out(path: Path, folder: Path, pack_file: str, t: Translations) -> Problem:
    """Return the error for a translation folder or file that links outside the pack."""
    return Problem(
        "error",
        _shown_path(path, folder, pack_file),
        0,
        0,
        "",
        t.gettext("{name} is a link to a place outside the pack folder").format(name=path.name),
        t.gettext("put the translation files themselves inside the pack, not a link to them"),
        "link-outside",
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
