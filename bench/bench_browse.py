"""Browse on a big store: count, pages, every sort, a facet and a search at 1,000,000 entries.

Builds the store once (raw ``executemany`` in one transaction; the FTS
triggers index as rows go in) and keeps it in /tmp, then prints timings of
what the entries table asks for.  No assertions: figures for the report.

    .venv/bin/python bench/bench_browse.py [--entries N] [--rebuild] [--window]

``--window`` also drives the real main window (offscreen, real worker thread)
and prints how long each step takes to show and the longest time the GUI
thread was busy in one go (what an analyst would feel as a freeze).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from newsdigest.domain.filters import EntryFilter
from newsdigest.store import articles as article_store
from newsdigest.store import entities as entity_store
from newsdigest.store import open_database, queries
from newsdigest.ui.models.entry_table_model import WINDOW, _read_window
from newsdigest.store.queries import sorted_ids

PER_ARTICLE = 20
KINDS = ["event"] * 6 + ["quote"] * 3 + ["claim"]
EVENT_TYPES = ["battles", "diplomacy", "statements", "economy", "protests", "legal", "other"]
STATUSES = ["new"] * 7 + ["reviewed", "flagged", "dismissed"]
COMMON = ["forces", "said", "government", "minister", "talks", "attack", "city", "troops", "border", "president", "officials", "report", "killed", "police", "protest", "vote", "market", "prices", "court", "war", "peace"]


def _words(rng: random.Random, n: int) -> list[str]:
    syll = ["ka", "ro", "mi", "tes", "lan", "dor", "vi", "su", "ne", "pol", "gra", "zu"]
    return ["".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def build(path: Path, n_entries: int) -> None:
    rng = random.Random(7)
    vocab = _words(rng, 3000) + COMMON * 20
    people = [f"{a.title()} {b.title()}" for a, b in zip(_words(rng, 600), _words(rng, 600))]
    places = [w.title() for w in _words(rng, 300)]
    orgs = [f"{w.title()} Ministry" for w in _words(rng, 100)]
    if path.exists():
        path.unlink()
    open_database(path).close()  # schema, triggers and indexes from the migrations
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    names = [(i + 1, "person", n) for i, n in enumerate(people)]
    names += [(len(names) + i + 1, "place", n) for i, n in enumerate(places)]
    names += [(len(names) + i + 1, "organisation", n) for i, n in enumerate(orgs)]
    with conn:
        conn.executemany("INSERT INTO sources(id, name, reliability) VALUES (?,?,?)",
                         [(i + 1, f"Outlet {i}", "ABCDEF"[i % 6]) for i in range(40)])
        conn.executemany("INSERT INTO entities(id, type, name, aliases) VALUES (?,?,?,'[]')", names)
        conn.executemany("INSERT INTO tags(id, name) VALUES (?,?)",
                         [(i + 1, f"tag{i}") for i in range(20)])
        n_articles = n_entries // PER_ARTICLE
        entry_id = 0
        for a in range(1, n_articles + 1):
            day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
            text = " ".join(rng.choice(vocab) for _ in range(160))
            conn.execute(
                "INSERT INTO articles(id, title, outlet, byline, url, published, language, text,"
                " content_hash, imported_at, source_name, source_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (a, f"Article {a} " + " ".join(rng.choice(vocab) for _ in range(5)),
                 f"Outlet {a % 40}", "", "", day, "en", text, f"h{a}", day + "T00:00:00",
                 f"a{a}.txt", a % 40 + 1))
            entries, notes, links, tags = [], [], [], []
            for k in range(PER_ARTICLE):
                entry_id += 1
                kind = rng.choice(KINDS)
                speaker = rng.choice(people) if kind != "event" else ""
                words = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 30)))
                entries.append((entry_id, a, kind, "direct" if kind == "quote" else None,
                                words.capitalize() + ".", speaker, "", "", "[]", "[]", "",
                                json.dumps([rng.choice(places)]), "", day, "[]",
                                rng.choice(EVENT_TYPES) if kind == "event" else "",
                                0.5, "extracted", k * 50, k * 50 + 40, 0))
                notes.append((entry_id, "", rng.choice([None, 1, 2, 3, 4, 5, 6]),
                              rng.choice(STATUSES), 0, 0, "bench", day, day))
                for ent in {rng.randrange(len(names)) + 1 for _ in range(2)}:
                    links.append((entry_id, ent, ""))
                if rng.random() < 0.05:
                    tags.append((entry_id, rng.randrange(20) + 1))
            conn.executemany(
                "INSERT INTO entries(id, article_id, kind, quote_type, text, speaker, role, cue,"
                " speaker_candidates, actors, action, places, when_text, date, numbers,"
                " event_type, confidence, origin, start, \"end\", deleted)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entries)
            conn.executemany(
                "INSERT INTO annotations(entry_id, note, credibility, status, include_in_brief,"
                " priority, analyst, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", notes)
            conn.executemany("INSERT INTO entry_entities VALUES (?,?,?)", links)
            conn.executemany("INSERT INTO entry_tags VALUES (?,?)", tags)
    conn.execute("ANALYZE")
    conn.close()


def timed(label: str, fn, results: dict):
    start = time.perf_counter()
    value = fn()
    ms = (time.perf_counter() - start) * 1000
    results[label] = ms
    extra = f" -> {value}" if isinstance(value, int) else ""
    print(f"{label:<44} {ms:9.1f} ms{extra}")
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--store", default=None)
    parser.add_argument("--window", action="store_true", help="also time the real window")
    args = parser.parse_args()
    path = Path(args.store or f"/tmp/newsdigest-bench-{args.entries}.db")
    if args.rebuild or not path.exists():
        start = time.perf_counter()
        build(path, args.entries)
        print(f"built {path} in {time.perf_counter() - start:.1f} s "
              f"({os.path.getsize(path) / 2**20:.0f} MiB)")
    db = open_database(path)  # also applies any newer migration (indexes)
    if args.window:
        db.close()
        window_bench(path)
        return
    r: dict = {}
    everything = EntryFilter()
    print("-- what the entries table does at 1M (windowed: more than IDS_LIMIT entries)")
    n = timed("count, no filter (worker)", lambda: queries.count_entries(db, everything), r)
    for key in ("article", "kind", "text", "speaker", "date", "place", "tags", "status",
                "grade"):
        for desc in (False, True):
            label = f"{key}{' desc' if desc else ''}"
            timed(f"sort {label}: first page (worker)",
                  lambda k=key, d=desc: len(_read_window(db, everything, k, d, n, 0)), r)
            timed(f"sort {label}: last page, read backwards",
                  lambda k=key, d=desc: len(_read_window(db, everything, k, d, n,
                                                         (n - 1) // WINDOW)), r)
        timed(f"sort {key}: window at n/2 (worker, placeholders meanwhile)",
              lambda k=key: len(_read_window(db, everything, k, False, n, n // 2 // WINDOW)), r)
    small = EntryFilter(kinds=["quote"], speakers=["Kaso Rodor"])  # may match nothing
    print("-- a selection under IDS_LIMIT gets every id: then any window is by primary key")
    art = EntryFilter(article_ids=list(range(1, 2001)))
    ids = timed("2,000 articles (40k entries): all ids in order", lambda: sorted_ids(db, art, "date", False), r)
    timed("   window at the middle by id (GUI)",
          lambda: len(queries.rows_by_id(db, list(ids[len(ids) // 2:len(ids) // 2 + 200]))), r)
    del small
    print("-- LIMIT/OFFSET for comparison")
    timed("offset n-200, article order", lambda: len(queries.page(db, everything, offset=n - 200)), r)
    timed("offset n/2, text order", lambda: len(queries.page(db, everything, sort="text",
                                                            offset=n // 2)), r)
    print("-- facets, search, lists (worker)")
    facet = EntryFilter(kinds=["quote"], statuses=["new"])
    timed("facet kind=quote+status=new: count", lambda: queries.count_entries(db, facet), r)
    timed("facet kind=quote+status=new: first page", lambda: len(queries.page(db, facet)), r)
    timed("facet kind=quote+status=new: all ids", lambda: len(sorted_ids(db, facet, "article", False)), r)
    timed("facet counts 'kind' (no filter)", lambda: len(queries.facet_counts(db, everything, "kind")), r)
    timed("facet counts 'person' (no filter)",
          lambda: len(queries.facet_counts(db, everything, "person")), r)
    one = EntryFilter(article_ids=[12345])
    timed("article filter: first page", lambda: len(queries.page(db, one)), r)
    search = EntryFilter(search="forces")
    timed("search 'forces': count", lambda: queries.count_entries(db, search), r)
    timed("search 'forces': all ids by rank", lambda: len(sorted_ids(db, search, "rank", False)), r)
    timed("search 'forces': first page by rank",
          lambda: len(queries.page(db, search, sort="rank")), r)
    timed("search 'forces': first page by date",
          lambda: len(queries.page(db, search, sort="date")), r)
    rare = EntryFilter(search='"forces said" gov*')
    timed("search '\"forces said\" gov*': first page", lambda: len(queries.page(db, rare, sort="rank")), r)
    timed("timeline (no filter)", lambda: len(queries.timeline(db, everything)), r)
    timed("list_articles", lambda: len(article_store.list_articles(db)), r)
    timed("list_entities", lambda: len(entity_store.list_entities(db)), r)


def window_bench(path: Path) -> None:
    """Time what the analyst sees in the real window on this store."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NEWSDIGEST_HOME"] = tempfile.mkdtemp(prefix="nd-bench-")
    from PySide6.QtCore import Qt

    from newsdigest import app as appmod
    qapp = appmod.make_application()
    start = time.perf_counter()
    window = appmod.create_window(str(path))
    window.resize(1400, 900)
    window.show()
    model = window.entry_model
    resets, ids = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.ids_arrived.connect(lambda: ids.append(1))

    def wait(label: str, cond, limit: float = 120) -> None:
        t, worst = time.perf_counter(), 0.0
        while not cond() and time.perf_counter() - t < limit:
            a = time.perf_counter()
            qapp.processEvents()
            worst = max(worst, time.perf_counter() - a)
            time.sleep(0.002)
        print(f"{label:<52} {(time.perf_counter() - t) * 1000:8.0f} ms"
              f"   (longest GUI block {worst * 1000:.0f} ms)")

    print(f"{'window built and shown':<52} {(time.perf_counter() - start) * 1000:8.0f} ms")
    wait("first rows", lambda: model.rowCount() > 0)
    wait("count", lambda: model.count() is not None)
    wait("scroll to the end", lambda: (window.entries_view.scrollToBottom() or True) and
         model.index(model.rowCount() - 1, 1).data() not in (None, "…"))
    wait("every id (background; then any row is instant)", lambda: bool(ids))
    for column, name in ((1, "text"), (6, "status")):
        resets.clear()
        window.entries_view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        wait(f"sort by {name}: new rows and count", lambda: bool(resets) and model.count() is not None)
    resets.clear()
    window.entries_view.verticalScrollBar().setValue(model.rowCount() // 2)
    wait("jump to the middle (status order, before its ids)",
         lambda: model.index(model.rowCount() // 2 + 5, 1).data() not in (None, "…"))
    resets.clear()
    window.facets.value_clicked.emit("kind", "quote", "quote")
    wait("facet kind=quote: new rows and count", lambda: bool(resets) and model.count() is not None)
    resets.clear()
    window.set_search("forces")
    wait("+ search 'forces': new rows and count", lambda: bool(resets) and model.count() is not None)
    wait("worker idle (facets, lists)", lambda: not window.pool.is_busy(), 300)
    window.close()


if __name__ == "__main__":
    main()
