"""The main window: articles and facets, the entries table, an entry with its article.

Quick reads (a page of rows, one entry, one article) run on the GUI thread
with ``self.db``; counts, facets, lists and imports go to ``self.pool``, whose
results arrive on the GUI thread and are dropped when a newer request exists.
Menus live in :mod:`window_actions`, store and import flows in their modules.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTextEdit

from newsdigest import settings
from newsdigest.domain.errors import AppError
from newsdigest.domain.filters import EntryFilter
from newsdigest.store import queries
from newsdigest.ui import (
    assets,
    highlight,
    window_actions,
    window_entries,
    window_layout,
    window_state,
)
from newsdigest.ui.errors import show_error
from newsdigest.ui.filter_state import Chip, FilterState
from newsdigest.ui.models.entry_table_model import (
    COL_TEXT,
    SORT_KEYS,
    IdRole,
)

log = logging.getLogger(__name__)
VIEW_ENTRIES, VIEW_NAMES, VIEW_TIMELINE = range(3)


class MainWindow(QMainWindow):
    #: A store was opened (its path; "" for an in-memory store).
    store_opened = Signal(str)
    #: An import finished (number of files or articles imported).
    import_finished = Signal(int)

    def __init__(self, prefs: settings.Preferences, pool, parent=None) -> None:
        super().__init__(parent)
        self.prefs, self.pool = prefs, pool
        self.db = None
        self.store_path: str | None = None
        self.state = FilterState()
        self.undo_stack = QUndoStack(self)
        self.article_context_actions: list = []
        self.import_dialog = None
        self._current_id: int | None = None
        self._article_id: int | None = None
        self._names_dirty = self._timeline_dirty = True
        self._quiet_search = False
        self.setWindowIcon(assets.app_icon())
        self.setAcceptDrops(True)
        self._build_central()
        window_actions.build(self)
        self._build_status_bar()
        self._connect()
        window_layout.fit_default_size(self)
        window_state.restore(self)
        self._install_annotations()

    # --- layout -------------------------------------------------------------
    def _build_central(self) -> None:
        window_layout.build_central(self)

    def _build_status_bar(self) -> None:
        window_layout.build_status_bar(self)

    def _install_annotations(self) -> None:
        window_layout.install_annotation_actions(self)

    def splitters(self) -> dict:
        return {"main": self.main_splitter, "details": self.details_splitter,
                "sidebar": self.sidebar.splitter, "names": self.entities_view.splitter}

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_timer_timeout)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.sidebar.articles_selected.connect(self._on_sidebar_articles_selected)
        self.facets.value_clicked.connect(self._on_facets_value_clicked)
        self.facets.group_expanded.connect(self._on_facets_group_expanded)
        self.facets.range_requested.connect(self.choose_date_range)
        self.chips.chip_removed.connect(self._on_chips_chip_removed)
        self.chips.cleared.connect(self.clear_filters)
        self.entry_model.count_changed.connect(self._on_entry_model_count_changed)
        self.entry_model.reloaded.connect(self._reselect)
        self.entries_view.selectionModel().currentRowChanged.connect(
            self._on_entries_view_current_changed)
        self.entries_view.selectionModel().selectionChanged.connect(self._update_status)
        self.entries_view.horizontalHeader().sortIndicatorChanged.connect(
            self._on_entries_header_sort_changed)
        self.entries_view.customContextMenuRequested.connect(
            self._on_entries_view_context_menu_requested)
        self.article_view.entry_clicked.connect(self._on_article_view_entry_clicked)
        self.details.link_activated.connect(self._on_details_link_activated)
        self.entities_view.entity_selected.connect(self._on_entities_view_entity_selected)
        self.entities_view.page.show_entries_requested.connect(self._on_page_show_entries)
        self.entities_view.page.entry_activated.connect(self._on_page_entry_activated)
        self.timeline_view.bar_clicked.connect(self._on_timeline_view_bar_clicked)
        self.views.currentChanged.connect(self._on_views_current_changed)
        self.pool.busy_changed.connect(self.busy.setVisible)
        if self.annotation_panel is not None and hasattr(self.annotation_panel, "changed"):
            self.annotation_panel.changed.connect(self.refresh_entries)

    # --- the store ----------------------------------------------------------
    @property
    def analyst(self) -> str:
        return self.prefs.analyst

    def open_store(self, path: str | None) -> bool:
        """Open (or create) the store at ``path``; ``None`` is the default store."""
        try:
            db = window_entries.open_store(path)
        except AppError as exc:
            show_error(self, exc)
            return False
        self.set_database(db, str(Path(path)) if path else window_entries.default_store())
        return True

    def set_database(self, db, path: str | None) -> None:
        """Show ``db`` (already open on this thread); ``path`` is its file, if any."""
        old, self.db, self.store_path = self.db, db, path
        if old is not None and old is not db:
            old.close()
        self.pool.set_store(path, db)
        self.entry_model.set_db(db)
        self.undo_stack.clear()
        if path:
            self.prefs.add_recent(path)
            window_entries.save_prefs(self.prefs)
        self.setWindowTitle(f"{Path(path).name if path else 'In-memory store'} – News Digest")
        self.setWindowFilePath(path or "")
        self.state.clear()
        self._set_search_text("")
        self._current_id = self._article_id = None
        self.store_opened.emit(path or "")
        self._apply_filter()
        self._show_entry(None)

    # --- filters ------------------------------------------------------------
    def current_filter(self) -> EntryFilter:
        return self.state.to_filter()

    def filter_description(self) -> str:
        return self.state.describe()

    def _apply_filter(self) -> None:
        f = self.state.to_filter()
        header = self.entries_view.horizontalHeader()
        if f.search and not self.entry_model.filter().search:
            self.entry_model.set_sort("rank")
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.entry_model.set_filter(f)
        key, descending = self.entry_model.sort_key()
        if not f.search and key in SORT_KEYS:  # the search ended: its column sort is back
            header.setSortIndicator(SORT_KEYS.index(key), Qt.SortOrder.DescendingOrder
                                    if descending else Qt.SortOrder.AscendingOrder)
        terms = highlight.terms_for(f.search)
        self.highlight_delegate.set_terms(terms)
        self.article_view.set_terms(terms)
        self.chips.set_chips([c for c in self.state.chips])
        self.sidebar.select_ids([c.value for c in self.state.chips if c.facet == "article"])
        self.facets.mark_selected({(c.facet, c.value) for c in self.state.chips})
        self._refresh_background()

    def _refresh_background(self) -> None:
        window_entries.refresh_facets(self)
        window_entries.refresh_articles(self)
        self._names_dirty = self._timeline_dirty = True
        self._refresh_visible_view()

    def _refresh_visible_view(self) -> None:
        if self.db is None:  # the last view is restored before any store is open
            return
        if self.views.currentIndex() == VIEW_NAMES and self._names_dirty:
            self._names_dirty = False
            window_entries.refresh_names(self)
        elif self.views.currentIndex() == VIEW_TIMELINE and self._timeline_dirty:
            self._timeline_dirty = False
            window_entries.refresh_timeline(self)

    def set_search(self, text: str) -> None:
        """Search now (as if typed and the pause elapsed)."""
        self.search_box.setText(text)
        self._on_search_timer_timeout()

    def toggle_chip(self, chip: Chip) -> None:
        self.state.toggle(chip)
        self._apply_filter()

    def add_chip(self, chip: Chip, replace_facet: bool = False) -> None:
        if replace_facet:
            self.state.replace_facet(chip.facet, [chip])
        else:
            self.state.add(chip)
        self._apply_filter()

    def clear_filters(self) -> None:
        self.state.clear()
        self._set_search_text("")
        self._apply_filter()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_entries(self) -> None:
        """From the search box to the results (Down): search now, then the first row."""
        self._on_search_timer_timeout()
        self.show_view(VIEW_ENTRIES)
        self.entries_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.entries_view.currentIndex().isValid() and self.entry_model.rowCount():
            self.entries_view.setCurrentIndex(self.entry_model.index(0, COL_TEXT))

    def _set_search_text(self, text: str) -> None:
        # Not blockSignals(): that also stops the clear button from updating.
        self._quiet_search = True
        self.search_box.setText(text)
        self._quiet_search = False

    def _on_search_box_text_changed(self, _text: str) -> None:
        if not self._quiet_search:
            self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text()
        if text.strip() != self.state.search.strip():
            self.state.search = text
            self._apply_filter()

    def _on_sidebar_articles_selected(self, ids: list) -> None:
        chips = [Chip("article", i, window_entries.article_label(self, i)) for i in ids]
        self.state.replace_facet("article", chips)
        self._apply_filter()
        if len(ids) == 1 and self._current_id is None:
            self.show_article(ids[0])

    def _on_facets_value_clicked(self, facet: str, value, label: str) -> None:
        self.toggle_chip(Chip(facet, value, label))

    def choose_date_range(self) -> None:
        from newsdigest.ui.dialogs.date_range_dialog import DateRangeDialog, describe
        f = self.current_filter()
        dialog = DateRangeDialog(self, f.date_from, f.date_to)
        if dialog.exec() == DateRangeDialog.DialogCode.Accepted:
            start, end = dialog.values()
            self.add_chip(Chip("range", (start, end), describe(start, end)))

    def _on_facets_group_expanded(self, facet: str) -> None:
        window_entries.refresh_facets(self, [facet])

    def _on_chips_chip_removed(self, chip: Chip) -> None:
        self.state.remove(chip)
        self._apply_filter()

    def _on_entries_header_sort_changed(self, column: int, order) -> None:
        if 0 <= column < len(SORT_KEYS):
            self.entry_model.sort(column, order)  # re-selects on reloaded

    # --- entries --------------------------------------------------------------
    def current_entry_id(self) -> int | None:
        return self._current_id

    def selected_entry_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.entries_view.selectionModel().selectedRows())
        ids = [self.entry_model.index(r, 0).data(IdRole) for r in rows]
        ids = [i for i in ids if i is not None]
        return ids or ([self._current_id] if self._current_id is not None else [])

    def select_entry(self, entry_id: int | None) -> None:
        """Make ``entry_id`` current: in the table if it is listed, else details only."""
        if entry_id is None:
            self.entries_view.clearSelection()
            self._show_entry(None)
            return
        row = self.entry_model.find_row(entry_id)
        if row is not None:
            index = self.entry_model.index(row, COL_TEXT)
            self.entries_view.setCurrentIndex(index)
            self.entries_view.scrollTo(index)
            if self._current_id != entry_id:
                self._show_entry(entry_id)
        else:
            self.entries_view.selectionModel().clearCurrentIndex()
            self.entries_view.clearSelection()
            self._show_entry(entry_id)

    def entry_after(self, entry_ids: list[int]) -> int | None:
        """The listed entry to show once ``entry_ids`` are gone: the next row, else the one before."""
        rows = sorted(r for r in map(self.entry_model.row_of, entry_ids) if r is not None)
        if not rows:
            return None
        gone = set(entry_ids)
        for row in (*range(rows[-1] + 1, self.entry_model.rowCount()), *range(rows[0] - 1, -1, -1)):
            entry_id = self.entry_model.index(row, 0).data(IdRole)
            if entry_id is not None and entry_id not in gone:
                return entry_id
        return None

    def refresh_entries(self, entry_ids: list[int] | None = None) -> None:
        """Re-read those entries, or (``None``) everything: rows, counts and facets."""
        if self.db is None:
            return
        if entry_ids:
            self.entry_model.refresh_rows(list(entry_ids))
            if self._current_id in entry_ids:
                self._show_entry(self._current_id, scroll=False)
            # An edit changes facet counts (status, tags, grade), not the articles.
            window_entries.refresh_facets(self)
            self._names_dirty = self._timeline_dirty = True
            self._refresh_visible_view()
            return
        self.entry_model.reload()
        self._refresh_background()

    def schedule_refresh(self) -> None:
        """Reload soon, once: an import of many files refreshes every 1.5 s, not per file."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _reselect(self) -> None:
        """After new rows arrived: keep the current entry current if it is listed."""
        self._update_status()
        current = self._current_id
        if current is None:
            return
        row = self.entry_model.row_of(current)
        if row is not None:
            self.entries_view.setCurrentIndex(self.entry_model.index(row, COL_TEXT))
        self._show_entry(current, scroll=False)

    def _show_entry(self, entry_id: int | None, scroll: bool = True) -> None:
        window_entries.show_entry(self, entry_id, scroll)

    def show_article(self, article_id: int) -> None:
        """Show an article in the reader (without choosing one of its entries)."""
        window_entries.show_article(self, article_id, None)

    def _on_entries_view_current_changed(self, current, _previous) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        if entry_id is not None and entry_id != self._current_id:
            self._show_entry(entry_id)
        self._update_status()

    def _on_article_view_entry_clicked(self, entry_id: int) -> None:
        self.select_entry(entry_id)

    def _on_entries_view_context_menu_requested(self, pos) -> None:
        index = self.entries_view.indexAt(pos)
        if index.isValid() and not self.entries_view.selectionModel().isRowSelected(index.row()):
            self.entries_view.setCurrentIndex(index)
        self.entry_context_menu.popup(self.entries_view.viewport().mapToGlobal(pos))

    def _on_entry_model_count_changed(self, _n: int) -> None:
        window_entries.update_empty_state(self)
        self._update_status()

    def _update_status(self, *_args) -> None:
        self.count_label.setText(window_entries.status_text(self))

    # --- names, speakers, timeline ------------------------------------------
    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(max(0, min(index, self.views.count() - 1)))

    def _on_views_current_changed(self, _index: int) -> None:
        self._refresh_visible_view()

    def _on_entities_view_entity_selected(self, entity) -> None:
        window_entries.show_entity_page(self, entity)

    def _on_page_show_entries(self, entity) -> None:
        self.add_chip(Chip("entity", entity.id, entity.name), replace_facet=True)
        self.show_view(VIEW_ENTRIES)

    def _on_page_entry_activated(self, entry_id: int) -> None:
        self.show_view(VIEW_ENTRIES)
        self.select_entry(entry_id)

    def _on_timeline_view_bar_clicked(self, day: str) -> None:
        self.add_chip(Chip("date" if len(day) == 10 else "month", day, day))
        self.show_view(VIEW_ENTRIES)

    def _on_details_link_activated(self, link: str) -> None:
        window_entries.follow_link(self, link)

    def filter_by_current_speaker(self) -> None:
        row = window_entries.current_row(self)
        if row is not None and row.speaker:
            self.add_chip(Chip("speaker", row.speaker, row.speaker))

    def open_current_speaker_page(self) -> None:
        row = window_entries.current_row(self)
        if row is not None and row.speaker:
            window_entries.open_speaker_page(self, row.speaker)

    def copy_entry_text(self) -> None:
        # Ctrl+C over a selection in the article or the details copies that selection:
        # read-only text views leave the shortcut to this window-wide action.
        focus = QApplication.focusWidget()
        if isinstance(focus, QTextEdit | QPlainTextEdit) and focus.textCursor().hasSelection():
            focus.copy()
            return
        rows = queries.rows_by_id(self.db, self.selected_entry_ids()) if self.db else []
        if rows:
            QGuiApplication.clipboard().setText("\n\n".join(r.text for r in rows))

    # --- saved searches, export, about -----------------------------------------
    def save_search(self) -> None:
        window_entries.save_search(self)

    def rebuild_search_menu(self) -> None:
        window_entries.rebuild_search_menu(self)

    def rebuild_recent_menu(self) -> None:
        from newsdigest.ui import store_flow
        store_flow.rebuild_recent_menu(self)

    def apply_saved_search(self, name: str) -> None:
        window_entries.apply_saved_search(self, name)

    def export_brief(self) -> None:
        window_actions.export_brief(self)

    def export_entries(self) -> None:
        window_actions.export_entries(self)

    def show_about(self) -> None:
        window_actions.show_about(self)

    def show_app_error(self, exc: Exception) -> None:
        if isinstance(exc, AppError):
            show_error(self, exc)
        else:
            raise exc

    # --- drag and drop, closing -------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        from newsdigest.ui.import_flow import dropped_paths
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        from newsdigest.ui.import_flow import dropped_paths, start_import
        sources = dropped_paths(event.mimeData())
        if sources:
            event.acceptProposedAction()
            start_import(self, sources)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event) -> None:
        self.save_state()
        if self.import_dialog is not None and getattr(self.import_dialog, "running", False):
            self.import_dialog.task.cancel()
        self.pool.shutdown()
        super().closeEvent(event)
