"""The main window's reads: one entry, one article, and the background refreshes.

Functions of the window (``w``), kept here so main_window.py stays a layout
plus slots.  GUI-thread reads are single rows or one page; everything that
grows with the store (facets, article list, names, timeline) goes to the pool
under a key, so a newer request supersedes an older one.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QTableView

from newsdigest import paths, settings
from newsdigest.domain.errors import AppError, NotFound
from newsdigest.domain.filters import EntryFilter
from newsdigest.store import articles as article_store
from newsdigest.store import entities as entity_store
from newsdigest.store import entries as entry_store
from newsdigest.store import queries, recipes
from newsdigest.ui import highlight
from newsdigest.ui.errors import show_error
from newsdigest.ui.filter_state import Chip, FilterState
from newsdigest.ui.models.article_table_model import title_of
from newsdigest.ui.models.entry_table_model import (
    COL_DATE,
    COL_GRADE,
    COL_KIND,
    COL_PLACE,
    COL_SPEAKER,
    COL_STATUS,
    COL_TAGS,
    COL_TEXT,
)
from newsdigest.ui.widgets.facet_tree_widget import GROUPS

log = logging.getLogger(__name__)
_WIDTHS = {COL_KIND: 30, COL_TEXT: 320, COL_SPEAKER: 110, COL_DATE: 78, COL_PLACE: 84,
           COL_TAGS: 56, COL_STATUS: 66, COL_GRADE: 46}
QUOTES_ON_PAGE = 200


# --- store ---------------------------------------------------------------------
def open_store(path):
    """Open a store on the GUI thread (the default store gets the sample)."""
    from newsdigest import library
    return library.open_store(path)


def default_store() -> str:
    return str(paths.default_store_path())


def save_prefs(prefs) -> None:
    try:
        settings.save(prefs)
    except OSError as exc:  # preferences are a convenience; never block the work
        log.warning("cannot save preferences: %s", exc)


# --- the table -------------------------------------------------------------------
def make_table(w, model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    for col, width in _WIDTHS.items():
        view.setColumnWidth(col, width)
    # The text takes what the other columns leave: every column stays in view.
    header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
    view.setToolTip("")
    return view


def current_row(w):
    if w._current_id is None or w.db is None:
        return None
    rows = queries.rows_by_id(w.db, [w._current_id])
    return rows[0] if rows else None


def show_entry(w, entry_id, scroll: bool = True) -> None:
    """Details, annotation panel and article for ``entry_id`` (``None``: nothing)."""
    w._current_id = entry_id
    row = current_row(w) if entry_id is not None else None
    if row is None:
        w._current_id = None
        w.details.show_empty()
        if w.annotation_panel is not None:
            w.annotation_panel.set_entry(None)
        if w._article_id is None:
            w.article_view.set_article(None, [])
        else:
            w.article_view.set_current(None, scroll=False)
        return
    terms = highlight.terms_for(w.state.search)
    w.details.show_entry(row, entity_store.entities_of_entry(w.db, row.id), terms)
    if w.annotation_panel is not None:
        w.annotation_panel.set_entry(row.id)
    show_article(w, row.article_id, row.id, scroll)


def show_article(w, article_id: int, entry_id, scroll: bool = True) -> None:
    try:
        article = article_store.get_article(w.db, article_id)
    except NotFound:
        w.article_view.set_article(None, [])
        return
    w._article_id = article_id
    terms = highlight.terms_for(w.state.search)
    entries = entry_store.entries_of_article(w.db, article_id)
    w.article_view.set_article(article, entries, entry_id, terms)
    if not scroll and entry_id is not None:
        w.article_view.set_current(entry_id, scroll=False)


def article_label(w, article_id: int) -> str:
    for article, _n in w.sidebar.article_model.rows():
        if article.id == article_id:
            return title_of(article)
    try:
        return title_of(article_store.get_article(w.db, article_id))
    except NotFound:
        return f"Article {article_id}"


def status_text(w) -> str:
    n = w.entry_model.count()
    counted = f"{n:,} entries" if n is not None else f"{w.entry_model.rowCount():,}+ entries…"
    if not w.state.to_filter().is_empty():
        counted += " match"
    # Sum the ranges: selectedRows() makes one index per row (a million after Ctrl+A).
    selection = w.entries_view.selectionModel().selection()
    selected = sum(r.height() for r in selection if r.left() == 0) or len(
        {r.top() for r in selection})
    if selected > 1:
        counted += f" · {selected:,} selected"
    return counted


def update_empty_state(w) -> None:
    n = w.entry_model.count()
    if n:
        w.entries_stack.setCurrentIndex(0)
        return
    if w.state.to_filter().is_empty():
        w.empty_state.show_message(
            "No articles yet",
            "Import article files (text, Markdown, HTML, feeds, PDF, JSON), drop files or "
            "folders on this window, or paste an article's text.<br>News Digest finds the "
            "events and quotes in them.",
            [w.import_files_action, w.import_folder_action, w.paste_action])
    else:
        w.empty_state.show_message(
            "No entries match",
            f"Nothing matches {html.escape(w.filter_description())}.<br>Remove a filter chip "
            "above or change the search.", [w.clear_filters_action])
    w.entries_stack.setCurrentIndex(1)


# --- background refreshes ---------------------------------------------------------
def refresh_facets(w, facets: list[str] | None = None) -> None:
    """Count the open facet groups on the worker (one op each, interruptible)."""
    chip_facets = {group[0]: group[2] for group in GROUPS}
    wanted = w.facets.open_facets() if facets is None else facets
    if facets is None:
        w.facets.mark_stale([g[0] for g in GROUPS if g[0] not in wanted])
    for facet in wanted:
        limit = 24 if facet == "month" else 30
        f = w.state.without(chip_facets.get(facet, facet)).to_filter()

        def op(db, task, facet=facet, limit=limit, f=f):
            return facet, queries.facet_counts(db, f, facet, limit=limit)

        w.pool.run(op, lambda result: _show_facet(w, *result), key=f"facet:{facet}",
                   error=_log_failure, restartable=True)


def _show_facet(w, facet: str, pairs: list) -> None:
    if facet == "month":
        pairs = sorted(pairs)
    w.facets.set_counts(facet, pairs, {(c.facet, c.value) for c in w.state.chips})


def refresh_articles(w) -> None:
    w.pool.run(lambda db, task: article_store.list_articles(db), w.sidebar.set_articles,
               key="articles", error=_log_failure, restartable=True)


def refresh_names(w) -> None:
    w.entities_view.show_reading()
    w.pool.run(lambda db, task: entity_store.list_entities(db),
               w.entities_view.set_entities, key="names", error=_log_failure, restartable=True)


def refresh_timeline(w) -> None:
    f = w.current_filter()
    w.pool.run(lambda db, task: queries.timeline(db, f), w.timeline_view.set_points,
               key="timeline", error=_log_failure, restartable=True)


def _log_failure(exc: Exception) -> None:
    log.warning("background read failed: %s", exc, exc_info=exc)


# --- names and speakers -------------------------------------------------------------
def show_entity_page(w, entity) -> None:
    """The entity's page (quotes over time for a person) and the entries filtered by it."""
    if entity is None:
        w.entities_view.page.show_entity(None, [], 0)
        return
    quotes, total = [], 0
    if entity.type == "person":
        f = EntryFilter(speakers=[entity.name, *entity.aliases], kinds=["quote", "claim"])
        quotes = queries.page(w.db, f, sort="date", offset=0, limit=QUOTES_ON_PAGE)
        total = len(quotes) if len(quotes) < QUOTES_ON_PAGE else queries.count_entries(w.db, f)
    w.entities_view.page.show_entity(entity, quotes, total)
    w.add_chip(Chip("entity", entity.id, entity.name), replace_facet=True)


