"""Tags as removable chips plus a line edit that autocompletes known tags."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def _is_undo_key(event) -> bool:
    return any(event.matches(key) for key in (QKeySequence.StandardKey.Undo,
                                              QKeySequence.StandardKey.Redo))


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines like words."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = self.geometry().width() or 300
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()


class TagEditorWidget(QWidget):
    """Chips for the entry's tags (× removes one) and a field to add more.

    Enter adds what was typed; a completion picked from the list is added at
    once.  New tag names are fine: the store creates them on first use.
    """

    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._source = None
        self._chips_box = QWidget()
        self._chips = FlowLayout(self._chips_box)
        # As tall as the wrapped chips need, never more: spare height goes to the note.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self._chips_box.setSizePolicy(policy)
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText("Add a tag…")
        self.line_edit.setClearButtonEnabled(True)
        self._known = QStringListModel(self)
        self.completer = QCompleter(self._known, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line_edit.setCompleter(self.completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._chips_box)
        layout.addWidget(self.line_edit)
        self.line_edit.installEventFilter(self)
        self.line_edit.returnPressed.connect(self._on_line_edit_return_pressed)
        self.completer.activated[str].connect(self._on_completer_activated)

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str]) -> None:
        """Show these tags as chips (does not emit)."""
        self._tags = list(tags)
        while self._chips.count():
            item = self._chips.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for tag in self._tags:
            self._chips.addWidget(self._chip(tag))
        self._chips_box.setVisible(bool(self._tags))
        self._chips_box.updateGeometry()

    def set_completions(self, names: list[str]) -> None:
        self._known.setStringList(names)

    def set_completion_source(self, source) -> None:
        """``source()`` lists known tags; asked each time the field gets focus.

        Asking late keeps selecting entries cheap in a store with many tags.
        """
        self._source = source

    def refresh_completions(self) -> None:
        if self._source is not None:
            self.set_completions(self._source())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.FocusIn:
            self.refresh_completions()
        elif (watched is self.line_edit and event.type() == QEvent.Type.ShortcutOverride
              and not self.line_edit.text() and _is_undo_key(event)):
            # An empty field has nothing of its own to undo: Ctrl+Z right after
            # adding a tag undoes the tag (the window's stack), not the typing.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def chip(self, tag: str) -> QToolButton | None:
        """The chip showing ``tag`` (tests click its ×)."""
        for n in range(self._chips.count()):
            button = self._chips.itemAt(n).widget()
            if button is not None and button.property("tag") == tag:
                return button
        return None

    def _chip(self, tag: str) -> QToolButton:
        # A tool button's text is always plain text, so odd tag names show literally.
        button = QToolButton()
        button.setText(f"{tag.replace('&', '&&')}  ×")  # "&" is not a mnemonic here
        button.setProperty("tag", tag)
        button.setToolTip(f"Remove the tag {tag!r}" if "<" not in tag else "Remove this tag")
        button.setAutoRaise(False)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("QToolButton { border: 1px solid palette(mid);"
                             " border-radius: 9px; padding: 1px 8px; }")
        button.clicked.connect(lambda: self.tag_removed.emit(tag))
        return button

    def _on_line_edit_return_pressed(self) -> None:
        self._commit(self.line_edit.text())

    def _on_completer_activated(self, text: str) -> None:
        self._commit(text)

    def _commit(self, text: str) -> None:
        tag = " ".join(text.split())
        # The completer writes its pick into the line edit after this slot: clear later.
        QTimer.singleShot(0, self.line_edit.clear)
        if tag and tag not in self._tags:
            self.tag_added.emit(tag)
            self.refresh_completions()
