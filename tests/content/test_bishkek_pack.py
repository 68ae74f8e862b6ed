"""The built-in pack "Protests in Bishkek, October 2020": it loads clean, is big enough to
play for 15-20 minutes, orders every timeline without doubt, and stays true to its article.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from game.model.loader import load_pack
from game.model.pack import (
    BUILTIN_PICTURES,
    Pack,
    QuizStep,
    SceneStep,
    TimelineStep,
    WhoSaidStep,
)
from game.model.when import Precision
from game.rounds.timeline import TimelineRound

REPOSITORY = Path(__file__).resolve().parents[2]
PACK_FOLDER = REPOSITORY / "content" / "bishkek-2020"
# The article is copyrighted, so it is never in the repository; the team keeps a copy here.
ARTICLE_PLACES = (
    Path("/work/shared/seed/article.txt"),
    REPOSITORY.parent / "shared" / "seed" / "article.txt",
)
MAX_EVIDENCE_WORDS = 30
# Card sizes, so that the longer Kyrgyz and Russian translations still fit.
MAX_EVENT_CHARACTERS = 110
MAX_QUOTE_CHARACTERS = 160
MAX_CHOICE_CHARACTERS = 60
MAX_SCENE_CHARACTERS = 400

# Typographic quotes and dashes become plain ones; the article may use either.
_FOLDS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def fold(text: str) -> str:
    """Return ``text`` with quotes, dashes and runs of white space made plain (case kept)."""
    return re.sub(r"\s+", " ", text.translate(_FOLDS)).strip()


@pytest.fixture(scope="module")
def pack() -> Pack:
    """Load the built-in pack, failing on any warning about pack.yaml itself."""
    loaded = load_pack(PACK_FOLDER)
    # Translation completeness is checked with the catalogues (tests/i18n), not here.
    content_warnings = [
        problem for problem in loaded.warnings if Path(problem.file).name == "pack.yaml"
    ]
    assert content_warnings == [], [str(problem) for problem in content_warnings]
    return loaded.pack


@pytest.fixture(scope="module")
def article() -> str:
    """Return the folded article, or skip when no local copy exists."""
    for place in ARTICLE_PLACES:
        if place.is_file():
            return fold(place.read_text(encoding="utf-8-sig"))
    pytest.skip(
        "the source article is not shipped (it is copyrighted); put a copy at "
        + " or ".join(str(place) for place in ARTICLE_PLACES)
        + " to check the evidence"
    )


def evidence_items(pack: Pack) -> list[tuple[str, str]]:
    """Return (item path, evidence) for every event, quote and question."""
    return [
        (f"{section}.{item.id}", item.evidence)
        for section in ("events", "quotes", "questions")
        for item in getattr(pack, section)
    ]


def test_the_pack_has_enough_of_every_kind_of_item(pack: Pack) -> None:
    """The pack has at least 8 people, 18 events, 10 quotes, 12 questions and 6 scenes."""
    assert len(pack.people) >= 8
    assert len(pack.events) >= 18
    assert len(pack.quotes) >= 10
    assert len(pack.questions) >= 12
    assert len(pack.scenes) >= 6


def test_quotes_mix_direct_and_reported_speech_and_all_have_context(pack: Pack) -> None:
    """Some quotes are direct speech, some reported, and every quote says its context."""
    reported = [quote for quote in pack.quotes if quote.reported]
    direct = [quote for quote in pack.quotes if not quote.reported]
    assert len(reported) >= 3
    assert len(direct) >= 3
    assert all(quote.context is not None and str(quote.context).strip() for quote in pack.quotes)


def test_every_scene_has_one_of_the_built_in_pictures(pack: Pack) -> None:
    """Each scene shows a picture the game draws itself."""
    for scene in pack.scenes:
        assert scene.picture in BUILTIN_PICTURES, scene.id


def test_the_play_list_has_the_rounds_the_issue_asks_for(pack: Pack) -> None:
    """At least 3 timelines, exactly 2 who-said rounds with extra speakers, and 2 quizzes."""
    timelines = [step for step in pack.play if isinstance(step, TimelineStep)]
    who_said = [step for step in pack.play if isinstance(step, WhoSaidStep)]
    quizzes = [step for step in pack.play if isinstance(step, QuizStep)]
    assert len(timelines) >= 3
    assert len(who_said) == 2
    assert all(step.extra_speakers for step in who_said)
    assert len(quizzes) == 2


def test_scenes_come_between_rounds(pack: Pack) -> None:
    """The play list starts with a scene and never shows two scenes in a row."""
    kinds = [isinstance(step, SceneStep) for step in pack.play]
    assert kinds[0]
    assert not any(first and second for first, second in itertools.pairwise(kinds))


def test_extra_speakers_said_none_of_the_quotes_of_their_round(pack: Pack) -> None:
    """An extra speaker is a wrong answer for every quote of the round."""
    for step in pack.rounds:
        if isinstance(step, WhoSaidStep):
            speakers = {pack.quote(quote_id).speaker for quote_id in step.quotes}
            assert not speakers & set(step.extra_speakers), step.id


def test_each_timeline_lists_its_events_in_the_order_of_their_dates(pack: Pack) -> None:
    """A timeline's events are written in the order of their `when`, and the game agrees."""
    for step in pack.rounds:
        if isinstance(step, TimelineStep):
            keys = [pack.event(event_id).when.sort_key() for event_id in step.events]
            assert keys == sorted(keys), step.id
            game_round = TimelineRound.from_step(step, pack, random.Random(0))
            assert game_round.correct_order == step.events, step.id


