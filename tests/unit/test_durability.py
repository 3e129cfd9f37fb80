"""An edit is committed when the call returns: a process killed right after keeps it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from newsdigest.domain import ArticleDraft, Entry
from newsdigest.store import annotations, articles, entries, history, open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

EDIT = textwrap.dedent("""
    import sys, time
    from newsdigest.store import annotations, open_database
    db = open_database(sys.argv[1])
    entry_id = int(sys.argv[2])
    annotations.set_field(db, entry_id, "note", "kept <b>&", analyst="ann")
    annotations.add_tag(db, [entry_id], "survives", analyst="ann")
    print("done", flush=True)
    time.sleep(60)  # killed long before this ends: nothing is closed or flushed by hand
""")


def test_edit_survives_sigkill(tmp_path):
    path = tmp_path / "store.db"
    db = open_database(path)
    art = articles.add_article(db, ArticleDraft(text="Talks failed in Geneva.", source_name="g"),
                               [Entry(kind="event", text="Talks failed", start=0, end=12)], [])
    entry_id = entries.entries_of_article(db, art.id)[0].id
    db.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", EDIT, str(path), str(entry_id)],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "done"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    again = open_database(path)
    note = annotations.get_annotation(again, entry_id)
    assert note.note == "kept <b>&" and note.tags == ["survives"]
    assert [h.field for h in history.for_entry(again, entry_id)] == ["note", "tags"]
    again.close()
