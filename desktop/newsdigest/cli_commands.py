"""What each ``newsdigest`` subcommand does (argument parsing is in ``cli.py``)."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from newsdigest import briefing, library, settings
from newsdigest.domain.brief import BriefSpec
from newsdigest.domain.errors import AppError
from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import plural
from newsdigest.store import articles as store_articles
from newsdigest.store import entities as store_entities
from newsdigest.store.queries import entry_ids

EXIT_ERROR = 1


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; ``AppError`` becomes a message on stderr and exit 1."""
    analyst = getattr(args, "analyst", None) or settings.load().analyst
    try:
        db = library.open_store(getattr(args, "store", None))
    except AppError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](db, args, analyst)
    except AppError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    except ValueError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    finally:
        db.close()


def cmd_import(db, args, analyst) -> int:
    failed = 0
    files = [p for p in args.paths if p != "-"]
    for result in library.import_paths(db, files, analyst=analyst):
        (_err if result.status == "error" else _out)(result.line())
        failed += result.status == "error"
    if "-" in args.paths:
        result = library.import_pasted(db, sys.stdin.read(), title=args.title,
                                       outlet=args.outlet, published=args.date, analyst=analyst)
        (_err if result.status == "error" else _out)(result.line().replace("pasted text", "stdin"))
        failed += result.status == "error"
    return EXIT_ERROR if failed else 0


def cmd_list(db, args, analyst) -> int:
    f = EntryFilter(search=args.search or "", kinds=args.kind or [], speakers=args.speaker or [],
                    tags=args.tag or [], statuses=args.status or [],
                    article_ids=args.article or [])
    ids = entry_ids(db, f, limit=args.limit)
    records = [library.entry_record(db, i) for i in ids]
    if args.json:
        _out(json.dumps(records, ensure_ascii=False, indent=1))
        return 0
    for r in records:
        who = f" — {r['speaker']}" if r["speaker"] else ""
        when = f" [{r['date'] or r['when']}]" if (r["date"] or r["when"]) else ""
        _out(f"{r['id']:>6}  {r['kind']:<5} {r['text'][:90]}{who}{when}")
    _err(f"{len(records)} entries")
    return 0


def cmd_show(db, args, analyst) -> int:
    record = library.entry_record(db, args.id, with_history=True)
    if args.json:
        _out(json.dumps(record, ensure_ascii=False, indent=1))
        return 0
    for key in ("id", "kind", "quote_type", "text", "speaker", "role", "cue", "when", "date",
                "places", "actors", "event_type", "source", "status", "credibility",
                "reliability", "include_in_brief", "tags", "note"):
        value = record[key]
        if value not in (None, "", []):
            _out(f"{key:>16}: {value}")
    for h in record["history"]:
        _out(f"{'history':>16}: {h['at']} {h['analyst']} {h['field']}: "
             f"{h['old_value']!r} -> {h['new_value']!r}")
    return 0


def cmd_entities(db, args, analyst) -> int:
    found = store_entities.list_entities(db, args.type)
    if args.json:
        _out(json.dumps([{"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases,
                          "count": e.count} for e in found], ensure_ascii=False, indent=1))
        return 0
    for e in found:
        aka = f"  (also: {', '.join(e.aliases)})" if e.aliases else ""
        _out(f"{e.id:>5}  {e.type:<12} {e.name}  ×{e.count}{aka}")
    return 0


def cmd_articles(db, args, analyst) -> int:
    rows = store_articles.list_articles(db)
    if args.json:
        data = []
        for article, n in rows:
            d = asdict(article)
            d.pop("text")
            d["entries"] = n
            data.append(d)
        _out(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for article, n in rows:
        _out(f"{article.id:>5}  {article.published or '—':<10}  "
             f"{article.title or article.source_name}  ({article.outlet or 'no outlet'}, {n} entries)")
    return 0


def cmd_reextract(db, args, analyst) -> int:
    from newsdigest.reextract import reextract

    if not args.all and not args.ids:
        _err("error: name article ids or --all")
        return 2
    for report in reextract(db, None if args.all else args.ids, analyst=analyst):
        _out(report.line())
    return 0


def cmd_annotate(db, args, analyst) -> int:
    note = library.annotate(db, args.id, analyst=analyst, note=args.note, tags=args.tag,
                            untags=args.untag, status=args.status,
                            credibility=args.credibility, include=args.include,
                            priority=args.priority)
    _out(f"entry {args.id}: status={note.status} credibility={note.credibility or '-'} "
         f"include={'yes' if note.include_in_brief else 'no'} tags={','.join(note.tags) or '-'}")
    return 0


def cmd_source(db, args, analyst) -> int:
    grade = None if args.reliability == "none" else args.reliability
    store_articles.set_reliability(db, args.outlet, grade, analyst=analyst)
    _out(f"{args.outlet}: reliability {grade or 'cleared'}")
    return 0


def cmd_annotations(db, args, analyst) -> int:
    from newsdigest import exchange

    if args.action == "export":
        n = exchange.export_annotations(db, args.file, analyst=analyst)
        _out(f"exported annotations of {n} entries to {args.file}")
        return 0
    report = exchange.import_annotations(db, args.file, analyst=analyst)
    _out(f"applied {plural(report.applied, 'change')} from {args.file}")
    for conflict in report.conflicts:
        _out(exchange.format_conflict(conflict))
    for item in report.unmatched:
        _err(exchange.format_unmatched(item))
    return 0


def _spec(db, args) -> BriefSpec:
    spec = briefing.load_recipe(db, args.recipe) if args.recipe else BriefSpec()
    for name in ("title", "subtitle", "author", "organisation", "marking", "summary",
                 "page_size"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(spec, name, value)
    if args.included_only:
        spec.selection = "included"
    if args.tag:
        spec.tag = args.tag
    if args.search:
        spec.search = args.search
    if args.min_credibility:
        spec.min_credibility = args.min_credibility
    if getattr(args, "no_notes", False):
        spec.show_notes = False
    if getattr(args, "no_grades", False):
        spec.show_grades = False
    return spec


def cmd_brief(db, args, analyst) -> int:
    spec = _spec(db, args)
    if not spec.author:
        spec.author = analyst
    n, pages = briefing.write(db, "pdf", spec, args.out)
    _out(f"wrote {args.out}: {n} entries, {pages} page{'s' * (pages != 1)}")
    return 0


def cmd_export(db, args, analyst) -> int:
    spec = _spec(db, args)
    n, _ = briefing.write(db, args.format, spec, args.out)
    _out(f"wrote {args.out}: {n} entries")
    return 0


COMMANDS = {
    "import": cmd_import, "list": cmd_list, "show": cmd_show, "entities": cmd_entities,
    "articles": cmd_articles, "reextract": cmd_reextract, "annotate": cmd_annotate,
    "source": cmd_source, "annotations": cmd_annotations, "brief": cmd_brief,
    "export": cmd_export,
}
