"""Start-up: the entry point, a file that is not a store, shortcuts and menus."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def test_module_entry_point_answers_version():
    proc = subprocess.run([sys.executable, "-m", "newsdigest", "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0 and "News Digest" in proc.stdout


def test_a_file_that_is_not_a_store_is_reported_not_raised(window, tmp_path, _no_modals):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    before = window.store_path
    assert window.open_store(str(bogus)) is False
    assert window.store_path == before  # the open store stays
    assert any("notes.db" in str(message) for message in _no_modals)


def test_menus_show_standard_shortcuts(window):
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.open_store_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.export_brief_action.shortcut() == QKeySequence("Ctrl+E")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    file_items = [a.text() for a in window.file_menu.actions()]
    for wanted in ("&New Store…", "&Open Store…", "Open &Recent", "&Import Files…",
                   "Import &Folder…", "&Paste Article…", "Export &Brief…", "&Quit"):
        assert wanted in file_items
    assert all(a.toolTip() for a in (window.import_files_action, window.paste_action))


def test_find_focuses_the_search_box(window, qtbot):
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)


def test_down_in_the_search_box_goes_to_the_first_result(window, qtbot):
    from PySide6.QtCore import Qt

    from newsdigest.ui.models.entry_table_model import RowRole
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)
    qtbot.keyClicks(window.search_box, "liberate")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # before the typing pause ends
    qtbot.waitUntil(window.entries_view.hasFocus, timeout=2000)
    first = window.entry_model.index(0, 0).data(RowRole)
    assert first.text == "the army would completely liberate Kursk."
    assert window.current_entry_id() == first.id


def test_entry_context_menu_offers_entry_actions(window):
    window.entries_view.selectRow(1)
    texts = [a.text() for a in window.entry_context_menu.actions()]
    assert "&Copy Entry Text" in texts and "Filter by &Speaker" in texts


def test_articles_sort_by_entry_count(window):
    view = window.articles_view
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    counts = [int(view.model().index(r, 3).data()) for r in range(view.model().rowCount())]
    assert counts == sorted(counts)
    view.selectRow(0)
    selected = window.sidebar.selected_ids()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert window.sidebar.selected_ids() == selected  # the selection follows its article


def test_ctrl_c_in_the_article_copies_the_selected_words(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from newsdigest.ui.models.entry_table_model import RowRole
    window.activateWindow()
    window.entries_view.selectRow(0)
    view = window.article_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(10, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.toPlainText()[:10]
    window.entries_view.setFocus()
    qtbot.waitUntil(window.entries_view.hasFocus, timeout=2000)
    qtbot.keyClick(window.entries_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == window.entry_model.index(0, 0).data(RowRole).text
