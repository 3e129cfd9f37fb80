"""A stand-in main window offering what the annotation feature uses of the real one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QPlainTextEdit, QSplitter

from newsdigest.domain import ArticleDraft, Entity, EntityRef, Entry
from newsdigest.settings import Preferences
from newsdigest.store import articles, entries, open_database
from newsdigest.store.queries import rows_by_id
from newsdigest.ui import annotation_actions
from newsdigest.ui.widgets.annotation_panel import AnnotationPanel
from newsdigest.workers.pool import Pool

TEXT = ('Kremlin spokesman Dmitry Peskov said "there will be no talks" on Monday. '
        'Shelling hit Sumy overnight. Ukrainian President Volodymyr Zelensky said '
        '"we hold the line" in a video address.')


def make_store(path=None):
    """A store with one Reuters article (3 entries) and one article without an outlet."""
    db = open_database(path)
    q1 = TEXT.index("there will")
    q2 = TEXT.index("we hold")
    ev = TEXT.index("Shelling")
    found = [
        Entry(kind="quote", text="there will be no talks", start=q1, end=q1 + 22,
              speaker="Dmitry Peskov", speaker_candidates=["Dmitry Peskov", "Kremlin"],
              entities=[EntityRef("person", "Dmitry Peskov")]),
        Entry(kind="event", text="Shelling hit Sumy overnight.", start=ev, end=ev + 28,
              entities=[EntityRef("place", "Sumy")]),
        Entry(kind="quote", text="we hold the line", start=q2, end=q2 + 16,
              speaker="Volodymyr Zelensky", entities=[EntityRef("person", "Zelensky")]),
    ]
    people = [(Entity("person", "Dmitry Peskov", ["Peskov"]), ["dmitry peskov", "peskov"]),
              (Entity("person", "Zelensky", []), ["zelensky"]),
              (Entity("place", "Sumy", []), ["sumy"])]
    draft = ArticleDraft(text=TEXT, title="Kursk", outlet="Reuters", published="2025-03-10",
                         source_name="k.txt")
    art = articles.add_article(db, draft, found, people, analyst="import")
    other = articles.add_article(
        db, ArticleDraft(text="Rain fell in Kyiv.", source_name="note.txt"),
        [Entry(kind="event", text="Rain fell in Kyiv.", start=0, end=18)], [])
    draft2 = ArticleDraft(text="Talks resumed in Geneva.", outlet="Reuters", source_name="g.txt")
    more = articles.add_article(db, draft2, [Entry(kind="event", text="Talks resumed in Geneva.",
                                                   start=0, end=24)], [])
    ids = [e.id for e in entries.entries_of_article(db, art.id)]
    ids += [e.id for e in entries.entries_of_article(db, other.id)]
    ids += [e.id for e in entries.entries_of_article(db, more.id)]
    return db, ids


class FakeArticleView(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.article = None
        self.setReadOnly(True)

    def show_article(self, article) -> None:
        self.article = article
        self.setPlainText(article.text)

    def select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_range(self):
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()


class FakeWindow(QMainWindow):
    store_opened = Signal(str)

    def __init__(self, db) -> None:
        super().__init__()
        self.db = db
        self.prefs = Preferences(analyst="ann")
        self.undo_stack = QUndoStack(self)
        self.pool = Pool(self, sync=True)  # ops run inline on ``db``
        self.pool.set_store(None, db)
        menus = self.menuBar()
        self.file_menu = menus.addMenu("File")
        self.edit_menu = menus.addMenu("Edit")
        self.entry_menu = menus.addMenu("Entry")
        self.tools_menu = menus.addMenu("Tools")
        self.help_menu = menus.addMenu("Help")
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.edit_menu.addActions([undo, redo])
        self.entry_context_menu = QMenu(self)
        self.entries_view = QListWidget()
        self.article_view = FakeArticleView()
        self.article_context_actions: list = []
        self.selection: list[int] = []
        self.current: int | None = None
        self.refreshed: list = []
        self.annotation_panel = AnnotationPanel(self)
        split = QSplitter()
        for widget in (self.entries_view, self.annotation_panel, self.article_view):
            split.addWidget(widget)
        self.setCentralWidget(split)
        annotation_actions.install(self)
        self.resize(1100, 700)

    @property
    def analyst(self) -> str:
        return self.prefs.analyst

    def current_entry_id(self):
        return self.current

    def selected_entry_ids(self):
        return list(self.selection) or ([self.current] if self.current else [])

    def select_entry(self, entry_id) -> None:
        self.current = entry_id
        self.selection = [entry_id] if entry_id is not None else []
        self.annotation_panel.set_entry(entry_id)

    def refresh_entries(self, ids=None) -> None:
        self.refreshed.append(ids)

    def rows(self, ids):
        return {r.id: r for r in rows_by_id(self.db, ids)}
