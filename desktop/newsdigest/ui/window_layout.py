"""Building the main window's widgets: sidebar, entries/names/timeline, details.

Functions of the window (``w``); the annotation panel and its actions come
from the annotation feature when it is installed (guarded imports).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdigest.ui import assets, window_entries
from newsdigest.ui.models.entry_table_model import COL_SPEAKER, COL_TEXT, EntryTableModel
from newsdigest.ui.widgets.article_view import ArticleView
from newsdigest.ui.widgets.empty_state_widget import EmptyStateWidget
from newsdigest.ui.widgets.entities_widget import EntitiesWidget
from newsdigest.ui.widgets.entry_details_widget import EntryDetailsWidget
from newsdigest.ui.widgets.filter_chips_widget import FilterChipsWidget
from newsdigest.ui.widgets.highlight_delegate import HighlightDelegate
from newsdigest.ui.widgets.sidebar_widget import SidebarWidget
from newsdigest.ui.widgets.timeline_widget import TimelineWidget

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250
REFRESH_DELAY_MS = 1500


def build_central(w) -> None:
    w.search_box = QLineEdit()
    w.search_box.setPlaceholderText('Search entries, speakers, notes, articles   '
                                       '("exact phrase", prefix*, -exclude)')
    w.search_box.setClearButtonEnabled(True)
    w.search_box.addAction(assets.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    w.search_box.setMinimumWidth(360)
    w.search_box.setToolTip("Full-text search as you type (Ctrl+F); results are ranked")
    escape = QAction("Clear Search", w.search_box)
    escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    escape.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    escape.triggered.connect(w.search_box.clear)
    w.search_box.addAction(escape)  # Esc in the box clears the search
    down = QAction("Go to Entries", w.search_box)
    down.setShortcut(QKeySequence(Qt.Key.Key_Down))
    down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    down.triggered.connect(lambda: w.focus_entries())
    w.search_box.addAction(down)  # Down in the box goes on to the results
    w._search_timer = QTimer(w, singleShot=True, interval=SEARCH_DELAY_MS)
    w._refresh_timer = QTimer(w, singleShot=True, interval=REFRESH_DELAY_MS)
    w._refresh_timer.timeout.connect(lambda: w.refresh_entries(None))
    w.sidebar = SidebarWidget()
    w.articles_view = w.sidebar.articles_view
    w.facets = w.sidebar.facets
    w.entry_model = EntryTableModel(w.pool, w)
    w.entries_view = window_entries.make_table(w, w.entry_model)
    w.highlight_delegate = HighlightDelegate(w.entries_view)
    for col in (COL_TEXT, COL_SPEAKER):
        w.entries_view.setItemDelegateForColumn(col, w.highlight_delegate)
    w.empty_state = EmptyStateWidget()
    w.entries_stack = QStackedWidget()
    w.entries_stack.addWidget(w.entries_view)
    w.entries_stack.addWidget(w.empty_state)
    w.entities_view = EntitiesWidget()
    w.timeline_view = TimelineWidget()
    w.views = QTabWidget()
    w.views.setDocumentMode(True)
    w.views.addTab(w.entries_stack, assets.icon("entries"), "Entries")
    w.views.addTab(w.entities_view, assets.icon("person"), "People && Places")
    w.views.addTab(w.timeline_view, assets.icon("timeline"), "Timeline")
    w.chips = FilterChipsWidget()
    middle = QWidget()
    column = QVBoxLayout(middle)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(w.chips)
    column.addWidget(w.views, 1)
    w.details = EntryDetailsWidget()
    w.article_view = ArticleView()
    w.article_view.context_actions = w.article_context_actions
    w.details_splitter = QSplitter(Qt.Orientation.Vertical)
    w.details_splitter.addWidget(w.details)
    w.annotation_panel = make_annotation_panel(w)
    if w.annotation_panel is not None:
        w.details_splitter.addWidget(w.annotation_panel)
    w.details_splitter.addWidget(w.article_view)
    w.main_splitter = QSplitter(Qt.Orientation.Horizontal)
    for widget in (w.sidebar, middle, w.details_splitter):
        w.main_splitter.addWidget(widget)
    w.main_splitter.setStretchFactor(1, 1)
    w.setCentralWidget(w.main_splitter)


def fit_default_size(w, width: int = 1400, height: int = 860) -> None:
    """The first-start size, within the screen; the entries table gets what the sides leave."""
    screen = w.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    w.resize(width, height)
    # Sides sized for their content; setting them for 1440 and then shrinking
    # to a 1280 screen took every pixel from the entries table.
    sidebar = max(220, min(290, width // 5))
    details = max(400, min(420, width * 3 // 10))
    w.main_splitter.setSizes([sidebar, max(300, width - sidebar - details), details])

def make_annotation_panel(w):
    try:
        from newsdigest.ui.widgets.annotation_panel import AnnotationPanel
    except ImportError:
        log.info("annotation panel not available yet")
        return None
    return AnnotationPanel(w)


def install_annotation_actions(w) -> None:
    try:
        from newsdigest.ui import annotation_actions
    except ImportError:
        log.info("annotation actions not available yet")
        return
    annotation_actions.install(w)


def build_status_bar(w) -> None:
    w.count_label = QLabel()
    w.busy = QProgressBar()
    w.busy.setRange(0, 0)
    w.busy.setMaximumWidth(90)
    w.busy.setMaximumHeight(14)
    w.busy.setToolTip("Counting in the background")
    w.busy.hide()
    w.statusBar().addPermanentWidget(w.busy)
    w.statusBar().addPermanentWidget(w.count_label)
