"""How failures reach the analyst.

An :class:`~newsdigest.domain.errors.AppError` is expected (a bad file, a
locked store): :func:`show_error` shows ``str(exc)`` with copyable details.
Anything else is a bug: the excepthook installed by ``__main__`` opens a
:class:`CrashDialog` with version, OS and traceback
(borgbase/vorta: src/vorta/views/dialogs/exception.py).
"""
from __future__ import annotations

import platform
import traceback

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import newsdigest


def show_error(parent: QWidget | None, exc: BaseException, title: str = "News Digest") -> None:
    """Tell the analyst what went wrong, in their words; details can be copied."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(exc) or type(exc).__name__,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def crash_report(exc_type, exc, tb) -> str:
    """Version, platform and traceback as one block of text to paste in a bug report."""
    lines = [
        f"News Digest {newsdigest.__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        _qt_versions(),
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


def _qt_versions() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except Exception:  # noqa: BLE001 - reporting must never fail
        return "PySide6 unknown"


class CrashDialog(QDialog):
    """An unexpected error: what happened, the report, and a button to copy it."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("News Digest – unexpected error")
        self.resize(640, 420)
        self.report = report
        intro = QLabel("Something went wrong that News Digest did not expect. Your store is "
                       "safe: every change is saved as it is made.\nPlease copy this report "
                       "into a bug report.")
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy Report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText("Copied")
