"""People, places and organisations with counts; selecting one filters the entries."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import Entity
from newsdigest.ui.models.entity_table_model import COL_NAME, EntityTableModel, RowRole, SortRole
from newsdigest.ui.models.sort_proxy_model import SortProxyModel
from newsdigest.ui.widgets.speaker_page_widget import SpeakerPageWidget

TYPES = (("All names", None), ("People", "person"), ("Places", "place"),
         ("Organisations", "organisation"))


class EntitiesWidget(QWidget):
    #: The selected entity changed (an Entity, or None).
    entity_selected = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = EntityTableModel(self)
        self.proxy = SortProxyModel(SortRole, self)
        self.proxy.setSourceModel(self.model)
        self.type_box = QComboBox()
        for label, value in TYPES:
            self.type_box.addItem(label, value)
        self.type_box.setToolTip("Show one kind of name")
        self.type_box.currentIndexChanged.connect(self._on_type_box_changed)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Find a name…")
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 84)  # fixed: measuring thousands of rows is slow
        self.table.setColumnWidth(2, 60)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.page = SpeakerPageWidget()
        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.type_box)
        top.addWidget(self.find, 1)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setSizes([420, 460])  # the names get room: "Vladimir Putin", not "Vla…"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._all: list[Entity] = []
        self._restoring = False

    def show_reading(self) -> None:
        if not self._all:
            self.page.title.setText("<p style='color:gray'>Reading names…</p>")

    def set_entities(self, entities: list[Entity]) -> None:
        self._all = list(entities)
        self._apply_type()
        if self.page.entity is None:
            self.page.show_entity(None, [], 0)

    def _apply_type(self) -> None:
        wanted = self.type_box.currentData()
        current = self.current_entity()
        self.model.set_rows([e for e in self._all if wanted is None or e.type == wanted])
        if current is not None:  # a reload keeps the name selected (and arrow keys go on)
            self._restoring = True
            try:
                self._select_id(current.id)
            finally:
                self._restoring = False

    def _select_id(self, entity_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowRole).id == entity_id:
                self.table.setCurrentIndex(index)
                return

    def select_name(self, name: str) -> bool:
        """Select the entity called ``name`` (as a user would click it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowRole).name == name:
                self.table.setCurrentIndex(index)
                return True
        return False

    def current_entity(self) -> Entity | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _on_type_box_changed(self, _index: int) -> None:
        self._apply_type()

    def _on_table_current_changed(self, current, _previous) -> None:
        if self._restoring:
            return
        self.entity_selected.emit(current.data(RowRole) if current.isValid() else None)
