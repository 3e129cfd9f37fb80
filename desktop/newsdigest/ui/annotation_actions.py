"""Menu actions for annotating: corrections, bulk edits, merges, exchange files.

``install(window)`` adds the actions to the main window's menus.  Every edit
becomes an undo command pushed on ``window.undo_stack`` (see
``ui/undo_commands.py``); dialogs only collect choices and never write.
Exporting and importing annotation files run on ``window.pool``'s worker
behind a busy dialog; their results are shown on the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from newsdigest import settings
from newsdigest.domain.errors import AppError
from newsdigest.domain.models import CREDIBILITY, Kind, Status, plural
from newsdigest.exchange import export_annotations, import_annotations
from newsdigest.store import annotations, conflicts, entities, entries
from newsdigest.ui import undo_commands as cmd
from newsdigest.ui.annotation_names import nearest_names
from newsdigest.ui.dialogs.bulk_edit_dialog import BulkTagDialog
from newsdigest.ui.dialogs.conflicts_dialog import ConflictsDialog
from newsdigest.ui.dialogs.entry_edit_dialog import EntryEditDialog
from newsdigest.ui.dialogs.merge_entities_dialog import MergeEntitiesDialog
from newsdigest.ui.dialogs.new_entry_dialog import NewEntryDialog
from newsdigest.ui.dialogs.preferences_dialog import PreferencesDialog
from newsdigest.ui.errors import show_error
from newsdigest.ui.undo_exchange import ImportAnnotations, ResolveConflicts
from newsdigest.workers.pool import URGENT

FILE_FILTER = "Annotation files (*.json);;All files (*)"


def push(window, command) -> bool:
    """Perform ``command`` through the undo stack; a failure is shown, not raised."""
    window.undo_stack.push(command)
    if command.error is not None:
        show_error(window, command.error)
        return False
    return True


def inform(window, title: str, text: str) -> None:
    """A message in plain text: names and paths from a file are never read as HTML."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# --- corrections ---------------------------------------------------------------------

