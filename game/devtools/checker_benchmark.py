"""Time the checker on a generated pack against PyYAML's C loader alone on the same file.

Run ``python -m game.devtools.checker_benchmark [--items 10000] [--runs 5]``. It writes a valid pack of
``--items`` items (people, events, quotes, questions and scenes, played in rounds of ten)
to a temporary folder, then prints the median time of the full check (``check_pack``) and
of ``yaml.load(text, Loader=yaml.CLoader)``, measured alternately in the same run. The
checker pauses Python's cyclic garbage collector while it runs (see ``loader._check``), so
the C loader is timed both as it is normally called and with the collector paused too.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

ROUND_SIZE = 8  # the most cards a timeline should have (see MAX_TIMELINE_CARDS)


def generate_pack_text(items: int) -> str:
    """Return the text of a valid pack with ``items`` items in all."""
    # Four sections of `share` items, and one scene for every round of eight: `items` in all.
    share = max(-(-items * ROUND_SIZE // (4 * ROUND_SIZE + 1)), ROUND_SIZE)
    share = -(-share // ROUND_SIZE) * ROUND_SIZE  # whole rounds: no thin last round
    lines = [
        "format: 1",
        "id: generated",
        "title: A generated pack",
        "summary: Made by the benchmark to time the checker.",
        "language: en",
        "source:",
        "  title: No article",
        "  publisher: The benchmark",
        "  date: 2024-01-01",
        "people:",
    ]
    for index in range(share):
        lines += [
            f"  - id: person-{index}",
            f"    name: Person number {index}",
            "    role: speaker",
        ]
    lines.append("events:")
    for index in range(share):
        # One event per day keeps every round orderable without doubt.
        year, day = 1900 + index // 300, index % 300
        month, day_of_month = day // 25 + 1, day % 25 + 1
        lines += [
            f"  - id: event-{index}",
            f"    when: {year:04d}-{month:02d}-{day_of_month:02d}",
            f"    text: Something happened, number {index}.",
            f"    evidence: it happened, number {index}",
        ]
    lines.append("quotes:")
    for index in range(share):
        lines += [
            f"  - id: quote-{index}",
            f"    text: I said thing number {index}.",
            f"    speaker: person-{index}",
            f"    evidence: said thing number {index}",
        ]
    lines.append("questions:")
    for index in range(share):
        lines += [
            f"  - id: question-{index}",
            f"    prompt: What is the answer to question {index}?",
            "    answer: This one",
            "    wrong: [That one, Another one]",
            f"    evidence: the answer to question {index}",
        ]
    lines.append("scenes:")
    for index in range(0, share, ROUND_SIZE):
        lines += [
            f"  - id: scene-{index}",
            f"    title: Scene {index}",
            "    picture: ballot-box",
            f"    text: The story goes on, part {index}.",
        ]
    lines.append("play:")
    for start in range(0, share, ROUND_SIZE):
        chunk = range(start, min(start + ROUND_SIZE, share))
        lines.append(f"  - scene: scene-{start}")
        lines += [
            "  - timeline:",
            f"      id: timeline-{start}",
            f"      title: Timeline {start}",
            f"      events: [{', '.join(f'event-{index}' for index in chunk)}]",
            "  - who_said:",
            f"      id: voices-{start}",
            f"      title: Voices {start}",
            f"      quotes: [{', '.join(f'quote-{index}' for index in chunk)}]",
            "  - quiz:",
            f"      id: quiz-{start}",
            f"      questions: [{', '.join(f'question-{index}' for index in chunk)}]",
        ]
    return "\n".join(lines) + "\n"


def _time(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the pack, time both readers, print the figures; return the exit status."""
    from game.model.loader import check_pack

    parser = argparse.ArgumentParser(prog="python -m game.devtools.checker_benchmark")
    parser.add_argument("--items", type=int, default=10_000, help="items in the generated pack")
    parser.add_argument("--runs", type=int, default=5, help="runs of each reader (median)")
    args = parser.parse_args(argv)
    loader = getattr(yaml, "CLoader", None)
    if loader is None:
        print("PyYAML was built without libyaml: no C loader to compare with", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        pack_file = Path(folder) / "pack.yaml"
        pack_file.write_text(generate_pack_text(args.items), encoding="utf-8")
        problems = check_pack(pack_file)
        errors = [problem for problem in problems if problem.is_error]
        if errors:
            print("the generated pack has errors:", *[p.format() for p in errors[:5]], sep="\n")
            return 1

        def read_with_c_loader() -> object:
            return yaml.load(pack_file.read_text(encoding="utf-8"), Loader=loader)

        def read_with_c_loader_without_collector() -> object:
            gc.disable()
            try:
                return read_with_c_loader()
            finally:
                gc.enable()

        timed = {
            "check": lambda: check_pack(pack_file),
            "load": read_with_c_loader,
            "load-no-gc": read_with_c_loader_without_collector,
        }
        times: dict[str, list[float]] = {name: [] for name in timed}
        for _ in range(args.runs):
            # Alternate the readers, so a busy machine slows them all alike.
            for name, function in timed.items():
                times[name].append(_time(function))
        check_time, load_time, bare_load_time = (statistics.median(times[name]) for name in timed)
        size = pack_file.stat().st_size
    print(f"pack: {args.items} items, {size / 1024:.0f} KiB, {len(problems)} warning(s)")
    print(f"okuya check (check_pack):           {check_time * 1000:8.1f} ms")
    print(f"yaml.load, CLoader:                 {load_time * 1000:8.1f} ms")
    print(f"yaml.load, CLoader, gc paused:      {bare_load_time * 1000:8.1f} ms")
    print(f"(medians of {args.runs} runs)")
    print(f"ratio check / CLoader:              {check_time / load_time:.2f}x")
    print(f"ratio check / CLoader, gc paused:   {check_time / bare_load_time:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
