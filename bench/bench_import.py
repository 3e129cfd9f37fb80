"""Import throughput end to end: read a file, extract, store (one transaction each).

Prints files/s and entries/s for plain-text articles generated from the
sample, and, as a same-process baseline, the time to store the same articles
with no extraction, so the ratio shows what extraction costs.

    .venv/bin/python bench/bench_import.py [N]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from newsdigest import library, paths
from newsdigest.domain.models import ArticleDraft
from newsdigest.store import articles, open_database


def make_corpus(folder: Path, n: int) -> list[Path]:
    sample = paths.resource_path("samples", "kursk-2025.txt").read_text(encoding="utf-8")
    files = []
    for i in range(n):
        # A different first line gives each file its own content hash.
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"Report number {i} from the front.\n\n{sample}", encoding="utf-8")
        files.append(path)
    return files


def main(n: int = 300) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = make_corpus(folder, n)
        db = open_database(folder / "bench.db")
        start = time.perf_counter()
        results = list(library.import_paths(db, files))
        full = time.perf_counter() - start
        entries = sum(r.entries for r in results)

        base = open_database(folder / "baseline.db")
        start = time.perf_counter()
        for path in files:
            draft = ArticleDraft(text=path.read_text(encoding="utf-8"), source_name=path.name)
            articles.add_article(base, draft, [], [])
        baseline = time.perf_counter() - start
    print(f"import {n} files: {full:.2f} s = {n / full:.0f} files/s, {entries / full:.0f} entries/s")
    print(f"baseline (read + store, no extraction): {baseline:.2f} s = {n / baseline:.0f} files/s")
    print(f"ratio full/baseline: {full / baseline:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
