"""Use cases as the GUI and the command line call them."""
from __future__ import annotations

import shutil

from newsdigest import library, paths
from newsdigest.domain.filters import EntryFilter
from newsdigest.reextract import reextract
from newsdigest.store import annotations, articles, entries, queries


def _count(db):
    return db["articles"].count, db["entries"].count, db["history"].count


def test_default_store_gets_the_sample_once(tmp_path):
    db = library.open_store()
    assert [a.source_name for a, _ in articles.list_articles(db)] == ["kursk-2025.txt"]
    db.close()
    db = library.open_store()  # the analyst may delete it; it is never re-added
    assert db["articles"].count == 1


def test_named_store_starts_empty(tmp_path):
    db = library.open_store(tmp_path / "named.db")
    assert db["articles"].count == 0


def test_folder_import_is_recursive_and_reports_each_file(db, tmp_path, sample_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    shutil.copy(sample_path, tmp_path / "in" / "sub" / "a.txt")
    (tmp_path / "in" / "b.txt").write_text("Officials said 5 people were hurt in Lyon on Monday.")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    results = list(library.import_paths(db, [tmp_path / "in"]))
    assert sorted(r.status for r in results) == ["error", "imported", "imported"]
    error = next(r for r in results if r.status == "error")
    assert "bad.txt" in error.message
    again = list(library.import_paths(db, [tmp_path / "in" / "sub" / "a.txt"]))
    assert again[0].status == "duplicate"


def test_huge_text_is_refused_with_reason_and_store_unchanged(db, tmp_path):
    big = tmp_path / "huge.txt"
    big.write_text("The minister said the talks went well. " * 520_000)  # ~20 MB
    before = _count(db)
    (result,) = library.import_paths(db, [big])
    assert result.status == "error"
    assert "huge.txt" in result.message and "limit" in result.message
    assert _count(db) == before


def test_cancel_keeps_finished_files(db, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Police said {i + 2} people were arrested in Oslo.")
    seen = []
    results = list(library.import_paths(db, [tmp_path], cancelled=lambda: len(seen) >= 2,
                                        progress=lambda d, t, p: seen.append(p) if p else None))
    assert len(results) == 2 and db["articles"].count == 2


def test_pasted_text(db):
    result = library.import_pasted(db, "   ")
    assert result.status == "error" and "empty" in result.message
    result = library.import_pasted(db, '"We are ready," Prime Minister Ana Costa said on Friday.',
                                   title="Costa ready", outlet="Lusa", published="2025-05-02")
    assert result.status == "imported"
    art = articles.get_article(db, result.article_ids[0])
    assert (art.title, art.outlet, art.published) == ("Costa ready", "Lusa", "2025-05-02")


def test_reextract_keeps_annotations_and_reports_unmatched(db, sample_path):
    (result,) = library.import_paths(db, [sample_path])
    article_id = result.article_ids[0]
    first, *_ = entries.entries_of_article(db, article_id)
    annotations.set_field(db, first.id, "note", "mine", analyst="a")
    # An annotated entry the extractor will not find again: kept and reported.
    ghost = entries.add_entry(db, article_id, entries.get_entry(db, first.id), analyst="a")
    db.execute("UPDATE entries SET origin = 'extracted', start = 0, \"end\" = 3 WHERE id = ?",
               [ghost.id])
    annotations.set_field(db, ghost.id, "status", "flagged", analyst="a")
    before = queries.count_entries(db, EntryFilter())
    (report,) = reextract(db, [article_id])
    assert annotations.get_annotation(db, first.id).note == "mine"
    assert [e.id for e in report.unmatched] == [ghost.id]
    assert report.kept == before - 1
    assert queries.count_entries(db, EntryFilter()) == before


def test_user_folders_follow_newsdigest_home(tmp_path):
    assert str(paths.default_store_path()).startswith(str(tmp_path))
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()


def test_result_lines_count_in_words():
    one = library.ImportResult("a.txt", "imported", article_ids=[1], entries=1)
    many = library.ImportResult("f.xml", "imported", article_ids=[1, 2], entries=0, duplicates=1)
    assert one.line() == "imported: a.txt (1 article, 1 entry)"
    assert many.line() == "imported: f.xml (2 articles, 0 entries, 1 duplicate skipped)"
    error = library.ImportResult("/data/in/b.txt", "error", "/data/in/b.txt: is empty")
    assert error.line() == "error: /data/in/b.txt: is empty"  # the CLI names the whole path
    assert error.line(short=True) == "error: b.txt: is empty"


def test_a_store_keyed_by_an_older_extractor_gets_the_new_keys_on_open(tmp_path):
    store = tmp_path / "old.db"
    db = library.open_store(store, seed_sample=False)
    # what an older extractor stored: "U.S. Federal Reserve" keyed with its country
    old = db["entities"].insert({"type": "organisation", "name": "U.S. Federal Reserve", "aliases": "[]"}).last_pk
    db.execute("INSERT INTO entity_keys(key, type, entity_id) VALUES (?, ?, ?)",
               ["organisation:us federal reserve", "organisation", old])
    db.execute("UPDATE meta SET value = '6' WHERE key = 'entity_key_version'")
    db.conn.commit()
    db.close()

    db = library.open_store(store, seed_sample=False)
    result = library.import_pasted(db, "The Federal Reserve held rates on Wednesday, the central bank said in a "
                                   "statement. The Federal Reserve has kept rates unchanged since December.",
                                   title="Fed holds", published="2025-03-12")
    assert result.status == "imported"
    feds = [r for r in db.execute("SELECT id, name FROM entities WHERE name LIKE '%Federal Reserve%'")]
    assert feds == [(old, "U.S. Federal Reserve")]
    assert library.refresh_entity_keys(db) == 0  # once per key version


def test_an_extractor_bug_fails_one_file_or_paste_with_a_reason_and_leaves_the_store(db, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise IndexError("list index out of range")
    monkeypatch.setattr(library, "extract_article", broken)
    (tmp_path / "a.txt").write_text("Police said 3 people were arrested in Oslo on Monday.")
    before = _count(db)
    (result,) = library.import_paths(db, [tmp_path / "a.txt"])
    assert result.status == "error" and "a.txt" in result.message and "unexpected error" in result.message
    pasted = library.import_pasted(db, "Police said 4 people were arrested in Bergen on Monday.")
    assert pasted.status == "error" and "pasted text" in pasted.message
    assert _count(db) == before
