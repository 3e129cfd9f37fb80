"""Opening a store: one SQLite file, WAL, foreign keys, migrated on open."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from newsdigest.domain.errors import StoreError
from newsdigest.store.migrations import migrations

#: How long a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000


def open_database(path: str | Path | None, *, check_same_thread: bool = True) -> Database:
    """Open (creating if needed) and migrate the store at ``path``.

    ``None`` gives an in-memory store (tests).  Raises :class:`StoreError`
    when the file is not a News Digest store or cannot be opened.
    """
    target = ":memory:" if path is None else str(path)
    try:
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, check_same_thread=check_same_thread,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        db = Database(conn)
        _configure(db, in_memory=path is None)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: cannot open as a News Digest store ({exc})") from exc
    except OSError as exc:
        raise StoreError(f"{target}: {exc.strerror or exc}") from exc
    return db


def _configure(db: Database, *, in_memory: bool) -> None:
    # WAL keeps readers unblocked while the single writer commits, and with
    # synchronous=NORMAL a killed process never loses a committed edit.
    if not in_memory:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def schema_version(db: Database) -> list[str]:
    """Names of the migrations applied to ``db``, oldest first."""
    return [m.name for m in migrations.applied(db)]


def database_path(db: Database) -> str | None:
    """The file behind ``db``, or ``None`` for an in-memory store."""
    for _, name, filename in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return filename or None
    return None
