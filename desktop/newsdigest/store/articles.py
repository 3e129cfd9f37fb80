"""Articles and their outlets (``sources``), written one article per transaction."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.domain.models import Annotation, Article, ArticleDraft, Entity, Entry
from newsdigest.store import history
from newsdigest.store.clock import now
from newsdigest.store.entities import link_entities
from newsdigest.store.rows import entry_to_row, row_to_article

_ARTICLE_SELECT = """
SELECT a.*, s.reliability AS reliability FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
"""


def content_hash(text: str) -> str:
    """Identity of an article: SHA-256 of its text with whitespace folded."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def find_by_hash(db: Database, digest: str) -> int | None:
    """Id of the stored article with this content hash, or ``None``."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
    return row[0] if row else None


def source_id(db: Database, outlet: str) -> int | None:
    """Id of the outlet's ``sources`` row, created on first use."""
    if not outlet:
        return None
    row = db.execute("SELECT id FROM sources WHERE name = ?", [outlet]).fetchone()
    if row:
        return row[0]
    return db["sources"].insert({"name": outlet, "reliability": None}).last_pk


def add_article(db: Database, draft: ArticleDraft, entries: list[Entry],
                entities: list[tuple[Entity, list[str]]], *, analyst: str = "") -> Article:
    """Store an article with its entries and entities, all or nothing.

    ``entities`` pairs each entity with its normalised keys (computed by the
    extractor) so that the same person in two articles becomes one entity.
    """
    with db.atomic():
        stamp = now()
        article_id = db["articles"].insert({
            "title": draft.title, "outlet": draft.outlet, "byline": draft.byline,
            "url": draft.url, "published": draft.published, "language": draft.language,
            "text": draft.text, "content_hash": content_hash(draft.text),
            "imported_at": stamp, "source_name": draft.source_name,
            "source_id": source_id(db, draft.outlet),
        }).last_pk
        add_entries(db, article_id, entries, entities, analyst=analyst, stamp=stamp)
    return get_article(db, article_id)


def add_entries(db: Database, article_id: int, entries: list[Entry],
                entities: list[tuple[Entity, list[str]]], *, analyst: str,
                stamp: str) -> list[int]:
    """Insert entries (each with a fresh annotation) and link their entities."""
    ids = []
    for entry in entries:
        # Plain statements: sqlite-utils' insert() re-reads the table schema on
        # every call, which cost more than extraction on large imports.
        row = entry_to_row(entry, article_id)
        entry_id = db.execute(_INSERT_ENTRY, [row[c] for c in _ENTRY_COLUMNS]).lastrowid
        db.execute(_INSERT_ANNOTATION, [entry_id, analyst, stamp, stamp])
        entry.id, entry.article_id = entry_id, article_id
        ids.append(entry_id)
    link_entities(db, entries, entities)
    return ids


_ENTRY_COLUMNS = ("article_id", "kind", "quote_type", "text", "speaker", "role", "cue",
                  "speaker_candidates", "actors", "action", "places", "when_text", "date",
                  "numbers", "event_type", "confidence", "origin", "start", "end", "deleted")
_INSERT_ENTRY = (f"INSERT INTO entries ({', '.join(f'[{c}]' for c in _ENTRY_COLUMNS)})"
                 f" VALUES ({', '.join('?' for _ in _ENTRY_COLUMNS)})")
_INSERT_ANNOTATION = ("INSERT INTO annotations (entry_id, note, status, include_in_brief,"
                      " priority, analyst, created_at, updated_at)"
                      " VALUES (?, '', 'new', 0, 0, ?, ?, ?)")


def get_article(db: Database, article_id: int) -> Article:
    row = db.execute(_ARTICLE_SELECT + " WHERE a.id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    return row_to_article(_as_dict(db, row))


def list_articles(db: Database) -> list[tuple[Article, int]]:
    """Every article (without its text) with its number of live entries, newest first."""
    sql = """
    SELECT a.id, a.title, a.outlet, a.byline, a.url, a.published, a.language, '' AS text,
           a.content_hash, a.imported_at, a.source_name, a.source_id,
           s.reliability AS reliability,
           (SELECT count(*) FROM entries e WHERE e.article_id = a.id AND e.deleted = 0) AS n
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
    ORDER BY coalesce(a.published, substr(a.imported_at, 1, 10)) DESC, a.id DESC
    """
    cursor = db.execute(sql)
    names = [d[0] for d in cursor.description]
    out = []
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        out.append((row_to_article(row), row["n"]))
    return out


def delete_article(db: Database, article_id: int) -> None:
    """Remove an article with everything hanging off it."""
    with db.atomic():
        ids = "SELECT id FROM entries WHERE article_id = ?"
        for table in ("entry_entities", "entry_tags", "annotations"):
            db.execute(f"DELETE FROM {table} WHERE entry_id IN ({ids})", [article_id])
        db.execute("DELETE FROM entries WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        orphans = "SELECT id FROM entities WHERE id NOT IN (SELECT entity_id FROM entry_entities)"
        db.execute(f"DELETE FROM entity_keys WHERE entity_id IN ({orphans})")
        db.execute(f"DELETE FROM entities WHERE id IN ({orphans})")


@dataclass
class Source:
    id: int
    name: str
    reliability: str | None
    articles: int


def list_sources(db: Database) -> list[Source]:
    rows = db.execute("""SELECT s.id, s.name, s.reliability,
        (SELECT count(*) FROM articles a WHERE a.source_id = s.id) FROM sources s
        ORDER BY s.name""").fetchall()
    return [Source(*row) for row in rows]


def set_reliability(db: Database, outlet: str, grade: str | None, *, analyst: str) -> None:
    """Grade an outlet A-F (``None`` clears it); its articles inherit the grade."""
    if grade is not None and grade not in "ABCDEF" or grade == "":
        raise ValueError(f"reliability must be one of A-F, not {grade!r}")
    with db.atomic():
        sid = source_id(db, outlet)
        old = db.execute("SELECT reliability FROM sources WHERE id = ?", [sid]).fetchone()[0]
        if old == grade:
            return
        db.execute("UPDATE sources SET reliability = ? WHERE id = ?", [grade, sid])
        history.record(db, None, "source", f"reliability:{outlet}", old, grade, analyst)


def _as_dict(db: Database, row: tuple) -> dict:
    names = [d[0] for d in db.execute(_ARTICLE_SELECT + " LIMIT 0").description]
    return dict(zip(names, row))


__all__ = ["Annotation", "add_article", "add_entries", "content_hash", "delete_article",
           "find_by_hash", "get_article", "list_articles", "list_sources", "set_reliability"]
