"""The pack extractor finds every translatable field with its line, context and comment."""

from __future__ import annotations

import io
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from babel.messages.extract import extract, extract_from_dir

from game.i18n.extract import extract_pack
from game.i18n.pack_texts import PackTextError

SMALL_PACK = Path(__file__).with_name("small_pack.yaml")

# (context, source, line) for every translatable field of small_pack.yaml.
EXPECTED = [
    ("title", "A small pack", 3),
    ("summary", "One of every translatable field.", 4),
    ("source.title", "The headline", 7),
    ("people.ann.name", "Ann Example", 12),
    ("people.ann.role", "a protester", 13),
    ("people.mission.name", "The monitoring mission", 15),
    ("events.vote.label", "Sunday", 19),
    ("events.vote.text", "The vote is held.", 20),
    ("events.vote.evidence", "the vote", 21),
    ("events.rally.text", "A rally begins.", 24),
    ("events.rally.evidence", "a rally", 25),
    ("quotes.honest.text", "We want honest elections.", 28),
    ("quotes.honest.context", "At the rally.", 30),
    ("quotes.honest.evidence", "honest elections", 31),
    ("quotes.bought.text", "Votes were bought.", 33),
    ("quotes.bought.evidence", "vote-buying", 36),
    ("questions.count.prompt", "How many were hurt?", 39),
    ("questions.count.answer", "At least 120", 40),
    ("questions.count.wrong.0", "About 12", 41),
    ("questions.count.wrong.1", "About 2,000", 41),
    ("questions.count.explain", "Officials gave the figure.", 42),
    ("questions.count.evidence", "at least 120", 43),
    ("scenes.intro.title", "Bishkek at night", 46),
    ("scenes.intro.text", "A crowd gathers.\n\nThe square fills.\n", 48),
    ("play.order.title", "Put it in order", 56),
    ("play.voices.title", "Who said it?", 60),
    ("play.numbers.title", "Numbers", 64),
]


def extracted() -> list[tuple[int, str, list[str], str | None]]:
    """Run Babel's extract() with our extractor over the small pack."""
    with SMALL_PACK.open("rb") as handle:
        return list(extract(extract_pack, handle))


def test_every_translatable_field_is_found_with_line_and_context() -> None:
    """Each field comes out once, with its item path as context and its line in the file."""
    found = [(context, message, line) for line, message, _comments, context in extracted()]
    assert found == EXPECTED


def test_ids_dates_and_pictures_are_not_extracted() -> None:
    """Ids, dates, speakers and pictures are data, not words for translation."""
    messages = {message for _line, message, _comments, _context in extracted()}
    assert not messages & {"ann", "mission", "2020-10-04", "white-house", "2020-10-06"}


def test_evidence_is_extracted_with_its_item_path_and_a_faithful_translation_comment() -> None:
    """Evidence stays verbatim in the pack, but students read it translated beside the original."""
    evidence = {
        context: (message, comments)
        for _line, message, comments, context in extracted()
        if context.endswith(".evidence")
    }
    assert set(evidence) == {
        "events.vote.evidence",
        "events.rally.evidence",
        "quotes.honest.evidence",
        "quotes.bought.evidence",
        "questions.count.evidence",
    }
    message, comments = evidence["quotes.honest.evidence"]
    assert message == "honest elections"
    assert "verbatim excerpt" in comments[0] and "faithfully" in comments[0]


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("events.vote.text", "An event on the timeline"),
        ("events.vote.label", "A time-of-day label"),
        ("people.ann.role", "A person's role"),
        ("quotes.honest.text", "A quote (direct speech)"),
        ("quotes.bought.text", "A quote (reported speech"),
        ("quotes.honest.context", "The situation a quote was said in"),
        ("questions.count.wrong.0", "Wrong answer"),
        ("questions.count.answer", "The right answer"),
        ("scenes.intro.text", "The text of a story scene"),
        ("play.order.title", "timeline round"),
        ("play.voices.title", "who-said-what round"),
        ("play.numbers.title", "quiz round"),
        ("title", "The pack's title"),
    ],
)
def test_each_message_has_a_translator_comment(context: str, expected: str) -> None:
    """The translator comment says what the string is."""
    comments = {found_context: comments for _l, _m, comments, found_context in extracted()}
    assert any(expected in comment for comment in comments[context]), comments[context]


