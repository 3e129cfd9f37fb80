"""The change log: every edit to an entry, annotation, source or entity."""
from __future__ import annotations

from sqlite_utils import Database

from newsdigest.domain.models import HistoryRecord
from newsdigest.store.clock import now


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def record(db: Database, entry_id: int | None, target: str, field: str,
           old: object, new: object, analyst: str) -> int:
    """Append one change; callers do this inside the edit's own transaction."""
    return db["history"].insert({
        "entry_id": entry_id, "target": target, "field": field,
        "old_value": _text(old), "new_value": _text(new), "analyst": analyst, "at": now(),
    }).last_pk


def for_entry(db: Database, entry_id: int) -> list[HistoryRecord]:
    """An entry's changes, oldest first."""
    rows = db.execute("SELECT id, entry_id, target, field, old_value, new_value, analyst, at"
                      " FROM history WHERE entry_id = ? ORDER BY id", [entry_id]).fetchall()
    return [HistoryRecord(*row) for row in rows]


def get(db: Database, history_id: int) -> HistoryRecord | None:
    row = db.execute("SELECT id, entry_id, target, field, old_value, new_value, analyst, at"
                     " FROM history WHERE id = ?", [history_id]).fetchone()
    return HistoryRecord(*row) if row else None


def for_source(db: Database, outlet: str) -> list[HistoryRecord]:
    """Reliability changes of one outlet, oldest first (they belong to no entry)."""
    # ``entry_id IS NULL`` lets the (entry_id, id) index skip every entry's changes.
    rows = db.execute("SELECT id, entry_id, target, field, old_value, new_value, analyst, at"
                      " FROM history WHERE entry_id IS NULL AND target = 'source'"
                      " AND field = ? ORDER BY id", [f"reliability:{outlet}"]).fetchall()
    return [HistoryRecord(*row) for row in rows]


def last_change(db: Database, entry_id: int, field: str) -> HistoryRecord | None:
    """The latest change of one field of an entry, or ``None``."""
    row = db.execute("SELECT id, entry_id, target, field, old_value, new_value, analyst, at"
                     " FROM history WHERE entry_id = ? AND field = ? ORDER BY id DESC LIMIT 1",
                     [entry_id, field]).fetchone()
    return HistoryRecord(*row) if row else None
