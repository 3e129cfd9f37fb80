"""The annotation panel driven like an analyst would: every edit saved, undoable, logged."""
from __future__ import annotations

import pytest
from annotation_fakes import FakeWindow, make_store
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from newsdigest.store import annotations, articles, entries, history
from newsdigest.ui.widgets.annotation_panel import EMPTY_TEXT, NOTE_SAVE_DELAY_MS

HOSTILE = "<b>&<img src=x>"


@pytest.fixture
def win(qtbot):
    db, ids = make_store()
    window = FakeWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ids = ids
    window.select_entry(ids[0])
    yield window
    window.undo_stack.clear()
    db.close()


def note_of(win, entry_id=None):
    return annotations.get_annotation(win.db, entry_id or win.ids[0])


def choose(qtbot, combo, data):
    """Pick an item with the keyboard, as a person would (emits ``activated``)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"no item with data {data!r}"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def undo_keys(qtbot, win, redo=False):
    win.entries_view.setFocus()  # not the note: its own Ctrl+Z would undo typing
    win.activateWindow()
    mods = Qt.KeyboardModifier.ControlModifier
    if redo:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.entries_view, Qt.Key.Key_Z, mods)


def test_empty_state_when_nothing_is_selected(win):
    panel = win.annotation_panel
    assert panel.stack.currentIndex() == 1
    win.select_entry(None)
    assert panel.stack.currentIndex() == 0
    assert panel.empty_label.text() == EMPTY_TEXT == "Select an entry to annotate it"


def test_typing_a_note_saves_after_a_pause_as_one_undo_step(qtbot, win):
    panel = win.annotation_panel
    qtbot.mouseClick(panel.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.note, "Check the date")
    assert note_of(win).note == ""  # not per keystroke
    qtbot.waitUntil(lambda: note_of(win).note == "Check the date",
                    timeout=NOTE_SAVE_DELAY_MS * 4)
    assert win.undo_stack.count() == 1
    assert [h.field for h in history.for_entry(win.db, win.ids[0])] == ["note"]
    assert history.for_entry(win.db, win.ids[0])[0].analyst == "ann"


def test_note_saved_on_focus_out_and_hostile_text_stays_literal(qtbot, win):
    panel = win.annotation_panel
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, HOSTILE)
    panel.tag_editor.line_edit.setFocus()  # leaving the note saves it at once
    QApplication.processEvents()
    assert note_of(win).note == HOSTILE
    win.select_entry(win.ids[1])
    win.select_entry(win.ids[0])
    assert panel.note.toPlainText() == HOSTILE
    item = panel.history.tree.topLevelItem(0)
    assert HOSTILE in item.text(3)
    assert "&lt;img" in item.toolTip(3)  # tooltips are rich text: escaped


def test_add_tag_with_completer_and_remove_chip(qtbot, win):
    annotations.add_tag(win.db, [win.ids[1]], "kursk-offensive", analyst="bob")
    win.select_entry(win.ids[0])
    editor = win.annotation_panel.tag_editor
    editor.line_edit.setFocus()
    assert "kursk-offensive" in editor.completer.model().stringList()
    qtbot.keyClicks(editor.line_edit, "offens")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: note_of(win).tags == ["kursk-offensive"])
    qtbot.waitUntil(lambda: editor.line_edit.text() == "")
    qtbot.keyClicks(editor.line_edit, "brand new")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert note_of(win).tags == ["brand new", "kursk-offensive"]
    assert ("brand new", 1) in annotations.all_tags(win.db)
    qtbot.mouseClick(editor.chip("kursk-offensive"), Qt.MouseButton.LeftButton)
    assert note_of(win).tags == ["brand new"]
    assert editor.chip("kursk-offensive") is None and editor.chip("brand new") is not None


def test_credibility_status_priority_include(qtbot, win):
    panel = win.annotation_panel
    choose(qtbot, panel.credibility, 2)
    qtbot.mouseClick(panel.status_buttons["flagged"], Qt.MouseButton.LeftButton)
    choose(qtbot, panel.priority, 3)
    box = panel.include
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    note = note_of(win)
    assert (note.credibility, note.status, note.priority, note.include_in_brief) == \
        (2, "flagged", 3, True)
    assert win.undo_stack.count() == 4
    assert win.refreshed[-1] == [win.ids[0]]
    tip = panel.credibility.itemData(panel.credibility.findData(2), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2: Probably true")


def test_reliability_belongs_to_the_outlet(qtbot, win):
    panel = win.annotation_panel
    assert "every article" in panel.reliability_hint.text()
    tip = panel.reliability.itemData(panel.reliability.findData("B"), Qt.ItemDataRole.ToolTipRole)
    assert "Usually reliable" in tip
    choose(qtbot, panel.reliability, "B")
    rows = win.rows(win.ids)
    reuters = [i for i in win.ids if articles.get_article(
        win.db, entries.get_entry(win.db, i).article_id).outlet == "Reuters"]
    assert len(reuters) == 4
    assert all(rows[i].reliability == "B" for i in reuters)
    assert rows[win.ids[3]].reliability is None
    assert win.refreshed[-1] is None  # every entry may show it
    win.select_entry(win.ids[4])  # another Reuters article
    assert panel.reliability.currentData() == "B"
    win.select_entry(win.ids[3])  # no outlet
    assert not panel.reliability.isEnabled()
    win.undo_stack.undo()
    assert win.rows([win.ids[0]])[win.ids[0]].reliability is None


def test_undo_and_redo_with_the_keyboard(qtbot, win):
    panel = win.annotation_panel
    qtbot.mouseClick(panel.status_buttons["reviewed"], Qt.MouseButton.LeftButton)
    choose(qtbot, panel.credibility, 1)
    undo_keys(qtbot, win)
    assert note_of(win).credibility is None and note_of(win).status == "reviewed"
    assert panel.credibility.currentData() is None  # the panel follows the undo
    undo_keys(qtbot, win)
    assert note_of(win).status == "new"
    assert panel.status_buttons["new"].isChecked()
    undo_keys(qtbot, win, redo=True)
    assert note_of(win).status == "reviewed"
    fields = [(h.field, h.new_value) for h in history.for_entry(win.db, win.ids[0])]
    assert fields[-3:] == [("credibility", None), ("status", "new"), ("status", "reviewed")]


def test_history_lists_changes_and_restores_an_old_value(qtbot, win):
    panel = win.annotation_panel
    qtbot.mouseClick(panel.status_buttons["flagged"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.status_buttons["dismissed"], Qt.MouseButton.LeftButton)
    tree = panel.history.tree
    assert tree.topLevelItemCount() == 2
    newest = tree.topLevelItem(0)
    assert (newest.text(1), newest.text(2), newest.text(3)) == \
        ("ann", "status", "flagged → dismissed")
    assert not panel.history.restore_button.isEnabled()
    tree.setCurrentItem(newest)
    assert panel.history.restore_button.isEnabled()
    qtbot.mouseClick(panel.history.restore_button, Qt.MouseButton.LeftButton)
    assert note_of(win).status == "flagged"
    assert panel.status_buttons["flagged"].isChecked()
    assert tree.topLevelItemCount() == 3
    win.undo_stack.undo()  # a restore is an edit like any other
    assert note_of(win).status == "dismissed"


def test_no_op_edit_does_not_clutter_the_stack(qtbot, win):
    panel = win.annotation_panel
    qtbot.mouseClick(panel.status_buttons["new"], Qt.MouseButton.LeftButton)
    assert win.undo_stack.count() == 0 and history.for_entry(win.db, win.ids[0]) == []


def _restore(qtbot, panel, change):
    tree = panel.history.tree
    item = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                if tree.topLevelItem(n).text(2) == change)
    tree.setCurrentItem(item)
    qtbot.mouseClick(panel.history.restore_button, Qt.MouseButton.LeftButton)


def test_history_restores_a_corrected_speaker_and_a_removed_tag(qtbot, win):
    panel = win.annotation_panel
    entries.update_entry(win.db, win.ids[0], "speaker", "Kremlin", analyst="bob")
    annotations.add_tag(win.db, [win.ids[0]], "kremlin", analyst="bob")
    annotations.remove_tag(win.db, [win.ids[0]], "kremlin", analyst="bob")
    panel.reload()
    assert panel.history.tree.topLevelItem(0).text(3) == "kremlin"
    _restore(qtbot, panel, "tag removed")
    assert note_of(win).tags == ["kremlin"]
    _restore(qtbot, panel, "entry speaker")
    assert entries.get_entry(win.db, win.ids[0]).speaker == "Dmitry Peskov"
    assert panel.kind_label.text().endswith("Dmitry Peskov")
    win.undo_stack.undo()
    assert entries.get_entry(win.db, win.ids[0]).speaker == "Kremlin"


def test_history_lists_outlet_reliability_changes(qtbot, win):
    panel = win.annotation_panel
    articles.set_reliability(win.db, "Reuters", "E", analyst="bob")
    panel.reload()
    top = panel.history.tree.topLevelItem(0)
    assert (top.text(1), top.text(2), top.text(3)) == ("bob", "reliability of Reuters", "— → E")
    _restore(qtbot, panel, "reliability of Reuters")
    assert articles.list_sources(win.db)[0].reliability is None


def test_a_note_typed_before_another_store_opens_never_lands_in_it(qtbot, win):
    panel = win.annotation_panel
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "for the old store")
    other, _ = make_store()
    old, win.db = win.db, other
    win.store_opened.emit(":memory:")
    panel.set_entry(win.ids[0])
    assert annotations.get_annotation(other, win.ids[0]).note == ""
    assert win.undo_stack.count() == 0
    win.db = old
    other.close()


def test_history_reads_flags_and_priorities_as_words(qtbot, win):
    panel = win.annotation_panel
    annotations.set_field(win.db, win.ids[0], "include_in_brief", True, analyst="ann")
    annotations.set_field(win.db, win.ids[0], "priority", 3, analyst="ann")
    panel.reload()
    tree = panel.history.tree
    assert [tree.topLevelItem(n).text(3) for n in range(2)] == ["none → high", "no → yes"]


def test_ctrl_z_in_the_note_undoes_through_the_one_stack(qtbot, win):
    panel = win.annotation_panel
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "first")
    panel.save_note()
    qtbot.keyClicks(panel.note, " second")  # a burst not saved yet
    win.activateWindow()
    qtbot.keyClick(panel.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note_of(win).note == "first"  # the burst was saved, then undone
    assert panel.note.toPlainText() == "first"
    qtbot.keyClick(panel.note, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert note_of(win).note == "first second" == panel.note.toPlainText()
    assert panel.note.textCursor().position() == len("first")  # the caret stayed put
