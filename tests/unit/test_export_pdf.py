"""The PDF brief read back with pypdf: content, safety, atomic writes."""
from __future__ import annotations

import os
import re
import sys

import pytest
from pypdf import PdfReader

from newsdigest.domain.brief import BriefItem, BriefSpec
from newsdigest.domain.errors import ExportFailed
from newsdigest.export import export_items, write_brief_pdf
from newsdigest.export.sample import bulk_items, sample_items, sample_spec

HOSTILE = "<b>&<font><img src=x>"
MARKING = "UNCLASSIFIED // FOR OFFICIAL USE ONLY"


def _text(path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def _hostile_items() -> list[BriefItem]:
    items = sample_items()
    items[0].annotation.note = HOSTILE
    items[6].entry.speaker = "<b>Evil</b> & Co"
    return items


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("brief") / "brief.pdf"
    pages = write_brief_pdf(_hostile_items(), sample_spec(), path)
    return path, pages


def test_writes_a_pdf_and_returns_its_page_count(sample_pdf):
    path, pages = sample_pdf
    assert path.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(str(path)).pages) == pages >= 1


def test_metadata(sample_pdf):
    meta = PdfReader(str(sample_pdf[0])).metadata
    assert meta.title == "Kursk: Russian counter-offensive nears completion"
    assert meta.author == "Duty analyst"
    assert meta.subject
    assert "Vladimir Putin" in (meta.get("/Keywords") or "")


def test_title_and_marking_on_every_page(sample_pdf):
    pages = _text(sample_pdf[0])
    assert "Kursk: Russian counter-offensive" in pages[0]
    for n, text in enumerate(pages, 1):
        assert text.count(MARKING) == 2, f"page {n}"
        assert f"Page {n} of {len(pages)}" in text


def test_every_entry_speaker_and_citation_printed(sample_pdf):
    text = " ".join(_text(sample_pdf[0]))
    for item in _hostile_items():
        words = " ".join(item.entry.text.split())[:40]
        assert words in text, words
        if item.entry.speaker:
            assert item.entry.speaker in text
    for speaker in ("Vladimir Putin", "Oleksandr Syrskyi", "Donald Trump", "Dmitry Peskov"):
        assert speaker in text
    assert "[1] Example Wire — Russia on the brink" in text
    assert "https://example.org/world/kursk-2025" in text
    assert "[2] ТАСС" in text


def test_hostile_text_prints_literally(sample_pdf):
    text = " ".join(_text(sample_pdf[0]))
    assert HOSTILE in text
    assert "<b>Evil</b> & Co" in text


def test_cyrillic_survives(sample_pdf):
    text = " ".join(_text(sample_pdf[0]))
    assert "Владимир Путин" in text
    assert "окончательно разгромить противника" in text


def test_grades_status_and_notes(sample_pdf):
    text = " ".join(_text(sample_pdf[0]))
    assert "B2" in text and "C?" in text
    assert "Reviewed" in text and "Flagged" in text
    assert "Analyst note" in text


def test_events_in_date_order_undated_last(sample_pdf):
    text = " ".join(_text(sample_pdf[0]))
    order = [text.index(s) for s in ("10 MARCH 2025", "12 MARCH 2025", "13 MARCH 2025", "UNDATED")]
    assert order == sorted(order)


def test_index_and_bookmarks(sample_pdf):
    reader = PdfReader(str(sample_pdf[0]))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "1  Key events" in titles and "4  Sources" in titles
    text = " ".join(_text(sample_pdf[0]))
    assert "People" in text and "Places" in text


def test_options_hide_notes_grades_and_sections(tmp_path):
    spec = sample_spec(show_notes=False, show_grades=False, sections=["quotes"], marking="")
    path = tmp_path / "q.pdf"
    write_brief_pdf(sample_items(), spec, path)
    text = " ".join(_text(path))
    assert "Analyst note" not in text and "Key events" not in text and "Sources" not in text
    assert "B2" not in text and "Donald Trump" in text
    assert MARKING not in text


