"""One background thread for everything that may be slow on a big store.

Imports, counts, facets and the timeline run here, on a single thread that
owns its own ``Database`` (sqlite-utils connections stay on the thread that
opened them).  An op is a plain function ``fn(db, task)`` returning a plain
value; the value is handed to a callback on the GUI thread through a queued
signal (ankitects/anki: qt/aqt/taskman.py, metabrainz/picard: util/thread.py).

An op may also return a generator: each ``next()`` is one step (one file of
an import), reported through ``item``, and the rest is queued again behind
anything more urgent, so a search typed during a long import is answered
between two files.  Queries run before steps (``priority``).

Ops submitted with a ``key`` are superseded by the next op with that key: a
stale op is skipped before it starts, stops early when it polls
``task.cancelled()``, and its result is dropped on delivery.

``Pool(sync=True)`` runs every op inline on the calling thread against the
GUI's own database, which keeps tests deterministic (picard's FakeThreadPool).
"""
from __future__ import annotations

import inspect
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from newsdigest.store import open_database

log = logging.getLogger(__name__)
Callback = Callable[[Any], None]
MMAP_BYTES = 2 << 30
CACHE_KIB = 256 * 1024
#: Queue priorities: interactive reads first, then background reads, then import steps.
URGENT, NORMAL, STEP = 0, 5, 10


