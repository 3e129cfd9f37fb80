"""The worker pool: results on the GUI thread, stale results dropped, cancel, errors."""
from __future__ import annotations

import threading
import time

import pytest

from newsdigest.domain.errors import StoreError
from newsdigest.workers.pool import Pool


def test_sync_pool_runs_inline_with_the_gui_database(db):
    pool = Pool(sync=True)
    pool.set_store(None, db)
    got = []
    pool.run(lambda d, task: d.execute("SELECT 41 + 1").fetchone()[0], got.append)
    assert got == [42]


def test_worker_runs_off_the_gui_thread_and_answers_on_it(qtbot, store_path):
    pool = Pool()
    pool.set_store(store_path)
    got = []
    gui = threading.current_thread()
    pool.run(lambda d, task: (threading.current_thread() is not gui,
                              d.execute("SELECT count(*) FROM entries").fetchone()[0]),
             lambda value: got.append((value, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [((True, 8), True)]
    pool.shutdown()


def test_a_newer_op_with_the_same_key_wins(qtbot, store_path):
    pool = Pool()
    pool.set_store(store_path)
    got = []
    gate = threading.Event()
    pool.run(lambda d, task: gate.wait(5) and "blocker", got.append)
    pool.run(lambda d, task: "old", got.append, key="count")
    pool.run(lambda d, task: "new", got.append, key="count")
    gate.set()
    qtbot.waitUntil(lambda: "new" in got, timeout=5000)
    qtbot.waitUntil(lambda: not pool.is_busy(), timeout=5000)
    assert got == ["blocker", "new"]
    pool.shutdown()


def test_cancel_progress_and_items(qtbot, store_path):
    pool = Pool()
    pool.set_store(store_path)
    progress, items, done = [], [], []

    def op(d, task):
        for i in range(200):
            if task.cancelled():
                return "cancelled"
            task.report_progress(i, 200, f"file {i}")
            task.report_item(i)
            time.sleep(0.005)
        return "finished"

    task = pool.run(op, done.append, progress=lambda *a: progress.append(a), item=items.append)
    qtbot.waitUntil(lambda: len(items) >= 3, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["cancelled"] and len(items) < 200
    assert progress[0] == (0, 200, "file 0")
    pool.shutdown()


def test_errors_go_to_the_error_callback(qtbot, store_path):
    pool = Pool()
    pool.set_store(store_path)
    errors = []

    def fail(d, task):
        raise StoreError("disk full")
    pool.run(fail, None, error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "disk full"
    pool.shutdown()


def test_an_error_without_callback_raises_on_the_gui_thread(db):
    pool = Pool(sync=True)
    pool.set_store(None, db)
    with pytest.raises(ZeroDivisionError):
        pool.run(lambda d, task: 1 / 0)


def test_a_superseded_slow_query_is_interrupted(qtbot, store_path):
    pool = Pool()
    pool.set_store(store_path)
    got, errors = [], []
    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000)"
            " SELECT count(*) FROM c")
    pool.run(lambda d, task: d.execute(slow).fetchone()[0], got.append, key="facets",
             error=errors.append)
    time.sleep(0.2)
    start = time.perf_counter()
    pool.run(lambda d, task: "fresh", got.append, key="facets")
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got == ["fresh"] and not errors
    assert time.perf_counter() - start < 3
    pool.shutdown()


def test_an_urgent_op_preempts_a_restartable_read(qtbot, store_path):
    from newsdigest.workers.pool import URGENT
    pool = Pool()
    pool.set_store(store_path)
    order = []
    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30000000)"
            " SELECT count(*) FROM c")
    pool.run(lambda d, task: d.execute(slow).fetchone()[0], lambda v: order.append("facet"),
             key="facet:kind", restartable=True)
    time.sleep(0.2)
    start = time.perf_counter()
    pool.run(lambda d, task: "rows", lambda v: order.append((v, time.perf_counter() - start)),
             key="entry-order", priority=URGENT)
    qtbot.waitUntil(lambda: len(order) == 2, timeout=60000)
    assert order[0][0] == "rows" and order[0][1] < 2  # did not wait for the facet
    assert order[1] == "facet"  # which ran again afterwards
    pool.shutdown()
