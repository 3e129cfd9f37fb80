"""The sample article (resources/samples/kursk-2025.txt) gives what the issue asks."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest.domain import EVENT_TYPES
from newsdigest.extract import extract_article

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "kursk-2025.txt"


@pytest.fixture(scope="module")
def sample():
    text = SAMPLE.read_text(encoding="utf-8")
    return text, extract_article(text)


def _speech(x, kind):
    return [e for e in x.entries if e.kind == kind]


@pytest.mark.parametrize("words, speaker, quote_type", [
    ("completely liberate", "Vladimir Putin", "partial"),
    ("buffer zone", "Vladimir Putin", "partial"),
    ("terrorists", "Vladimir Putin", "partial"),
    ("more favorable positions", "Oleksandr Syrskyi", "partial"),
    ("We're going to have to see. It's up to Russia now.", "Donald Trump", "direct"),
])
def test_quotes_have_their_speakers(sample, words, speaker, quote_type):
    text, x = sample
    quote = next(e for e in _speech(x, "quote") if e.text == words)
    assert quote.speaker == speaker
    assert quote.quote_type == quote_type
    assert text[quote.start:quote.end] == words
    assert quote.speaker_candidates[0] == speaker
    assert 0 < quote.confidence <= 1


@pytest.mark.parametrize("fragment, speaker, cue", [
    ("86% of the area recaptured", "Valery Gerasimov", "according to"),
    ("had seized Sudzha", "Institute for the Study of War", "noted"),
    ("concluding phase", "Dmitry Peskov", "as stated by"),
])
def test_claims_have_their_speakers(sample, fragment, speaker, cue):
    text, x = sample
    claim = next(e for e in _speech(x, "claim") if fragment in e.text)
    assert (claim.speaker, claim.cue) == (speaker, cue)
    assert text[claim.start:claim.end] == claim.text


def test_roles_are_kept_as_written(sample):
    _, x = sample
    roles = {e.speaker: e.role for e in x.entries if e.kind != "event"}
    assert roles["Dmitry Peskov"] == "Kremlin spokesperson"
    assert roles["Oleksandr Syrskyi"] == "Ukraine's top general"
    assert roles["Donald Trump"] == "US President"
    assert roles["Valery Gerasimov"] == "General"


def test_no_other_speech_is_invented(sample):
    _, x = sample
    assert len(_speech(x, "quote")) == 5
    # the three claims the issue names, and Syrskyi's reported "strategic retreats" (the
    # partial quote sits inside a clause that says more than the quoted words)
    claims = sorted(c.speaker for c in _speech(x, "claim"))
    assert claims == ["Dmitry Peskov", "Institute for the Study of War", "Oleksandr Syrskyi", "Valery Gerasimov"]
    assert "strategic retreats" in next(c.text for c in _speech(x, "claim") if c.speaker == "Oleksandr Syrskyi")


def test_at_least_ten_events_with_actors_places_numbers(sample):
    text, x = sample
    events = [e for e in x.entries if e.kind == "event"]
    assert len(events) >= 10
    assert all(e.event_type in EVENT_TYPES and text[e.start:e.end] == e.text for e in events)
    assert sum(bool(e.actors) for e in events) >= 8
    assert sum(bool(e.places) for e in events) >= 6
    capture = next(e for e in events if "430 Ukrainian soldiers" in e.text)
    assert "Russian forces" in capture.actors
    assert [(n.value, n.counts) for n in capture.numbers] == [(430.0, "Ukrainian soldiers")]
    recapture = next(e for e in events if "86%" in e.text)
    n = recapture.numbers[0]
    assert (n.text, n.value, n.unit, n.qualifier, n.counts) == \
        ("more than 86%", 86.0, "percent", "more than", "of the area")
    airstrikes = next(e for e in events if "airstrikes" in e.text)
    assert airstrikes.event_type == "explosions_remote_violence" and "Sudzha" in airstrikes.places


def test_undated_article_keeps_when_but_no_date(sample):
    _, x = sample
    visit = next(e for e in x.entries if e.kind == "event" and "unannounced visit" in e.text)
    assert visit.when == "on Wednesday" and visit.date is None
    assert visit.actors == ["Vladimir Putin"] and visit.places == ["Kursk"]
    assert all(e.date is None for e in x.entries)


def test_dated_article_resolves_relative_dates():
    text = SAMPLE.read_text(encoding="utf-8")
    x = extract_article(text, published="2025-03-14")  # a Friday
    visit = next(e for e in x.entries if e.kind == "event" and "unannounced visit" in e.text)
    assert visit.date == "2025-03-12"
    first = next(e for e in x.entries if e.kind == "event" and "in August" in e.text)
    assert first.date == "2024-08"


def test_entities_are_canonical_with_aliases(sample):
    _, x = sample
    by_name = {(e.type, e.name): e for e in x.entities}
    putin = by_name[("person", "Vladimir Putin")]
    assert {"Putin", "President Vladimir Putin", "Vladimir Putin"} <= set(putin.aliases)
    assert "Kursk region" in by_name[("place", "Kursk")].aliases
    assert ("organisation", "Institute for the Study of War") in by_name
    assert ("place", "Sudzha") in by_name
    assert not any("War II" in e.name for e in x.entities)
    assert sum(e.type == "person" for e in x.entities) == 5
