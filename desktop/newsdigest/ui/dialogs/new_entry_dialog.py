"""A new quote or event made from text the analyst selected in the article."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import Entry, Kind, QuoteType
from newsdigest.ui import palette
from newsdigest.ui.dialogs.entry_edit_dialog import parse_date, speaker_combo


class NewEntryDialog(QDialog):
    """Confirms the selection and asks for speaker and date; ``entry()`` builds it."""

    def __init__(self, kind: str, text: str, start: int, end: int, *, speaker: str = "",
                 candidates: list[str] = (), date: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = start, end
        self.setWindowTitle(f"New {kind.capitalize()} from Selection")
        self.kind = QComboBox()
        for value in Kind:
            self.kind.addItem(value.value.capitalize(), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text_view = QPlainTextEdit()
        self.text_view.setPlainText(text)
        self.text_view.setReadOnly(True)  # the entry must match the article at its offsets
        self.text_view.setMaximumHeight(110)
        self.speaker = speaker_combo(speaker, list(candidates))
        self.date_edit = QLineEdit(date or "")
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.error_label = palette.error_label()
        form = QFormLayout()
        form.addRow("Kind", self.kind)
        form.addRow("Text", self.text_view)
        form.addRow("Speaker", self.speaker)
        form.addRow("Date", self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.resize(480, 320)

    def entry(self) -> Entry:
        kind = self.kind.currentData()
        speaker = " ".join(self.speaker.currentText().split())
        return Entry(kind=kind, text=self.text_view.toPlainText(), start=self.start,
                     end=self.end, speaker=speaker if kind != Kind.EVENT.value else "",
                     quote_type=QuoteType.DIRECT.value if kind == Kind.QUOTE.value else None,
                     date=parse_date(self.date_edit.text()), confidence=1.0)

    def _on_buttons_accepted(self) -> None:
        try:
            entry = self.entry()
        except ValueError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        if entry.kind != Kind.EVENT.value and not entry.speaker:
            self.error_label.setText("A quote or claim needs a speaker.")
            self.error_label.show()
            return
        self.accept()
