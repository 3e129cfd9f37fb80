"""Composition root: the one place that wires the UI, the worker pool and the store."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from newsdigest import paths, settings
from newsdigest.ui import assets, palette
from newsdigest.ui.main_window import MainWindow
from newsdigest.workers.pool import Pool

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["newsdigest"])
    app.setApplicationName("News Digest")
    app.setOrganizationDomain("newsdigest.org")
    app.setDesktopFileName(paths.APP_ID)
    app.setWindowIcon(assets.app_icon())
    palette.apply(app)
    palette.follow_system(app)
    return app


def store_to_open(requested: str | None, prefs: settings.Preferences) -> str | None:
    """``--store`` wins; else the last store if it still exists; else the default store."""
    if requested:
        return requested
    if prefs.last_store and Path(prefs.last_store).exists():
        return prefs.last_store
    return None


def create_window(store: str | None = None, *, sync: bool = False) -> MainWindow:
    """A main window on ``store`` (see :func:`store_to_open`), not yet shown."""
    prefs = settings.load()
    pool = Pool(sync=sync)
    window = MainWindow(prefs, pool)
    pool.setParent(window)
    target = store_to_open(store, prefs)
    if not window.open_store(target) and target is not None:
        window.open_store(None)
    return window


def run(store: str | None = None, argv: list[str] | None = None) -> int:
    app = make_application(argv)
    window = create_window(store)
    window.show()
    log.info("window shown on %s", window.store_path)
    return app.exec()
