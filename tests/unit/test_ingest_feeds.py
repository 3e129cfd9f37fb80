"""RSS and Atom feed files: one article per item, nothing fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import read_path

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "ingest"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_rss_feed_gives_one_article_per_item_with_text(no_network):
    drafts = read_path(DATA / "feed-rss.xml")
    assert [d.title for d in drafts] == [
        "Russia says it has nearly retaken Kursk",
        "Ceasefire talks to begin in Jeddah",
        "Markets steady after tariff announcement",
    ]  # the link-only item has no text and is skipped
    first, second, third = drafts
    assert first.text == (
        "Russian forces are on the brink of reclaiming the Kursk region, Valery Gerasimov said on Wednesday.\n"
        'President Vladimir Putin visited troops in the region & called for a "buffer zone".'
    )
    assert "alert" not in first.text  # the item's script is dropped, never run
    assert first.byline == "Jane Smith"
    assert first.url == "https://ledger.example.com/world/kursk"
    assert first.published == "2025-03-12"  # as written (-0500), not moved to UTC
    assert (
        second.text
        == "US and Ukrainian officials met in Jeddah on Tuesday to discuss a 30-day ceasefire proposal."
    )
    assert second.published == "2025-03-11"
    assert third.published is None  # no date in the item: none invented
    for draft in drafts:
        assert draft.outlet == "The Daily Ledger - World"
        assert draft.language == "en-gb"
        assert draft.source_name == "feed-rss.xml"


def test_atom_feed_items(no_network):
    first, second = read_path(DATA / "feed-atom.atom")
    assert first.title == "Waffenruhe: Gespräche in Dschidda"
    assert first.text == (
        "Vertreter der USA und der Ukraine trafen sich am Dienstag in Dschidda.\n"
        "Sie sprachen über eine Waffenruhe von 30 Tagen."
    )
    assert first.published == "2025-03-11"  # <published>, not <updated>
    assert first.byline == "Max Mustermann"
    assert first.url == "https://nachrichten.example.org/dschidda"
    assert second.published == "2025-03-10"  # only <updated> exists
    assert second.text == "Die europäischen Börsen schlossen am Montag leicht im Plus."
    assert {first.outlet, second.outlet} == {"Nachrichten Beispiel"}
    assert {first.language, second.language} == {"de"}


def test_malformed_feed_is_refused_with_the_reason():
    path = DATA / "bad" / "malformed-feed.xml"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    message = str(info.value)
    assert message.startswith(f"{path}: is not a well-formed RSS or Atom feed")
    assert "line 2" in message
    assert message.endswith("the feed's one item has no text")  # not "none of 1 items"


def test_recoverable_feed_errors_are_tolerated():
    [draft] = read_path(DATA / "recoverable-feed.rss")
    assert draft.title == "One"
    assert draft.text == "Unclosed tag & stray ampersand"


def test_xml_that_is_not_a_feed_is_refused():
    path = DATA / "bad" / "not-a-feed.xml"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert info.value.path == str(path)
    assert "not an RSS or Atom feed" in info.value.reason


def test_feed_without_items_is_refused(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    )
    with pytest.raises(ImportFailed, match="is a feed without any items"):
        read_path(path)


def test_external_entities_are_not_resolved(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY remote SYSTEM "http://198.51.100.1/x">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>Item</title>'
        "<description>Before &xxe; &remote; after, officials said.</description></item></channel></rss>"
    )
    [draft] = read_path(path)
    assert "TOP SECRET" not in draft.text
    assert draft.text == "Before after, officials said."


def test_binary_file_named_rss_is_refused(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    with pytest.raises(ImportFailed, match=r"is a binary file \(a gzip archive\), not text"):
        read_path(path)


def test_rss_1_0_rdf_feed_in_utf16_is_sniffed_from_xml(tmp_path):
    rdf = (
        '<?xml version="1.0" encoding="utf-16"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://x.example/"><title>Wire &amp; Co</title>'
        "<link>https://x.example/</link><description>d</description></channel>"
        '<item rdf:about="https://x.example/1"><title>Talks in Jeddah</title><link>https://x.example/1</link>'
        "<description>Officials met in Jeddah on Tuesday.</description><dc:date>2025-03-11</dc:date></item>"
        "</rdf:RDF>"
    )
    path = tmp_path / "wire.xml"
    path.write_bytes(rdf.encode("utf-16"))
    [draft] = read_path(path)
    assert (draft.title, draft.text, draft.outlet, draft.published) == (
        "Talks in Jeddah",
        "Officials met in Jeddah on Tuesday.",
        "Wire & Co",
        "2025-03-11",
    )
