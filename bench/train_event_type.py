"""Train the learned event-type model (desktop/newsdigest/extract/event_type.py), offline.

The model featurises nothing of its own.  Every candidate the event gate accepts already
has a feature list (event_gate.features: the rules' verdict and type, the rule that decided,
speech/claim/clause/headline flags, tense and modality, casualty/number/time words, trigger
word types, hashed buckets of the first words and of the action verbs); the model adds one
feature, the rules' final type in pipeline._event ("rt:" + type, after the "captured Goma"
override and the gate's fallback type).  At run time it is one sparse dot product per type
over that list, for accepted candidates only (a sum of one 15-float row per known feature).

Rows: every extracted event that the scorer matches to a gold event (tests/unit/
extract_scorer.py score_events: norm(contains) in norm(text), first unused event), with the
gold ``type`` as label.  A multinomial logistic regression with an L2 penalty is fitted by
plain full-batch gradient descent (AdaGrad steps, fixed order, no randomness); features seen
in fewer than MIN_COUNT rows are left out, weights under PRUNE dropped.

The model overrules the rules' type only when its best type beats the rules' type by more
than MARGIN (in log-odds); the margin is the one with the best pooled type accuracy on
writers the model did not see (each development group in turn scored by a model fitted on
the others).  pipeline._type_from_context then runs as before on the result (an "other"
event may still take the article's type).  Extraction is untouched: the same events, quotes
and entities, only some events' types change.

Accuracy here is type-only accuracy on matched events (the scorer's matching), computed by
re-running pipeline._type_from_context on copies of each article's events, so one extraction
per article serves every model and margin; the real pipeline is checked against it.

Results (session 6; L2 2, 100 steps, PRUNE 0.2: 723 features, 3066 weights; margin 1.5).
Type-only accuracy on matched events, each group scored by a model fitted on the other five,
its margin chosen by leaving each of those five out in turn:

    group   rules   model          group   rules   model
    a-g     0.597   0.620          za-zd   0.604   0.610
    l-o     0.658   0.661          zi-zl   0.465   0.514
    x-z     0.545   0.578          zq-zs   0.550   0.559
    pooled  0.578   0.598 (1076 -> 1113 of 1860)

PRUNE 0.05 (7807 weights) gave 0.603 pooled but twice the cost; 0.3 gave 0.588 and 0.5 0.574
(below the rules).  With no margin (the model's own best type) it is barely better than the
rules (0.570-0.581 against 0.578): the margin is what makes it pay.  L2 4 (50 or 200 steps)
and L2 10 gave 0.601-0.604 and 0.597 pooled at PRUNE 0.05: no better than L2 2.  On the tuned
corpus tests/data/articles (not trained on; its labels follow one labeller's convention)
type+date accuracy falls 0.885 -> 0.869.  Events, quotes and entities are unchanged everywhere
(the ``--write`` run checks the development groups).  Cost: per accepted candidate (about 33
per 500-word article, 26 features each) one dict lookup per feature and about 4 weights.
Compiled, 100 generated articles (valgrind): 2545.2M instructions without the model, 2630.3M
with it (+3.3%; a list of floats or 15-float rows cost +4.6%, one packed big int per feature
+5.3%, PRUNE 0.05 more still).  Measured in CPU time (compiled, alternating runs on one core)
it costs 5-10%, more than its instructions (a large weight table), so pipeline.TYPES is off
by default: the 200 articles/s aim cannot spare it.

Data: the development hold-out batches (the groups of writers in extract_scorer.DEV_GROUPS, by when
their writers came in).  The sealed test batches (extract_scorer.TEST_BATCHES) are never read.

    PYTHONPATH=desktop python bench/train_event_type.py            # leave-group-out figures only
    PYTHONPATH=desktop python bench/train_event_type.py --write    # also fit on every group, write the module
"""
from __future__ import annotations

import math
import sys
import time
from multiprocessing import Pool
from operator import itemgetter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from extract_scorer import (
    DEV_GROUPS,
    HOLDOUT,
    TEST_BATCHES,
    Case,
    load_cases,
    match_events,
    score_cases,
)

import newsdigest.extract.event_type as model
from newsdigest.domain import Entry
from newsdigest.extract import (
    extract_article,
    pipeline,
)

