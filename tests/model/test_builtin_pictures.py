"""The built-in picture names: the schema offers them, the checker accepts them, the pack uses them."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest

from game.model.loader import check_pack_text, load_pack
from game.model.pack import BUILTIN_PICTURES, BUILTIN_SCENE_PICTURES, NEUTRAL_PICTURES
from game.model.schema import compile_schema, inlined_schema, load_schema

BUILTIN_PACK = Path(__file__).resolve().parents[2] / "content" / "bishkek-2020"
MENU_SCREEN = Path(__file__).resolve().parents[2] / "game" / "ui" / "screens" / "menu.py"
EXAMPLE_PACK = Path(__file__).resolve().parent / "example_pack"


def picture_schema() -> dict:
    """Return the schema of a scene's ``picture`` as editors read it."""
    scene = load_schema()["properties"]["scenes"]["items"]
    if "$ref" in scene:
        scene = load_schema()["$defs"][scene["$ref"].rsplit("/", 1)[-1]]
    return scene["properties"]["picture"]


def pack_with_picture(picture: str) -> str:
    """Return the example pack's text with its first scene's picture replaced."""
    text = (EXAMPLE_PACK / "pack.yaml").read_text(encoding="utf-8")
    return re.sub(r"picture: crowd-rally", f"picture: {picture}", text, count=1)


def test_the_schema_offers_every_builtin_name_as_a_completion() -> None:
    """The picture schema's enum lists exactly the built-in names, in the model's order."""
    choices = picture_schema()["anyOf"]
    enums = [choice["enum"] for choice in choices if "enum" in choice]
    assert enums == [list(BUILTIN_PICTURES)]
    assert any(choice.get("pattern") == "^images/" for choice in choices)


@pytest.mark.parametrize("picture", [*BUILTIN_PICTURES, "images/photo.png"])
def test_the_schema_accepts_every_builtin_name_and_a_pack_image(picture: str) -> None:
    """Each name, or an images/ path, validates; the quick validator agrees."""
    schema = picture_schema()
    jsonschema.Draft202012Validator(schema).validate(picture)
    quick = compile_schema(
        inlined_schema()["properties"]["scenes"]["items"]["properties"]["picture"]
    )
    assert quick(picture)


@pytest.mark.parametrize("picture", ["balot-box", "photo.png", 5])
def test_the_schema_rejects_what_is_neither_a_name_nor_an_image(picture: object) -> None:
    """A typo, a file outside images/ or a number is not a picture, for editors and checker."""
    schema = picture_schema()
    assert not jsonschema.Draft202012Validator(schema).is_valid(picture)
    quick = compile_schema(
        inlined_schema()["properties"]["scenes"]["items"]["properties"]["picture"]
    )
    assert not quick(picture)


@pytest.mark.parametrize("picture", BUILTIN_PICTURES)
def test_the_checker_accepts_every_builtin_name(picture: str) -> None:
    """A pack may name any built-in picture without a problem about it."""
    problems = check_pack_text(pack_with_picture(picture), EXAMPLE_PACK)
    assert [problem for problem in problems if "picture" in problem.path] == []
    assert not any(problem.is_error for problem in problems)


def test_the_checker_suggests_the_nearest_name_for_a_typo() -> None:
    """One clear error for a misspelt picture, naming the picture it probably means."""
    problems = check_pack_text(pack_with_picture("hospitl"), EXAMPLE_PACK)
    about_picture = [problem for problem in problems if "picture" in problem.path]
    assert [problem.code for problem in about_picture] == ["unknown-picture"]
    assert "'hospital'" in about_picture[0].hint


def test_a_picture_that_is_not_text_is_reported_as_the_wrong_type() -> None:
    """A number as a picture gets the usual 'expected text' message, not a raw schema error."""
    problems = check_pack_text(pack_with_picture("12"), EXAMPLE_PACK)
    about_picture = [problem for problem in problems if "picture" in problem.path]
    assert [problem.code for problem in about_picture] == ["wrong-type"]


def test_every_scene_of_the_builtin_pack_has_a_picture_of_its_own() -> None:
    """No picture is used twice, each is built in, and the menu's picture is its own too."""
    pack = load_pack(BUILTIN_PACK).pack
    pictures = [scene.picture for scene in pack.scenes]
    assert all(pictures)
    repeated = sorted({picture for picture in pictures if pictures.count(picture) > 1})
    assert repeated == [], f"scenes share a picture: {repeated}"
    assert set(pictures) <= set(BUILTIN_SCENE_PICTURES)
    menu = re.search(r'^MENU_PICTURE = "([a-z-]+)"$', MENU_SCREEN.read_text(), re.MULTILINE)
    assert menu is not None
    assert menu.group(1) in BUILTIN_PICTURES
    assert menu.group(1) not in pictures


def test_there_are_at_least_twelve_topic_neutral_pictures() -> None:
    """Teachers get a dozen or more pictures that are not about Bishkek, all distinct."""
    assert len(NEUTRAL_PICTURES) >= 12
    assert len(set(BUILTIN_PICTURES)) == len(BUILTIN_PICTURES)
    assert not set(NEUTRAL_PICTURES) & set(BUILTIN_SCENE_PICTURES)
