"""Combining two analysts' work without a server: annotation files.

A file carries, per annotated entry, the article's content hash and the
entry's kind and offsets, so another store holding the same articles finds
the same entry.  Importing never overwrites silently: a field changed on both
sides to different values becomes a :class:`Conflict`, ours stays in place,
and the pair waits in the store until the analyst chooses.  Qt-free.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from newsdigest.domain.errors import AppError
from newsdigest.domain.models import Entry
from newsdigest.store import annotations, articles, conflicts, entries, history
from newsdigest.store.clock import now
from newsdigest.store.conflicts import RELIABILITY_PREFIX, Conflict

FORMAT = "newsdigest-annotations"
#: ``Change.field`` of an entry the import created (an analyst-made entry of theirs).
CREATED = "created"
VERSION = 1

__all__ = ["Change", "Conflict", "ExchangeError", "ExchangeReport", "export_annotations",
           "format_conflict", "format_unmatched", "import_annotations"]


class ExchangeError(AppError):
    """An annotation file that cannot be read: "<file>: <reason>"."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason


@dataclass
class Change:
    """One value an import wrote (``old`` is ``None`` for an added tag)."""

    entry_id: int | None
    field: str  # annotation field, "tags", "created" or "reliability:<outlet>"
    old: object
    new: object


@dataclass
class ExchangeReport:
    """What an import did: changes applied, entries not found, conflicts kept."""

    applied: int = 0
    unmatched: list[dict] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    their_analyst: str = ""


# --- export ------------------------------------------------------------------------

def export_annotations(db: Database, path: str | Path, *, analyst: str = "") -> int:
    """Write every non-default annotation to ``path`` (atomically); returns how many."""
    hashes: dict[int, str] = {}
    items = []
    for entry_id in annotations.annotated_entry_ids(db):
        entry = entries.get_entry(db, entry_id)
        if entry.article_id not in hashes:
            hashes[entry.article_id] = articles.get_article(db, entry.article_id).content_hash
        items.append(_entry_item(entry, annotations.get_annotation(db, entry_id),
                                 hashes[entry.article_id]))
    sources = [{"outlet": s.name, "reliability": s.reliability}
               for s in articles.list_sources(db) if s.reliability]
    document = {"format": FORMAT, "version": VERSION, "exported_at": now(),
                "analyst": analyst, "sources": sources, "entries": items}
    _write_atomic(Path(path), json.dumps(document, ensure_ascii=False, indent=1))
    return len(items)


def _entry_item(entry, note, digest: str) -> dict:
    return {
        "article_hash": digest,
        "entry": {"kind": entry.kind, "start": entry.start, "end": entry.end,
                  "text": entry.text, "origin": entry.origin, "speaker": entry.speaker,
                  "quote_type": entry.quote_type, "date": entry.date},
        "annotation": {name: getattr(note, name) for name in annotations.FIELDS},
        "tags": note.tags, "updated_at": note.updated_at, "analyst": note.analyst,
    }


def _write_atomic(path: Path, text: str) -> None:
    # Write a sibling temp file, flush it to disk, then rename over the target:
    # a crash leaves either the old file or the new one, never half of one.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- import ------------------------------------------------------------------------

def import_annotations(db: Database, path: str | Path, *, analyst: str) -> ExchangeReport:
    """Merge another analyst's annotation file into ``db``.

    A field where ours is the default takes theirs; equal values do nothing;
    values both analysts changed differently become conflicts (ours kept).
    Tags are united.  The file is checked whole before anything is written,
    and everything is written in one transaction.
    """
    document = _read(Path(path))
    # A file exported without a name falls back on who last edited its entries.
    names = {str(i.get("analyst") or "") for i in document["entries"]} - {""}
    their = str(document.get("analyst") or (names.pop() if len(names) == 1 else "")
                or "another analyst")
    report = ExchangeReport(their_analyst=their)
    who = f"{analyst} (from {their})"
    with db.atomic():
        for item in document["sources"]:
            _merge_source(db, item, report, who, str(path))
        for item in document["entries"]:
            entry_id = _match(db, item) or _create(db, item, report, who)
            if entry_id is None:
                report.unmatched.append(item)
                continue
            _merge_entry(db, entry_id, item, report, who, str(path))
    return report