def edit_entry(window, entry_id: int | None) -> None:
    if entry_id is None:
        return
    try:
        entry = entries.get_entry(window.db, entry_id)
    except AppError as exc:
        return show_error(window, exc)
    dialog = EntryEditDialog(entry, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changes():
        push(window, cmd.EditEntry(window, entry_id, dialog.changes()))


def delete_selected(window) -> None:
    ids = window.selected_entry_ids()
    if not ids:
        return
    after = getattr(window, "entry_after", None)
    next_id = after(ids) if after is not None else None
    if push(window, cmd.DeleteEntries(window, ids)) and after is not None:
        window.select_entry(next_id)  # as a mail client does: the next row, not a deleted one


def restore_deleted(window) -> None:
    gone = entries.deleted_entries(window.db)
    if not gone:
        QMessageBox.information(window, "Restore Deleted Entry", "No entry has been deleted.")
        return
    labels = [f"#{i}  {' '.join(text.split())[:90]}  (deleted {at[:16].replace('T', ' ')})"
              for i, text, at in gone]
    label, ok = QInputDialog.getItem(window, "Restore Deleted Entry", "Deleted entries:",
                                     labels, 0, False)
    if ok and label in labels:
        entry_id = gone[labels.index(label)][0]
        if push(window, cmd.RestoreEntry(window, entry_id)):
            window.select_entry(entry_id)


def merge_entities(window) -> None:
    found = entities.list_entities(window.db)
    if len(found) < 2:
        QMessageBox.information(window, "Merge Entities", "There are fewer than two entities.")
        return
    names = getattr(window, "entities_view", None)  # People & Places: its selected name
    current = names.current_entity() if names is not None else None
    dialog = MergeEntitiesDialog(found, window, merge_id=current.id if current else None)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        push(window, cmd.MergeEntities(window, *dialog.choice()))


# --- bulk edits on the selection -------------------------------------------------------

def bulk_tag(window, *, remove: bool = False) -> None:
    ids = window.selected_entry_ids()
    if not ids:
        return
    known = [name for name, _ in annotations.all_tags(window.db)]
    dialog = BulkTagDialog("Untag" if remove else "Tag", len(ids), known, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        command = cmd.RemoveTag if remove else cmd.AddTag
        push(window, command(window, ids, dialog.tag()))


def bulk_set(window, field: str, value) -> None:
    ids = window.selected_entry_ids()
    if ids:
        push(window, cmd.SetAnnotationField(window, ids, field, value))


# --- new entries from a selection in the article -------------------------------------------

def new_entry_from_selection(window, kind: str) -> None:
    view = window.article_view
    selected = view.selected_range()
    article = getattr(view, "article", None)
    if not selected or article is None:
        QMessageBox.information(window, "New Entry", "Select text in the article first.")
        return
    text = article.text
    start, end = selected
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end -= len(text[start:end]) - len(text[start:end].rstrip())
    if end <= start:
        return
    names = nearest_names(text, start, _people(window.db, article.id))
    dialog = NewEntryDialog(kind, text[start:end], start, end, speaker=names[0] if names else "",
                            candidates=names, date=article.published, parent=window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        command = cmd.AddEntry(window, article.id, dialog.entry())
        if push(window, command):
            window.select_entry(command.entry_id)


def _people(db, article_id: int) -> dict[str, list[str]]:
    people: dict[str, list[str]] = {}
    for entry in entries.entries_of_article(db, article_id):
        for entity in entities.entities_of_entry(db, entry.id):
            if entity.type == "person":
                people[entity.name] = entity.aliases
    return people


# --- preferences and exchange files ------------------------------------------------------

def preferences(window) -> None:
    dialog = PreferencesDialog(window.prefs, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    window.prefs.analyst = dialog.analyst()
    if not isinstance(getattr(type(window), "analyst", None), property):
        window.analyst = dialog.analyst()
    try:
        settings.save(window.prefs)
    except OSError as exc:
        show_error(window, AppError(f"Preferences could not be saved: {exc}"))


def busy(window, text: str) -> QProgressDialog:
    """A window-modal "working…" dialog while an op runs on the worker.

    It is shown at once: the window repaints and can be moved, but takes no
    edit that would race the op for the store (or land out of order on the
    undo stack).
    """
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setWindowTitle("Annotations")
    progress.setCancelButton(None)  # one transaction: nothing to stop half-way
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    progress.show()
    return progress


def export_file(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "Export Annotations", "annotations.json",
                                          FILE_FILTER)
    if not path:
        return
    analyst = window.analyst
    progress = busy(window, "Exporting annotations…")

    def done(n: int) -> None:
        progress.close()
        inform(window, "Export Annotations",
               f"Exported the annotations of {plural(n, 'entry', 'entries')} to {path}.")

    def failed(exc: Exception) -> None:
        progress.close()
        if not isinstance(exc, (AppError, OSError)):
            raise exc  # a bug: the excepthook shows it
        show_error(window, AppError(f"{path}: {exc}"))

    window.pool.run(lambda db, task: export_annotations(db, path, analyst=analyst), done,
                    error=failed, priority=URGENT)


def import_file(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Import Annotations", "", FILE_FILTER)
    if not path:
        return
    # The whole import (read, match, write in one transaction) runs on the worker's
    # connection.  Undo does not need it on the GUI thread: the command's undo and
    # redo replay the report's changes through ``window.db``, so the command is
    # pushed afterwards with the report already made (``ImportAnnotations(report=)``)
    # and stays one undo step.
    analyst, db = window.analyst, window.db
    progress = busy(window, "Importing annotations…")

    def done(report) -> None:
        progress.close()
        if window.db is not db:
            return  # another store was opened meanwhile: its undo stack never saw this
        if push(window, ImportAnnotations(window, path, report=report)):
            imported(window, report)

    def failed(exc: Exception) -> None:
        progress.close()
        if not isinstance(exc, (AppError, ValueError)):
            raise exc  # a bug: the excepthook shows it
        show_error(window, exc)

    window.pool.run(lambda db, task: import_annotations(db, path, analyst=analyst), done,
                    error=failed, priority=URGENT)


def imported(window, report) -> None:
    """After an import: what it did, then the conflicts it left waiting."""
    inform(window, "Import Annotations", summary(report))
    if conflicts.pending(window.db):
        resolve_conflicts(window)


def summary(report) -> str:
    """What an import did, in one short paragraph."""
    lines = [f"Applied {plural(report.applied, 'change')} from {report.their_analyst}."]
    if report.unmatched:
        n = len(report.unmatched)
        lines.append(f"{plural(n, 'entry is', 'entries are')} not in this store "
                     "(their articles were not imported here).")
    if report.conflicts:
        n = len(report.conflicts)
        lines.append(f"{plural(n, 'change conflicts', 'changes conflict')} with yours: yours "
                     "are kept until you choose.")
    return "\n".join(lines)


def resolve_conflicts(window) -> None:
    waiting = conflicts.pending(window.db)
    if not waiting:
        QMessageBox.information(window, "Resolve Conflicts", "No conflicts are waiting.")
        return
    dialog = ConflictsDialog(waiting, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        push(window, ResolveConflicts(window, dialog.choices()))


# --- installation --------------------------------------------------------------------

class AnnotationActions(QObject):
    """Owns the annotation actions of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.edit = self._action("Edit Entry…", lambda: edit_entry(window, window.current_entry_id()))
        self.delete = self._action("Delete Entry", lambda: delete_selected(window),
                                   QKeySequence(QKeySequence.StandardKey.Delete))
        self.restore = self._action("Restore Deleted…", lambda: restore_deleted(window))
        self.tag = self._action("Tag…", lambda: bulk_tag(window))
        self.untag = self._action("Untag…", lambda: bulk_tag(window, remove=True))
        self.include = self._action("Include in Brief",
                                    lambda: bulk_set(window, "include_in_brief", True))
        self.exclude = self._action("Exclude from Brief",
                                    lambda: bulk_set(window, "include_in_brief", False))
        self.merge = self._action("Merge Entities…", lambda: merge_entities(window))
        self.preferences = self._action("Preferences…", lambda: preferences(window),
                                        QKeySequence(QKeySequence.StandardKey.Preferences))
        self.export = self._action("Export…", lambda: export_file(window))
        self.import_ = self._action("Import…", lambda: import_file(window))
        self.resolve = self._action("Resolve Conflicts…", lambda: resolve_conflicts(window))
        self.new_quote = self._action("New Quote from Selection",
                                      lambda: new_entry_from_selection(window, Kind.QUOTE.value))
        self.new_event = self._action("New Event from Selection",
                                      lambda: new_entry_from_selection(window, Kind.EVENT.value))

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def status_menu(self, parent) -> QMenu:
        menu = QMenu("Set Status", parent)
        for status in Status:
            menu.addAction(status.value.capitalize(),
                           lambda s=status.value: bulk_set(self.window, "status", s))
        return menu

    def credibility_menu(self, parent) -> QMenu:
        menu = QMenu("Set Credibility", parent)
        menu.addAction("— Not graded", lambda: bulk_set(self.window, "credibility", None))
        for n, meaning in CREDIBILITY.items():
            action = menu.addAction(f"{n}  {meaning.split(':')[0]}",
                                    lambda v=n: bulk_set(self.window, "credibility", v))
            action.setToolTip(meaning)
        menu.setToolTipsVisible(True)
        return menu

    def add_bulk(self, menu: QMenu) -> None:
        menu.addAction(self.tag)
        menu.addAction(self.untag)
        menu.addMenu(self.status_menu(menu))
        menu.addMenu(self.credibility_menu(menu))
        menu.addAction(self.include)
        menu.addAction(self.exclude)


def install(window) -> AnnotationActions:
    """Add the annotation actions to ``window``'s menus (called once, at the end of __init__)."""
    actions = AnnotationActions(window)
    entry_menu = window.entry_menu
    entry_menu.addSeparator()
    for action in (actions.edit, actions.delete, actions.restore):
        entry_menu.addAction(action)
    entry_menu.addSeparator()
    actions.add_bulk(entry_menu)
    context = window.entry_context_menu
    context.addSeparator()
    context.addAction(actions.edit)
    actions.add_bulk(context)
    context.addAction(actions.delete)
    table = getattr(window, "entries_view", None)
    if table is not None:
        # Del deletes entries only from the entries table: not while reading the
        # article, browsing names or the history (the menu item works anywhere).
        actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(actions.delete)
    window.tools_menu.addAction(actions.merge)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(actions.preferences)
    exchange = window.file_menu.addMenu("Annotations")
    for action in (actions.export, actions.import_, actions.resolve):
        exchange.addAction(action)
    window.article_context_actions.extend([actions.new_quote, actions.new_event])
    menu_shown = getattr(window.article_view, "selection_context_menu_requested", None)
    if menu_shown is not None:  # offer "New … from Selection" only over a selection
        menu_shown.connect(lambda _menu, selected: [
            a.setEnabled(selected is not None) for a in (actions.new_quote, actions.new_event)])
    opened = getattr(window, "store_opened", None)
    if opened is not None:  # commands hold the old store: they cannot apply to a new one
        opened.connect(lambda *_: window.undo_stack.clear())
    window.annotation_actions = actions
    return actions
