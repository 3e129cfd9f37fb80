"""Every article text the tests hold, plus generated benchmark articles: the inputs that
differential tests run old and new patterns over."""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def all_texts(seed: int) -> list[str]:
    """The labelled and hold-out articles, then 40 bench articles generated from ``seed``."""
    files = sorted({*(ROOT / "tests/data/articles").rglob("*.txt"), *(ROOT / "tests/data/holdout").rglob("*.txt")})
    out = [f.read_text(encoding="utf-8") for f in files]
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_extract
    finally:
        sys.path.pop(0)
    rng = random.Random(seed)
    out += [bench_extract.make_article(rng) for _ in range(40)]
    return out
