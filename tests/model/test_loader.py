"""The loader turns a checked pack folder into the model, with contexts, comments and positions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from game.model.errors import PackError, Problem
from game.model.loader import check_pack, check_pack_text, load_pack, load_pack_from_text
from game.model.pack import QuizStep, SceneStep, TimelineStep, WhoSaidStep
from game.model.when import Precision
from tests.model.conftest import EXAMPLE_PACK


def test_the_example_pack_loads_without_problems() -> None:
    """The example pack checks clean and has every kind of item and round."""
    loaded = load_pack(EXAMPLE_PACK)
    pack = loaded.pack
    assert loaded.warnings == []
    assert pack.id == "moon-landing-1969"
    assert (len(pack.people), len(pack.events), len(pack.quotes)) == (4, 6, 3)
    assert (len(pack.questions), len(pack.scenes)) == (3, 2)
    assert [type(step) for step in pack.play] == [
        SceneStep,
        TimelineStep,
        WhoSaidStep,
        QuizStep,
        SceneStep,
    ]
    assert pack.folder == EXAMPLE_PACK


def test_the_pack_file_itself_may_be_given_instead_of_its_folder() -> None:
    """Loading pack.yaml gives the same pack as loading the folder."""
    assert load_pack(EXAMPLE_PACK / "pack.yaml").pack.content_hash == (
        load_pack(EXAMPLE_PACK).pack.content_hash
    )


def test_the_content_hash_covers_the_pack_file_and_its_pictures() -> None:
    """content_hash is the SHA-256 of pack.yaml's bytes followed by the pictures' bytes."""
    expected = hashlib.sha256((EXAMPLE_PACK / "pack.yaml").read_bytes())
    expected.update((EXAMPLE_PACK / "images" / "night-sky.png").read_bytes())
    assert load_pack(EXAMPLE_PACK).pack.content_hash == expected.hexdigest()


def test_values_become_model_values() -> None:
    """Dates keep precision, defaults apply, and round lists keep their order."""
    pack = load_pack(EXAMPLE_PACK).pack
    assert pack.event("kennedy-promise").when.precision is Precision.MONTH
    assert pack.event("landing").label is not None
    assert pack.event("landing").label.source == "Sunday"
    assert pack.quote("desolation").reported is True
    assert pack.quote("small-step").reported is False
    assert pack.question("walkers").answer.source == "12"
    assert [text.source for text in pack.question("walkers").wrong] == ["2", "6", "24"]
    timeline, who_said, quiz = pack.rounds
    assert timeline.scoring == "longest_ordered_subset"
    assert who_said.extra_speakers == ("collins",)
    assert quiz.time_limit == 60.0
    assert pack.source.text_file == "article.txt"
    assert str(pack.source.date) == "2024-05"


EVIDENCE = "A verbatim excerpt of the source article"


@pytest.mark.parametrize(
    ("get_text", "context", "comment"),
    [
        (lambda pack: pack.title, "title", "The pack's title"),
        (lambda pack: pack.summary, "summary", "The pack's one-sentence summary"),
        (lambda pack: pack.source.title, "source.title", "The headline of the news article"),
        (lambda pack: pack.person("aldrin").role, "people.aldrin.role", "A person's role"),
        (lambda pack: pack.event("launch").text, "events.launch.text", "An event on the timeline"),
        (
            lambda pack: pack.quote("desolation").context,
            "quotes.desolation.context",
            "The situation a quote",
        ),
        (lambda pack: pack.question("rock").wrong[1], "questions.rock.wrong.1", "Wrong answer"),
        (lambda pack: pack.scene("outro").text, "scenes.outro.text", "The text of a story scene"),
        (lambda pack: pack.rounds[0].title, "play.race-to-the-moon.title", "The title of a round"),
        (lambda pack: pack.event("launch").evidence_text, "events.launch.evidence", EVIDENCE),
        (
            lambda pack: pack.quote("desolation").evidence_text,
            "quotes.desolation.evidence",
            EVIDENCE,
        ),
        (lambda pack: pack.question("rock").evidence_text, "questions.rock.evidence", EVIDENCE),
    ],
)
def test_every_text_keeps_its_context_comment_and_position(
    get_text: Callable, context: str, comment: str
) -> None:
    """The message context is the item's path; the comment says what the string is."""
    text = get_text(load_pack(EXAMPLE_PACK).pack)
    assert text.context == context
    assert text.comment.startswith(comment)
    assert text.position is not None
    line = (
        (EXAMPLE_PACK / "pack.yaml")
        .read_text(encoding="utf-8")
        .splitlines()[text.position.line - 1]
    )
    # The position points at the value as written (quoted values start with their quote).
    assert line[text.position.column - 1 :].lstrip("\"'").startswith(text.source[:10])


