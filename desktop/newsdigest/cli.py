"""The command line: the GUI's jobs, headless.

``newsdigest`` alone opens the GUI; every subcommand takes ``--store PATH``
(default: the store in the user data folder).  Errors go to stderr, name the
file and the reason, and exit non-zero.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsdigest import __version__

EXIT_ERROR = 1
EXIT_USAGE = 2


def _store_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--store", metavar="PATH", default=argparse.SUPPRESS,
                        help="the store file (created if missing; default: the user's store)")
    parent.add_argument("--analyst", default=argparse.SUPPRESS,
                        help="name recorded in history (default: from Preferences)")
    return parent


def _selection_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--included-only", action="store_true",
                   help="only entries marked 'include in brief'")
    p.add_argument("--tag", help="only entries with this tag")
    p.add_argument("--search", help="only entries matching this full-text search")
    p.add_argument("--min-credibility", type=int, choices=range(1, 7), metavar="N",
                   help="only entries graded 1..N")
    p.add_argument("--recipe", help="start from a saved brief recipe")


def build_parser() -> argparse.ArgumentParser:
    common = _store_parent()
    parser = argparse.ArgumentParser(prog="newsdigest", parents=[common],
                                     description="Events and quotes from news articles.")
    parser.add_argument("--version", action="version", version=f"newsdigest {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", parents=[common], help="open the desktop window (the default)")
    p = sub.add_parser("import", parents=[common], help="import files, folders, or - for stdin")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--title", default="", help="title of the article read from stdin")
    p.add_argument("--outlet", default="", help="outlet of the article read from stdin")
    p.add_argument("--date", default=None, help="ISO date of the article read from stdin")

    p = sub.add_parser("list", parents=[common], help="list entries")
    p.add_argument("--kind", action="append", choices=["event", "quote", "claim"])
    p.add_argument("--search")
    p.add_argument("--speaker", action="append")
    p.add_argument("--tag", action="append")
    p.add_argument("--status", action="append",
                   choices=["new", "reviewed", "flagged", "dismissed"])
    p.add_argument("--article", type=int, action="append")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser("show", parents=[common], help="one entry with its annotation and history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("entities", parents=[common], help="people, places, organisations")
    p.add_argument("--type", choices=["person", "place", "organisation"])
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("articles", parents=[common], help="list the stored articles")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reextract", parents=[common],
                       help="run extraction again, keeping annotations")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="article ids")
    p.add_argument("--all", action="store_true", help="every article")

    p = sub.add_parser("annotate", parents=[common], help="annotate an entry")
    p.add_argument("id", type=int)
    p.add_argument("--note")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--untag", action="append", default=[])
    p.add_argument("--status", choices=["new", "reviewed", "flagged", "dismissed"])
    p.add_argument("--credibility", type=int, choices=range(1, 7), metavar="N")
    p.add_argument("--priority", type=int, choices=range(0, 4), metavar="N")
    inc = p.add_mutually_exclusive_group()
    inc.add_argument("--include", dest="include", action="store_const", const=True)
    inc.add_argument("--exclude", dest="include", action="store_const", const=False)

    p = sub.add_parser("source", parents=[common], help="grade an outlet's reliability (A-F)")
    p.add_argument("outlet")
    p.add_argument("--reliability", required=True, choices=list("ABCDEF") + ["none"])

    p = sub.add_parser("annotations", parents=[common],
                       help="share annotations with another analyst's store")
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file")

    p = sub.add_parser("brief", parents=[common], help="write the PDF brief")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--title")
    p.add_argument("--subtitle")
    p.add_argument("--author")
    p.add_argument("--organisation")
    p.add_argument("--marking")
    p.add_argument("--summary")
    p.add_argument("--page-size", choices=["A4", "Letter"])
    p.add_argument("--no-notes", action="store_true")
    p.add_argument("--no-grades", action="store_true")
    _selection_options(p)

    p = sub.add_parser("export", parents=[common], help="export entries as md, csv or json")
    p.add_argument("--format", required=True, choices=["md", "csv", "json"])
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--title")
    _selection_options(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from newsdigest.__main__ import main as gui_main

        return gui_main(["--store", args.store] if getattr(args, "store", None) else [])
    from newsdigest.cli_commands import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["build_parser", "main"]
