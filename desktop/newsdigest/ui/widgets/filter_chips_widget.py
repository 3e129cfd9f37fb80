"""The active search and facets as chips; each chip has a button that removes it."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from newsdigest.ui.filter_state import Chip
from newsdigest.ui.widgets.tag_editor import FlowLayout

#: Widest chip label in pixels: long article titles are cut in the middle
#: (in full in the tooltip) and chips wrap onto a new line, so the window
#: never grows past the screen.
CHIP_TEXT_WIDTH = 260


class FilterChipsWidget(QWidget):
    #: A chip's remove button was clicked.
    chip_removed = Signal(object)
    #: "Clear all" was clicked.
    cleared = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self.buttons: list[QToolButton] = []
        self.set_chips([])

    def set_chips(self, chips: list[Chip]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater alone leaves it painted until idle
                widget.deleteLater()
        self.buttons = []
        for chip in chips:
            button = QToolButton(self)
            text = self.fontMetrics().elidedText(chip.text(), Qt.TextElideMode.ElideMiddle,
                                                 CHIP_TEXT_WIDTH)
            # "&" would make a mnemonic ("R&D" shown as "RD", Alt+D removing the chip).
            button.setText(f"{text.replace('&', '&&')}  ✕")
            button.setProperty("chip_text", chip.text())
            button.setToolTip(f"Remove the filter {html.escape(chip.text())}")
            button.setAutoRaise(False)
            button.setObjectName("chip")
            button.setStyleSheet("QToolButton#chip { border: 1px solid palette(mid);"
                                 " border-radius: 9px; padding: 1px 8px;"
                                 " background: palette(alternate-base); }")
            button.clicked.connect(lambda _=False, c=chip: self.chip_removed.emit(c))
            self._layout.addWidget(button)
            self.buttons.append(button)
        if len(chips) > 1:
            clear = QToolButton(self)
            clear.setText("Clear all")
            clear.setAutoRaise(True)
            clear.setToolTip("Remove every filter")
            clear.clicked.connect(self.cleared)
            self._layout.addWidget(clear)
        self.setVisible(bool(chips))

    def chip_texts(self) -> list[str]:
        return [b.property("chip_text") for b in self.buttons]
