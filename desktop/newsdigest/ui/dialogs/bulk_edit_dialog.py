"""Asks for the tag to add to (or remove from) the selected entries."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from newsdigest.ui import palette


class BulkTagDialog(QDialog):
    """One tag name, autocompleted from ``known``; ``tag()`` returns it."""

    def __init__(self, verb: str, count: int, known: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{verb} Entries")
        noun = "entry" if count == 1 else f"{count} entries"
        prompt = QLabel(f"{verb} the selected {noun} with:" if verb == "Tag"
                        else f"Remove this tag from the selected {noun}:")
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText("tag name")
        completer = QCompleter(known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        self.error_label = palette.error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.tag_edit, self.error_label, buttons):
            layout.addWidget(widget)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.resize(360, self.sizeHint().height())

    def tag(self) -> str:
        return " ".join(self.tag_edit.text().split())

    def _on_buttons_accepted(self) -> None:
        if not self.tag():
            self.error_label.setText("Enter a tag name.")
            self.error_label.show()
            return
        self.accept()
