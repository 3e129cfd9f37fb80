"""Imported edits that clash with ours, kept until the analyst chooses.

An import never overwrites a value both analysts changed: ours stays in the
annotation and the pair waits here.  Values are stored as JSON so that a
credibility of 3 comes back as ``3`` and "no credibility" as ``None``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.store import annotations, articles
from newsdigest.store.clock import now

OURS, THEIRS = "ours", "theirs"
#: Field name of an outlet's reliability conflict: ``reliability:<outlet>``.
RELIABILITY_PREFIX = "reliability:"


@dataclass
class Conflict:
    """One field of one entry where our value and an imported one differ."""

    entry_id: int | None  # None for an outlet's reliability
    field: str
    ours: object
    theirs: object
    their_analyst: str
    entry_text: str = ""
    id: int | None = None
    source_file: str = ""
    created_at: str = ""
    resolved: str = ""  # "", "ours", "theirs" or "withdrawn" (its import was undone)
    repeated: bool = False  # already waiting when an import found it again


_SELECT = """SELECT c.id, c.entry_id, c.field, c.ours, c.theirs, c.their_analyst,
    c.source_file, c.created_at, c.resolved, coalesce(e.text, '')
    FROM conflicts c LEFT JOIN entries e ON e.id = c.entry_id"""


def _row(row: tuple) -> Conflict:
    cid, entry_id, field, ours, theirs, who, source, at, resolved, text = row
    return Conflict(entry_id=entry_id, field=field, ours=json.loads(ours),
                    theirs=json.loads(theirs), their_analyst=who or "", entry_text=text,
                    id=cid, source_file=source or "", created_at=at or "",
                    resolved=resolved or "")


def add(db: Database, conflict: Conflict) -> int:
    """Keep a conflict for later; the same pending one is not kept twice."""
    theirs = json.dumps(conflict.theirs, ensure_ascii=False)
    with db.atomic():
        row = db.execute("SELECT id FROM conflicts WHERE entry_id IS ? AND field = ?"
                         " AND theirs = ? AND resolved = ''",
                         [conflict.entry_id, conflict.field, theirs]).fetchone()
        if row:
            conflict.id, conflict.repeated = row[0], True
            return row[0]
        conflict.id = db["conflicts"].insert({
            "entry_id": conflict.entry_id, "field": conflict.field,
            "ours": json.dumps(conflict.ours, ensure_ascii=False), "theirs": theirs,
            "their_analyst": conflict.their_analyst, "source_file": conflict.source_file,
            "created_at": now(), "resolved": "",
        }).last_pk
    return conflict.id


def settled(db: Database, conflict: Conflict) -> bool:
    """Whether the analyst already kept ours against this very value of theirs."""
    row = db.execute("SELECT 1 FROM conflicts WHERE entry_id IS ? AND field = ? AND theirs = ?"
                     " AND resolved = ?", [conflict.entry_id, conflict.field,
                                           json.dumps(conflict.theirs, ensure_ascii=False),
                                           OURS]).fetchone()
    return row is not None


def get(db: Database, conflict_id: int) -> Conflict:
    """One conflict, whatever its state; :class:`NotFound` if there is none."""
    row = db.execute(_SELECT + " WHERE c.id = ?", [conflict_id]).fetchone()
    if row is None:
        raise NotFound(f"no conflict with id {conflict_id}")
    return _row(row)


def pending(db: Database, entry_id: int | None = None) -> list[Conflict]:
    """Conflicts waiting for a choice (of one entry, or all), oldest first."""
    where, params = ("AND c.entry_id = ?", [entry_id]) if entry_id is not None else ("", [])
    rows = db.execute(f"{_SELECT} WHERE c.resolved = '' {where} ORDER BY c.id", params)
    return [_row(r) for r in rows.fetchall()]


def resolve(db: Database, conflict_id: int, choice: str, analyst: str) -> Conflict:
    """Settle a conflict: ``"theirs"`` writes their value, ``"ours"`` keeps ours."""
    if choice not in (OURS, THEIRS):
        raise ValueError(f"choice must be 'ours' or 'theirs', not {choice!r}")
    conflict = get(db, conflict_id)
    with db.atomic():
        if choice == THEIRS:
            _write(db, conflict, conflict.theirs, analyst)
        db.execute("UPDATE conflicts SET resolved = ? WHERE id = ?", [choice, conflict_id])
    conflict.resolved = choice
    return conflict


def reopen(db: Database, conflict_id: int, analyst: str) -> Conflict:
    """Undo :func:`resolve`: put our value back and let the conflict wait again."""
    conflict = get(db, conflict_id)
    with db.atomic():
        if conflict.resolved == THEIRS:
            _write(db, conflict, conflict.ours, analyst)
        db.execute("UPDATE conflicts SET resolved = '' WHERE id = ?", [conflict_id])
    conflict.resolved = ""
    return conflict


def _write(db: Database, conflict: Conflict, value: object, analyst: str) -> None:
    # An outlet's reliability clashes too; it belongs to no entry.
    if conflict.field.startswith(RELIABILITY_PREFIX):
        outlet = conflict.field[len(RELIABILITY_PREFIX):]
        articles.set_reliability(db, outlet, value, analyst=analyst)
    else:
        annotations.set_field(db, conflict.entry_id, conflict.field, value, analyst=analyst)


def withdraw(db: Database, conflict_ids: list[int], *, back: bool = False) -> None:
    """Stop (``back``: start again) asking about conflicts whose import was undone."""
    old, new = ("withdrawn", "") if back else ("", "withdrawn")
    with db.atomic():
        for conflict_id in conflict_ids:
            db.execute("UPDATE conflicts SET resolved = ? WHERE id = ? AND resolved = ?",
                       [new, conflict_id, old])