#: the development batches by group of writers; the sealed test batches are never read
GROUPS = DEV_GROUPS
SEALED = set(TEST_BATCHES)
CLASSES = model.CLASSES
assert len(CLASSES) == model._NCLASS <= 16  # a class fits in 4 bits of an entry
L2 = float(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--l2=")), "2.0"))  # on the summed squared weights (bias row excepted)
MIN_COUNT = 2
ITERS = int(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--iters=")), "100"))
STEP = 0.2
PRUNE = float(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--prune=")), "0.2"))
MARGINS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, math.inf]
MODULE = ROOT / "desktop" / "newsdigest" / "extract" / "event_type.py"

#: one extracted event: gate features, the rules' type in _event, its text, gold class (-1: unmatched)
Event = tuple[list[str], str, str, int]
Article = list[Event]
Weights = dict[str, list[tuple[int, float]]]


def cases_of(batches: tuple[str, ...]) -> list[Case]:
    if not SEALED.isdisjoint(batches):
        raise SystemExit(f"refusing sealed batches {sorted(SEALED & set(batches))}")
    return [c for b in batches for c in load_cases(HOLDOUT / b)]


def articles_of(cases: list[Case]) -> list[Article]:
    """Every article's events (the type model off), each with its gate features, the rules' type
    and the gold class of the gold event the scorer matches it to."""
    out: list[Article] = []
    for case in cases:
        trace: dict[tuple[int, int], tuple[list[str], str]] = {}
        pipeline.TYPE_TRACE = trace
        x = extract_article(case.text, published=case.expected.get("published"))
        pipeline.TYPE_TRACE = None
        preds = [e for e in x.entries if e.kind == "event"]
        gold = [-1] * len(preds)
        for g, hit in match_events(preds, case.expected.get("events", [])):
            if hit is not None:
                gold[hit] = CLASSES.index(g["type"]) if g.get("type") in CLASSES else -2  # -2: matched, no type
        art: Article = []
        for p, y in zip(preds, gold):
            feats, rule = trace[(p.start, p.end)]
            art.append((feats, rule, p.text, y))
        # the simulation of _type_from_context must give the pipeline's own types
        assert final_types(art, lambda f, r: r) == [p.event_type for p in preds], case.name
        out.append(art)
    return out


def final_types(art: Article, typer) -> list[str]:  # type: ignore[no-untyped-def]
    """The article's event types with ``typer(feats, rule)`` in _event, after _type_from_context."""
    events = [Entry(kind="event", text=text, start=0, end=0, event_type=typer(feats, rule))
              for feats, rule, text, _ in art]
    pipeline._type_from_context(events)
    return [e.event_type or "" for e in events]


def accuracy(arts: list[Article], typer) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(right, matched) types of matched events with a gold type."""
    right = n = 0
    for art in arts:
        for (_, _, _, y), t in zip(art, final_types(art, typer)):
            if y >= 0:
                n += 1
                right += CLASSES[y] == t
    return right, n


def rows_of(arts: list[Article]) -> list[tuple[list[str], int]]:
    return [(feats + ["rt:" + rule], y) for art in arts for feats, rule, _, y in art if y >= 0]


def _getter(idx: list[int]):  # type: ignore[no-untyped-def]
    """A C-level gather of ``idx`` from a list, always a tuple."""
    if len(idx) == 1:
        j = idx[0]
        return lambda xs: (xs[j],)
    return itemgetter(*idx)


def fit(rows: list[tuple[list[str], int]]) -> Weights:
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for k in set(feats):
            counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, n in counts.items() if n >= MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    data = [(sorted({index[k] for k in feats if k in index}), y) for feats, y in rows]
    nc, nf, n = len(CLASSES), len(names), len(data)
    # class-major weights; a row's score gathers its features, a feature's gradient gathers its rows
    row_get = [_getter(idx) for idx, _ in data]
    feat_rows: list[list[int]] = [[] for _ in names]
    for r, (idx, _) in enumerate(data):
        for i in idx:
            feat_rows[i].append(r)
    feat_get = [_getter(rs) for rs in feat_rows]
    labels = [y for _, y in data]
    w = [[0.0] * nf for _ in range(nc)]
    g2 = [[1e-8] * nf for _ in range(nc)]
    pen = [L2 / n] * nf
    pen[index["bias"]] = 0.0
    exp, sqrt = math.exp, math.sqrt
    for _ in range(ITERS):
        d = [[0.0] * n for _ in range(nc)]  # class-major: p - 1[y]
        for r in range(n):
            g = row_get[r]
            z = [sum(g(wc)) for wc in w]
            top = max(z)
            e = [exp(v - top) for v in z]
            s = sum(e)
            for c in range(nc):
                d[c][r] = e[c] / s
            d[labels[r]][r] -= 1.0
        for c in range(nc):
            dc = d[c]
            gc = [sum(fg(dc)) / n + p * wv for fg, p, wv in zip(feat_get, pen, w[c])]
            g2[c] = a2 = [a + gv * gv for a, gv in zip(g2[c], gc)]
            w[c] = [wv - STEP * gv / sqrt(a) for wv, gv, a in zip(w[c], gc, a2)]
    out: Weights = {}
    for k, i in index.items():
        row = [(c, round(w[c][i], 3)) for c in range(nc) if abs(w[c][i]) >= 0.0005]
        if row:
            out[k] = row
    return out


def packed(weights: Weights) -> dict[str, str]:
    """The weights as the module stores them, those under PRUNE dropped."""
    out = {k: " ".join(f"{c}:{v!r}" for c, v in row if abs(v) >= PRUNE) for k, row in weights.items()}
    return {k: v for k, v in out.items() if v}


def install(weights: Weights, margin: float) -> None:
    index, flat = model._unpack(packed(weights))
    model.WEIGHTS.clear()
    model.WEIGHTS.update(index)
    model._FLAT[:] = flat
    model.RULE_WEIGHTS.clear()
    model.RULE_WEIGHTS.update({k[3:]: v for k, v in index.items() if k.startswith("rt:")})
    model.MARGIN = margin


def real_accuracy(cases: list[Case]) -> tuple[int, int]:
    """Type-only accuracy on matched events through the real pipeline, as installed."""
    right = n = 0
    for case in cases:
        x = extract_article(case.text, published=case.expected.get("published"))
        preds = [e for e in x.entries if e.kind == "event"]
        for g, hit in match_events(preds, case.expected.get("events", [])):
            if hit is not None and g.get("type") in CLASSES:
                n += 1
                right += preds[hit].event_type == g["type"]
    return right, n


def by_margin(weights: Weights, arts: list[Article]) -> dict[float, tuple[int, int]]:
    out = {}
    for m in MARGINS:
        install(weights, m)
        out[m] = accuracy(arts, model.refine)
    return out


def best_margin(pooled: dict[float, list[int]]) -> float:
    # ties: the larger margin (fewer changes to the rules)
    return max(MARGINS, key=lambda m: (pooled[m][0], m))


def pct(rc: tuple[int, int]) -> str:
    return f"{rc[0] / max(1, rc[1]):.3f} ({rc[0]}/{rc[1]})"


def module_text(weights: Weights, margin: float, n_rows: int) -> str:
    src = MODULE.read_text(encoding="utf-8")
    start = src.index("# --- code")
    stop = src.index("# --- weights (generated) ---")
    head = ('"""A learned refinement of the event rules\' type, over the event gate\'s features.\n\n'
            "GENERATED by bench/train_event_type.py (see its docstring): do not edit the weights by hand\n"
            "(edit the code part, then run `PYTHONPATH=desktop python bench/train_event_type.py --write`).\n"
            f"A multinomial logistic regression (L2 {L2}, {ITERS} AdaGrad steps, features in >= {MIN_COUNT}\n"
            f"rows, weights under {PRUNE} dropped) fitted on {n_rows} extracted events matched to gold events of\n"
            f"the development hold-out batches {', '.join(GROUPS)}; the label is the gold type.\n"
            "Its inputs are the gate's features (event_gate.features) and the rules' type; it overrules the\n"
            "rules' type only by more than MARGIN, chosen by leaving each group of writers out.\n"
            '"""\n')
    body = "".join(f"    {k!r}: {v!r},\n" for k, v in sorted(packed(weights).items()))
    classes = "".join(f"    {c!r},\n" for c in CLASSES)
    return (head + "from __future__ import annotations\n\n" + src[start:stop] + "# --- weights (generated) ---\n"
            f"CLASSES: tuple[str, ...] = (\n{classes})\nMARGIN: float = {margin!r}\n"
            f"_PACKED: dict[str, str] = {{\n{body}}}\n"
            "WEIGHTS, _FLAT = _unpack(_PACKED)\n"
            "RULE_WEIGHTS: dict[str, int] = {k[3:]: v for k, v in WEIGHTS.items() if k.startswith(\"rt:\")}\n"
            "_INDEX: dict[str, int] = {k: i for i, k in enumerate(CLASSES)}\n")


def fit_without(args: tuple[tuple[str, ...], dict[str, list[tuple[list[str], int]]]]) -> tuple[tuple[str, ...], Weights]:
    left_out, rows = args
    return left_out, fit([r for name, rs in rows.items() if name not in left_out for r in rs])


def same_extraction(cases: list[Case]) -> bool:
    """Events, quotes and entities scored the same with the type model on and off."""
    got = []
    for on in (False, True):
        pipeline.TYPES = on
        s = score_cases(cases)
        got.append([(c.tp, c.pred, c.gold) for k, c in s.items() if k != "event_type_accuracy"])  # type: ignore[union-attr]
    pipeline.TYPES = False
    return got[0] == got[1]


def main() -> None:
    t0 = time.time()
    groups = {name: cases_of(batches) for name, batches in GROUPS.items()}
    install({}, 0.0)
    arts = {name: articles_of(cases) for name, cases in groups.items()}
    rows = {name: rows_of(a) for name, a in arts.items()}
    names = list(groups)
    # every fit needed: without one group (the outer folds, and the margin for --write) and
    # without two (the inner folds that choose each outer fold's margin), plus all for --write
    jobs = [(n,) for n in names] + [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    if "--write" in sys.argv:
        jobs.append(())
    with Pool(2) as pool:
        fits = dict(pool.map(fit_without, [(j, rows) for j in jobs]))
    print(f"{len(fits)} fits, {time.time() - t0:.0f} s", flush=True)
    total = {"rules": [0, 0], "model": [0, 0]}
    for held in names:
        pooled = {m: [0, 0] for m in MARGINS}
        for inner in names:
            if inner == held:
                continue
            for m, (r, n) in by_margin(fits[tuple(sorted((held, inner), key=names.index))], arts[inner]).items():
                pooled[m][0] += r
                pooled[m][1] += n
        m = best_margin(pooled)
        rules = accuracy(arts[held], lambda f, r: r)
        install(fits[(held,)], m)
        learned = accuracy(arts[held], model.refine)
        pipeline.TYPES = True
        assert real_accuracy(groups[held]) == learned  # the real pipeline agrees
        pipeline.TYPES = False
        for k, v in (("rules", rules), ("model", learned)):
            total[k][0] += v[0]
            total[k][1] += v[1]
        print(f"held {held:6} margin {m}: rules {pct(rules)}  model(not {held}) {pct(learned)}  "
              "inner by margin: "
              + " ".join(f"{mm}:{r / max(1, n):.3f}" for mm, (r, n) in pooled.items()), flush=True)
    print(f"pooled: rules {pct(tuple(total['rules']))}  model {pct(tuple(total['model']))}")  # type: ignore[arg-type]
    if "--write" in sys.argv:
        pooled = {m: [0, 0] for m in MARGINS}
        for held in names:
            for m, (r, n) in by_margin(fits[(held,)], arts[held]).items():
                pooled[m][0] += r
                pooled[m][1] += n
        m = best_margin(pooled)
        weights = fits[()]
        install(weights, m)
        n_rows = sum(len(r) for r in rows.values())
        print(f"fitted on {n_rows} rows: {len(weights)} features, {sum(len(r) for r in weights.values())} weights; "
              f"margin {m} (leave-group-out: " + " ".join(f"{mm}:{r / max(1, n):.3f}" for mm, (r, n) in pooled.items())
              + ")")
        every = [c for cs in groups.values() for c in cs]
        print("events, quotes, entities unchanged:", same_extraction(every))
        MODULE.write_text(module_text(weights, m, n_rows), encoding="utf-8")
        print(f"wrote {MODULE.relative_to(ROOT)} ({MODULE.stat().st_size} bytes)")
    print(f"{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
