"""Measure the drafter on the evaluation set: ``python -m game.draft.evaluate``.

For each article of ``tests/draft/articles`` (``NAME.LANG.txt`` with its gold annotation
``NAME.LANG.yaml``), and for the built-in pack's article when a copy is found
(``../shared/seed/article.txt``, scored against ``content/bishkek-2020/pack.yaml``), it
drafts a pack, writes it with the article into a temporary folder, runs ``okuya check`` on
it, and prints per language and per split (tuned / held out):

- direct quotes: recall with the right speaker, and precision;
- reported speech: the same;
- dated events: recall with the right date, and precision;
- how many drafted rounds the checker rejected, errors left, evidence not verbatim;
- the median time to draft one article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game.draft.people import same_name_word
from game.draft.pipeline import ARTICLE_FILE, DraftResult, draft_article
from game.model.files import fold
from game.model.loader import check_pack
from game.model.when import Precision, When

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "draft" / "articles"
# ../shared beside the checkout, or beside the folder of worktrees that holds it.
SEED_CANDIDATES = (
    ROOT.parent / "shared" / "seed" / "article.txt",
    ROOT.parents[1] / "shared" / "seed" / "article.txt",
)
SEED_ARTICLE = next((path for path in SEED_CANDIDATES if path.is_file()), SEED_CANDIDATES[0])
SEED_PACK = ROOT / "content" / "bishkek-2020" / "pack.yaml"


@dataclass(frozen=True)
class GoldQuote:
    """A quote of the gold annotation."""

    text: str
    speaker: str
    reported: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class GoldEvent:
    """A dated event of the gold annotation."""

    evidence: str
    when: str


@dataclass
class Gold:
    """The gold annotation of one article."""

    name: str
    language: str
    published: dt.date
    split: str
    quotes: list[GoldQuote]
    events: list[GoldEvent]


@dataclass
class Score:
    """Counts for one article (or a sum of articles)."""

    articles: int = 0
    gold_direct: int = 0
    found_direct: int = 0
    predicted_direct: int = 0
    correct_direct: int = 0
    gold_reported: int = 0
    found_reported: int = 0
    predicted_reported: int = 0
    correct_reported: int = 0
    gold_events: int = 0
    found_events: int = 0
    predicted_events: int = 0
    correct_events: int = 0
    rounds: int = 0
    rejected_rounds: int = 0
    check_errors: int = 0
    not_verbatim: int = 0
    seconds: list[float] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to these."""
        for name, value in other.__dict__.items():
            if name == "seconds":
                self.seconds.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def load_gold(path: Path) -> Gold:
    """Read a gold annotation file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    published = data["published"]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Gold(
        name=path.name.removesuffix(".yaml"),
        language=data["language"],
        published=published,
        split=data.get("split", "tuned"),
        quotes=[
            GoldQuote(str(item["text"]), str(item["speaker"]), bool(item.get("reported", False)))
            for item in data.get("quotes", [])
        ],
        events=[
            GoldEvent(str(item["evidence"]), str(item["when"])) for item in data.get("events", [])
        ],
    )


def seed_gold(pack_file: Path) -> Gold:
    """Return the built-in pack's quotes and events as the gold annotation of its article."""
    data = yaml.safe_load(pack_file.read_text(encoding="utf-8"))
    names = {person["id"]: person["name"] for person in data["people"]}
    return Gold(
        name="seed (built-in pack)",
        language=data["language"],
        published=dt.date.fromisoformat(str(data["source"]["date"])),
        split="seed",
        quotes=[
            GoldQuote(
                str(quote["text"]),
                names[quote["speaker"]],
                bool(quote.get("reported", False)),
                str(quote.get("evidence", "")),
            )
            for quote in data["quotes"]
        ],
        events=[GoldEvent(str(event["evidence"]), str(event["when"])) for event in data["events"]],
    )


def _core(text: str) -> str:
    return fold(text).strip(" .,!?…'\"").removeprefix("... ").removeprefix("…").strip()


