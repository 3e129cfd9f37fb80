"""Menu actions: bulk edits, corrections, new entries, merges, exchange files, preferences."""
from __future__ import annotations

import pytest
from annotation_fakes import TEXT, FakeWindow, make_store
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from newsdigest import settings
from newsdigest.domain import Entry
from newsdigest.exchange import export_annotations
from newsdigest.store import annotations, articles, conflicts, entities, entries, history
from newsdigest.ui.dialogs.bulk_edit_dialog import BulkTagDialog
from newsdigest.ui.dialogs.conflicts_dialog import ConflictsDialog
from newsdigest.ui.dialogs.entry_edit_dialog import EntryEditDialog
from newsdigest.ui.dialogs.merge_entities_dialog import MergeEntitiesDialog
from newsdigest.ui.dialogs.new_entry_dialog import NewEntryDialog
from newsdigest.ui.dialogs.preferences_dialog import PreferencesDialog

HOSTILE = "<b>&<img src=x>"


win_messages: list[str] = []


@pytest.fixture
def win(qtbot, monkeypatch):
    win_messages.clear()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: win_messages.append(box.text()) or 0)
    db, ids = make_store()
    window = FakeWindow(db)
    qtbot.addWidget(window)
    window.ids = ids
    window.select_entry(ids[0])
    yield window
    window.undo_stack.clear()
    db.close()


