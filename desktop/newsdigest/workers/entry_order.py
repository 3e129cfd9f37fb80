"""Every matching entry id in table order, read once per filter and sort.

With the ids in hand the entries table reads any window by primary key, so
scrolling to the middle of a million rows is as quick as the first page;
``LIMIT/OFFSET`` would walk (and for unindexed sorts, sort) every row before
it.  The ordering is the one ``store.queries.page`` uses, built from the
store's own filter and sort clauses so the two never disagree.

TODO(store): this belongs in ``store/queries.py`` as ``sorted_ids`` (asked for
in the browse report); it lives here because ui/workers may not edit store/.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable

from newsdigest.domain.filters import EntryFilter
from newsdigest.store import queries

CHUNK = 50_000


def order_sql(f: EntryFilter, sort: str, descending: bool, has_search: bool) -> str:
    """The ORDER BY of ``queries.page`` for this sort, with its id tiebreak."""
    if sort == "rank" and f.search and has_search:
        order = "hit.score"
    else:
        order = queries._SORT_SQL.get(sort, "e.article_id, e.start")
    direction = " DESC" if descending else ""
    parts = ", ".join(part.strip() + direction for part in order.split(","))
    return f"{parts}, e.id{direction}"


def sorted_ids(db, f: EntryFilter, sort: str, descending: bool,
               cancelled: Callable[[], bool] | None = None) -> array | None:
    """Ids of the entries ``f`` selects, in ``page()`` order; ``None`` if cancelled."""
    source, params = queries._from(f)
    where, wparams = queries.where_clause(f)
    sql = (f"SELECT e.id {source} WHERE {where}"
           f" ORDER BY {order_sql(f, sort, descending, bool(params))}")
    cursor = db.execute(sql, params + wparams)
    ids = array("q")
    while True:
        chunk = cursor.fetchmany(CHUNK)
        if not chunk:
            return ids
        ids.extend(row[0] for row in chunk)
        if cancelled is not None and cancelled():
            return None
