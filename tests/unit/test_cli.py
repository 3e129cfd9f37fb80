"""Every command of the command line, run as a user would: in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

DATA = Path(__file__).resolve().parents[1] / "data" / "cli"


def nd(store, *args, stdin=None, check=True):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "newsdigest.cli", "--store", str(store), *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def store(tmp_path):
    return tmp_path / "cli.db"


def listing(store, *args):
    return json.loads(nd(store, "list", "--json", *args).stdout)


def test_version():
    proc = subprocess.run([sys.executable, "-m", "newsdigest.cli", "--version"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("newsdigest ")


def test_new_named_store_starts_empty(store):
    assert listing(store) == []


def test_import_sample_then_list_json(store, sample_path):
    out = nd(store, "import", sample_path).stdout
    assert out.startswith("imported: kursk-2025.txt")
    entries = listing(store)
    assert entries, "the sample gives entries"
    required = {"id", "article_id", "source", "kind", "quote_type", "text", "speaker", "role",
                "start", "end", "actors", "places", "when", "date", "numbers", "event_type",
                "note", "status", "credibility", "include_in_brief", "tags"}
    assert required <= set(entries[0])
    assert {e["source"] for e in entries} == {"kursk-2025.txt"}
    text = Path(sample_path).read_text(encoding="utf-8")
    for e in entries:  # offsets point at the evidence in the unchanged article text
        assert e["text"] and 0 <= e["start"] < e["end"] <= len(text)
    quotes = [e for e in entries if e["kind"] == "quote"]
    assert any(q["speaker"] == "Donald Trump" and "up to Russia now" in q["text"] for q in quotes)
    assert nd(store, "import", sample_path).stdout.startswith("duplicate: kursk-2025.txt")


def test_list_filters(store, sample_path):
    nd(store, "import", sample_path)
    quotes = listing(store, "--kind", "quote")
    assert quotes and {e["kind"] for e in quotes} == {"quote"}
    putin = listing(store, "--speaker", "Vladimir Putin")
    assert putin and all(e["speaker"] == "Vladimir Putin" for e in putin)
    found = listing(store, "--search", "Sudzha")
    assert any("Sudzha" in e["text"] for e in found)
    assert listing(store, "--search", 'AND OR "(* NEAR') == []


def test_import_html_and_feed(store):
    out = nd(store, "import", str(DATA / "page.html"), str(DATA / "feed.xml")).stdout
    assert "imported: page.html" in out and "imported: feed.xml (2 articles" in out
    entries = listing(store)
    sources = {e["source"] for e in entries}
    assert sources == {"page.html", "feed.xml"}
    texts = " ".join(e["text"] for e in entries)
    assert "Buy our newsletter" not in texts and "Copyright" not in texts
    speakers = {e["speaker"] for e in entries if e["kind"] == "quote"}
    assert "Maria de Vries" in speakers and "Jan Novak" in speakers
    arts = json.loads(nd(store, "articles", "--json").stdout)
    assert {a["outlet"] for a in arts} == {"Harbour Times", "Wire Desk"}
    assert sorted(a["published"] for a in arts) == ["2025-02-04", "2025-02-05", "2025-03-14"]


def test_bad_file_is_reported_and_store_unchanged(store, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = nd(store, "import", str(binary), str(empty), check=False)
    assert proc.returncode != 0
    assert "photo.txt" in proc.stderr and "empty.txt" in proc.stderr
    assert listing(store) == []


def test_import_stdin(store):
    text = 'Officials said on Monday that 12 people were hurt. "It was chaos," said witness Ana Lima.'
    out = nd(store, "import", "-", "--title", "Blast", stdin=text).stdout
    assert out.startswith("imported: Blast")
    assert any(e["speaker"] == "Ana Lima" for e in listing(store))


def test_show_annotate_and_history(store, sample_path):
    nd(store, "import", sample_path)
    entry = listing(store, "--kind", "quote")[0]
    nd(store, "annotate", str(entry["id"]), "--note", "<b>check</b> & verify", "--tag", "kursk",
       "--status", "reviewed", "--credibility", "2", "--include", "--analyst", "ann")
    shown = json.loads(nd(store, "show", str(entry["id"]), "--json").stdout)
    assert shown["annotation"]["note"] == "<b>check</b> & verify"
    assert shown["tags"] == ["kursk"] and shown["credibility"] == 2
    assert shown["include_in_brief"] is True
    fields = [h["field"] for h in shown["history"]]
    assert {"note", "status", "credibility", "include_in_brief", "tags"} <= set(fields)
    assert {h["analyst"] for h in shown["history"]} == {"ann"}
    bad = nd(store, "annotate", "999999", "--note", "x", check=False)
    assert bad.returncode != 0 and "999999" in bad.stderr


def test_entities_json(store, sample_path):
    nd(store, "import", sample_path)
    ents = json.loads(nd(store, "entities", "--json").stdout)
    people = {e["name"]: e for e in ents if e["type"] == "person"}
    assert "Vladimir Putin" in people and people["Vladimir Putin"]["count"] >= 2
    assert "Putin" in people["Vladimir Putin"]["aliases"]
    assert any(e["type"] == "place" and e["name"] == "Kursk" for e in ents)


def test_reextract_keeps_annotations(store, sample_path):
    nd(store, "import", sample_path)
    entry = listing(store, "--kind", "quote")[0]
    nd(store, "annotate", str(entry["id"]), "--note", "keep me")
    out = nd(store, "reextract", "--all").stdout
    assert "kept" in out
    assert json.loads(nd(store, "show", str(entry["id"]), "--json").stdout)["note"] == "keep me"


def test_brief_and_exports(store, sample_path, tmp_path):
    nd(store, "import", sample_path)
    pdf = tmp_path / "brief.pdf"
    out = nd(store, "brief", "--out", str(pdf), "--title", "Kursk <b>brief</b>",
             "--marking", "TLP:AMBER").stdout
    assert out.startswith(f"wrote {pdf}")
    reader = PdfReader(pdf)
    assert all("TLP:AMBER" in page.extract_text() for page in reader.pages)
    assert "Kursk <b>brief</b>" in reader.pages[0].extract_text()
    for fmt in ("md", "csv", "json"):
        target = tmp_path / f"entries.{fmt}"
        nd(store, "export", "--format", fmt, "--out", str(target))
        assert "Syrskyi" in target.read_text(encoding="utf-8-sig")
    missing = nd(store, "brief", "--out", str(tmp_path / "no" / "dir" / "b.pdf"), check=False)
    assert missing.returncode != 0 and "b.pdf" in missing.stderr


def test_annotations_exchange_lists_conflicts(tmp_path, sample_path):
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    for store in (ours, theirs):
        nd(store, "import", sample_path)
    quote, other = listing(ours, "--kind", "quote")[:2]
    nd(ours, "annotate", str(quote["id"]), "--credibility", "2", "--analyst", "ann")
    nd(theirs, "annotate", str(quote["id"]), "--credibility", "5", "--analyst", "bob")
    nd(theirs, "annotate", str(other["id"]), "--note", "seen on TV", "--tag", "tv",
       "--analyst", "bob")
    shared = tmp_path / "bob.json"
    nd(theirs, "annotations", "export", str(shared), "--analyst", "bob")
    out = nd(ours, "annotations", "import", str(shared), "--analyst", "ann").stdout
    conflict_lines = [line for line in out.splitlines() if line.startswith("conflict")]
    assert len(conflict_lines) == 1
    assert f"entry {quote['id']}" in conflict_lines[0] and "2" in conflict_lines[0]
    assert "5" in conflict_lines[0]
    assert json.loads(nd(ours, "show", str(quote["id"]), "--json").stdout)["credibility"] == 2
    merged = json.loads(nd(ours, "show", str(other["id"]), "--json").stdout)
    assert merged["note"] == "seen on TV" and merged["tags"] == ["tv"]
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    bad = nd(ours, "annotations", "import", str(garbage), check=False)
    assert bad.returncode != 0 and "garbage.json" in bad.stderr