def _read(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExchangeError(path, exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(path, f"not an annotation file (invalid JSON: {exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(path, "not a News Digest annotation file")
    if document.get("version") != VERSION:
        raise ExchangeError(path, f"unsupported version {document.get('version')!r}"
                                  f" (this News Digest reads version {VERSION})")
    document.setdefault("sources", [])
    for n, item in enumerate(document.get("entries") or []):
        _check_item(path, n, item)
    document["entries"] = document.get("entries") or []
    return document


def _check_item(path: Path, n: int, item: object) -> None:
    try:
        entry = item["entry"]
        int(entry["start"]), int(entry["end"]), str(item["article_hash"])
        for name, value in item["annotation"].items():
            item["annotation"][name] = annotations.validate(name, value)
        item["tags"] = [annotations.clean_tag(t) for t in item.get("tags") or []]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExchangeError(path, f"entry {n + 1} is malformed ({exc})") from exc


def _match(db: Database, item: dict) -> int | None:
    article_id = articles.find_by_hash(db, item["article_hash"])
    if article_id is None:
        return None
    entry = item["entry"]
    return entries.find_entry(db, article_id, str(entry.get("kind", "")),
                              int(entry["start"]), int(entry["end"]))


def _create(db: Database, item: dict, report: ExchangeReport, who: str) -> int | None:
    """Bring over an entry the other analyst made, if its article and text are here."""
    spec = item["entry"]
    article_id = articles.find_by_hash(db, item["article_hash"])
    if spec.get("origin") != "analyst" or article_id is None:
        return None
    start, end = int(spec["start"]), int(spec["end"])
    if articles.get_article(db, article_id).text[start:end] != spec.get("text"):
        return None  # offsets that do not point at the same words: never guess
    made = entries.add_entry(db, article_id, Entry(
        kind=str(spec.get("kind") or "event"), text=spec["text"], start=start, end=end,
        speaker=str(spec.get("speaker") or ""), quote_type=spec.get("quote_type"),
        date=spec.get("date"), confidence=1.0), analyst=who)
    report.changes.append(Change(made.id, CREATED, None, made.id))
    return made.id


def _merge_entry(db: Database, entry_id: int, item: dict, report: ExchangeReport,
                 who: str, source: str) -> None:
    ours = annotations.get_annotation(db, entry_id)
    for name, theirs in item["annotation"].items():
        mine = annotations.validate(name, getattr(ours, name))
        if _takes_theirs(db, entry_id, name, mine, theirs, report.their_analyst):
            annotations.set_field(db, entry_id, name, theirs, analyst=who)
            report.changes.append(Change(entry_id, name, getattr(ours, name), theirs))
        elif mine != theirs and theirs != annotations.validate(name, annotations.DEFAULTS[name]):
            _conflict(db, report, Conflict(entry_id, name, getattr(ours, name),
                                           _plain(name, theirs), report.their_analyst,
                                           entries.get_entry(db, entry_id).text,
                                           source_file=source))
    for tag in item["tags"]:
        if tag not in ours.tags:
            annotations.add_tag(db, [entry_id], tag, analyst=who)
            report.changes.append(Change(entry_id, "tags", None, tag))
    report.applied = len(report.changes)


def _takes_theirs(db: Database, entry_id: int, name: str, mine: object, theirs: object,
                  their: str) -> bool:
    default = annotations.validate(name, annotations.DEFAULTS[name])
    if mine == theirs or theirs == default:
        return False
    if mine == default:
        return True
    # Ours came from this same analyst's earlier file: their newer value is no clash.
    last = history.last_change(db, entry_id, name)
    return last is not None and last.analyst.endswith(f"(from {their})")


def _plain(name: str, value: object) -> object:
    return bool(value) if name == "include_in_brief" else value


def _merge_source(db: Database, item: dict, report: ExchangeReport, who: str,
                  source: str) -> None:
    outlet, grade = str(item.get("outlet") or ""), item.get("reliability")
    if not outlet or grade not in tuple("ABCDEF"):
        return
    mine = next((s.reliability for s in articles.list_sources(db) if s.name == outlet), None)
    if mine == grade:
        return
    if mine is None:
        articles.set_reliability(db, outlet, grade, analyst=who)
        report.changes.append(Change(None, RELIABILITY_PREFIX + outlet, None, grade))
        report.applied = len(report.changes)
    else:
        _conflict(db, report, Conflict(None, RELIABILITY_PREFIX + outlet, mine, grade,
                                       report.their_analyst, outlet, source_file=source))


def _conflict(db: Database, report: ExchangeReport, conflict: Conflict) -> None:
    if conflicts.settled(db, conflict):
        return  # the analyst already chose ours over this very value
    conflicts.add(db, conflict)
    report.conflicts.append(conflict)


def format_conflict(c: Conflict) -> str:
    """One line for the command line: both values and who made theirs."""
    where = f"entry {c.entry_id}" if c.entry_id is not None else "source"
    return (f"conflict: {where} {c.field}: ours={_show(c.ours)} theirs={_show(c.theirs)}"
            f" ({c.their_analyst})")


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value).lower() if isinstance(value, bool) else str(value)


def format_unmatched(item: dict) -> str:
    """One line for an entry of the file that this store does not hold."""
    entry = item.get("entry") or {}
    text = " ".join(str(entry.get("text", "")).split())[:60]
    return (f"unmatched: {entry.get('kind', '?')} at {entry.get('start')}-{entry.get('end')}"
            f" of article {str(item.get('article_hash', ''))[:12]}: {text!r}")
