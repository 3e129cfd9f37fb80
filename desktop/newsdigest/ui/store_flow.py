"""New, Open and Open Recent: choosing a store file and opening it in the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from newsdigest import paths

FILTER = "News Digest stores (*.db *.sqlite *.newsdigest);;All files (*)"


def _start_dir(window) -> str:
    current = window.store_path
    return str(Path(current).parent) if current else str(paths.data_dir())


def new_store(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "New Store", _start_dir(window), FILTER)
    if not path:
        return
    if not Path(path).suffix:
        path += ".db"
    if Path(path).exists():
        # The save dialog already asked to overwrite: start from an empty file.
        Path(path).unlink()
    window.open_store(path)


def open_store_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open Store", _start_dir(window), FILTER)
    if path:
        window.open_store(path)


def rebuild_recent_menu(window) -> None:
    menu = window.recent_menu
    menu.clear()
    recent = [p for p in window.prefs.recent_stores if p]
    for number, path in enumerate(recent, start=1):
        label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _=False, p=path: window.open_store(p))
    if not recent:
        menu.addAction("No recent stores").setEnabled(False)
