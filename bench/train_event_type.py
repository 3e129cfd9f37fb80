"""Train the learned event-type model (desktop/newsdigest/extract/event_type.py), offline.

Every extracted event that the scorer matches to a gold event (tests/unit/extract_scorer.py
score_events: norm(contains) in norm(text), first unused event) becomes a row: its
features (event_type.features: the rules' type, the type after the article's context,
the article's dominant rule type, trigger word types, the action's verb and the event's
lower-case words and their six-letter stems)
and the gold event's ``type``.  A multinomial logistic regression with a strong L2
penalty is fitted by plain full-batch gradient descent (AdaGrad steps, fixed order, no
randomness); words seen in fewer than MIN_COUNT training rows are left out and weights
under PRUNE dropped.  The pipeline takes the highest-scoring type; it changes no event's
extraction, only its type.

Data: the development hold-out batches (groups a-g, l-o and x-z, by the session their
writers came in) and the tuned corpus tests/data/articles.  The sealed test batches
(h-k, p-s, t-w) and the second labeller's files are never read.

    PYTHONPATH=desktop python bench/train_event_type.py            # leave-group-out figures only
    PYTHONPATH=desktop python bench/train_event_type.py --write    # also fit on every group + corpus, write the module
"""
from __future__ import annotations

import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

import newsdigest.extract.event_type as model  # noqa: E402
import newsdigest.extract.pipeline as pipeline  # noqa: E402
from extract_scorer import HOLDOUT, Case, load_cases, norm, score_cases  # noqa: E402
from newsdigest.extract import extract_article  # noqa: E402

#: the development batches, grouped by when their writers came (sessions 2, 3 and 4)
GROUPS = {"a-g": ("a", "b", "c", "d", "e", "f", "g"), "l-o": ("l", "m", "n", "o"), "x-z": ("x", "y", "z")}
SEALED = {"h", "i", "j", "k", "p", "q", "r", "s", "t", "u", "v", "w", "second-labeller"}
CLASSES = ("other", "battles", "explosions_remote_violence", "violence_against_civilians",
           "strategic_developments", "protests", "riots", "diplomacy", "statements", "economy",
           "legal", "health", "elections", "technology", "disasters")
L2 = float(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--l2=")), "4.0"))  # on the summed squared weights (bias rows excepted)
MIN_COUNT = 2
ITERS = 300
STEP = 0.2
PRUNE = 0.07
MODULE = ROOT / "desktop" / "newsdigest" / "extract" / "event_type.py"

Row = tuple[list[str], int, str, str]  # features, gold class, rules' type, type after context


def cases_of(batches: tuple[str, ...]) -> list[Case]:
    assert SEALED.isdisjoint(batches)
    return [c for b in batches for c in load_cases(HOLDOUT / b)]


def rows_of(cases: list[Case]) -> list[Row]:
    """One row per matched event with a gold type, in the scorer's matching order."""
    out: list[Row] = []
    for case in cases:
        trace: list = []
        pipeline.TYPE_TRACE = trace
        x = extract_article(case.text, published=case.expected.get("published"))
        pipeline.TYPE_TRACE = None
        rule_of = {id(e): r for e, r in trace}
        preds = [e for e in x.entries if e.kind == "event"]
        top = model.dominant([rule_of[id(e)] for e in preds])
        used: set[int] = set()
        for g in case.expected.get("events", []):
            hit = next((i for i, p in enumerate(preds) if i not in used and norm(g["contains"]) in norm(p.text)), None)
            if hit is None:
                continue
            used.add(hit)
            if g.get("type") not in CLASSES:
                continue
            p = preds[hit]
            rule = rule_of[id(p)]
            out.append((model.features(p.text, p.action, rule, p.event_type, top), CLASSES.index(g["type"]), rule, p.event_type))
    return out


def fit(rows: list[Row], l2: float = L2, iters: int = ITERS) -> dict[str, dict[int, float]]:
    counts: dict[str, int] = {}
    for feats, _, _, _ in rows:
        for k in feats:
            counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, n in counts.items() if n >= MIN_COUNT or not k.startswith(("w:", "s:", "v:")))
    index = {k: i for i, k in enumerate(names)}
    data = [([index[k] for k in feats if k in index], y) for feats, y, _, _ in rows]
    nc = len(CLASSES)
    w = [[0.0] * nc for _ in names]
    g2 = [[1e-8] * nc for _ in names]
    bias = index["bias"]
    n = len(data)
    for _ in range(iters):
        grad = [[0.0] * nc for _ in names]
        for idx, y in data:
            z = [0.0] * nc
            for i in idx:
                z = [a + b for a, b in zip(z, w[i])]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            s = sum(e)
            d = [v / s for v in e]
            d[y] -= 1.0
            for i in idx:
                grad[i] = [a + b for a, b in zip(grad[i], d)]
        for i in range(len(names)):
            pen = 0.0 if i == bias else l2 / n
            wi, gi2, gr = w[i], g2[i], grad[i]
            for c in range(nc):
                gi = gr[c] / n + pen * wi[c]
                gi2[c] += gi * gi
                wi[c] -= STEP * gi / math.sqrt(gi2[c])
    out: dict[str, dict[int, float]] = {}
    for k, i in index.items():
        row = {c: round(v, 2) for c, v in enumerate(w[i]) if abs(v) >= PRUNE}
        if row:
            out[k] = row
    return out


