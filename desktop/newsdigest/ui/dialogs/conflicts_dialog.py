"""Imported edits that clash with ours, side by side: the analyst picks per row."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import plural
from newsdigest.store.conflicts import OURS, THEIRS, Conflict

COL_ENTRY, COL_FIELD, COL_OURS, COL_THEIRS = range(4)
_MAX = 120


def show_value(value: object) -> str:
    """A stored value as the analyst reads it (plain text)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX else text[:_MAX - 1] + "…"


class ConflictsDialog(QDialog):
    """One row per conflict; nothing changes until Apply.  ``choices()`` maps id→choice."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resolve Annotation Conflicts")
        self.conflicts = list(conflicts)
        self.groups: dict[int, QButtonGroup] = {}
        n = len(conflicts)
        intro = QLabel(f"{plural(n, 'imported change differs', 'imported changes differ')} "
                       "from yours. Yours are "
                       "kept until you choose; “Decide Later” keeps them waiting.")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 4)
        self.table.setHorizontalHeaderLabels(["Entry", "Field", "Ours", "Theirs"])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(self.conflicts):
            self._fill(row, conflict)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton("Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton("Decide Later", QDialogButtonBox.ButtonRole.RejectRole)
        all_ours = QPushButton("All Ours")
        all_theirs = QPushButton("All Theirs")
        buttons.addButton(all_ours, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.apply_button.clicked.connect(self.accept)
        later.clicked.connect(self.reject)
        all_ours.clicked.connect(lambda: self.choose_all(OURS))
        all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.resize(820, 360)

    def _fill(self, row: int, conflict: Conflict) -> None:
        where = (f"#{conflict.entry_id} {show_value(conflict.entry_text)}"
                 if conflict.entry_id is not None else f"Outlet {conflict.entry_text}")
        self.table.setItem(row, COL_ENTRY, QTableWidgetItem(where))
        field = conflict.field.split(":")[0].replace("_", " ")
        self.table.setItem(row, COL_FIELD, QTableWidgetItem(field))
        group = QButtonGroup(self)
        # Radio buttons show plain text, so a hostile note is shown literally.
        ours = QRadioButton(show_value(conflict.ours))
        theirs = QRadioButton(f"{show_value(conflict.theirs)}  ({conflict.their_analyst})")
        ours.setChecked(True)
        for button, col, value in ((ours, COL_OURS, conflict.ours),
                                   (theirs, COL_THEIRS, conflict.theirs)):
            # Tooltips are rich text: escape, so the full value shows literally.
            button.setToolTip(f"<pre>{html.escape(str(value))}</pre>")
            group.addButton(button)
            self.table.setCellWidget(row, col, button)
        self.groups[conflict.id] = group

    def choose(self, conflict_id: int, choice: str) -> None:
        buttons = self.groups[conflict_id].buttons()
        buttons[0 if choice == OURS else 1].setChecked(True)

    def choose_all(self, choice: str) -> None:
        for conflict_id in self.groups:
            self.choose(conflict_id, choice)

    def choices(self) -> dict[int, str]:
        """Every conflict's choice: ``"ours"`` or ``"theirs"``."""
        return {cid: OURS if group.buttons()[0].isChecked() else THEIRS
                for cid, group in self.groups.items()}
