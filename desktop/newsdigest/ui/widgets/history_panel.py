"""An entry's change log: who changed what, when, and a way back to an old value."""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import HistoryRecord
from newsdigest.store import articles, entries, history
from newsdigest.ui import undo_commands

COLUMNS = ("When", "Who", "Change", "Old → New")
RecordRole = Qt.ItemDataRole.UserRole + 1  #: the item's HistoryRecord
_MAX_SHOWN = 60


def _short(value: str | None) -> str:
    if value is None or value == "":
        return "—"
    flat = " ".join(value.split())
    return flat if len(flat) <= _MAX_SHOWN else flat[:_MAX_SHOWN - 1] + "…"


def local_time(stamp: str) -> str:
    """A stored UTC stamp as the analyst's local time, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def describe(record: HistoryRecord) -> tuple[str, str]:
    """``(change, old → new)`` as the analyst reads them."""
    field = record.field
    if record.target == "annotation" and field == "tags":
        if record.old_value is None:
            return "tag added", _short(record.new_value)
        return "tag removed", _short(record.old_value)
    if field == "deleted":
        return ("entry restored", "") if record.new_value else ("entry deleted", "")
    if field == "created":
        return "entry created", ""
    if record.target == "source":
        return f"reliability of {field.split(':', 1)[1]}", \
            f"{_short(record.old_value)} → {_short(record.new_value)}"
    label = field.replace("_", " ")
    if record.target == "entry":
        label = f"entry {label}"
    shown = _WORDS.get(field, {})
    old, new = (shown.get(v, v) for v in (record.old_value, record.new_value))
    return label, f"{_short(old)} → {_short(new)}"


#: Stored values that read better as words.
_WORDS = {"include_in_brief": {"0": "no", "1": "yes"},
          "priority": {"0": "none", "1": "low", "2": "medium", "3": "high"}}


class HistoryPanel(QWidget):
    """Changes of the shown entry (and of its outlet's reliability), newest first."""

    restored = Signal(list)  #: entry ids changed by "Restore this value"

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.entry_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.restore_button = QPushButton("Restore this value")
        self.restore_button.setEnabled(False)
        self.restore_button.setToolTip("Set the selected change's old value again (undoable)")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._on_tree_item_selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self._on_restore_button_clicked())
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    def set_entry(self, entry_id: int | None) -> None:
        self.entry_id = entry_id
        self.reload()

    def records(self) -> list[HistoryRecord]:
        """What the panel shows, newest first."""
        if self.entry_id is None:
            return []
        db = self.main_window.db
        found = history.for_entry(db, self.entry_id)
        entry = entries.get_entry(db, self.entry_id, deleted_ok=True)
        outlet = articles.get_article(db, entry.article_id).outlet
        if outlet:
            found += history.for_source(db, outlet)
        return sorted(found, key=lambda r: r.id, reverse=True)

    def reload(self) -> None:
        self.tree.clear()
        for record in self.records():
            change, values = describe(record)
            item = QTreeWidgetItem([local_time(record.at), record.analyst, change, values])
            item.setData(0, RecordRole, record)
            # Tooltips are rich text: escape so hostile notes show literally.
            full = f"{record.old_value or '—'}\n→\n{record.new_value or '—'}"
            item.setToolTip(3, f"<pre>{html.escape(full)}</pre>")
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        n = self.tree.topLevelItemCount()
        self.status.setText(f"{n} change{'s' * (n != 1)}" if n else "No changes yet")
        self._on_tree_item_selection_changed()

    def selected_record(self) -> HistoryRecord | None:
        items = self.tree.selectedItems()
        return items[0].data(0, RecordRole) if items else None

    def _on_tree_item_selection_changed(self) -> None:
        record = self.selected_record()
        ok = record is not None and undo_commands.restore_command(self.main_window, record) is not None
        self.restore_button.setEnabled(ok)

    def _on_restore_button_clicked(self) -> None:
        record = self.selected_record()
        command = record and undo_commands.restore_command(self.main_window, record)
        if not command:
            return
        self.main_window.undo_stack.push(command)
        if command.error is not None:
            from newsdigest.ui.errors import show_error
            show_error(self, command.error)
            return
        self.restored.emit(list(command.entry_ids or [self.entry_id]))
