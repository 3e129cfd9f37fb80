"""Stores: New, Open Recent, the last store reopening, window state kept."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from newsdigest import app, settings


def test_new_store_is_empty_and_says_what_to_do(window, tmp_path, monkeypatch):
    target = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_store_action.trigger()
    assert window.store_path == str(target)
    assert "fresh.db" in window.windowTitle()
    assert window.entry_model.rowCount() == 0
    assert window.entries_stack.currentWidget() is window.empty_state
    assert "No articles yet" in window.empty_state.text()
    assert window.empty_state.buttons[0].text().startswith("Import Files")


def test_open_recent_lists_stores_and_opens_one(window, store_path, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_store_action.trigger()
    assert window.store_path == str(other)
    window.rebuild_recent_menu()
    actions = window.recent_menu.actions()
    assert [a.toolTip() for a in actions[:2]] == [str(other), store_path]
    opened = []
    window.store_opened.connect(opened.append)
    actions[1].trigger()
    assert opened == [store_path]
    assert window.entry_model.rowCount() == 8
    assert settings.load().last_store == store_path


def test_last_store_reopens_and_window_state_is_restored(store_path, qtbot):
    first = app.create_window(store_path, sync=True)
    qtbot.addWidget(first)
    first.main_splitter.setSizes([250, 700, 450])
    first.entries_view.setColumnWidth(2, 133)
    first.show_view(2)
    first.entries_view.horizontalHeader().setSortIndicator(2, first.entries_view.horizontalHeader().sortIndicatorOrder())
    first.close()
    second = app.create_window(None, sync=True)
    qtbot.addWidget(second)
    assert second.store_path == store_path
    assert second.entries_view.columnWidth(2) == 133
    assert second.views.currentIndex() == 2
    assert second.entry_model.sort_key()[0] == "speaker"
    second.close()


def test_store_option_opens_an_empty_store(tmp_path, qtbot):
    path = tmp_path / "given.db"
    window = app.create_window(str(path), sync=True)
    qtbot.addWidget(window)
    assert path.exists() and window.entry_model.rowCount() == 0
    window.close()


def test_default_store_gets_the_sample(qtbot):
    window = app.create_window(None, sync=True)
    qtbot.addWidget(window)
    assert window.store_path.endswith("newsdigest.db")
    assert window.entry_model.rowCount() > 5
    window.close()


def test_restoring_the_timeline_view_reads_nothing_before_a_store_opens(store_path, qtbot,
                                                                       caplog):
    first = app.create_window(store_path, sync=True)
    qtbot.addWidget(first)
    first.show_view(2)
    first.close()
    caplog.clear()
    second = app.create_window(None, sync=True)
    qtbot.addWidget(second)
    assert second.views.currentIndex() == 2
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
    assert second.timeline_view.bars  # read once the store was open
    second.close()


def test_first_start_fits_a_1280x800_screen_and_the_text_column_is_readable(store_path, qtbot,
                                                                             monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from newsdigest.ui.models.entry_table_model import COL_TEXT
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 800))
    window = app.create_window(store_path, sync=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1280 and window.height() <= 800
    sidebar, middle, details = window.main_splitter.sizes()
    assert middle > sidebar and details >= 400  # the annotation panel's buttons fit
    assert window.entries_view.columnWidth(COL_TEXT) >= 120
    window.show_view(1)
    qtbot.wait(10)
    assert window.entities_view.table.columnWidth(0) >= 120  # names, not "Vla…"
    articles = window.articles_view
    assert articles.columnWidth(0) >= 50  # titles get the sidebar's width
    assert articles.columnWidth(2) > articles.fontMetrics().horizontalAdvance("2025-03-14")
    assert articles.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    window.close()


def test_new_store_without_suffix_asks_before_replacing_a_db_of_that_name(window, store_path,
                                                                          tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    other = tmp_path / "other.db"
    import shutil
    shutil.copy(store_path, other)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "other"), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.new_store_action.trigger()
    assert asked and "other.db" in asked[0]
    assert other.stat().st_size > 0 and window.store_path == store_path


def test_new_store_refuses_the_open_store_and_clears_an_old_log(window, store_path, tmp_path,
                                                                 monkeypatch, _no_modals):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (store_path, ""))
    window.new_store_action.trigger()
    assert window.entry_model.rowCount() == 8 and "open in this window" in _no_modals[-1]
    stale = tmp_path / "stale.db"
    stale.write_bytes(b"old")
    (tmp_path / "stale.db-wal").write_bytes(b"old log")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stale), ""))
    window.new_store_action.trigger()
    assert window.store_path == str(stale) and window.entry_model.rowCount() == 0
    assert not (tmp_path / "stale.db-wal").exists() or \
        (tmp_path / "stale.db-wal").read_bytes() != b"old log"


def test_recent_store_named_with_an_ampersand_keeps_its_number_shortcut(window, tmp_path):
    from PySide6.QtGui import QKeySequence
    window.open_store(str(tmp_path / "R&D.db"))
    window.rebuild_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text() == "&1 R&&D.db"
    assert QKeySequence.mnemonic(first.text()) == QKeySequence("Alt+1")


def test_a_search_open_at_quit_does_not_lose_the_column_sort(store_path, qtbot):
    first = app.create_window(store_path, sync=True)
    qtbot.addWidget(first)
    first.entries_view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    first.set_search("Putin")  # ranked while the search is on
    first.close()
    second = app.create_window(None, sync=True)
    qtbot.addWidget(second)
    assert second.entry_model.sort_key() == ("speaker", True)
    second.close()
