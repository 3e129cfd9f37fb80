"""Paste an article: title, outlet, date and text.  Returns values; never writes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from newsdigest.ui import palette


class PasteDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste Article")
        self.resize(620, 520)
        self.title = QLineEdit()
        self.title.setPlaceholderText("Headline (optional)")
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText("e.g. Reuters (optional)")
        self.date = QLineEdit()
        self.date.setPlaceholderText("YYYY-MM-DD – used to resolve “on Wednesday”")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… (optional)")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the article's text here")
        self.error = palette.error_label()
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Outlet:", self.outlet)
        form.addRow("&Date:", self.date)
        form.addRow("&Link:", self.url)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Import")
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        """Keyword arguments for ``library.import_pasted``."""
        return {"text": self.text.toPlainText(), "title": self.title.text().strip(),
                "outlet": self.outlet.text().strip(), "published": self.date.text().strip() or None,
                "url": self.url.text().strip()}

    def validation_error(self) -> str:
        if not self.text.toPlainText().strip():
            return "Paste the article's text first."
        date = self.date.text().strip()
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                return f"“{date}” is not a date: write it as YYYY-MM-DD, e.g. 2025-03-12."
        return ""

    def _on_text_changed(self) -> None:
        self.ok.setEnabled(bool(self.text.toPlainText().strip()))

    def _on_buttons_accepted(self) -> None:
        problem = self.validation_error()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()
