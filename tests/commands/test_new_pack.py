"""``okuya new-pack`` writes a commented starter pack that passes the checker."""

from __future__ import annotations

import json
import re
from pathlib import Path

from game.commands.new_pack import new_pack
from game.model.loader import check_pack, load_pack


def test_the_new_pack_passes_the_check_without_warnings(tmp_path: Path) -> None:
    """The starter pack loads with no problem at all."""
    folder = tmp_path / "Election Day 2024"
    assert new_pack(str(folder), title='A "quoted": title #1', language="ky") == 0
    assert check_pack(folder) == []
    pack = load_pack(folder).pack
    assert pack.id == "election-day-2024"
    assert pack.title.source == 'A "quoted": title #1'
    assert pack.language == "ky"


def test_the_first_line_points_editors_at_the_schema_written_beside_it(tmp_path: Path) -> None:
    """The YAML language server line names pack.schema.json, which exists and is the schema."""
    assert new_pack(str(tmp_path / "p"), pack_id="my-pack") == 0
    first_line = (tmp_path / "p" / "pack.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=./pack.schema.json"
    schema = json.loads((tmp_path / "p" / "pack.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == "Okuya pack, format 1"


def test_an_existing_pack_is_never_overwritten(tmp_path: Path) -> None:
    """A second new-pack into the same folder exits 2 and leaves the file alone."""
    folder = tmp_path / "p"
    assert new_pack(str(folder)) == 0
    (folder / "pack.yaml").write_text("mine", encoding="utf-8")
    assert new_pack(str(folder)) == 2
    assert (folder / "pack.yaml").read_text(encoding="utf-8") == "mine"


def test_an_invalid_id_or_language_is_refused(tmp_path: Path) -> None:
    """Exit 2, nothing written."""
    assert new_pack(str(tmp_path / "a"), pack_id="Not Valid") == 2
    assert new_pack(str(tmp_path / "b"), language="English") == 2
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()


def test_the_template_follows_the_authoring_guide(tmp_path: Path) -> None:
    """Every hour has a label, evidence is marked optional, and each docs/ link exists."""
    assert new_pack(str(tmp_path / "p")) == 0
    text = (tmp_path / "p" / "pack.yaml").read_text(encoding="utf-8")
    assert "scoring: relative_all_previous_and_next   # optional; see docs/scoring.md" in text
    repository = Path(__file__).resolve().parents[2]
    for link in set(re.findall(r"docs/[a-z-]+\.md", text)):
        assert (repository / link).is_file(), link
    pack = load_pack(tmp_path / "p").pack
    assert all(event.label is not None for event in pack.events if event.when.hour is not None)
    assert "# optional" in next(line for line in text.splitlines() if "evidence:" in line)