def test_every_pair_of_cards_in_a_timeline_can_be_ordered(pack: Pack) -> None:
    """No two events in one timeline round have equal or overlapping dates."""
    for step in pack.rounds:
        if isinstance(step, TimelineStep):
            for first, second in itertools.combinations(step.events, 2):
                assert pack.event(first).when.can_order(pack.event(second).when), (
                    step.id,
                    first,
                    second,
                )


def test_no_invented_clock_time_is_ever_shown(pack: Pack) -> None:
    """An event whose `when` has an hour (a sort key only) always has a label to show."""
    for event in pack.events:
        if event.when.precision is Precision.MINUTE:
            assert event.label is not None and str(event.label).strip(), event.id


def test_every_item_has_short_evidence(pack: Pack) -> None:
    """Every event, quote and question has evidence of at most about 30 words."""
    for path, evidence in evidence_items(pack):
        assert evidence.strip(), path
        assert len(evidence.split()) <= MAX_EVIDENCE_WORDS, path


def test_every_evidence_is_found_word_for_word_in_the_article(pack: Pack, article: str) -> None:
    """Each evidence passage appears verbatim in the article (quotes, dashes, spaces folded)."""
    missing = [path for path, evidence in evidence_items(pack) if fold(evidence) not in article]
    assert missing == []


def test_the_article_itself_is_not_shipped(pack: Pack) -> None:
    """The copyrighted article stays out of the pack: no source text, no text file beside it."""
    assert pack.source.text_file is None
    assert not list(PACK_FOLDER.glob("*.txt"))


def test_strings_fit_on_their_cards(pack: Pack) -> None:
    """Card texts are short enough to leave room for longer translations."""
    for event in pack.events:
        assert len(str(event.text)) <= MAX_EVENT_CHARACTERS, event.id
    for quote in pack.quotes:
        assert len(str(quote.text)) <= MAX_QUOTE_CHARACTERS, quote.id
    for question in pack.questions:
        for choice in (question.answer, *question.wrong):
            assert len(str(choice)) <= MAX_CHOICE_CHARACTERS, (question.id, str(choice))
    for scene in pack.scenes:
        assert len(str(scene.text)) <= MAX_SCENE_CHARACTERS, scene.id


def test_the_small_pack_in_the_authoring_guide_checks_clean(tmp_path: Path) -> None:
    """The complete example in docs/authoring.md loads with no error and no warning."""
    guide = (REPOSITORY / "docs" / "authoring.md").read_text(encoding="utf-8")
    section = guide.split("## A complete small pack", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("\n```", 1)[0]
    article_copy = next((place for place in ARTICLE_PLACES if place.is_file()), None)
    if article_copy is not None:
        (tmp_path / "article.txt").write_bytes(article_copy.read_bytes())
    else:
        # Without a copy of the article, check everything but the evidence.
        example = re.sub(r"(?m)^  text: article\.txt.*\n", "", example)
    (tmp_path / "pack.yaml").write_text(example, encoding="utf-8")
    loaded = load_pack(tmp_path)
    assert loaded.warnings == []
    assert loaded.pack.id == "bishkek-mini"
