"""HTML pages: main text only, the page's own metadata, no network, no scripts."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import read_path
from newsdigest.ingest.html import html_to_text

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "ingest"
PAGE = DATA / "article.html"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_article_page_gives_main_text_and_metadata(no_network):
    [draft] = read_path(PAGE)
    assert draft.title == "Russia says it has nearly retaken Kursk"
    assert draft.outlet == "The Daily Ledger"
    assert draft.byline == "Jane Smith"
    assert draft.published == "2025-03-13"
    assert draft.language == "en-GB"
    assert draft.url.startswith("https://ledger.example.com/world/")
    assert draft.source_name == "article.html"
    lines = draft.text.split("\n")
    assert lines[0].startswith("Russian forces are on the brink of reclaiming the Kursk region")
    assert lines[-1].startswith(
        "\"We're going to have to see. It's up to Russia now,\" US President Donald Trump"
    )
    assert len(lines) == 4


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Subscribe now",
        "Advertisement",
        "cheap flights",
        "Most read",
        "Celebrity chef",
        "All rights reserved",
        "Privacy policy",
        "Cookie settings",
        "INJECTED BY SCRIPT",
        "tracker",
    ],
)
def test_navigation_ads_sidebar_footer_and_scripts_are_left_out(boilerplate):
    [draft] = read_path(PAGE)
    assert boilerplate not in draft.text


def test_page_without_a_date_gets_none(tmp_path):
    html = PAGE.read_text(encoding="utf-8")
    html = html.replace(
        '<meta property="article:published_time" content="2025-03-13T08:15:00+01:00">', ""
    )
    html = html.replace("/2025/03/13/", "/").replace("© 2025", "©")
    path = tmp_path / "undated.html"
    path.write_text(html, encoding="utf-8")
    [draft] = read_path(path)
    assert draft.published is None
    assert draft.text.startswith("Russian forces")


def test_page_without_metadata_leaves_fields_empty(tmp_path):
    path = tmp_path / "bare.htm"
    path.write_text(
        "<html><body><p>Ukraine said on Tuesday it had shot down 40 of 56 drones launched overnight.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    [draft] = read_path(path)
    assert (
        draft.text == "Ukraine said on Tuesday it had shot down 40 of 56 drones launched overnight."
    )
    assert (draft.outlet, draft.byline, draft.url, draft.published, draft.language) == (
        "",
        "",
        "",
        None,
        "",
    )


def test_truncated_html_still_gives_the_text_it_has():
    [draft] = read_path(DATA / "bad" / "truncated.html")
    assert draft.text.startswith("Russian forces are on the brink")
    assert "Kremlin spokesperson" not in draft.text  # it was cut off before this


def test_page_with_only_navigation_is_refused():
    path = DATA / "bad" / "nav-only.html"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: no article text found in this HTML page"


def test_markup_garbage_is_refused(tmp_path):
    path = tmp_path / "junk.html"
    path.write_text("<<<>>> <html <<", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no article text found"):
        read_path(path)


def test_declared_latin1_charset_is_read_as_cp1252(tmp_path):
    body = "<p>Le “cessez-le-feu” proposé par Washington a été accepté à Djeddah, selon des responsables.</p>"
    html = f'<html lang="fr"><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'
    path = tmp_path / "fr.html"
    path.write_bytes(html.encode("cp1252"))
    [draft] = read_path(path)
    assert (
        draft.text
        == "Le “cessez-le-feu” proposé par Washington a été accepté à Djeddah, selon des responsables."
    )
    assert draft.language == "fr"


def test_xml_file_holding_xhtml_is_read_as_html(tmp_path):
    path = tmp_path / "page.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>Officials met in Jeddah on Tuesday to discuss a ceasefire.</p></body></html>",
        encoding="utf-8",
    )
    [draft] = read_path(path)
    assert draft.text == "Officials met in Jeddah on Tuesday to discuss a ceasefire."


def test_html_to_text_keeps_blocks_and_drops_scripts():
    fragment = "<p>One &amp; two.</p><script>alert(1)</script><ul><li>Three</li><li>Four <b>five</b></li></ul>Tail<br>end"
    assert html_to_text(fragment) == "One & two.\nThree\nFour five\nTail\nend"


def test_the_network_guard_itself_works(no_network):
    import urllib.request

    with pytest.raises(AssertionError, match="network"):
        urllib.request.urlopen("http://198.51.100.1/", timeout=1)


BODY = (
    "<article><p>"
    + "Officials said the talks would continue next week in Jeddah. " * 5
    + "</p></article>"
)


def write(tmp_path: Path, html: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_date_from_time_element(tmp_path):
    html = f"<html><body><time datetime='2025-03-11T10:00'>11 March</time>{BODY}</body></html>"
    [draft] = read_path(write(tmp_path, html))
    assert draft.published == "2025-03-11"


def test_metadata_from_json_ld(tmp_path):
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks",'
        ' "datePublished": "2025-03-10T09:00:00Z", "author": {"@type": "Person", "name": "Ann Lee"},'
        ' "publisher": {"@type": "Organization", "name": "Wire Co"}}'
    )
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body>{BODY}</body></html>'
    [draft] = read_path(write(tmp_path, html))
    assert (draft.published, draft.byline, draft.outlet, draft.title) == (
        "2025-03-10",
        "Ann Lee",
        "Wire Co",
        "Talks",
    )


def test_vague_dates_in_the_text_are_not_used(tmp_path):
    html = f"<html><body><p>Posted 2 hours ago. Copyright 2024</p>{BODY}<p>Updated March 2025</p></body></html>"
    [draft] = read_path(write(tmp_path, html))
    assert draft.published is None
