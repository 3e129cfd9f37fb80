"""The entries table: a lazy model over a filtered, sorted selection of entries.

It never loads every row (ankitects/anki: qt/aqt/browser/table/model.py).
A filter or sort change goes to the worker, which answers with the first
window of rows (shown at once) and the count (the table grows to it).  For a
selection of up to ``IDS_LIMIT`` entries it then sends every id in table
order (``store.queries.sorted_ids``) and any window is read by primary
key (``store.queries.rows_by_id``).  Larger selections are windowed until
their ids arrive from a low-priority background read (seconds at a million):
a window near either end of an indexed order is read on the GUI thread (past
the middle, backwards from the end, so the last page costs what the first
does); any other window is read on the worker while its rows show a
placeholder.
The GUI thread never runs a query that grows with the store, and until a new
answer arrives the table keeps showing the previous rows.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import EntryRow
from newsdigest.store import queries
from newsdigest.store.queries import sorted_ids
from newsdigest.ui import assets
from newsdigest.workers.pool import URGENT

BACKGROUND = 8  # after facets and lists (NORMAL), before import steps

#: The invisible root (a module constant, not a call in every default).
_ROOT = QModelIndex()
COL_KIND, COL_TEXT, COL_SPEAKER, COL_DATE, COL_PLACE, COL_TAGS, COL_STATUS, COL_GRADE = range(8)
HEADERS = ("", "Text", "Speaker", "Date", "Place", "Tags", "Status", "Grade")
#: Column -> sort key understood by ``store.queries.page``.
SORT_KEYS = ("kind", "text", "speaker", "date", "place", "tags", "status", "grade")
TOOLTIPS = ("Event, quote or claim", "What happened or was said", "Who said it",
            "When it happened (resolved against the article's date)", "Places named",
            "The analyst's tags", "Review status",
            ("Admiralty grade: outlet reliability (A–F) and credibility (1–6)"))

#: The row's :class:`~newsdigest.domain.models.EntryRow`.
RowRole = Qt.ItemDataRole.UserRole + 1
#: The row's entry id (int).
IdRole = Qt.ItemDataRole.UserRole + 2

WINDOW = 200
MAX_WINDOWS = 40  # 8,000 rows cached at most
#: Sorts an index serves: their last page, read backwards, is as cheap as the first.
INDEXED_SORTS = {"article", "kind", "speaker", "date", "tags", "text", "place"}
PLACEHOLDER = "…"
#: Up to this many entries, the worker sends every id in order (~0.3 s at 50k).
IDS_LIMIT = 50_000
#: A window this close to an end of an indexed order is cheap to read with OFFSET.
CHEAP_OFFSET = 2_000


class EntryTableModel(QAbstractTableModel):
    """Entries under an :class:`EntryFilter`, read a window at a time."""

    #: The number of matching entries is known (after a filter change or reload).
    count_changed = Signal(int)
    #: New rows replaced the old ones (the window re-selects its entry).
    reloaded = Signal()
    #: Every id of a big selection is known: any row is now one primary-key read away.
    ids_arrived = Signal()

    def __init__(self, pool, parent=None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._db = None
        self._filter = EntryFilter()
        self._sort, self._descending = "article", False
        self._unranked = ("article", False)  # the analyst's sort, back when a search ends
        self._rows = 0
        self._ids: array | None = None
        self._count: int | None = None
        self._generation = 0
        self._requested: int | None = None
        self._windows: OrderedDict[int, list[EntryRow]] = OrderedDict()
        self.fetch_hook: Callable[[int], None] | None = None  # tests count reads

    # --- inputs -------------------------------------------------------------
    def set_db(self, db) -> None:
        self._db = db
        self.beginResetModel()
        self._rows, self._ids, self._count = 0, None, None
        self._windows.clear()
        self.endResetModel()

    def set_filter(self, f: EntryFilter) -> None:
        self._filter = f
        if not f.search and self._sort == "rank":
            self._sort, self._descending = self._unranked
        self.reload()

    def filter(self) -> EntryFilter:
        return self._filter

    def set_sort(self, key: str, descending: bool = False) -> None:
        if (key, descending) == (self._sort, self._descending):
            return
        if key == "rank":
            self._unranked = (self._sort, self._descending)
        self._sort, self._descending = key, descending
        if self._db is not None:
            self.reload()

    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def column_sort(self) -> tuple[str, bool]:
        """The sort the analyst chose: a search ranks for a while, then this comes back."""
        return self._unranked if self._sort == "rank" else (self._sort, self._descending)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            self.set_sort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        """Ask the worker for the first window, then for every id in order."""
        if self._db is None:
            return
        f, sort, descending = self._filter, self._sort, self._descending

        def op(db, task):
            first = queries.page(db, f, sort=sort, descending=descending, offset=0,
                                 limit=WINDOW)
            task.report_item(("first", first))
            if len(first) < WINDOW:
                return array("q", (r.id for r in first))
            n = queries.count_entries(db, f)
            task.report_item(("count", n))
            return sorted_ids(db, f, sort, descending, task.cancelled) if n <= IDS_LIMIT else None

        self._pool.run(op, self._on_ids, key="entry-order", item=self._on_item,
                       error=self._on_order_failed, priority=URGENT)

    def _on_item(self, item: tuple) -> None:
        kind, value = item
        if kind == "first":
            self._on_first_window(value)
        else:
            self._count = value
            self._resize(value)
            self.count_changed.emit(value)

    def _on_first_window(self, rows: list[EntryRow]) -> None:
        # A reset, not a layout change: row n now holds another entry.
        self.beginResetModel()
        self._windows.clear()
        self._windows[0] = rows
        self._rows, self._ids, self._count = len(rows), None, None
        self._generation += 1
        self._requested = None
        self.endResetModel()
        self.reloaded.emit()

    def _on_ids(self, ids: array | None) -> None:
        if ids is None:  # too many to list now: windowed, ids follow in the background
            self._request_ids()
            return
        self._ids = ids
        n = len(ids)
        self._count = n
        self._resize(n)
        if n:  # placeholders become rows
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, COL_GRADE))
        self.count_changed.emit(n)

    def _resize(self, n: int) -> None:
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginRemoveRows(QModelIndex(), n, self._rows - 1)
            self._rows = n
            self.endRemoveRows()

    def _on_order_failed(self, exc: Exception) -> None:
        self._on_ids(array("q", (r.id for r in self._windows.get(0, []))))

    def refresh_rows(self, entry_ids: list[int]) -> None:
        """Re-read the given entries where they are cached (after an edit)."""
        wanted = set(entry_ids)
        fresh = {r.id: r for r in queries.rows_by_id(self._db, list(wanted))}
        for start, rows in self._windows.items():
            for i, row in enumerate(rows):
                if row.id in wanted and row.id in fresh:
                    rows[i] = fresh[row.id]
                    r = start * WINDOW + i
                    self.dataChanged.emit(self.index(r, 0), self.index(r, COL_GRADE))

    # --- lookups ------------------------------------------------------------
    def count(self) -> int | None:
        """The exact number of matching entries, ``None`` while it is counted."""
        return self._count

    def row_at(self, row: int) -> EntryRow | None:
        if not 0 <= row < self._rows:
            return None
        rows = self._window(row // WINDOW)
        offset = row % WINDOW
        return rows[offset] if offset < len(rows) else None

    def row_of(self, entry_id: int) -> int | None:
        """Position of a cached entry (``None`` if it is not in a read window)."""
        for start, rows in self._windows.items():
            for i, row in enumerate(rows):
                if row.id == entry_id:
                    return start * WINDOW + i
        return None

    def find_row(self, entry_id: int) -> int | None:
        """Position of an entry in the table, ``None`` if the filter leaves it out."""
        found = self.row_of(entry_id)
        if found is None and self._ids is not None:
            try:
                found = self._ids.index(entry_id)  # a C loop: ~5 ms over a million
            except ValueError:
                return None
        return found

    def _window(self, number: int) -> list[EntryRow]:
        if number in self._windows:
            self._windows.move_to_end(number)
            return self._windows[number]
        if self._ids is None:
            return self._read_windowed(number)
        if self.fetch_hook is not None:
            self.fetch_hook(number)
        rows = queries.rows_by_id(self._db, list(self._ids[number * WINDOW:(number + 1) * WINDOW]))
        self._keep(number, rows)
        return rows

    def _keep(self, number: int, rows: list[EntryRow]) -> None:
        self._windows[number] = rows
        while len(self._windows) > MAX_WINDOWS:
            self._windows.popitem(last=False)

    def _read_windowed(self, number: int) -> list[EntryRow]:
        n = self._count
        if n is None:
            return []
        offset = number * WINDOW
        cheap = (self._sort in INDEXED_SORTS and not self._filter.search
                 and min(offset, n - offset) <= CHEAP_OFFSET)
        if cheap or self._pool.sync:
            if self.fetch_hook is not None:
                self.fetch_hook(number)
            rows = _read_window(self._db, self._filter, self._sort, self._descending, n, number)
            self._keep(number, rows)
            return rows
        if self._requested != number:
            self._request(number)
        return []

    def _request_ids(self) -> None:
        f, sort, desc, gen = self._filter, self._sort, self._descending, self._generation

        def op(db, task):
            return gen, sorted_ids(db, f, sort, desc, task.cancelled)

        def arrived(result) -> None:
            got_gen, ids = result
            if got_gen == self._generation and ids is not None and len(ids) == self._rows:
                self._ids = ids
                if self._rows:  # placeholders become rows
                    self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, COL_GRADE))
                self.ids_arrived.emit()

        # Behind facets and lists, and stepping aside for every urgent read.
        self._pool.run(op, arrived, key="entry-ids", priority=BACKGROUND, restartable=True,
                       error=lambda exc: None)

    def _request(self, number: int) -> None:
        # One window in flight: a newer request (the analyst scrolled on)
        # supersedes it; a window still visible is asked for again on repaint.
        self._requested = number
        f, sort, desc, n, gen = (self._filter, self._sort, self._descending, self._count,
                                 self._generation)
        self._pool.run(lambda db, task: (gen, number,
                                         _read_window(db, f, sort, desc, n, number)),
                       self._on_window_read, key="entry-window", priority=URGENT,
                       restartable=False, error=lambda exc: None)

    def _on_window_read(self, result: tuple) -> None:
        gen, number, rows = result
        if gen != self._generation:
            return
        self._requested = None
        self._keep(number, rows)
        first, last = number * WINDOW, min(self._rows, (number + 1) * WINDOW) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COL_GRADE))

    # --- Qt model -----------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            waiting = role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TEXT
            return PLACEHOLDER if waiting else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return assets.kind_icon(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, col)
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return None


def _read_window(db, f: EntryFilter, sort: str, descending: bool, n: int,
                 number: int) -> list[EntryRow]:
    """Window ``number`` of ``n`` rows; past the middle, read backwards from the end."""
    offset = number * WINDOW
    end = min(offset + WINDOW, n)
    if offset > n // 2:
        rows = queries.page(db, f, sort=sort, descending=not descending, offset=n - end,
                            limit=end - offset)
        rows.reverse()
        return rows
    return queries.page(db, f, sort=sort, descending=descending, offset=offset, limit=WINDOW)


def _display(row: EntryRow, col: int) -> str:
    if col == COL_KIND:
        return ""  # the icon says it; the tooltip and sorting name it
    if col == COL_TEXT:
        return " ".join(row.text.split())
    if col == COL_SPEAKER:
        return row.speaker
    if col == COL_DATE:
        return row.date or row.when
    if col == COL_PLACE:
        return ", ".join(row.places)
    if col == COL_TAGS:
        return ", ".join(row.tags)
    if col == COL_STATUS:
        return row.status
    return row.grade


def _tooltip(row: EntryRow, col: int) -> str:
    if col == COL_TEXT:
        return f"{row.text}\n\n— {row.article_title}"
    if col == COL_SPEAKER and row.role:
        return f"{row.speaker}, {row.role}"
    if col == COL_KIND:
        detail = row.event_type or row.quote_type or ""
        return f"{row.kind}: {detail.replace('_', ' ')}" if detail else row.kind
    return _display(row, col) or None
