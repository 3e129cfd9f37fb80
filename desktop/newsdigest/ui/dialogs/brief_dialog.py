"""File > Export Brief…: the brief's settings, a live preview and the output.

The dialog only edits a :class:`BriefSpec`; it never touches the store.
Recipes are saved and loaded by the caller through two signals, and the
preview is built by the ``preview_builder`` callable the caller passes in
(it writes a PDF to the path it is given), so no ReportLab code lives here.

The builder runs on a pool thread, so the dialog stays responsive while a
big brief is laid out: it must open its own store connection and never touch
widgets.  Each request has a generation; a newer Preview supersedes an older
one, whose result is dropped.  The PDF is loaded here, on the GUI thread.
"""
from __future__ import annotations

import datetime as _dt
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.brief import (
    MARKING_PRESETS,
    PAGE_SIZES,
    SECTIONS,
    BriefSpec,
    brief_filename,
    valid_date,
)
from newsdigest.domain.errors import AppError
from newsdigest.ui import palette

log = logging.getLogger(__name__)
FORMATS = {"pdf": ("PDF brief", "PDF files (*.pdf)"), "md": ("Markdown", "Markdown (*.md)"),
           "csv": ("CSV table", "CSV files (*.csv)"), "json": ("JSON data", "JSON files (*.json)")}
NO_RECIPE = "(none)"
PreviewBuilder = Callable[[BriefSpec, str], int]


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(palette.error_style())
    label.setWordWrap(True)
    label.hide()
    return label


