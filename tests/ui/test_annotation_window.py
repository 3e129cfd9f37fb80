"""Annotating inside the real main window: panel, menus, undo and the entries table."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from newsdigest.store import annotations, history
from newsdigest.ui.dialogs.bulk_edit_dialog import BulkTagDialog
from newsdigest.ui.models.entry_table_model import IdRole, RowRole


def row_of(window, entry_id):
    model = window.entry_model
    for r in range(model.rowCount()):
        if model.index(r, 0).data(IdRole) == entry_id:
            return model.index(r, 0).data(RowRole)
    raise AssertionError(f"entry {entry_id} not listed")


def select_rows(window, rows):
    view, model = window.entries_view, window.entry_model
    view.setCurrentIndex(model.index(rows[0], 0))
    for r in rows[1:]:
        view.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)


def find_action(menu, text):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None and (hit := find_action(action.menu(), text)):
            return hit
    return None


def test_panel_follows_the_selection_and_edits_show_in_the_table(window, qtbot):
    panel = window.annotation_panel
    select_rows(window, [0])
    entry_id = window.current_entry_id()
    assert panel.entry_id == entry_id and panel.stack.currentIndex() == 1
    qtbot.mouseClick(panel.status_buttons["flagged"], Qt.MouseButton.LeftButton)
    assert annotations.get_annotation(window.db, entry_id).status == "flagged"
    assert row_of(window, entry_id).status == "flagged"
    window.entries_view.setFocus()
    window.activateWindow()
    qtbot.keyClick(window.entries_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.get_annotation(window.db, entry_id).status == "new"
    assert row_of(window, entry_id).status == "new"
    assert panel.status_buttons["new"].isChecked()
    qtbot.keyClick(window.entries_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert row_of(window, entry_id).status == "flagged"
    assert [h.analyst for h in history.for_entry(window.db, entry_id)] == \
        [window.analyst] * 3


def test_bulk_tag_from_the_entry_menu(window, monkeypatch):
    select_rows(window, [0, 1, 2])
    ids = window.selected_entry_ids()
    assert len(ids) == 3

    def fake_exec(dialog):
        dialog.tag_edit.setText("follow-up")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(BulkTagDialog, "exec", fake_exec)
    find_action(window.entry_menu, "Tag…").trigger()
    assert all(row_of(window, i).tags == ["follow-up"] for i in ids)
    window.undo_stack.undo()
    assert all(row_of(window, i).tags == [] for i in ids)


def test_reliability_reaches_every_entry_of_the_outlet(window, qtbot):
    select_rows(window, [0])
    panel = window.annotation_panel
    outlet = panel.outlet
    assert outlet
    panel.reliability.setFocus()
    while panel.reliability.currentData() != "C":
        qtbot.keyClick(panel.reliability, Qt.Key.Key_Down)
    model = window.entry_model
    rows = [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]
    same = [r for r in rows if r.article_title in _titles_of(window, outlet)]
    assert same and all(r.reliability == "C" for r in same)
    assert all(r.reliability is None for r in rows if r not in same)


def _titles_of(window, outlet):
    from newsdigest.store import articles
    return {a.title for a, _ in articles.list_articles(window.db) if a.outlet == outlet}


def test_menus_hold_the_annotation_actions(window):
    for menu, text in [(window.entry_menu, "Edit Entry…"), (window.entry_menu, "Delete Entry"),
                       (window.entry_context_menu, "Tag…"), (window.tools_menu, "Merge Entities…"),
                       (window.edit_menu, "Preferences…"), (window.file_menu, "Import…")]:
        assert find_action(menu, text) is not None, text
    texts = [a.text() for a in window.article_context_actions]
    assert "New Quote from Selection" in texts


def test_new_quote_from_a_selection_in_the_real_article_view(window, monkeypatch):
    from newsdigest.store import entries
    from newsdigest.ui.dialogs.new_entry_dialog import NewEntryDialog
    select_rows(window, [0])
    view = window.article_view
    text = view.article.text
    start = text.index("the army would")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("the army would"), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    menu = view.build_context_menu()
    new_quote = find_action(menu, "New Quote from Selection")
    assert new_quote is not None and new_quote.isEnabled()
    seen = []
    monkeypatch.setattr(NewEntryDialog, "exec",
                        lambda d: seen.append(d) or QDialog.DialogCode.Accepted)
    new_quote.trigger()
    assert seen[0].speaker.currentText() == "Vladimir Putin"
    made = entries.get_entry(window.db, window.current_entry_id())
    assert (made.text, made.start, made.origin) == ("the army would", start, "analyst")
    # The new entry is listed, counted and selected in the table.
    assert window.entry_model.count() == 9 and window.count_label.text() == "9 entries"
    assert window.entries_view.currentIndex().data(IdRole) == made.id
    cursor.clearSelection()
    view.setTextCursor(cursor)
    assert not find_action(view.build_context_menu(), "New Quote from Selection").isEnabled()


def test_deleting_an_entry_drops_its_row_and_selects_the_next(window):
    select_rows(window, [2])
    deleted = window.current_entry_id()
    following = window.entry_model.index(3, 0).data(IdRole)
    find_action(window.entry_menu, "Delete Entry").trigger()
    listed = [window.entry_model.index(r, 0).data(IdRole) for r in range(window.entry_model.rowCount())]
    assert deleted not in listed and window.count_label.text() == "7 entries"
    assert window.current_entry_id() == following
    assert window.entries_view.currentIndex().data(IdRole) == following
    assert window.annotation_panel.entry_id == following
    window.undo_stack.undo()
    assert window.entry_model.count() == 8


def test_merge_starts_from_the_selected_name_and_finds_the_other_by_typing(window, qtbot,
                                                                           monkeypatch):
    from newsdigest.store import entities
    from newsdigest.ui.dialogs.merge_entities_dialog import MergeEntitiesDialog
    window.show_view(1)
    assert window.entities_view.select_name("Vladimir Putin")
    seen = []

    def run(dialog):
        seen.append(dialog)
        assert dialog.merge_combo.currentText().startswith("Vladimir Putin (person")
        assert dialog.keep_combo.currentText() == ""
        qtbot.keyClicks(dialog.keep_combo.lineEdit(), "nonsense")
        dialog._on_buttons_accepted()
        assert "from their lists" in dialog.error_label.text()
        peskov = next(dialog.keep_combo.itemText(i) for i in range(dialog.keep_combo.count())
                      if "Peskov" in dialog.keep_combo.itemText(i))
        dialog.keep_combo.lineEdit().setText(peskov)
        dialog._on_buttons_accepted()
        return dialog.result()
    monkeypatch.setattr(MergeEntitiesDialog, "exec", run)
    find_action(window.tools_menu, "Merge Entities…").trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    names = [e.name for e in entities.list_entities(window.db, "person")]
    assert "Vladimir Putin" not in names and "Dmitry Peskov" in names


def test_del_deletes_from_the_entries_table_only(window, qtbot):
    from newsdigest.store import entries
    window.activateWindow()
    select_rows(window, [0])
    window.show_view(1)
    names = window.entities_view.table
    names.setFocus()
    qtbot.waitUntil(names.hasFocus, timeout=2000)
    qtbot.keyClick(names, Qt.Key.Key_Delete)  # browsing names: nothing is deleted
    assert entries.deleted_entries(window.db) == []
    window.show_view(0)
    window.entries_view.setFocus()
    qtbot.waitUntil(window.entries_view.hasFocus, timeout=2000)
    qtbot.keyClick(window.entries_view, Qt.Key.Key_Delete)
    assert len(entries.deleted_entries(window.db)) == 1


def test_ctrl_z_in_the_tag_field_undoes_the_tag_just_added(window, qtbot):
    window.activateWindow()
    select_rows(window, [0])
    entry_id = window.current_entry_id()
    field = window.annotation_panel.tag_editor.line_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClicks(field, "urgent")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert annotations.get_annotation(window.db, entry_id).tags == ["urgent"]
    qtbot.waitUntil(lambda: field.text() == "", timeout=1000)  # cleared for the next tag
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.get_annotation(window.db, entry_id).tags == []
    assert field.text() == ""  # not the typed tag put back
    qtbot.keyClick(field, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert annotations.get_annotation(window.db, entry_id).tags == ["urgent"]


def test_annotation_files_are_exported_and_imported_on_the_worker(make_window, store_path,
                                                                   tmp_path, monkeypatch, qtbot,
                                                                   _no_modals):
    import threading

    from PySide6.QtWidgets import QFileDialog
    from ui_factory import make_store

    from newsdigest.store import entries, open_database
    from newsdigest.ui import annotation_actions

    theirs = open_database(make_store(tmp_path / "theirs.db"))
    entry = entries.entries_of_article(theirs, 1)[0]
    annotations.set_field(theirs, entry.id, "note", "seen by bob", analyst="bob")
    annotations.add_tag(theirs, [entry.id], "kursk", analyst="bob")
    theirs.close()
    window = make_window(store_path, sync=False)
    threads = []
    for name in ("export_annotations", "import_annotations"):
        real = getattr(annotation_actions, name)

        def spy(*args, real=real, **kwargs):
            threads.append(threading.current_thread())
            return real(*args, **kwargs)
        monkeypatch.setattr(annotation_actions, name, spy)

    bob = tmp_path / "bob.json"
    their_window = make_window(str(tmp_path / "theirs.db"), sync=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bob), ""))
    find_action(their_window.file_menu, "Export…").trigger()
    qtbot.waitUntil(lambda: any("Exported" in str(m) for m in _no_modals), timeout=10_000)
    assert bob.exists()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bob), ""))
    find_action(window.file_menu, "Import…").trigger()
    assert not any("Applied" in str(m) for m in _no_modals)  # reported later, from the worker
    qtbot.waitUntil(lambda: any("Applied" in str(m) for m in _no_modals), timeout=10_000)
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert annotations.get_annotation(window.db, entry.id).note == "seen by bob"
    assert annotations.get_annotation(window.db, entry.id).tags == ["kursk"]
    assert window.undo_stack.count() == 1  # one undo step, as before
    window.undo_stack.undo()
    assert annotations.get_annotation(window.db, entry.id).note == ""
    assert annotations.get_annotation(window.db, entry.id).tags == []
    window.undo_stack.redo()
    assert annotations.get_annotation(window.db, entry.id).note == "seen by bob"
