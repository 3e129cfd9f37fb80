"""The sidebar's articles: title, outlet, date and number of entries.

Holds rows (read on the worker by ``store.articles.list_articles``); a
``QSortFilterProxyModel`` sorts them on :data:`SortRole`.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from newsdigest.domain.models import Article
from newsdigest.ui.models.sort_proxy_model import sort_rows

#: The invisible root (a module constant, not a call in every default).
_ROOT = QModelIndex()
COL_TITLE, COL_OUTLET, COL_DATE, COL_ENTRIES = range(4)
HEADERS = ("Title", "Outlet", "Date", "#")  # "#": the sidebar's width goes to titles
HEADER_TIPS = ("Headline (or file name)", "Outlet", "Publication date", "Entries found in it")

#: The row's :class:`~newsdigest.domain.models.Article` (without its text).
RowRole = Qt.ItemDataRole.UserRole + 1
#: A value that sorts correctly (numbers as numbers, dates as ISO strings).
SortRole = Qt.ItemDataRole.UserRole + 2
#: The article id (int).
IdRole = Qt.ItemDataRole.UserRole + 3


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Article, int]] = []
        self._sort = (COL_DATE, True)

    def set_rows(self, rows: list[tuple[Article, int]]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=self._key(self._sort[0]), reverse=self._sort[1])
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        sort_rows(self, self._rows, self._key(column), self._sort[1], lambda r: r[0].id)

    @staticmethod
    def _key(column: int):
        return lambda row: _sort_value(row[0], row[1], column)

    def rows(self) -> list[tuple[Article, int]]:
        return list(self._rows)

    def row_of(self, article_id: int) -> int | None:
        return next((i for i, (a, _) in enumerate(self._rows) if a.id == article_id), None)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article, n = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (title_of(article), article.outlet, article.published or "", str(n))[col]
        if role == SortRole:
            return _sort_value(article, n, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [title_of(article), article.outlet, article.published or "undated",
                     f"{n} {'entry' if n == 1 else 'entries'}", article.url]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return article
        if role == IdRole:
            return article.id
        return None


def _sort_value(article: Article, n: int, col: int):
    if col == COL_TITLE:
        return title_of(article).casefold()
    if col == COL_OUTLET:
        return article.outlet.casefold()
    if col == COL_DATE:
        return article.published or ""
    return n


def title_of(article: Article) -> str:
    return article.title or article.source_name or f"Article {article.id}"