def accept_with(monkeypatch, dialog_class, fill):
    """Make ``dialog_class.exec`` fill the dialog like the analyst would, then accept."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def find_action(menu, text):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = find_action(action.menu(), text)
            if found is not None:
                return found
    return None


def menu_action(menu, text):
    found = find_action(menu, text)
    assert found is not None, f"no {text!r} in {menu.title()!r}"
    return found


def test_actions_are_installed_in_the_menus(win):
    for menu, text in [(win.entry_menu, "Edit Entry…"), (win.entry_menu, "Delete Entry"),
                       (win.entry_menu, "Restore Deleted…"), (win.entry_menu, "Tag…"),
                       (win.entry_menu, "Flagged"), (win.entry_context_menu, "Untag…"),
                       (win.entry_context_menu, "Exclude from Brief"),
                       (win.tools_menu, "Merge Entities…"), (win.edit_menu, "Preferences…"),
                       (win.file_menu, "Import…"), (win.file_menu, "Export…")]:
        assert menu_action(menu, text) is not None
    assert menu_action(win.entry_menu, "Delete Entry").shortcut().toString() == "Del"
    assert [a.text() for a in win.article_context_actions] == \
        ["New Quote from Selection", "New Event from Selection"]


def test_bulk_edits_on_three_entries_undo_in_one_step(win, monkeypatch):
    three = win.ids[:3]
    win.selection = three
    accept_with(monkeypatch, BulkTagDialog, lambda d: d.tag_edit.setText("kursk"))
    menu_action(win.entry_menu, "Tag…").trigger()
    menu_action(win.entry_menu, "Flagged").trigger()
    menu_action(win.entry_menu, "3  Possibly true").trigger()
    menu_action(win.entry_context_menu, "Include in Brief").trigger()
    for entry_id in three:
        note = annotations.get_annotation(win.db, entry_id)
        assert (note.tags, note.status, note.credibility, note.include_in_brief) == \
            (["kursk"], "flagged", 3, True)
    assert annotations.get_annotation(win.db, win.ids[3]).tags == []
    assert win.undo_stack.count() == 4 and win.refreshed[-1] == three
    win.undo_stack.undo()  # the include, on all three at once
    assert not any(annotations.get_annotation(win.db, i).include_in_brief for i in three)
    win.undo_stack.undo()
    win.undo_stack.undo()
    assert {annotations.get_annotation(win.db, i).status for i in three} == {"new"}
    win.undo_stack.redo()
    assert {annotations.get_annotation(win.db, i).status for i in three} == {"flagged"}


def test_bulk_untag_undo_only_touches_entries_that_had_the_tag(win, monkeypatch):
    annotations.add_tag(win.db, win.ids[:2], "watch", analyst="bob")
    win.selection = win.ids[:3]
    accept_with(monkeypatch, BulkTagDialog, lambda d: d.tag_edit.setText("watch"))
    menu_action(win.entry_menu, "Untag…").trigger()
    assert annotations.tagged(win.db, win.ids, "watch") == []
    win.undo_stack.undo()
    assert annotations.tagged(win.db, win.ids, "watch") == sorted(win.ids[:2])


def test_bulk_tag_dialog_wants_a_name(qtbot):
    dialog = BulkTagDialog("Tag", 3, ["kursk"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(type(dialog.tag_edit))  # the dialog is built
    from PySide6.QtWidgets import QDialogButtonBox
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Tag"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and dialog.result() == 0


def test_edit_entry_with_a_speaker_candidate_then_undo(win, monkeypatch):
    def fill(dialog):
        assert dialog.speaker.findText("Kremlin") >= 0  # the extractor's candidates
        dialog.speaker.setCurrentText("Kremlin")
        dialog.kind.setCurrentIndex(dialog.kind.findData("claim"))
        dialog.date_edit.setText("2025-03-10")
    accept_with(monkeypatch, EntryEditDialog, fill)
    menu_action(win.entry_menu, "Edit Entry…").trigger()
    entry = entries.get_entry(win.db, win.ids[0])
    assert (entry.speaker, entry.kind, entry.date) == ("Kremlin", "claim", "2025-03-10")
    assert win.annotation_panel.kind_label.text().startswith("Claim")
    win.undo_stack.undo()
    entry = entries.get_entry(win.db, win.ids[0])
    assert (entry.speaker, entry.kind, entry.date) == ("Dmitry Peskov", "quote", None)


def test_entry_dialog_shows_a_bad_date_inline(qtbot, win):
    dialog = EntryEditDialog(entries.get_entry(win.db, win.ids[0]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.date_edit, "10/03/2025")
    dialog._on_buttons_accepted()
    assert dialog.error_label.isVisible() and "YYYY-MM-DD" in dialog.error_label.text()
    assert dialog.result() == 0


def test_delete_then_restore_from_history(win, monkeypatch):
    win.selection = [win.ids[1]]
    menu_action(win.entry_menu, "Delete Entry").trigger()
    assert entries.deleted_entries(win.db)[0][0] == win.ids[1]
    win.undo_stack.undo()
    assert entries.deleted_entries(win.db) == []
    win.undo_stack.redo()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    menu_action(win.entry_menu, "Restore Deleted…").trigger()
    assert entries.get_entry(win.db, win.ids[1]).text.startswith("Shelling")
    assert win.current == win.ids[1]
    changes = [h.new_value for h in history.for_entry(win.db, win.ids[1])]
    assert changes[-1] == "restored"


def test_new_quote_from_selection_prefills_the_nearest_speaker(win, monkeypatch):
    article = articles.get_article(win.db, entries.get_entry(win.db, win.ids[0]).article_id)
    win.article_view.show_article(article)
    start = TEXT.index("Monday")
    win.article_view.select(start - 1, start + len("Monday"))  # a stray space is trimmed
    seen = accept_with(monkeypatch, NewEntryDialog, lambda d: None)
    win.article_context_actions[0].trigger()
    dialog = seen[0]
    assert dialog.speaker.currentText() == "Dmitry Peskov"
    assert dialog.text_view.toPlainText() == "Monday"
    made = entries.get_entry(win.db, win.current)
    assert (made.kind, made.speaker, made.start, made.origin) == \
        ("quote", "Dmitry Peskov", start, "analyst")
    assert made.date == "2025-03-10"
    win.undo_stack.undo()
    assert made.id in [i for i, _, _ in entries.deleted_entries(win.db)]
    win.undo_stack.redo()  # the same entry comes back
    assert entries.get_entry(win.db, made.id).text == "Monday"


def test_new_event_later_in_the_text_picks_the_closer_name(win, monkeypatch):
    article = articles.get_article(win.db, entries.get_entry(win.db, win.ids[0]).article_id)
    win.article_view.show_article(article)
    start = TEXT.index("in a video")
    win.article_view.select(start, start + 10)
    seen = accept_with(monkeypatch, NewEntryDialog, lambda d: None)
    win.article_context_actions[0].trigger()
    assert seen[0].speaker.currentText() == "Zelensky"


def test_merge_entities_moves_entries_and_is_not_on_the_undo_stack(win, monkeypatch):
    people = {e.name: e.id for e in entities.list_entities(win.db, "person")}
    annotations.set_field(win.db, win.ids[0], "status", "reviewed", analyst="ann")

    def fill(dialog):
        dialog.merge_combo.setCurrentIndex(dialog.merge_combo.findData(people["Zelensky"]))
        dialog.keep_combo.setCurrentIndex(dialog.keep_combo.findData(people["Dmitry Peskov"]))
    accept_with(monkeypatch, MergeEntitiesDialog, fill)
    menu_action(win.tools_menu, "Merge Entities…").trigger()
    kept = [e for e in entities.list_entities(win.db, "person")]
    assert [(e.name, e.count) for e in kept] == [("Dmitry Peskov", 2)]
    assert "Zelensky" in kept[0].aliases
    assert win.undo_stack.count() == 0


def test_merge_dialog_refuses_different_types(qtbot, win):
    found = entities.list_entities(win.db)
    dialog = MergeEntitiesDialog(found)
    qtbot.addWidget(dialog)
    place = next(e for e in found if e.type == "place")
    person = next(e for e in found if e.type == "person")
    dialog.merge_combo.setCurrentIndex(dialog.merge_combo.findData(place.id))
    dialog.keep_combo.setCurrentIndex(dialog.keep_combo.findData(person.id))
    dialog._on_buttons_accepted()
    assert "cannot be merged" in dialog.error_label.text()


def test_import_file_with_a_conflict_then_resolve(win, monkeypatch, tmp_path):
    theirs, their_ids = make_store()
    annotations.set_field(theirs, their_ids[0], "credibility", 5, analyst="bob")
    annotations.set_field(theirs, their_ids[0], "note", HOSTILE, analyst="bob")
    annotations.add_tag(theirs, [their_ids[1]], "sumy", analyst="bob")
    path = tmp_path / "bob.json"
    export_annotations(theirs, path, analyst="bob")
    annotations.set_field(win.db, win.ids[0], "credibility", 2, analyst="ann")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = accept_with(monkeypatch, ConflictsDialog, lambda d: None)
    monkeypatch.setattr(ConflictsDialog, "exec", lambda d: shown.append(d) or 0)  # decide later
    menu_action(win.file_menu, "Import…").trigger()
    dialog = shown[0]
    assert dialog.table.rowCount() == 1
    assert dialog.table.cellWidget(0, 2).text() == "2"
    assert dialog.table.cellWidget(0, 3).text() == "5  (bob)"
    assert annotations.get_annotation(win.db, win.ids[0]).credibility == 2  # ours kept
    assert annotations.get_annotation(win.db, win.ids[0]).note == HOSTILE
    assert annotations.get_annotation(win.db, win.ids[1]).tags == ["sumy"]
    assert "conflict" in win.annotation_panel.conflict_label.text()
    assert win_messages[-1].startswith("Applied 2 changes from bob.")
    assert "1 change conflicts with yours" in win_messages[-1]

    accept_with(monkeypatch, ConflictsDialog, lambda d: d.choose_all("theirs"))
    menu_action(win.file_menu, "Resolve Conflicts…").trigger()
    assert annotations.get_annotation(win.db, win.ids[0]).credibility == 5
    assert conflicts.pending(win.db) == []
    win.undo_stack.undo()  # the choice waits again, ours is back
    assert annotations.get_annotation(win.db, win.ids[0]).credibility == 2
    assert len(conflicts.pending(win.db)) == 1
    win.undo_stack.undo()  # the import itself, with the conflict it raised
    assert annotations.get_annotation(win.db, win.ids[0]).note == ""
    assert annotations.get_annotation(win.db, win.ids[1]).tags == []
    assert conflicts.pending(win.db) == []
    win.undo_stack.redo()
    assert annotations.get_annotation(win.db, win.ids[0]).note == HOSTILE
    assert len(conflicts.pending(win.db)) == 1
    theirs.close()


def test_conflicts_dialog_shows_hostile_text_literally(qtbot):
    clash = conflicts.Conflict(entry_id=1, field="note", ours="mine", theirs=HOSTILE,
                               their_analyst="bob", entry_text="text", id=7)
    dialog = ConflictsDialog([clash])
    qtbot.addWidget(dialog)
    assert dialog.table.cellWidget(0, 3).text() == f"{HOSTILE}  (bob)"
    assert dialog.choices() == {7: "ours"}
    qtbot.mouseClick(dialog.table.cellWidget(0, 3), Qt.MouseButton.LeftButton)
    assert dialog.choices() == {7: "theirs"}


def test_export_writes_a_file(win, monkeypatch, tmp_path):
    annotations.set_field(win.db, win.ids[0], "status", "reviewed", analyst="ann")
    path = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    menu_action(win.file_menu, "Export…").trigger()
    assert '"analyst": "ann"' in path.read_text("utf-8")


def test_preferences_sets_the_analyst_name(win, monkeypatch, qtbot):
    assert menu_action(win.edit_menu, "Preferences…").shortcut() is not None
    accept_with(monkeypatch, PreferencesDialog, lambda d: d.analyst_edit.setText("  Ann  Lee "))
    menu_action(win.edit_menu, "Preferences…").trigger()
    assert win.analyst == "Ann Lee" and settings.load().analyst == "Ann Lee"
    win.annotation_panel.status_buttons["flagged"].click()
    assert history.for_entry(win.db, win.ids[0])[-1].analyst == "Ann Lee"
    dialog = PreferencesDialog(settings.Preferences(analyst="x"))
    qtbot.addWidget(dialog)
    dialog.analyst_edit.clear()
    dialog._on_buttons_accepted()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.result() == 0


def test_speaker_guess_prefers_known_people_then_capitalised_names():
    from newsdigest.ui.annotation_names import nearest_name, nearest_names
    people = {"Dmitry Peskov": ["Peskov"], "Volodymyr Zelensky": ["Zelensky"]}
    text = 'Peskov spoke first. Later Zelensky said "we hold". Then "no".'
    assert nearest_name(text, text.index("we hold"), people) == "Volodymyr Zelensky"
    assert nearest_names(text, text.index("Later"), people) == \
        ["Dmitry Peskov", "Volodymyr Zelensky"]
    plain = 'Health Minister Maria Gomez said "the wards are full".'
    assert nearest_name(plain, plain.index("the wards"), {}) == "Health Minister Maria Gomez"
    assert nearest_name("no names here", 5, {}) == ""


def test_undoing_an_import_removes_the_entry_it_brought(win, monkeypatch, tmp_path):
    theirs, _ = make_store()
    start = TEXT.index("video address")
    made = entries.add_entry(theirs, 1, Entry(kind="event", text="video address", start=start,
                                              end=start + 13), analyst="bob")
    path = tmp_path / "bob.json"
    export_annotations(theirs, path, analyst="bob")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menu_action(win.file_menu, "Import…").trigger()
    copy = next(e for e in entries.entries_of_article(win.db, 1) if e.origin == "analyst")
    assert copy.text == "video address" and copy.id == made.id  # same shape of store
    win.undo_stack.undo()
    assert all(e.origin != "analyst" for e in entries.entries_of_article(win.db, 1))
    win.undo_stack.redo()
    assert entries.get_entry(win.db, copy.id).text == "video address"
    theirs.close()


def test_an_undo_that_can_no_longer_apply_is_reported_and_dropped(win, monkeypatch, qtbot):
    shown = []
    win.show_app_error = shown.append
    accept_with(monkeypatch, EntryEditDialog, lambda d: d.speaker.setCurrentText("Kremlin"))
    menu_action(win.entry_menu, "Edit Entry…").trigger()
    entries.delete_entry(win.db, win.ids[0], analyst="bob")  # behind the stack's back
    win.undo_stack.undo()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "deleted" in str(shown[0]) and win.undo_stack.count() == 0
