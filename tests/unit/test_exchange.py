"""Annotation files: export, import into another store, conflicts kept for the analyst."""
from __future__ import annotations

import json

import pytest

from newsdigest.domain import ArticleDraft, Entry
from newsdigest.domain.errors import AppError
from newsdigest.exchange import export_annotations, format_conflict, import_annotations
from newsdigest.store import annotations, articles, conflicts, entries, history, open_database

TEXT = 'Putin said "no talks" in Kursk. Zelensky said "we hold". Shelling hit Sumy.'


def _store():
    """A store holding the same article (and entries) every time it is made."""
    db = open_database(None)
    draft = ArticleDraft(text=TEXT, title="Kursk", outlet="Reuters", source_name="k.txt")
    found = [Entry(kind="quote", text="no talks", start=12, end=20, speaker="Vladimir Putin"),
             Entry(kind="quote", text="we hold", start=47, end=54, speaker="Volodymyr Zelensky"),
             Entry(kind="event", text="Shelling hit Sumy.", start=57, end=75)]
    art = articles.add_article(db, draft, found, [], analyst="import")
    return db, [e.id for e in entries.entries_of_article(db, art.id)]


@pytest.fixture
def pair():
    ours, ids = _store()
    theirs, _ = _store()
    yield ours, theirs, ids
    ours.close()
    theirs.close()


def test_export_writes_only_changed_annotations(pair, tmp_path):
    _, theirs, ids = pair
    annotations.set_field(theirs, ids[0], "note", "check", analyst="bob")
    annotations.add_tag(theirs, [ids[2]], "sumy", analyst="bob")
    path = tmp_path / "bob.json"
    assert export_annotations(theirs, path, analyst="bob") == 2
    data = json.loads(path.read_text("utf-8"))
    assert data["version"] == 1 and data["analyst"] == "bob"
    first = data["entries"][0]
    assert first["entry"] == {"kind": "quote", "start": 12, "end": 20, "text": "no talks",
                              "origin": "extracted", "speaker": "Vladimir Putin",
                              "quote_type": None, "date": None}
    assert first["annotation"]["note"] == "check" and first["analyst"] == "bob"
    assert data["entries"][1]["tags"] == ["sumy"]
    assert not list(tmp_path.glob("*.tmp"))


def test_merge_applies_defaults_unions_tags_and_keeps_conflicts(pair, tmp_path):
    ours, theirs, ids = pair
    annotations.set_field(ours, ids[0], "credibility", 2, analyst="ann")
    annotations.add_tag(ours, [ids[0]], "kremlin", analyst="ann")
    annotations.set_field(theirs, ids[0], "credibility", 5, analyst="bob")  # clash
    annotations.set_field(theirs, ids[0], "note", "<b>&<img src=x>", analyst="bob")
    annotations.add_tag(theirs, [ids[0]], "talks", analyst="bob")
    annotations.set_field(theirs, ids[1], "status", "flagged", analyst="bob")
    articles.set_reliability(theirs, "Reuters", "B", analyst="bob")
    path = tmp_path / "bob.json"
    export_annotations(theirs, path, analyst="bob")

    report = import_annotations(ours, path, analyst="ann")

    mine = annotations.get_annotation(ours, ids[0])
    assert mine.credibility == 2  # ours kept
    assert mine.note == "<b>&<img src=x>" and mine.tags == ["kremlin", "talks"]
    assert annotations.get_annotation(ours, ids[1]).status == "flagged"
    assert articles.get_article(ours, entries.get_entry(ours, ids[0]).article_id).reliability == "B"
    assert report.applied == 4 and not report.unmatched
    (clash,) = report.conflicts
    assert (clash.entry_id, clash.field, clash.ours, clash.theirs, clash.their_analyst) == \
        (ids[0], "credibility", 2, 5, "bob")
    assert format_conflict(clash) == \
        f"conflict: entry {ids[0]} credibility: ours=2 theirs=5 (bob)"
    note_change = next(h for h in history.for_entry(ours, ids[0]) if h.field == "note")
    assert note_change.analyst == "ann (from bob)"

    (waiting,) = conflicts.pending(ours)
    assert waiting.entry_text == "no talks"
    conflicts.resolve(ours, waiting.id, "theirs", "ann")
    assert annotations.get_annotation(ours, ids[0]).credibility == 5
    assert conflicts.pending(ours) == []


def test_reimport_is_idempotent_and_remembers_choices(pair, tmp_path):
    ours, theirs, ids = pair
    annotations.set_field(ours, ids[0], "status", "reviewed", analyst="ann")
    annotations.set_field(theirs, ids[0], "status", "dismissed", analyst="bob")
    path = tmp_path / "bob.json"
    export_annotations(theirs, path, analyst="bob")
    import_annotations(ours, path, analyst="ann")
    import_annotations(ours, path, analyst="ann")
    (waiting,) = conflicts.pending(ours)
    conflicts.resolve(ours, waiting.id, "ours", "ann")
    again = import_annotations(ours, path, analyst="ann")
    assert again.conflicts == [] and again.applied == 0
    assert annotations.get_annotation(ours, ids[0]).status == "reviewed"


