"""Sorts on ``SortRole`` (numbers as numbers) and filters by typed text
(borgbase/vorta: src/vorta/views/partials/sort_proxy.py)."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt


class SortProxyModel(QSortFilterProxyModel):
    def __init__(self, sort_role: int, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(sort_role)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:  # mixed types: compare as text rather than fail
            return str(a) < str(b)
