"""Small editors the annotation panel is made of: status buttons, graded combos."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QToolButton, QWidget

from newsdigest.domain.models import CREDIBILITY, RELIABILITY, Status


class StatusButtonsWidget(QWidget):
    """The four statuses as one row of segmented, mutually exclusive buttons."""

    clicked = Signal(str)  #: the status the analyst clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        for n, status in enumerate(Status):
            button = QToolButton()
            button.setText(status.value.capitalize())
            button.setCheckable(True)
            self.group.addButton(button, n)
            self.buttons[status.value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(lambda n: self.clicked.emit(list(Status)[n].value))

    def set_status(self, status: str) -> None:
        self.buttons[status].setChecked(True)


def grade_combo(items: list[tuple]) -> QComboBox:
    """A combo of ``(value, text, tooltip)`` items; the value is the item data."""
    combo = QComboBox()
    for value, text, tip in items:
        combo.addItem(text, value)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    return combo


def credibility_combo() -> QComboBox:
    """Information credibility 1-6 (NATO Admiralty code); each meaning in its tooltip."""
    return grade_combo(
        [(None, "—  not graded", "Credibility of this information not judged yet")]
        + [(n, f"{n}  {m.split(':')[0]}", f"{n}: {m}") for n, m in CREDIBILITY.items()])


def reliability_combo() -> QComboBox:
    """Source reliability A-F (NATO Admiralty code); each meaning in its tooltip."""
    return grade_combo(
        [(None, "—  not graded", "Reliability of this outlet not judged yet")]
        + [(g, f"{g}  {m.split(':')[0]}", f"{g}: {m}") for g, m in RELIABILITY.items()])