def test_letter_page_size(tmp_path):
    path = tmp_path / "letter.pdf"
    write_brief_pdf(sample_items(), sample_spec(page_size="Letter"), path)
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_long_brief_gets_a_contents_page(tmp_path):
    path = tmp_path / "long.pdf"
    pages = write_brief_pdf(bulk_items(150), sample_spec(), path)
    text = _text(path)
    assert pages > 5 and "Contents" in text[0]
    assert all(t.count(MARKING) == 2 for t in text)
    assert f"Page {pages} of {pages}" in text[-1]


def test_short_brief_has_no_contents(sample_pdf):
    assert "Contents" not in _text(sample_pdf[0])[0]


def test_empty_brief_still_builds(tmp_path):
    path = tmp_path / "empty.pdf"
    assert write_brief_pdf([], BriefSpec(), path) == 1


def test_progress_is_reported(tmp_path):
    seen = []
    write_brief_pdf(sample_items(), sample_spec(), tmp_path / "p.pdf",
                    progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (13, 13)


def _no_leftovers(folder):
    return [p.name for p in folder.iterdir()]


def test_missing_folder_fails_cleanly(tmp_path):
    out = tmp_path / "nope" / "brief.pdf"
    with pytest.raises(ExportFailed, match="folder does not exist"):
        write_brief_pdf(sample_items(), sample_spec(), out)
    assert not out.exists()


def test_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "brief.pdf"
    with pytest.raises(ExportFailed, match="cancelled") as info:
        write_brief_pdf(bulk_items(40), sample_spec(), out, cancelled=lambda: True)
    assert str(out) in str(info.value)
    assert _no_leftovers(tmp_path) == []


def test_bad_item_leaves_no_file_and_keeps_old_one(tmp_path):
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"%PDF old")
    items = sample_items()
    items[3].entry.places = None  # a broken item: not iterable
    with pytest.raises(ExportFailed, match="brief.pdf: TypeError"):
        write_brief_pdf(items, sample_spec(), out)
    assert out.read_bytes() == b"%PDF old"
    assert _no_leftovers(tmp_path) == ["brief.pdf"]


def test_export_items_dispatches(tmp_path):
    assert export_items("pdf", sample_items(), sample_spec(), tmp_path / "a.pdf") >= 1
    with pytest.raises(ExportFailed, match="unknown export format"):
        export_items("docx", [], sample_spec(), tmp_path / "a.docx")


