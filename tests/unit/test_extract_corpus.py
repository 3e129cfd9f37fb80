"""Scores on the labelled articles stay above the bars (see extract_scorer.py)."""
from __future__ import annotations

import pytest
from extract_scorer import load_cases, report, score_cases

# Bars set a little under what the extractor reaches today (108 articles and the
# sample, tuned on), so a regression fails while wording changes in the articles do
# not.  Events sit lower since session 4: the event gate is trained on the other
# writers only (HOLDOUT.md), who count announced plans ("X said it would call a
# vote") as events where these labels do not, so here their precision is 0.85.
BARS = {"quotes": 0.97, "events": 0.89, "entities": 0.97}


@pytest.fixture(scope="module")
def cases():
    return load_cases()


@pytest.fixture(scope="module")
def scores(cases):
    return score_cases(cases)


def test_enough_varied_articles(cases):
    assert len(cases) >= 60
    assert any(c.name.endswith("page") for c in cases)  # the HTML page
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in c.text) for c in cases)  # Cyrillic


@pytest.mark.parametrize("category", sorted(BARS))
def test_f1_above_bar(scores, category):
    c = scores[category]
    assert c.f1 >= BARS[category], report(scores) + "\n" + "\n".join(c.misses)
    assert c.precision >= BARS[category] - 0.05 and c.recall >= BARS[category] - 0.05


def test_event_types_and_dates(scores):
    assert scores["event_type_accuracy"] >= 0.85, report(scores)


def test_decoys_are_never_quotes(cases):
    from newsdigest.extract import extract_article
    for case in cases:
        x = extract_article(case.text, published=case.expected.get("published"))
        quoted = [e.text for e in x.entries if e.kind == "quote"]
        for decoy in case.expected.get("not_quotes", []):
            assert not any(decoy in q for q in quoted), (case.name, decoy)


def test_html_page_sidebar_is_not_in_the_text(cases):
    page = next(c for c in cases if c.name.endswith("page"))
    assert "Best holiday of my life" not in page.text and "Most read" not in page.text
    assert "Giorgos Papadakis" in page.text
