"""The analyst's judgement on the selected entry, saved as it is made.

There is no Save button: every change goes through an undo command on the
window's QUndoStack, which writes it to the store at once (with history).
The note is saved when typing pauses and when it loses focus, so one burst of
typing is one undo step.  Notes are plain text and are only ever shown with
``setPlainText``/plain-text labels, never as HTML.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from newsdigest.domain.errors import NotFound
from newsdigest.domain.models import plural
from newsdigest.store import annotations, articles, conflicts, entries
from newsdigest.ui import undo_commands
from newsdigest.ui.widgets.annotation_fields import (
    StatusButtonsWidget,
    credibility_combo,
    reliability_combo,
)
from newsdigest.ui.widgets.history_panel import HistoryPanel
from newsdigest.ui.widgets.tag_editor import TagEditorWidget

#: Milliseconds of quiet after typing before the note is saved.
NOTE_SAVE_DELAY_MS = 700
PRIORITIES = ("None", "Low", "Medium", "High")
EMPTY_TEXT = "Select an entry to annotate it"
_MAX_HEADER = 400


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # entry text and outlets may hold markup
    label.setWordWrap(True)
    return label


def _is_undo_key(event) -> bool:
    return any(event.matches(key) for key in (QKeySequence.StandardKey.Undo,
                                              QKeySequence.StandardKey.Redo))


class AnnotationPanel(QWidget):
    """Editor for one entry's annotation, plus its history."""

    changed = Signal(list)  #: ids of entries this panel just changed

    def __init__(self, window) -> None:
        super().__init__()
        self.main_window = window
        self.entry_id: int | None = None
        self._entry_db = None  # the store entry_id belongs to
        self.outlet = ""
        self._stored_note = ""
        self._loading = False
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._build()
        self._note_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.note.installEventFilter(self)
        self.tag_editor.tag_added.connect(self._on_tag_editor_tag_added)
        self.tag_editor.tag_removed.connect(self._on_tag_editor_tag_removed)
        self.credibility.activated.connect(self._on_credibility_activated)
        self.reliability.activated.connect(self._on_reliability_activated)
        self.priority.activated.connect(self._on_priority_activated)
        self.include.clicked.connect(self._on_include_clicked)
        self.status.clicked.connect(self._on_status_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.conflict_button.clicked.connect(self._on_conflict_button_clicked)
        self.history.restored.connect(self.changed)
        window.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.set_entry(None)

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_editor())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_editor(self) -> QWidget:
        self.kind_label = _plain_label()
        self.kind_label.setStyleSheet("font-weight: 600;")
        self.text_label = _plain_label()
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton("Edit Entry…")
        self.edit_button.setToolTip("Correct the entry's text, speaker, kind or date")
        self.conflict_label = _plain_label()
        self.conflict_button = QPushButton("Resolve…")
        self.conflict_box = QWidget()
        banner = QHBoxLayout(self.conflict_box)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.conflict_label, 1)
        banner.addWidget(self.conflict_button)
        header = QHBoxLayout()
        header.addWidget(self.kind_label, 1)
        header.addWidget(self.edit_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = StatusButtonsWidget()
        self.status_buttons = self.status.buttons
        form.addRow("Status", self.status)
        self.credibility = credibility_combo()
        form.addRow("Credibility", self.credibility)
        self.reliability = reliability_combo()
        self.reliability_hint = _plain_label()
        self.reliability_hint.setEnabled(False)
        form.addRow("Source reliability", self.reliability)
        form.addRow("", self.reliability_hint)
        self.priority = QComboBox()
        for level, name in enumerate(PRIORITIES):
            self.priority.addItem(name, level)
        form.addRow("Priority", self.priority)
        self.include = QCheckBox("Include in brief")
        form.addRow("", self.include)
        self.tag_editor = TagEditorWidget()
        self.tag_editor.set_completion_source(
            lambda: [name for name, _ in annotations.all_tags(self.main_window.db)])
        form.addRow("Tags", self.tag_editor)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Your note on this entry (saved as you type)")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        form.addRow("Note", self.note)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addLayout(header)
        column.addWidget(self.text_label)
        column.addWidget(self.conflict_box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        column.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        self.history = HistoryPanel(self.main_window)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self._titled("History", self.history))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        return split

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    # --- showing an entry --------------------------------------------------------------

    def set_entry(self, entry_id: int | None) -> None:
        """Show ``entry_id`` (``None``: the empty state); a pending note is saved first."""
        self.save_note()
        self.entry_id = entry_id
        self._entry_db = self.main_window.db
        self.reload()

    def reload(self) -> None:
        """Read the shown entry again from the store (after any edit or undo)."""
        db = self.main_window.db
        shown = self.entry_id is not None and db is not None and db is self._entry_db
        try:
            entry = entries.get_entry(db, self.entry_id) if shown else None
        except NotFound:
            entry = None
        if entry is None:
            self.stack.setCurrentIndex(0)
            self.history.set_entry(None)
            return
        note = annotations.get_annotation(db, entry.id)
        article = articles.get_article(db, entry.article_id)
        self._loading = True
        try:
            self._show_entry(entry, article)
            self._show_annotation(note, article)
        finally:
            self._loading = False
        self.history.set_entry(entry.id)
        self.stack.setCurrentIndex(1)

    def _show_entry(self, entry, article) -> None:
        who = f" — {entry.speaker}" if entry.speaker else ""
        self.kind_label.setText(f"{entry.kind.capitalize()} #{entry.id}{who}")
        text = entry.text if len(entry.text) <= _MAX_HEADER else entry.text[:_MAX_HEADER] + "…"
        self.text_label.setText(text)
        waiting = conflicts.pending(self.main_window.db, entry.id)
        self.conflict_box.setVisible(bool(waiting))
        conflicting = plural(len(waiting), "imported change conflicts", "imported changes conflict")
        self.conflict_label.setText(f"⚠ {conflicting} with yours")

    def _set_note_text(self, text: str) -> None:
        # Plain text only; keep the caret where it was (an undo must not jump it to the top).
        position = self.note.textCursor().position()
        self.note.setPlainText(text)
        cursor = self.note.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.note.setTextCursor(cursor)

    def _show_annotation(self, note, article) -> None:
        self._stored_note = note.note
        # Leave the editor alone while the analyst is typing a burst not yet saved.
        if not self._note_timer.isActive() and self.note.toPlainText() != note.note:
            self._set_note_text(note.note)
        self.tag_editor.set_tags(note.tags)
        self.credibility.setCurrentIndex(self.credibility.findData(note.credibility))
        self.priority.setCurrentIndex(note.priority)
        self.include.setChecked(note.include_in_brief)
        self.status.set_status(note.status)
        self.outlet = article.outlet
        self.reliability.setEnabled(bool(article.outlet))
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(article.reliability)))
        self.reliability_hint.setText(
            f"Belongs to the outlet {article.outlet}: applies to every article from it"
            if article.outlet else "This article names no outlet to grade")

    # --- edits ---------------------------------------------------------------------

    def push(self, command) -> bool:
        """Run ``command`` through the undo stack; report a failure, announce a change."""
        self.main_window.undo_stack.push(command)
        if command.error is not None:
            from newsdigest.ui.errors import show_error
            show_error(self, command.error)
            self.reload()
            return False
        self.changed.emit(list(command.entry_ids or [self.entry_id]))
        return True

    def _set(self, field: str, value, *, stepping: bool = False) -> None:
        if self.entry_id is not None and not self._loading:
            self.push(undo_commands.SetAnnotationField(self.main_window, [self.entry_id], field, value,
                                                       stepping=stepping))

    def save_note(self) -> None:
        """Save the note now if it differs from the stored one (one undo step)."""
        self._note_timer.stop()
        if self.entry_id is None or self.stack.currentIndex() == 0:
            return
        if self.main_window.db is not self._entry_db:
            return  # another store was opened: this entry id means nothing there
        text = self.note.toPlainText()
        if text != self._stored_note:
            self._stored_note = text
            self._set("note", text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        elif watched is self.note and event.type() == QEvent.Type.ShortcutOverride \
                and _is_undo_key(event):
            # One stack for every edit: save the burst, then let the window's
            # Undo/Redo shortcut act instead of the text box's own undo.
            self.save_note()
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _on_note_text_changed(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def _on_tag_editor_tag_added(self, tag: str) -> None:
        if self.entry_id is not None:
            self.push(undo_commands.AddTag(self.main_window, [self.entry_id], tag))

    def _on_tag_editor_tag_removed(self, tag: str) -> None:
        if self.entry_id is not None:
            self.push(undo_commands.RemoveTag(self.main_window, [self.entry_id], tag))

    def _on_credibility_activated(self, index: int) -> None:
        self._set("credibility", self.credibility.itemData(index), stepping=True)

    def _on_priority_activated(self, index: int) -> None:
        self._set("priority", index, stepping=True)

    def _on_include_clicked(self, checked: bool) -> None:
        self._set("include_in_brief", checked)

    def _on_status_clicked(self, status: str) -> None:
        self._set("status", status)

    def _on_reliability_activated(self, index: int) -> None:
        if self.outlet and not self._loading:
            grade = self.reliability.itemData(index)
            self.push(undo_commands.SetReliability(self.main_window, self.outlet, grade,
                                                    stepping=True))

    def _on_edit_button_clicked(self) -> None:
        from newsdigest.ui import annotation_actions
        annotation_actions.edit_entry(self.main_window, self.entry_id)

    def _on_conflict_button_clicked(self) -> None:
        from newsdigest.ui import annotation_actions
        annotation_actions.resolve_conflicts(self.main_window)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self.entry_id is not None:
            self.reload()
