"""Preferences: the analyst's name, recorded with every edit."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from newsdigest.settings import Preferences
from newsdigest.ui import palette


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; the caller saves what ``analyst()`` returns."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.analyst_edit = QLineEdit(prefs.analyst)
        self.analyst_edit.setPlaceholderText("Your name, as history should show it")
        self.analyst_edit.setMaxLength(80)
        hint = QLabel("Every edit, undo and import is recorded in history under this name.")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.error_label = palette.error_label()
        form = QFormLayout()
        form.addRow("Analyst name", self.analyst_edit)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, self.sizeHint().height())

    def analyst(self) -> str:
        return " ".join(self.analyst_edit.text().split())

    def _on_buttons_accepted(self) -> None:
        if not self.analyst():
            self.error_label.setText("Enter a name: history records who made each change.")
            self.error_label.show()
            return
        self.accept()
