"""How far two people agree when they label the same articles (the ceiling for the extractor).

Compares a second, independent set of labels with the hold-out labels, matching
the way `tests/unit/extract_scorer.py` scores the extractor: a quote or claim
agrees when the two texts overlap (one inside the other, or half their words
shared) and the speakers are the same; an event agrees when both labels point
at the same sentence; entities by the store's `same_entity`.  Prints F1 per
category with the first labeller as reference.  Figures only.

    PYTHONPATH=desktop python bench/label_agreement.py tests/data/holdout/second-labeller h i j k
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))

from extract_scorer import HOLDOUT, norm, same_speaker  # noqa: E402

from newsdigest.domain import Entity  # noqa: E402
from newsdigest.extract import same_entity  # noqa: E402
from newsdigest.extract.sentences import split_sentences  # noqa: E402


def _overlap(a: str, b: str) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    return len(wx & wy) >= 0.5 * min(len(wx), len(wy))


def _pairs(ref: list, other: list, same) -> int:
    used: set[int] = set()
    hits = 0
    for r in ref:
        k = next((i for i, o in enumerate(other) if i not in used and same(r, o)), None)
        if k is not None:
            used.add(k)
            hits += 1
    return hits


def _sentence(sents: list, text: str) -> int:
    t = norm(text)
    return next((i for i, s in enumerate(sents) if t and t in norm(s.text)), -1)


def main(relabel: Path, batches: list[str]) -> None:
    totals = {k: [0, 0, 0] for k in ("quotes", "events", "entities")}  # hits, ref, other
    for b in batches:
        for ref_path in sorted((HOLDOUT / b).glob("*.json")):
            other_path = relabel / b / ref_path.name
            if not other_path.exists():
                continue
            text = ref_path.with_suffix(".txt").read_text(encoding="utf-8")
            ref, other = json.loads(ref_path.read_text("utf-8")), json.loads(other_path.read_text("utf-8"))
            sents = split_sentences(text)
            rq, oq = ref.get("quotes", []), other.get("quotes", [])
            hq = _pairs(rq, oq, lambda r, o: _overlap(r["text"], o["text"]) and same_speaker(o["speaker"], r["speaker"]))
            re_, oe = ref.get("events", []), other.get("events", [])
            hs = _pairs(re_, oe, lambda r, o: _sentence(sents, r["contains"]) == _sentence(sents, o["contains"]) != -1)
            ren = [Entity(e["type"], e["name"]) for e in ref.get("entities", [])]
            oen = [Entity(e["type"], e["name"]) for e in other.get("entities", [])]
            hn = _pairs(ren, oen, lambda r, o: same_entity(o, r))
            for key, h, a, c in (("quotes", hq, rq, oq), ("events", hs, re_, oe), ("entities", hn, ren, oen)):
                totals[key][0] += h
                totals[key][1] += len(a)
                totals[key][2] += len(c)
    print(f"{'':10} {'agree F1':>8}  (matched / first labeller / second labeller)")
    for key, (h, a, c) in totals.items():
        f1 = 2 * h / (a + c) if a + c else 0.0
        print(f"{key:10} {f1:8.3f}  ({h}/{a}/{c})")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
