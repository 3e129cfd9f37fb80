"""Markdown, CSV and JSON exports, the spec round-trip, grades and escaping."""
from __future__ import annotations

import csv
import json

import pytest
from pypdf import PdfReader

from newsdigest.domain.brief import BriefSpec, admiralty_grade
from newsdigest.domain.errors import ExportFailed
from newsdigest.export import export_items, write_brief_pdf, write_csv, write_json, write_markdown
from newsdigest.export.content import prepare
from newsdigest.export.sample import sample_items, sample_spec
from newsdigest.export.text import esc

HOSTILE = "<b>&<font><img src=x>"


@pytest.mark.parametrize("rel, cred, grade", [
    ("B", 2, "B2"), ("f", 6, "F6"), (None, 2, "?2"), ("B", None, "B?"), (None, None, "??"),
    ("Z", 9, "??"), ("", 0, "??"),
])
def test_admiralty_grade(rel, cred, grade):
    assert admiralty_grade(rel, cred) == grade


def test_spec_round_trips_through_json():
    spec = sample_spec(selection="tag", tag="kursk", min_credibility=2, entry_ids=[3, 1])
    again = BriefSpec.from_dict(json.loads(json.dumps(spec.to_dict())))
    assert again == spec


def test_spec_from_dict_tolerates_old_and_new_keys():
    spec = BriefSpec.from_dict({"title": "T", "future_option": 1, "sections": ["events", "bogus"],
                                "page_size": "A3"})
    assert spec.title == "T" and spec.sections == ["events"] and spec.page_size == "A4"
    assert BriefSpec.from_dict({}) == BriefSpec()


def test_empty_date_means_today():
    import datetime
    assert BriefSpec().resolved_date() == datetime.date.today().isoformat()


def test_escape_handles_markup_and_newlines():
    assert esc(HOSTILE) == "&lt;b&gt;&amp;&lt;font&gt;&lt;img src=x&gt;"
    assert esc('a\nb "c"\x00') == "a<br/>b &quot;c&quot;"


def test_hostile_spec_fields_print_literally(tmp_path):
    items = sample_items()
    items[0].article.outlet = "<font color=red>Evil</font> & Sons"
    items[0].article.url = 'javascript:alert("x")'
    spec = sample_spec(title="A <b>bold</b> & <i>brave</i> title", marking="TLP:AMBER <x>",
                       summary="Line <img src=x>\nsecond & last", subtitle="<para>",
                       organisation="<u>Org</u>", author="<a href='x'>me</a>")
    path = tmp_path / "hostile.pdf"
    write_brief_pdf(items, spec, path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)
    for literal in ("A <b>bold</b> & <i>brave</i> title", "TLP:AMBER <x>", "Line <img src=x>",
                    "<font color=red>Evil</font> & Sons", 'javascript:alert("x")', "<para>",
                    "<U>ORG</U>", "<a href='x'>me</a>"):
        assert literal in text, literal


def test_citations_number_articles_in_first_use_order():
    content = prepare(sample_items(), sample_spec())
    assert [a.id for a in content.sources] == [1, 2]
    assert {r.citation for r in content.quotes if r.item.article.id == 2} == {2}
    assert [r.label for r in content.events][:2] == ["E1", "E2"]
    people = dict(content.index["People"])
    assert people["Vladimir Putin"][:2] == ["E3", "Q1"]


def test_untitled_article_cited_by_file_name(tmp_path):
    items = sample_items()
    for item in items:
        item.article.title = ""
    write_markdown(items, sample_spec(), tmp_path / "b.md")
    assert "kursk-2025.txt" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_markdown(tmp_path):
    items = sample_items()
    items[0].annotation.note = HOSTILE
    path = tmp_path / "brief.md"
    write_markdown(items, sample_spec(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("**UNCLASSIFIED // FOR OFFICIAL USE ONLY**")
    assert "# Kursk: Russian counter-offensive nears completion" in text
    assert "## Key events" in text and "## Sources" in text
    assert "Vladimir Putin" in text and "Владимир Путин" in text
    assert "\\<b\\>&\\<font\\>\\<img src=x\\>" in text  # escaped, renders literally
    assert "`B2`" in text


def test_csv(tmp_path):
    path = tmp_path / "brief.csv"
    items = sample_items()
    items[1].annotation.note = "=HYPERLINK(\"http://x\")"
    write_csv(items, sample_spec(), path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(items)
    for column in ("id", "kind", "quote_type", "text", "speaker", "role", "date", "when", "places",
                   "actors", "numbers", "event_type", "grade", "status", "note", "tags",
                   "source_title", "source_outlet", "source_url"):
        assert column in rows[0]
    speakers = {r["speaker"] for r in rows}
    assert {"Vladimir Putin", "Donald Trump", "Владимир Путин"} <= speakers
    assert any(r["note"].startswith("'=HYPERLINK") for r in rows)  # no formula injection
    assert any(r["numbers"] == "more than 86% of the area" for r in rows)


def test_json(tmp_path):
    path = tmp_path / "brief.json"
    write_json(sample_items(), sample_spec(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["spec"]["title"].startswith("Kursk")
    assert len(data["items"]) == 13 and data["items"][0]["entry"]["text"]
    assert data["sources"][1]["outlet"] == "ТАСС"


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "pdf"])
def test_every_format_is_atomic(tmp_path, fmt):
    out = tmp_path / "missing" / f"brief.{fmt}"
    with pytest.raises(ExportFailed, match="brief"):
        export_items(fmt, sample_items(), sample_spec(), out)
    items = sample_items()
    items[0].entry.places = None
    good = tmp_path / f"brief.{fmt}"
    with pytest.raises(ExportFailed):
        export_items(fmt, items, sample_spec(), good)
    assert list(tmp_path.iterdir()) == []
