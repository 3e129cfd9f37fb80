"""A new quote or event made from text the analyst selected in the article."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QWidget,
)

from newsdigest.domain.models import Entry, Kind, QuoteType
from newsdigest.ui import palette
from newsdigest.ui.dialogs.entry_edit_dialog import (
    date_edit,
    kind_combo,
    lay_out,
    parse_date,
    speaker_combo,
)


class NewEntryDialog(QDialog):
    """Confirms the selection and asks for speaker and date; ``entry()`` builds it."""

    def __init__(self, kind: str, text: str, start: int, end: int, *, speaker: str = "",
                 candidates: list[str] = (), date: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = start, end
        self.setWindowTitle(f"New {kind.capitalize()} from Selection")
        self.kind = kind_combo(kind)
        self.text_view = QPlainTextEdit()
        self.text_view.setPlainText(text)
        self.text_view.setReadOnly(True)  # the entry must match the article at its offsets
        self.text_view.setMaximumHeight(110)
        self.speaker = speaker_combo(speaker, list(candidates))
        self.date_edit = date_edit(date)
        self.error_label = palette.error_label()
        lay_out(self, [("Kind", self.kind), ("Text", self.text_view), ("Speaker", self.speaker),
                       ("Date", self.date_edit)], self.error_label,
                QDialogButtonBox.StandardButton.Ok, "Create")
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
