"""Choose a date range for the entries (from, to; either end may stay open)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdigest.ui import palette


class DateRangeDialog(QDialog):
    def __init__(self, parent=None, start: str | None = None, end: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Date Range")
        self.start_on, self.start = self._row(start)
        self.end_on, self.end = self._row(end)
        self.error = palette.error_label()
        form = QFormLayout()
        form.addRow("&From:", self._pair(self.start_on, self.start))
        form.addRow("&To:", self._pair(self.end_on, self.end))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Entries dated in this range (both ends included):"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _row(self, value: str | None):
        on = QCheckBox()
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())
        on.setChecked(bool(value) or value is None)
        on.toggled.connect(edit.setEnabled)
        edit.setEnabled(on.isChecked())
        return on, edit

    @staticmethod
    def _pair(on: QCheckBox, edit: QDateEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(on)
        row.addWidget(edit, 1)
        return box

    def values(self) -> tuple[str | None, str | None]:
        """(from, to) as ISO dates; ``None`` for an open end."""
        start = self.start.date().toString("yyyy-MM-dd") if self.start_on.isChecked() else None
        end = self.end.date().toString("yyyy-MM-dd") if self.end_on.isChecked() else None
        return start, end

    def _on_buttons_accepted(self) -> None:
        start, end = self.values()
        problem = ""
        if start is None and end is None:
            problem = "Tick at least one end of the range."
        elif start and end and dt.date.fromisoformat(start) > dt.date.fromisoformat(end):
            problem = "The range ends before it starts."
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()


def describe(start: str | None, end: str | None) -> str:
    if start and end:
        return start if start == end else f"{start} – {end}"
    return f"from {start}" if start else f"until {end}"