def test_every_evidence_excerpt_is_also_a_text_for_translation() -> None:
    """The excerpt stays verbatim (the checker's), and the same words are translatable."""
    pack = load_pack(EXAMPLE_PACK).pack
    sections = {"events": pack.events, "quotes": pack.quotes, "questions": pack.questions}
    for section, items in sections.items():
        assert items
        for item in items:
            assert item.evidence_text is not None
            assert item.evidence_text.source == item.evidence
            assert item.evidence_text.context == f"{section}.{item.id}.evidence"


def test_a_round_without_a_title_gets_a_default_one(example_text: str) -> None:
    """The quiz title is optional; the default keeps the round's context."""
    pack = load_pack_from_text(
        example_text.replace("      title: Who said it?\n", ""), EXAMPLE_PACK
    ).pack
    assert pack.rounds[1].title.source == "Who said it?"
    assert pack.rounds[1].title.context == "play.voices.title"


def test_a_pack_with_errors_raises_pack_error_carrying_every_problem(example_text: str) -> None:
    """Errors and warnings alike are in PackError.problems, sorted by line."""
    text = example_text.replace("speaker: aldrin", "speaker: aldrn").replace(
        "when: 1969-07-24", "when: 1969-07-32"
    )
    with pytest.raises(PackError) as caught:
        load_pack_from_text(text, EXAMPLE_PACK)
    problems = caught.value.problems
    codes = {problem.code for problem in problems}
    assert {"unknown-reference", "bad-date"} <= codes
    assert [problem.line for problem in problems] == sorted(problem.line for problem in problems)
    assert "did you mean 'aldrin'?" in str(caught.value)


def test_a_warning_does_not_stop_the_pack_from_loading(example_text: str) -> None:
    """An unused person is a warning: the pack loads and the warning comes with it."""
    text = example_text.replace(
        "  - id: kennedy\n", "  - id: nobody\n    name: Nobody\n  - id: kennedy\n"
    )
    loaded = load_pack_from_text(text, EXAMPLE_PACK)
    assert [problem.code for problem in loaded.warnings] == ["unused"]
    assert loaded.warnings[0].severity == "warning"
    assert "person 'nobody' is not used" in loaded.warnings[0].message


def test_a_round_with_fewer_than_three_items_is_a_warning(example_text: str) -> None:
    """Two questions make a playable but thin round."""
    text = example_text.replace("[crew-size, rock, walkers]", "[crew-size, rock]")
    codes = [problem.code for problem in check_pack_text(text, EXAMPLE_PACK)]
    assert codes == ["unused", "small-round"] or sorted(codes) == ["small-round", "unused"]


def test_problem_format_is_compiler_style() -> None:
    """file:line:column: severity: path: message — hint."""
    problem = Problem(
        "error",
        "content/x/pack.yaml",
        42,
        7,
        "play[2].timeline.events[3]",
        "no event with id 'electon'",
        "did you mean 'election'?",
        "unknown-reference",
    )
    assert problem.format() == (
        "content/x/pack.yaml:42:7: error: play[2].timeline.events[3]: "
        "no event with id 'electon' — did you mean 'election'?"
    )


