"""Random and mutated .po bytes never make the catalogue reader or the translator raise."""

from __future__ import annotations

import tempfile
from pathlib import Path
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.i18n.catalogs import clear_cache, messages_from_reading
from game.i18n.translator import Translator
from game.model.pack import Text
from game.model.po_reader import CatalogueError, read_catalogue_bytes

FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

SEED = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ru\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
    '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
    'msgctxt "events.vote.text"\nmsgid "The vote is held."\nmsgstr "Проходит голосование."\n\n'
    '#, python-brace-format\nmsgid "{time} left"\nmsgstr "Осталось {time}"\n\n'
    'msgid "{count} file"\nmsgid_plural "{count} files"\n'
    'msgstr[0] "{count} файл"\nmsgstr[1] "{count} файла"\nmsgstr[2] "{count} файлов"\n'
).encode()
# Pieces an attacker splices in: headers that lie, broken keywords, controls, wide text.
TOKENS = [
    b'msgid "',
    b"msgstr[",
    b"msgstr[x] ",
    b"msgid_plural ",
    b'msgctxt "',
    b'"\n',
    b"\\",
    b"{",
    b"}",
    b"{0}",
    b"{oops}",
    b"\x00",
    b"\xff\xfe",
    b"\xc3(",
    b"\x1b[2J",
    b"#~ ",
    b"#| ",
    b"#-",
    b'"Plural-Forms: nplurals=abc; plural=n/0;\\n"\n',
    b'"Plural-Forms: nplurals=1000000000; plural=n;\\n"\n',
    b'"Language: ../../etc\\n"\n',
    b'"Content-Type: text/plain; charset=foo\\n"\n',
    b'"Content-Type: text/plain; charset=utf-16\\n"\n',
    "é€я".encode("utf-16"),
]


@st.composite
def mutated_po(draw: st.DrawFn) -> bytes:
    """Return the seed catalogue with random bytes or tokens inserted, deleted or replaced."""
    data = bytearray(SEED)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        position = draw(st.integers(min_value=0, max_value=len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=6)))
        if action == "insert":
            data[position:position] = piece
        elif action == "delete":
            data[position : position + draw(st.integers(min_value=1, max_value=20))] = b""
        else:
            data[position : position + len(piece)] = piece
    return bytes(data)


def _read_and_look_up(raw: bytes, check_placeholders: bool) -> None:
    try:
        reading = read_catalogue_bytes(raw, "ru", check_placeholders=check_placeholders)
    except CatalogueError as error:
        assert error.issue.kind
        return
    messages = messages_from_reading(reading, "ru")
    for count in (0, 1, 2, 5, 11, 21, 5000, 10**12):
        forms = messages.get_plural(None, "{count} file", count)
        assert forms is None or isinstance(forms, str)
    found = messages.get(None, "{time} left")
    if check_placeholders and found is not None:
        assert found.format(time="0:30")


@FUZZ
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash_the_reader(raw: bytes) -> None:
    """Any bytes: a catalogue (perhaps empty) or CatalogueError, never another exception."""
    _read_and_look_up(raw, check_placeholders=True)


@FUZZ
@given(mutated_po(), st.booleans())
def test_mutated_catalogues_never_crash_the_reader(raw: bytes, check_placeholders: bool) -> None:
    """A damaged real catalogue: what can be used is used, and interface strings still format."""
    _read_and_look_up(raw, check_placeholders)


@FUZZ
@given(mutated_po())
def test_mutated_catalogues_never_crash_the_translator(raw: bytes) -> None:
    """The game's own path: a Translator over a damaged interface and pack catalogue."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for path in (
            root / "locales" / "ru" / "LC_MESSAGES" / "messages.po",
            root / "pack" / "locales" / "ru" / "LC_MESSAGES" / "pack.po",
        ):
            path.parent.mkdir(parents=True)
            path.write_bytes(raw)
        clear_cache()
        t = Translator("ru", locales_dir=root / "locales")
        assert t.gettext("{time} left").format(time="0:30")
        for count in (1, 3, 5, 5000):
            assert t.ngettext("{count} file", "{count} files", count).format(count=count)
        pack = SimpleNamespace(folder=root / "pack", language="en")
        shown = t.text(Text("The vote is held.", "events.vote.text"), pack)
        assert shown and "\x00" not in shown
