"""Every ``okuya`` command: the argument parsing, and a call into :mod:`game.commands` (or the game).

Handlers import their module lazily so that ``okuya check`` never loads pygame and the
game starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

LANGUAGE_CHOICES = ("ky", "ru", "en", "pseudo")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for every command."""
    parser = argparse.ArgumentParser(
        prog="okuya",
        description="Okuya: a quiz game about real news events. With no command, start the game.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="start the game (the default command)")
    _add_play_arguments(play)

    check = commands.add_parser("check", help="check packs and report every problem")
    check.add_argument("paths", nargs="+", metavar="PATH", help="a pack folder or its pack.yaml")
    check.add_argument("--format", choices=("human", "json"), default="human")
    check.add_argument("--strict", action="store_true", help="warnings fail too")
    check.add_argument("--lang", choices=LANGUAGE_CHOICES, help="language of the messages")

    schema = commands.add_parser("schema", help="write the pack JSON Schema (for editors)")
    schema.add_argument("file", nargs="?", help="where to write it (default: standard output)")

    new_pack = commands.add_parser("new-pack", help="start a new pack from a commented template")
    new_pack.add_argument("folder", help="the folder to create")
    new_pack.add_argument("--id", dest="pack_id", help="the pack id (default: the folder name)")
    new_pack.add_argument("--title", help="the pack title")
    new_pack.add_argument("--language", default="en", help="the language the pack is written in")

    translate = commands.add_parser(
        "translate", help="create or update translation files, or report completeness"
    )
    translate.add_argument("pack", nargs="?", help="a pack folder (omit for the interface)")
    translate.add_argument("--lang", help="the language to create or update (ky, ru, ...)")
    translate.add_argument("--stats", action="store_true", help="report translation completeness")

    export = commands.add_parser("export", help="export a pack folder to one .zip file")
    export.add_argument("pack", help="the pack folder")
    export.add_argument("-o", "--out", help="the .zip file to write (default: <id>.zip)")
    export.add_argument(
        "--include-source",
        action="store_true",
        help="also share the article named by source.text (left out by default: copyright)",
    )

    import_ = commands.add_parser("import", help="import a pack .zip into your packs folder")
    import_.add_argument("file", help="the .zip file")
    import_.add_argument("--into", help="the folder to import into (default: your packs folder)")
    import_.add_argument(
        "--replace", action="store_true", help="replace a pack with the same id that is there"
    )

    results = commands.add_parser("results", help="export class results")
    results.add_argument("--csv", action="store_true", required=True, help="write CSV")
    results.add_argument("--pack", help="only attempts at this pack id")
    results.add_argument("--out", help="the file to write (default: standard output)")

    moodle = commands.add_parser("moodle", help="export a pack's rounds to Moodle XML")
    moodle.add_argument("pack", help="the pack folder")
    moodle.add_argument("-o", "--out", help="the .xml file to write (default: standard output)")
    moodle.add_argument("--lang", choices=LANGUAGE_CHOICES, default=None)

    screenshots = commands.add_parser("screenshots", help="render every screen to PNG files")
    screenshots.add_argument("folder", help="where to write the PNG files")
    screenshots.add_argument("--lang", action="append", choices=LANGUAGE_CHOICES)
    screenshots.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    screenshots.add_argument("--text-scale", type=float, default=1.0, help="1.0 to 1.5")

    draft = commands.add_parser("draft", help="draft a pack from a plain-text article, offline")
    draft.add_argument("article", help="the article, as a plain-text UTF-8 file")
    draft.add_argument("-o", "--out", required=True, help="the folder to write the draft into")
    draft.add_argument(
        "--lang", choices=("en", "ru", "ky"), default="en", help="the article's language"
    )
    draft.add_argument(
        "--date", help="the publication date, YYYY-MM-DD (default: found in the article)"
    )
    draft.add_argument("--title", help="the pack's title (default: the article's first line)")
    draft.add_argument(
        "--force", action="store_true", help="replace a different pack.yaml in the folder"
    )
    draft.add_argument(
        "--messages", choices=LANGUAGE_CHOICES, help="language of the messages (default: --lang)"
    )

    bench = commands.add_parser(
        "bench", help="measure CPU (in a real window), start time, memory, frame time"
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")

    _add_class_commands(commands)
    return parser


def _add_class_commands(commands: argparse._SubParsersAction) -> None:
    class_ = commands.add_parser("class", help="send results to a class's Learning Record Store")
    actions = class_.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    connect = actions.add_parser("connect", help="connect this PC to a class's LRS")
    connect.add_argument("endpoint", help="the LRS's xAPI endpoint, such as https://lrs/xAPI/")
    connect.add_argument("--username", required=True, help="the LRS account of this PC")
    connect.add_argument("--password", help="its password (asked for when left out)")
    connect.add_argument("--class", dest="class_name", required=True, help="the class, such as 9b")
    connect.add_argument(
        "--no-check", action="store_true", help="save without asking the LRS first"
    )
    actions.add_parser("status", help="show the connection and the results waiting")
    actions.add_parser("disconnect", help="forget the class connection")
    sync = actions.add_parser("sync", help="send the waiting results now")
    sync.add_argument(
        "--retry-refused", action="store_true", help="send results the LRS refused once more"
    )
    results = actions.add_parser("results", help="read the class's results from the LRS")
    results.add_argument("--pack", help="only this pack id")
    results.add_argument("--since", metavar="DATE", help="only results from this date on")
    results.add_argument("--csv", metavar="FILE", help="write the CSV file instead of a table")
    for action in actions.choices.values():
        action.add_argument("--lang", choices=LANGUAGE_CHOICES, help="language of the messages")


def _add_play_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", help="play this pack folder (default: the built-in packs)")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="the interface language")
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument(
        "--watch", action="store_true", help="reload the pack when its files change (for authors)"
    )
    parser.add_argument(
        "--step",
        metavar="N|ROUND_ID",
        help="start the --pack play at this step (1-based, scenes and rounds) or round id;"
        " the play is a preview, never in the results",
    )
    parser.add_argument(
        "--autoplay",
        choices=("right", "wrong", "mixed"),
        help="play the pack through headless with scripted answers, recorded like a student",
    )
    parser.add_argument("--player", help="the profile --autoplay plays as (made if new)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    # pygame greets on standard output when imported; `okuya bench --json` and the CSV and XML
    # commands print their data there, so no command may let it.
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # `okuya`, `okuya --lang ky` and `okuya --pack X` all mean `okuya play ...`.
    if not arguments or (arguments[0].startswith("-") and arguments[0] not in ("-h", "--help")):
        arguments.insert(0, "play")
    args = parser.parse_args(arguments)
    handler = HANDLERS[args.command]
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130


def _play(args: argparse.Namespace) -> int:
    if args.autoplay:
        from game.devtools.autoplay import autoplay_command

        return autoplay_command(args.pack, args.autoplay, args.player, language=args.lang)
    start_step: int | None = None
    if args.step is not None:
        from game.commands.play_step import requested_step

        chosen = requested_step(args.pack, args.step, args.lang)
        if isinstance(chosen, str):
            print(chosen, file=sys.stderr)
            return 2
        start_step = chosen
    from game.app import run

    return run(
        pack=args.pack,
        language=args.lang,
        fullscreen=args.fullscreen,
        watch=args.watch,
        start_step=start_step,
    )


def _check(args: argparse.Namespace) -> int:
    from game.commands.check import check_command

    return check_command(
        args.paths, output_format=args.format, strict=args.strict, language=args.lang
    )


def _schema(args: argparse.Namespace) -> int:
    from game.commands.schema import write_schema

    return write_schema(args.file)


def _new_pack(args: argparse.Namespace) -> int:
    from game.commands.new_pack import new_pack

    return new_pack(args.folder, pack_id=args.pack_id, title=args.title, language=args.language)


def _translate(args: argparse.Namespace) -> int:
    from game.commands.translate import translate_command

    return translate_command(pack=args.pack, language=args.lang, stats=args.stats)


def _export(args: argparse.Namespace) -> int:
    from game.commands.export_import import export_command

    return export_command(args.pack, args.out, include_source=args.include_source)


def _import(args: argparse.Namespace) -> int:
    from game.commands.export_import import import_command

    return import_command(args.file, args.into, replace=args.replace)


def _results(args: argparse.Namespace) -> int:
    from game.commands.results import results_command

    return results_command(pack_id=args.pack, out=args.out)


def _class(args: argparse.Namespace) -> int:
    from game.commands import class_

    language = args.lang
    if args.class_command == "connect":
        return class_.connect_command(
            args.endpoint,
            args.username,
            args.password,
            args.class_name,
            language=language,
            check=not args.no_check,
        )
    if args.class_command == "sync":
        return class_.sync_command(language, retry_refused=args.retry_refused)
    if args.class_command == "results":
        return class_.results_command(args.pack, args.since, args.csv, language=language)
    if args.class_command == "status":
        return class_.status_command(language)
    return class_.disconnect_command(language)


def _moodle(args: argparse.Namespace) -> int:
    from game.commands.moodle import moodle_command

    return moodle_command(args.pack, args.out, language=args.lang)


def _screenshots(args: argparse.Namespace) -> int:
    from game.devtools.screenshots import screenshots_command

    return screenshots_command(
        args.folder, languages=args.lang, size=args.size, text_scale=args.text_scale
    )


def _draft(args: argparse.Namespace) -> int:
    from game.commands.draft import draft_command

    return draft_command(
        args.article,
        args.out,
        language=args.lang,
        date=args.date,
        title=args.title,
        force=args.force,
        messages=args.messages,
    )


def _bench(args: argparse.Namespace) -> int:
    from game.devtools.bench import bench_command

    return bench_command(as_json=args.json)


HANDLERS = {
    "play": _play,
    "check": _check,
    "schema": _schema,
    "new-pack": _new_pack,
    "translate": _translate,
    "export": _export,
    "import": _import,
    "results": _results,
    "moodle": _moodle,
    "screenshots": _screenshots,
    "bench": _bench,
    "draft": _draft,
    "class": _class,
}
