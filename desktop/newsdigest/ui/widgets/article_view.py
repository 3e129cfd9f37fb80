"""The article being read, with its entries marked and the current one lit up.

Marks are ``ExtraSelection``s over the plain text, so the document itself is
never rewritten.  Clicking inside an entry's span selects that entry; the
analyst's own selection is reported in article character offsets (Python
string indices, converted from Qt's UTF-16 positions).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit

from newsdigest.domain.models import Article, Entry
from newsdigest.ui import highlight, palette

KIND_COLORS = {"event": "#d9822b", "quote": "#2b7bb9", "claim": "#7a4fb5"}


class ArticleView(QTextBrowser):
    #: The analyst clicked inside an entry's span: its id.
    entry_clicked = Signal(int)
    #: The context menu is about to show (the menu, the selected range or None):
    #: other features may add actions to it.
    selection_context_menu_requested = Signal(object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText("Select an entry or an article to read it here.")
        self.article: Article | None = None
        self.entries: list[Entry] = []
        self.current_id: int | None = None
        self.terms: list[str] = []
        #: Actions shown in the context menu (the window shares its list).
        self.context_actions: list = []
        self._units: list[int] | None = None  # UTF-16 offset of each char, when needed

    # --- content ------------------------------------------------------------
    def set_article(self, article: Article | None, entries: list[Entry],
                    current_id: int | None = None, terms: list[str] | None = None) -> None:
        same = (article is not None and self.article is not None
                and article.id == self.article.id and article.text == self.article.text)
        self.article, self.entries = article, list(entries)
        self.terms = list(terms or [])
        if not same:
            text = article.text if article else ""
            self.setPlainText(text)
            self._units = _utf16_offsets(text) if not text.isascii() else None
        self.set_current(current_id)

    def set_terms(self, terms: list[str]) -> None:
        self.terms = list(terms)
        self._mark()

    def set_current(self, entry_id: int | None, scroll: bool = True) -> None:
        self.current_id = entry_id
        self._mark()
        entry = self._entry(entry_id)
        if entry is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._qt_pos(entry.end))
            self.setTextCursor(cursor)
            cursor.setPosition(self._qt_pos(entry.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _entry(self, entry_id: int | None) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def _mark(self) -> None:
        selections = []
        for entry in self.entries:
            current = entry.id == self.current_id
            fmt = QTextCharFormat()
            color = QColor(KIND_COLORS.get(entry.kind, "#888888"))
            color.setAlpha(110 if current else 40)
            fmt.setBackground(color)
            if current:
                fmt.setFontUnderline(True)
            selections.append(self._selection(entry.start, entry.end, fmt))
        hit = QTextCharFormat()
        hit.setBackground(QColor(palette.hit_color()))
        hit.setForeground(QColor("black"))
        text = self.article.text if self.article else ""
        for start, end in highlight.spans(text, self.terms):
            selections.append(self._selection(start, end, hit))
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat):
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt_pos(start))
        cursor.setPosition(self._qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor, sel.format = cursor, fmt
        return sel

    # --- offsets ------------------------------------------------------------
    def _qt_pos(self, offset: int) -> int:
        limit = self.document().characterCount() - 1
        if self._units is not None:
            offset = self._units[max(0, min(offset, len(self._units) - 1))]
        return max(0, min(offset, limit))

    def _py_offset(self, pos: int) -> int:
        if self._units is None:
            return pos
        import bisect
        return bisect.bisect_left(self._units, pos)

    def entry_at(self, offset: int) -> int | None:
        """The entry whose span holds ``offset`` (the shortest if spans nest)."""
        hits = [e for e in self.entries if e.start <= offset < e.end]
        return min(hits, key=lambda e: e.end - e.start).id if hits else None

    def selected_range(self) -> tuple[int, int] | None:
        """The analyst's selection as (start, end) offsets into the article's text."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        return self._py_offset(cursor.selectionStart()), self._py_offset(cursor.selectionEnd())

    def click_offset(self, offset: int) -> None:
        """Act as if the analyst clicked at ``offset`` (tests, keyboard)."""
        entry_id = self.entry_at(offset)
        if entry_id is not None:
            self.entry_clicked.emit(entry_id)

    # --- events -------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection():
            return
        pos = self.cursorForPosition(event.position().toPoint()).position()
        self.click_offset(self._py_offset(pos))

    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self) -> QMenu:
        menu = self.createStandardContextMenu()
        selected = self.selected_range()
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                menu.addAction(action)
        self.selection_context_menu_requested.emit(menu, selected)
        return menu


def _utf16_offsets(text: str) -> list[int]:
    # Qt counts UTF-16 units; characters outside the BMP take two.
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out
