"""Named things the analyst keeps in the store: saved searches and brief recipes."""
from __future__ import annotations

import json

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.store.clock import now


def _save(db: Database, table: str, column: str, name: str, data: dict) -> None:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a name cannot be empty")
    with db.atomic():
        db[table].upsert({"name": name, column: json.dumps(data, ensure_ascii=False),
                          "created_at": now()}, pk="name")


def _load(db: Database, table: str, column: str, name: str) -> dict:
    row = db.execute(f"SELECT {column} FROM {table} WHERE name = ?", [name]).fetchone()
    if row is None:
        raise NotFound(f"no {table.replace('_', ' ')[:-1]} named {name!r}")
    return json.loads(row[0])


def _names(db: Database, table: str) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT name FROM {table} ORDER BY name").fetchall()]


def save_search(db: Database, name: str, filter_dict: dict) -> None:
    """Keep a filter (``EntryFilter.to_dict()``) under a name, replacing an older one."""
    _save(db, "saved_searches", "query", name, filter_dict)


def load_search(db: Database, name: str) -> dict:
    return _load(db, "saved_searches", "query", name)


def search_names(db: Database) -> list[str]:
    return _names(db, "saved_searches")


def delete_search(db: Database, name: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM saved_searches WHERE name = ?", [name])


def save_recipe(db: Database, name: str, spec_dict: dict) -> None:
    """Keep brief settings (``BriefSpec.to_dict()``) under a name."""
    _save(db, "brief_recipes", "spec", name, spec_dict)


def load_recipe(db: Database, name: str) -> dict:
    return _load(db, "brief_recipes", "spec", name)


def recipe_names(db: Database) -> list[str]:
    return _names(db, "brief_recipes")
