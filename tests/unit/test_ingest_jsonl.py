"""JSON lines and JSON files: several articles, the whole file refused on error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import read_path

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "ingest"


def test_jsonl_articles_and_field_aliases():
    first, second, third = read_path(DATA / "articles.jsonl")  # a blank line is skipped
    assert (first.title, first.outlet, first.url, first.published, first.byline) == (
        "Kursk offensive",
        "The Daily Ledger",
        "https://ledger.example.com/kursk",
        "2025-03-13",
        "Jane Smith",
    )
    assert first.text == "Russian forces advanced in Kursk on Wednesday."
    assert (second.outlet, second.published, second.byline, second.language) == (
        "Wire Service",
        "2025-03-11",
        "A. Writer, B. Writer",
        "en",
    )
    assert second.text == "Officials met in Jeddah.\nThey discussed a ceasefire."
    assert third.text == "An article without metadata."
    assert (third.title, third.outlet, third.published) == ("", "", None)
    assert {d.source_name for d in (first, second, third)} == {"articles.jsonl"}


def test_json_with_articles_array():
    drafts = read_path(DATA / "articles.json")
    assert [d.title for d in drafts] == ["Kursk offensive", "Jeddah talks"]
    assert drafts[0].outlet == "The Daily Ledger"


def test_json_single_object_and_plain_array(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"headline": "Solo", "body": "Just one article here."}))
    [draft] = read_path(one)
    assert (draft.title, draft.text) == ("Solo", "Just one article here.")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"text": "Second.", "date": "not a date"}]))
    drafts = read_path(many)
    assert [d.text for d in drafts] == ["First.", "Second."]
    assert drafts[1].published is None  # an unreadable date is dropped, never guessed


def test_json_file_holding_json_lines_is_read_as_such(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{"text": "First."}\n{"text": "Second."}\n')
    assert [d.text for d in read_path(path)] == ["First.", "Second."]


def test_bad_json_line_refuses_the_whole_file():
    path = DATA / "bad" / "bad-line.jsonl"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == (
        f"{path}: line 2 is not valid JSON (Unterminated string starting at: column 30);"
        " nothing was imported"
    )
    assert info.value.reason.endswith("nothing was imported")


def test_line_without_text_refuses_the_whole_file():
    path = DATA / "bad" / "no-text.jsonl"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f'{path}: line 2 has no "text"; nothing was imported'


def test_line_that_is_not_an_object_is_refused(tmp_path):
    path = tmp_path / "list.jsonl"
    path.write_text('{"text": "ok"}\n["not", "an", "object"]\n')
    with pytest.raises(ImportFailed, match='line 2 is not an object with a "text"'):
        read_path(path)


def test_invalid_json_file_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"text": "a"},\n  {"text": }\n]')
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert "is not valid JSON" in info.value.reason and "line 3" in info.value.reason


@pytest.mark.parametrize("content", ["[]", '"just a string"', "42"])
def test_json_without_articles_is_refused(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert info.value.path == str(path)
    assert "articles" in info.value.reason or "article" in info.value.reason
