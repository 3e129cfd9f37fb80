"""Entries: reading one, analysts' corrections, deletion that history can undo."""
from __future__ import annotations

import json

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.domain.models import Entry
from newsdigest.store import history
from newsdigest.store.clock import now
from newsdigest.store.rows import dumps, entry_json, entry_to_row, row_to_entry

#: Entry fields an analyst may correct, with their column names.
EDITABLE = {"text": "text", "speaker": "speaker", "role": "role", "kind": "kind",
            "quote_type": "quote_type", "date": "date", "when": "when_text",
            "event_type": "event_type", "places": "places", "actors": "actors",
            "action": "action"}
_LIST_FIELDS = {"places", "actors"}


def get_entry(db: Database, entry_id: int, *, deleted_ok: bool = False) -> Entry:
    row = db.execute("SELECT * FROM entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise NotFound(f"no entry with id {entry_id}")
    names = [d[0] for d in db.execute("SELECT * FROM entries LIMIT 0").description]
    data = dict(zip(names, row))
    if data["deleted"] and not deleted_ok:
        raise NotFound(f"entry {entry_id} was deleted (restore it from history)")
    return row_to_entry(data)


def entries_of_article(db: Database, article_id: int) -> list[Entry]:
    """The live entries of one article, in text order."""
    cursor = db.execute("SELECT * FROM entries WHERE article_id = ? AND deleted = 0"
                        " ORDER BY start, id", [article_id])
    names = [d[0] for d in cursor.description]
    return [row_to_entry(dict(zip(names, r))) for r in cursor.fetchall()]


def update_entry(db: Database, entry_id: int, field: str, value, *, analyst: str) -> Entry:
    """Correct one field of an entry, keeping the old value in history."""
    if field not in EDITABLE:
        raise ValueError(f"entry field {field!r} cannot be edited")
    entry = get_entry(db, entry_id)
    old = getattr(entry, field)
    if old == value:
        return entry
    column = EDITABLE[field]
    stored = dumps(value) if field in _LIST_FIELDS else value
    with db.atomic():
        db.execute(f'UPDATE entries SET "{column}" = ? WHERE id = ?', [stored, entry_id])
        history.record(db, entry_id, "entry", field,
                       dumps(old) if field in _LIST_FIELDS else old,
                       stored, analyst)
    return get_entry(db, entry_id)


def delete_entry(db: Database, entry_id: int, *, analyst: str) -> None:
    """Hide an entry; the whole entry is kept in history so it can be restored."""
    entry = get_entry(db, entry_id)
    with db.atomic():
        db.execute("UPDATE entries SET deleted = 1 WHERE id = ?", [entry_id])
        db.execute("DELETE FROM entry_fts WHERE rowid = ?", [entry_id])
        history.record(db, entry_id, "entry", "deleted", entry_json(entry), None, analyst)


def restore_entry(db: Database, entry_id: int, *, analyst: str) -> Entry:
    """Bring back a deleted entry with its annotation, tags and links."""
    entry = get_entry(db, entry_id, deleted_ok=True)
    with db.atomic():
        db.execute("UPDATE entries SET deleted = 0 WHERE id = ?", [entry_id])
        note = db.execute("SELECT note FROM annotations WHERE entry_id = ?",
                          [entry_id]).fetchone()
        title = db.execute("SELECT title FROM articles WHERE id = ?",
                           [entry.article_id]).fetchone()
        db.execute("INSERT INTO entry_fts(rowid, text, speaker, note, title) VALUES (?,?,?,?,?)",
                   [entry_id, entry.text, entry.speaker, note[0] if note else "",
                    title[0] if title else ""])
        history.record(db, entry_id, "entry", "deleted", None, "restored", analyst)
    return get_entry(db, entry_id)


def add_entry(db: Database, article_id: int, entry: Entry, *, analyst: str) -> Entry:
    """Store an entry the analyst created from a selection in the article."""
    entry.origin = "analyst"
    with db.atomic():
        stamp = now()
        entry_id = db["entries"].insert(entry_to_row(entry, article_id)).last_pk
        db["annotations"].insert({"entry_id": entry_id, "note": "", "status": "new",
                                  "include_in_brief": 0, "priority": 0, "analyst": analyst,
                                  "created_at": stamp, "updated_at": stamp})
        history.record(db, entry_id, "entry", "created", None,
                       json.dumps({"kind": entry.kind, "text": entry.text}), analyst)
    return get_entry(db, entry_id)


def value_from_history(field: str, text: str | None):
    """Turn a corrected field's value as history stores it back into a value."""
    if field in _LIST_FIELDS:
        return json.loads(text) if text else []
    return text if text is not None or field in ("date", "quote_type") else ""


def deleted_entries(db: Database) -> list[tuple[int, str, str]]:
    """Deleted entries as ``(id, text, deleted at)``, most recently deleted first."""
    rows = db.execute("""SELECT e.id, e.text, (SELECT max(h.at) FROM history h
        WHERE h.entry_id = e.id AND h.field = 'deleted' AND h.new_value IS NULL) AS at
        FROM entries e WHERE e.deleted = 1 ORDER BY at DESC, e.id DESC""").fetchall()
    return [(i, t, at or "") for i, t, at in rows]


def find_entry(db: Database, article_id: int, kind: str, start: int, end: int) -> int | None:
    """Id of the live entry of an article at these offsets (same kind preferred)."""
    rows = db.execute("SELECT id, kind FROM entries WHERE article_id = ? AND start = ?"
                      ' AND "end" = ? AND deleted = 0 ORDER BY id',
                      [article_id, start, end]).fetchall()
    same_kind = [i for i, k in rows if k == kind]
    return (same_kind or [i for i, _ in rows] or [None])[0]
