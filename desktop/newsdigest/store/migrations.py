"""Schema, changed only by adding migrations at the end of this file.

Each migration runs in its own transaction (sqlite-utils ``Migrations``), so a
store is always at one well-defined version.  Never edit an applied migration:
add a new one.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("newsdigest")


@migrations()
def m001_initial(db: Database) -> None:
    db["sources"].create({"id": int, "name": str, "reliability": str}, pk="id",
                         not_null={"name"})
    db["sources"].create_index(["name"], unique=True)
    db["articles"].create({
        "id": int, "title": str, "outlet": str, "byline": str, "url": str,
        "published": str, "language": str, "text": str, "content_hash": str,
        "imported_at": str, "source_name": str, "source_id": int,
    }, pk="id", foreign_keys=[("source_id", "sources", "id")],
        not_null={"text", "content_hash", "imported_at"})
    db["articles"].create_index(["content_hash"], unique=True)
    db["articles"].create_index(["source_id"])
    db["entries"].create({
        "id": int, "article_id": int, "kind": str, "quote_type": str, "text": str,
        "speaker": str, "role": str, "cue": str, "speaker_candidates": str,
        "actors": str, "action": str, "places": str, "when_text": str, "date": str,
        "numbers": str, "event_type": str, "confidence": float, "origin": str,
        "start": int, "end": int, "deleted": int,
    }, pk="id", foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "kind", "text"}, defaults={"deleted": 0, "origin": "extracted"})
    for cols in (["article_id", "start"], ["kind"], ["speaker"], ["date"], ["event_type"]):
        db["entries"].create_index(cols)
    db["entities"].create({"id": int, "type": str, "name": str, "aliases": str},
                          pk="id", not_null={"type", "name"})
    db["entities"].create_index(["type", "name"])
    # Normalised names (canonical and aliases) that identify an entity across articles.
    db["entity_keys"].create({"key": str, "type": str, "entity_id": int},
                             pk=("type", "key"), foreign_keys=[("entity_id", "entities", "id")])
    db["entity_keys"].create_index(["entity_id"])
    db["entry_entities"].create({"entry_id": int, "entity_id": int, "role": str},
                                pk=("entry_id", "entity_id"),
                                foreign_keys=[("entry_id", "entries", "id"),
                                              ("entity_id", "entities", "id")])
    db["entry_entities"].create_index(["entity_id"])
    db["tags"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["tags"].create_index(["name"], unique=True)
    db["entry_tags"].create({"entry_id": int, "tag_id": int}, pk=("entry_id", "tag_id"),
                            foreign_keys=[("entry_id", "entries", "id"), ("tag_id", "tags", "id")])
    db["entry_tags"].create_index(["tag_id"])
    db["annotations"].create({
        "entry_id": int, "note": str, "credibility": int, "status": str,
        "include_in_brief": int, "priority": int, "analyst": str,
        "created_at": str, "updated_at": str,
    }, pk="entry_id", foreign_keys=[("entry_id", "entries", "id")],
        defaults={"note": "", "status": "new", "include_in_brief": 0, "priority": 0})
    for cols in (["status"], ["credibility"], ["include_in_brief"]):
        db["annotations"].create_index(cols)
    db["history"].create({
        "id": int, "entry_id": int, "target": str, "field": str, "old_value": str,
        "new_value": str, "analyst": str, "at": str,
    }, pk="id")
    db["history"].create_index(["entry_id", "id"])
    db["saved_searches"].create({"name": str, "query": str, "created_at": str}, pk="name")
    db["brief_recipes"].create({"name": str, "spec": str, "created_at": str}, pk="name")
    _create_search_index(db)


def _create_search_index(db: Database) -> None:
    # Triggers keep the full-text tables in step with every write path, so
    # no caller can forget to index (or un-index) a row.
    # Not executescript(): it would COMMIT the migration's transaction midway.
    for statement in _SEARCH_INDEX_SQL:
        db.execute(statement)


_SEARCH_INDEX_SQL = [
    """CREATE VIRTUAL TABLE entry_fts USING fts5(text, speaker, note, title,
tokenize = 'unicode61 remove_diacritics 2');""",
    """CREATE VIRTUAL TABLE article_fts USING fts5(title, text,
tokenize = 'unicode61 remove_diacritics 2');""",
    """CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
INSERT INTO entry_fts(rowid, text, speaker, note, title)
VALUES (new.id, new.text, coalesce(new.speaker, ''), '',
coalesce((SELECT title FROM articles WHERE id = new.article_id), ''));
END;""",
    """CREATE TRIGGER entries_au AFTER UPDATE OF text, speaker ON entries BEGIN
UPDATE entry_fts SET text = new.text, speaker = coalesce(new.speaker, '')
WHERE rowid = new.id;
END;""",
    """CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
DELETE FROM entry_fts WHERE rowid = old.id;
END;""",
    """CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN
UPDATE entry_fts SET note = coalesce(new.note, '') WHERE rowid = new.entry_id;
END;""",
    """CREATE TRIGGER annotations_au AFTER UPDATE OF note ON annotations BEGIN
UPDATE entry_fts SET note = coalesce(new.note, '') WHERE rowid = new.entry_id;
END;""",
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
INSERT INTO article_fts(rowid, title, text)
VALUES (new.id, coalesce(new.title, ''), new.text);
END;""",
    """CREATE TRIGGER articles_au AFTER UPDATE OF title ON articles BEGIN
UPDATE article_fts SET title = coalesce(new.title, '') WHERE rowid = new.id;
UPDATE entry_fts SET title = coalesce(new.title, '')
WHERE rowid IN (SELECT id FROM entries WHERE article_id = new.id);
END;""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
DELETE FROM article_fts WHERE rowid = old.id;
END;""",
]


@migrations()
def m002_annotation_conflicts(db: Database) -> None:
    # Edits imported from another analyst's file that clash with ours wait
    # here (ours stays in place) until the analyst picks one in the GUI.
    db["conflicts"].create({
        "id": int, "entry_id": int, "field": str, "ours": str, "theirs": str,
        "their_analyst": str, "source_file": str, "created_at": str, "resolved": str,
    }, pk="id", defaults={"resolved": ""})
    db["conflicts"].create_index(["resolved", "entry_id"])


@migrations()
def m003_browse_sort_indexes(db: Database) -> None:
    # The entries table sorts by text and place; without an index the first
    # page of such a sort orders every row (1.2-1.9 s at a million entries).
    db["entries"].create_index(["text"], if_not_exists=True)
    db["entries"].create_index(["places"], if_not_exists=True)


@migrations()
def m004_meta(db: Database) -> None:
    # Small facts about the store itself, such as the version of the extractor's
    # entity keys it was last keyed with (library.refresh_entity_keys).
    db["meta"].create({"key": str, "value": str}, pk="key")
