"""Window geometry, splitters, column widths and the last view, in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from newsdigest import paths


def settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def save(window) -> None:
    s = settings()
    s.setValue("geometry", window.saveGeometry())
    s.setValue("state", window.saveState())
    for name, splitter in window.splitters().items():
        s.setValue(f"splitter/{name}", splitter.saveState())
    s.setValue("entries/header", window.entries_view.horizontalHeader().saveState())
    s.setValue("articles/header", window.articles_view.horizontalHeader().saveState())
    s.setValue("view", window.views.currentIndex())
    key, descending = window.entry_model.column_sort()
    s.setValue("entries/sort", key)
    s.setValue("entries/descending", bool(descending))
    s.sync()


def restore(window) -> None:
    s = settings()
    if s.value("geometry") is not None:
        window.restoreGeometry(s.value("geometry"))
    if s.value("state") is not None:
        window.restoreState(s.value("state"))
    for name, splitter in window.splitters().items():
        value = s.value(f"splitter/{name}")
        if value is not None:
            splitter.restoreState(value)
    for key, view in (("entries/header", window.entries_view),
                      ("articles/header", window.articles_view)):
        value = s.value(key)
        if value is not None:
            view.horizontalHeader().restoreState(value)
    window.show_view(int(s.value("view", 0) or 0))
    sort = str(s.value("entries/sort", "article") or "article")
    descending = str(s.value("entries/descending", "false")).lower() == "true"
    window.entry_model.set_sort(sort, descending)