def test_a_missing_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    """check_pack never raises; load_pack raises only PackError."""
    problems = check_pack(tmp_path / "nowhere")
    assert [problem.code for problem in problems] == ["not-found"]
    with pytest.raises(PackError):
        load_pack(tmp_path / "nowhere")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A pack over the size limit gets one clear error."""
    from game.model.encoding import MAX_FILE_BYTES

    pack_file = tmp_path / "pack.yaml"
    with pack_file.open("wb") as stream:
        stream.write(b"format: 1\ntitle: x\n")
        stream.truncate(MAX_FILE_BYTES + 1)
    problems = check_pack(tmp_path)
    assert [problem.code for problem in problems] == ["too-large"]
    assert "the limit is 8 MB" in problems[0].message


def test_a_generated_ten_thousand_item_pack_passes_the_limits() -> None:
    """The benchmark's pack is valid, warning-free and inside every limit."""
    from game.devtools.checker_benchmark import generate_pack_text

    loaded = load_pack_from_text(generate_pack_text(10_000), EXAMPLE_PACK)
    pack = loaded.pack
    total = sum(
        len(items) for items in (pack.people, pack.events, pack.quotes, pack.questions, pack.scenes)
    )
    assert total >= 10_000
    assert loaded.warnings == []


def test_translations_missing_or_fuzzy_are_warned_per_language(
    example_text: str, tmp_path: Path
) -> None:
    """A pack.po lacking texts, or with fuzzy ones, gives one warning of each kind."""
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        example_text.replace("  text: article.txt\n", "").replace(
            "picture: images/night-sky.png", "picture: white-house"
        ),
        encoding="utf-8",
    )
    po_file = folder / "locales" / "ky" / "LC_MESSAGES" / "pack.po"
    po_file.parent.mkdir(parents=True)
    po_file.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "title"\nmsgid "The first Moon landing, July 1969"\nmsgstr "Айга биринчи конуу"\n\n'
        '#, fuzzy\nmsgctxt "summary"\n'
        'msgid "Three astronauts flew to the Moon, and two of them walked on it."\n'
        'msgstr "Үч космонавт"\n',
        encoding="utf-8",
    )
    warnings = load_pack(folder).warnings
    codes = sorted(problem.code for problem in warnings)
    assert codes == ["missing-translation", "outdated-translation"]
    assert all(problem.file.endswith("locales/ky/LC_MESSAGES/pack.po") for problem in warnings)
    missing = next(problem for problem in warnings if problem.code == "missing-translation")
    assert "lacks 55 texts" in missing.message  # 43 texts and 12 evidence excerpts


def test_texts_match_what_the_extractor_writes_to_pack_po() -> None:
    """Every Text's context and source are extracted, and its comment starts the .po comment."""
    from game.i18n.pack_texts import texts_from_yaml
    from game.model.loader import _texts

    pack = load_pack(EXAMPLE_PACK).pack
    extracted = {
        entry.context: entry for entry in texts_from_yaml((EXAMPLE_PACK / "pack.yaml").read_bytes())
    }
    texts = _texts(pack)
    assert {text.context for text in texts} == set(extracted)
    for text in texts:
        entry = extracted[text.context]
        assert entry.source == text.source
        # Round titles get a comment per round kind in pack.po; the model keeps the general one.
        prefix = "The title of a" if text.context.startswith("play.") else text.comment
        assert entry.comment.startswith(prefix), text.context
        assert entry.line == text.position.line or text.source.endswith("\n")


def test_text_with_a_lone_surrogate_is_an_encoding_error_not_an_exception() -> None:
    """A str that cannot be UTF-8 is reported like a file that is not UTF-8."""
    problems = check_pack_text("title: \ud800\n")
    assert [problem.code for problem in problems] == ["encoding"]
    with pytest.raises(PackError):
        load_pack_from_text("title: \ud800\n")


def test_a_timeline_with_more_than_eight_cards_is_a_warning(example_text: str) -> None:
    """Nine cards still load, but the author is told to split the round."""
    extra = "".join(
        f"  - id: extra-{year}\n    when: {year}\n    text: Something in {year}.\n"
        "    evidence: In May 1961 President John F. Kennedy asked Congress\n"
        for year in (1975, 1976, 1977)
    )
    text = example_text.replace("events:\n", "events:\n" + extra, 1).replace(
        "splashdown, last-mission]", "splashdown, last-mission, extra-1975, extra-1976, extra-1977]"
    )
    problems = check_pack_text(text, EXAMPLE_PACK)
    assert [problem.code for problem in problems if problem.is_error] == []
    long = [problem for problem in problems if problem.code == "long-timeline"]
    assert len(long) == 1
    assert long[0].severity == "warning"
    assert "9 cards" in long[0].message