def test_package_import_stays_light():
    import subprocess

    code = ("import sys, newsdigest.export; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=False)
    assert out.stdout.strip() == "False", out.stderr


def test_oversized_content_splits_across_pages(tmp_path):
    items = sample_items()
    items[0].annotation.note = " ".join(["word"] * 6000)
    items[7].entry.text = " ".join(["quote"] * 3000)
    items[8].entry.text = "x" * 5000  # one unbreakable word
    items[9].entry.speaker = "A" * 300
    spec = sample_spec(title="T " * 200, marking="TLP:AMBER",
                       summary="\n".join(f"- point {i}" for i in range(120)))
    path = tmp_path / "stress.pdf"
    pages = write_brief_pdf(items, spec, path)
    text = _text(path)
    assert pages == len(text) > 5
    assert all(t.count("TLP:AMBER") == 2 for t in text)


def test_heavily_indexed_names_stay_within_a_column(tmp_path):
    path = tmp_path / "many.pdf"
    write_brief_pdf(bulk_items(700), sample_spec(sections=["quotes", "index"]), path)
    assert "more" in _text(path)[-1]


def test_reportlab_settings_are_restored(tmp_path):
    from reportlab import rl_config

    before = rl_config.useA85
    write_brief_pdf(sample_items(), sample_spec(), tmp_path / "a.pdf")
    assert rl_config.useA85 == before


def test_items_without_annotation_or_grades(tmp_path):
    items = sample_items()
    for item in items:
        item.annotation = None
        item.article.reliability = None
    path = tmp_path / "bare.pdf"
    write_brief_pdf(items, sample_spec(), path)
    text = " ".join(_text(path))
    assert "??" in text and "Analyst note" not in text and "New" in text


def test_outline_lists_contents_first_for_long_briefs(tmp_path):
    path = tmp_path / "long.pdf"
    write_brief_pdf(bulk_items(150), sample_spec(), path)
    reader = PdfReader(str(path))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[0] == "Contents" and "2  Key quotes and claims" in titles
    first_event = reader.get_destination_page_number(reader.outline[2])
    assert first_event >= 1  # after the cover page


def test_odd_dates_are_grouped_and_never_reach_markup(tmp_path):
    items = sample_items()
    items[0].entry.date = '2025"/><b>x'
    items[1].entry.date = ""
    path = tmp_path / "dates.pdf"
    write_brief_pdf(items, sample_spec(), path)
    text = " ".join(_text(path))
    assert '2025"/><B>X' in text
    assert text.count("UNDATED") == 1


def test_empty_selection_says_so(tmp_path):
    path = tmp_path / "none.pdf"
    write_brief_pdf([], sample_spec(), path)
    assert "No entries match" in _text(path)[0]


def test_institution_speakers_are_indexed_as_organisations():
    from newsdigest.domain.models import EntityRef
    from newsdigest.export.content import build_index, prepare

    items = sample_items()
    claim = next(i for i in items if i.entry.kind == "claim")
    claim.entry.speaker = "Institute for the Study of War"
    claim.entry.entities.append(EntityRef("organisation", "Institute for the Study of War"))
    index = build_index(prepare(items, sample_spec()).rows)
    people = {name for name, _ in index.get("People", [])}
    orgs = {name for name, _ in next(v for k, v in index.items() if k.startswith("Organisations"))}
    assert "Institute for the Study of War" in orgs
    assert "Institute for the Study of War" not in people


def test_index_lists_names_not_descriptions():
    """Actors and unnamed sources the extractor did not recognise as entities
    ("troops", "Russian forces", "Western officials") stay out of the index; a
    speaker who reads as a name, and a recognised actor, stay in."""
    from newsdigest.export.content import build_index, prepare

    items = sample_items()
    event = next(i for i in items if "Sudzha" in i.entry.places)
    event.entry.actors += ["troops"]
    claim = next(i for i in items if i.entry.kind == "claim")
    claim.entry.speaker = "Western officials"
    quote = next(i for i in items if i.entry.speaker == "Donald Trump")
    quote.entry.speaker = "Kaja Kallas"
    index = build_index(prepare(items, sample_spec()).rows)
    names = {name for group in index.values() for name, _ in group}
    assert not names & {"troops", "Russian forces", "Western officials"}
    assert "Kaja Kallas" in dict(index["People"])
    assert "Vladimir Putin" in dict(index["People"])  # an actor that is a known person
    assert "United States" in {n for k, v in index.items() if k.startswith("Organisations") for n, _ in v}


def test_quotes_carry_the_day_their_article_reported_them(tmp_path):
    items = [i for i in sample_items() if i.entry.kind == "quote" and not i.entry.date]
    assert items and items[0].article.published
    out = tmp_path / "q.pdf"
    write_brief_pdf(items[:1], sample_spec(sections=["quotes"]), out)
    from newsdigest.export.text import date_label

    lines = PdfReader(str(out)).pages[0].extract_text().splitlines()
    assert lines[lines.index("Q1") + 1] == date_label(items[0].article.published)


def test_a_section_heading_never_ends_a_page_alone(tmp_path):
    """Briefs of 4 to 39 items: every page with a section's heading also holds its first
    line ("4 Sources" alone at the foot of a page, its list on the next, was a bug)."""
    firsts = {r"\d\s+Index\b": "References are to items", r"\d\s+Key quotes and claims": "Q1",
              r"\d\s+Key events": "E1", r"\d\s+Sources\b": "[1]"}
    path = tmp_path / "brief.pdf"
    for n in range(4, 40):
        write_brief_pdf(bulk_items(n), sample_spec(), path)
        for page in _text(path):
            if "Contents" in page:
                continue  # the contents page lists every heading
            for head, first in firsts.items():
                assert not re.search(head, page) or first in page, (n, head)
