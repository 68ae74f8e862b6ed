"""`okuya draft` writes a pack that passes `okuya check`, the same file every time."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from game.cli import main
from game.commands.draft import draft_command
from game.model.files import fold
from game.model.loader import check_pack

ARTICLES = Path(__file__).parent / "articles"
ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))


def language_of(article: Path) -> str:
    """Return the language code in an article's name (``apollo-11.en.txt`` is en)."""
    return article.name.split(".")[-2]


def run(article: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    """Run the command and return its status, standard output and standard error."""
    stdout, stderr = io.StringIO(), io.StringIO()
    arguments = [str(article), str(out), language_of(article)]
    status = draft_command(
        *arguments[:2], language=arguments[2], stdout=stdout, stderr=stderr, **_options(extra)
    )
    return status, stdout.getvalue(), stderr.getvalue()


def _options(extra: tuple[str, ...]) -> dict[str, object]:
    options: dict[str, object] = {}
    for item in extra:
        key, _, value = item.partition("=")
        options[key] = value if value else True
    return options


@pytest.mark.parametrize("article", ARTICLE_FILES, ids=lambda path: path.name)
def test_every_evaluation_article_drafts_a_pack_that_passes_the_checker(
    article: Path, tmp_path: Path
) -> None:
    """Each draft has no checker error, and every evidence is in the article copy beside it."""
    status, _out, err = run(article, tmp_path / "draft")
    assert (status, err) == (0, "")
    problems = check_pack(tmp_path / "draft")
    assert [problem.format() for problem in problems if problem.is_error] == []
    data = yaml.safe_load((tmp_path / "draft" / "pack.yaml").read_text(encoding="utf-8"))
    copy = fold((tmp_path / "draft" / "article.txt").read_text(encoding="utf-8"))
    evidence = [
        item["evidence"]
        for section in ("events", "quotes", "questions")
        for item in data[section] or []
    ]
    assert evidence and all(fold(excerpt) in copy for excerpt in evidence)
    assert (tmp_path / "draft" / "article.txt").read_bytes() == article.read_bytes()
    assert data["source"]["text"] == "article.txt"


def test_drafting_twice_gives_the_same_file_and_says_it_is_unchanged(tmp_path: Path) -> None:
    """A second run into the same folder finds the same draft there and leaves it alone."""
    article = ARTICLES / "berlin-wall.en.txt"
    run(article, tmp_path / "a")
    first = (tmp_path / "a" / "pack.yaml").read_text(encoding="utf-8")
    status, out, _ = run(article, tmp_path / "a")
    assert status == 0
    assert "The draft is unchanged" in out
    assert (tmp_path / "a" / "pack.yaml").read_text(encoding="utf-8") == first


def test_the_draft_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two processes with different string-hash seeds write byte-identical drafts."""
    article = ARTICLES / "gagarin.ru.txt"
    files = []
    for seed in ("1", "2"):
        folder = tmp_path / f"seed-{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "game",
                "draft",
                str(article),
                "-o",
                str(folder),
                "--lang",
                "ru",
            ],
            check=True,
            capture_output=True,
            env=environment,
        )
        files.append((folder / "pack.yaml").read_bytes())
    assert files[0] == files[1]


def test_a_different_pack_is_not_overwritten_without_force(tmp_path: Path) -> None:
    """An edited pack.yaml in the folder is kept, unless --force is given."""
    article = ARTICLES / "apollo-11.en.txt"
    run(article, tmp_path / "a")
    edited = tmp_path / "a" / "pack.yaml"
    edited.write_text(edited.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    status, _, err = run(article, tmp_path / "a")
    assert status == 2
    assert "already holds a different pack" in err and "--force" in err
    assert edited.read_text(encoding="utf-8").endswith("# my edits\n")
    status, _, _ = run(article, tmp_path / "a", "force")
    assert status == 0
    assert not edited.read_text(encoding="utf-8").endswith("# my edits\n")


def test_the_publication_date_is_read_from_the_article_or_taken_from_the_option(
    tmp_path: Path,
) -> None:
    """Without --date the first date of the article is used and named; --date wins."""
    article = ARTICLES / "obama-2008.en.txt"
    _, out, _ = run(article, tmp_path / "a")
    assert (
        "Publication date: 5 November 2008, read from the article's words “November 5, 2008”."
        in out
    )
    _, out, _ = run(article, tmp_path / "b", "date=2008-11-06")
    assert "Publication date: 6 November 2008 (from --date)." in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xff\xfe\x00a", "is not UTF-8 text"),
        (b"Just a text without a date, in which nothing happens at all.", "No publication date"),
    ],
)
def test_bad_articles_get_a_clear_message_and_status_2(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """An empty, non-UTF-8 or undated article is refused with one line saying what to do."""
    article = tmp_path / "article.en.txt"
    article.write_bytes(content)
    status, _out, err = run(article, tmp_path / "out")
    assert status == 2
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_missing_article_and_a_bad_date_are_refused(tmp_path: Path) -> None:
    """A path that does not exist, or a --date that is not a date, exits with 2 and a reason."""
    status, _, err = run(tmp_path / "missing.en.txt", tmp_path / "out")
    assert status == 2 and "There is no file" in err
    status, _, err = run(ARTICLES / "apollo-11.en.txt", tmp_path / "out", "date=1969-13-01")
    assert status == 2 and "'1969-13-01' is not a date of the form YYYY-MM-DD." in err


def test_the_messages_follow_the_article_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Russian article gets Russian messages through the command line, Kyrgyz ones on request."""
    assert (
        main(
            ["draft", str(ARTICLES / "yeltsin.ru.txt"), "-o", str(tmp_path / "ru"), "--lang", "ru"]
        )
        == 0
    )
    assert "Дата публикации: " in capsys.readouterr().out
    arguments = [
        "draft",
        str(ARTICLES / "yeltsin.ru.txt"),
        "-o",
        str(tmp_path / "ky"),
        "--lang",
        "ru",
    ]
    assert main([*arguments, "--messages", "ky"]) == 0
    assert "Жарыяланган күнү" in capsys.readouterr().out


def test_a_round_the_checker_rejects_is_left_out_and_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If the round builder ever proposed an ambiguous round, the checker's verdict drops it."""
    import datetime as dt

    from game.draft import assemble
    from game.draft.pipeline import draft_article

    def same_day_twice(events: list[assemble.Dated]) -> list[list[str]]:
        same_day = [event.id for event in events if str(event.when).startswith("1969-07-20")]
        one_per_day = {str(event.when)[:10]: event.id for event in reversed(events)}
        return [same_day, sorted(one_per_day.values())]

    monkeypatch.setattr(assemble, "timeline_rounds", same_day_twice)
    text = (ARTICLES / "apollo-11.en.txt").read_text(encoding="utf-8")
    result = draft_article(text, "en", dt.date(1969, 7, 25))
    assert result.rejected_rounds == 1
    assert result.rounds["timeline"] == 1
    assert result.problems == []
