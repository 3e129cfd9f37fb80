"""Benchmark: a 1,000-entry PDF brief against a plain ReportLab document.

Both are built in the same run from the same text (entry text, speaker,
metadata line, note and source) with the same fonts, so the ratio is the
cost of the brief's layout: gutters, badges, marking, "Page N of M",
bookmarks, index and contents.  Target: brief <= 1.5 x plain.

    PYTHONPATH=desktop .venv/bin/python bench/bench_brief.py [entries]
"""
from __future__ import annotations

import os
import sys
import tempfile
import time

from newsdigest.export import write_brief_pdf
from newsdigest.export.content import number_text
from newsdigest.export.fonts import register_fonts
from newsdigest.export.sample import bulk_items, sample_spec
from newsdigest.export.text import esc


def plain_pdf(items, path: str) -> None:
    """The same text as plain paragraphs in a SimpleDocTemplate."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"].clone("plain", fontName="DejaVuSerif")
    story = []
    for item in items:
        e, ann, art = item.entry, item.annotation, item.article
        meta = " · ".join([", ".join(e.places), ", ".join(e.actors),
                           "; ".join(number_text(n) for n in e.numbers), e.event_type])
        parts = [e.text, f"{e.speaker}, {e.role}" if e.speaker else "", meta,
                 ann.note if ann else "", f"{art.outlet} — {art.title} — {art.url}"]
        story += [Paragraph(esc(p), style) for p in parts if p]
    SimpleDocTemplate(path).build(story)


REPEATS = 5


def timed(func) -> tuple[float, float]:
    """(CPU, wall) seconds of ``func()``.  Both builds are single-threaded
    and CPU bound; CPU time is far less disturbed by other processes, so the
    ratio is taken on it."""
    cpu, wall = time.process_time(), time.perf_counter()
    func()
    return time.process_time() - cpu, time.perf_counter() - wall


def main(count: int = 1000) -> None:
    register_fonts()  # once per process for both documents
    items = bulk_items(count)
    spec = sample_spec()
    with tempfile.TemporaryDirectory() as tmp:
        brief_path, plain_path = os.path.join(tmp, "brief.pdf"), os.path.join(tmp, "plain.pdf")
        pages = []
        plain_pdf(items[:50], plain_path)  # warm-up: imports, font caches
        write_brief_pdf(items[:50], spec, brief_path)
        # Interleaved runs, best of each: the machine is shared, and noise
        # from other processes hits both documents alike.
        plain_times, brief_times = [], []
        for _ in range(REPEATS):
            plain_times.append(timed(lambda: plain_pdf(items, plain_path)))
            brief_times.append(timed(lambda: pages.append(write_brief_pdf(items, spec, brief_path))))
        (plain, plain_wall), (brief, brief_wall) = min(plain_times), min(brief_times)
        print(f"entries: {count}   brief pages: {pages[-1]}   best of {REPEATS}")
        print(f"plain ReportLab: {plain:.2f} s CPU, {plain_wall:.2f} s wall "
              f"({os.path.getsize(plain_path) // 1024} KiB)")
        print(f"brief:           {brief:.2f} s CPU, {brief_wall:.2f} s wall "
              f"({os.path.getsize(brief_path) // 1024} KiB)")
        print(f"ratio brief/plain: {brief / plain:.2f}  (target <= 1.50)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
