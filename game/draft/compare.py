"""Compare the candidate libraries on the evaluation set: ``python -m game.draft.compare``.

- Sentences: razdel, pysbd and the built-in rules, each run through the whole drafter
  (the scores that matter are the drafter's, so the splitter is judged by them).
- Russian names: natasha's news tagger against the capitalisation rules, the same way.
- Dates: dateparser's ``search_dates`` against the drafter's rules, on the sentence of each
  gold event, with the publication date as the base for relative dates. dateparser has no
  notion of precision, so it is given credit when the date agrees with the gold date as far
  as the gold date goes (a year with a year, a month with a month).

A library that is not installed is reported as such; none of them is needed to run the
drafter (``pip install dateparser pysbd natasha`` to compare all of them).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from game.draft.dates import DateFinder
from game.draft.evaluate import ARTICLES, Gold, Score, _same_date, load_gold, run_article
from game.draft.sentences import split_sentences
from game.model.files import fold
from game.model.when import When


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def _golds(articles: Path) -> list[tuple[Gold, str]]:
    return [
        (load_gold(path), path.with_suffix(".txt").read_text(encoding="utf-8"))
        for path in sorted(articles.glob("*.yaml"))
    ]


def _drafter_row(
    golds: list[tuple[Gold, str]], splitter: str, names: str, languages: Sequence[str]
) -> str:
    total = Score()
    for gold, text in golds:
        if gold.language in languages:
            counts, _ = run_article(text, gold, splitter, names)
            total.add(counts)
    median = statistics.median(total.seconds) * 1000 if total.seconds else 0.0
    return (
        f"| {splitter} | {names} | {', '.join(languages)} | {total.found_direct}/{total.gold_direct} "
        f"| {total.correct_direct}/{total.predicted_direct} | {total.found_events}/{total.gold_events} "
        f"| {total.correct_events}/{total.predicted_events} | {median:.0f} |"
    )


def _sentence_of(text: str, evidence: str, language: str) -> str:
    for sentence in split_sentences(text, language, "rules"):
        if fold(evidence) in fold(sentence.text):
            return sentence.text
    return evidence


def _agrees(gold: When, year: int, month: int, day: int) -> bool:
    """Return True when a full date agrees with ``gold`` as far as ``gold`` goes."""
    return (gold.year, gold.month or month, gold.day or day) == (year, month, day)


def _dates_rows(golds: list[tuple[Gold, str]]) -> list[str]:
    rows: list[str] = []
    use_dateparser = _installed("dateparser")
    if use_dateparser:
        from dateparser.search import search_dates
    for language in ("en", "ru", "ky"):
        cases = [
            (gold, _sentence_of(text, event.evidence, language), When.parse(event.when))
            for gold, text in golds
            if gold.language == language
            for event in gold.events
        ]
        if not cases:
            continue
        ours = 0
        our_time = 0.0
        theirs = 0
        their_time = 0.0
        for gold, sentence, expected in cases:
            finder = DateFinder(language, gold.published)
            started = time.perf_counter()
            found = finder.find(
                sentence, When(gold.published.year, gold.published.month, gold.published.day)
            )
            our_time += time.perf_counter() - started
            if any(_same_date(str(expected), item.when) for item in found):
                ours += 1
            if use_dateparser:
                started = time.perf_counter()
                try:
                    results = (
                        search_dates(
                            sentence,
                            languages=[language],
                            settings={
                                "RELATIVE_BASE": dt.datetime.combine(gold.published, dt.time(12)),
                                "PREFER_DATES_FROM": "past",
                            },
                        )
                        or []
                    )
                except Exception:  # a language dateparser does not know
                    results = []
                their_time += time.perf_counter() - started
                if any(
                    _agrees(expected, value.year, value.month, value.day) for _, value in results
                ):
                    theirs += 1
        rows.append(
            f"| {language} | {len(cases)} | rules: {ours}/{len(cases)}, {1000 * our_time / len(cases):.2f} ms "
            f"| dateparser: {theirs if use_dateparser else '–'}/{len(cases)}, "
            f"{(1000 * their_time / len(cases)) if use_dateparser else 0:.2f} ms |"
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the comparison tables."""
    golds = _golds(ARTICLES)
    print("Drafter scores by sentence splitter and name finder (all articles, tuned and held out):")
    print(
        "| sentences | names | languages | direct quotes found | quote precision | events found | event precision | ms per article (median) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for splitter, module in (("rules", None), ("razdel", "razdel"), ("pysbd", "pysbd")):
        if module and not _installed(module):
            print(f"| {splitter} | – | not installed | | | | | |")
            continue
        print(_drafter_row(golds, splitter, "rules", ("en", "ru", "ky")))
    if _installed("natasha"):
        print(_drafter_row(golds, "razdel" if _installed("razdel") else "rules", "rules", ("ru",)))
        print(
            _drafter_row(golds, "razdel" if _installed("razdel") else "rules", "natasha", ("ru",))
        )
    else:
        print("| – | natasha | ru | not installed | | | | |")
    print()
    print("Dates of the gold events, one sentence each (anchor: the publication date):")
    print("| language | events | own rules (found, time per sentence) | dateparser |")
    print("|---|---|---|---|")
    for row in _dates_rows(golds):
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
