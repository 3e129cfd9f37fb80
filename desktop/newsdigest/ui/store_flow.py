"""New, Open and Open Recent: choosing a store file and opening it in the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from newsdigest import paths
from newsdigest.domain.errors import AppError
from newsdigest.ui.errors import show_error

FILTER = "News Digest stores (*.db *.sqlite *.newsdigest);;All files (*)"


def _start_dir(window) -> str:
    current = window.store_path
    return str(Path(current).parent) if current else str(paths.data_dir())


def new_store(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "New Store", _start_dir(window), FILTER)
    if not path:
        return
    if not Path(path).suffix:
        path += ".db"  # the dialog asked about the name without it: ask again
        if Path(path).exists() and QMessageBox.question(
                window, "New Store", f"{path} already exists. Replace it with an empty store?"
        ) != QMessageBox.StandardButton.Yes:
            return
    if window.store_path and Path(path).resolve() == Path(window.store_path).resolve():
        show_error(window, AppError(f"{path} is the store open in this window; "
                                    "choose another name for the new store"))
        return
    # The save dialog already asked to overwrite: start from an empty file, without
    # the old store's write-ahead log (SQLite would replay it into the new one).
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(path + suffix).unlink(missing_ok=True)
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
        name = Path(path).name.replace("&", "&&")  # a literal "&", not a mnemonic
        label = f"&{number} {name}" if number < 10 else name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _=False, p=path: window.open_store(p))
    if not recent:
        menu.addAction("No recent stores").setEnabled(False)