def open_speaker_page(w, speaker: str) -> None:
    w.show_view(1)
    if not w.entities_view.select_name(speaker):
        w.entities_view.find.setText(speaker)
        w.entities_view.select_name(speaker)


def follow_link(w, link: str) -> None:
    scheme, _, value = link.partition(":")
    if scheme == "entity":
        try:
            entity = entity_store.get_entity(w.db, int(value))
        except (NotFound, ValueError):
            return
        w.add_chip(Chip("entity", entity.id, entity.name))
    elif scheme == "speaker":
        w.add_chip(Chip("speaker", value, value))
    elif scheme == "article":
        w.add_chip(Chip("article", int(value), article_label(w, int(value))),
                   replace_facet=True)


# --- saved searches ----------------------------------------------------------------------
def save_search(w) -> None:
    if w.db is None:
        return
    name, ok = QInputDialog.getText(w, "Save Search", f"Name for {w.filter_description()}:")
    name = " ".join(name.split())
    if not ok or not name:
        return
    if name in recipes.search_names(w.db) and QMessageBox.question(
            w, "Save Search", f"A saved search named “{name}” exists. Replace it?"
    ) != QMessageBox.StandardButton.Yes:
        return
    try:
        recipes.save_search(w.db, name, w.current_filter().to_dict())
    except (ValueError, AppError) as exc:
        show_error(w, AppError(str(exc)))
        return
    w.statusBar().showMessage(f"Saved search “{name}”", 5000)


def rebuild_search_menu(w) -> None:
    menu = w.search_menu
    menu.clear()
    menu.addActions([w.find_action, w.save_search_action, w.clear_filters_action])
    menu.addSeparator()
    names = recipes.search_names(w.db) if w.db is not None else []
    for name in names:
        action = menu.addAction(name.replace("&", "&&"))  # a literal "&", not a mnemonic
        action.setToolTip(f"Apply the saved search “{name}”")
        action.triggered.connect(lambda _=False, n=name: w.apply_saved_search(n))
    if not names:
        menu.addAction("No saved searches").setEnabled(False)


def apply_saved_search(w, name: str) -> None:
    try:
        f = EntryFilter.from_dict(recipes.load_search(w.db, name))
    except AppError as exc:
        show_error(w, exc)
        return

    def label(facet, value) -> str:
        if facet == "article":
            return article_label(w, value)
        if facet == "entity":
            try:
                return entity_store.get_entity(w.db, value).name
            except NotFound:
                return f"#{value}"
        return str(value)

    w.state = FilterState.from_filter(f, label)
    w._set_search_text(f.search)
    w._apply_filter()
