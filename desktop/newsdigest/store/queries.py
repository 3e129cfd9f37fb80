"""Reading entries a page at a time: filters, facets and sorting in SQL.

The entries table in the GUI never loads every row: it asks for the count,
then for windows of rows (``LIMIT/OFFSET`` on indexed orderings), which stays
fast and small on a million entries.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable

from sqlite_utils import Database

from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import EntryRow
from newsdigest.store.rows import loads_list
from newsdigest.store.search import fts_query

_SORT_SQL = {
    "id": "e.id", "kind": "e.kind", "text": "e.text", "speaker": "e.speaker",
    "date": "e.date", "place": "e.places", "status": "a.status",
    "grade": "s.reliability, a.credibility", "article": "e.article_id, e.start",
    "event_type": "e.event_type", "tags": "e.id",
}

_ROW_SELECT = """
SELECT e.id, e.article_id, e.kind, e.quote_type, e.text, e.speaker, e.role, e.date,
       e.when_text, e.places, e.event_type,
       (SELECT group_concat(t.name, char(31)) FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id) AS tags,
       a.status, a.credibility, s.reliability, a.include_in_brief, a.priority,
       coalesce(nullif(ar.title, ''), ar.source_name) AS article_title, e.start, e."end",
       e.origin, e.confidence, a.note
