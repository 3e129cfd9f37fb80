"""Menus, toolbar and shortcuts of the main window (built once, in its __init__)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from newsdigest.ui import assets

SK = QKeySequence.StandardKey


def _action(window, text: str, slot, *, shortcut=None, icon: str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon:
        action.setIcon(assets.icon(icon))
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build(window) -> None:
    """Create ``window.*_action``, the menus named in the window contract and the toolbar."""
    from newsdigest.ui import import_flow, store_flow

    w = window
    w.new_store_action = _action(w, "&New Store…", lambda: store_flow.new_store(w),
                                 shortcut=SK.New, icon="store-new",
                                 tip="Create an empty store file")
    w.open_store_action = _action(w, "&Open Store…", lambda: store_flow.open_store_dialog(w),
                                  shortcut=SK.Open, icon="store-open",
                                  tip="Open another store file")
    w.import_files_action = _action(w, "&Import Files…", lambda: import_flow.import_files(w),
                                    shortcut="Ctrl+I", icon="import",
                                    tip="Import articles from text, Markdown, HTML, feed, PDF "
                                        "or JSON files (or drop them on the window)")
    w.import_folder_action = _action(w, "Import &Folder…", lambda: import_flow.import_folder(w),
                                     shortcut="Ctrl+Shift+I", icon="folder",
                                     tip="Import every article file in a folder")
    w.paste_action = _action(w, "&Paste Article…", lambda: import_flow.paste_article(w),
                             shortcut="Ctrl+Shift+V", icon="paste",
                             tip="Paste an article's text with its title, outlet and date")
    w.export_brief_action = _action(w, "Export &Brief…", w.export_brief, shortcut="Ctrl+E",
                                    icon="export", tip="Print the selected entries as a PDF brief")
    w.export_entries_action = _action(w, "Export &Entries…", w.export_entries,
                                      shortcut="Ctrl+Shift+E",
                                      tip="Save the entries under the current filter to a file")
    w.quit_action = _action(w, "&Quit", w.close, shortcut=SK.Quit)
    w.undo_action = w.undo_stack.createUndoAction(w, "&Undo")
    w.undo_action.setShortcuts(QKeySequence.keyBindings(SK.Undo))
    w.redo_action = w.undo_stack.createRedoAction(w, "&Redo")
    redo_keys = QKeySequence.keyBindings(SK.Redo)
    if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # twice would be ambiguous
        redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
    w.redo_action.setShortcuts(redo_keys)
    w.find_action = _action(w, "&Find…", w.focus_search, shortcut=SK.Find, icon="search",
                            tip="Search entries, speakers, notes and articles")
    w.copy_action = _action(w, "&Copy Entry Text", w.copy_entry_text, shortcut=SK.Copy,
                            tip="Copy the selected entries' text")
    w.clear_filters_action = _action(w, "C&lear Filters", w.clear_filters,
                                     shortcut="Ctrl+Shift+L", icon="clear",
                                     tip="Remove the search and every filter chip")
    w.save_search_action = _action(w, "&Save Search…", w.save_search, shortcut=SK.Save,
                                   icon="save-search",
                                   tip="Keep the current search and filters under a name")
    w.refresh_action = _action(w, "&Refresh", lambda: w.refresh_entries(None),
                               shortcut=SK.Refresh, tip="Read the store again")
    w.view_actions = [
        _action(w, "&Entries", lambda: w.show_view(0), shortcut="Ctrl+1", icon="entries"),
        _action(w, "&People, Places, Organisations", lambda: w.show_view(1), shortcut="Ctrl+2",
                icon="person"),
        _action(w, "&Timeline", lambda: w.show_view(2), shortcut="Ctrl+3", icon="timeline"),
    ]
    w.speaker_filter_action = _action(w, "Filter by &Speaker", w.filter_by_current_speaker,
                                      tip="Show only entries by this entry's speaker")
    w.speaker_page_action = _action(w, "Open Speaker &Page", w.open_current_speaker_page,
                                    tip="Everything this speaker said, over time")
    w.about_action = _action(w, "&About News Digest", w.show_about)
    _menus(w)
    _toolbar(w)


def _menus(w) -> None:
    bar = w.menuBar()
    w.file_menu = bar.addMenu("&File")
    w.file_menu.addActions([w.new_store_action, w.open_store_action])
    w.recent_menu = w.file_menu.addMenu("Open &Recent")
    w.recent_menu.aboutToShow.connect(w.rebuild_recent_menu)
    w.file_menu.addSeparator()
    w.file_menu.addActions([w.import_files_action, w.import_folder_action, w.paste_action])
    w.file_menu.addSeparator()
    w.file_menu.addActions([w.export_brief_action, w.export_entries_action])
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)
    w.edit_menu = bar.addMenu("&Edit")
    w.edit_menu.addActions([w.undo_action, w.redo_action])
    w.edit_menu.addSeparator()
    w.edit_menu.addActions([w.copy_action, w.find_action])
    w.view_menu = bar.addMenu("&View")
    w.view_menu.addActions(w.view_actions)
    w.view_menu.addSeparator()
    w.view_menu.addActions([w.clear_filters_action, w.refresh_action])
    w.search_menu = bar.addMenu("&Search")
    w.search_menu.aboutToShow.connect(w.rebuild_search_menu)
    w.rebuild_search_menu()
    w.entry_menu = bar.addMenu("E&ntry")
    w.entry_menu.addActions([w.copy_action, w.speaker_filter_action, w.speaker_page_action])
    w.entry_menu.addSeparator()
    w.tools_menu = bar.addMenu("&Tools")
    w.help_menu = bar.addMenu("&Help")
    w.help_menu.addAction(w.about_action)
    w.entry_context_menu = QMenu(w)
    w.entry_context_menu.addActions([w.copy_action, w.speaker_filter_action,
                                     w.speaker_page_action])
    w.entry_context_menu.addSeparator()


def _toolbar(w) -> None:
    bar = QToolBar("Main", w)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addActions([w.import_files_action, w.paste_action])
    bar.addSeparator()
    bar.addWidget(w.search_box)
    bar.addAction(w.save_search_action)
    bar.addSeparator()
    bar.addAction(w.export_brief_action)
    for action, short in ((w.import_files_action, "Import"), (w.paste_action, "Paste"),
                          (w.save_search_action, "Save Search"), (w.export_brief_action, "Brief")):
        action.setIconText(short)
    w.addToolBar(bar)
    w.toolbar = bar


def export_brief(w) -> None:
    # brief_flow imports ReportLab: only when asked, never at start-up.
    try:
        from newsdigest.ui.brief_flow import export_brief as run
    except ImportError:
        w.statusBar().showMessage("Exporting a brief is not available yet.", 5000)
        return
    run(w)


def export_entries(w) -> None:
    try:
        from newsdigest.ui.brief_flow import export_entries as run
    except ImportError:
        w.statusBar().showMessage("Exporting entries is not available yet.", 5000)
        return
    run(w)


def show_about(w) -> None:
    import newsdigest
    QMessageBox.about(w, "About News Digest",
                      f"<h3>News Digest {newsdigest.__version__}</h3><p>Import news "
                      "articles, review the events and quotes found in them, annotate "
                      "them, and print a brief.</p><p>Store: "
                      f"{w.store_path or 'in memory'}</p>")
