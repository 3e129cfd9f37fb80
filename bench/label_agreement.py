"""How far two people agree when they label the same articles (the ceiling for the extractor).

Compares a second, independent set of labels with the hold-out labels: a quote or
claim agrees when the two texts overlap (one inside the other, or half their words
shared) and the speakers are the same; an event agrees when both labels point at the
same sentence; entities by the store's `same_entity`.  With `--extractor` it also
scores the extractor against each labeller with the same matching (an extracted event
points at the sentence its text lies in), so the three figures compare like with like.
Prints F1 per category with the first labeller as reference.  Figures only.

    PYTHONPATH=desktop python bench/label_agreement.py tests/data/holdout/second-labeller h i j k
    PYTHONPATH=desktop python bench/label_agreement.py --extractor tests/data/holdout/second-labeller \\
        $(ls tests/data/holdout/second-labeller)
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))

from extract_scorer import HOLDOUT, norm, same_speaker  # noqa: E402

from newsdigest.domain import Entity  # noqa: E402
from newsdigest.extract import extract_article, same_entity  # noqa: E402
from newsdigest.extract.sentences import Sentence, split_sentences  # noqa: E402

KEYS = ("quotes", "events", "entities")


def _overlap(a: str, b: str, loose: int) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    return loose == 2 and len(wx & wy) >= 0.5 * min(len(wx), len(wy))


def _pairs(ref: list, other: list, same: Callable[[dict, dict, int], bool]) -> int:
    """Matched pairs, greedy in reference order and by levels (for quotes: same text and kind,
    same text, then half the words), so that a loose match cannot take the partner of a
    close one (a claim that holds a partial quote is the claim's partner, as in the scorer)."""
    used: set[int] = set()
    done: set[int] = set()
    for loose in (0, 1, 2):
        for j, r in enumerate(ref):
            if j in done:
                continue
            k = next((i for i, o in enumerate(other) if i not in used and same(r, o, loose)), None)
            if k is not None:
                used.add(k)
                done.add(j)
    return len(done)


def _sentence(sents: list[Sentence], text: str) -> int:
    t = norm(text)
    return next((i for i, s in enumerate(sents) if t and t in norm(s.text)), -1)


def _as_labels(text: str, published: str | None) -> dict:
    """The extractor's output in the labels' own shape."""
    x = extract_article(text, published=published)
    return {"quotes": [{"kind": e.kind, "text": e.text, "speaker": e.speaker} for e in x.entries if e.kind in ("quote", "claim")],
            "events": [{"contains": e.text} for e in x.entries if e.kind == "event"],
            "entities": [{"type": e.type, "name": e.name} for e in x.entities]}


def _same(sents: list[Sentence]) -> dict[str, Callable[[dict, dict, int], bool]]:
    """Per category: whether a reference label ``r`` and another ``o`` agree, at a matching level."""
    return {"quotes": lambda r, o, loose: _overlap(r["text"], o["text"], loose)
            and same_speaker(o["speaker"], r["speaker"]) and bool(loose or o.get("kind") == r.get("kind")),
            "events": lambda r, o, _: _sentence(sents, r["contains"]) == _sentence(sents, o["contains"]) != -1,
            "entities": lambda r, o, _: same_entity(Entity(o["type"], o["name"]), Entity(r["type"], r["name"]))}


def _agree(sents: list[Sentence], ref: dict, other: dict) -> dict[str, tuple[int, int, int]]:
    """(matched, in ref, in other) per category."""
    same = _same(sents)
    return {k: (_pairs(ref.get(k, []), other.get(k, []), same[k]), len(ref.get(k, [])), len(other.get(k, [])))
            for k in KEYS}


def _consensus(sents: list[Sentence], first: dict, second: dict, mine: dict) -> dict[str, tuple[int, int, int, int]]:
    """Per category: (labels both labellers give that the extractor finds, labels both give,
    extracted items that either labeller gives, extracted items)."""
    same = _same(sents)
    out = {}
    for k in KEYS:
        both = [r for r in first.get(k, []) if any(same[k](r, o, 2) for o in second.get(k, []))]
        found = sum(any(same[k](r, x, 2) for x in mine.get(k, [])) for r in both)
        either = first.get(k, []) + second.get(k, [])
        backed = sum(any(same[k](r, x, 2) for r in either) for x in mine.get(k, []))
        out[k] = (found, len(both), backed, len(mine.get(k, [])))
    return out


def main(relabel: Path, batches: list[str], extractor: bool = False) -> None:
    rows = {"first vs second labeller": {k: [0, 0, 0] for k in KEYS}}
    if extractor:
        rows["extractor vs first labeller"] = {k: [0, 0, 0] for k in KEYS}
        rows["extractor vs second labeller"] = {k: [0, 0, 0] for k in KEYS}
    consensus = {k: [0, 0, 0, 0] for k in KEYS}
    articles = 0
    for b in batches:
        for ref_path in sorted((HOLDOUT / b).glob("*.json")):
            other_path = relabel / b / ref_path.name
            if not other_path.exists():
                continue
            articles += 1
            text = ref_path.with_suffix(".txt").read_text(encoding="utf-8")
            ref, other = json.loads(ref_path.read_text("utf-8")), json.loads(other_path.read_text("utf-8"))
            sents = split_sentences(text)
            pairs = [("first vs second labeller", ref, other)]
            if extractor:
                mine = _as_labels(text, ref.get("published"))
                pairs += [("extractor vs first labeller", ref, mine), ("extractor vs second labeller", other, mine)]
            for row, a, c in pairs:
                for key, counts in _agree(sents, a, c).items():
                    for i, n in enumerate(counts):
                        rows[row][key][i] += n
            if extractor:
                for key, counts in _consensus(sents, ref, other, mine).items():
                    for i, n in enumerate(counts):
                        consensus[key][i] += n
    print(f"{articles} articles labelled twice")
    for row, totals in rows.items():
        print(f"{row}: F1  (matched / reference / other)")
        for key, (h, a, c) in totals.items():
            f1 = 2 * h / (a + c) if a + c else 0.0
            print(f"  {key:10} {f1:6.3f}  ({h}/{a}/{c})")
    if extractor:
        print("extractor against the two labellers together: recall on what both give, precision against what "
              "either gives")
        for key, (found, both, backed, mine) in consensus.items():
            r, p = found / both if both else 0.0, backed / mine if mine else 0.0
            print(f"  {key:10} R {r:6.3f}  P {p:6.3f}  F1 {2 * p * r / (p + r) if p + r else 0.0:6.3f}"
                  f"  ({found}/{both}, {backed}/{mine})")


if __name__ == "__main__":
    args = sys.argv[1:]
    with_extractor = "--extractor" in args
    args = [a for a in args if a != "--extractor"]
    main(Path(args[0]), args[1:], with_extractor)
