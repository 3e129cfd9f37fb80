"""Paints a cell's text with the search's words marked (entries table)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from newsdigest.ui import highlight, palette

_MAX_CHARS = 400  # a table cell never shows more; keeps painting cheap


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def set_terms(self, terms: list[str]) -> None:
        self.terms = list(terms)

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not self.terms or not highlight.spans(text[:_MAX_CHARS], self.terms):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        # Elide the plain text first, as the other cells do, then mark the hits.
        shown = opt.fontMetrics.elidedText(text[:_MAX_CHARS], Qt.TextElideMode.ElideRight,
                                           rect.width())
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml('<div style="white-space:pre">'
                    + highlight.to_html(shown, self.terms, palette.hit_color()) + "</div>")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        ctx.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - doc.size().height()) / 2
        painter.translate(rect.left(), top)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return super().sizeHint(option, index)
