"""People, places and organisations: one row per real thing across the store.

An entity is found again by any of its normalised keys (canonical name and
aliases, as computed by the extractor), so "Putin" in one article and
"President Vladimir Putin" in another end up as one row.
"""
from __future__ import annotations

from sqlite_utils import Database

from newsdigest.domain.errors import NotFound
from newsdigest.domain.models import Entity, Entry
from newsdigest.store import history
from newsdigest.store.rows import dumps, loads_list


def resolve(db: Database, entity: Entity, keys: list[str]) -> int:
    """Id of the stored entity matching any key; created or widened as needed."""
    found = None
    for key in keys:
        row = db.execute("SELECT entity_id FROM entity_keys WHERE type = ? AND key = ?",
                         [entity.type, key]).fetchone()
        if row:
            found = row[0]
            break
    if found is None:
        found = db["entities"].insert({"type": entity.type, "name": entity.name,
                                       "aliases": dumps(sorted(set(entity.aliases) - {entity.name}))
                                       }).last_pk
    else:
        _widen(db, found, entity)
    for key in keys:
        db.execute("INSERT OR IGNORE INTO entity_keys(key, type, entity_id) VALUES (?, ?, ?)",
                   [key, entity.type, found])
    return found


def _widen(db: Database, entity_id: int, entity: Entity) -> None:
    # Keep the longest name as canonical ("Vladimir Putin" over "Putin").
    name, aliases = db.execute("SELECT name, aliases FROM entities WHERE id = ?",
                               [entity_id]).fetchone()
    known = set(loads_list(aliases)) | set(entity.aliases) | {entity.name, name}
    canonical = max([name, entity.name], key=len)
    known.discard(canonical)
    db.execute("UPDATE entities SET name = ?, aliases = ? WHERE id = ?",
               [canonical, dumps(sorted(known)), entity_id])


def link_entities(db: Database, entries: list[Entry],
                  entities: list[tuple[Entity, list[str]]]) -> None:
    """Resolve an article's entities and link each entry to those it mentions."""
    ids = {(e.type, e.name): resolve(db, e, keys) for e, keys in entities}
    for entry in entries:
        for ref in entry.entities:
            entity_id = ids.get((ref.type, ref.name))
            if entity_id is not None and entry.id is not None:
                db.execute("INSERT OR IGNORE INTO entry_entities(entry_id, entity_id, role)"
                           " VALUES (?, ?, ?)", [entry.id, entity_id, ref.role])


def list_entities(db: Database, type_: str | None = None, *,
                  include_unused: bool = False) -> list[Entity]:
    """Entities with the number of live entries mentioning them, most mentioned first.

    Names the extractor saw but no entry mentions (or whose entries were all
    deleted) are left out unless ``include_unused``.
    """
    where, params = ("WHERE n.type = ?", [type_]) if type_ else ("", [])
    having = "" if include_unused else "WHERE c > 0"
    rows = db.execute(f"""
        SELECT * FROM (SELECT n.id, n.type, n.name, n.aliases,
               (SELECT count(*) FROM entry_entities ee JOIN entries e ON e.id = ee.entry_id
                WHERE ee.entity_id = n.id AND e.deleted = 0) AS c
        FROM entities n {where}) {having} ORDER BY c DESC, name""", params).fetchall()
    return [Entity(type=t, name=name, aliases=loads_list(a), id=i, count=c)
            for i, t, name, a, c in rows]


def get_entity(db: Database, entity_id: int) -> Entity:
    row = db.execute("SELECT id, type, name, aliases FROM entities WHERE id = ?",
                     [entity_id]).fetchone()
    if row is None:
        raise NotFound(f"no entity with id {entity_id}")
    return Entity(id=row[0], type=row[1], name=row[2], aliases=loads_list(row[3]))


def entities_of_entry(db: Database, entry_id: int) -> list[Entity]:
    rows = db.execute("""SELECT n.id, n.type, n.name, n.aliases FROM entities n
        JOIN entry_entities ee ON ee.entity_id = n.id WHERE ee.entry_id = ?
        ORDER BY n.type, n.name""", [entry_id]).fetchall()
    return [Entity(id=i, type=t, name=nm, aliases=loads_list(a)) for i, t, nm, a in rows]


def merge_entities(db: Database, keep_id: int, merge_id: int, *, analyst: str) -> Entity:
    """Fold entity ``merge_id`` into ``keep_id``: its entries, keys and names follow."""
    keep, gone = get_entity(db, keep_id), get_entity(db, merge_id)
    if keep.type != gone.type:
        raise ValueError(f"cannot merge a {gone.type} into a {keep.type}")
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO entry_entities(entry_id, entity_id, role)"
                   " SELECT entry_id, ?, role FROM entry_entities WHERE entity_id = ?",
                   [keep_id, merge_id])
        db.execute("DELETE FROM entry_entities WHERE entity_id = ?", [merge_id])
        db.execute("UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?", [keep_id, merge_id])
        aliases = sorted((set(keep.aliases) | set(gone.aliases) | {gone.name}) - {keep.name})
        db.execute("UPDATE entities SET aliases = ? WHERE id = ?", [dumps(aliases), keep_id])
        db.execute("DELETE FROM entities WHERE id = ?", [merge_id])
        history.record(db, None, "entity", f"merge:{keep.name}", gone.name, keep.name, analyst)
    return get_entity(db, keep_id)


def keyed_names(db: Database) -> list[tuple[int, str, list[str]]]:
    """(id, type, [name, *aliases]) of every entity, to compute keys from."""
    return [(eid, etype, [name, *loads_list(aliases)])
            for eid, etype, name, aliases in db.execute("SELECT id, type, name, aliases FROM entities")]


def add_keys(db: Database, keys: list[tuple[int, str, str]]) -> int:
    """Add (entity id, type, key) rows; a key another entity already holds stays with it.

    Returns how many keys were new.  Entities are never merged here: two that now
    share a name stay two until the analyst merges them.
    """
    with db.conn:
        before = db.execute("SELECT count(*) FROM entity_keys").fetchone()[0]
        db.conn.executemany("INSERT OR IGNORE INTO entity_keys(key, type, entity_id) VALUES (?, ?, ?)",
                            [(key, etype, eid) for eid, etype, key in keys])
        return db.execute("SELECT count(*) FROM entity_keys").fetchone()[0] - before


def meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    with db.conn:
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])
