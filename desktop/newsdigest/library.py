"""Use cases: what the GUI and the command line do with a store.

This is the one module that ties readers, the extractor, the store and the
exporters together.  Everything here is synchronous and Qt-free; the GUI runs
the long ones (imports, exports) on its worker thread and passes
``progress``/``cancelled`` callbacks.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from newsdigest import ingest, paths
from newsdigest.domain.errors import AppError, ImportFailed
from newsdigest.domain.models import ArticleDraft, Extraction, plural
from newsdigest.extract import KEY_VERSION, entity_key, extract_article
from newsdigest.store import annotations, articles, entries, open_database
from newsdigest.store import entities as store_entities

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

SAMPLE = "kursk-2025.txt"

#: Longest text taken as one article.  News articles are a few thousand
#: characters; anything past this is a book or a dump, and extracting it
#: would hold the worker for minutes and flood the store.
MAX_ARTICLE_CHARS = 1_000_000


@dataclass
class ImportResult:
    """What happened to one file (or one pasted text)."""

    source: str
    status: str  # "imported", "duplicate" or "error"
    message: str = ""
    article_ids: list[int] = field(default_factory=list)
    entries: int = 0
    duplicates: int = 0

    def line(self, *, short: bool = False) -> str:
        """One line for the command line; ``short`` names the file without its folder."""
        if self.status == "error":
            message = self.message
            if short and message.startswith(f"{self.source}: "):
                message = f"{Path(self.source).name}: {message[len(self.source) + 2:]}"
            return f"error: {message}"
        if self.status == "duplicate":
            return f"duplicate: {self.source} (already in the store)"
        extra = f", {plural(self.duplicates, 'duplicate')} skipped" if self.duplicates else ""
        return (f"imported: {self.source} ({plural(len(self.article_ids), 'article')}, "
                f"{plural(self.entries, 'entry', 'entries')}{extra})")


def open_store(path: str | Path | None = None, *, seed_sample: bool | None = None,
               **kwargs) -> Database:
    """Open a store; the default store gets the bundled sample on its first start."""
    target = Path(path) if path else paths.default_store_path()
    is_new = not target.exists()
    db = open_database(target, **kwargs)
    refresh_entity_keys(db)
    if seed_sample is None:
        seed_sample = path is None and is_new
    if seed_sample:
        list(import_paths(db, [paths.resource_path("samples", SAMPLE)]))
    return db


def refresh_entity_keys(db: Database) -> int:
    """Key every stored entity with this extractor's entity_key, once per KEY_VERSION.

    A newer extractor may key a name differently ("U.S. Federal Reserve" and "Federal
    Reserve" became one key): without this, the next article naming it would start a second
    entity beside the one already annotated.  Keys are only added; returns how many.
    """
    if store_entities.meta(db, "entity_key_version") == str(KEY_VERSION):
        return 0
    added = store_entities.add_keys(db, [(eid, etype, key) for eid, etype, names in store_entities.keyed_names(db)
                                         for key in sorted({entity_key(etype, n) for n in names}) if key])
    store_entities.set_meta(db, "entity_key_version", str(KEY_VERSION))
    if added:
        log.info("entity keys refreshed to version %s: %d new", KEY_VERSION, added)
    return added


def entities_with_keys(extraction: Extraction) -> list:
    """Pair each extracted entity with the normalised names that identify it."""
    out = []
    for entity in extraction.entities:
        keys = {entity_key(entity.type, name) for name in [entity.name, *entity.aliases]}
        out.append((entity, sorted(k for k in keys if k)))
    return out


def import_draft(db: Database, draft: ArticleDraft, *, analyst: str = "") -> tuple[str, int | None, int]:
    """Store one article with what extraction finds; ``("duplicate", id, 0)`` if known."""
    if len(draft.text) > MAX_ARTICLE_CHARS:
        raise ImportFailed(draft.source_name or "article",
                           f"too long for one article ({len(draft.text):,} characters; the limit "
                           f"is {MAX_ARTICLE_CHARS:,}): split it into separate articles")
    existing = articles.find_by_hash(db, articles.content_hash(draft.text))
    if existing is not None:
        return "duplicate", existing, 0
    extraction = extract_article(draft.text, published=draft.published, title=draft.title)
    article = articles.add_article(db, draft, extraction.entries,
                                   entities_with_keys(extraction), analyst=analyst)
    return "imported", article.id, len(extraction.entries)


def _import_drafts(db: Database, source: str, drafts: list[ArticleDraft],
                   analyst: str) -> ImportResult:
    result = ImportResult(source, "imported")
    for draft in drafts:
        status, article_id, n = import_draft(db, draft, analyst=analyst)
        if status == "duplicate":
            result.duplicates += 1
        else:
            result.article_ids.append(article_id)
            result.entries += n
    if not result.article_ids and result.duplicates:
        result.status = "duplicate"
    return result


def import_paths(db: Database, sources: Iterable[str | Path], *, analyst: str = "",
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Iterator[ImportResult]:
    """Import files and folders, yielding one result per file.

    A file that fails leaves the store as it was; the others go on.  Checking
    ``cancelled`` between files means a cancelled import keeps what finished.
    """
    files = list(ingest.iter_import_files(sources))
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            return
        if progress is not None:
            progress(done, len(files), str(path))
        yield import_file(db, path, analyst=analyst)
    if progress is not None:
        progress(len(files), len(files), "")


def import_file(db: Database, path: str | Path, *, analyst: str = "") -> ImportResult:
    """Import one file; errors become an ``error`` result naming the file."""
    try:
        drafts = ingest.read_path(path)
        return _import_drafts(db, Path(path).name, drafts, analyst)
    except ImportFailed as exc:
        message = str(exc) if exc.path == str(path) else f"{path}: {exc.reason}"
        return ImportResult(str(path), "error", message)
    except AppError as exc:
        return ImportResult(str(path), "error", f"{path}: {exc}")
    except Exception as exc:  # an extractor or reader bug must not stop a batch
        log.exception("import of %s failed", path)
        return ImportResult(str(path), "error", f"{path}: unexpected error ({exc})")


def import_pasted(db: Database, text: str, *, title: str = "", outlet: str = "",
                  published: str | None = None, url: str = "", analyst: str = "") -> ImportResult:
    """Import an article pasted into the GUI or piped to ``newsdigest import -``."""
    try:
        draft = ingest.read_pasted(text, title=title, outlet=outlet, published=published, url=url)
        return _import_drafts(db, title or "pasted text", [draft], analyst)
    except ImportFailed as exc:
        return ImportResult("pasted text", "error", str(exc))
    except Exception as exc:  # an extractor bug: the analyst's text is refused with a reason, not lost silently
        log.exception("import of pasted text failed")
        return ImportResult("pasted text", "error", f"pasted text: unexpected error ({exc})")


# --- annotation use cases --------------------------------------------------------

def annotate(db: Database, entry_id: int, *, analyst: str, note: str | None = None,
             tags: Iterable[str] = (), untags: Iterable[str] = (), status: str | None = None,
             credibility: int | None = None, include: bool | None = None,
             priority: int | None = None):
    """Apply several annotation changes to one entry, each logged in history."""
    entries.get_entry(db, entry_id)  # raises NotFound for unknown or deleted entries
    changes = {"note": note, "status": status, "credibility": credibility,
               "include_in_brief": include, "priority": priority}
    for name, value in changes.items():
        if value is not None:
            annotations.set_field(db, entry_id, name, value, analyst=analyst)
    for tag in tags:
        annotations.add_tag(db, [entry_id], tag, analyst=analyst)
    for tag in untags:
        annotations.remove_tag(db, [entry_id], tag, analyst=analyst)
    return annotations.get_annotation(db, entry_id)


def entry_record(db: Database, entry_id: int, *, with_history: bool = False) -> dict:
    """An entry with its annotation (and history) as plain JSON-ready data."""
    from dataclasses import asdict

    from newsdigest.store import history
    from newsdigest.store.entities import entities_of_entry

    entry = entries.get_entry(db, entry_id)
    article = articles.get_article(db, entry.article_id)
    note = annotations.get_annotation(db, entry_id)
    record = {
        "id": entry.id, "article_id": entry.article_id, "source": article.source_name,
        "article_title": article.title, "outlet": article.outlet, "kind": entry.kind,
        "quote_type": entry.quote_type, "text": entry.text, "speaker": entry.speaker,
        "role": entry.role, "cue": entry.cue, "speaker_candidates": entry.speaker_candidates,
        "start": entry.start, "end": entry.end, "actors": entry.actors, "action": entry.action,
        "places": entry.places, "when": entry.when, "date": entry.date,
        "numbers": [asdict(n) for n in entry.numbers], "event_type": entry.event_type,
        "confidence": entry.confidence, "origin": entry.origin,
        "entities": [{"id": e.id, "type": e.type, "name": e.name}
                     for e in entities_of_entry(db, entry_id)],
        "reliability": article.reliability, "note": note.note,
        "credibility": note.credibility, "status": note.status,
        "include_in_brief": note.include_in_brief, "priority": note.priority,
        "tags": note.tags, "analyst": note.analyst, "updated_at": note.updated_at,
    }
    record["annotation"] = {k: record[k] for k in ("note", "credibility", "status",
                                                   "include_in_brief", "priority", "tags",
                                                   "analyst", "updated_at")}
    if with_history:
        record["history"] = [asdict(h) for h in history.for_entry(db, entry_id)]
    return record
