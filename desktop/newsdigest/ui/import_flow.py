"""Import from the GUI: file and folder pickers, dropped files, pasted articles.

The import itself runs on the worker (``library.import_paths`` with progress
and cancel callbacks); an :class:`ImportDialog` shows progress, one line per
file and a Cancel button, and the window stays responsive.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from newsdigest.ui.dialogs.import_dialog import ImportDialog
from newsdigest.ui.dialogs.paste_dialog import PasteDialog

FILTER = ("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.xml *.rss *.atom *.pdf"
          " *.json *.jsonl *.ndjson);;All files (*)")


def import_files(window) -> None:
    files, _ = QFileDialog.getOpenFileNames(window, "Import Files", "", FILTER)
    if files:
        start_import(window, files)


def import_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, "Import Folder")
    if folder:
        start_import(window, [folder])


def dropped_paths(mime) -> list[str]:
    """Local files and folders in a drag's data (other URLs are ignored)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def start_import(window, sources: list[str]) -> ImportDialog:
    """Import ``sources`` on the worker; returns the (shown) progress dialog."""
    dialog = ImportDialog(window)
    analyst = window.analyst

    def op(db, task):
        # A generator: the pool runs one file per turn, so reads queued by the
        # window (a search, a sort) are answered between two files.
        from newsdigest import library

        yield from library.import_paths(db, sources, analyst=analyst,
                                        progress=task.report_progress,
                                        cancelled=task.cancelled)

    def on_item(result) -> None:
        dialog.add_result(result)
        if result.status == "imported":
            window.schedule_refresh()

    def on_done(_value) -> None:
        dialog.finish(cancelled=dialog.cancelled)
        window.refresh_entries(None)
        window.import_finished.emit(dialog.counts["imported"])

    def on_error(exc: Exception) -> None:
        dialog.finish(error=str(exc))
        window.refresh_entries(None)

    dialog.show()
    window.import_dialog = dialog
    task = window.pool.run(op, on_done, progress=dialog.set_progress, item=on_item,
                           error=on_error)
    dialog.cancel_requested.connect(task.cancel)
    dialog.task = task
    return dialog


def paste_article(window) -> None:
    dialog = PasteDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    import_pasted(window, dialog.values())


def import_pasted(window, values: dict) -> None:
    analyst = window.analyst

    def op(db, _task):
        from newsdigest import library
        return library.import_pasted(db, analyst=analyst, **values)

    def on_done(result) -> None:
        window.statusBar().showMessage(result.line(), 8000)
        window.refresh_entries(None)
        if result.article_ids:
            window.show_article(result.article_ids[0])
        window.import_finished.emit(len(result.article_ids))

    window.pool.run(op, on_done, error=window.show_app_error)


def describe_sources(sources: list[str]) -> str:
    names = [Path(s).name for s in sources[:3]]
    more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
    return ", ".join(names) + more