@dataclass
class Task:
    """Handle of one op: cancel it, or ask from inside the op whether to stop."""

    id: int
    key: str | None
    generation: int
    done: Callback | None = None
    error: Callback | None = None
    progress: Callback | None = None
    item: Callback | None = None
    priority: int = 5
    restartable: bool = False
    _cancel: threading.Event = field(default_factory=threading.Event)
    _pool: Pool | None = None
    finished: bool = False
    preempted: bool = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once cancelled, or superseded by a newer op with the same key."""
        if self._cancel.is_set():
            return True
        return self._pool is not None and self._pool._stale(self)

    def report_progress(self, *value: Any) -> None:
        """Called by the op (any thread): forwarded to ``progress`` on the GUI thread."""
        if self._pool is not None:
            self._pool._send("progress", self, value)

    def report_item(self, value: Any) -> None:
        """A partial result (one file imported, one facet counted)."""
        if self._pool is not None:
            self._pool._send("item", self, value)


class Pool(QObject):
    """Runs ops one at a time on a worker thread; results come back on the GUI thread."""

    #: (kind, task, value) from the worker thread; queued to the GUI thread.
    _delivered = Signal(object)
    #: An op started (True) or the queue ran empty (False): drives a busy indicator.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, sync: bool = False) -> None:
        super().__init__(parent)
        self.sync = sync
        self._ids = itertools.count(1)
        self._generations: dict[str, int] = {}
        self._pending = 0
        self._path: str | None = None
        self._store_generation = 0
        self._sync_db = None
        self._worker_db = None
        self._worker_db_path: str | None = None
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._thread: threading.Thread | None = None
        self._order = itertools.count()
        self._running: Task | None = None
        self._closing = False
        self._lock = threading.Lock()
        self._delivered.connect(self._on_self_delivered)

    # --- store --------------------------------------------------------------
    def set_store(self, path: str | None, gui_db=None) -> None:
        """Point ops at another store; results of ops for the old one are dropped."""
        self._path = str(path) if path else None
        self._store_generation += 1
        self._sync_db = gui_db
        for key in list(self._generations):
            self._generations[key] += 1

    def _db_for(self):
        # Runs on the worker thread only, so the connection never crosses threads.
        if self._worker_db_path != self._path:
            self._close_worker_db()
            self._worker_db = open_database(self._path)
            self._worker_db_path = self._path
            # Reads here walk big indexes in random order (a window in the middle
            # of a text sort): memory-mapped pages and a larger cache halve that.
            self._worker_db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._worker_db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return self._worker_db

    # --- running ------------------------------------------------------------
    def run(self, fn: Callable, done: Callback | None = None, *, key: str | None = None,
            error: Callback | None = None, progress: Callback | None = None,
            item: Callback | None = None, priority: int = NORMAL,
            restartable: bool = False) -> Task:
        """Queue ``fn(db, task)``; ``done(value)`` runs on the GUI thread unless stale.

        A ``restartable`` read (a facet count) is interrupted when an URGENT op
        arrives and runs again after it, so a sort never waits for a facet.
        """
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
            self._interrupt_if_running(key)
        task = Task(next(self._ids), key, generation, done, error, progress, item,
                    priority=priority, restartable=restartable, _pool=self)
        if self.sync or self._path is None:
            self._run_inline(fn, task)
            return task
        self._set_pending(+1)
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="newsdigest-db", daemon=True)
            self._thread.start()
        self._put(priority, self._run_on_worker, fn, task, self._store_generation)
        if priority == URGENT:
            self._preempt()
        return task

    def _preempt(self) -> None:
        with self._lock:
            running = self._running
            if (running is not None and running.restartable and running.priority > URGENT
                    and self._worker_db is not None):
                running.preempted = True
                self._worker_db.conn.interrupt()

    def _put(self, priority: int, *job) -> None:
        self._queue.put((priority, next(self._order), job))

    def _work(self) -> None:
        while True:
            _priority, _n, job = self._queue.get()
            if not job:
                return
            job[0](*job[1:])

    def _run_inline(self, fn: Callable, task: Task) -> None:
        self._set_pending(+1)
        try:
            value = fn(self._sync_db, task)
            if inspect.isgenerator(value):
                for step in value:
                    self._deliver("item", task, step)
                value = None
        except Exception as exc:  # noqa: BLE001 - same error path as worker failures
            self._deliver("error", task, exc)
        else:
            self._deliver("done", task, value)

    def _run_on_worker(self, fn: Callable, task: Task, store_generation: int) -> None:
        if self._stale(task) or store_generation != self._store_generation:
            self._send("skipped", task, None)
            return
        with self._lock:
            self._running = task
        try:
            value = fn(self._db_for(), task)
            if inspect.isgenerator(value):
                self._step(value, task, store_generation)
                return
        except Exception as exc:  # any failure goes to the GUI thread
            if task.preempted and not self._stale(task):
                task.preempted = False  # run it again once the urgent op is done
                self._put(task.priority, self._run_on_worker, fn, task, store_generation)
                return
            log.debug("op %s failed", task.id, exc_info=True)
            self._send("skipped" if self._stale(task) else "error", task, exc)
        else:
            self._send("done", task, value)
        finally:
            with self._lock:
                self._running = None

    def _step(self, steps, task: Task, store_generation: int) -> None:
        # One step now; the rest goes back in the queue behind anything urgent.
        with self._lock:
            self._running = task
        try:
            if self._closing or store_generation != self._store_generation:
                steps.close()
                self._send("done", task, None)
                return
            try:
                self._send("item", task, next(steps))
            except StopIteration:
                self._send("done", task, None)
                return
            except Exception as exc:
                log.debug("op %s failed", task.id, exc_info=True)
                self._send("error", task, exc)
                return
        finally:
            with self._lock:
                self._running = None
        self._put(STEP, self._step, steps, task, store_generation)

    def _interrupt_if_running(self, key: str) -> None:
        # A superseded facet or count query on a big store can run for seconds;
        # sqlite3's interrupt() is the one call that is safe from another thread.
        with self._lock:
            running = self._running
            if running is not None and running.key == key and self._worker_db is not None:
                self._worker_db.conn.interrupt()

    def _send(self, kind: str, task: Task, value: Any) -> None:
        if self.sync or self._path is None:
            self._deliver(kind, task, value)
        else:
            self._delivered.emit((kind, task, value))

    def _stale(self, task: Task) -> bool:
        return task.key is not None and self._generations.get(task.key) != task.generation

    def _on_self_delivered(self, message: tuple) -> None:
        self._deliver(*message)

    def _deliver(self, kind: str, task: Task, value: Any) -> None:
        if kind in ("done", "error", "skipped"):
            task.finished = True
            self._set_pending(-1)
        if kind == "skipped" or self._stale(task):
            return
        callback = {"done": task.done, "error": task.error, "progress": task.progress,
                    "item": task.item}[kind]
        if kind == "progress" and callback is not None:
            callback(*value)
        elif callback is not None:
            callback(value)
        elif kind == "error":
            raise value  # no error callback: the excepthook shows it

    def _set_pending(self, delta: int) -> None:
        before = self._pending
        self._pending = max(0, self._pending + delta)
        if (before == 0) != (self._pending == 0):
            self.busy_changed.emit(self._pending > 0)

    def is_busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish the running op and close the worker's connection."""
        self._closing = True
        for key in list(self._generations):
            self._generations[key] += 1
        if self._thread is not None:
            # Queued ops are stale now (they skip) and steps stop at their next turn.
            self._put(STEP + 1, self._close_worker_db)
            self._put(STEP + 2)
            self._thread.join(timeout=30)
            self._thread = None
        self._closing = False

    def _close_worker_db(self) -> None:
        if self._worker_db is not None:
            self._worker_db.close()
            self._worker_db = None
            self._worker_db_path = None
