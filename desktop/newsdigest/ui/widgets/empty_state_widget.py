"""What to do next when there is nothing to show (an empty store, no matches)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyStateWidget(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.label)
        self._buttons = QVBoxLayout()
        self._layout.addLayout(self._buttons)
        self._layout.addStretch(2)
        self.buttons: list[QPushButton] = []

    def show_message(self, heading: str, text: str, actions=()) -> None:
        self.label.setText(f"<h2>{heading}</h2><p>{text}</p>")
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for action in actions:
            # The action's own words: "Import Files…" asks for more, "Clear Filters" acts at once.
            button = QPushButton(action.icon(), action.text().replace("&&", "\0").replace(
                "&", "").replace("\0", "&"))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)

    def text(self) -> str:
        return self.label.text()
