"""Correcting what the extractor got wrong: text, speaker, kind and date."""
from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import Entry, Kind
from newsdigest.ui import palette


def parse_date(text: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``), ``None`` for empty; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"“{text}” is not a date: use YYYY-MM-DD, e.g. 2025-03-14") from None


def speaker_combo(current: str, candidates: list[str]) -> QComboBox:
    """An editable combo offering the extractor's candidates; any name may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = [n for n in dict.fromkeys([current, *candidates]) if n]
    combo.addItems(names)
    combo.setCurrentText(current)
    combo.lineEdit().setPlaceholderText("nobody (an event)")
    return combo


def kind_combo(current: str) -> QComboBox:
    """Event / Quote / Claim, with the stored value as item data."""
    combo = QComboBox()
    for kind in Kind:
        combo.addItem(kind.value.capitalize(), kind.value)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def date_edit(value: str | None) -> QLineEdit:
    edit = QLineEdit(value or "")
    edit.setPlaceholderText("YYYY-MM-DD")
    return edit


def lay_out(dialog: QDialog, rows: list[tuple[str, QWidget]], error: QLabel,
            ok: QDialogButtonBox.StandardButton, ok_text: str = "") -> None:
    """Form rows, the inline error line and OK/Cancel wired to the dialog's slots."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(ok).setText(ok_text)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog._on_buttons_accepted)
    buttons.rejected.connect(dialog.reject)


class EntryEditDialog(QDialog):
    """Edits a copy of an entry; ``changes()`` lists the corrected fields."""

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(f"Edit Entry #{entry.id}")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlainText(entry.text)
        self.speaker = speaker_combo(entry.speaker, entry.speaker_candidates)
        self.kind = kind_combo(entry.kind)
        self.date_edit = date_edit(entry.date)
        self.error_label = palette.error_label()
        lay_out(self, [("Text", self.text_edit), ("Speaker", self.speaker), ("Kind", self.kind),
                       ("Date", self.date_edit)], self.error_label,
                QDialogButtonBox.StandardButton.Save)
        self.resize(520, 360)

    def values(self) -> dict:
        """Every editable value as entered (raises ValueError for a bad date)."""
        return {"text": self.text_edit.toPlainText().strip(),
                "speaker": " ".join(self.speaker.currentText().split()),
                "kind": self.kind.currentData(), "date": parse_date(self.date_edit.text())}

    def changes(self) -> dict:
        """Only the fields that differ from the entry."""
        return {k: v for k, v in self.values().items() if getattr(self.entry, k) != v}

    def _on_buttons_accepted(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            return self._show_error(str(exc))
        if not values["text"]:
            return self._show_error("The text cannot be empty.")
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