class _PreviewFiles:
    """The preview's temporary folder, removed once the dialog is closed and no
    build still writes into it (the last build to finish removes it then)."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="newsdigest-preview-")
        self._lock = threading.Lock()
        self._running = 0
        self._closed = False

    def started(self) -> None:
        with self._lock:
            self._running += 1

    def finished(self) -> None:  # any thread
        with self._lock:
            self._running -= 1
            last = self._closed and self._running == 0
        if last:
            shutil.rmtree(self.dir, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = self._running == 0
        if idle:
            shutil.rmtree(self.dir, ignore_errors=True)


class _PreviewSignals(QObject):
    built = Signal(int, str, object)  # generation, path, pages
    failed = Signal(int, str)  # generation, message


class _PreviewJob(QRunnable):
    """Runs the builder once on a pool thread; a job already stale when it starts is skipped."""

    def __init__(self, builder: PreviewBuilder, spec: BriefSpec, path: str, generation: int,
                 current: Callable[[], int], files: _PreviewFiles) -> None:
        super().__init__()
        self.signals = _PreviewSignals()
        self._args = (builder, spec, path, generation, current, files)
        files.started()

    def run(self) -> None:
        builder, spec, path, generation, current, files = self._args
        try:
            if generation == current():
                self.signals.built.emit(generation, path, builder(spec, path))
        except AppError as exc:
            self.signals.failed.emit(generation, str(exc))
        except Exception as exc:  # any builder failure is shown, never a crash
            log.exception("preview failed")
            self.signals.failed.emit(generation, str(exc))
        finally:
            files.finished()


class BriefDialog(QDialog):
    """Collects a :class:`BriefSpec`, an export format and an output path."""

    recipe_save_requested = Signal(str, object)  # name, BriefSpec
    recipe_selected = Signal(str)

    def __init__(self, spec: BriefSpec, *, recipes: list[str], selection_count: int,
                 filter_description: str, tags: list[str],
                 preview_builder: PreviewBuilder | None = None, default_format: str = "pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Brief")
        self._builder = preview_builder
        self._entry_ids = list(spec.entry_ids)
        self._files: _PreviewFiles | None = None
        self._generation = 0  # of the newest preview request; older results are dropped
        self._answered = 0  # the generation whose result (pages or failure) is shown
        self._build_widgets(recipes, selection_count, filter_description, tags)
        self._build_layout()
        self.set_spec(spec)
        self.format_combo.setCurrentIndex(max(list(FORMATS).index(default_format)
                                              if default_format in FORMATS else 0, 0))
        self.resize(1100, 760)

    # -- widgets ----------------------------------------------------------
    def _build_widgets(self, recipes, selection_count, filter_description, tags) -> None:
        self.recipe_combo = QComboBox()
        self.recipe_combo.addItems([NO_RECIPE, *recipes])
        self.recipe_combo.activated.connect(self._on_recipe_chosen)
        self.save_recipe_button = QPushButton("Save recipe…")
        self.save_recipe_button.clicked.connect(self._on_save_recipe)
        self.title_edit, self.subtitle_edit = QLineEdit(), QLineEdit()
        self.author_edit, self.organisation_edit = QLineEdit(), QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(f"today ({_dt.date.today().isoformat()})")
        self.marking_combo = QComboBox()
        self.marking_combo.setEditable(True)
        self.marking_combo.addItems(list(MARKING_PRESETS))
        self.marking_combo.lineEdit().setPlaceholderText("e.g. UNCLASSIFIED or TLP:AMBER")
        self.page_combo = QComboBox()
        self.page_combo.addItems(list(PAGE_SIZES))
        self.title_error, self.date_error, self.path_error = (_error_label() for _ in range(3))
        self._build_selection(selection_count, filter_description, tags)
        self.section_boxes = {key: QCheckBox(label) for key, label in SECTIONS.items()}
        self.notes_box = QCheckBox("Analyst notes")
        self.grades_box = QCheckBox("Admiralty grades and status")
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(
            "Bottom line up front: two or three sentences, or lines starting with \u201c- \u201d")
        self.summary_edit.setTabChangesFocus(True)
        self.format_combo = QComboBox()
        for key, (label, _) in FORMATS.items():
            self.format_combo.addItem(label, key)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Choose where to save…")
        self.browse_button = QPushButton("Browse…")
        self.browse_button.clicked.connect(self._on_browse)
        self.open_box = QCheckBox("Open when done")
        self.open_box.setChecked(True)

    def _build_selection(self, selection_count: int, filter_description: str, tags) -> None:
        self.selection_group = QButtonGroup(self)
        labels = {"included": "Entries marked \u201cinclude in brief\u201d",
                  "selection": f"The selected entries ({selection_count})",
                  "filter": f"The current filter: {filter_description or 'all entries'}",
                  "tag": "Entries tagged", "not_dismissed": "Everything not dismissed"}
        self.selection_buttons = {key: QRadioButton(text) for key, text in labels.items()}
        for button in self.selection_buttons.values():
            self.selection_group.addButton(button)
        self.selection_buttons["selection"].setEnabled(selection_count > 0)
        self.tag_combo = QComboBox()
        self.tag_combo.addItems(tags)
        self.tag_combo.setEnabled(bool(tags))
        self.selection_buttons["tag"].setEnabled(bool(tags))
        self.min_cred_spin = QSpinBox()
        self.min_cred_spin.setRange(0, 6)
        self.min_cred_spin.setSpecialValueText("any")
        self.min_cred_spin.setToolTip("Only entries graded this credibility or better (1 is best)")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("only entries containing these words")

    def _build_layout(self) -> None:
        recipe_row = QHBoxLayout()
        recipe_row.addWidget(QLabel("Recipe"))
        recipe_row.addWidget(self.recipe_combo, 1)
        recipe_row.addWidget(self.save_recipe_button)
        form = QVBoxLayout()
        form.addLayout(recipe_row)
        for box in (self._brief_box(), self._entries_box(), self._contents_box(),
                    self._output_box()):
            form.addWidget(box)
        form.addStretch(1)
        inner = QWidget()
        inner.setLayout(form)
        left = QScrollArea()  # the form is taller than a laptop screen allows
        left.setWidget(inner)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        left.setMinimumWidth(inner.sizeHint().width() + 20)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._preview_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 640])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _brief_box(self) -> QGroupBox:
        box, form = QGroupBox("Brief"), QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("", self.title_error)
        form.addRow("Subtitle", self.subtitle_edit)
        form.addRow("Author", self.author_edit)
        form.addRow("Organisation", self.organisation_edit)
        form.addRow("Date", self.date_edit)
        form.addRow("", self.date_error)
        form.addRow("Handling marking", self.marking_combo)
        form.addRow("Paper", self.page_combo)
        box.setLayout(form)
        return box

    def _entries_box(self) -> QGroupBox:
        box, layout = QGroupBox("Entries"), QVBoxLayout()
        for key, button in self.selection_buttons.items():
            if key == "tag":
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.tag_combo, 1)
                layout.addLayout(row)
            else:
                layout.addWidget(button)
        form = QFormLayout()
        form.addRow("Minimum credibility", self.min_cred_spin)
        form.addRow("Containing", self.search_edit)
        layout.addLayout(form)
        box.setLayout(layout)
        return box

    def _contents_box(self) -> QGroupBox:
        box, layout = QGroupBox("Contents"), QVBoxLayout()
        grid = QHBoxLayout()
        sections, extras = QVBoxLayout(), QVBoxLayout()
        for check in self.section_boxes.values():
            sections.addWidget(check)
        extras.addWidget(self.notes_box)
        extras.addWidget(self.grades_box)
        extras.addStretch(1)
        grid.addLayout(sections)
        grid.addLayout(extras)
        layout.addLayout(grid)
        layout.addWidget(QLabel("Bottom line up front"))
        self.summary_edit.setFixedHeight(90)
        layout.addWidget(self.summary_edit)
        box.setLayout(layout)
        return box

    def _output_box(self) -> QGroupBox:
        box, form = QGroupBox("Output"), QFormLayout()
        form.addRow("Format", self.format_combo)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow("Save to", row)
        form.addRow("", self.path_error)
        form.addRow("", self.open_box)
        box.setLayout(form)
        return box

    def _preview_pane(self) -> QWidget:
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_button = QPushButton("Preview")
        self.preview_button.setEnabled(self._builder is not None)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.preview_status = QLabel("Press Preview to see the pages before saving.")
        self.preview_error = _error_label()
        top = QHBoxLayout()
        top.addWidget(self.preview_button)
        top.addWidget(self.preview_status, 1)
        pane, layout = QWidget(), QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.preview_error)
        layout.addWidget(self.pdf_view, 1)
        pane.setLayout(layout)
        return pane

    # -- the spec -----------------------------------------------------------
    def set_spec(self, spec: BriefSpec) -> None:
        """Show ``spec`` in every field (e.g. after a recipe was loaded)."""
        self.title_edit.setText(spec.title)
        self.subtitle_edit.setText(spec.subtitle)
        self.author_edit.setText(spec.author)
        self.organisation_edit.setText(spec.organisation)
        self.date_edit.setText(spec.date)
        self.marking_combo.setCurrentText(spec.marking)
        self.page_combo.setCurrentText(spec.page_size if spec.page_size in PAGE_SIZES else "A4")
        self.summary_edit.setPlainText(spec.summary)
        for key, check in self.section_boxes.items():
            check.setChecked(key in spec.sections)
        self.notes_box.setChecked(spec.show_notes)
        self.grades_box.setChecked(spec.show_grades)
        button = self.selection_buttons.get(spec.selection)
        if button is None or not button.isEnabled():
            button = self.selection_buttons["not_dismissed"]
        button.setChecked(True)
        if spec.tag:
            self.tag_combo.setCurrentText(spec.tag)
        self.min_cred_spin.setValue(spec.min_credibility or 0)
        self.search_edit.setText(spec.search)
        self._entry_ids = list(spec.entry_ids) or self._entry_ids

    def spec(self) -> BriefSpec:
        """The settings as they stand in the form."""
        selection = next(k for k, b in self.selection_buttons.items() if b.isChecked())
        return BriefSpec(
            title=self.title_edit.text().strip(), subtitle=self.subtitle_edit.text().strip(),
            author=self.author_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            date=self.date_edit.text().strip(), marking=self.marking_combo.currentText().strip(),
            page_size=self.page_combo.currentText(), summary=self.summary_edit.toPlainText().strip(),
            sections=[k for k, c in self.section_boxes.items() if c.isChecked()],
            show_notes=self.notes_box.isChecked(), show_grades=self.grades_box.isChecked(),
            selection=selection, tag=self.tag_combo.currentText() if selection == "tag" else "",
            min_credibility=self.min_cred_spin.value() or None,
            search=self.search_edit.text().strip(),
            entry_ids=list(self._entry_ids) if selection == "selection" else [])

    def format(self) -> str:
        """"pdf", "md", "csv" or "json"."""
        return self.format_combo.currentData()

    def output_path(self) -> str:
        """The chosen file, with the format's extension."""
        return self.path_edit.text().strip()

    def open_when_done(self) -> bool:
        """Whether the caller should open the file once written."""
        return self.open_box.isChecked()

    # -- actions -------------------------------------------------------------
    def _on_recipe_chosen(self, index: int) -> None:
        if index > 0:
            self.recipe_selected.emit(self.recipe_combo.itemText(index))

    def _on_save_recipe(self) -> None:
        current = self.recipe_combo.currentText()
        name, ok = QInputDialog.getText(self, "Save brief recipe", "Recipe name:",
                                        text="" if current == NO_RECIPE else current)
        name = " ".join((name or "").split())
        if not ok or not name:
            return
        if self.recipe_combo.findText(name) < 0:
            self.recipe_combo.addItem(name)
        self.recipe_combo.setCurrentText(name)
        self.recipe_save_requested.emit(name, self.spec())

    def _on_browse(self) -> None:
        _, pattern = FORMATS[self.format()]
        start = self.output_path() or brief_filename(self.title_edit.text(), self.format())
        path, _ = QFileDialog.getSaveFileName(self, "Export brief as", start, pattern)
        if path:
            self.path_edit.setText(self._with_extension(path))
            self.path_error.hide()

    def _with_extension(self, path: str) -> str:
        root, ext = os.path.splitext(path)
        # Swap a known export extension, keep any other ("brief.v2" -> "brief.v2.pdf").
        return f"{root if ext.lower()[1:] in FORMATS else path}.{self.format()}"

    def _on_format_changed(self) -> None:
        self.page_combo.setEnabled(self.format() == "pdf")  # paper only matters for PDF
        if self.output_path():
            self.path_edit.setText(self._with_extension(self.output_path()))

    def validate(self) -> bool:
        """Show inline errors; true when the form can be exported."""
        checks = [(self.title_error, not self.title_edit.text().strip(), "Give the brief a title."),
                  (self.path_error, not self.output_path(), "Choose where to save the file."),
                  (self.date_error, not valid_date(self.date_edit.text()),
                   "Use a date like 2025-03-13, or leave it empty for today.")]
        for label, failed, message in checks:
            label.setText(message)
            label.setVisible(failed)
        return not any(failed for _, failed, _ in checks)

    def _on_accept(self) -> None:
        if self.validate():
            self.accept()

    def refresh_preview(self) -> None:
        """Build the brief into a temporary PDF on a pool thread; its pages show when done."""
        if self._builder is None:
            return
        if self._files is None:
            self._files = _PreviewFiles()
        self._generation += 1
        # One file per request: a superseded build still writing never touches the one shown.
        path = os.path.join(self._files.dir, f"preview-{self._generation}.pdf")
        job = _PreviewJob(self._builder, self.spec(), path, self._generation,
                          lambda: self._generation, self._files)
        job.signals.built.connect(self._on_built)
        job.signals.failed.connect(self._on_failed)
        self.preview_status.setText("Building preview…")
        QThreadPool.globalInstance().start(job)

    def preview_pending(self) -> bool:
        """True while the newest preview request has not reported back."""
        return self._answered != self._generation

    def _on_built(self, generation: int, path: str, pages: int) -> None:
        if generation != self._generation:
            return  # superseded, or the dialog was closed
        self._answered = generation
        self.preview_error.hide()
        self.pdf_document.close()  # release the old file before the new one is read
        self.pdf_document.load(path)
        self.pdf_view.pageNavigator().jump(0, QPointF(), self.pdf_view.zoomFactor())
        count = pages or self.pdf_document.pageCount()
        self.preview_status.setText(f"{count} page{'s' if count != 1 else ''}")

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._answered = generation
        self.preview_error.setText(f"Preview failed: {message}")
        self.preview_error.show()
        self.preview_status.setText("")

    def done(self, result: int) -> None:
        self._generation += 1  # a build still running reports to nobody
        self.pdf_document.close()
        if self._files is not None:
            self._files.close()  # now, or when the last running build finishes
            self._files = None
        super().done(result)