def test_newer_value_from_the_same_analyst_is_no_conflict(pair, tmp_path):
    ours, theirs, ids = pair
    path = tmp_path / "bob.json"
    annotations.set_field(theirs, ids[2], "priority", 1, analyst="bob")
    export_annotations(theirs, path, analyst="bob")
    import_annotations(ours, path, analyst="ann")
    annotations.set_field(theirs, ids[2], "priority", 3, analyst="bob")
    export_annotations(theirs, path, analyst="bob")
    report = import_annotations(ours, path, analyst="ann")
    assert report.conflicts == [] and annotations.get_annotation(ours, ids[2]).priority == 3


def test_unknown_article_is_unmatched(pair, tmp_path):
    ours, _, _ = pair
    other = open_database(None)
    art = articles.add_article(other, ArticleDraft(text="Elsewhere, rain.", source_name="x"),
                               [Entry(kind="event", text="rain", start=11, end=15)], [])
    entry_id = entries.entries_of_article(other, art.id)[0].id
    annotations.set_field(other, entry_id, "status", "flagged", analyst="cy")
    export_annotations(other, tmp_path / "cy.json", analyst="cy")
    report = import_annotations(ours, tmp_path / "cy.json", analyst="ann")
    assert report.applied == 0 and len(report.unmatched) == 1


def test_entry_found_by_offsets_when_kind_was_corrected(pair, tmp_path):
    ours, theirs, ids = pair
    entries.update_entry(ours, ids[1], "kind", "claim", analyst="ann")
    annotations.set_field(theirs, ids[1], "include_in_brief", True, analyst="bob")
    export_annotations(theirs, tmp_path / "bob.json", analyst="bob")
    import_annotations(ours, tmp_path / "bob.json", analyst="ann")
    assert annotations.get_annotation(ours, ids[1]).include_in_brief is True


@pytest.mark.parametrize("content, reason", [
    ("{not json", "invalid JSON"),
    ('{"format": "newsdigest-annotations", "version": 99, "entries": []}', "version 99"),
    ('{"format": "something else"}', "not a News Digest annotation file"),
    ('{"format": "newsdigest-annotations", "version": 1, "entries": [{"entry": 1}]}',
     "entry 1 is malformed"),
    (('{"format": "newsdigest-annotations", "version": 1, "entries": [{"article_hash": "h",'
      ' "entry": {"start": 0, "end": 1}, "annotation": {"credibility": 9}}]}'),
     "credibility must be 1-6"),
])
def test_bad_file_is_refused_and_store_unchanged(pair, tmp_path, content, reason):
    ours, _, _ = pair
    before = ours["history"].count
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AppError) as caught:
        import_annotations(ours, path, analyst="ann")
    assert str(path) in str(caught.value) and reason in str(caught.value)
    assert ours["history"].count == before


def test_reliability_clash_is_a_conflict(pair, tmp_path):
    ours, theirs, _ = pair
    articles.set_reliability(ours, "Reuters", "A", analyst="ann")
    articles.set_reliability(theirs, "Reuters", "D", analyst="bob")
    export_annotations(theirs, tmp_path / "bob.json", analyst="bob")
    (clash,) = import_annotations(ours, tmp_path / "bob.json", analyst="ann").conflicts
    assert format_conflict(clash) == \
        'conflict: source reliability:Reuters: ours="A" theirs="D" (bob)'
    conflicts.resolve(ours, clash.id, "theirs", "ann")
    assert articles.list_sources(ours)[0].reliability == "D"


def test_an_entry_the_other_analyst_made_is_brought_over(pair, tmp_path):
    ours, theirs, _ = pair
    article_id = entries.get_entry(theirs, 1).article_id
    start = TEXT.index("Zelensky")
    made = entries.add_entry(theirs, article_id, Entry(kind="event", text="Zelensky said",
                                                       start=start, end=start + 13),
                             analyst="bob")
    annotations.set_field(theirs, made.id, "priority", 2, analyst="bob")
    path = tmp_path / "bob.json"
    export_annotations(theirs, path, analyst="bob")
    report = import_annotations(ours, path, analyst="ann")
    (copy,) = [e for e in entries.entries_of_article(ours, 1) if e.origin == "analyst"]
    assert (copy.text, copy.start, copy.kind) == ("Zelensky said", start, "event")
    assert annotations.get_annotation(ours, copy.id).priority == 2
    assert [c.field for c in report.changes] == ["created", "priority"]
    again = import_annotations(ours, path, analyst="ann")  # found now, not made twice
    assert again.applied == 0 and len(entries.entries_of_article(ours, 1)) == 4


def test_an_analyst_entry_whose_offsets_do_not_fit_is_unmatched(pair, tmp_path):
    ours, theirs, _ = pair
    entries.add_entry(theirs, 1, Entry(kind="event", text="not in the text", start=0, end=15),
                      analyst="bob")
    export_annotations(theirs, tmp_path / "bob.json", analyst="bob")
    report = import_annotations(ours, tmp_path / "bob.json", analyst="ann")
    assert len(report.unmatched) == 1 and len(entries.entries_of_article(ours, 1)) == 3
