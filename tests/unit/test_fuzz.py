"""Hostile and random input: readers and the extractor fail cleanly or not at all."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsdigest import library
from newsdigest.domain.errors import ImportFailed
from newsdigest.extract import extract_article
from newsdigest.ingest import read_path

NEWSY = st.lists(st.sampled_from([
    "Putin said", '"We will win,"', "according to officials", ".", " ", "\n\n", "«", "»",
    "“", "”", "'", "—", "12", "86%", "on Monday", "in Kursk", "he said", "Dr.", "U.S.",
    "Владимир Путин", "заявил", ":", ",", "(", ")", "told reporters that", "-",
]), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=400), NEWSY))
def test_extraction_never_crashes_and_offsets_hold(text):
    result = extract_article(text)
    for entry in result.entries:
        assert 0 <= entry.start <= entry.end <= len(text)
        assert entry.kind in {"event", "quote", "claim"}
        if entry.kind == "quote":
            assert entry.text.strip() and entry.text.strip() in text


#: words of dates and events, joined with spaces: the date resolver sees every order of day, month,
#: ordinal and year ("on 22nd October" once stopped extraction with a KeyError)
DATED = st.lists(st.sampled_from([
    "on", "since", "until", "by", "in", "last", "the", "of", "22nd", "1st", "3rd", "14th", "31st", "2", "October",
    "May", "Sept.", "Feb", "Monday", "2024", "2025", "police", "arrested", "two", "men", "troops", "withdrew",
    "said", ",", ".", "“", "”", "\n\n", "officials", "killed", "12:30", "p.m.", "mid-March", "early", "week",
]), min_size=3, max_size=50).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(DATED, st.sampled_from([None, "2025-03-14", "2024-12-31"]))
def test_extraction_of_dated_news_never_crashes(text, published):
    result = extract_article(text, published=published)
    for entry in result.entries:
        assert text[entry.start:entry.end] == entry.text
        assert entry.date is None or entry.date[:4].isdigit()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000),
       suffix=st.sampled_from([".txt", ".md", ".html", ".xml", ".rss", ".jsonl", ".json", ".pdf"]))
def test_readers_give_articles_or_a_named_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        drafts = read_path(path)
    except ImportFailed as exc:
        assert str(path) in str(exc) and exc.reason
    else:
        assert all(d.text.strip() for d in drafts)


@pytest.mark.parametrize("content", [
    "<script>alert(1)</script>" * 50,
    '"' * 5000,
    "\u202e\u200b\ufeff" * 1000 + "Officials said 3 people died.",
    "A" * 200_000,
])
def test_hostile_articles_import_or_fail_cleanly(db, tmp_path, content):
    path = tmp_path / "hostile.txt"
    path.write_text(content, encoding="utf-8")
    before = db["articles"].count
    (result,) = library.import_paths(db, [path])
    assert result.status in {"imported", "error"}
    if result.status == "error":
        assert "hostile.txt" in result.message and db["articles"].count == before
