"""Facets with counts under the current filter; clicking a value toggles a chip."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from newsdigest.domain.models import CREDIBILITY
from newsdigest.ui import assets

#: (facet as counted by store.queries.facet_counts, heading, chip facet)
GROUPS = (
    ("kind", "Kind", "kind"), ("event_type", "Event type", "event_type"),
    ("speaker", "Speaker", "speaker"), ("person", "People", "entity"),
    ("place", "Places", "entity"), ("organisation", "Organisations", "entity"),
    ("tag", "Tags", "tag"), ("status", "Status", "status"),
    ("credibility", "Credibility", "credibility"), ("month", "Date (month)", "month"),
)
_ICONS = {"person": "person", "place": "place", "organisation": "organisation",
          "month": "timeline", "kind": "entries"}
#: Item data: (chip facet, value, label)
ChipRole = Qt.ItemDataRole.UserRole + 1
#: Item data: the "Choose range…" item (bool)
RangeRole = Qt.ItemDataRole.UserRole + 3
#: Item data: whether the value is an active chip (bool)
SelectedRole = Qt.ItemDataRole.UserRole + 2


class FacetTreeWidget(QTreeWidget):
    #: A facet value was clicked: (chip facet, value, label).
    value_clicked = Signal(str, object, str)
    #: A collapsed group was opened: its facet (counts are read only for open groups).
    group_expanded = Signal(str)
    #: "Choose range…" was clicked in the date group.
    range_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._groups: dict[str, QTreeWidgetItem] = {}
        for facet, heading, _chip in GROUPS:
            item = QTreeWidgetItem(self, [heading, ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            if facet in _ICONS:
                item.setIcon(0, assets.icon(_ICONS[facet]))
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self._groups[facet] = item
        for facet in ("kind", "event_type", "status"):
            self._groups[facet].setExpanded(True)
        self.itemClicked.connect(self._on_self_item_clicked)
        self.itemExpanded.connect(self._on_self_item_expanded)
        self.stale: set[str] = set()
        self.setToolTip("Click a value to filter the entries; click it again to remove it")

    def set_counts(self, facet: str, pairs: list[tuple], selected: set) -> None:
        """Show one facet's (value, count) pairs (entities: (id, name, count))."""
        group = self._groups[facet]
        chip_facet = next(g[2] for g in GROUPS if g[0] == facet)
        group.takeChildren()
        if facet == "month":
            pick = QTreeWidgetItem(group, ["Choose range…", ""])
            pick.setIcon(0, assets.icon("timeline"))
            pick.setData(0, RangeRole, True)
            pick.setToolTip(0, "Filter by any range of dates")
        for pair in pairs:
            value, label, count = (pair if len(pair) == 3 else (pair[0], pair[0], pair[1]))
            label = _label(facet, label)
            item = QTreeWidgetItem(group, [label, f"{count:,}"])
            item.setData(0, ChipRole, (chip_facet, value, label))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            _mark(item, (chip_facet, value) in selected)
        group.setText(1, "" if pairs else "–")
        self.stale.discard(facet)
        if not pairs:
            group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def open_facets(self) -> list[str]:
        """Facets whose group is expanded: the ones worth counting now."""
        return [f for f, item in self._groups.items() if item.isExpanded()]

    def mark_stale(self, facets) -> None:
        """Counts of closed groups are out of date; they are read when opened."""
        self.stale |= set(facets)
        for facet in facets:
            self._groups[facet].setText(1, "…")
            self._groups[facet].setToolTip(0, "Open to count (counted only when open, so "
                                              "big stores stay quick)")

    def expand(self, facet: str) -> None:
        self._groups[facet].setExpanded(True)

    def mark_selected(self, selected: set) -> None:
        for group in self._groups.values():
            for i in range(group.childCount()):
                item = group.child(i)
                if item.data(0, ChipRole) is None:
                    continue
                facet, value, _ = item.data(0, ChipRole)
                _mark(item, (facet, value) in selected)

    def values(self, facet: str) -> list[str]:
        group = self._groups[facet]
        return [group.child(i).text(0) for i in range(group.childCount())]

    def item_for(self, facet: str, label: str) -> QTreeWidgetItem | None:
        group = self._groups[facet]
        return next((group.child(i) for i in range(group.childCount())
                     if group.child(i).text(0) == label), None)

    def _on_self_item_expanded(self, item: QTreeWidgetItem) -> None:
        facet = next((f for f, g in self._groups.items() if g is item), None)
        if facet is not None and facet in self.stale:
            self.group_expanded.emit(facet)

    def _on_self_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, RangeRole):
            self.range_requested.emit()
            return
        data = item.data(0, ChipRole)
        if data is not None:
            self.value_clicked.emit(*data)


def _mark(item: QTreeWidgetItem, on: bool) -> None:
    # Icons rather than check boxes: Fusion's boxes vanish in a dark palette.
    item.setData(0, SelectedRole, on)
    item.setIcon(0, assets.icon("check" if on else "uncheck"))
    font = item.font(0)
    font.setBold(on)
    item.setFont(0, font)


def is_selected(item: QTreeWidgetItem) -> bool:
    return bool(item.data(0, SelectedRole))


def _label(facet: str, value) -> str:
    if facet == "credibility":
        return f"{value} – {CREDIBILITY.get(int(value), '').split(':')[0]}"
    if facet == "event_type":
        return str(value).replace("_", " ")
    return str(value)
