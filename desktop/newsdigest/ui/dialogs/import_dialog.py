"""Progress of an import: a bar, the file being read, one line per file, Cancel.

Non-modal, so the analyst can keep reading while files import; the window runs
the import on the worker and feeds this dialog.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
)

from newsdigest.ingest import SUPPORTED_SUFFIXES

_ICONS = {"imported": QStyle.StandardPixmap.SP_DialogApplyButton,
          "duplicate": QStyle.StandardPixmap.SP_MessageBoxInformation,
          "error": QStyle.StandardPixmap.SP_MessageBoxWarning}


class ImportDialog(QDialog):
    #: The analyst asked to stop; files already imported stay.
    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.resize(560, 360)
        self.setModal(False)
        self.status = QLabel("Looking for files…")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path or reason wraps inside the dialog instead of widening it off screen.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.results = QListWidget()
        self.results.setAlternatingRowColors(True)
        # Reasons are long ("is not valid UTF-8 (bad byte …)"): wrap, never scroll sideways.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.running = True
        self.cancelled = False
        self.counts = {"imported": 0, "duplicate": 0, "error": 0}

    def set_progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if path:
            self.status.setText(f"Importing {done + 1} of {total}: {Path(path).name}")
            self.status.setToolTip(path)

    def add_result(self, result) -> None:
        """One ``library.ImportResult``."""
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        item = QListWidgetItem(self.style().standardIcon(_ICONS.get(result.status,
                               QStyle.StandardPixmap.SP_FileIcon)), result.line(short=True))
        item.setToolTip(result.line())  # with the file's folder
        self.results.addItem(item)
        self.results.scrollToBottom()

    def finish(self, cancelled: bool = False, error: str = "") -> None:
        self.running = False
        imported, dup, err = (self.counts[k] for k in ("imported", "duplicate", "error"))
        summary = f"{imported} imported, {dup} already in the store, {err} failed"
        if error:
            self.status.setText(f"Import stopped: {error}")
        elif not cancelled and not any(self.counts.values()):
            # A folder of .docx files, say: tell what is read rather than "0 imported".
            self.status.setText("No article files were found (hidden files are skipped). "
                                f"Supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}.")
        elif cancelled:
            self.status.setText(f"Cancelled – {summary}. Files imported before Cancel are kept.")
        else:
            self.status.setText(f"Done – {summary}.")
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
        if not cancelled and not error:
            self.bar.setValue(self.bar.maximum())
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def result_lines(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    def _on_buttons_rejected(self) -> None:
        if self.running:
            self.status.setText("Cancelling after the current file…")
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            self.cancelled = True
            self.cancel_requested.emit()
        else:
            self.close()

    def closeEvent(self, event) -> None:
        if self.running:
            self.cancelled = True
            self.cancel_requested.emit()
        super().closeEvent(event)
