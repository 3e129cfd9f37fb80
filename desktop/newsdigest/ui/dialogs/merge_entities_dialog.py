"""Choosing two entities that are one real thing; their entries follow the one kept."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import Entity
from newsdigest.ui import palette


class MergeEntitiesDialog(QDialog):
    """``choice()`` returns ``(keep_id, merge_id)``; the caller merges."""

    def __init__(self, entities: list[Entity], parent: QWidget | None = None, *,
                 merge_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge Entities")
        self.entities = {e.id: e for e in entities}
        self.merge_combo, self.keep_combo = _find_combo(), _find_combo()
        for entity in sorted(entities, key=lambda e: (e.type, e.name.lower())):
            n = entity.count
            label = f"{entity.name} ({entity.type}, {n} {'entry' if n == 1 else 'entries'})"
            self.merge_combo.addItem(label, entity.id)
            self.keep_combo.addItem(label, entity.id)
        if merge_id is not None and self.merge_combo.findData(merge_id) >= 0:
            self.merge_combo.setCurrentIndex(self.merge_combo.findData(merge_id))
            self.keep_combo.setCurrentIndex(-1)  # the analyst names the one to keep
        elif len(entities) > 1:
            self.keep_combo.setCurrentIndex(1)
        warning = QLabel("The first entity's names and entries move to the second one, and "
                         "the first is removed. A merge cannot be undone with Undo; it is "
                         "recorded in history.")
        warning.setWordWrap(True)
        self.error_label = palette.error_label()
        form = QFormLayout()
        form.addRow("Merge", self.merge_combo)
        form.addRow("into", self.keep_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, self.sizeHint().height())

    def choice(self) -> tuple[int, int]:
        return _picked(self.keep_combo), _picked(self.merge_combo)

    def _on_buttons_accepted(self) -> None:
        keep, merge = (self.entities.get(i) for i in self.choice())
        if keep is None or merge is None:
            return self._show_error("Choose both entities from their lists.")
        if keep.id == merge.id:
            return self._show_error("Choose two different entities.")
        if keep.type != merge.type:
            return self._show_error(f"A {merge.type} cannot be merged into a {keep.type}.")
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def _find_combo() -> QComboBox:
    """A list to type into: thousands of names are found by any part, not scrolled."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(20)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    combo.lineEdit().setPlaceholderText("type a name…")
    return combo


def _picked(combo: QComboBox):
    """The chosen entity's id; ``None`` when the typed text names none of them."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else None
