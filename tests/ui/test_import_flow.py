"""Importing from the GUI: dropped files, a cancelled batch, a pasted article."""
from __future__ import annotations

import time

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from newsdigest.store import articles as article_store
from newsdigest.ui import import_flow
from newsdigest.ui.dialogs.paste_dialog import PasteDialog

ARTICLE = ("Russian forces captured the village of Nikolaevo on Monday, the defence ministry "
           "said. \"We will not stop,\" said General Ivan Petrov, commander of the group.")


def write_articles(folder, n: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"article-{i:03d}.txt"
        path.write_text(f"Bridge {i} reopened\n\nOfficials in town {i} said bridge {i} "
                        f"reopened on Monday after {i + 2} weeks of repairs.", encoding="utf-8")
        paths.append(str(path))
    return paths


def drop(window, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # QApplication.sendEvent drops drag events that no drag manager started,
    # so the window's handlers get the events directly.
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(event)


def test_dropping_a_file_imports_it(window, tmp_path):
    path = tmp_path / "nikolaevo.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    before = window.entry_model.rowCount()
    drop(window, [str(path)])
    dialog = window.import_dialog
    assert dialog is not None and not dialog.running
    assert dialog.result_lines()[0].startswith("imported: nikolaevo.txt")
    assert window.entry_model.rowCount() > before
    assert window.sidebar.article_model.rowCount() == 4


def test_dropping_a_folder_reports_each_file(window, tmp_path):
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"not a pdf")
    drop(window, [str(tmp_path / "in")])
    lines = window.import_dialog.result_lines()
    assert len(lines) == 4
    assert sum(line.startswith("imported") for line in lines) == 3
    assert any(line.startswith("error") and "broken.pdf" in line for line in lines)
    assert "3 imported" in window.import_dialog.status.text()


def test_cancelling_an_import_keeps_what_finished(make_window, store_path, tmp_path, qtbot,
                                                  monkeypatch):
    from newsdigest import library
    real = library.import_file

    def slow_import(*args, **kwargs):  # a big file: long enough to press Cancel
        time.sleep(0.1)
        return real(*args, **kwargs)
    monkeypatch.setattr(library, "import_file", slow_import)
    window = make_window(store_path, sync=False)
    files = write_articles(tmp_path / "many", 40)
    dialog = import_flow.start_import(window, files)
    qtbot.waitUntil(lambda: len(dialog.result_lines()) >= 2, timeout=20000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    imported = len(dialog.result_lines())
    assert 2 <= imported < 40
    assert "Cancelled" in dialog.status.text()
    assert len(article_store.list_articles(window.db)) == 3 + imported
    qtbot.waitUntil(lambda: not window.pool.is_busy(), timeout=10000)
    assert window.sidebar.article_model.rowCount() == 3 + imported


def test_window_stays_responsive_during_an_import(make_window, store_path, tmp_path, qtbot,
                                                  monkeypatch):
    from newsdigest import library
    real = library.import_file

    def slow_import(*args, **kwargs):
        time.sleep(0.1)
        return real(*args, **kwargs)
    monkeypatch.setattr(library, "import_file", slow_import)
    window = make_window(store_path, sync=False)
    dialog = import_flow.start_import(window, write_articles(tmp_path / "bg", 15))
    qtbot.waitUntil(lambda: len(dialog.result_lines()) >= 1, timeout=20000)
    window.set_search("Putin")  # answered between two files, not after the batch
    qtbot.waitUntil(lambda: window.entry_model.count() is not None and
                    window.entry_model.rowCount() >= 2, timeout=20000)
    assert dialog.running
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert dialog.counts["imported"] == 15


def test_paste_dialog_adds_an_article(window, monkeypatch):
    def fill(dialog):
        dialog.title.setText("Village captured")
        dialog.outlet.setText("TASS")
        dialog.date.setText("2025-03-10")
        dialog.text.setPlainText(ARTICLE)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PasteDialog, "exec", fill)
    window.paste_action.trigger()
    titles = [a.title for a, _ in article_store.list_articles(window.db)]
    assert "Village captured" in titles
    assert "Nikolaevo" in window.article_view.toPlainText()
    assert "imported" in window.statusBar().currentMessage()


def test_paste_dialog_checks_the_date_inline(qtbot):
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "Some article text.")
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.date, "12/03/2025")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() or not dialog.error.isHidden()
    assert "YYYY-MM-DD" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.date.setText("2025-03-12")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["published"] == "2025-03-12"


def test_drag_enter_accepts_files_only(window):
    assert import_flow.dropped_paths(QMimeData()) == []
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/a.html")])
    assert import_flow.dropped_paths(mime) == []
