"""Left column: the store's articles above, facets with counts below."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdigest.ui.models.article_table_model import (
    COL_DATE,
    COL_ENTRIES,
    COL_OUTLET,
    COL_TITLE,
    ArticleTableModel,
    IdRole,
    SortRole,
)
from newsdigest.ui.models.sort_proxy_model import SortProxyModel
from newsdigest.ui.widgets.facet_tree_widget import FacetTreeWidget


class SidebarWidget(QWidget):
    #: The analyst selected articles: their ids (empty when the selection is cleared).
    articles_selected = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.article_model = ArticleTableModel(self)
        self.article_proxy = SortProxyModel(SortRole, self)
        self.article_proxy.setSourceModel(self.article_model)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Find an article…")
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.article_proxy.setFilterFixedString)
        self.articles_view = QTableView()
        self.articles_view.setModel(self.article_proxy)
        self.articles_view.setSortingEnabled(True)
        self.articles_view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.articles_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.articles_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.articles_view.verticalHeader().hide()
        self.articles_view.verticalHeader().setDefaultSectionSize(22)
        self.articles_view.setWordWrap(False)
        self.articles_view.setToolTip("Select articles to list their entries")
        header = self.articles_view.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OUTLET, QHeaderView.ResizeMode.Interactive)
        # Fixed widths: ResizeToContents measures every row (seconds at 50k articles).
        self.articles_view.setColumnWidth(COL_OUTLET, 64)
        date_width = self.fontMetrics().horizontalAdvance("2025-03-14") + 14
        self.articles_view.setColumnWidth(COL_DATE, date_width)  # dates are never cut
        self.articles_view.setColumnWidth(COL_ENTRIES, 36)
        self.articles_view.selectionModel().selectionChanged.connect(
            self._on_articles_selection_changed)
        self.facets = FacetTreeWidget()
        self.articles_label = QLabel("Articles")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.articles_label)
        column.addWidget(self.find)
        column.addWidget(self.articles_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.facets)
        self.splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._quiet = False

    def set_articles(self, rows) -> None:
        selected = set(self.selected_ids())
        self._quiet = True
        self.article_model.set_rows(rows)
        self.select_ids(selected)
        self._quiet = False
        n = len(rows)
        self.articles_label.setText(f"<b>Articles</b> ({n:,})")

    def selected_ids(self) -> list[int]:
        return [i.data(IdRole) for i in self.articles_view.selectionModel().selectedRows()]

    def select_ids(self, ids) -> None:
        """Select articles without announcing it (the filter already says so)."""
        quiet, self._quiet = self._quiet, True
        sel = self.articles_view.selectionModel()
        sel.clearSelection()
        for article_id in ids:
            row = self.article_model.row_of(article_id)
            if row is not None:
                index = self.article_proxy.mapFromSource(self.article_model.index(row, 0))
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        self._quiet = quiet

    def select_row(self, row: int) -> None:
        """Click the article in view row ``row`` (tests and keyboard)."""
        self.articles_view.selectRow(row)

    def _on_articles_selection_changed(self, *_args) -> None:
        if not self._quiet:
            self.articles_selected.emit(self.selected_ids())
