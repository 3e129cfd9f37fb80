"""Fixtures for driving the window: stores on disk, a synchronous pool, no modals."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_factory import make_store

from newsdigest import settings
from newsdigest.ui.main_window import MainWindow
from newsdigest.workers.pool import Pool


@pytest.fixture
def store_path(tmp_path):
    """A store file with three articles and eight entries."""
    return make_store(tmp_path / "store.db")


@pytest.fixture(autouse=True)
def _no_modals(monkeypatch):
    """A stray message box would block the suite: record it instead."""
    shown = []
    for name in ("about", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


@pytest.fixture
def make_window(qtbot):
    """Build a window on a store; ``sync=False`` gives the real worker thread."""
    windows = []

    def build(path, *, sync: bool = True) -> MainWindow:
        window = MainWindow(settings.load(), Pool(sync=sync))
        qtbot.addWidget(window)
        window.open_store(path)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.pool.shutdown()


@pytest.fixture
def window(make_window, store_path):
    return make_window(store_path)
