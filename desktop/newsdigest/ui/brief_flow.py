"""File > Export Brief… and Export Entries…: dialog, background build, result.

The dialog only collects settings; the brief is built on a worker thread
with its own store connection, with a progress dialog whose Cancel stops the
build (no partial file is left: the exporters write atomically).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from newsdigest import briefing
from newsdigest.domain.brief import BriefSpec
from newsdigest.domain.errors import AppError
from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import plural
from newsdigest.store import annotations, database_path, open_database, recipes

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # (entries, pages)
    failed = Signal(str)


class BriefExportOp(QRunnable):
    """Builds one export on a pool thread, with its own connection to the store."""

    def __init__(self, store_path: str, fmt: str, spec: BriefSpec, out_path: str,
                 current: EntryFilter | None) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancelled = False
        self._args = (store_path, fmt, spec, out_path, current)

    def run(self) -> None:
        store_path, fmt, spec, out_path, current = self._args
        try:
            db = open_database(store_path, check_same_thread=False)
            try:
                result = briefing.write(db, fmt, spec, out_path, current=current,
                                        progress=self.signals.progressed.emit,
                                        cancelled=lambda: self.cancelled)
            finally:
                db.close()
        except AppError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # reported, never a silent dead worker
            log.exception("export failed")
            self.signals.failed.emit(f"{out_path}: unexpected error ({exc})")
        else:
            self.signals.finished.emit(result)


def _preview_builder(window) -> Callable[[BriefSpec, str], int]:
    # The dialog calls ``build`` on a pool thread: it reads nothing of the window
    # there and opens its own connection, as BriefExportOp does.
    store_path, current = database_path(window.db), window.current_filter()

    def build(spec: BriefSpec, path: str) -> int:
        db = open_database(store_path, check_same_thread=False)
        try:
            _, pages = briefing.write(db, "pdf", spec, path, current=current)
        finally:
            db.close()
        return pages or 0
    return build


def export_brief(window, *, default_format: str = "pdf") -> None:
    """Show the brief dialog and, when accepted, build the brief in the background."""
    from newsdigest.ui.dialogs.brief_dialog import BriefDialog

    spec = BriefSpec(author=window.prefs.analyst)
    selected = window.selected_entry_ids()
    if len(selected) > 1:
        spec.selection, spec.entry_ids = "selection", list(selected)
    dialog = BriefDialog(spec, recipes=recipes.recipe_names(window.db),
                         selection_count=len(selected),
                         filter_description=window.filter_description(),
                         tags=[t for t, _ in annotations.all_tags(window.db)],
                         preview_builder=_preview_builder(window),
                         default_format=default_format, parent=window)
    dialog.recipe_save_requested.connect(
        lambda name, s: briefing.save_recipe(window.db, name, s))
    dialog.recipe_selected.connect(
        lambda name: dialog.set_spec(briefing.load_recipe(window.db, name)))
    if not dialog.exec():
        return
    chosen = dialog.spec()
    chosen.entry_ids = list(selected) if chosen.selection == "selection" else []
    run_export(window, dialog.format(), chosen, dialog.output_path(),
               open_when_done=dialog.open_when_done())


def export_entries(window) -> None:
    """The same dialog, defaulting to a data export of the current selection."""
    export_brief(window, default_format="csv")


def run_export(window: QWidget, fmt: str, spec: BriefSpec, out_path: str, *,
               open_when_done: bool = False, pool: QThreadPool | None = None) -> BriefExportOp:
    """Start the export on a worker with a cancellable progress dialog."""
    op = BriefExportOp(database_path(window.db), fmt, spec, out_path, window.current_filter())
    progress = QProgressDialog("Building the brief…", "Cancel", 0, 0, window)
    progress.setWindowTitle("Export")
    progress.setMinimumDuration(300)
    progress.canceled.connect(lambda: setattr(op, "cancelled", True))
    op.signals.progressed.connect(lambda done, total: (progress.setMaximum(total),
                                                       progress.setValue(done)))

    def finished(result) -> None:
        progress.close()
        entries, pages = result
        extra = f", {plural(pages, 'page')}" if pages else ""
        window.statusBar().showMessage(
            f"Wrote {out_path} ({plural(entries, 'entry', 'entries')}{extra})", 8000)
        if open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(out_path))

    def failed(message: str) -> None:
        cancelled = op.cancelled  # closing the progress dialog emits canceled() too
        progress.close()
        if not cancelled:
            QMessageBox.warning(window, "Export failed", message)
        else:
            window.statusBar().showMessage("Export cancelled; no file was written", 8000)

    op.signals.finished.connect(finished)
    op.signals.failed.connect(failed)
    window._running_export = op  # keep the signals object alive until it reports
    (pool or QThreadPool.globalInstance()).start(op)
    return op


__all__ = ["BriefExportOp", "export_brief", "export_entries", "run_export"]
