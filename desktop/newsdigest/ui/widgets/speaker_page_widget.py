"""One person (or place, organisation): who they are and what they said, over time."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.models import Entity, EntryRow
from newsdigest.ui import assets


class SpeakerPageWidget(QWidget):
    #: "Show entries" was clicked for this entity.
    show_entries_requested = Signal(object)
    #: A quote was double-clicked: its entry id.
    entry_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entity: Entity | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.show_button = QPushButton(assets.icon("entries"), "Show Entries")
        self.show_button.setToolTip("List every entry that names them in the entries table")
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.quotes = QTreeWidget()
        self.quotes.setHeaderLabels(["Date", "What they said", "Article"])
        self.quotes.setRootIsDecorated(False)
        self.quotes.setUniformRowHeights(True)
        self.quotes.setWordWrap(False)
        self.quotes.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.quotes.header().setStretchLastSection(False)
        self.quotes.itemActivated.connect(self._on_quotes_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.quotes, 1)
        self.show_entity(None, [], 0)

    def show_entity(self, entity: Entity | None, quotes: list[EntryRow], total: int) -> None:
        self.entity = entity
        self.show_button.setEnabled(entity is not None)
        self.quotes.clear()
        if entity is None:
            self.title.setText("<p style='color:gray'>Select a person, place or organisation "
                               "to see their page: every quote over time.</p>")
            self.quotes.setVisible(False)
            return
        aliases = (f"<br><span style='color:gray'>also: {html.escape(', '.join(entity.aliases))}"
                   "</span>") if entity.aliases else ""
        said = (f"{total} quote{'s' * (total != 1)} or claim{'s' * (total != 1)} over time"
                if entity.type == "person" else "")
        shown = f" (first {len(quotes)} shown)" if total > len(quotes) else ""
        self.title.setText(f"<h2>{html.escape(entity.name)}</h2>{entity.type} · named in "
                           f"{entity.count} entries{aliases}<p>{said}{shown}</p>")
        self.quotes.setVisible(entity.type == "person")
        for row in quotes:
            item = QTreeWidgetItem([row.date or row.when or "undated",
                                    " ".join(row.text.split()), row.article_title])
            item.setIcon(1, assets.kind_icon(row.kind))
            item.setToolTip(1, row.text)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.quotes.addTopLevelItem(item)
        self.quotes.resizeColumnToContents(0)

    def quote_texts(self) -> list[str]:
        return [self.quotes.topLevelItem(i).text(1) for i in range(self.quotes.topLevelItemCount())]

    def _on_show_button_clicked(self) -> None:
        if self.entity is not None:
            self.show_entries_requested.emit(self.entity)

    def _on_quotes_item_activated(self, item: QTreeWidgetItem, _col: int) -> None:
        self.entry_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