def test_comments_name_the_speaker_and_the_question() -> None:
    """A quote's comment names its speaker; a wrong answer's comment repeats the question."""
    comments = {context: " ".join(comments) for _l, _m, comments, context in extracted()}
    assert "Ann Example" in comments["quotes.honest.text"]
    assert "How many were hurt?" in comments["questions.count.wrong.1"]


def test_pybabel_directory_extraction_finds_the_pack() -> None:
    """Babel's directory walker runs the extractor by module path, with contexts intact."""
    method_map = [("**/small_pack.yaml", "game.i18n.extract:extract_pack"), ("**", "ignore")]
    results = list(extract_from_dir(SMALL_PACK.parent, method_map))
    contexts = [context for _file, _line, _message, _comments, context in results]
    assert contexts == [context for context, _source, _line in EXPECTED]


def test_entry_point_is_declared_for_babel() -> None:
    """pyproject.toml registers the extractor as okuya_pack (checked once installed)."""
    declared = {point.name: point.value for point in entry_points(group="babel.extractors")}
    if "okuya_pack" not in declared:
        pyproject = (SMALL_PACK.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
        assert 'okuya_pack = "game.i18n.extract:extract_pack"' in pyproject
        pytest.skip("okuya is not installed (pip install -e .); checked pyproject.toml instead")
    assert declared["okuya_pack"] == "game.i18n.extract:extract_pack"


def test_unreadable_pack_raises_with_the_position() -> None:
    """A pack with a YAML error is refused with a message that points at the line."""
    broken = io.BytesIO(b"title: [unclosed\nsummary: x\n")
    broken.name = "broken.yaml"
    with pytest.raises(PackTextError, match=r"broken\.yaml:"):
        list(extract_pack(broken, ["pgettext"], [], {}))


def test_anchors_are_refused_as_the_checker_refuses_them() -> None:
    """The extractor reads packs with the loader's safe reader, which refuses aliases."""
    bomb = io.BytesIO(b"title: &a Hello\nsummary: *a\n")
    with pytest.raises(PackTextError, match="anchor"):
        list(extract_pack(bomb, ["pgettext"], [], {}))


def loaded_texts(pack: object) -> set[tuple[str, str, int]]:
    """Return (context, source, line) of every Text the loader built from the file."""
    from game.model.pack import Text

    found = set()

    def visit(value: object) -> None:
        if isinstance(value, Text):
            if value.position is not None:
                found.add((value.context, value.source, value.position.line))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                visit(getattr(value, name))

    visit(pack)
    return found


@pytest.mark.parametrize(
    "pack_file",
    [SMALL_PACK, *sorted(SMALL_PACK.parents[2].glob("content/*/pack.yaml"))],
    ids=lambda path: path.parent.name + "/" + path.name,
)
def test_extractor_agrees_with_the_loader(pack_file: Path, tmp_path: Path) -> None:
    """Every Text the loader builds is extracted with the same context, source and line."""
    from game.model.loader import load_pack

    folder = pack_file.parent
    if pack_file.name != "pack.yaml":
        folder = tmp_path / "pack"
        folder.mkdir()
        (folder / "pack.yaml").write_bytes(pack_file.read_bytes())
    pack = load_pack(folder).pack
    with pack_file.open("rb") as handle:
        extracted_texts = {
            (context, message, line)
            for line, message, _comments, context in extract(extract_pack, handle)
        }
    assert extracted_texts == loaded_texts(pack)