"""


def _in(column: str, values: list) -> tuple[str, list]:
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


def where_clause(f: EntryFilter) -> tuple[str, list]:
    """SQL condition (over aliases ``e`` entries, ``a`` annotations) and its parameters."""
    clauses, params = ["e.deleted = 0"], []

    def add(sql: str, values: list) -> None:
        clauses.append(sql)
        params.extend(values)

    for column, values in (("e.kind", f.kinds), ("e.event_type", f.event_types),
                           ("e.speaker", f.speakers), ("a.status", f.statuses),
                           ("a.credibility", f.credibility), ("e.article_id", f.article_ids),
                           ("e.id", f.entry_ids)):
        if values:
            add(*_in(column, values))
    if f.entity_ids:
        sql, vals = _in("entity_id", f.entity_ids)
        add(f"e.id IN (SELECT entry_id FROM entry_entities WHERE {sql})", vals)
    if f.tags:
        sql, vals = _in("t.name", f.tags)
        add("e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            f" WHERE {sql})", vals)
    if f.date_from:
        add("e.date >= ?", [f.date_from])
    if f.date_to:
        add("e.date <= ?", [f.date_to])
    if f.included_only:
        clauses.append("a.include_in_brief = 1")
    if f.min_credibility is not None:
        add("a.credibility <= ?", [f.min_credibility])
    if not f.include_dismissed:
        clauses.append("a.status != 'dismissed'")
    return " AND ".join(clauses), params


_BASE = "FROM entries e JOIN annotations a ON a.entry_id = e.id"
# Rows show the article title and the outlet's grade; counts and facets never
# need those joins, which cost a third of a facet's time on a large store.
_ROW_JOINS = " JOIN articles ar ON ar.id = e.article_id LEFT JOIN sources s ON s.id = ar.source_id"


def _from(f: EntryFilter, *, rows: bool = True) -> tuple[str, list]:
    base = _BASE + (_ROW_JOINS if rows else "")
    query = fts_query(f.search)
    if query is None:
        return base, []
    # Entry-level hits rank first; entries of articles whose text matches follow.
    hits = """JOIN (SELECT rid, min(score) AS score FROM (
        SELECT rowid AS rid, bm25(entry_fts, 4.0, 3.0, 2.0, 1.0) AS score
        FROM entry_fts WHERE entry_fts MATCH ?
        UNION ALL
        SELECT e2.id, 1000 + bm25(article_fts) FROM article_fts
        JOIN entries e2 ON e2.article_id = article_fts.rowid WHERE article_fts MATCH ?
    ) GROUP BY rid) hit ON hit.rid = e.id"""
    return f"{base} {hits}", [query, query]


def count_entries(db: Database, f: EntryFilter) -> int:
    """How many entries the filter selects."""
    source, params = _from(f, rows=False)
    where, wparams = where_clause(f)
    return db.execute(f"SELECT count(*) {source} WHERE {where}", params + wparams).fetchone()[0]


def order_by(f: EntryFilter, sort: str, descending: bool, has_search: bool) -> str:
    """The ORDER BY list for a table sort, ending in an id tiebreak so order is total."""
    if sort == "rank" and f.search and has_search:
        order = "hit.score"
    else:
        order = _SORT_SQL.get(sort, "e.article_id, e.start")
    direction = " DESC" if descending else ""
    parts = ", ".join(part.strip() + direction for part in order.split(","))
    # a.entry_id equals e.id, but naming it lets SQLite walk the status index
    # in order (its rowid is the entry id) instead of sorting a million rows.
    tiebreak = "a.entry_id" if sort == "status" else "e.id"
    return f"{parts}, {tiebreak}{direction}"


def page(db: Database, f: EntryFilter, *, sort: str = "article", descending: bool = False,
         offset: int = 0, limit: int = 200) -> list[EntryRow]:
    """One window of the filtered entries, in the requested order."""
    source, params = _from(f)
    where, wparams = where_clause(f)
    sql = (f"{_ROW_SELECT} {source} WHERE {where}"
           f" ORDER BY {order_by(f, sort, descending, bool(params))} LIMIT ? OFFSET ?")
    rows = db.execute(sql, params + wparams + [limit, offset]).fetchall()
    return [_to_row(r) for r in rows]


def sorted_ids(db: Database, f: EntryFilter, sort: str, descending: bool,
               cancelled: Callable[[], bool] | None = None, *,
               chunk: int = 50_000) -> array | None:
    """Every id ``f`` selects, in :func:`page` order; ``None`` when cancelled.

    With the ids in hand a table reads any window by primary key, so the
    middle of a million rows is as quick as the first page.
    """
    source, params = _from(f, rows=sort == "grade")
    where, wparams = where_clause(f)
    cursor = db.execute(f"SELECT e.id {source} WHERE {where}"
                        f" ORDER BY {order_by(f, sort, descending, bool(params))}",
                        params + wparams)
    ids = array("q")
    while rows := cursor.fetchmany(chunk):
        ids.extend(row[0] for row in rows)
        if cancelled is not None and cancelled():
            return None
    return ids


def entry_ids(db: Database, f: EntryFilter, *, limit: int | None = None) -> list[int]:
    """Ids of the filtered entries in article order (for bulk actions and exports)."""
    source, params = _from(f, rows=False)
    where, wparams = where_clause(f)
    sql = f"SELECT e.id {source} WHERE {where} ORDER BY e.article_id, e.start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in db.execute(sql, params + wparams).fetchall()]


def rows_by_id(db: Database, ids: list[int]) -> list[EntryRow]:
    """Rows for the given entry ids, in the given order."""
    if not ids:
        return []
    sql, vals = _in("e.id", ids)
    source, _ = _from(EntryFilter())
    rows = db.execute(f"{_ROW_SELECT} {source} WHERE {sql}", vals).fetchall()
    by_id = {r[0]: _to_row(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _to_row(r: tuple) -> EntryRow:
    return EntryRow(
        id=r[0], article_id=r[1], kind=r[2], quote_type=r[3], text=r[4], speaker=r[5] or "",
        role=r[6] or "", date=r[7], when=r[8] or "", places=loads_list(r[9]),
        event_type=r[10] or "", tags=sorted(r[11].split("\x1f")) if r[11] else [],
        status=r[12] or "new", credibility=r[13], reliability=r[14],
        include_in_brief=bool(r[15]), priority=r[16] or 0, article_title=r[17] or "",
        start=r[18] or 0, end=r[19] or 0, origin=r[20] or "extracted",
        confidence=r[21] or 0.0, note=r[22] or "",
    )


#: Facet name -> SQL expression giving the facet value per entry.
FACETS = {
    "kind": "e.kind", "event_type": "e.event_type", "speaker": "e.speaker",
    "status": "a.status", "credibility": "a.credibility",
}


def facet_counts(db: Database, f: EntryFilter, facet: str, *, limit: int = 50) -> list[tuple]:
    """(value, count) pairs for one facet under the current filter, most common first."""
    source, params = _from(f, rows=False)
    where, wparams = where_clause(f)
    if facet == "tag":
        sql = (f"SELECT t.name, count(*) {source} JOIN entry_tags et ON et.entry_id = e.id"
               f" JOIN tags t ON t.id = et.tag_id WHERE {where} GROUP BY t.name")
    elif facet in ("person", "place", "organisation"):
        sql = (f"SELECT n.id, n.name, count(*) {source}"
               " JOIN entry_entities ee ON ee.entry_id = e.id JOIN entities n ON n.id = ee.entity_id"
               f" WHERE {where} AND n.type = '{facet}' GROUP BY n.id")
    elif facet == "month":
        sql = (f"SELECT substr(e.date, 1, 7), count(*) {source} WHERE {where}"
               " AND e.date IS NOT NULL GROUP BY 1")
    else:
        expr = FACETS[facet]
        sql = (f"SELECT {expr}, count(*) {source} WHERE {where}"
               f" AND coalesce({expr}, '') != '' GROUP BY {expr}")
    sql += f" ORDER BY count(*) DESC LIMIT {int(limit)}"
    return [tuple(r) for r in db.execute(sql, params + wparams).fetchall()]


def timeline(db: Database, f: EntryFilter) -> list[tuple[str, int]]:
    """(date, number of events) for dated events under the filter, in date order."""
    source, params = _from(f, rows=False)
    where, wparams = where_clause(f)
    sql = (f"SELECT e.date, count(*) {source} WHERE {where} AND e.kind = 'event'"
           " AND e.date IS NOT NULL GROUP BY e.date ORDER BY e.date")
    return [tuple(r) for r in db.execute(sql, params + wparams).fetchall()]
