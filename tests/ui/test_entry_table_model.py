"""The lazy entries model without a view: windows, counts, sorting, refresh."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_factory import add_articles, many_articles

from newsdigest.domain.filters import EntryFilter
from newsdigest.store import annotations, queries
from newsdigest.ui.models import entry_table_model as m
from newsdigest.workers.pool import Pool


def make_model(db):
    pool = Pool(sync=True)
    pool.set_store(None, db)
    model = m.EntryTableModel(pool)
    model.set_db(db)
    return model


def test_reads_only_the_windows_it_shows(db):
    add_articles(db, many_articles(1000))
    model = make_model(db)
    reads = []
    model.fetch_hook = reads.append
    model.set_filter(EntryFilter())
    assert model.rowCount() == 1000 and model.count() == 1000
    assert reads == []  # the first window came with the answer
    assert model.index(999, m.COL_TEXT).data().startswith("Officials in town 999")
    assert model.index(450, m.COL_PLACE).data() == "Town 450"
    assert reads == [4, 2]


@pytest.mark.parametrize("ids_limit", [50_000, 100])
def test_every_window_matches_the_store_order(db, monkeypatch, ids_limit):
    monkeypatch.setattr(m, "IDS_LIMIT", ids_limit)  # 100: windowed, read backwards past n/2
    add_articles(db, many_articles(650))
    model = make_model(db)
    model.set_filter(EntryFilter())
    for sort in ("text", "place", "date"):
        for descending in (False, True):
            model.set_sort(sort, descending)
            forward = queries.page(db, EntryFilter(), sort=sort, descending=descending,
                                   offset=0, limit=650)
            shown = [model.index(r, 0).data(m.IdRole) for r in range(650)]
            assert shown == [r.id for r in forward], (sort, descending)


def test_sort_maps_columns_to_store_keys(db):
    add_articles(db)
    model = make_model(db)
    model.set_filter(EntryFilter())
    model.sort(m.COL_SPEAKER, Qt.SortOrder.DescendingOrder)
    assert model.sort_key() == ("speaker", True)
    assert model.index(0, m.COL_SPEAKER).data() == "Vladimir Putin"
    model.set_filter(EntryFilter(search="Putin"))
    assert model.sort_key() == ("speaker", True)  # an explicit sort survives a search


def test_roles(db):
    add_articles(db)
    model = make_model(db)
    model.set_filter(EntryFilter(kinds=["quote"]))
    row = model.index(0, 0).data(m.RowRole)
    assert row.kind == "quote"
    assert model.index(0, m.COL_KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(m.COL_GRADE, Qt.Orientation.Horizontal) == "Grade"
    assert "—" in model.index(0, m.COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_refresh_rows_rereads_an_edited_entry(db, qtbot):
    add_articles(db)
    model = make_model(db)
    model.set_filter(EntryFilter())
    entry_id = model.index(2, 0).data(m.IdRole)
    annotations.set_field(db, entry_id, "status", "flagged", analyst="t")
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_rows([entry_id])
    assert model.index(2, m.COL_STATUS).data() == "flagged"
    assert model.find_row(entry_id) == 2


class _StepPool:
    """Holds the model's last op so a test can hand back its answers one at a time."""

    sync = False

    def run(self, fn, done, **kwargs):
        self.fn, self.done, self.item = fn, done, kwargs.get("item")


class _Task:
    def __init__(self):
        self.items = []

    def report_item(self, value):
        self.items.append(value)

    def cancelled(self):
        return False


def test_a_big_selection_stays_windowed(db, monkeypatch):
    monkeypatch.setattr(m, "IDS_LIMIT", 500)
    monkeypatch.setattr(m, "CHEAP_OFFSET", 250)
    add_articles(db, many_articles(1000))
    pool = _StepPool()
    model = m.EntryTableModel(pool)
    model.set_db(db)
    model.set_filter(EntryFilter())
    task = _Task()
    assert pool.fn(db, task) is None  # too many to list every id
    pool.item(task.items[0])  # the first window
    assert model.rowCount() == 200 and model.count() is None
    pool.item(task.items[1])  # the count
    assert model.rowCount() == 1000 and model.count() == 1000
    assert model.index(999, m.COL_TEXT).data().startswith("Officials in town 999")  # cheap end
    assert model.index(500, m.COL_TEXT).data() == m.PLACEHOLDER  # asked of the worker
    pool.done(pool.fn(db, _Task()))
    assert model.index(500, m.COL_TEXT).data().startswith("Officials in town 500")


def test_ids_of_a_big_selection_follow_in_the_background(db, monkeypatch):
    monkeypatch.setattr(m, "IDS_LIMIT", 500)
    monkeypatch.setattr(m, "CHEAP_OFFSET", 250)
    add_articles(db, many_articles(1000))
    pool = _StepPool()
    model = m.EntryTableModel(pool)
    model.set_db(db)
    model.set_filter(EntryFilter())
    task = _Task()
    pool.done_value = pool.fn(db, task)
    done = pool.done
    for item in task.items:
        pool.item(item)
    done(pool.done_value)  # None: too many ids for now, so the model asks again, quietly
    assert model.find_row(12345) is None
    gen, ids = pool.fn(db, _Task())
    with_ids = []
    model.ids_arrived.connect(lambda: with_ids.append(True))
    pool.done((gen, ids))
    assert with_ids and model.find_row(ids[640]) == 640
    assert model.index(640, m.COL_TEXT).data().startswith("Officials in town 640")
