"""Random damage to a valid pack zip never makes `okuya import` raise, hang or leave a stray folder."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.commands.export_import import import_command

MINI_PACK = Path(__file__).parent / "packs" / "mini-pack"
PACK_YAML = (MINI_PACK / "pack.yaml").read_bytes()
# Bounded: each example unpacks and checks a small pack, a few milliseconds each.
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def valid_zip(compression: int) -> bytes:
    """Return a valid pack zip: the mini pack and a note, in a `moon/` folder."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        archive.writestr("moon/pack.yaml", PACK_YAML)
        archive.writestr("moon/notes.txt", b"notes " * 40)
    return buffer.getvalue()


ZIPS = {
    "stored": valid_zip(zipfile.ZIP_STORED),
    "deflated": valid_zip(zipfile.ZIP_DEFLATED),
}

# One change to the archive's bytes: overwrite some, cut the end off, or insert junk.
mutations = st.one_of(
    st.tuples(st.just("overwrite"), st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("truncate"), st.integers(0, 10_000), st.just(b"")),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
)


def mutate(data: bytes, changes: list[tuple[str, int, bytes]]) -> bytes:
    """Apply each change at its offset (taken modulo the length) to ``data``."""
    for kind, offset, junk in changes:
        at = offset % max(len(data), 1)
        if kind == "overwrite":
            data = data[:at] + junk + data[at + len(junk) :]
        elif kind == "truncate":
            data = data[:at]
        else:
            data = data[:at] + junk + data[at:]
    return data


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """Return a scratch folder shared by the examples of one test (they clean up after themselves)."""
    return tmp_path


@FUZZ
@given(
    kind=st.sampled_from(sorted(ZIPS)),
    changes=st.lists(mutations, min_size=1, max_size=4),
)
def test_a_damaged_pack_zip_is_imported_or_refused_cleanly(
    place: Path, capsys: pytest.CaptureFixture[str], kind: str, changes: list
) -> None:
    """Any mutation of a valid zip exits 0, 1 or 2 without raising, and leaves no hidden folder."""
    archive = place / "fuzz.zip"
    archive.write_bytes(mutate(ZIPS[kind], changes))
    into = place / "packs"
    status = import_command(str(archive), str(into), replace=True)
    captured = capsys.readouterr()
    assert status in (0, 1, 2)
    assert captured.err.strip(), "every outcome is said"
    if into.exists():
        names = [path.name for path in into.iterdir()]
        assert all(not name.startswith(".") for name in names), names
        assert set(names) <= {"mini-pack"}
        if status == 0:
            assert "mini-pack" in names


entry_names = st.one_of(
    st.text(min_size=1, max_size=40),
    st.sampled_from(
        [
            "moon/./pack.yaml",
            "moon//pack.yaml",
            "MOON/pack.yaml",
            "moon/pack.yaml/",
            "moon/\x1b.txt",
        ]
    ),
)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@FUZZ
@given(names=st.lists(entry_names, max_size=4))
def test_extra_entries_with_any_names_are_imported_or_refused_cleanly(
    place: Path, capsys: pytest.CaptureFixture[str], names: list[str]
) -> None:
    """A valid pack zip with extra entries of any name never raises or writes outside its folder."""
    archive = place / "names.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr("moon/pack.yaml", PACK_YAML)
        for name in names:
            opened.writestr(zipfile.ZipInfo(name), b"x")
    into = place / "packs"
    status = import_command(str(archive), str(into), replace=True)
    capsys.readouterr()
    assert status in (0, 1, 2)
    outside = {path.name for path in place.iterdir()} - {"names.zip", "packs"}
    assert outside == set()
    if into.exists():
        assert all(not path.name.startswith(".") for path in into.iterdir())
