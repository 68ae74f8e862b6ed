"""Every ``okuya`` command: the argument parsing, and a call into the module that does the work.

Handlers import their module lazily so that ``okuya check`` never loads pygame and the
game starts fast.
"""

from __future__ import annotations

import argparse
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

    bench = commands.add_parser(
        "bench", help="measure CPU (in a real window), start time, memory, frame time"
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _add_play_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", help="play this pack folder (default: the built-in packs)")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="the interface language")
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument(
        "--watch", action="store_true", help="reload the pack when its files change (for authors)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
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
    from game.app import run

    return run(pack=args.pack, language=args.lang, fullscreen=args.fullscreen, watch=args.watch)


def _check(args: argparse.Namespace) -> int:
    from game.model.report import check_command

    return check_command(
        args.paths, output_format=args.format, strict=args.strict, language=args.lang
    )


def _schema(args: argparse.Namespace) -> int:
    from game.model.schema import write_schema

    return write_schema(args.file)


def _new_pack(args: argparse.Namespace) -> int:
    from game.model.template import new_pack

    return new_pack(args.folder, pack_id=args.pack_id, title=args.title, language=args.language)


def _translate(args: argparse.Namespace) -> int:
    from game.i18n.commands import translate_command

    return translate_command(pack=args.pack, language=args.lang, stats=args.stats)


def _export(args: argparse.Namespace) -> int:
    from game.storage.packfiles import export_command

    return export_command(args.pack, args.out)


def _import(args: argparse.Namespace) -> int:
    from game.storage.packfiles import import_command

    return import_command(args.file, args.into, replace=args.replace)


def _results(args: argparse.Namespace) -> int:
    from game.storage.results import results_command

    return results_command(pack_id=args.pack, out=args.out)


def _moodle(args: argparse.Namespace) -> int:
    from game.model.moodle import moodle_command

    return moodle_command(args.pack, args.out, language=args.lang)


def _screenshots(args: argparse.Namespace) -> int:
    from game.devtools.screenshots import screenshots_command

    return screenshots_command(
        args.folder, languages=args.lang, size=args.size, text_scale=args.text_scale
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
}
