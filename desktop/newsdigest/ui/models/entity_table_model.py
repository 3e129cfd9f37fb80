"""People, places and organisations with the number of entries naming them."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from newsdigest.domain.models import Entity
from newsdigest.ui import assets
from newsdigest.ui.models.sort_proxy_model import sort_rows

#: The invisible root (a module constant, not a call in every default).
_ROOT = QModelIndex()
COL_NAME, COL_TYPE, COL_COUNT = range(3)
HEADERS = ("Name", "Type", "Entries")

#: The row's :class:`~newsdigest.domain.models.Entity`.
RowRole = Qt.ItemDataRole.UserRole + 1
#: Sort value: casefolded name, type, or count as an int.
SortRole = Qt.ItemDataRole.UserRole + 2


class EntityTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Entity] = []
        self._sort = (COL_COUNT, True)

    def set_rows(self, rows: list[Entity]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=self._key(self._sort[0]), reverse=self._sort[1])
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        sort_rows(self, self._rows, self._key(column), self._sort[1], lambda e: e.id)

    @staticmethod
    def _key(column: int):
        return lambda e: (e.name.casefold(), e.type, e.count)[column]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entity, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (entity.name, entity.type, str(entity.count))[col]
        if role == SortRole:
            return (entity.name.casefold(), entity.type, entity.count)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            return assets.icon(entity.type)
        if role == Qt.ItemDataRole.ToolTipRole and entity.aliases:
            return "Also: " + ", ".join(entity.aliases)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return entity
        return None