def _overlap(a: str, b: str) -> bool:
    a, b = _core(a), _core(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _same_person(gold: str, predicted: str, language: str) -> bool:
    gold_words = gold.split()
    predicted_words = predicted.split()
    return same_name_word(gold_words[-1], predicted_words[-1], language) or fold(gold) == fold(
        predicted
    )


def _same_date(gold: str, predicted: When) -> bool:
    gold_when = When.parse(gold)
    if gold_when.precision >= Precision.DAY and predicted.precision >= Precision.DAY:
        return str(gold_when)[:10] == str(predicted)[:10]
    return str(gold_when) == str(predicted)


def score(result: DraftResult, gold: Gold) -> Score:
    """Compare a draft with its gold annotation."""
    counts = Score(articles=1)
    language = gold.language

    def quote_matches(
        predicted_text: str, predicted_evidence: str, reported: bool, item: GoldQuote
    ) -> bool:
        if _overlap(item.text, predicted_text):
            return True
        return (
            bool(item.evidence)
            and reported == item.reported
            and _overlap(item.evidence, predicted_evidence)
        )

    for reported in (False, True):
        gold_quotes = [item for item in gold.quotes if item.reported == reported]
        predicted = [quote for quote in result.quotes if quote.reported == reported]
        found = sum(
            1
            for item in gold_quotes
            if any(
                quote_matches(quote.text, quote.evidence, quote.reported, item)
                and quote.speaker is not None
                and _same_person(item.speaker, quote.speaker.name, language)
                for quote in predicted
            )
        )
        correct = sum(
            1
            for quote in predicted
            if quote.speaker is not None
            and any(
                quote_matches(quote.text, quote.evidence, quote.reported, item)
                and _same_person(item.speaker, quote.speaker.name, language)
                for item in gold.quotes
            )
        )
        if reported:
            counts.gold_reported, counts.found_reported = len(gold_quotes), found
            counts.predicted_reported, counts.correct_reported = len(predicted), correct
        else:
            counts.gold_direct, counts.found_direct = len(gold_quotes), found
            counts.predicted_direct, counts.correct_direct = len(predicted), correct
    counts.gold_events = len(gold.events)
    counts.found_events = sum(
        1
        for item in gold.events
        if any(
            _overlap(item.evidence, event.evidence) and _same_date(item.when, event.when)
            for event in result.events
        )
    )
    counts.predicted_events = len(result.events)
    counts.correct_events = sum(
        1
        for event in result.events
        if any(
            _overlap(item.evidence, event.evidence) and _same_date(item.when, event.when)
            for item in gold.events
        )
    )
    counts.rounds = sum(result.rounds.values()) + result.rejected_rounds
    counts.rejected_rounds = result.rejected_rounds
    return counts


def run_article(text: str, gold: Gold, splitter: str, names: str) -> tuple[Score, DraftResult]:
    """Draft one article, check the draft as `okuya check` would, and score it."""
    started = time.perf_counter()
    result = draft_article(text, gold.language, gold.published, splitter=splitter, names=names)
    elapsed = time.perf_counter() - started
    counts = score(result, gold)
    counts.seconds.append(elapsed)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / ARTICLE_FILE).write_text(text, encoding="utf-8")
        (Path(folder) / "pack.yaml").write_text(result.yaml_text, encoding="utf-8")
        problems = [problem for problem in check_pack(folder) if problem.is_error]
    # The draft points editors at a schema file that the command writes beside it; the
    # checker does not read it, so its absence here changes nothing.
    counts.check_errors = len(problems)
    counts.not_verbatim = sum(1 for problem in problems if problem.code == "evidence-not-found")
    return counts, result


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "    – (0/0)"


def table(rows: Sequence[tuple[str, Score]]) -> str:
    """Return the results as a Markdown table."""
    header = (
        "| set | articles | direct quotes: recall (right speaker) | precision | reported: recall | precision "
        "| dated events: recall (right date) | precision | rounds rejected by the checker | check errors | evidence not verbatim | ms per article (median) |"
    )
    lines = [header, "|" + "---|" * 12]
    for name, counts in rows:
        median = statistics.median(counts.seconds) * 1000 if counts.seconds else 0.0
        lines.append(
            f"| {name} | {counts.articles} | {_percent(counts.found_direct, counts.gold_direct)} "
            f"| {_percent(counts.correct_direct, counts.predicted_direct)} "
            f"| {_percent(counts.found_reported, counts.gold_reported)} "
            f"| {_percent(counts.correct_reported, counts.predicted_reported)} "
            f"| {_percent(counts.found_events, counts.gold_events)} "
            f"| {_percent(counts.correct_events, counts.predicted_events)} "
            f"| {counts.rejected_rounds}/{counts.rounds} | {counts.check_errors} | {counts.not_verbatim} | {median:.0f} |"
        )
    return "\n".join(lines)


def evaluate(
    articles: Path,
    seed: Path | None,
    splitter: str,
    names: str,
    split: str = "all",
    per_article: bool = False,
) -> str:
    """Run the whole evaluation and return the report text."""
    groups: dict[str, Score] = {}
    details: list[tuple[str, Score]] = []
    for gold_file in sorted(articles.glob("*.yaml")):
        gold = load_gold(gold_file)
        if split != "all" and gold.split != split:
            continue
        text = gold_file.with_suffix(".txt").read_text(encoding="utf-8")
        counts, _ = run_article(text, gold, splitter, names)
        details.append((gold.name, counts))
        for key in (f"{gold.language}, {gold.split}", f"all, {gold.split}"):
            groups.setdefault(key, Score()).add(counts)
    rows = sorted(groups.items())
    if seed is not None and seed.is_file() and SEED_PACK.is_file():
        gold = seed_gold(SEED_PACK)
        counts, _ = run_article(seed.read_text(encoding="utf-8"), gold, splitter, names)
        rows.append(("en, seed article vs built-in pack", counts))
        details.append((gold.name, counts))
    lines = [f"sentences: {splitter}, names: {names}", "", table(rows)]
    if per_article:
        lines += ["", table(details)]
    if seed is None or not seed.is_file():
        lines += [
            "",
            "(the built-in pack's article was not found; it is not part of the repository)",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation table."""
    parser = argparse.ArgumentParser(
        prog="python -m game.draft.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument(
        "--seed",
        type=Path,
        default=SEED_ARTICLE,
        help="the built-in pack's article, if you have it",
    )
    parser.add_argument("--splitter", choices=("auto", "razdel", "pysbd", "rules"), default="auto")
    parser.add_argument("--names", choices=("auto", "rules", "natasha"), default="auto")
    parser.add_argument("--split", choices=("all", "tuned", "held-out"), default="all")
    parser.add_argument("--per-article", action="store_true", help="also print one row per article")
    parser.add_argument(
        "--json", action="store_true", help="print nothing but the settings as JSON"
    )
    args = parser.parse_args(argv)
    report = evaluate(
        args.articles, args.seed, args.splitter, args.names, args.split, args.per_article
    )
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
