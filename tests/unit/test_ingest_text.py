"""Plain text, Markdown, encodings, dates and pasted text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import read_pasted, read_path
from newsdigest.ingest.dates import to_iso_date
from newsdigest.ingest.encoding import decode_bytes
from newsdigest.ingest.markdown import strip_markdown
from newsdigest.ingest.text import parse_plain_text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"
SAMPLE = ROOT / "resources" / "samples" / "kursk-2025.txt"


def one(path: Path):
    drafts = read_path(path)
    assert len(drafts) == 1
    return drafts[0]


# --- .txt -----------------------------------------------------------------


def test_sample_keeps_its_first_paragraph_and_gets_no_title():
    draft = one(SAMPLE)
    original = SAMPLE.read_text(encoding="utf-8")
    assert draft.title == ""
    assert draft.text == original.strip()
    assert draft.text.startswith("In a dramatic turn of events, Russian forces")
    assert draft.source_name == "kursk-2025.txt"
    assert draft.published is None and draft.outlet == "" and draft.url == ""


def test_headline_and_byline_are_taken_from_the_top():
    draft = one(DATA / "headline.txt")
    assert draft.title == "Russia says it has nearly retaken Kursk"
    assert draft.byline == "Jane Smith and John Doe"
    assert draft.text == (
        "Russian forces are advancing in Kursk, officials said on Wednesday.\n\n"
        "Ukraine said its troops had withdrawn to better positions."
    )


def test_header_lines_give_metadata():
    draft = one(DATA / "header.txt")
    assert (draft.title, draft.outlet, draft.published, draft.url, draft.byline) == (
        "Kursk update",
        "Wire Service",
        "2025-03-13",
        "https://wire.example.net/kursk",
        "Jane Smith",
    )
    assert (
        draft.text
        == "Russian forces are advancing in Kursk.\nUkraine said its troops had withdrawn."
    )


@pytest.mark.parametrize(
    "first_line",
    [
        "The army said on Tuesday that it had withdrawn.",  # ends like a sentence
        "Officials said:",  # introduces what follows
        " ".join(["word"] * 30),  # too long for a headline
        "KYIV, Ukraine —",  # a dateline, not a headline
    ],
)
def test_lines_that_are_not_headlines_stay_in_the_body(first_line):
    draft = parse_plain_text(f"{first_line}\nMore text follows here.", "x.txt")
    assert draft.title == ""
    assert draft.text.startswith(first_line.strip())


def test_a_list_of_short_lines_keeps_its_first_line():
    text = "Shelling in Kherson\nDrones over Kyiv\nTalks in Jeddah\n"
    draft = parse_plain_text(text, "x.txt")
    assert draft.title == ""
    assert draft.text == text.strip()


def test_headline_on_the_line_above_a_paragraph(tmp_path):
    draft = parse_plain_text(
        "Kursk offensive nears its end\nRussian forces are close to retaking the region, officials said.\n",
        "x.txt",
    )
    assert draft.title == "Kursk offensive nears its end"
    assert draft.text == "Russian forces are close to retaking the region, officials said."


def test_a_single_short_line_is_text_not_a_title():
    draft = parse_plain_text("Explosions heard in Kyiv", "x.txt")
    assert draft.title == ""
    assert draft.text == "Explosions heard in Kyiv"


def test_key_value_lines_inside_the_text_are_not_a_header():
    # No blank line after it: this is the article's first line, not a header.
    text = "Date: 12 March 2025\nThe ministry did not say when the strike happened.\n"
    draft = parse_plain_text(text, "x.txt")
    assert draft.published is None and draft.title == ""
    assert draft.text.startswith("Date: 12 March 2025\nThe ministry")


def test_crlf_and_cr_newlines_are_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"First paragraph here.\r\nSecond one.\rThird one.\r\n")
    assert one(path).text == "First paragraph here.\nSecond one.\nThird one."


# --- encodings --------------------------------------------------------------


def test_cp1252_file_is_decoded():
    draft = one(DATA / "cp1252.txt")
    assert "Café owners in Zürich said the “price cap” – introduced" in draft.text
    assert "€5,000" in draft.text and "Françoise Müller" in draft.text
    assert "\r" not in draft.text


def test_cp1251_file_is_decoded():
    assert one(DATA / "cp1251.txt").text.startswith("Президент России Владимир Путин")


def test_utf16_with_bom_is_decoded_and_bom_dropped():
    draft = one(DATA / "utf16-bom.txt")
    assert draft.text.startswith("Київ заявив")
    assert "\ufeff" not in draft.text


def test_utf8_bom_is_stripped():
    draft = one(DATA / "utf8-bom.txt")
    assert draft.text.startswith("Наступ триває.")


def test_utf16_without_bom_is_recognised():
    text = "Troops withdrew from Sudzha on Wednesday."
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == text


def test_binary_file_is_refused_naming_file_and_kind():
    path = DATA / "bad" / "binary.txt"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: is a binary file (a PNG image), not text"
    assert info.value.path == str(path)


def test_nul_bytes_mean_binary(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00\x01\x02\x00\xff" * 50)
    with pytest.raises(ImportFailed, match="is a binary file, not text"):
        read_path(path)


def test_damaged_utf8_is_refused_with_position():
    path = DATA / "bad" / "invalid-utf8.txt"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(path) in str(info.value)
    assert "not valid UTF-8" in info.value.reason and "position 42" in info.value.reason


def test_undecodable_garbage_is_refused():
    with pytest.raises(ImportFailed, match="is not text in any encoding"):
        read_path(DATA / "bad" / "garbage.txt")


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.md"])
def test_empty_files_are_refused(name):
    path = DATA / "bad" / name
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: is empty"


def test_whitespace_only_utf16_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes("  \n \n".encode("utf-16"))
    with pytest.raises(ImportFailed, match="is empty"):
        read_path(path)


# --- Markdown --------------------------------------------------------------


def test_markdown_front_matter_heading_and_syntax():
    draft = one(DATA / "article.md")
    assert draft.title == "Kursk: Russia claims advance"
    assert draft.published == "2025-03-13"
    assert draft.outlet == "The Daily Ledger"
    assert draft.byline == "Jane Smith, John Doe"
    assert draft.url == "https://ledger.example.com/world/kursk"
    text = draft.text
    assert text.startswith("Russian forces are on the brink of reclaiming the Kursk region")
    assert "according to General Valery Gerasimov." in text
    assert "\"We're going to have to see. It's up to Russia now,\" said Donald Trump." in text
    assert "snake_case_variable" in text and "escaped *star*." in text
    for syntax in ("**", "](", "![", "# ", "> ", "`", "- Kremlin", "---", "Kursk: Russia claims"):
        assert syntax not in text


def test_markdown_heading_becomes_title_without_front_matter(tmp_path):
    path = tmp_path / "note.markdown"
    path.write_text(
        "# Drone attack on Moscow\n\nMore than *70* drones were shot down, officials said.\n"
    )
    draft = one(path)
    assert draft.title == "Drone attack on Moscow"
    assert draft.text == "More than 70 drones were shot down, officials said."
    assert draft.published is None


def test_strip_markdown_drops_inline_html_but_not_comparisons():
    assert (
        strip_markdown("Troops <b>withdrew</b> from<br/>Sudzha") == "Troops withdrew from\nSudzha"
    )
    assert strip_markdown("if 3 < 4 and 5 > 2") == "if 3 < 4 and 5 > 2"


def test_strip_markdown_keeps_arithmetic_and_intraword_marks():
    assert strip_markdown("5 * 3 = 15 and file_name_here") == "5 * 3 = 15 and file_name_here"
    assert (
        strip_markdown("See [the report][1].\n\n[1]: https://example.com").strip()
        == "See the report."
    )


# --- dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-12", "2025-03-12"),
        ("2025-03-12T23:30:00-05:00", "2025-03-12"),  # the date as written, not UTC
        ("Wed, 12 Mar 2025 23:30:00 -0500", "2025-03-12"),
        ("March 12, 2025", "2025-03-12"),
        ("12 March 2025", "2025-03-12"),
        ("13/04/2025", "2025-04-13"),
        ("March 2025", None),  # no day: not completed from today
        ("Wednesday", None),
        ("yesterday", None),
        ("03/04/2025", None),  # ambiguous day/month
        ("2025-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_normalised_never_invented(value, expected):
    assert to_iso_date(value) == expected


# --- pasted text -------------------------------------------------------------


def test_pasted_text_with_metadata():
    draft = read_pasted(
        "Explosions were heard in Kyiv overnight.\r\nAir defence was active.",
        title=" Kyiv attack ",
        outlet="Wire",
        published="2025-03-12",
        url="https://x.example/1",
    )
    assert draft.text == "Explosions were heard in Kyiv overnight.\nAir defence was active."
    assert (draft.title, draft.outlet, draft.published, draft.url) == (
        "Kyiv attack",
        "Wire",
        "2025-03-12",
        "https://x.example/1",
    )
    assert draft.source_name == "pasted text"


def test_pasted_text_without_title_uses_headline_rule():
    draft = read_pasted("Kyiv attacked overnight\n\nExplosions were heard in Kyiv.")
    assert draft.title == "Kyiv attacked overnight"
    assert draft.text == "Explosions were heard in Kyiv."


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_pasted_text_is_refused(text):
    with pytest.raises(ImportFailed) as info:
        read_pasted(text)
    assert str(info.value) == "pasted text: is empty"


def test_pasted_text_with_unusable_date_is_refused():
    with pytest.raises(ImportFailed, match="not a full, unambiguous date"):
        read_pasted("Some text.", published="March")
