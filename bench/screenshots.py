"""Screenshot every view of the window (run under Xvfb or offscreen).

    xvfb-run -a .venv/bin/python bench/screenshots.py [OUT_DIR]

Builds a store from the bundled sample and the ingest test files, drives the
window like an analyst (search, facets, names, timeline, import, paste) and
saves one PNG per view.  Look at them: that is the point.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT / "tests" / "ui")]
os.environ.setdefault("NEWSDIGEST_HOME", tempfile.mkdtemp(prefix="nd-shots-"))

from PySide6.QtCore import QTimer


def settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def build_store(path: Path) -> None:
    from ui_factory import add_articles

    from newsdigest import library
    db = library.open_store(path, seed_sample=True)
    data = ROOT / "tests" / "data" / "ingest"
    files = [p for p in sorted(data.glob("*")) if p.is_file()]
    for result in library.import_paths(db, files):
        print(result.line())
    add_articles(db)
    db.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    theme = os.environ.get("NEWSDIGEST_THEME", "")
    from newsdigest import app as appmod
    qapp = appmod.make_application()
    store = Path(os.environ["NEWSDIGEST_HOME"]) / "shots.db"
    if not store.exists():
        build_store(store)
    window = appmod.create_window(str(store), sync=True)
    window.resize(1440, 900)
    window.show()
    settle(qapp)
    suffix = f"-{theme}" if theme else ""

    def shot(name: str, widget=None) -> None:
        settle(qapp)
        (widget or window).grab().save(str(out / f"{name}{suffix}.png"))
        print("saved", out / f"{name}{suffix}.png")

    window.entries_view.selectRow(3)
    shot("main")
    if theme == "dark":
        return
    window.set_search("Putin")
    window.entries_view.selectRow(0)
    shot("search")
    window.clear_filters()
    window.facets.value_clicked.emit("kind", "quote", "quote")
    window.facets.value_clicked.emit("speaker", "Vladimir Putin", "Vladimir Putin")
    for group in window.facets._groups.values():
        group.setExpanded(True)
    window.entries_view.selectRow(0)
    shot("facets")
    window.clear_filters()
    window.show_view(1)
    window.entities_view.type_box.setCurrentIndex(1)
    window.entities_view.select_name("Vladimir Putin")
    shot("names")
    window.clear_filters()
    window.show_view(2)
    shot("timeline")
    window.show_view(0)
    from newsdigest.ui import import_flow
    data = ROOT / "tests" / "data" / "ingest"
    dialog = import_flow.start_import(window, [str(p) for p in sorted(data.glob("*.*"))][:6]
                                      + [str(data / "bad")])
    shot("import", dialog)
    dialog.close()
    from newsdigest.ui.dialogs.paste_dialog import PasteDialog
    paste = PasteDialog(window)
    paste.title.setText("Village captured")
    paste.outlet.setText("TASS")
    paste.date.setText("12/03/2025")
    paste.text.setPlainText("Russian forces captured the village of Nikolaevo on Monday...")
    paste.show()
    paste._on_buttons_accepted()
    shot("paste", paste)
    paste.close()
    window.open_store(str(Path(os.environ["NEWSDIGEST_HOME"]) / "empty.db"))
    shot("empty")
    window.close()
    QTimer.singleShot(0, qapp.quit)


if __name__ == "__main__":
    main()
