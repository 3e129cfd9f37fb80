"""An edit pushed on the undo stack is committed at once: SIGKILL right after keeps it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from newsdigest.domain import ArticleDraft, Entry
from newsdigest.store import annotations, articles, entries, open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

GUI_EDIT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from types import SimpleNamespace
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from newsdigest.store import open_database
    from newsdigest.ui.undo_commands import AddTag, SetAnnotationField
    app = QApplication([])
    ctx = SimpleNamespace(db=open_database(sys.argv[1]), analyst="ann")
    stack = QUndoStack()
    ids = [int(i) for i in sys.argv[2:]]
    stack.push(SetAnnotationField(ctx, ids, "status", "flagged"))
    stack.push(AddTag(ctx, ids, "kept"))
    print("done", flush=True)
    time.sleep(60)  # killed long before: no event loop, no close, no flush by hand
""")


def test_undo_stack_edit_survives_sigkill(tmp_path):
    path = tmp_path / "store.db"
    db = open_database(path)
    art = articles.add_article(
        db, ArticleDraft(text="Talks failed. Shelling went on.", source_name="g"),
        [Entry(kind="event", text="Talks failed.", start=0, end=13),
         Entry(kind="event", text="Shelling went on.", start=14, end=31)], [])
    ids = [e.id for e in entries.entries_of_article(db, art.id)]
    db.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", GUI_EDIT, str(path), *map(str, ids)],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "done"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
        proc.stdout.close()
    again = open_database(path)
    for entry_id in ids:
        note = annotations.get_annotation(again, entry_id)
        assert (note.status, note.tags) == ("flagged", ["kept"])
    again.close()
