"""The store: round trip, transactions, search syntax safety, migrations."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings, strategies as st

from newsdigest.domain import ArticleDraft, Entity, EntityRef, Entry
from newsdigest.domain.filters import EntryFilter
from newsdigest.store import annotations, articles, entities, entries, history, open_database
from newsdigest.store.migrations import migrations
from newsdigest.store.queries import count_entries, facet_counts, page
from newsdigest.store.search import fts_query


def _add(db, text="Putin said \"no\" in Kursk.", outlet="Reuters"):
    draft = ArticleDraft(text=text, title="Kursk", outlet=outlet, source_name="k.txt")
    quote = Entry(kind="quote", quote_type="direct", text="no", start=12, end=14,
                  speaker="Vladimir Putin", entities=[EntityRef("person", "Vladimir Putin"),
                                                      EntityRef("place", "Kursk")])
    ents = [(Entity("person", "Vladimir Putin", ["Putin"]), ["vladimir putin", "putin"]),
            (Entity("place", "Kursk", []), ["kursk"])]
    return articles.add_article(db, draft, [quote], ents, analyst="ann")


def test_article_round_trip(db):
    art = _add(db)
    again = articles.get_article(db, art.id)
    assert again.text == "Putin said \"no\" in Kursk."
    assert again.outlet == "Reuters" and again.published is None
    (entry,) = entries.entries_of_article(db, art.id)
    assert entry.speaker == "Vladimir Putin" and (entry.start, entry.end) == (12, 14)
    assert annotations.get_annotation(db, entry.id).status == "new"


def test_same_person_in_two_articles_is_one_entity(db):
    _add(db)
    draft = ArticleDraft(text="Putin spoke again.", source_name="b.txt")
    e = Entry(kind="event", text="Putin spoke again.", start=0, end=18,
              entities=[EntityRef("person", "Putin")])
    articles.add_article(db, draft, [e], [(Entity("person", "Putin", []), ["putin"])])
    people = entities.list_entities(db, "person")
    assert [(p.name, p.count) for p in people] == [("Vladimir Putin", 2)]


def test_failed_import_leaves_store_unchanged(db):
    _add(db)
    bad = Entry(kind="quote", text=None, start=0, end=1)  # NOT NULL text violates the schema
    with pytest.raises(sqlite3.IntegrityError):
        articles.add_article(db, ArticleDraft(text="other text", source_name="x"), [bad], [])
    assert db["articles"].count == 1 and db["entries"].count == 1


def test_annotation_edit_is_logged(db):
    art = _add(db)
    entry_id = entries.entries_of_article(db, art.id)[0].id
    annotations.set_field(db, entry_id, "note", "check <b>this</b>", analyst="ann")
    annotations.set_field(db, entry_id, "status", "flagged", analyst="bob")
    annotations.add_tag(db, [entry_id], "kursk", analyst="bob")
    changes = [(h.field, h.old_value, h.new_value, h.analyst)
               for h in history.for_entry(db, entry_id)]
    assert changes == [("note", "", "check <b>this</b>", "ann"),
                       ("status", "new", "flagged", "bob"), ("tags", None, "kursk", "bob")]
    with pytest.raises(ValueError):
        annotations.set_field(db, entry_id, "credibility", 9, analyst="bob")


def test_filters_and_search_combine(db):
    art = _add(db)
    entry_id = entries.entries_of_article(db, art.id)[0].id
    annotations.add_tag(db, [entry_id], "watch", analyst="a")
    assert count_entries(db, EntryFilter(search="putin", tags=["watch"])) == 1
    assert count_entries(db, EntryFilter(search="putin", tags=["other"])) == 0
    assert count_entries(db, EntryFilter(search="kurs*")) == 1
    assert page(db, EntryFilter(kinds=["quote"]))[0].speaker == "Vladimir Putin"
    assert facet_counts(db, EntryFilter(), "speaker") == [("Vladimir Putin", 1)]


def test_deleted_entry_restores(db):
    art = _add(db)
    entry_id = entries.entries_of_article(db, art.id)[0].id
    entries.delete_entry(db, entry_id, analyst="a")
    assert count_entries(db, EntryFilter()) == 0
    assert count_entries(db, EntryFilter(search="no")) == 0
    entries.restore_entry(db, entry_id, analyst="a")
    assert count_entries(db, EntryFilter(search="putin")) == 1


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_typed_search_is_safe(text):
    database = open_database(None)
    _add(database)
    query = fts_query(text)
    # Whatever was typed, the query runs without an FTS syntax error.
    assert count_entries(database, EntryFilter(search=text)) >= 0
    assert query is None or query.count('"') % 2 == 0


def test_store_made_by_first_schema_migrates(tmp_path):
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    from sqlite_utils import Database
    old = Database(raw)
    migrations.apply(old, stop_before=[m.name for m in migrations._migrations[1:]] or None)
    old["articles"].insert({"title": "t", "text": "x", "content_hash": "h", "imported_at": "now"})
    raw.close()
    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    assert db["articles"].count == 1


def test_file_store_uses_wal(tmp_path):
    db = open_database(tmp_path / "s.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_names_without_live_entries_are_not_listed(db):
    art = _add(db)
    entry_id = entries.entries_of_article(db, art.id)[0].id
    assert {e.name for e in entities.list_entities(db)} == {"Vladimir Putin", "Kursk"}
    entries.delete_entry(db, entry_id, analyst="a")
    assert entities.list_entities(db) == []
    assert {e.name for e in entities.list_entities(db, include_unused=True)} == {
        "Vladimir Putin", "Kursk"}