def install(weights: dict[str, dict[int, float]]) -> None:
    model.CLASSES = CLASSES
    model.WEIGHTS.clear()
    model.WEIGHTS.update(weights)


def accuracy(rows: list[Row], which: str) -> tuple[int, int]:
    if which == "rules":
        right = sum(CLASSES[y] == r for _, y, r, _ in rows)
    elif which == "context":
        right = sum(CLASSES[y] == c for _, y, _, c in rows)
    else:
        right = sum(CLASSES[y] == model.predict(f) for f, y, _, _ in rows)
    return right, len(rows)


def pct(rc: tuple[int, int]) -> str:
    return f"{rc[0] / max(1, rc[1]):.3f} ({rc[0]}/{rc[1]})"


def type_date(cases: list[Case], use_model: bool) -> float:
    pipeline.TYPE_MODEL = use_model
    got = score_cases(cases)["event_type_accuracy"]
    pipeline.TYPE_MODEL = True
    assert isinstance(got, float)
    return got


def module_text(weights: dict[str, dict[int, float]], n_rows: int) -> str:
    src = MODULE.read_text(encoding="utf-8")
    start = src.index("# --- features")
    stop = src.index("# --- weights (generated) ---")
    head = ('"""A learned refinement of the event rules\' type.\n\n'
            "GENERATED by bench/train_event_type.py: do not edit the weights by hand (edit the features\n"
            "part, then run `PYTHONPATH=desktop python bench/train_event_type.py --write`).  A multinomial\n"
            f"logistic regression (L2 {L2}, {ITERS} AdaGrad steps, words in >= {MIN_COUNT} rows, weights under\n"
            f"{PRUNE} dropped) fitted on {n_rows} extracted events matched to gold events of the development\n"
            "hold-out batches a-g, l-o, x-z and the tuned corpus tests/data/articles; the label is the gold\n"
            "type.  The rules' type (events.classify, before and after pipeline._type_from_context) is a feature.\n"
            '"""\n')
    body = "".join(f"    {k!r}: {' '.join(f'{c}:{v!r}' for c, v in sorted(row.items()))!r},\n"
                   for k, row in sorted(weights.items()))
    return (head + "from __future__ import annotations\n\n" + src[start:stop] + "# --- weights (generated) ---\n"
            f"CLASSES: tuple[str, ...] = {CLASSES!r}\n_PACKED: dict[str, str] = {{\n{body}}}\n"
            "WEIGHTS: dict[str, dict[int, float]] = _unpack(_PACKED)\n")


def main() -> None:
    t0 = time.time()
    groups = {name: cases_of(batches) for name, batches in GROUPS.items()}
    corpus = load_cases()
    rows = {name: rows_of(cases) for name, cases in groups.items()}
    rows["corpus"] = rows_of(corpus)
    for name, r in rows.items():
        print(f"{name:7} {len(r):5} rows  rules {pct(accuracy(r, 'rules'))}  "
              f"rules+context {pct(accuracy(r, 'context'))}", flush=True)
    # leave one group of writers out: fit on the others and the corpus, score the group the model never saw
    wins = True
    for name in groups:
        train = [row for other, r in rows.items() if other != name for row in r]
        install(fit(train))
        learned, rules = accuracy(rows[name], "learned"), accuracy(rows[name], "context")
        wins = wins and learned[0] > rules[0]
        print(f"held {name}: rules+context {pct(rules)}  learned(not {name}) {pct(learned)}  "
              f"type+date {type_date(groups[name], False):.3f} -> {type_date(groups[name], True):.3f}", flush=True)
    print("learned beats the rules on every held group" if wins else "learned does NOT beat the rules on every group")
    if "--write" in sys.argv:
        train = [row for r in rows.values() for row in r]
        weights = fit(train)
        install(weights)
        print(f"fitted on {len(train)} rows: {len(weights)} features, "
              f"{sum(len(r) for r in weights.values())} weights; seen {pct(accuracy(train, 'learned'))}")
        MODULE.write_text(module_text(weights, len(train)), encoding="utf-8")
        print(f"wrote {MODULE.relative_to(ROOT)} ({MODULE.stat().st_size} bytes)")
    print(f"{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
