"""Scores on the hold-out articles written and labelled by other writers.

These are the closest thing here to "news articles you have not seen, written
by others" (HOLDOUT.md, sessions 2 to 15): batches of ten, each labelled from
tests/data/holdout/GUIDE.md by a writer who never saw the extractor.  The
development batches (extract_scorer.DEV_GROUPS) were studied
and rules were fixed on them; the test batches were never looked at beyond their
pooled figures.  The bars sit a little under today's figures, so a regression
fails; the test bars are below the issue's aim (0.90 / 0.85 / 0.90), which is not reached yet.
"""
from __future__ import annotations

import json

import pytest
from extract_scorer import DEV_BATCHES, HOLDOUT, TEST_BATCHES, load_cases, norm, report, score_cases

#: (session 10 moved zzr-zzu, by four writers it was never tuned on, into development: the
#: development events figure fell 0.813 -> 0.808 with them, and its bar 0.81 -> 0.80; session 11
#: raised the test bars for quotes and entities under that session's end figures, 0.836 / 0.902;
#: session 12 added zzz-zzzc and zzzh-zzzl, nine batches it was never tuned on, to development:
#: its quotes fell 0.868 -> 0.857 and entities 0.946 -> 0.935 with them; at the session's end, with the
#: gates retrained on all fifteen groups, development stood at 0.865 / 0.818 / 0.946 and the thirty-five
#: test batches at 0.842 / 0.798 / 0.905: the bars rose to 0.86 / 0.81 / 0.94 and, for test entities, 0.90;
#: session 14 ended with development (eighteen groups) at 0.873 / 0.815 / 0.942 and the forty test batches at
#: 0.847 / 0.802 / 0.907: the quotes bars rose to 0.865 and 0.84, the test events bar to 0.79;
#: session 15 added zzzze-zzzzg, three writers it had not been tuned on, to development, whose
#: entities fell 0.942 -> 0.939 with them (0.880 on the new group on arrival): the development
#: entities bar went 0.94 -> 0.93; session 16 ended with development (twenty groups) at 0.881 / 0.815 / 0.941
#: and the forty-six test batches at 0.849 / 0.802 / 0.908: the development quotes bar rose to 0.875;
#: session 17 ended with development (twenty-one groups) at 0.888 / 0.815 / 0.941 and the forty-nine test
#: batches at 0.853 / 0.804 / 0.909: the development quotes bar rose to 0.88; session 18 added six writers to
#: development (twenty-three groups, 0.883 / 0.813 / 0.938 with them at its start) and ended at 0.887 / 0.813 /
#: 0.939, the fifty-two test batches at 0.852 / 0.803 / 0.909: the bars stay; session 19 added six more
#: (twenty-five groups, 0.884 / 0.811 / 0.936 at its start) and ended at 0.886 / 0.812 / 0.938, the fifty-eight
#: test batches at 0.847 / 0.804 / 0.911: the bars stay; session 20 added six more (twenty-seven groups, 0.883 /
#: 0.810 / 0.936 at its start) and ended at 0.886 / 0.810 / 0.939, the sixty-four test batches at 0.845 / 0.804 /
#: 0.912: the bars stay; session 21 added six more (twenty-nine groups, 0.880 / 0.808 / 0.936 at its start, the two
#: new groups' events 0.786 and 0.767 on arrival) and ended at 0.884 / 0.808 / 0.940, the seventy test batches at
#: 0.844 / 0.803 / 0.913: the development events bar went 0.81 -> 0.80; session 22 added six more (thirty-one
#: groups, 0.882 / 0.806 / 0.939 at its start) and ended at 0.884 / 0.806 / 0.945, the seventy-six test batches at
#: 0.843 / 0.802 / 0.914: the entities bars rose to 0.94 and 0.91; session 23 added six more (thirty-three
#: groups, 0.881 / 0.805 / 0.944 at its start), refitted the event gate on all of them and ended at 0.885 / 0.814
#: / 0.945, the eighty-two test batches at 0.847 / 0.809 / 0.914: the events bars rose to 0.81 and 0.80)
BARS = {
    "dev": {"quotes": 0.88, "events": 0.81, "entities": 0.94},
    "test": {"quotes": 0.84, "events": 0.80, "entities": 0.91},
}


def _cases(batches):
    return [c for b in batches for c in load_cases(HOLDOUT / b)]


@pytest.fixture(scope="module")
def scores():
    return {"dev": score_cases(_cases(DEV_BATCHES)), "test": score_cases(_cases(TEST_BATCHES))}


def test_every_batch_has_ten_labelled_articles():
    for batch in DEV_BATCHES + TEST_BATCHES:
        cases = load_cases(HOLDOUT / batch)
        assert len(cases) == 10, batch
        assert all(c.text and c.expected.get("events") and c.expected.get("entities") for c in cases), batch


def test_labels_quote_the_article_text():
    """A label that is not in its article would count as a miss whatever the extractor did."""
    for c in _cases(DEV_BATCHES + TEST_BATCHES):
        text = norm(c.text)
        for q in c.expected.get("quotes", []):
            assert norm(q["text"]) in text, (c.name, q["text"])
        for e in c.expected["events"]:
            assert norm(e["contains"]) in text, (c.name, e["contains"])


@pytest.mark.parametrize("split,category", [(s, k) for s in BARS for k in BARS[s]])
def test_f1_above_bar(scores, split, category):
    c = scores[split][category]
    assert c.f1 >= BARS[split][category], f"{split}\n" + report(scores[split])


def test_second_labels_belong_to_articles_and_quote_them():
    """The second labeller's files (bench/label_agreement.py) label hold-out articles, from their text."""
    files = sorted((HOLDOUT / "second-labeller").glob("*/*.json"))
    assert len(files) >= 70
    for path in files:
        original = HOLDOUT / path.parent.name / path.name
        assert original.exists(), path
        labels = json.loads(path.read_text(encoding="utf-8"))
        text = norm(original.with_suffix(".txt").read_text(encoding="utf-8"))
        for q in labels["quotes"]:
            assert q["kind"] in ("quote", "claim") and q["speaker"], (path.name, q)
            assert norm(q["text"]) in text, (path.name, q["text"])
        for e in labels["events"]:
            assert norm(e["contains"]) in text, (path.name, e["contains"])
        assert all(e["type"] in ("person", "place", "organisation") for e in labels["entities"]), path
