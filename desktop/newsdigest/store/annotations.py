"""The analyst's annotations: every change committed at once and logged in history."""
from __future__ import annotations

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.domain.models import Annotation, Status
from newsdigest.store import history
from newsdigest.store.clock import now
from newsdigest.store.rows import row_to_annotation

FIELDS = ("note", "credibility", "status", "include_in_brief", "priority")


def get_annotation(db: Database, entry_id: int) -> Annotation:
    cursor = db.execute("SELECT * FROM annotations WHERE entry_id = ?", [entry_id])
    row = cursor.fetchone()
    if row is None:
        raise NotFound(f"no entry with id {entry_id}")
    names = [d[0] for d in cursor.description]
    return row_to_annotation(dict(zip(names, row)), tags_of(db, entry_id))


def validate(field: str, value):
    """The value as stored, or ValueError with a message fit for the analyst."""
    if field not in FIELDS:
        raise ValueError(f"unknown annotation field {field!r}")
    if field == "note":
        return str(value or "")
    if field == "credibility":
        if value in (None, ""):
            return None
        if int(value) not in range(1, 7):
            raise ValueError(f"credibility must be 1-6, not {value}")
        return int(value)
    if field == "status":
        if value not in {s.value for s in Status}:
            raise ValueError(f"status must be one of new, reviewed, flagged, dismissed, not {value!r}")
        return value
    if field == "include_in_brief":
        return 1 if value else 0
    if int(value) not in range(4):
        raise ValueError(f"priority must be 0-3, not {value}")
    return int(value)


def set_field(db: Database, entry_id: int, field: str, value, *, analyst: str) -> Annotation:
    """Change one annotation field of one entry."""
    return set_field_many(db, [entry_id], field, value, analyst=analyst)[0]


def set_field_many(db: Database, entry_ids: list[int], field: str, value, *,
                   analyst: str) -> list[Annotation]:
    """Change one field on many entries in one transaction (a bulk edit)."""
    stored = validate(field, value)
    with db.atomic():
        for entry_id in entry_ids:
            row = db.execute(f"SELECT {field} FROM annotations WHERE entry_id = ?",
                             [entry_id]).fetchone()
            if row is None:
                raise NotFound(f"no entry with id {entry_id}")
            if row[0] == stored:
                continue
            db.execute(f"UPDATE annotations SET {field} = ?, analyst = ?, updated_at = ?"
                       " WHERE entry_id = ?", [stored, analyst, now(), entry_id])
            history.record(db, entry_id, "annotation", field, row[0], stored, analyst)
    return [get_annotation(db, i) for i in entry_ids]


def tags_of(db: Database, entry_id: int) -> list[str]:
    rows = db.execute("SELECT t.name FROM tags t JOIN entry_tags et ON et.tag_id = t.id"
                      " WHERE et.entry_id = ? ORDER BY t.name", [entry_id]).fetchall()
    return [r[0] for r in rows]


def all_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag with how many entries carry it."""
    return [tuple(r) for r in db.execute(
        "SELECT t.name, count(et.entry_id) FROM tags t LEFT JOIN entry_tags et"
        " ON et.tag_id = t.id GROUP BY t.id ORDER BY t.name").fetchall()]


def _tag_id(db: Database, name: str) -> int:
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    return row[0] if row else db["tags"].insert({"name": name}).last_pk


def clean_tag(name: str) -> str:
    tag = " ".join(str(name).split())
    if not tag:
        raise ValueError("a tag cannot be empty")
    if len(tag) > 64:
        raise ValueError("a tag is at most 64 characters")
    return tag


def add_tag(db: Database, entry_ids: list[int], name: str, *, analyst: str) -> None:
    """Tag entries (creating the tag on first use)."""
    tag = clean_tag(name)
    with db.atomic():
        tag_id = _tag_id(db, tag)
        for entry_id in entry_ids:
            if db.execute("INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) VALUES (?, ?)",
                          [entry_id, tag_id]).rowcount:
                _touch(db, entry_id, analyst)
                history.record(db, entry_id, "annotation", "tags", None, tag, analyst)


def remove_tag(db: Database, entry_ids: list[int], name: str, *, analyst: str) -> None:
    """Untag entries; the tag itself stays for autocompletion."""
    tag = clean_tag(name)
    with db.atomic():
        row = db.execute("SELECT id FROM tags WHERE name = ?", [tag]).fetchone()
        if row is None:
            return
        for entry_id in entry_ids:
            if db.execute("DELETE FROM entry_tags WHERE entry_id = ? AND tag_id = ?",
                          [entry_id, row[0]]).rowcount:
                _touch(db, entry_id, analyst)
                history.record(db, entry_id, "annotation", "tags", tag, None, analyst)


def _touch(db: Database, entry_id: int, analyst: str) -> None:
    db.execute("UPDATE annotations SET analyst = ?, updated_at = ? WHERE entry_id = ?",
               [analyst, now(), entry_id])


#: The value each field has before any analyst touches it.
DEFAULTS = {"note": "", "credibility": None, "status": Status.NEW.value,
            "include_in_brief": False, "priority": 0}


def field_value(annotation: Annotation, field: str):
    """The value of one field in the form :func:`set_field` accepts."""
    return getattr(annotation, field)


def value_from_history(field: str, text: str | None):
    """Turn a value as history stores it (text) back into a field value."""
    if field == "include_in_brief":
        return text == "1"
    if field in ("credibility", "priority"):
        return int(text) if text not in (None, "") else DEFAULTS[field]
    if text is None:
        return DEFAULTS[field]
    return text


def tagged(db: Database, entry_ids: list[int], name: str) -> list[int]:
    """Those of ``entry_ids`` that carry tag ``name``."""
    if not entry_ids:
        return []
    marks = ", ".join("?" for _ in entry_ids)
    rows = db.execute(f"SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                      f" WHERE t.name = ? AND et.entry_id IN ({marks})",
                      [clean_tag(name), *entry_ids]).fetchall()
    return sorted(r[0] for r in rows)


def annotated_entry_ids(db: Database) -> list[int]:
    """Live entries whose annotation differs from the default, that carry tags, or
    that an analyst made (what an annotation file carries to another store)."""
    rows = db.execute("""SELECT e.id FROM entries e JOIN annotations a ON a.entry_id = e.id
        WHERE e.deleted = 0 AND (e.origin = 'analyst'
           OR coalesce(a.note, '') != '' OR a.credibility IS NOT NULL
           OR coalesce(a.status, 'new') != 'new' OR coalesce(a.include_in_brief, 0) != 0
           OR coalesce(a.priority, 0) != 0
           OR EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry_id = e.id))
        ORDER BY e.id""").fetchall()
    return [r[0] for r in rows]
