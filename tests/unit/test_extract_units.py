"""Each quoting and attribution style, dates, numbers and entity rules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.domain import Entity
from newsdigest.extract import entity_key, extract_article, same_entity
from newsdigest.extract.dates import when_and_date
from newsdigest.extract.numbers import find_numbers
from newsdigest.extract.sentences import split_sentences

LEAD = "Prime Minister Jane Porter visited Leeds on Monday. "


def speech(text, **kw):
    x = extract_article(text, **kw)
    return [(e.kind, e.quote_type, e.text, e.speaker, e.cue) for e in x.entries if e.kind != "event"]


@pytest.mark.parametrize("body, words, cue", [
    ('"We will build more homes," Porter said.', "We will build more homes", "said"),
    ('"We will build more homes," said Porter.', "We will build more homes", "said"),
    ('Porter said: "We will build more homes."', "We will build more homes.", "said"),
    ('She told reporters: "We will build more homes."', "We will build more homes.", "told reporters"),
    ('“We will build more homes,” she added.', "We will build more homes", "added"),
    ('«We will build more homes», declared Porter.', "We will build more homes", "declared"),
    ("‘We will build more homes,’ she said.", "We will build more homes", "said"),
])
def test_direct_quote_styles(body, words, cue):
    got = speech(LEAD + body)
    assert got == [("quote", "direct", words, "Jane Porter", cue)]


@pytest.mark.parametrize("body, words, cue", [
    ('Porter labeled them "reckless gamblers".', "reckless gamblers", "labeled them"),
    ('Porter proposed creating a "housing fund" for cities.', "housing fund", "proposed creating"),
    ('Porter hinted at "difficult choices" ahead.', "difficult choices", "hinted at"),
    ('She described the plan as "long overdue".', "long overdue", "described"),
])
def test_partial_quotes(body, words, cue):
    got = speech(LEAD + body)
    assert got == [("quote", "partial", words, "Jane Porter", cue)]


@pytest.mark.parametrize("body, cue", [
    ("Porter said that the government would build 300,000 homes a year.", "said"),
    ("Porter told reporters that the government would build 300,000 homes.", "told reporters"),
    ("The government would build 300,000 homes a year, according to Porter.", "according to"),
    ("The government would build 300,000 homes a year, as stated by Porter.", "as stated by"),
    ("Porter noted that the government would build 300,000 homes a year.", "noted"),
    ("The government would build 300,000 homes a year, she said.", "said"),
])
def test_reported_speech_is_a_claim(body, cue):
    got = speech(LEAD + body)
    assert [(k, s, c) for k, _, _, s, c in got] == [("claim", "Jane Porter", cue)]


def test_interrupted_quote_keeps_one_speaker():
    text = LEAD + '"We will build," Porter said, "and we will build fast."'
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("We will build", "Jane Porter", "said"), ("and we will build fast.", "Jane Porter", "said")]
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_quote_over_several_paragraphs():
    text = (LEAD + 'Porter said: "The first step is land.\n'
            '"The second step is money. The third is time."\nThe opposition disagreed.')
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert len(quotes) == 1
    assert quotes[0].text == 'The first step is land.\n"The second step is money. The third is time.'
    assert quotes[0].speaker == "Jane Porter" and text[quotes[0].start:quotes[0].end] == quotes[0].text


def test_nested_quote_stays_inside():
    text = LEAD + '“They call it ‘the housing miracle’ but it is not,” Porter said.'
    assert speech(text) == [("quote", "direct", "They call it ‘the housing miracle’ but it is not",
                             "Jane Porter", "said")]


def test_block_quote_on_dash_line():
    text = LEAD + '"Homes first. Everything else second."\n– British Prime Minister Jane Porter'
    got = speech(text)
    assert got == [("quote", "direct", "Homes first. Everything else second.", "Jane Porter", "–")]


def test_pronoun_and_surname_resolve_to_full_name():
    text = ("Finance Minister Ahmed Karimi met bankers in Cairo. He said that rates would fall. "
            'Karimi added: "Inflation is beaten."')
    got = speech(text)
    assert [g[3] for g in got] == ["Ahmed Karimi", "Ahmed Karimi"]


def test_uncertain_speaker_keeps_ranked_candidates():
    text = ("Ahmed Karimi met Lena Vogel in Berlin on Friday. "
            "She said the talks were constructive and that a deal was close.")
    claim = next(e for e in extract_article(text).entries if e.kind == "claim")
    assert claim.speaker_candidates[:2] == ["Lena Vogel", "Ahmed Karimi"]
    assert claim.confidence < 0.9


@pytest.mark.parametrize("body", [
    'The film "Silent Harbour" opened in cinemas on Friday.',
    'Critics mocked the so-called "miracle plan" for weeks.',
    'The book is titled "Bricks and Mortar".',
    'Residents of the "red zone" were moved to shelters.',
])
def test_titles_and_scare_quotes_have_no_speaker(body):
    assert speech(LEAD + body) == []


def test_offsets_index_the_text():
    text = LEAD + '"We will build more homes," Porter said. Builders said costs had risen 12%.'
    for e in extract_article(text).entries:
        assert text[e.start:e.end] == e.text


def test_deterministic():
    text = Path(__file__).resolve().parents[2].joinpath("resources/samples/kursk-2025.txt").read_text()
    assert extract_article(text) == extract_article(text)


def test_sentences_respect_abbreviations():
    sents = split_sentences("Gen. Mark Hale met U.S. officials in Washington. They agreed.")
    assert [s.text for s in sents] == ["Gen. Mark Hale met U.S. officials in Washington.", "They agreed."]


@pytest.mark.parametrize("phrase, published, expected", [
    ("on Wednesday", "2025-03-14", ("on Wednesday", "2025-03-12")),
    ("on Wednesday", None, ("on Wednesday", None)),
    ("in August", "2025-03-14", ("in August", "2024-08")),
    ("on March 5, 2024", None, ("on March 5, 2024", "2024-03-05")),
    ("yesterday", "2025-03-14", ("yesterday", "2025-03-13")),
    ("last month", "2025-03-14", ("last month", "2025-02")),
])
def test_dates(phrase, published, expected):
    text = f"Troops moved {phrase}."
    assert when_and_date(text, 0, len(text), published) == expected


@pytest.mark.parametrize("text, want", [
    ("430 Ukrainian soldiers were captured", ("430", 430.0, "", "Ukrainian soldiers", "")),
    ("with more than 86% of the area recaptured", ("more than 86%", 86.0, "percent", "of the area", "more than")),
    ("dozens of homes burned", ("dozens", None, "", "homes", "")),
    ("a $5.2 billion loan", ("$5.2 billion", 5.2e9, "USD", "loan", "")),
    ("at least 1,200 people fled", ("at least 1,200", 1200.0, "", "people", "at least")),
])
def test_numbers(text, want):
    n = find_numbers(text, 0, len(text))[0]
    assert (n.text, n.value, n.unit, n.counts, n.qualifier) == want


def test_years_and_dates_are_not_counts():
    text = "In 2024, on March 5, troops left World War II bunkers."
    assert find_numbers(text, 0, len(text)) == []


def test_entity_key_and_same_entity():
    assert entity_key("person", "President Vladimir Putin") == entity_key("person", "Vladimir Putin")
    assert entity_key("person", "Владимир Путин") == entity_key("person", "Vladimir Putin")
    assert entity_key("place", "Kursk region") == entity_key("place", "Kursk")
    assert entity_key("place", "U.S.") == entity_key("place", "United States")
    assert entity_key("person", "José Álvarez") == entity_key("person", "Jose Alvarez")
    assert same_entity(Entity("person", "Putin"), Entity("person", "Vladimir Putin"))
    assert same_entity(Entity("person", "Oleksandr Syrsky"), Entity("person", "Oleksandr Syrskyi"))
    assert not same_entity(Entity("person", "Putin"), Entity("place", "Putin"))
    assert not same_entity(Entity("person", "Anna Putin"), Entity("person", "Vladimir Putin"))


def test_entities_in_cyrillic_and_titles_stripped():
    text = ("Мэр Сергей Собянин said drones were shot down over Moscow. "
            "Собянин added that air defences worked. Gen. Mark Hale visited Kyiv region.")
    x = extract_article(text)
    names = {(e.type, e.name) for e in x.entities}
    assert ("person", "Сергей Собянин") in names and ("person", "Mark Hale") in names
    assert ("place", "Kyiv") in names and ("place", "Moscow") in names
    sobyanin = next(e for e in x.entities if e.name == "Сергей Собянин")
    assert "Собянин" in sobyanin.aliases


def test_extract_imports_nothing_but_domain_and_stdlib():
    root = Path(__file__).resolve().parents[2] / "desktop" / "newsdigest" / "extract"
    allowed = {"newsdigest.domain", "newsdigest.extract", "__future__", "re", "bisect",
               "dataclasses", "datetime", "unicodedata", "functools", "gc"}
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                mod = node.module or ""
            elif isinstance(node, ast.Import):
                mod = node.names[0].name
            else:
                continue
            assert any(mod == a or mod.startswith(a + ".") for a in allowed), (path.name, mod)


ALPHABET = 'abcXYZ .,:;!?"“”‘’«»\'–-\n0123456789%$ПутинАБВé'


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_never_crashes_and_offsets_hold(text):
    x = extract_article(text, published="2025-03-14")
    for e in x.entries:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert 0.0 <= e.confidence <= 1.0


@pytest.mark.parametrize("text", ["", " ", "\n\n", '"', "“Unclosed quote", "Hello.", "A" * 5000])
def test_degenerate_inputs(text):
    x = extract_article(text)
    assert isinstance(x.entries, list) and isinstance(x.entities, list)


def test_british_single_quotes_and_apostrophes():
    text = LEAD + "Porter said: 'We will build. Russia's builders agree.' Critics' doubts grew in the '90s."
    got = speech(text)
    assert got == [("quote", "direct", "We will build. Russia's builders agree.", "Jane Porter", "said")]
