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


def spoken_by(got, kind):
    """The speakers of the entries of ``kind`` ("quote" or "claim") in a :func:`speech` list."""
    return [sp for k, _, _, sp, _ in got if k == kind]


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
    ("Porter repeated that the government would build 300,000 homes a year.", "repeated"),
    ("Porter has pointed out that the government built 300,000 homes last year.", "pointed out"),
    ("Porter indicated that the government would build 300,000 homes a year.", "indicated"),
    ("Porter projected that the government would build 300,000 homes a year.", "projected"),
    ("Porter gave evidence that the government had built 300,000 homes a year.", "gave evidence"),
])
def test_reported_speech_is_a_claim(body, cue):
    got = speech(LEAD + body)
    assert [(k, s, c) for k, _, _, s, c in got] == [("claim", "Jane Porter", cue)]


def test_interrupted_quote_is_one_quote_of_one_speaker():
    """'"A," he said, "B."' is one quote, its text the whole span (the attribution inside it)."""
    text = LEAD + '"We will build," Porter said, "and we will build fast."'
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ('We will build," Porter said, "and we will build fast.', "Jane Porter", "said")]
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_quote_over_several_paragraphs():
    """One entry per paragraph, each with the speaker named in the first (as readers quote them)."""
    text = (LEAD + 'Porter said: "The first step is land.\n'
            '"The second step is money. The third is time."\nThe opposition disagreed.')
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.text for q in quotes] == ["The first step is land.", "The second step is money. The third is time."]
    assert all(q.speaker == "Jane Porter" and text[q.start:q.end] == q.text for q in quotes)


def test_participle_cue_without_that():
    """"..., saying 41% of schools were closed": a claim by the subject, whose cue is the participle."""
    got = speech("The Education Ministry put participation lower, saying 41% of schools were fully closed. "
                 "The Kremlin rejected the plan, saying it had never agreed to such terms.")
    assert [(k, sp, cue) for k, _, _, sp, cue in got] == [("claim", "Education Ministry", "saying"),
                                                          ("claim", "Kremlin", "saying")]


@pytest.mark.parametrize("sentence", [
    "Bashirov, dressed in a gray sweater, showed no emotion as the verdict was read out in court.",
    "The minister declined to say whether the final figure would be five percent of output.",
    "The company has not said when the plant will reopen after the fire.",
])
def test_cue_words_that_report_nothing(sentence):
    assert [e for e in speech(LEAD + sentence) if e[0] == "claim"] == []


def test_a_name_with_an_article_inside_is_a_subject():
    """"Save the Children estimates that ...": a claim, while "the Houthi claims that" stays a noun."""
    got = speech("Save the Children estimates that more than 14,000 children have been affected by the storm. "
                 "Officials dismissed the Houthi claims that a US warship had been hit in the Red Sea.")
    assert [(k, sp) for k, _, _, sp, _ in got] == [("claim", "Save the Children")]


def test_capitalised_words_inside_a_sentence_are_a_partial_quote():
    """The cue does not lead into the quote: partial, and the clause after it is a claim of its own."""
    got = speech('The Israeli military said its aircraft had struck "Hezbollah terrorist infrastructure" '
                 'in the Qana area and that the group had been storing weapons inside the building.')
    assert ("quote", "partial", "Hezbollah terrorist infrastructure", "Israeli military", "said") in got
    assert any(k == "claim" and "storing weapons" in t for k, _, t, _, _ in got)


def test_unnamed_source_after_a_quote():
    """'"...," one Lebanese participant told AFP': a quote of the source as written, not a claim."""
    got = speech('Talks resumed in Naqoura on Monday. "There was no breakthrough, but nobody walked out '
                 'either," one Lebanese participant told AFP on condition of anonymity.')
    assert got == [("quote", "direct", "There was no breakthrough, but nobody walked out either",
                    "one Lebanese participant", "told AFP")]


def test_unnamed_member_quoted_as_saying():
    got = speech('The summary was published on Monday. "The real interest rate remains deeply negative," '
                 'one member was quoted as saying in the summary.')
    assert [(k, sp) for k, _, _, sp, _ in got] == [("quote", "one member")]


def test_the_trust_is_the_trust_named_before():
    got = speech("Royal Cornwall Hospitals NHS Trust declared a critical incident on Monday. "
                 "The trust said 87 patients were being treated for flu.")
    assert ("claim", "Royal Cornwall Hospitals NHS Trust") in [(k, sp) for k, _, _, sp, _ in got]


def test_a_body_in_a_place_speaks_not_the_place():
    got = speech("Strikes continued overnight. The Health Ministry in Hamas-run Gaza said on Tuesday that the "
                 "death toll had risen to 31,184 since the war began.")
    assert [(k, sp) for k, _, _, sp, _ in got] == [("claim", "Health Ministry")]


def test_citing_a_quoted_phrase():
    got = speech("FIFA suspended the association on Monday, citing \"undue influence from third parties\".")
    assert ("quote", "partial", "undue influence from third parties", "FIFA", "citing") in got


def test_a_capital_speaks_for_its_government():
    got = speech('Fighting spread. Kigali on Tuesday blamed Kinshasa for the escalation, saying the fighting '
                 'posed "a serious threat" to Rwanda\'s security.')
    assert ("quote", "partial", "a serious threat", "Kigali", "saying") in got
    got = speech("Fighting spread. Moscow on Tuesday said the attack posed a serious threat to Europe.")
    assert [(k, sp) for k, _, _, sp, _ in got] == [("claim", "Moscow")]


def test_the_speaker_goes_on_in_a_relative_clause():
    got = speech('Strikes hit Nuseirat. "We woke up to the sound of the walls falling on us," said Umm Ahmad '
                 'Abu Jarad, who said she lost her sister and two nephews in the strike. Several others said '
                 'the shelling had gone on all night.')
    assert [(k, sp) for k, _, _, sp, _ in got] == [("quote", "Umm Ahmad Abu Jarad"), ("claim", "Umm Ahmad Abu Jarad"),
                                                  ("claim", "Several others")]
    assert got[1][2].startswith("said she lost her sister")


def test_it_said_after_an_organisation_named_as_the_company():
    filler = "Relatives held photographs of the missing men and waited in the cold for news. " * 6
    got = speech("The Santa Rosa mine is operated by Minera Aurífera Cóndor SAC. " + filler +
                 "The company said in a statement that the collapse happened at about 3 p.m. on Tuesday. "
                 "It said ventilation to the area was still working.")
    claims = [(sp, t) for k, _, t, sp, _ in got if k == "claim"]
    assert len(claims) == 2 and claims[0][0] == claims[1][0], claims


def test_a_person_of_an_unknown_body():
    x = extract_article("Analysts had expected a downgrade. Felix Grünewald of Bankhaus Metzler said the new "
                        "guidance implied a weak second half.")
    assert {(e.type, e.name) for e in x.entities} == {("person", "Felix Grünewald"),
                                                      ("organisation", "Bankhaus Metzler")}
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Felix Grünewald"]


def test_an_unnamed_witness_speaks_as_written():
    got = speech('Rescue crews worked overnight. "We pulled out the bodies with our hands until morning," '
                 'a rescuer said.')
    assert [(k, sp) for k, _, _, sp, _ in got] == [("quote", "a rescuer")]


@pytest.mark.parametrize("sentence, speaker", [
    ("SoftBank sold shares worth roughly 11 billion rupees in the offering, according to the prospectus.",
     "prospectus"),
    ("He was dragged from his party's offices on Wednesday, according to colleagues who filmed the raid.",
     "colleagues"),
    ("Heat deaths in Latin American cities rose by about 160% in two decades, according to a study published "
     "on Monday.", "study"),
    ("A senior Israeli official tells The Times of Israel that the first three hostages to be freed are women.",
     "senior Israeli official"),
    ("The army blamed dissidents of the former FARC guerrilla group for the attack.", "army"),
    ("Chief Financial Officer Annika Özdemir said on a conference call with analysts that Brenner would cut "
     "costs.", "Annika Özdemir"),
    ("Two miners are in stable condition at the hospital in Trujillo, according to the regional health "
     "directorate.", "regional health directorate"),
    ("The embassy in Djibouti said all three crew members were in good health.", "embassy"),
    ("The fee has not been disclosed, but BBC Sport understands the consortium has committed to clearing "
     "about £4m of debt.", "BBC Sport"),
    ("However, The Athletic understands that senior figures at the club held talks on Sunday morning.",
     "The Athletic"),
    ("Russian forces attacked positions around Kurakhove 46 times over the past day, Ukraine's General Staff "
     "said on Nov. 14, making it the most intense section of the front.", "Ukraine's General Staff"),
    ("Even levels below the legal limit were associated with a higher risk, researchers report.", "researchers"),
    ("If the association is causal, the authors estimate, cutting PM2.5 could prevent one in twelve dementia "
     "cases.", "authors"),
    ("City staff estimate that fewer than 200 buildings a year would be covered by the ordinance.", "City staff"),
    ("Farmworker advocates say many workers remain reluctant to get tested.", "Farmworker advocates"),
])
def test_more_ways_of_reporting(sentence, speaker):
    got = speech("Talks went on. " + sentence)
    assert [(k, sp) for k, _, _, sp, _ in got] == [("claim", speaker)]


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


def test_interview_answers_are_the_interviewees_quotes():
    text = ("Interview by Eleanor Whitcombe in Warsaw\n\n"
            "Marek Zielinski runs the Armament Agency, which signs Poland's arms contracts.\n\n"
            "Q: Why buy Korean tanks?\n\nA: Because nobody in Europe could deliver 180 tanks in time.\n\n"
            "Q: Is the plan realistic?\n\nA: It is ambitious. I prefer ambitious.\n")
    got = [g for g in speech(text) if g[0] == "quote"]
    assert got == [("quote", "direct", "Because nobody in Europe could deliver 180 tanks in time.", "Marek Zielinski", "Q&A"),
                   ("quote", "direct", "It is ambitious. I prefer ambitious.", "Marek Zielinski", "Q&A")]


def test_he_said_after_an_unnamed_source_is_that_source():
    text = ("Minister Ahmed Karimi visited the town on Monday. A local elected official, who asked not to be "
            "named, told AFP that the fighting had continued into the night. "
            '"We heard heavy gunfire until two in the morning," he said.')
    quote = next(e for e in extract_article(text).entries if e.kind == "quote")
    assert quote.speaker.lower().endswith("local elected official") and "Ahmed Karimi" in quote.speaker_candidates


@pytest.mark.parametrize("sentence, speaker", [
    ("A senior EU diplomat said member states were unlikely to move forward with the procedure.",
     "A senior EU diplomat"),
    ("The talks will resume next week, according to a US official who spoke on condition of anonymity.",
     "a US official"),
])
def test_unnamed_sources_are_not_their_institution(sentence, speaker):
    claim = next(e for e in extract_article(sentence).entries if e.kind == "claim")
    assert claim.speaker == speaker


def test_the_judge_is_not_the_defendant_just_named():
    text = ("A federal judge on Thursday sentenced Vahe Mkrtchyan to 12 years in prison for fraud. "
            'Mkrtchyan stood at the lectern. "There is no sentence that gives those patients back their months," '
            "the judge said.")
    quote = next(e for e in extract_article(text).entries if e.kind == "quote")
    assert quote.speaker != "Vahe Mkrtchyan"


def test_urging_and_accusing_report_claims_and_headlines_report_none():
    text = ("UN chief urges Rwanda to withdraw\n\n"
            "U.N. Secretary-General Antonio Guterres urged Rwanda to withdraw its forces from Congolese territory.")
    got = speech(text)
    assert [(k, s) for k, _, _, s, _ in got] == [("claim", "Antonio Guterres")]
    assert got[0][2].startswith("U.N. Secretary-General")


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


def test_descriptions_and_named_sites_are_typed_as_what_they_are():
    text = ("A rocket placed a South Korean satellite into orbit, the company said. Nine South Africans "
            "were among the dead, and the debate over money in South African politics went on. "
            "State Sen. Daniel Okafor, a Manhattan Democrat who sponsored the bill, said it would pass. "
            "Delegations met at Dolmabahçe Palace on Friday. The work was funded by the Faraday Institution "
            "and UK Research and Innovation, and Dr Ana Ruiz of Cornell Tech said the results were strong. "
            "Hospitals in Halifax and Huddersfield wrote to patients. "
            "The Minister for Foreign Affairs of Ireland, Micheál Martin, spoke in Dublin. "
            "He joined the ruling All Progressives Congress in 2014. Peacekeepers of the United Nations "
            "Interim Force in Lebanon (UNIFIL) stayed in their posts. The statement was signed by "
            "Andrii Sybiha, Ukraine's foreign minister.")
    names = {(e.type, e.name) for e in extract_article(text).entities}
    assert not {n for t, n in names if t == "person"} & {"South Korean", "Manhattan Democrat", "Faraday Institution"}
    assert not {n for t, n in names} & {"South Korean", "South Africans", "South African"}
    assert {("place", "Dolmabahçe Palace"), ("organisation", "Faraday Institution"),
            ("organisation", "Cornell Tech"), ("place", "Huddersfield"), ("person", "Micheál Martin"),
            ("organisation", "All Progressives Congress"),
            ("organisation", "United Nations Interim Force in Lebanon"), ("person", "Andrii Sybiha")} <= names
    assert ("organisation", "UNIFIL") not in names


def test_camel_case_acronym_and_portfolio_roles():
    text = ("The satellite was built for the Korea AeroSpace Administration, the agency that runs the programme. "
            "KASA said all systems appeared healthy after the launch. Kuwait's Minister of State for Youth "
            "Affairs, Khaled Fahad Al-Rashidi, said the government respected the ruling of the court.")
    x = extract_article(text)
    names = {(e.type, e.name) for e in x.entities}
    assert ("organisation", "KASA") not in names and ("person", "Youth Affairs") not in names
    office = extract_article("Israel's Prime Minister's Office (PMO) said the cabinet met on Friday. "
                             "In a brief statement, the PMO says ministers approved the deal.")
    assert {(e.type, e.name) for e in office.entities} == {("place", "Israel"),
                                                           ("organisation", "Prime Minister's Office")}
    assert [e.speaker for e in office.entries if e.kind == "claim"] == ["Prime Minister's Office"] * 2
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Korea AeroSpace Administration",
                                                                    "Khaled Fahad Al-Rashidi"]


@pytest.mark.parametrize("sentence, person", [
    ("Houthi military spokesman Brig. Gen. Yahya Saree said the ship had been hit.", "Yahya Saree"),
    ("Cllr Martin Aspinall said the pool would close in May.", "Martin Aspinall"),
    ("Brendan Kiely SC, for the State, told the court the evidence was clear.", "Brendan Kiely"),
    ("UNRWA Commissioner-General Philippe Lazzarini wrote that children were dying.", "Philippe Lazzarini"),
])
def test_titles_and_honours_are_not_part_of_the_name(sentence, person):
    people = [e.name for e in extract_article(sentence).entities if e.type == "person"]
    assert people == [person]


def test_first_of_two_surnames_names_the_person():
    x = extract_article("President Rosario Quispe Huamán faced a vote on Monday. Quispe, who did not attend "
                        "the session, said she had never received gifts.")
    assert [(e.type, e.name) for e in x.entities] == [("person", "Rosario Quispe Huamán")]
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Rosario Quispe Huamán"]


def test_numbered_roads_are_places():
    names = {(e.type, e.name) for e in extract_article(
        "He died on the N22 near Ovens. Police closed the A83 overnight. M23 rebels seized Goma. "
        "Twenty-six European Union leaders endorsed the plan.").entities}
    assert {("place", "N22"), ("place", "A83"), ("organisation", "M23"), ("organisation", "European Union")} <= names
    assert ("organisation", "Twenty-six European Union") not in names


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
               "dataclasses", "datetime", "unicodedata", "functools", "gc", "itertools",
               "collections.abc", "typing"}  # collections.abc, typing (Final): type annotations only
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


# --- hold-out lessons (tests/data/articles/HOLDOUT.md): general rules, each checked once ---

def _claims(text, **kw):
    return [e for e in extract_article(text, **kw).entries if e.kind == "claim"]


def test_sentence_initial_according_to_names_an_organisation():
    x = extract_article("According to Eurostat, consumer prices in the euro area rose 5.3% in August "
                        "from a year earlier.")
    claims = [e for e in x.entries if e.kind == "claim"]
    assert [(c.speaker, c.cue) for c in claims] == [("Eurostat", "According to")]
    assert ("organisation", "Eurostat") in {(e.type, e.name) for e in x.entities}


def test_cue_inside_compound_sentence_with_appositive_name():
    text = ("Bond yields climbed for a third day, while Germany's finance minister, Christian Lindner, "
            "warned that higher borrowing costs would weigh on growth.")
    claims = _claims(text)
    assert [c.speaker for c in claims] == ["Christian Lindner"]
    assert "finance minister" in claims[0].role


def test_described_speaker_keeps_the_description_as_role():
    text = '"We heard a huge roar," said Ayse Demir, a 54-year-old teacher who fled with her family.'
    quote = next(e for e in extract_article(text).entries if e.kind == "quote")
    assert quote.speaker == "Ayse Demir" and quote.role == "a 54-year-old teacher"


def test_subject_organisation_speaks_before_a_later_according_to():
    text = "The port authority said about 40 ships were waiting to unload, according to a spokesperson."
    claims = _claims(text)
    assert len(claims) == 1 and "port authority" in claims[0].speaker
    assert claims[0].speaker_candidates


def test_two_reporting_clauses_give_two_claims():
    text = ("Italy's statistics agency Istat reported that prices there rose just 1.7%, while in Spain "
            "inflation fell to 2.0%, according to the National Statistics Institute.")
    claims = _claims(text)
    assert [c.speaker for c in claims] == ["Istat", "National Statistics Institute"]
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_speaker_named_in_the_next_sentence():
    text = ('"Nobody warned us. Nobody came for three days." The words belong to Fatima al-Obeidi, '
            "a 61-year-old widow who now lives in a cabin.")
    quote = next(e for e in extract_article(text).entries if e.kind == "quote")
    assert quote.speaker == "Fatima al-Obeidi"


def test_they_said_reuses_the_group_just_quoted():
    text = ("People familiar with the matter said the talks had been under way for several months. "
            "Splunk had previously rebuffed an approach from Cisco in 2022, they said.")
    assert [c.speaker for c in _claims(text)] == ["People familiar with the matter"] * 2


def test_family_name_first_and_shared_surnames():
    text = ('Chairman Wang Chuanfu spoke first. "Overseas markets are our engine," Wang said. '
            "Priya Raghunathan, 47, of Leicester, admitted fraud. The brother, Arjun Raghunathan, "
            "was cleared.")
    x = extract_article(text)
    people = {e.name for e in x.entities if e.type == "person"}
    assert {"Wang Chuanfu", "Priya Raghunathan", "Arjun Raghunathan"} <= people and "Wang" not in people
    assert ("place", "Leicester") in {(e.type, e.name) for e in x.entities}


def test_possessive_place_names_and_post_nominals():
    x = extract_article("Many still live in overcrowded camps near Cox's Bazar. "
                        "Judge Timothy Spencer KC passed sentence.")
    names = {(e.type, e.name) for e in x.entities}
    assert ("place", "Cox's Bazar") in names and ("person", "Timothy Spencer") in names


def test_titles_in_quotes_after_a_comma_are_not_speech():
    text = 'The play, "Finist the Brave Falcon", won two awards in 2022, Russia\'s top theatre prize.'
    assert not [e for e in extract_article(text).entries if e.kind == "quote"]


def test_casualty_sentence_takes_the_article_type():
    text = ("A cyclone crossed the coast on Sunday. Flooding hit 40 villages. Storm surges swept "
            "the islands. At least seven people have died.")
    events = [e for e in extract_article(text, published="2024-05-27").entries if e.kind == "event"]
    assert events[-1].event_type == "disasters"


def _events(text):
    return [e for e in extract_article(text, published="2024-05-27").entries if e.kind == "event"]


@pytest.mark.parametrize("sentence", [
    "The prison system has long been a battleground for rival gangs.",            # a state
    "The port handles roughly a fifth of the country's trade.",                   # a description
    "Economists said the central bank would raise interest rates again in June.",  # a forecast
    "Critics argue that the ministry moved too slowly to secure new gas supplies.",  # analysis
    "The commander said the brigade was ready for a long battle.",                # a disposition
])
def test_states_forecasts_and_opinions_are_not_events(sentence):
    # in a paragraph of its own, as in an article (the learned gate reads a lead
    # paragraph's sentences as events more readily, as the writers it learned from do)
    assert not _events(LEAD + "\n\n" + sentence)[1:], sentence


@pytest.mark.parametrize("line", [
    "Published On 6 Mar 2024",                 # Al Jazeera's time stamp
    "Published at : January 15, 2026",         # the Kathmandu Post's
    "Published in Dawn, October 22nd, 2025",   # Dawn's print credit under the story
])
def test_page_time_stamps_are_not_events(line):
    events = _events(LEAD + "\n\n" + line + "\n\nPolice arrested two men on Sunday.")
    assert [e.text for e in events][1:] == ["Police arrested two men on Sunday."]


@pytest.mark.parametrize("sentence, etype", [
    ("The National Crime Agency has launched an investigation into the attack.", "legal"),
    ("Protesters dumped manure and set hay bales alight on the motorway.", "riots"),
    ("The governor condemned the unrest and deployed troops to the border.", "strategic_developments"),
    ("More than 400 firefighters battled the flames through the night.", "disasters"),
])
def test_event_types_of_general_patterns(sentence, etype):
    events = _events(LEAD + sentence)
    assert events and events[-1].event_type == etype, [(e.text, e.event_type) for e in events]


@pytest.mark.parametrize("sentence, rules, learned", [
    # police dispersing a gathering: the labellers' protest (with intervention), not a riot
    ("Police fired tear gas to disperse hundreds of opposition supporters who had gathered in the capital "
     "on Tuesday.", "riots", "protests"),
    # a declared emergency is a strategic development, not a statement
    ("The government declared a 60-day state of emergency in three provinces on Friday.",
     "statements", "strategic_developments"),
    # an official's reported view is a statement
    ("The finance minister said on Tuesday that the cut should not be read as the start of an easing cycle.",
     "other", "statements"),
    ("The Kremlin spokesman said on Tuesday that European buyers would only be hurting themselves.",
     "other", "statements"),
])
def test_learned_type_model_retypes_what_the_rules_mistype(sentence, rules, learned):
    """The learned type model (event_type.py, over the event gate's features) overrules the
    rules' type; it changes only types, never which events are found."""
    import newsdigest.extract.pipeline as pipeline
    was = pipeline.TYPES
    try:
        pipeline.TYPES = True
        with_model = _events(LEAD + sentence)
        pipeline.TYPES = False
        without = _events(LEAD + sentence)
    finally:
        pipeline.TYPES = was
    assert [(e.start, e.end) for e in with_model] == [(e.start, e.end) for e in without]
    assert (without[-1].event_type, with_model[-1].event_type) == (rules, learned)


def test_adjective_compounds_are_not_names():
    x = extract_article("The Russian-speaking group Qilin claimed the attack on Monday, police said.")
    assert not any(e.name == "Russian-speaking" for e in x.entities)


def test_a_speaker_after_a_place_and_a_comma_is_a_person():
    x = extract_article("Russian forces are on the brink of reclaiming the Kursk region, "
                        "Valery Gerasimov said on Wednesday.")
    assert ("person", "Valery Gerasimov") in [(e.type, e.name) for e in x.entities]
    assert next(e for e in x.entries if e.kind == "claim").speaker == "Valery Gerasimov"


def test_a_group_first_heard_in_a_claim_speaks_a_later_quote():
    """The claim names the group after the quotes were attributed: they are attributed again."""
    text = ("Two Egyptian officials with knowledge of the talks said the mediators had proposed extending "
            'the first phase by 50 days. "There is a narrow window, and both sides know it," one of the '
            "officials said.")
    quote = next(e for e in extract_article(text).entries if e.kind == "quote")
    assert quote.speaker == "one of the officials"
    assert "Egyptian officials" in quote.speaker_candidates


def test_the_writer_on_the_byline_is_nobodys_she():
    text = ('Storm damage in coastal towns\nBy MARIA LOPEZ\n\nOfficials met in the town hall on Monday. '
            '"We will rebuild every house," she said.')
    assert not any(e.speaker == "MARIA LOPEZ" for e in extract_article(text).entries)


def test_they_said_after_analysts_of_a_named_firm_is_that_firm():
    text = ("Drones hit the refinery on Sunday. Analysts at Kpler said the attacks could push Moscow to extend "
            "its ban on gasoline exports. Repairs to a damaged distillation unit typically take several weeks, "
            "they said.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Kpler", "Kpler"], [(c.text, c.speaker) for c in claims]


@pytest.mark.parametrize("text, speaker", [
    ("The World Food Programme (WFP) sent 14 trucks north. The UN food agency says its trucks were denied "
     "entry at the checkpoint.", "World Food Programme"),
    ("Fighting went on. The UN human rights office said it had documented more than 200 air strikes.",
     "UN human rights office"),
])
def test_a_un_agency_speaks_for_itself_not_the_un(text, speaker):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == [speaker]


def test_a_persons_office_speaks_as_written():
    text = ("Benjamin Netanyahu met his cabinet on Monday. Netanyahu's office said Hamas had reneged on parts "
            "of the agreement.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Netanyahu's office"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Traffic on Mirpur Road had not fully returned to normal until late at night, commuters said.", "commuters"),
    ("The collapsed building, locals said, had been repaired rather than demolished after the 2023 disaster.",
     "locals"),
    ("A memorial service will be held in Portland in the spring, the family said.", "family"),
    ("A partnership with the coup parties could cost it heavily at the next election, several party MPs said "
     "privately.", "several party MPs"),
])
def test_an_unnamed_plain_subject_after_the_claim_speaks_as_written(sentence, speaker):
    assert [(k, sp) for k, _, _, sp, _ in speech("Talks went on. " + sentence)] == [("claim", speaker)]


@pytest.mark.parametrize("sentence", [
    "The award comes after the State Department approved a sale valued at an estimated $1.2 billion.",
    "Deliveries are scheduled to begin in the first half of 2027, the document says.",
])
def test_no_plain_subject_is_made_of_determiners_or_documents(sentence):
    assert not any(sp in ("valued at an", "document") for _, _, _, sp, _ in speech("Talks went on. " + sentence))


def test_western_alone_is_an_adjective_not_an_organisation():
    x = extract_article("Iran has long denied seeking nuclear weapons. Western officials say there is no credible "
                        "civilian justification for enriching uranium to 60%.")
    assert "Western" not in [e.name for e in x.entities]
    assert [e.speaker for e in x.entries if e.kind == "claim"][-1] == "Western officials"


@pytest.mark.parametrize("sentence, name", [
    ("Preston lost 2-0 to Blackburn Rovers at Deepdale on Saturday.", "Blackburn Rovers"),
    ("Lighthouse Broadcasting is laying off around 340 employees.", "Lighthouse Broadcasting"),
    ("The Turkish Olympic Committee submitted its bid on Monday.", "Turkish Olympic Committee"),
])
def test_names_typed_as_organisations_by_their_last_word(sentence, name):
    assert ("organisation", name) in [(e.type, e.name) for e in extract_article(sentence).entities]


def test_a_royal_called_by_title_and_given_name_is_the_person_named_in_full():
    text = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met the envoys in Doha on Monday. "
            "Sheikh Mohammed said Qatar remained committed to its mediation role.")
    x = extract_article(text)
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Mohammed bin Abdulrahman Al Thani"]
    assert "Sheikh Mohammed" not in [e.name for e in x.entities]


def test_the_next_paragraph_can_name_the_speaker_of_a_quote():
    text = ("The council voted on Tuesday.\n\n"
            '16:45 — "Today\'s veto is not about sovereignty or procedure. It is about whether four million '
            'people will eat next month."\n\n'
            "That was Karen Whitfield, the U.S. deputy ambassador, speaking moments after the vote.\n\n"
            '"We will keep trying," a diplomat said.')
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert quotes[0].speaker == "Karen Whitfield"


@pytest.mark.parametrize("sentence, speaker", [
    ('One European minister, who asked not to be named, described the US demand as "a number pulled out of '
     'the air".', "One European minister"),
    ('Captain Liam Doherty was less guarded, admitting the squad had "let the manager down".', "Liam Doherty"),
])
def test_partial_quotes_of_unnamed_and_participle_speakers(sentence, speaker):
    got = speech("Talks went on. " + sentence)
    assert [(k, sp) for k, _, _, sp, _ in got if k == "quote"] == [("quote", speaker)]


def test_the_bench_is_the_court_that_heard_the_case():
    text = ('The Supreme Court granted bail to Anwar Qureshi on Monday. "Bail is the rule," the Bench observed. '
            "The Bench noted that no complaint to that effect had been filed before the trial court.")
    x = extract_article(text)
    assert [e.speaker for e in x.entries if e.kind in ("quote", "claim")] == ["Supreme Court", "Supreme Court"]
    assert "Bench" not in [e.name for e in x.entities]


def test_an_unnamed_spokesman_for_a_body_speaks_as_written():
    text = ("The trust reported the breach on Monday. A spokesman for the ICO confirmed it had received a report "
            "from the trust.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert claims[-1].speaker == "A spokesman for the ICO"
    assert claims[-1].speaker_candidates[1:] != []  # the body itself stays a candidate


@pytest.mark.parametrize("sentence", [
    "The Senate passed a bill that would require developers to commission audits and report serious incidents "
    "to the state within 72 hours.",
    "The court directed both parties to hold talks and report back on September 23.",
    "The International Energy Agency last week raised its forecast for the global supply surplus.",
])
def test_report_estimate_forecast_as_nouns_or_infinitives_report_nothing(sentence):
    assert speech("Talks went on. " + sentence) == []


def _without_entity_gate(text: str):
    import newsdigest.extract.pipeline as pipeline
    pipeline.ENTITY_GATE = False
    try:
        return extract_article(text, published="2025-03-04")
    finally:
        pipeline.ENTITY_GATE = True


def test_entity_gate_acts_on_whole_entities_and_only_on_the_entity_list():
    text = ("KYIV, March 4 (Reuters) - President Volodymyr Zelenskiy said on Tuesday that Russian drones "
            "struck Kharkiv overnight. \"We will rebuild,\" Zelenskiy told reporters in Kyiv.")
    with_gate = extract_article(text, published="2025-03-04")
    rules = _without_entity_gate(text)
    assert with_gate.entries == rules.entries  # speakers were resolved before the gate
    names = {(e.type, e.name) for e in with_gate.entities}
    assert ("person", "Volodymyr Zelenskiy") in names and ("place", "Kharkiv") in names
    assert {n for _, n in names} <= {e.name for e in rules.entities}


def test_entity_gate_types_a_football_club_as_an_organisation():
    text = ("Mark Hughes was sacked as Bradford City manager on Sunday after a 3-1 defeat by Swindon Town left the "
            "club two points above the League Two relegation zone. The striker missed a penalty in the match.")
    assert ("person", "Bradford City") in {(e.type, e.name) for e in _without_entity_gate(text).entities}
    assert ("organisation", "Bradford City") in {(e.type, e.name) for e in extract_article(text).entities}


@pytest.mark.parametrize("dateline", ["KYIV, March 12 (Reuters) - ", "SPRINGFIELD — ", "UNITED NATIONS (AP) — ",
                                      "NASHVILLE, Tenn., Feb. 4, 2025 /PRNewswire/ -- ",
                                      "GLASGOW, Scotland, 28 April 2026 — ", "CAMBRIDGE, Mass.--(BUSINESS WIRE)--"])
def test_a_dateline_is_no_part_of_the_sentence_after_it(dateline):
    text = "Headline here\n\n" + dateline + "Orbital Forge Ltd, the Glasgow-based maker, said it had landed a capsule."
    sentences = split_sentences(text)
    assert sentences[-1].text.startswith("Orbital Forge Ltd")
    assert sentences[-2].text == dateline.strip()


def test_a_subject_with_an_appositive_speaks_before_a_time_word():
    text = ("Capsule lands\n\nGLASGOW, Scotland, 28 April 2026 — Orbital Forge Ltd, the Glasgow-based in-space "
            "manufacturing company, today announced that its capsule had splashed down. The company expects "
            "crystals grown in orbit to make better chips.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [(c.text[:12], c.speaker) for c in claims] == [("Orbital Forg", "Orbital Forge"), ("The company ", "Orbital Forge")]


def test_the_hospital_is_the_hospital_named_before_and_an_unnamed_utility_stays_as_written():
    text = ("Cedar Valley Regional Medical Center has been diverting ambulances since Tuesday. The FBI is "
            "investigating. In a statement, the hospital said it had taken systems offline.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Cedar Valley Regional Medical Center"]
    text = ("The National Weather Service confirmed an EF3 tornado. Power was still out for 26,000 homes, "
            "the utility said.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims if "utility" in c.text] == ["utility"]


@pytest.mark.parametrize("sentence", [
    'A group calling itself "NightCrawler" said it had stolen the files, the company said.',
    'Officials have branded the project the "Games of Two Continents", the ministry said.',
    'Her later novels included "The Drowned Parish" (1988), Alan Forsythe said.',
])
def test_a_quoted_name_or_title_is_nobody_s_quote(sentence):
    assert [q for q in speech("Talks went on. " + sentence) if q[0] == "quote"] == []


def test_a_name_a_person_gives_someone_is_their_quote():
    got = speech('President Donald Trump attacked Jerome Powell on Monday, calling him "Too Late" again.')
    assert [(k, t, sp) for k, _, t, sp, _ in got if k == "quote"] == [("quote", "Too Late", "Donald Trump")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The vote came after four hours of public comment, much of it from residents who urged the council to "
     "reject the cuts.", "residents"),
    ("Children will receive one dose of the vaccine from September, after health officials concluded that "
     "a single dose protects as well as two.", "health officials"),
])
def test_an_unnamed_source_phrase_opens_at_its_noun_phrase(sentence, speaker):
    got = speech("Council news. " + sentence)
    assert spoken_by(got, "claim") == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("One paediatrician, who spoke on condition of anonymity because she was not authorised to talk to the "
     "media, said some parents still declined the vaccine.", "One paediatrician"),
    ("A neighbor who asked not to be named because she feared retaliation said the man had lived there for "
     "years.", "A neighbor"),
    ("A company spokesperson, Lee Soo-min, said emergency crews were on site.", "Lee Soo-min"),
])
def test_an_unnamed_subject_speaks_through_an_aside_with_a_pronoun(sentence, speaker):
    got = speech("Doctor Gulnara Serikbayeva runs the ward. " + sentence)
    assert spoken_by(got, "claim") == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Her Estonian counterpart, Margus Tsahkna, went further, describing the fleet as 'a floating threat to "
     "every country on this sea'.", "Margus Tsahkna"),
    ("Her Estonian counterpart said the fleet was 'a floating threat to every country on this sea'.",
     "Her Estonian counterpart"),
])
def test_her_counterpart_is_not_she(sentence, speaker):
    got = speech("Finnish Foreign Minister Elina Valtonen condemned the act. " + sentence)
    assert spoken_by(got, "quote") == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Her centre-right colleague Friedrich Amsel took the opposite view, saying the delay was the minimum needed.",
     "Friedrich Amsel"),
    ("His colleague Sofia Arvanitis was more measured, arguing that a single month did not make a trend.",
     "Sofia Arvanitis"),  # (and "Sofia Arvanitis" is a person, not a team like "Carolina Panthers")
])
def test_a_name_after_her_colleague_speaks_not_her(sentence, speaker):
    got = speech("Marco Bellandi, an economist at Nordbank, said the figures were alarming. " + sentence)
    assert spoken_by(got, "claim") == ["Marco Bellandi", speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Majority Leader Conrad Whitfield has not committed floor time to the bill, and two aides familiar with his "
     "thinking said he is unlikely to do so before the recess.", "two aides"),
    ("Two aides familiar with his thinking said he is unlikely to do so before the recess.", "Two aides"),
    ("Court watchers expect the pace to slow further, and several Republicans predicted privately that the next "
     "nominee would face a harder fight.", "several Republicans"),
])
def test_a_coordinated_clause_has_its_own_source(sentence, speaker):
    got = speech("Majority Leader Conrad Whitfield spoke to reporters on Monday. " + sentence)
    assert spoken_by(got, "claim") == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("In Kyiv, Iryna Hnatiuk, a lawyer with the rights group Truth Hounds, which gathered witness statements used "
     "in the case, said survivors had waited years.", "Iryna Hnatiuk"),
    ("16:32 — Dr Tafadzwa Marufu, permanent secretary in the Ministry of Lands, Agriculture and Water, says the grain "
     "reserve is sufficient until March.", "Tafadzwa Marufu"),
    ("12:25 p.m. — An APC chieftain in the state, who asked not to be named, told reporters the leadership was "
     "divided over an appeal.", "An APC chieftain in the state"),
    ("Her counterpart at EUMETSAT, Dr. Rui Valadares, was more cautious, saying the data would take a year to "
     "calibrate.", "Rui Valadares"),
    ("The ECP's counsel, Advocate Farhan Ali Shah, maintained that the commission had acted within its powers.",
     "Farhan Ali Shah"),
])
def test_the_person_in_apposition_speaks_after_a_place_a_time_or_a_body(sentence, speaker):
    got = speech("Dr. Katrin Vogelsang of ESA was upbeat about the launch. " + sentence)
    assert spoken_by(got, "claim") == [speaker]


def test_a_clause_after_said_is_what_was_said_not_who_said_it():
    got = speech("Mohammed Rafique, a community leader in Camp 4, said refugees felt forgotten.")
    assert spoken_by(got, "claim") == ["Mohammed Rafique"]


def test_counsel_for_a_body_is_a_role_not_part_of_its_name():
    x = extract_article("Counsel for the State Election Commission, Shweta Kamat, told the Bench that the commission "
                        "was ready to conduct the polls.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Shweta Kamat"]
    assert ("organisation", "State Election Commission") in {(e.type, e.name) for e in x.entities}


@pytest.mark.parametrize("sentence, name", [
    ("Inkosi Sakhile Nxumalo said the community would keep the road closed.", "Sakhile Nxumalo"),
    ("Bu Ratna Wulandari, a researcher at the Bandung Institute, said the levee was too low.", "Ratna Wulandari"),
])
def test_honorifics_are_titles(sentence, name):
    assert ("person", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_question_opens_with_its_verb_not_a_name():
    text = "Can Belém deliver on its promises? Analysts doubt it. Can Dündar said the paper would appeal."
    names = {e.name for e in extract_article(text).entities}
    assert "Can Belém" not in names and "Can Dündar" in names


def test_the_capitalised_body_named_before_estimates_that():
    x = extract_article("The European Commission proposed the levy in July. The Commission estimates that CBAM will "
                        "raise about 1.5 billion euros a year once fully phased in.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["European Commission"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Solicitors who specialise in land law say disputes between neighbours over boundaries are common in rural "
     "areas.", "Solicitors who specialise in land law"),
    ("Doctors at Almaty's main children's infectious diseases hospital say wards have been running at close to full "
     "capacity since November.", "Doctors at Almaty's main children's infectious diseases hospital"),
])
def test_a_kind_of_people_and_where_they_work_speak_as_written(sentence, speaker):
    assert [e.speaker for e in extract_article(sentence).entries if e.kind == "claim"] == [speaker]


def test_the_ministry_after_a_headline_phrase_is_the_ministry_named_since():
    text = ("Israeli strike on south Lebanon town kills nine, health ministry says\n\n"
            "An Israeli air strike on a building in Qana killed at least nine people on Wednesday, Lebanon's Ministry "
            "of Public Health said.\n\nFourteen people were wounded and rescue teams were still searching the rubble, "
            "the ministry said in a statement.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [e.speaker for e in claims if e.text.startswith("Fourteen")] == ["Ministry of Public Health"]


def test_the_committee_is_the_committee_named_before():
    x = extract_article("The Bank of Thailand's Monetary Policy Committee cut its policy rate on Wednesday. The "
                        "committee said inflation was likely to stay below the lower end of its target range.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Monetary Policy Committee"]


@pytest.mark.parametrize("text, speaker", [
    ("The Premier League fined the club on Monday. The league said the owners had failed to give legally binding "
     "assurances about the funding.", "Premier League"),
    ("The Chenab Breach Inquiry published its report on Friday. The inquiry said engineers had ignored three warnings "
     "about the embankment.", "Chenab Breach Inquiry"),
])
def test_a_league_or_an_inquiry_referred_back_to_speaks(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Patent litigators said the verdict underscored the continued appeal of the Eastern District of Texas.",
     "Patent litigators"),
    ("Antitrust practitioners said the ruling handed the FTC a needed courtroom win after several setbacks.",
     "Antitrust practitioners"),
])
def test_a_field_and_its_practitioners_speak_as_written(sentence, speaker):
    assert [e.speaker for e in extract_article(sentence).entries if e.kind == "claim"] == [speaker]


def test_people_reached_by_phone_speak_as_written():
    x = extract_article("Residents of Harena Buluk woreda, reached by phone, said several villages had not yet been "
                        "visited by health workers.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Residents of Harena Buluk"]


def test_a_headline_quote_the_body_never_repeats_is_kept():
    text = ("Rubio tells Nato allies US 'is not leaving' but wants more spending\n\n"
            "BRUSSELS (Reuters) - Secretary of State Marco Rubio told Nato foreign ministers on Thursday that "
            "Washington expected allies to spend 5% of GDP on defence. \"We are here to stay,\" Rubio said.")
    quotes = [(e.text, e.speaker) for e in extract_article(text).entries if e.kind == "quote"]
    assert ("is not leaving", "Marco Rubio") in quotes


def test_a_countrys_unnamed_minister_speaks_as_written():
    text = ("Gianluca Ferrante won the final on Sunday. Italy's sports minister hailed the win on social media as "
            "\"a page of history\".")
    assert [(e.kind, e.speaker) for e in extract_article(text).entries if e.kind != "event"] == \
        [("quote", "Italy's sports minister")]


def test_mocking_x_as_quotes_the_mocker():
    text = ("President Javier Milei shared a series of messages on social media mocking union leaders as "
            "'the caste'.")
    assert [(e.kind, e.speaker, e.text) for e in extract_article(text).entries if e.kind != "event"] == \
        [("quote", "Javier Milei", "the caste")]


def test_advocate_general_is_a_title():
    x = extract_article("During the hearings, Additional Advocate General Rana Imtiaz Anjum described the levy as a "
                        "\u201cdevelopment charge\u201d.")
    assert [e.speaker for e in x.entries if e.kind == "quote"] == ["Rana Imtiaz Anjum"]
    assert ("person", "Rana Imtiaz Anjum") in {(e.type, e.name) for e in x.entities}


def test_a_person_of_a_place_speaks_not_the_place():
    got = speech("The budget failed. House Minority Leader Colt Harlan of Grand Junction said the shortfall was "
                 "the predictable result of a decade of spending growth.")
    assert spoken_by(got, "claim") == ["Colt Harlan"]


@pytest.mark.parametrize("sentence, claims", [
    ("Demirtas said the defence would appeal to the regional court, a process that lawyers say typically takes "
     "more than a year.", [("Demirtas said the defence would appeal to the regional court", None),
                           ("typically takes more than a year", "lawyers")]),
    ("The company said pills were supplied by the Sinaloa Cartel, which federal authorities say dominates the "
     "corridor north from the border.", [("The company said pills were supplied by the Sinaloa Cartel", None),
                                         ("dominates the corridor north from the border", "federal authorities")]),
    ("An onboard furnace produced 112 crystals, which the company says is a record for a free-flying platform.",
     [("is a record for a free-flying platform", "Orbital Forge")]),
    ("The rights group said on Thursday that 40 people had died.", [("The rights group said on Thursday that 40 "
                                                                      "people had died.", None)]),
])
def test_a_relative_clause_reports_a_claim_of_its_own(sentence, claims):
    got = [(t, sp) for k, _, t, sp, _ in speech("Orbital Forge Ltd announced the landing on Tuesday. " + sentence)
           if k == "claim" and t in sentence]
    assert [t for t, _ in got] == [t for t, _ in claims]
    assert [sp for (_, sp), (_, want) in zip(got, claims) if want] == [sp for _, sp in claims if sp]


@pytest.mark.parametrize("sentence", [
    "Brazil's central bank said it would slow the pace of increases in May.",
    "Brazil's central bank raised its benchmark interest rate by a full percentage point on Wednesday and said "
    "it would slow the pace of increases in May.",
])
def test_a_country_s_central_bank_speaks_as_written(sentence):
    assert [sp for k, _, _, sp, _ in speech(sentence) if k == "claim"] == ["Brazil's central bank"]


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("The government raised the minimum wage, measures that critics describe as pre-election handouts.",
     "pre-election handouts", "critics"),
    ("Belarus held an election in 2020, which Alyaksandr Lukashenka claimed to have won with 80% of the vote.",
     "to have won with 80% of the vote", "Alyaksandr Lukashenka"),
])
def test_a_relative_clause_describes_or_claims(sentence, claim, speaker):
    assert (claim, speaker) in [(t, sp) for k, _, t, sp, _ in speech(sentence) if k == "claim"]


def test_a_capital_dotted_i_keeps_every_offset():
    from newsdigest.extract.sentences import lower_keep
    text = "İnönü University, İSTANBUL and Ekrem İmamoğlu"
    assert len(lower_keep(text)) == len(text) and lower_keep("Ankara") == "ankara"
    got = speech("Authorities have detained 1,133 people over the arrest of Istanbul Mayor Ekrem İmamoğlu, "
                 "Interior Minister Ali Yerlikaya said.")
    assert spoken_by(got, "claim") == ["Ali Yerlikaya"]


def test_nato_written_as_a_word_is_the_alliance():
    names = {(e.type, e.name) for e in extract_article("Estonia is a member of Nato, and Nato ministers met in "
                                                       "Brussels on Thursday.").entities}
    assert ("organisation", "North Atlantic Treaty Organization") in names
    assert not any(n == "Nato" for _, n in names)


def test_the_platform_x_is_an_organisation_but_not_an_x_ray():
    text = ("Rescuers reached the mine on Monday, the ministry said on X. Pataz has been the scene of attacks. "
            "Doctors used X-ray imaging, and a post on X-Linked Research went unanswered.")
    x = extract_article(text)
    names = {(e.type, e.name) for e in x.entities}
    assert ("organisation", "X") in names
    assert sum(1 for _, n in names if n.startswith("X")) == 1  # not "X. Pataz", nor X-ray
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["ministry"]  # "on X." ends the sentence


def test_it_is_whoever_said_so_not_the_body_named_in_the_claim():
    got = speech("The Operational Command of the Polish Armed Forces said 19 violations were recorded. Polish "
                 "F-16s operating under European Union command shot down at least four of them, it said. The "
                 "Belarusian general staff said it had warned Warsaw about drones that had 'lost their course'.")
    speakers = [sp for _, _, _, sp, _ in got]
    assert "European Union" not in speakers
    assert speakers[1] == "Operational Command of the Polish Armed Forces"


def test_a_place_in_a_hyphenated_adjective_is_mentioned():
    names = {(e.type, e.name) for e in extract_article(
        "The tanker, which was Liberia-flagged, was hit on Monday. Budapest has vetoed Ukraine-related "
        "decisions.").entities}
    assert {("place", "Liberia"), ("place", "Ukraine")} <= names


def test_territories_and_us_cities_are_places():
    names = {(e.type, e.name) for e in extract_article(
        "The rocket lifted off from Kourou in French Guiana. Tacoma's finance director spoke after a Mesa man "
        "was convicted.").entities}
    assert {("place", "French Guiana"), ("place", "Tacoma"), ("place", "Mesa")} <= names


def test_a_source_phrase_never_opens_or_ends_with_a_relative_word():
    got = speech("More swaps are expected in the coming weeks, according to a person familiar with the negotiations "
                 "who spoke on condition of anonymity.")
    assert spoken_by(got, "claim") == ["person familiar with the negotiations"]


def test_a_joint_statement_is_the_first_body_s_with_the_second_as_candidate():
    x = extract_article("In a joint statement, the Atomic Energy Organization of Iran (AEOI) and the Foreign Ministry "
                        "said new centrifuges would be brought online.")
    claim = next(e for e in x.entries if e.kind == "claim")
    assert claim.speaker == "Atomic Energy Organization of Iran" and "Foreign Ministry" in claim.speaker_candidates


def test_two_colleges_joined_by_and_are_two_bodies():
    names = {e.name for e in extract_article("Students from Dhaka College and Eden Mohila College clashed on "
                                             "Monday.").entities}
    assert {"Dhaka College", "Eden Mohila College"} <= names


def test_the_un_refugee_agency_unhcr_is_unhcr():
    got = speech("More than 800,000 refugees have crossed into Chad since April 2023, according to the UN refugee "
                 "agency, UNHCR.")
    assert spoken_by(got, "claim") == ["UNHCR"]


@pytest.mark.parametrize("name, want", [
    ("María Camila Ospina Durán", "f"), ("Jelena Đurić", "f"), ("Małgorzata Kowalska", "f"),
    ("Anastasia Volkova", "f"), ("José Luis Peña", "m"), ("Dragan Milovanović", "m"),
])
def test_gender_of_accented_and_slavic_names(name, want):
    from newsdigest.extract.speakers import _gender
    assert _gender(name, "") == want


def test_he_skips_a_woman_with_an_accented_name():
    got = speech("Editor Jelena Đurić was detained on Monday, her lawyer Dragan Milovanović said. He said she had "
                 "been questioned for more than seven hours.")
    assert [sp for k, _, t, sp, _ in got if k == "claim" and t.startswith("He said")] == ["Dragan Milovanović"]


def test_who_after_an_appositive_is_the_person_named():
    got = speech('"The hospitals are full," said Dr Jean-Pierre Kambale, a surgeon at Ndosho hospital, who '
                 'described the situation as "extremely tense".')
    assert spoken_by(got, "quote") == ["Jean-Pierre Kambale"] * 2


def test_the_rwanda_backed_group_is_the_group_named_before():
    got = speech("M23 rebels entered Goma on Sunday. The Rwanda-backed armed group declared on Monday that it had "
                 "taken the lakeside city.")
    assert spoken_by(got, "claim") == ["M23"]


@pytest.mark.parametrize("name", ["María Camila Ospina Durán", "José Luis Peña", "Łukasz Nowak", "Ömer Çelik",
                                  "László Kövér"])
def test_a_person_with_an_accented_given_name_is_a_person(name):
    got = {(e.type, e.name) for e in extract_article(f"{name} won the seat on Sunday, officials said.").entities}
    assert ("person", name) in got


def test_the_named_body_with_an_appositive_speaks_and_spanish_bodies_are_bodies():
    got = speech("The Colegio de Profesores, the main teachers' union, said about 78% of its members had joined "
                 "the stoppage. The union says the offer excludes younger retirees.")
    assert spoken_by(got, "claim") == ["Colegio de Profesores"] * 2


def test_a_question_quoted_then_asked_by_its_speaker():
    text = 'Mayor Dimakatso Sello visited on Monday. "How must we live like this?" asked Fatima Isaacs, 62.'
    assert len(split_sentences(text)) == 2
    got = speech(text)
    assert [(sp, cue) for k, _, _, sp, cue in got if k == "quote"] == [("Fatima Isaacs", "asked")]


def test_the_company_is_a_business_and_the_mission_the_mission_named_before():
    got = speech("The Ministry of Defence has signed a contract with MBDA UK for a new air defence system. The "
                 "contract will sustain about 1,400 jobs, according to the company.")
    assert spoken_by(got, "claim")[-1].startswith("MBDA")
    got = speech("The EU naval mission Aspides says a frigate picked up all 25 crew members. One sailor has serious "
                 "burns, the mission said in a statement.")
    assert spoken_by(got, "claim") == ["Aspides", "Aspides"]


def test_the_ministry_is_a_ministry_named_before_or_stays_as_written():
    got = speech("The European Court of Justice ruled last year. Sources at the interior ministry told ANSA that "
                 "Rome was working with other EU capitals.")
    assert "European Court of Justice" not in spoken_by(got, "claim")
    got = speech("The Health Ministry confirmed 12 deaths. The court adjourned. The ministry said more cases were "
                 "likely.")
    assert [sp for k, _, t, sp, _ in got if k == "claim" and t.startswith("The ministry")] == ["Health Ministry"]


def test_the_court_is_a_court_named_before():
    got = speech("The Special Tribunal for Lebanon quashed the conviction on Monday. The Department of Justice said "
                 "it would not seek a retrial. The court said the defendant had already served most of his sentence.")
    assert [sp for k, _, t, sp, _ in got if k == "claim" and t.startswith("The court")] == \
        ["Special Tribunal for Lebanon"]


def test_the_party_is_a_party_named_before():
    got = speech("Georgian Dream won the election, the Central Election Commission said. The party insists its "
                 "foreign policy remains pro-European.")
    assert [sp for k, _, t, sp, _ in got if k == "claim" and t.startswith("The party")] == ["Georgian Dream"]


@pytest.mark.parametrize("sentence, speaker", [
    ("The researchers caution that the results come from small laboratory cells.", "researchers"),
    ("Economists predict that growth will slow to 1% next year.", "Economists"),
])
def test_present_tense_caution_and_predict_report_claims(sentence, speaker):
    assert spoken_by(speech("The cells worked. " + sentence), "claim") == [speaker]


def test_mme_is_a_title_of_the_woman_named_before():
    got = speech("Élisabeth Borne addressed the chamber. « On ne peut pas jouer l'avenir de nos retraites », "
                 "Mme Borne told the chamber.")
    assert spoken_by(got, "quote") == ["Élisabeth Borne"]


def test_think_tank_is_not_a_cue():
    got = speech("Mariana Lozoya, a researcher at the Mexico City think tank Causa en Común, said the split had "
                 "fractured local cells into dozens of smaller groups.")
    assert [(sp, cue) for k, _, _, sp, cue in got if k == "claim"] == [("Mariana Lozoya", "said")]


@pytest.mark.parametrize("sentence, speaker", [
    ("Two doctors working with the response in Bukoba, who spoke on condition of anonymity because they were "
     "not authorised to talk to the media, said protective equipment was running short.",
     "Two doctors working with the response in Bukoba"),
    ("One member of the party's federal executive, who spoke on condition of anonymity, said voters had punished "
     "the party.", "One member of the party's federal executive"),
    ("Friedrich Merz opened the debate. But two people close to the chancellor said he had been irritated that "
     "the rebels went public.", "two people close to the chancellor"),
])
def test_several_unnamed_people_speak_as_written(sentence, speaker):
    assert spoken_by(speech(sentence), "claim") == [speaker]


@pytest.mark.parametrize("sentence, name", [
    ("Mariana Lozoya, a researcher at the think tank Causa en Común, said the split had fractured local cells.",
     "Causa en Común"),
    ("The trial was run by the Institut de Recherche en Sciences de la Santé in Burkina Faso.",
     "Institut de Recherche en Sciences de la Santé"),
    ("Doses came from the stockpile managed by the International Coordinating Group on Vaccine Provision.",
     "International Coordinating Group on Vaccine Provision"),
])
def test_body_names_go_on_with_en_des_and_group_on(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_father_is_a_title():
    x = extract_article('"People think it will not happen to them," said Father Jhon Jairo Restrepo, a priest.')
    assert [(e.type, e.name) for e in x.entities] == [("person", "Jhon Jairo Restrepo")]


@pytest.mark.parametrize("sentence, names", [
    ("The rules go further than the existing Premier League and English Football League tests.",
     {"Premier League", "English Football League"}),
    ("Optima Rx Solutions and ClearPath Benefits were not part of the deal.",
     {"Optima Rx Solutions", "ClearPath Benefits"}),
])
def test_two_bodies_joined_by_and_are_two(sentence, names):
    assert {e.name for e in extract_article(sentence).entities if e.type == "organisation"} == names


def test_a_country_before_a_body_is_the_same_body():
    assert same_entity(Entity("organisation", "U.S. Federal Reserve"), Entity("organisation", "Federal Reserve"))
    assert same_entity(Entity("organisation", "UK Health Security Agency"),
                       Entity("organisation", "Health Security Agency"))
    assert not same_entity(Entity("organisation", "US Steel"), Entity("organisation", "Steel"))


def test_a_lawyer_for_a_body_speaks_as_written():
    got = speech("ClearPath Benefits is still fighting the lawsuits. A lawyer for ClearPath said the company "
                 '"sets no list prices" and would appeal.')
    assert spoken_by(got, "quote") == ["A lawyer for ClearPath"]


@pytest.mark.parametrize("sentence, name", [
    ("Unsere Kurve, an alliance of supporters' organisations, said the ruling showed that the game belongs to "
     "its members.", "Unsere Kurve"),
    ("Copa-Cogeca, the main EU farm lobby, said the bloc should suspend trade talks.", "Copa-Cogeca"),
    ("Growers are worried. Abrafrutas, the council that speaks for Brazil's fruit growers, said the mango harvest "
     "would fall short.", "Abrafrutas"),
])
def test_a_name_with_an_appositive_body_is_that_body_and_speaks(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}
    assert spoken_by(speech(sentence), "claim") == [name]


def test_the_hospital_is_the_hospital_not_its_chief_whose_role_names_it():
    got = speech("Cedar Valley Regional Medical Center was hit by ransomware. Denise Kowalczyk, the hospital's chief "
                 "executive, apologised. Appointments have been postponed, the hospital said.")
    assert spoken_by(got, "claim") == ["Cedar Valley Regional Medical Center"]


def test_the_company_is_not_a_company_spokesperson_quoted_before():
    got = speech("Halden Health Group said the trial had worked. A company spokesperson told reporters that a "
                 "filing would follow. The company says it has since rewritten its plans.")
    assert spoken_by(got, "claim")[-1] == "Halden Health Group"


def test_local_office_titles_are_titles():
    text = ("Hannah Okafor-Bell chaired the meeting. Trustee Marcus Delaney-Ibe defended the vote.\n\n"
            "“No one on this board wants to close a school,” he said.")
    assert spoken_by(speech(text), "quote") == ["Marcus Delaney-Ibe"]
    assert ("person", "Marcus Delaney-Ibe") in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_title_of_a_country_then_the_person():
    x = extract_article("Chief Justice of Pakistan Qazi Faez Isa said the proceedings were unfair.")
    assert {(e.type, e.name) for e in x.entities} == {("person", "Qazi Faez Isa"), ("place", "Pakistan")}


def test_a_role_is_not_the_last_person_when_that_person_holds_another():
    got = speech("Jean-François d'Hondt, a train driver from Namur, said the changes were unfair. "
                 "The mobility minister told broadcaster VRT on Monday that the reform was unavoidable.")
    assert spoken_by(got, "claim") == ["Jean-François d'Hondt", "mobility minister"]


def test_the_former_governor_of_a_body_is_the_person_just_named():
    got = speech("Mark Carney took the stage to declare victory. The former Bank of Canada governor said he would "
                 "speak to Donald Trump “in the coming days”.")
    assert set(spoken_by(got, "claim") + spoken_by(got, "quote")) == {"Mark Carney"}


def test_a_sentence_ending_he_said_is_his_claim_not_its_subjects():
    got = speech("Anastasia Volkova, 34, was sentenced. Volkova pleaded partially guilty, her lawyer Dmitry Averin "
                 "told reporters. She acknowledged making the payment but denied any intention of harming Russia, "
                 "he said.")
    assert spoken_by(got, "claim") == ["Dmitry Averin", "Dmitry Averin"]
    kept = speech("Abdel Fattah al-Sisi met the crown prince. Sisi told the crown prince that Cairo needed urgent "
                  "support from its allies, an Egyptian official said.")
    assert spoken_by(kept, "claim")[-1] == "Abdel Fattah al-Sisi"


def test_in_the_words_of_after_a_partial_quote_names_its_speaker():
    got = speech("The defense argued the case was built on “guesswork dressed up as science,” in the words of "
                 "Okafor’s attorney, Miguel Ángel Treviño, who said the video was too blurry.")
    assert spoken_by(got, "quote") == ["Miguel Ángel Treviño"]


@pytest.mark.parametrize("sentence, speaker", [
    ("A local community leader, who asked not to be named for fear of reprisals, said the kidnappers had "
     "contacted the families on Monday evening.", "A local community leader"),
    ("A senior PPP leader, who requested anonymity, said the party would consider moving a resolution.",
     "A senior PPP leader"),
])
def test_an_unnamed_leader_speaks_as_written(sentence, speaker):
    assert spoken_by(speech(sentence), "claim") == [speaker]


def test_a_name_before_who_is_a_person():
    text = ("Legal scholars were cautious. Gautam Bhatia-Rao, who teaches constitutional law in Bengaluru, said the "
            "ruling restated principles the court had laid down before.")
    assert ("person", "Gautam Bhatia-Rao") in {(e.type, e.name) for e in extract_article(text).entities}
    assert spoken_by(speech(text), "claim") == ["Gautam Bhatia-Rao"]


def test_it_after_an_unnamed_body_that_opened_the_sentence_before():
    got = speech("The Russian defence ministry has given its own account. In a statement, it said its forces had "
                 "carried out a “massive strike with long-range precision weapons” against facilities.")
    assert set(spoken_by(got, "claim") + spoken_by(got, "quote")) == {"Russian defence ministry"}
    got = speech("The interior ministry rejected the report. It has previously denied carrying out forced "
                 "expulsions and said that its operations were aimed at smuggling networks.")
    assert spoken_by(got, "claim") == ["interior ministry"]


def test_writing_that_reports_a_claim():
    got = speech("European Commission President Ursula von der Leyen congratulated Sandu on social media, writing "
                 "that Moldova’s door to the EU was open.")
    assert spoken_by(got, "claim") == ["Ursula von der Leyen"]


@pytest.mark.parametrize("name", ["National Syndicate of Tunisian Journalists", "Consortium of Independent Brewers",
                                  "Collective of Palestinian Artists", "Cooperative of Coffee Growers"])
def test_more_words_that_name_bodies(name):
    x = extract_article(f"The {name} called a protest for Friday and said more than 20 people had been charged.")
    assert ("organisation", name) in {(e.type, e.name) for e in x.entities}


def test_a_person_of_a_body_between_commas_speaks():
    got = speech("Writing in a linked Comment, Dr Adaeze Nwosu, of the Nigeria Centre for Disease Control, who was "
                 "not involved in the study, said the findings should shape the declaration.")
    assert spoken_by(got, "claim") == ["Adaeze Nwosu"]


def test_the_government_is_a_government_named_before_or_stays_as_written():
    got = speech("EDF cut output at two reactors. Environmental groups argue that climate change will make such cuts "
                 "more frequent, while the government insists the fleet remains the backbone of its plan.")
    assert spoken_by(got, "claim")[-1] == "government"


def test_an_opening_asked_about_phrase_is_not_the_subject():
    got = speech('Dmytro Kovalenko scored twice. Asked about Kovalenko at his press conference on Tuesday, head coach '
                 'Ruben Vos smiled and said: "I cannot talk about players who are not ours."')
    assert spoken_by(got, "quote") == ["Ruben Vos"]


def test_and_a_second_speaker_warned_that_is_a_claim_of_its_own():
    got = speech("Dick Schoof, the Dutch prime minister, said his government would not support common debt for "
                 "defence, and Italian officials warned that rules on national borrowing should not penalise them.")
    assert spoken_by(got, "claim") == ["Dick Schoof", "Italian officials"]


def test_a_name_in_apposition_to_a_kind_of_body_is_that_body():
    x = extract_article("A fishing boat reached El Hierro late Sunday, Spain’s maritime rescue service, "
                        "Salvamento Marítimo, said.")
    assert ("organisation", "Salvamento Marítimo") in {(e.type, e.name) for e in x.entities}


def test_the_agency_prefers_a_public_district_to_a_union():
    got = speech("Amalgamated Transit Union Local 256 walked out at Sacramento Regional Transit District on Monday. "
                 "Bus service had been suspended on all but four routes, the agency said.")
    assert spoken_by(got, "claim")[-1] == "Sacramento Regional Transit District"


@pytest.mark.parametrize("sentence, found", [
    ("Neighbouring Uganda and Rwanda have stepped up screening at border crossings.",
     {("place", "Uganda"), ("place", "Rwanda")}),
    ("Moody's said last month that the reform could weigh on the outlook.", {("organisation", "Moody's")}),
    ("The ELN has recorded incidents in the departments of Arauca and Chocó.",
     {("organisation", "ELN"), ("place", "Arauca"), ("place", "Chocó")}),
    ("The study was funded by Axpo, Switzerland's largest power producer.",
     {("organisation", "Axpo"), ("place", "Switzerland")}),
])
def test_more_names_found(sentence, found):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == found


@pytest.mark.parametrize("text, speaker", [
    ('"We will build more homes," said one lawyer.', "one lawyer"),
    ("Lawyers were wary. ‘The shorter the timetable, the more mistakes,’ said one solicitor who represents "
     "several of the detainees.", "one solicitor"),
    ("One senior source went further, sneering that Sir Geoffrey had been 'sulking ever since he was sacked'.",
     "One senior source"),
])
def test_an_unnamed_one_after_or_before_a_quote_speaks_as_written(text, speaker):
    assert spoken_by(speech(text), "quote") == [speaker]


def test_german_low_and_high_quotation_marks():
    got = speech("„Wir sind nicht gewählt worden, um die Rechnung an unsere Kinder weiterzureichen“, said Pascal "
                 "Reddig, the leader of the group.")
    assert [(k, t, sp) for k, _, t, sp, _ in got] == [
        ("quote", "Wir sind nicht gewählt worden, um die Rechnung an unsere Kinder weiterzureichen", "Pascal Reddig")]


def test_a_quote_after_a_line_ending_in_a_colon_without_a_cue():
    got = speech("Ronit Ben-Haim, whose son Omer was abducted from Kibbutz Nir Oz, addressed the crowd:\n\n"
                 '"Every day that passes is another day my son may not survive."')
    assert spoken_by(got, "quote") == ["Ronit Ben-Haim"]


@pytest.mark.parametrize("sentence, name", [
    ("Russia's Defence Ministry said 205 servicemen had returned.", "Russia's Defence Ministry"),
    ("Ukraine's General Staff said on Nov. 14 that the attacks were repelled.", "Ukraine's General Staff"),
    ("The UAE Foreign Ministry said it was the 12th exchange.", "UAE Foreign Ministry"),
])
def test_a_countrys_own_ministry_keeps_its_country(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_one_countrys_ministry_is_not_anothers():
    assert same_entity(Entity("organisation", "Russia's Defence Ministry"),
                       Entity("organisation", "Russian Defense Ministry"))
    assert not same_entity(Entity("organisation", "Russia's Defence Ministry"),
                           Entity("organisation", "Ukraine's Defence Ministry"))


@pytest.mark.parametrize("text, speaker", [
    ("Seismologists warned of aftershocks. Professor Naci Görür, a geologist who has long warned about the seismic "
     "risk in Anatolia, said the fault segment near Yeşilyurt had been under stress since 2023.", "Naci Görür"),
    ("Students protested. Md Faruk, in-charge of the Dhaka Medical College Hospital police outpost, said 34 injured "
     "people were brought to the hospital by 8pm.", "Md Faruk"),
    ("A nutrition worker for an international charity in Malakal, who spoke on condition of anonymity, said three "
     "of the five feeding sites she supervised had shut.", "A nutrition worker for an international charity in Malakal"),
])
def test_the_subject_past_its_aside_speaks(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


def test_a_name_before_its_role_in_apposition_is_a_person():
    text = ("The deal was struck. Stithorn Thananithichot, director of the Office of Innovation for Democracy at "
            "King Prajadhipok's Institute, described the arrangement as \"a marriage of convenience\".")
    assert ("person", "Stithorn Thananithichot") in {(e.type, e.name) for e in extract_article(text).entities}
    assert spoken_by(speech(text), "quote") == ["Stithorn Thananithichot"]


@pytest.mark.parametrize("text, speaker", [
    ("Iran has long denied seeking nuclear weapons.", "Iran"),
    ("John Okafor was arraigned on Monday. He has repeatedly denied any wrongdoing.", "John Okafor"),
    ("The Kremlin denied any interference in the vote.", "Kremlin"),
])
def test_a_denial_is_a_claim(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


def test_a_pronoun_is_not_a_name_that_took_an_article():
    got = speech("Ilinca Mărgineanu won the Golden Shell. Accepting the award at the Kursaal, Mărgineanu dedicated "
                 "the prize to her father.\n\n“He never told us what he saw there,” she said.")
    assert spoken_by(got, "quote") == ["Ilinca Mărgineanu"]


@pytest.mark.parametrize("sentence, name", [
    ("The strike by members of Amalgamated Transit Union Local 256 is the first in decades.",
     "Amalgamated Transit Union Local 256"),
    ("Workers represented by USW Local 1-337 voted to strike.", "USW Local 1-337"),
])
def test_a_union_local_keeps_its_number(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_given_name_that_is_also_a_country_before_whose_is_a_person():
    x = extract_article("20:03 — Jordan Bardella, whose party voted against, posted on X that the deal was a disgrace.")
    assert ("person", "Jordan Bardella") in {(e.type, e.name) for e in x.entities}


def test_a_dot_before_a_lower_case_word_ends_no_sentence():
    sents = split_sentences("The pilot had flown fewer than 300 hr. on the type, the report said. He had trained in Lima.")
    assert [t.text for t in sents] == ["The pilot had flown fewer than 300 hr. on the type, the report said.",
                                      "He had trained in Lima."]
    got = speech("According to the report, the pilot had flown fewer than 300 hr. on the type before the crash.")
    assert [text.endswith("on the type before the crash.") for kind, _, text, _, _ in got if kind == "claim"] == [True]


def test_according_to_a_body_then_its_name_in_apposition_is_that_name():
    got = speech("The walkout, called by the dockers' union Unimar, closed three terminals, according to the port "
                 "authority, Autoridad Portuaria de Valparaíso.")
    assert spoken_by(got, "claim") == ["Autoridad Portuaria de Valparaíso"]


@pytest.mark.parametrize("text, speaker", [
    ('Officers led the men away. "They beat him in the cells," said Omarov\'s mother, Aigerim Omarova-Tulegen.',
     "Aigerim Omarova-Tulegen"),
    ('The court rose. "He never held a gun," said Nurlan Seitkali\'s sister, Dana Seitkali.', "Dana Seitkali"),
])
def test_a_relative_named_after_the_person_speaks(text, speaker):
    assert spoken_by(speech(text), "quote") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Zmitser Hrytsuk, a former mayor held for three years, refused to leave, opposition leader Alesia "
     "Barysaushkaya said in Warsaw.\n\n\"He will not go into exile,\" she said.", "Alesia Barysaushkaya"),
    ("Vytenis Vilkaitis, a trade unionist, was freed on Friday, lawyer Dainora Petrauskiene said in Vilnius.\n\n"
     "\"He is exhausted but unbroken,\" she said.", "Dainora Petrauskiene"),
])
def test_she_is_the_woman_named_in_the_sentence_before(text, speaker):
    assert spoken_by(speech(text), "quote") == [speaker]


def test_a_name_ending_in_a_weekday_is_a_day_not_a_person():
    text = ("Police chief Ingrun Brandt announced that 900 officers would be on duty on Rose Monday. Barriers "
            "would be set up at the entrances, she said.")
    assert set(spoken_by(speech(text), "claim")) == {"Ingrun Brandt"}


@pytest.mark.parametrize("text, speaker", [
    ("Gunmen burned 30 homes in the valley, according to the U.N. refugee agency.", "U.N. refugee agency"),
    ("A spokesperson for the provincial Ministry of Health said the clinic would reopen.",
     "A spokesperson for the provincial Ministry of Health"),
])
def test_who_a_claim_is_according_to_as_written(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("sentence, found, not_found", [
    ("The count gave Prime Minister Dorin Recean's Party of Regions (PR) 41 percent.",
     {("person", "Dorin Recean"), ("organisation", "Party of Regions")}, "Dorin Recean's Party of Regions"),
    ("An alliance led by Voronin's Party of Communists came second.",
     {("organisation", "Party of Communists")}, "Voronin's Party of Communists"),
    ("Crowds filled Tbilisi's Freedom Square on Sunday.", {("place", "Freedom Square")}, "Tbilisi's Freedom Square"),
    ("Chief Restructuring Officer Dana Kowalik said cash would last six weeks.",
     {("person", "Dana Kowalik")}, "Restructuring"),
    ("Commander-in-Chief Valerii Zaluzhnyi said the line held.", {("person", "Valerii Zaluzhnyi")},
     "Commander-in-Chief Valerii Zaluzhnyi"),
    ("The Port of Antwerp Authority said the lock would reopen.",
     {("organisation", "Port of Antwerp Authority")}, None),
    ("The inquiry went to the Dirección General de Aeronáutica Civil (DGAC) on Friday.",
     {("organisation", "Dirección General de Aeronáutica Civil")}, "de Aeronáutica Civil"),
    ("Monitors from the Organization for Security and Co-operation in Europe (OSCE) said the count was fair.",
     {("organisation", "Organization for Security and Co-operation in Europe")},
     "Organization for Security and Co-operation"),
    ("Doug Ford won a third majority on Thursday. Mr. Ford called the election in January.",
     {("person", "Doug Ford")}, "Ford"),
    ("Jordan's Foreign Ministry said the aid worker had been freed.",
     {("place", "Jordan"), ("organisation", "Jordan's Foreign Ministry")}, None),
])
def test_names_split_and_joined_where_they_belong(sentence, found, not_found):
    got = {(e.type, e.name) for e in extract_article(sentence).entities}
    assert found <= got
    assert not_found not in {name for _, name in got}


@pytest.mark.parametrize("sentence, name", [
    ("Leaders of the Lummi Tribes met the governor.", "Lummi Tribes"),
    ("The Squamish Indian Band signed the agreement.", "Squamish Indian Band"),
    ("Smoke reached the Blueberry River First Nation on Friday.", "Blueberry River First Nation"),
])
def test_indigenous_governments_are_organisations(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_she_after_a_tribe_and_its_chief_is_the_chief():
    text = ("Judge recognizes Lummi Tribes' title to the island\n\n"
            "Lummi Tribes Chief Cindy Jameson said outside the courthouse that the decision vindicated the elders.\n\n"
            '"Our ancestors never left," she said.')
    assert spoken_by(speech(text), "quote") == ["Cindy Jameson"]


def test_a_partial_quote_inside_a_claim_has_the_claims_speaker():
    text = ("A Federal Court judge has ruled that the Haida Nation holds title to the islands.\n\n"
            "In a ruling released on Friday, Justice Miriam Okafor found that the nation had occupied the land.\n\n"
            'The judge declared that leases granted by the Crown were "void and unenforceable" to that extent.')
    got = speech(text)
    partial = [sp for kind, qt, _, sp, _ in got if kind == "quote" and qt == "partial"]
    assert partial == ["Miriam Okafor"]
    assert spoken_by(got, "claim")[-1] == "Miriam Okafor"


@pytest.mark.parametrize("sentence, found", [
    ("Dockers at the Port of Paranaguá walked off the job on Tuesday.", ("place", "Port of Paranaguá")),
    ("The owner, Lykos Maritime, said the crew was safe.", ("organisation", "Lykos Maritime")),
    ("The charterer, Orion Tankers, said the cargo was intact.", ("organisation", "Orion Tankers")),
])
def test_ports_and_shipping_firms(sentence, found):
    assert found in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_quote_in_single_marks_over_two_paragraphs():
    text = ("Hauliers are worried, and Dr Ewa Malinowska, a logistics researcher at Gdańsk University of "
            "Technology, said the closure showed how fragile the network was.\n\n"
            "'The line has no real alternative. If it is lost for a week, trains go onto branch lines.\n\n"
            "'Operators will lose days, not hours, and some traffic may not come back.'\n\n"
            "The ministry said repairs would start on Monday.")
    quotes = [(t, sp) for kind, _, t, sp, _ in speech(text) if kind == "quote"]
    assert [t[:25] for t, _ in quotes] == ["The line has no real alte", "Operators will lose days,"]
    assert {sp for _, sp in quotes} == {"Ewa Malinowska"}


def test_a_second_speaker_after_and_with_an_appositive_has_a_claim_of_their_own():
    text = ("Rail operators have long complained that the corridor is full, and Dr Tomasz Lewandowski, a transport "
            "economist at Warsaw University, said the closure exposed a structural weakness.")
    assert spoken_by(speech(text), "claim") == ["Rail operators", "Tomasz Lewandowski"]


def test_in_her_view_reports_her_claim():
    got = speech("Anna Kereama studies the network. In her view, further breakdowns are almost inevitable unless the "
                 "line is renewed.")
    assert spoken_by(got, "claim") == ["Anna Kereama"]


@pytest.mark.parametrize("sentence, name", [
    ("Spain's Ministry of Inclusion, Social Security and Migration said it had chartered flights.",
     "Ministry of Inclusion, Social Security and Migration"),
    ("Officials at the National Centre for Epidemiology, Prevention and Disease Control (CDC-Peru) said cases rose.",
     "National Centre for Epidemiology, Prevention and Disease Control"),
])
def test_a_body_named_with_a_list_of_several_word_items_is_one_name(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, date", [
    ("Turnout reached 52 percent, the highest in a parliamentary election since 2010.", None),
    ("Turnout had reached 58 per cent by evening, compared with 54 per cent in 2022.", None),
    ("Neighbouring Kyrgyzstan reported more than 4,000 measles cases in 2023.", "2023"),
])
def test_a_reference_point_or_baseline_is_no_date_for_the_event(sentence, date):
    events = [e for e in extract_article(sentence, published="2025-09-29").entries if e.kind == "event"]
    assert [e.date for e in events] == [date]


@pytest.mark.parametrize("text, found, not_found", [
    ('"There is nowhere to hide," said FBI Special Agent in Charge Dana Whitcombe in a statement.',
     ("person", "Dana Whitcombe"), "Charge Dana Whitcombe"),
    ("Jorge Salas of the Universidad de los Andes in Bogotá says the windfall is real.",
     ("organisation", "Universidad de los Andes"), "Andes"),
    ('An official told Reuters the Commission was "watching closely".', ("organisation", "Reuters"),
     "Reuters the Commission"),
])
def test_titles_and_connectors_inside_names(text, found, not_found):
    got = {(e.type, e.name) for e in extract_article(text).entities}
    assert found in got
    assert not_found not in {name for _, name in got}


def test_special_agent_in_charge_speaks_by_name():
    got = speech('"There is nowhere to hide," said FBI Special Agent in Charge Dana Whitcombe in a statement.')
    assert spoken_by(got, "quote") == ["Dana Whitcombe"]


@pytest.mark.parametrize("sentence, name", [
    ("Parcels are held by the federal government and the City of Surrey.", "City of Surrey"),
    ("The Regional District of North Okanagan expanded its evacuation order.", "Regional District of North Okanagan"),
])
def test_a_city_of_x_is_its_council(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("text, speaker", [
    ("Public health specialists say the outbreak is likely to last into the spring unless vaccination recovers.",
     "Public health specialists"),
    ("The study appeared in Nature. Cities in northern Chile recorded the highest heat-related death rates, "
     "the study found.", "study"),
])
def test_specialists_and_findings_at_the_end_are_claims(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("text", [
    "Police found a body in the river on Tuesday.",
    "The rover has found a rock that could hold signs of ancient life, the agency's chief scientist wrote.",
])
def test_found_with_an_object_reports_nothing_by_itself(text):
    assert "found" not in [cue for kind, _, _, _, cue in speech(text) if kind == "claim"]


def test_who_is_spoken_to_is_not_the_speaker():
    text = ("Fadi Haddad resigned on Thursday, according to a letter seen by L'Orient Today.\n\n"
            "Speaking to reporters after handing in the letter, he said the draft had been emptied of substance.")
    assert spoken_by(speech(text), "claim")[-1] == "Fadi Haddad"
    text = ("An official at the Bale Zone Health Office, who spoke to Addis Standard on condition of anonymity, "
            "said the zone had only two ambulances.")
    assert "Addis Standard" not in spoken_by(speech(text), "claim")


def test_an_official_at_a_body_speaks_as_written():
    got = speech("A senior official at the Dutch State Treasury Agency said demand for Dutch bonds remained strong.")
    assert spoken_by(got, "claim") == ["A senior official at the Dutch State Treasury Agency"]


@pytest.mark.parametrize("text, speaker", [
    ("Joko Widodo leaves office in October. Widodo has pledged to strengthen the anti-graft commission before then.",
     "Joko Widodo"),
    ("Navy spokesman Col. Rudi Hartono said the patrol boat tracked the ship on Tuesday. According to him, the ship "
     "was sailing close to a survey vessel.", "Rudi Hartono"),
    ("The minister promised reform, although critics say the 2019 law weakened the commission.", "critics"),
])
def test_pledges_him_and_conjunctions(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_mining_firm_named_for_its_metal_is_an_organisation():
    x = extract_article("Eleven miners died at the shaft. Thembeka Ridge Platinum said the cage had descended too fast.")
    assert ("organisation", "Thembeka Ridge Platinum") in {(e.type, e.name) for e in x.entities}


def test_the_union_is_the_union_named_before_not_the_company():
    got = speech("Workers at Kestrel Trucks approved a new contract. About 61% of the members of the United "
                 "Steelworkers who voted backed the agreement, the union said late Monday.")
    assert spoken_by(got, "claim") == ["United Steelworkers"]


@pytest.mark.parametrize("text", [
    "Fitch cuts Belgium to A on debt outlook\n\nLes Echos — The rating agency says the federal coalition's budget "
    "plans will not stop public debt from rising.",
    "Fitch cuts Belgium to A on debt outlook\n\nHandelsblatt, Düsseldorf\n\nThe rating agency says the federal "
    "coalition's budget plans will not stop public debt from rising.",
])
def test_an_outlets_credit_is_not_who_speaks(text):
    assert spoken_by(speech(text), "claim") == ["Fitch Ratings"]


@pytest.mark.parametrize("text, speakers", [
    ("Rail firms lobbied hard. The BVDP, the platform lobby, declined to comment. According to people familiar with "
     "the company's finances, reclassifying its riders could add as much as €60 million a year.",
     ["people familiar with the company's finances"]),
    ("The inquiry is continuing, according to people familiar with the matter. Those people said prosecutors had "
     "interviewed several former employees this spring.",
     ["people familiar with the matter", "people familiar with the matter"]),
    ("Two people familiar with the talks said the deal was close. One of the people said the executives were "
     "surprised by the ruling.", ["Two people familiar with the talks", "One of the people"]),
])
def test_people_familiar_with_and_those_people(text, speakers):
    assert spoken_by(speech(text), "claim") == speakers


@pytest.mark.parametrize("sentence, name", [
    ("Deputy Carla Ruiz of Unión por la Patria said her bloc would go to court.", "Unión por la Patria"),
    ("Farmers from the Coordination Rurale blocked the road near Agen.", "Coordination Rurale"),
    ("The Frente Amplio won the runoff in Montevideo.", "Frente Amplio"),
])
def test_romance_language_party_and_movement_names_are_organisations(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_the_municipal_government_is_not_the_state_government_quoted_before():
    got = speech("The state government said it had issued alerts on Saturday. The municipal government denied that "
                 "the warnings had come late.")
    assert spoken_by(got, "claim") == ["state government", "municipal government"]


def test_the_port_authority_is_not_a_company_named_before():
    got = speech("Ecuador signed a concession for the port of Manta with a group led by the operator Yilport and "
                 "the Chilean firm Agunsa. The port authority estimated that the terminal would handle 500,000 "
                 "containers a year by 2030.")
    assert spoken_by(got, "claim")[-1] == "port authority"


def test_a_bodys_own_body_is_named_apart_and_speaks():
    text = "The Directorate of Communications' Center for Combating Disinformation said the report was false."
    got = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("organisation", "Directorate of Communications"),
            ("organisation", "Center for Combating Disinformation")} <= got
    assert spoken_by(speech(text), "claim") == ["Center for Combating Disinformation"]


@pytest.mark.parametrize("sentence, name", [
    ("Fighters moved into Deir ez-Zor on Monday.", "Deir ez-Zor"),
    ("Aid convoys reached Deir ez-Zor and Raqqa on Tuesday.", "Deir ez-Zor"),
])
def test_arabic_article_particles_join_a_place_name(sentence, name):
    assert ("place", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("text", [
    '"People have been stuck in their driveways since yesterday afternoon," Whitcomb said, adding that the '
    'municipality would review its snow-clearing contracts in the spring.',
    # the quote opened a sentence before
    'Laura Whitcomb spoke on Monday. "The roads are a mess. People have been stuck since yesterday," '
    'Whitcomb said, adding that the municipality would review its snow-clearing contracts in the spring.',
])
def test_a_speaker_who_goes_on_after_a_quote_makes_a_claim_of_what_follows(text):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [(c.text.startswith("adding that the municipality"), c.speaker.endswith("Whitcomb")) for c in claims] == \
        [(True, True)]


@pytest.mark.parametrize("text, name", [
    ('Police arrested Joaquín "El Chapo" Guzmán in 2016.', "Joaquín Guzmán"),
    ("\"We will fight,\" said gang leader Jimmy 'Barbecue' Chérizier.", "Jimmy Chérizier"),
    ("Commander-in-chief Oleksandr Syrskyi (Олександр Сирський) has acknowledged the problem.", "Oleksandr Syrskyi"),
])
def test_a_nickname_or_a_lower_case_title_does_not_break_a_name(text, name):
    assert ("person", name) in {(e.type, e.name) for e in extract_article(text).entities}


def test_and_an_unnamed_source_said_is_a_second_claim():
    text = ("Oleksandr Syrskyi has acknowledged that brigades on the eastern front remain understrength, and a "
            "senior official in the presidential office said the mobilisation age was unlikely to be lowered.")
    assert [c.speaker for c in extract_article(text).entries if c.kind == "claim"] == \
        ["Oleksandr Syrskyi", "a senior official"]


@pytest.mark.parametrize("sentence, found", [
    ("Most refugees came from the Democratic Republic of Congo and Sudan.",
     {("place", "Democratic Republic of Congo"), ("place", "Sudan")}),
    ("The drones were made in Alabuga, in Russia's Republic of Tatarstan.",
     {("place", "Russia"), ("place", "Republic of Tatarstan")}),
    ("Officials in the Kingdom of Saudi Arabia said so.", {("place", "Saudi Arabia")}),
])
def test_a_state_named_with_of_is_one_place(sentence, found):
    got = {(e.type, e.name) for e in extract_article(sentence).entities}
    assert found <= got and not any(name.endswith(("Republic", "Kingdom")) for _, name in got)


@pytest.mark.parametrize("sentence, name", [
    ("The Canadian Red Cross said 4,000 evacuees had registered.", ("organisation", "Canadian Red Cross")),
    ("Drivers were told to avoid Highway 97C near Peachland.", ("place", "Highway 97C")),
])
def test_a_national_red_cross_and_a_lettered_highway_keep_their_whole_name(sentence, name):
    assert name in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, name", [
    ("About 300 people sheltered at the Gympie Civic Centre overnight.", "Gympie Civic Centre"),
    ("Maconacon, a coastal town in Isabela, was cut off.", "Maconacon"),
    ("Floods cut roads in Ilagan City on Monday.", "Ilagan City"),
])
def test_venues_towns_in_apposition_and_cities_are_places(sentence, name):
    assert ("place", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_company_in_apposition_stays_a_company():
    got = {(e.type, e.name) for e in extract_article("Sanofi, a French company in Paris, said so.").entities}
    assert ("organisation", "Sanofi") in got


@pytest.mark.parametrize("sentence, found", [
    ("Dozens of vessels anchored off Skagen on Friday.", ("place", "Skagen")),
    ("An official told The Daily Star that at least 12 people died.", ("organisation", "Daily Star")),
])
def test_off_names_a_place_and_told_the_names_an_outlet(sentence, found):
    assert found in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, name", [
    ("The Russian defence ministry said its air defences downed 40 drones.", "Russian defence ministry"),
    ("The Belarusian general staff said it had warned Warsaw.", "Belarusian general staff"),
])
def test_a_countrys_ministry_in_lower_case_is_an_organisation(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_countrys_army_in_lower_case_is_no_entity():
    """Writers name "the Israeli military" as a source but not as an entity (1 of 24 on development)."""
    assert not extract_article("The Israeli military said it struck targets.").entities


@pytest.mark.parametrize("sentence, name", [
    ("Residents south of the Awali river were warned to move.", "Awali river"),
    ("The Rhône glacier has lost a third of its volume.", "Rhône glacier"),
    ("Drones struck the Primorsk oil terminal on the Baltic.", "Primorsk"),
])
def test_a_name_before_a_lower_case_river_glacier_or_port_is_a_place(sentence, name):
    assert ("place", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_demonym_before_port_is_no_place():
    assert not extract_article("The eastern Libyan port is still counting its dead.").entities


@pytest.mark.parametrize("sentence, name", [
    ("The ministry said in a statement posted on WeChat that it had expelled him.", "WeChat"),
    ("The site was blocked by Roskomnadzor in 2022.", "Roskomnadzor"),
    ("The survey was conducted by Mediana for the broadcaster.", "Mediana"),
])
def test_platforms_and_bodies_that_block_or_poll_are_organisations(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, name, not_found", [
    ("The Committee to Protect Journalists called for the convictions to be overturned.",
     "Committee to Protect Journalists", "Protect Journalists"),
    ("The Office of the Director of Public Prosecutions said it would appeal.",
     "Office of the Director of Public Prosecutions", "of Public Prosecutions"),
])
def test_a_bodys_aim_or_officer_inside_its_name_stays_in_it(sentence, name, not_found):
    got = {(e.type, e.name) for e in extract_article(sentence).entities}
    assert ("organisation", name) in got and not_found not in {n for _, n in got}


@pytest.mark.parametrize("text", [
    "Vandrel, which completed its purchase of Calder in mid-2022, isn't accused of wrongdoing.",
    "The company, which employs 4,000 people in the region, didn't say how many jobs would go.",
])
def test_a_negated_cue_with_a_contraction_reports_nothing(text):
    assert not [e for e in extract_article(text).entries if e.kind == "claim"]


def test_a_long_appositive_naming_a_group_makes_an_organisation_that_speaks():
    x = extract_article("Natural Justice, a Cape Town-based environmental law group, said it would file a case "
                        "in the coming weeks.")
    assert ("organisation", "Natural Justice") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Natural Justice"]


def test_a_portfolio_title_is_part_of_the_role_not_a_name():
    x = extract_article("Jordan's Minister of Planning and International Cooperation, Khaled Al-Masri, told the "
                        "conference that his country continued to host more than 600,000 refugees.")
    assert ("person", "Khaled Al-Masri") in {(e.type, e.name) for e in x.entities}
    assert not [e for e in x.entities if e.name.startswith("of ")]
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Khaled Al-Masri"]


def test_an_estimated_number_is_no_cue():
    text = ("The fire broke out Sunday afternoon in the Westwood Hills subdivision of Upper Tantallon and quickly "
            "spread through the dense, dry woods, forcing an estimated 16,000 people from their homes in Hammonds "
            "Plains, Highland Park and surrounding communities.")
    assert not [e for e in extract_article(text).entries if e.kind == "claim"]


@pytest.mark.parametrize("text, speaker", [
    ("More than 200 people were detained, according to the French broadcaster.", "French broadcaster"),
    ("Tailbacks of more than 400 km were reported across Flanders, according to the Flemish broadcaster.",
     "Flemish broadcaster"),
])
def test_a_broadcaster_or_newspaper_heads_an_unnamed_source(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("sentence, name", [
    ("Volunteers with the White Helmets civil defence group said 12 people died.", "White Helmets"),
    ("The Viasna human rights centre now counts 1,200 political prisoners.", "Viasna"),
    ("The IG BCE union, which represents 30,000 workers, objected.", "IG BCE"),
])
def test_a_name_before_a_lower_case_body_noun_is_an_organisation(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_an_adjective_before_group_is_no_organisation():
    assert not extract_article("The Socialist group in parliament abstained on Tuesday.").entities


def test_a_relative_named_by_a_given_name_is_a_person_of_that_kin():
    text = ("Fatima Bello, 34, fled the fighting with her children. Her husband, Adam, went out to look for bread and never "
            "came back. \"We left at night because they were shooting anyone who moved,\" she says.")
    x = extract_article(text)
    assert ("person", "Adam") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "quote"] == ["Fatima Bello"]


def test_names_before_a_plural_place_noun_are_places():
    got = {(e.type, e.name) for e in extract_article(
        "EDF cut output at plants along the Rhône and Garonne rivers on Wednesday.").entities}
    assert {("place", "Rhône"), ("place", "Garonne")} <= got


@pytest.mark.parametrize("text, outlet", [
    ("Transit strike enters second week\n\nBy Lena Hartwig, The Sacramento Bee\n\nBus drivers walked out on Monday.",
     "Sacramento Bee"),
    ("Council votes to close pools\n\nBy Khanh Nguyen | The Oregon Ledger\n\nThe council voted 5-2 on Tuesday.",
     "Oregon Ledger"),
    ("Talks resume\n\nBy Jane Doe, Health Correspondent\n\nTalks resumed in Kyiv on Tuesday.", None),
])
def test_a_byline_names_its_outlet_not_the_writers_job(text, outlet):
    orgs = [e.name for e in extract_article(text).entities if e.type == "organisation"]
    assert orgs == ([outlet] if outlet else [])


@pytest.mark.parametrize("sentence, name", [
    ("Customers moved $640 million to a trading affiliate, Hexa Markets, last week.", "Hexa Markets"),
    ("The exchange appointed specialists from Harcourt Restructuring as provisional liquidators.",
     "Harcourt Restructuring"),
    ("Shares of Applied Materials fell 3% on Friday.", "Applied Materials"),
    ("The contract went to Gulf Ridge Paving in March.", "Gulf Ridge Paving"),
    ("Parents at Kimbell Elementary learned of the closure on Monday.", "Kimbell Elementary"),
])
def test_a_name_ending_in_a_trade_word_is_an_organisation(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_role_for_a_portfolio_is_no_organisation():
    text = "— Professor Sir Malcolm Reid, Vice-Principal for Research, Heriot-Aldridge University"
    assert "Vice-Principal for Research" not in {e.name for e in extract_article(text).entities}


@pytest.mark.parametrize("text, place", [
    ("Sen. Curtis Van Dalen, R-Prineville, said the fee would fall hardest on rural residents.", "Prineville"),
    ("Sen. Margaret Lindquist, DFL-New Hope, who chairs the committee, said she had not decided.", "New Hope"),
    ("Rep. Adam Schiff (D-Calif.) said the report was damning.", "California"),
])
def test_a_lawmakers_party_designation_names_a_home_place_and_the_lawmaker_speaks(text, place):
    x = extract_article(text)
    assert ("place", place) in {(e.type, e.name) for e in x.entities}
    assert not [e for e in x.entities if e.name.startswith(("R-", "D-", "DFL-"))]
    assert {e.speaker for e in x.entries if e.kind == "claim"} <= {"Curtis Van Dalen", "Margaret Lindquist", "Adam Schiff"}
    assert [e for e in x.entries if e.kind == "claim"]


def test_an_abbreviation_closing_a_bracket_before_a_lower_case_word_ends_no_sentence():
    text = "Rep. Adam Schiff (D-Calif.) said the report was damning. It was released on Monday."
    assert [s.text for s in split_sentences(text)] == [
        "Rep. Adam Schiff (D-Calif.) said the report was damning.", "It was released on Monday."]


@pytest.mark.parametrize("text, place", [
    ("ST. PAUL - The Minnesota House voted 70-62 on Thursday to strip the Legislature of its veto.", "St. Paul"),
    ("FT. WORTH, Texas — The council voted on Tuesday to close two libraries.", "Fort Worth"),
])
def test_a_capitalised_saint_dateline_is_one_place(text, place):
    ents = {(e.type, e.name) for e in extract_article(text).entities}
    assert ("place", place) in ents
    assert not {n for _, n in ents} & {"ST", "PAUL", "FT", "WORTH"}


def test_a_capitalised_label_before_a_colon_is_no_name():
    text = "FORECAST: More storms are possible Wednesday across south-central Kansas."
    assert {e.name for e in extract_article(text).entities} == {"Kansas"}


def test_a_fellow_at_a_think_tank_is_a_person_who_speaks():
    x = extract_article("Renad Mansour, a senior research fellow at Chatham House, said the grid was failing.")
    assert ("person", "Renad Mansour") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Renad Mansour"]


def test_an_adverb_opening_a_sentence_is_no_name():
    x = extract_article("Separately, the prosecutor's office in Ankara said police had detained 21 people.")
    assert "Separately" not in {e.name for e in x.entities}


@pytest.mark.parametrize("sentence, name", [
    ("The Istanbul Chief Public Prosecutor's Office said police had detained 21 people.",
     "Istanbul Chief Public Prosecutor's Office"),
    ("The Chief Minister's Office said the visit would go ahead.", "Chief Minister's Office"),
    ("The Prosecutor General's Office opened a case on Monday.", "Prosecutor General's Office"),
])
def test_a_title_owning_an_office_is_part_of_the_bodys_name(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, places", [
    ("Officers were called to an apartment near 51st Avenue and Indian School Road on Tuesday.",
     {"51st Avenue", "Indian School Road"}),
    ("The crash happened on Southeast 122nd Avenue in Portland.", {"Southeast 122nd Avenue", "Portland"}),
])
def test_a_numbered_street_is_a_place(sentence, places):
    assert {e.name for e in extract_article(sentence).entities if e.type == "place"} == places


@pytest.mark.parametrize("sentence, name", [
    ("Shares of Helsinki-based Lumina Space rose 4% after the launch on Monday.", "Lumina Space"),
    ("Coinvale, a Dubai-based cryptocurrency exchange with two million users, halted withdrawals.", "Coinvale"),
])
def test_a_body_based_somewhere_or_described_as_an_exchange_is_an_organisation(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, name", [
    ("The bill, which was approved by the Sejm last month, would end the judges' terms.", "Sejm"),
    ("The Riigikogu passed the budget on Wednesday.", "Riigikogu"),
    ("Law and Justice (PiS) lost its majority in 2023.", "Law and Justice"),
])
def test_parliaments_and_parties_are_organisations(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_an_identity_number_scheme_is_no_organisation():
    text = "The intruders accessed names, dates of birth and National Insurance numbers of 2,300 staff."
    assert "National Insurance" not in {e.name for e in extract_article(text).entities}


def test_a_body_described_with_and_in_apposition_is_an_organisation():
    text = "Clarendell, a payroll and HR outsourcer used by 1,400 UK organisations, has confirmed the breach."
    assert ("organisation", "Clarendell") in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_cue_verb_is_no_part_of_an_unnamed_source():
    text = "Attackers exploited unpatched file-transfer box, says firm – customers told weeks later"
    assert all(not e.speaker.startswith(("says", "said", "told")) for e in extract_article(text).entries)


def test_a_role_refers_to_the_person_with_it_named_last_even_by_surname():
    text = ("Foreign Minister Abbas Araghchi led the Iranian delegation. The delegations exchanged messages "
            "through Omani Foreign Minister Badr Albusaidi for hours.\n\n"
            "Speaking to state television after the talks, Araghchi said the atmosphere had been calm.\n\n"
            "\"Neither side wants negotiations for the sake of negotiations,\" the foreign minister said.")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Abbas Araghchi"]


def test_an_unattributed_quote_paragraph_is_not_given_to_a_name_in_the_possessive():
    text = ("Jurors returned not-guilty verdicts on all four counts. Raymond Tolliver, 58, wiped his eyes as the "
            "verdicts were read in Circuit Judge María Estévez's courtroom.\n\n"
            "\"For two years I've had people cross the street when they saw me coming. I never took a dime.\"")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Raymond Tolliver"]


def test_the_company_is_the_body_the_sentence_before_was_about():
    text = ("Energy company DTEK said its thermal plants were damaged. Restoring them would take weeks, it said.\n\n"
            "National grid operator Ukrenergo introduced emergency outages in Kyiv on Friday. The company warned "
            "that scheduled outages would likely continue through the weekend.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim" and "weekend" in e.text]
    assert [c.speaker for c in claims] == ["Ukrenergo"]


def test_an_outlet_that_polled_is_not_the_agency_that_speaks():
    text = ("According to Eurostat, consumer prices rose 1.9% from a year earlier. Economists polled by Reuters "
            "had expected 2.0%.\n\nCore inflation, which excludes volatile food and energy costs, slowed to 2.3%, "
            "the agency said.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim" and "Core" in e.text]
    assert [c.speaker for c in claims] == ["Eurostat"]


@pytest.mark.parametrize("sentence, names", [
    ("Funds came from Northlight Ventures and Forth Capital last year.", {"Northlight Ventures", "Forth Capital"}),
    ("Nordhavn Mutual said premiums had risen.", {"Nordhavn Mutual"}),
    ("Hungary will lose access to the Recovery and Resilience Facility funds.", {"Recovery and Resilience Facility"}),
    ("Tomasz Wrona, an analyst at Norwich-based outfit Hexbridge Security, said it was familiar.", {"Hexbridge Security"}),
])
def test_firms_insurers_and_facilities_are_organisations(sentence, names):
    assert names <= {e.name for e in extract_article(sentence).entities if e.type == "organisation"}


def test_high_representative_is_a_title():
    text = "The EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas, said the law was wrong."
    names = {e.name for e in extract_article(text).entities}
    assert "Kaja Kallas" in names and not any(n.startswith("EU High") for n in names)


def test_a_general_staff_of_a_countrys_armed_forces_is_one_body():
    text = "The General Staff of Ukraine's Armed Forces later confirmed the strike."
    assert {e.name for e in extract_article(text).entities} == {"General Staff of Ukraine's Armed Forces"}


def test_a_person_of_a_named_group_is_split_from_it():
    text = "Oleksandr Kovalenko of the Information Resistance group said the assault had failed."
    ents = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("person", "Oleksandr Kovalenko"), ("organisation", "Information Resistance")} <= ents


@pytest.mark.parametrize("sentence, places", [
    ("The tornado was on the ground from just south of Burrton to the edge of Wichita.", {"Burrton", "Wichita"}),
    ("A 170-kilometre pipeline links Novi Iskar near Sofia with Niš in southern Serbia.",
     {"Novi Iskar", "Sofia", "Niš", "Serbia"}),
    ("A Multnomah County jury found a Gresham man guilty of manslaughter.", {"Multnomah County", "Gresham"}),
    ("The quake was felt in neighbouring Elazığ, Adıyaman and Diyarbakır.", {"Elazığ", "Adıyaman", "Diyarbakır"}),
])
def test_unknown_names_placed_by_direction_neighbour_or_residents_are_places(sentence, places):
    assert {e.name for e in extract_article(sentence).entities if e.type == "place"} == places


def test_a_plural_noun_opening_a_sentence_before_in_the_south_is_no_place():
    text = "Floods in the southern Brazilian state of Rio Grande do Sul have killed 57 people."
    assert "Floods" not in {e.name for e in extract_article(text).entities}


def test_a_body_that_reported_that_is_a_speaker():
    text = "Baker Hughes reported Friday that the number of oil rigs operating in the Permian fell by three."
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Baker Hughes"]


def test_the_person_is_the_unnamed_source_named_just_before():
    text = ("More swaps are expected in the coming weeks, according to a person familiar with the negotiations who "
            "spoke on condition of anonymity. The person said the next exchange could include civilians.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert len(claims) == 2 and {c.speaker for c in claims} == {"person familiar with the negotiations"}


def test_an_owned_body_opening_the_sentence_speaks_as_written():
    text = "The Public Defender's office says dozens of detainees were beaten in custody."
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Public Defender's office"]


def test_police_scotland_is_one_body():
    text = "Police Scotland urged drivers in the north and west to avoid all but essential travel."
    x = extract_article(text)
    assert {(e.type, e.name) for e in x.entities} == {("organisation", "Police Scotland")}
    assert {e.speaker for e in x.entries if e.kind == "claim"} <= {"Police Scotland"}


@pytest.mark.parametrize("text, speaker", [
    ("Coinvale, a Dubai-based crypto exchange, froze withdrawals on Monday. The exchange said on its website "
     "late Monday that it had appointed specialists as provisional liquidators.", "Coinvale"),
    ("Nordhavn Mutual raised its rates on Monday. In a circular to members, the Oslo-based mutual said additional "
     "premiums had risen to 1% of hull value.", "Nordhavn Mutual"),
    ("Premiums rose again. One senior broker said several underwriters had stopped offering cover.",
     "One senior broker"),
    ("The setback is likely to complicate fundraising. Two investors who spoke on condition of anonymity said the "
     "company had been in talks to raise $150 million.", "Two investors"),
])
def test_business_nouns_and_market_people_are_sources(text, speaker):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert speaker in [c.speaker for c in claims]


def test_a_circular_speaks_for_the_body_that_issued_it():
    text = ("Nordhavn Mutual raised its war risk rates on Monday.\n\n"
            "'We cannot rule out that underwriters will decline to quote for certain vessel types,' the circular said.")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Nordhavn Mutual"]


def test_but_said_is_said_by_the_sentences_subject():
    text = ("The GMB union, which represents many of the workers at Bolton, welcomed the order but said ministers "
            "must now commit to buying British.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["GMB"]


@pytest.mark.parametrize("sentence, name", [
    ("Soldiers of the 68th Separate Jaeger Brigade repelled the assault near Pokrovsk.", "68th Separate Jaeger Brigade"),
    ("The 11th U.S. Circuit Court of Appeals upheld the ruling on Monday.", "11th U.S. Circuit Court of Appeals"),
    ("Ships of China's 1st Fleet Command shadowed the vessel.", "1st Fleet Command"),
])
def test_a_numbered_unit_or_court_keeps_its_number(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("text, people", [
    ("Protesters block roads in Basra as power cuts bite\n\nSinan Mahmoud\nBaghdad\nJul 31, 2023\n\n"
     "Hundreds of protesters blocked roads in the city on Monday, witnesses said.", {"Sinan Mahmoud"}),
    ("Adlumen loses appeal against EU fine over ad-tech tying\n\nMarta Lindqvist in Brussels and Paola Ricci in "
     "Luxembourg\n\nAdlumen has lost its challenge against a fine imposed in 2023.", {"Marta Lindqvist", "Paola Ricci"}),
])
def test_a_byline_without_by_names_its_writers(text, people):
    assert people <= {e.name for e in extract_article(text).entities if e.type == "person"}


@pytest.mark.parametrize("sentence, places", [
    ("The patient had travelled from Dar es Salaam on Monday.", {"Dar es Salaam"}),
    ("The leaflets were printed in Wolof and handed out in Dakar.", {"Dakar"}),
])
def test_languages_are_no_places_and_dar_es_salaam_is_one(sentence, places):
    assert {e.name for e in extract_article(sentence).entities} == places


@pytest.mark.parametrize("sentence, place", [
    ("One customer, a housing association in the North West, told us its records were stolen.", "North West"),
    ("At least 47 people have died of cholera in the Bale and West Arsi zones of Oromia region.", "West Arsi"),
])
def test_a_compass_point_with_a_name_is_a_place(sentence, place):
    assert ("place", place) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_a_compass_point_before_a_demonym_is_no_place():
    assert "South American" not in {e.name for e in extract_article(
        "Farmers protested against the South American trade deal on Monday.").entities}


@pytest.mark.parametrize("sentence, ents", [
    ("Fighters overran El Geneina in June.", {("place", "El Geneina")}),
    ("Migrants reached El Hierro on Monday.", {("place", "El Hierro")}),
    ("The newspaper El Tiempo reported the deal on Monday.", {("organisation", "El Tiempo")}),
    ("El Niño is fading, forecasters said.", set()),
])
def test_el_heads_a_place_unless_a_newspaper_or_a_climate_pattern(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


@pytest.mark.parametrize("sentence, name", [
    ("Palacios told the television channel Ecuavisa that 3,200 soldiers were deployed.", "Ecuavisa"),
    ("The messaging app Pingo was among the services affected.", "Pingo"),
])
def test_a_name_after_channel_or_app_is_an_organisation(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, name", [
    ("Nitish Kumar, the Janata Dal (United) chief, was no longer in control.", "Janata Dal (United)"),
    ("The Janata Dal (Secular), which had hoped to play kingmaker, managed 19 seats.", "Janata Dal (Secular)"),
    ("The IUML defeated the CPI(M)'s candidate by 8,412 votes.", "Communist Party of India (Marxist)"),
])
def test_a_known_name_with_a_bracket_is_one_organisation(sentence, name):
    ents = {(e.type, e.name) for e in extract_article(sentence).entities}
    assert ("organisation", name) in ents and not {n for _, n in ents} & {"United", "Secular", "M"}


def test_an_outlets_bureau_line_names_the_outlet():
    text = "Congress wins two seats\n\nThe Hindu Bureau CHENNAI/BENGALURU\n\nThe Congress and its allies won two seats."
    assert ("organisation", "The Hindu") in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_national_bureau_is_no_outlets_credit_line():
    text = "The National Bureau of Investigation said on Wednesday that divers had recovered the anchor."
    assert "The National" not in {e.name for e in extract_article(text).entities}


@pytest.mark.parametrize("sentence, person, title", [
    ("Shri Ramesh Kumar said the count would finish by evening.", "Ramesh Kumar", "Shri"),
    ("Begum Khaleda Zia returned to Dhaka on Monday.", "Khaleda Zia", "Begum"),
    ("Khun Srettha Thavisin met the delegation on Monday.", "Srettha Thavisin", "Khun"),
    ("Smt. Nirmala Sitharaman presented the budget on Monday.", "Nirmala Sitharaman", "Smt."),
])
def test_south_and_southeast_asian_honorifics_are_titles(sentence, person, title):
    names = {e.name for e in extract_article(sentence).entities if e.type == "person"}
    assert person in names and not any(n.startswith(title) for n in names)


@pytest.mark.parametrize("text, ents", [
    ("Nazar Voloshyn, a spokesman for the Khortytsia group of forces, said the assault failed.",
     {("person", "Nazar Voloshyn"), ("organisation", "Khortytsia group of forces")}),
    ("Bulgaria's government resigns\n\nBIRN Sofia\n\nThe government resigned on Monday.",
     {("place", "Bulgaria"), ("organisation", "BIRN"), ("place", "Sofia")}),
    ("Withdrawals were announced on Coinvale's Telegram channel.", {("organisation", "Telegram")}),
])
def test_groups_of_forces_bureau_lines_and_owned_platforms(text, ents):
    assert {(e.type, e.name) for e in extract_article(text).entities} == ents


@pytest.mark.parametrize("sentence, ents", [
    ("The Union of Journalists in Finland (UJF) called a strike on Monday.",
     {("organisation", "Union of Journalists in Finland")}),
    ("The Board of Control for Cricket in India (BCCI) has stayed out of the row.",
     {("organisation", "Board of Control for Cricket in India")}),
    # guards: a law is no body, and a name the runs found whole keeps its owner
    ("He was charged under the Prevention of Money Laundering Act (PMLA) on Monday.", set()),
    ("In a statement, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said 40 trucks were waiting.",
     {("organisation", "UN Office for the Coordination of Humanitarian Affairs")}),
])
def test_a_bracketed_acronym_vouches_for_the_whole_name_before_it(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


def test_a_claim_keeps_a_speaker_whose_name_holds_commas():
    text = ("The storm made landfall in Aurora on Sunday, the Philippine Atmospheric, Geophysical, and "
            "Astronomical Services Administration (PAGASA) said.")
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == ["Philippine Atmospheric, Geophysical, and Astronomical Services Administration"]


@pytest.mark.parametrize("sentence, ents", [
    ("Former Press Council chairman Hamid Rafiq said the law was vague.",
     {("organisation", "Press Council"), ("person", "Hamid Rafiq")}),
    ("Detective Inspector Jo Ward, of the force's Major Incident Team, said the inquiry was continuing.",
     {("organisation", "Major Incident Team"), ("person", "Jo Ward")}),
    ("Hours after Inês Albuquerque published her letter, the firm replied.", {("person", "Inês Albuquerque")}),
    ("World Athletics warned that the federation could face sanctions.", {("organisation", "World Athletics")}),
    ("Officials in Tehran said the Islamic Republic would not negotiate.", {("place", "Tehran")}),
    ("The army did not respond to questions from The New Humanitarian.", {("organisation", "New Humanitarian")}),
    ("A fire swept through a factory in Gazipur's Kashimpur area late on Monday.",
     {("place", "Gazipur"), ("place", "Kashimpur")}),
    ("Firefighters reached the Tantallon area by noon on Sunday.", {("place", "Tantallon")}),
])
def test_name_heads_that_are_no_persons_and_places_before_area(sentence, ents):
    """"Former" is no part of a name, "Major" opens a team's, "Inês" is a given name with its
    accent, "World" opens a body's name, a mid-sentence "The" a title's, and "X area" is a place."""
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


@pytest.mark.parametrize("sentence, ents", [
    ("Taslima Khatun, general secretary of the Garment Workers' Unity Forum, said the fire was avoidable.",
     {("person", "Taslima Khatun"), ("organisation", "Garment Workers' Unity Forum")}),
    ("The quake struck late on May 14, Türkiye's Disaster and Emergency Management Authority said.",
     {("place", "Turkey"), ("organisation", "Disaster and Emergency Management Authority")}),
    ("The Meteorology, Climatology and Geophysics Agency warned that heavy rain would continue.",
     {("organisation", "Meteorology, Climatology and Geophysics Agency")}),
])
def test_bodies_whose_names_hold_a_plural_possessive_an_and_or_a_list(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


def test_a_us_states_chamber_is_one_body_and_the_bare_chamber_is_it():
    text = ("The Oregon Senate voted 19-10 on Wednesday to approve the package. The Oregon House passed it on "
            "Tuesday. The Senate vote ended a decade of fights.")
    ents = {(e.type, e.name) for e in extract_article(text).entities}
    assert ents == {("organisation", "Oregon Senate"), ("organisation", "Oregon House")}


@pytest.mark.parametrize("sentence, ents", [
    ("In Kottayam, UDF candidate Mariamma Kurian had secured a margin of 4,812 votes.",
     {("place", "Kottayam"), ("person", "Mariamma Kurian")}),
    ("Relief packs went to Tuguegarao and Quezon City on Monday.", {("place", "Tuguegarao"), ("place", "Quezon City")}),
    ("Oil reached at least 11 communities in Bayelsa State, officials said.", {("place", "Bayelsa State")}),
    ("The agency issued a severe flood warning for the River Tay.", {("place", "River Tay")}),
    ("Campaigners were unimpressed. River Action said the fine was too small.", {("organisation", "River Action")}),
    ("The shooting is being investigated by the Major Crime Squad.", {("organisation", "Major Crime Squad")}),
])
def test_a_role_that_heads_the_next_name_and_place_words(sentence, ents):
    """"In Kottayam, UDF candidate Mariamma Kurian": the role is hers, not Kottayam's; "City",
    "State" and "River" make places, unless the place speaks."""
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


@pytest.mark.parametrize("sentence, ents", [
    ("The Foreign Ministry's Department of East Asian Affairs summoned the envoy.",
     {("organisation", "Foreign Ministry"), ("organisation", "Department of East Asian Affairs")}),
    ("West Midlands Trains and Govia Thameslink Railway are expected to follow.",
     {("organisation", "West Midlands Trains"), ("organisation", "Govia Thameslink Railway")}),
    ("Doses are supplied through the national Expanded Program on Immunization.",
     {("organisation", "Expanded Program on Immunization")}),
    ("He thanked the community in east Limerick for its help.", {("place", "Limerick")}),
    ("A Co Kerry man was found guilty on Monday.", {("place", "Kerry")}),
    ("Trains run across Essex and parts of Cambridgeshire and Hertfordshire.",
     {("place", "Essex"), ("place", "Cambridgeshire"), ("place", "Hertfordshire")}),
])
def test_owned_departments_operator_lists_and_irish_and_english_counties(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


def test_the_page_a_body_posted_on_is_not_who_spoke():
    text = ("Cambodia's Ministry of National Defence gave a different account. In a statement posted on its "
            "Facebook page, it said Thai soldiers had \"intruded deep into Cambodian territory\".")
    said = [e for e in extract_article(text).entries if e.kind in ("quote", "claim")]
    assert said and {e.speaker for e in said} == {"Ministry of National Defence"}


def test_a_surname_that_is_also_a_city_names_the_person_before_who():
    text = ("The release came hours after Inês Albuquerque, who led the risk team, published a letter. "
            "Albuquerque, who joined the firm in 2022, said she had resigned.\n\n"
            "\u201cI\u2019m not saying it is dangerous,\u201d she said.")
    x = extract_article(text)
    assert ("place", "Albuquerque") not in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "quote"] == ["Inês Albuquerque"]


@pytest.mark.parametrize("text, speaker", [
    ("Norvane Labs launched Kestrel 3 on Wednesday. The San Francisco startup says the model beats its "
     "predecessor by wide margins.", "Norvane Labs"),
    ("Libya's coastguard said in a statement it had recovered 22 bodies and was still searching.", "Libya's coastguard"),
])
def test_a_body_named_with_its_place_or_country_speaks(text, speaker):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == [speaker]


def test_every_gazetteer_name_is_one_line():
    """A table line that lacks its closing ";" runs into the next line's first name ("Polisario Front\nSejm"),
    and both are lost."""
    from newsdigest.extract import gazetteer as gz
    bad = [n for table in (gz.ORGS, gz.PLACES) for n in table if "\n" in n or n != n.strip()]
    assert bad == []
    assert gz.ORGS["Sejm"] == "Sejm" and gz.ORGS["Polisario Front"] == "Polisario Front"


@pytest.mark.parametrize("sentence, ents", [
    ("The bill passed in the Sejm on Friday.", {("organisation", "Sejm")}),
    ("The 2030 edition will be held in the French Alps.", {("place", "French Alps")}),
    ("Protesters gathered outside the State Library on Sunday.", {("place", "State Library")}),
    ("Evacuees were taken to the Ridge County Fairgrounds overnight.", {("place", "Ridge County Fairgrounds")}),
    ("He was released from HMP Bedford on Tuesday.", {("place", "HMP Bedford")}),
])
def test_parliaments_ranges_venues_and_prisons(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


def test_a_noun_that_looks_like_a_reporting_verb_after_that_the_does_not_crash():
    """', but cautioned that the estimate could change': "the estimate" is no subject that
    says something, and the relative-clause reader once failed on it (IndexError)."""
    x = extract_article("Officials said the repair would take weeks, but cautioned that the estimate could change "
                        "once the damaged components have been inspected.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Officials"]


@pytest.mark.parametrize("sentence, person, title", [
    ("The state's police spokesman, SP Olayinka Fadeyi, confirmed the incident.", "Olayinka Fadeyi", "SP"),
    ("ASP Nuhu Garba said a tactical team had been deployed.", "Nuhu Garba", "ASP"),
    ("The state chairman of the NLC, Comrade Adebayo Ogunsola, said the congress would not back down.",
     "Adebayo Ogunsola", "Comrade"),
    ("The village head, Mai Unguwa Ibrahim Sani, confirmed the abduction.", "Ibrahim Sani", "Mai Unguwa"),
    ("The queen mother of the yam sellers, Nana Ama Serwaa Kumi, said prices had risen.", "Ama Serwaa Kumi", "Nana"),
    ("The paramount ruler, HRM Ebikeme Tonye-Ere, is asking the court to act.", "Ebikeme Tonye-Ere", "HRM"),
])
def test_west_african_police_ranks_and_traditional_titles_are_titles(sentence, person, title):
    people = {e.name for e in extract_article(sentence).entities if e.type == "person"}
    assert person in people and not any(n.startswith(title + " ") for n in people)


@pytest.mark.parametrize("sentence, ents", [
    ("Ghana and Côte d\u2019Ivoire produce most of the world's cocoa.",
     {("place", "Ghana"), ("place", "Côte d\u2019Ivoire")}),
    ("Traders at Kwame Nkrumah Circle and Makola Market said prices had risen.",
     {("place", "Kwame Nkrumah Circle"), ("place", "Makola Market")}),
    ("Bandits abducted 23 residents of Kasuwan Magani in Kajuru Local Government Area of Kaduna State on Monday.",
     {("place", "Kasuwan Magani"), ("place", "Kajuru Local Government Area"), ("place", "Kaduna State")}),
    ("The UDP candidate for the Bakau New Town ward filed a petition.",
     {("organisation", "UDP"), ("place", "Bakau New Town")}),
    ("The judge adjourned the matter after counsel to the company, Olumide Bakare, SAN, asked for time.",
     {("person", "Olumide Bakare")}),
    ("Labour leaders are expected to meet the president at the Presidential Villa on Thursday.",
     {("place", "Presidential Villa")}),
])
def test_west_african_places_and_an_honour_after_a_name(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} >= ents


def test_a_site_written_with_a_lower_case_noun_is_the_place_it_is_named_for():
    from newsdigest.extract.names import entity_key
    assert entity_key("place", "Zamzam camp") == entity_key("place", "Zamzam")
    assert entity_key("place", "Oje market") == entity_key("place", "Oje")
    assert entity_key("place", "Makola Market") != entity_key("place", "Makola")  # a name of its own


def test_in_a_sports_report_a_town_that_plays_is_its_club():
    text = ("Lyon rejected a second bid for their striker on Monday. The Ligue 1 club want a fee closer to the "
            "transfer record, and Brighton are weighing a loan. The midfielder joined Lyon in 2021.")
    ents = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("organisation", "Lyon"), ("organisation", "Brighton")} <= ents
    assert ("place", "Lyon") not in ents


def test_outside_a_sports_report_the_town_stays_a_place():
    ents = {(e.type, e.name) for e in extract_article("Police in Lyon arrested 12 people on Monday.").entities}
    assert ("place", "Lyon") in ents


@pytest.mark.parametrize("sentence, ents", [
    ("The Detroit Lions beat the Miami Dolphins on Sunday.",
     {("organisation", "Detroit Lions"), ("organisation", "Miami Dolphins")}),
    ("Crystal Palace and Nottingham Forest drew 1-1 in the Premier League.",
     {("organisation", "Crystal Palace"), ("organisation", "Nottingham Forest"), ("organisation", "Premier League")}),
])
def test_teams_named_for_a_town_and_clubs_the_gazetteer_knows(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities} >= ents


def test_a_place_whose_name_ends_in_a_plural_is_no_team():
    ents = extract_article("Tourists flocked to the Florida Keys and the Golan Heights.").entities
    assert not [e for e in ents if e.type == "organisation"]


@pytest.mark.parametrize("sentence, ents", [
    ("The Government of Åland said the ferry had been refloated.", {("organisation", "Government of Åland")}),
    ("Operator Renaissance Africa Energy said the line was shut.", {("organisation", "Renaissance Africa Energy")}),
    ("Copper rose 3% on Monday after a landslide at a Chilean mine. Codelco said no workers were hurt, and "
     "traders said supply was tight.", {("organisation", "Codelco")}),
    ("Workers walked out at the port on Monday. Medlingsinstitutet said talks would resume on Friday.",
     {("organisation", "Medlingsinstitutet")}),
    ("'We lost this vote,' a 19-year-old student named Mariam said on Wednesday.", {("person", "Mariam")}),
    ("Sénégal and Mali signed the deal.", {("place", "Sénégal"), ("place", "Mali")}),
])
def test_governments_of_apposition_nouns_accents_and_a_lone_word_that_speaks(sentence, ents):
    """A lone unknown word that speaks, with no one in the article bearing it as a name, is a body:
    news names a person in full first (but "a student named Mariam" is one)."""
    assert {(e.type, e.name) for e in extract_article(sentence).entities} == ents


def test_one_body_under_its_company_form_and_a_city_apart_from_its_country():
    from newsdigest.extract.names import entity_key
    text = ("Nordvik Chemicals agrees deal\n\nNordvik Chemicals ASA agreed to buy a rival on Monday, "
            "its chief executive said in Mexico City. Mexico's regulator must approve it.")
    orgs = [e.name for e in extract_article(text).entities if e.type == "organisation"]
    assert len(orgs) == 1 and orgs[0].startswith("Nordvik Chemicals")
    assert entity_key("place", "Mexico City") != entity_key("place", "Mexico")
    assert entity_key("place", "Kursk region") == entity_key("place", "Kursk")


@pytest.mark.parametrize("text, quote", [
    ("\u2018We won\u2019t overpay,\u2019 Holm said.", "We won\u2019t overpay"),
    ("Holm said: \u2018We have a clear idea. We won\u2019t overpay for anybody.\u2019",
     "We have a clear idea. We won\u2019t overpay for anybody."),
])
def test_a_curly_single_quote_holds_its_apostrophes(text, quote):
    """British copy: \u2018...\u2019 with "won\u2019t" inside, whose mark is followed by a letter."""
    quotes = [(e.text, e.speaker) for e in extract_article(text).entries if e.kind == "quote"]
    assert quotes == [(quote, "Holm")]


def test_a_run_of_titles_names_no_one():
    text = ("Announcing the decision on Monday, the Second Deputy Governor, Dr Abena Kyerewaa Mensah-Bonsu, said "
            "inflation remained on a downward path.")
    x = extract_article(text)
    assert {e.name for e in x.entities if e.type == "person"} == {"Abena Kyerewaa Mensah-Bonsu"}
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Abena Kyerewaa Mensah-Bonsu"]


def test_a_person_described_by_an_appositive_is_who_she_is():
    text = ("Fatou Sarr, a fish seller, walked from Thiaroye to the market. \u201cSince five o'clock I have been "
            "waiting. Nothing came,\u201d she said.")
    x = extract_article(text)
    assert ("person", "Fatou Sarr") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "quote"] == ["Fatou Sarr"]


def test_an_unnamed_steward_speaks_and_is_the_he_after():
    text = ("A shop steward at the port, who did not want to be named, told The Local that many workers were "
            "prepared to extend the action. \u201cPeople are angry, not tired,\u201d he said.")
    said = [(e.kind, e.speaker) for e in extract_article(text).entries if e.kind in ("quote", "claim")]
    assert said == [("claim", "A shop steward at the port"), ("quote", "A shop steward at the port")]


def test_two_areas_joined_by_and_make_one_police_force():
    ents = {(e.type, e.name) for e in extract_article(
        "Mid and West Zealand Police said the ferry hit the quay on Monday.").entities}
    assert ents == {("organisation", "Mid and West Zealand Police")}


@pytest.mark.parametrize("text, speaker", [
    ("The ministry was told of the decision in advance and will not block it, a source at the ministry told "
     "Reuters on condition of anonymity.", "a source at the ministry"),
    ("A senior official at the environment agency said the permit would be reviewed.",
     "A senior official at the environment agency"),
])
def test_a_source_at_a_body_speaks_as_written_even_on_condition_of_anonymity(text, speaker):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("sentence, ents", [
    ("Spaniard Carlos Alcaraz won the final on Sunday.", {("person", "Carlos Alcaraz")}),
    ("Lithuanian Christian Democrats lost ground.", set()),
    ("Southeast Asian buyers and Middle Eastern refiners bought more cargoes in South Sudan.", {("place", "South Sudan")}),
])
def test_nationalities_before_a_name_and_region_adjectives(sentence, ents):
    assert {(e.type, e.name) for e in extract_article(sentence).entities if e.type != "organisation"} == ents


@pytest.mark.parametrize("text, speaker", [
    ("Labour sources said the party had struggled to motivate its voters.", "Labour sources"),
    ("Pentagon officials said the strike hit a depot.", "Pentagon officials"),
    ("The Benghazi-based administration said it would halt all oil production and exports.",
     "Benghazi-based administration"),
])
def test_a_bodys_unnamed_people_and_an_administration_speak_as_written(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Chocolate makers have warned that higher cocoa costs will feed through into retail prices.", "Chocolate makers"),
    ("Insurers said claims for flood damage had risen sharply.", "Insurers"),
    ("Farmers around Daloa said they had started to abandon older plots.", "Farmers"),
])
def test_makers_and_insurers_speak_and_a_place_around_which_people_live_does_not(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # ("the Fund" is the IMF named before: session 13 reads capitalised bodies referred back to)
    ("The IMF approved the loan. In its most recent staff report, the Fund said the programme was on track.",
     "International Monetary Fund"),
    ("The IMF approved the loan. In a staff report, the Fund said the programme was on track.",
     "International Monetary Fund"),
])
def test_a_report_named_before_the_subject_is_where_it_was_said_not_who_said_it(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Joy Business reported the auction. A foreign exchange dealer at a commercial bank in Accra, who asked not to be "
     "named because he is not authorised to speak to the media, said corporate demand was strong.",
     "A foreign exchange dealer at a commercial bank in Accra"),
    ("The WHO met on Monday. One scientist involved in the WHO’s deliberations, who spoke on condition of anonymity "
     "because the process is confidential, said a recommendation was unlikely.",
     "One scientist involved in the WHO’s deliberations"),
    ("Camila Arbeláez Mejía spoke earlier. In the sports hall, a doctor who asked not to be named because she works "
     "for the municipal health service said at least 30 children had arrived with infections.", "a doctor"),
])
def test_an_unnamed_source_whose_aside_says_why_speaks_as_written(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


def test_a_named_expert_with_an_indefinite_appositive_keeps_the_name():
    text = ("Professor Anjali Mehta, a cardiologist at Imperial College London, who was not involved in the study, "
            "said the results were promising.")
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == ["Anjali Mehta"]


def test_an_anonymous_juror_is_who_she_said_means():
    text = ("Natalie Brennan-Cho, the defence lawyer, welcomed the verdict.\n\nOne juror, who spoke to WTSP by phone "
            "on the condition that she not be identified, said the panel was troubled by gaps in the records. "
            "\"Nobody could tell us whose hands were on that spreadsheet,\" she said.")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.speaker for q in quotes] == ["One juror"]


@pytest.mark.parametrize("text, speaker", [
    ("The WHO's representative in Chad, Dr. Fatoumata Diallo-Koné, said a vaccination campaign would begin next week.",
     "Fatoumata Diallo-Koné"),
    ("Qatar’s Minister of State at the Foreign Ministry, Saad bin Rashid al-Mansouri, said both sides had shown "
     "flexibility.", "Saad bin Rashid al-Mansouri"),
    ("Dr Tafadzwa Nyasha Marufu, permanent secretary in the Ministry of Lands, Agriculture and Water, says "
     "preliminary figures show a poor harvest.", "Tafadzwa Nyasha Marufu"),
])
def test_a_bodys_officer_named_in_apposition_speaks_not_the_body(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("It reached an altitude of more than 7,000km, according to Japan's Ministry of Defense.", "Ministry of Defense"),
    ("The contract has been awarded to a consortium, according to Tanzania Railways Corporation (TRC) "
     "director-general Elibariki Ngowi.", "Elibariki Ngowi"),
    ("OPEC+ met on Sunday. The group, which includes Saudi Arabia, Russia, Iraq and Kazakhstan, said in a statement "
     "that it would add 138,000 barrels per day.", "Organization of the Petroleum Exporting Countries"),
    ("Analysts who follow the Sahel expect attacks on supply routes to intensify.", "Analysts"),
])
def test_the_speaker_is_the_subject_not_a_name_in_its_modifiers(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Dmitri Sokolov was sentenced on Tuesday. According to prosecutors, Sokolov was a core member of a ransomware "
     "crew.", "prosecutors"),
    ("The Carolina Panthers lost again. According to a team source, the Panthers have also been monitoring the "
     "workload of Kendall Reese.", "a team source"),
])
def test_an_opening_according_to_ends_its_agent_at_the_comma(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


def test_a_name_inside_what_is_reported_is_not_who_he_is():
    text = ("Jean-Baptiste Mérisier, 57, pleaded guilty on Tuesday.\n\n"
            "Assistant U.S. Attorney Kevin Adeyemi told reporters that the deal was the fastest way to get money back "
            "to victims. Prosecutors had weighed the risk of a lengthy trial against the value of Mérisier's "
            "cooperation, he said.")
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == ["Kevin Adeyemi"] * 2


def test_superintendent_of_police_is_a_title():
    x = extract_article("Sepahijala Superintendent of Police Arindam Debbarma said a case had been registered.")
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Arindam Debbarma"]
    assert ("person", "Arindam Debbarma") in {(e.type, e.name) for e in x.entities}


def test_a_body_after_a_titled_three_word_name_and_of_is_an_organisation():
    text = ("\u201cThe country cannot wait,\u201d said Congresswoman Milagros Huanca Ccori of Fuerza Popular, while "
            "Congressman Raúl Benavides Soto of Perú Libre called the vote a coup.")
    ents = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("organisation", "Fuerza Popular"), ("organisation", "Perú Libre")} <= ents


@pytest.mark.parametrize("sentence, org", [
    ("The next government will inherit Codelco's struggle to lift output.", "Codelco"),
    ("Prices were assessed by Platts on Tuesday.", "S&P Global Platts"),
    ("The report was first carried by IANS on Monday.", "Indo-Asian News Service"),
])
def test_well_known_companies_and_agencies_are_organisations(sentence, org):
    assert ("organisation", org) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, org", [
    ("Shares of Advanced Micro Devices fell 3% after the close.", "Advanced Micro Devices"),
    ("Gold exports from the mine operated by Canada's Northfield Minerals were suspended.", "Northfield Minerals"),
    ("Kestrel Instruments will build the plant near Austin.", "Kestrel Instruments"),
])
def test_a_name_ending_in_a_business_word_is_a_company(sentence, org):
    assert ("organisation", org) in {(e.type, e.name) for e in extract_article(sentence).entities}


@pytest.mark.parametrize("sentence, orgs", [
    ("The review criticised the Crown Prosecution Service and Medway council for delays.",
     {"Crown Prosecution Service"}),
    ("The deal was advised by Centerview Partners and Wachtell on the company's side.", {"Centerview Partners"}),
    ("Patients of King's College Hospital and Guy's and St Thomas' were diverted.", set()),
])
def test_a_body_ends_at_its_head_noun_before_and_a_name(sentence, orgs):
    names = {e.name for e in extract_article(sentence).entities}
    assert orgs <= names and not any(" and " in n for n in names if n.startswith(("Crown", "Centerview")))
    assert "Guy" not in names


@pytest.mark.parametrize("text, speaker", [
    ("Several former cricketers have warned that the infighting could distract the team.", "Several former cricketers"),
    ("Ministers have said that the policy will not require compensation payments.", "Ministers"),
])
def test_a_plural_kind_of_people_speaks_as_written(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Some detainees were beaten and subjected to electric shocks, the prosecution alleges.", "prosecution"),
    ("Prosecutors allege that Smith moved $9 million to accounts abroad.", "Prosecutors"),
])
def test_alleges_reports_what_its_subject_says(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


def test_a_report_that_alleges_is_attributed_by_a_later_according_to():
    text = ("The police report, sent to the Supreme Court, alleges that the plan included an assassination, according "
            "to two people with knowledge of the document.")
    # (a guard: without it the new "alleges" cue gave the claim to the Supreme Court)
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == ["two people"]


def test_a_long_quote_named_in_the_paragraph_after_it():
    text = ("The rules took effect on Monday.\n\n"
            "\u2018The AI Office has the headcount of a mid-sized law firm. It will have to pick its fights.\n\n"
            "\u2018My guess is that the first real test will be about copyright.\u2019\n\n"
            "So says Dr Léa Fontaine-Roux, a former Commission official who now advises technology companies.")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert quotes and {q.speaker for q in quotes} == {"Léa Fontaine-Roux"}


@pytest.mark.parametrize("text, speaker", [
    ("A lecturer at the Institute of Local Government Studies, Dr Adwoa Nyarko-Mensah, said such disputes would "
     "continue.", "Adwoa Nyarko-Mensah"),
    ("Announcing the decision, the Chief Executive of the Ghana Cocoa Board (COCOBOD), Dr Yaw Asamoah-Boadu, said the "
     "increase was meant to reward farmers.", "Yaw Asamoah-Boadu"),
])
def test_a_person_in_apposition_after_a_role_at_a_body_speaks(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


def test_an_unnamed_source_speaking_on_condition_of_anonymity_speaks_as_written():
    text = ("Rail operators met ministers on Monday. One senior industry figure, speaking on condition of anonymity "
            "because talks were continuing, said the network was \u201cstretched to breaking point\u201d.")
    said = {(e.kind, e.speaker) for e in extract_article(text).entries if e.kind in ("quote", "claim")}
    assert ("quote", "One senior industry figure") in said


@pytest.mark.parametrize("text, speaker", [
    ("The deal was signed in May. According to the agreement, he has already handed the government records of "
     "accounts in the Bahamas.", "the agreement"),
    ("The court cut the fine. One Brussels-based lawyer who acts for technology companies said the reduction showed "
     "judges were still prepared to intervene.", "One Brussels-based lawyer"),
])
def test_a_document_or_an_unnamed_person_with_a_relative_clause_speaks_as_written(text, speaker):
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == [speaker]


def test_a_name_in_the_relative_clause_is_the_speaker():
    # (a guard for the rule above: a relative clause that names the person hands the claim to the name)
    text = ("Gunmen attacked the church on Sunday. A resident who gave his name only as Ishaya said the attackers "
            "arrived at around 9:00 am.")
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == ["Ishaya"]


@pytest.mark.parametrize("a, b", [
    ("Houthi movement", "Houthis"), ("Ansar Allah", "Houthis"), ("Kata'ib Hizballah", "Kataib Hezbollah"),
    ("Platts", "S&P Global Platts"), ("Norilsk Nickel", "Nornickel"), ("Israeli military", "Israel Defense Forces"),
])
def test_well_known_aliases_are_one_organisation(a, b):
    assert entity_key("organisation", a) == entity_key("organisation", b)


def test_a_bodys_name_its_acronym_and_its_kind_speak_as_the_body():
    text = ("The United Kingdom Maritime Trade Operations (UKMTO) agency said the vessel reported an explosion in the "
            "water.")
    assert [e.speaker for e in extract_article(text).entries if e.kind == "claim"] == \
        ["United Kingdom Maritime Trade Operations"]


def test_a_partial_quote_after_a_report_opener_is_the_subjects():
    text = ("The IMF itself has been unusually blunt. In its most recent staff report, the Fund said the "
            "\u201cfootprint\u201d of state-owned companies remained large.")
    said = {(e.kind, e.speaker) for e in extract_article(text).entries if e.kind in ("quote", "claim")}
    imf = "International Monetary Fund"  # "the Fund": the IMF named before
    assert ("quote", imf) in said and all(speaker == imf for _, speaker in said)


@pytest.mark.parametrize("sentence", [
    "Annual inflation came in at 4.53% in February, well above forecasts.",
    "A man who stabbed a delivery driver has been jailed for life and told he must serve at least 22 years.",
])
def test_a_noun_or_a_passive_is_not_a_cue(sentence):
    # ("forecasts" after "well above" is a noun; "and told he must serve" is the passive's second verb)
    assert [e for e in speech(LEAD + sentence) if e[0] == "claim"] == []


@pytest.mark.parametrize("sentence, speaker", [
    ("A party functionary, who did not wish to be named, said the leadership had anticipated losses in Thrissur.",
     "A party functionary"),
    ("Analysts at Goldman Sachs forecast annual inflation of around 30% by December.", "Goldman Sachs"),
    ("Reform bills keep coming back, and several lobbyists tracking the talks said the likeliest path runs through "
     "a spending package.", "several lobbyists tracking the talks"),
    ("Detectives said the murder investigation remained open.", "Detectives"),
    ("Fishermen in Ranai, the capital of Natuna regency, said foreign vessels had become more frequent.",
     "Fishermen in Ranai"),
    # (not the superintendent named before: "his" is the boy's)
    ("Superintendent Tania Kupenga said the officer had been retrained. His aunt said he still had scars on his back.",
     "His aunt"),
])
def test_unnamed_people_as_the_subject_speak_as_written(sentence, speaker):
    assert spoken_by(speech(LEAD + sentence), "claim")[-1:] == [speaker]


@pytest.mark.parametrize("sentence, person, role", [
    # a portfolio the gazetteer knows, then a name whose given name it does not know
    ("'The situation is serious,' says Minister of Defence Sigrun Hovland Aasen.", "Sigrun Hovland Aasen",
     "Minister of Defence"),
    # "partner" names a body in "its partner Foxconn", but a person after a firm's name
    ("“Power is the binding constraint,” said Greyfield partner Sanna Virtanen.", "Sanna Virtanen", "Greyfield partner"),
])
def test_a_person_after_a_portfolio_or_a_firms_partner(sentence, person, role):
    x = extract_article(LEAD + sentence)
    assert ("person", person) in {(e.type, e.name) for e in x.entities}
    assert [(e.speaker, e.role) for e in x.entries if e.kind == "quote"] == [(person, role)]


def test_a_bodys_name_ending_in_ly_and_its_aside_before_the_verb():
    # "Stridely," opens sentences like "Separately," does, but "Stridely is urging" shows it is a name; the
    # aside's places and "users' data" do not speak
    text = ("Stridely, the running app that has become one of Strava's biggest rivals, says hackers broke into its "
            "systems. Stridely, which is based in London but handles European users' data through an office in "
            "Dublin, said it had notified the regulator. Stridely is urging users to be wary of phishing emails.")
    x = extract_article(text)
    assert ("organisation", "Stridely") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "claim"][:2] == ["Stridely", "Stridely"]


def test_a_subject_described_then_named_speaks_not_the_body_in_its_description():
    text = ("The Dutch MEP who steered the file through Parliament, Jeroen Vollebregt of the centre-right European "
            "People's Party (EPP), told reporters he was \"proud but not naive\".")
    assert spoken_by(speech(LEAD + text), "quote") == ["Jeroen Vollebregt"]


def test_a_live_blog_heading_quote_by_a_bare_role_is_the_role_as_written():
    # (not the organisation quoted in the entry before it)
    text = ("Amnesty International called the outcome \"a dark day for refugees\".\n\n"
            "4:05pm: 'A system that finally works,' says rapporteur\n\nThe vote passed.")
    assert spoken_by(speech(LEAD + text), "quote") == ["Amnesty International", "rapporteur"]


def test_the_agency_is_the_body_an_appositive_called_an_agency():
    text = ("On Thursday, agents from Ibama, the federal environmental agency, and the Federal Police launched an "
            "operation in Pará. The agents seized 1,200 head of cattle and destroyed two airstrips, the agency said.")
    assert spoken_by(speech(LEAD + text), "claim") == ["Ibama"]


def test_the_company_is_the_sentence_subject_just_before_not_an_earlier_described_company():
    text = ("DTEK, Ukraine's largest private energy company, said equipment at two plants was damaged. "
            "National grid operator Ukrenergo introduced emergency power outages in Kyiv on Friday. "
            "The company warned that scheduled outages would likely continue through the weekend.")
    assert spoken_by(speech(LEAD + text), "claim")[-1] == "Ukrenergo"


def test_a_companys_first_word_opening_a_sentence_is_the_company():
    text = ("Vltava Industries launched a hostile takeover bid for German packaging maker Kessler Verpackung AG on "
            "Tuesday.\n\nKessler shares jumped 24.6% by midday.\n\nKessler's management and supervisory boards said "
            "in a joint statement they would review the offer.")
    x = extract_article(text)
    assert {e.name for e in x.entities} == {"Vltava Industries", "Kessler Verpackung"}  # (not "Kessler" apart)
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Kessler Verpackung"]


def test_a_name_ending_in_apostrophe_s_can_speak():
    # ("Moody's said" is a name, not "analysts' estimates")
    text = "Moody's said last month that the reform could weigh on Mexico's sovereign credit profile."
    assert spoken_by(speech(LEAD + text), "claim") == ["Moody's"]


@pytest.mark.parametrize("sentence, speaker", [
    ("At least 17 people have died in the protests, according to rights organisations, most of them in Caracas.",
     "rights organisations"),
    ("The Vinci engine has restarted for its second burn, according to the launch commentary.",
     "the launch commentary"),
    # a document: whoever issued it, the body quoted before
    ("Stridely said it had been hacked. Card details weren't affected, according to the email.", "Stridely"),
])
def test_a_closing_according_to_that_names_no_one_known_is_still_a_claim(sentence, speaker):
    assert spoken_by(speech(LEAD + sentence), "claim")[-1:] == [speaker]


def test_according_to_its_own_papers_is_no_ones_claim():
    text = "The ferry was carrying 142 passengers and crew according to its manifest."
    assert spoken_by(speech(LEAD + text), "claim") == []


def test_a_participle_reports_a_clause_that_opens_with_any_word():
    text = ("The American Clean Power Association, which represents wind and solar developers, endorsed the measure on "
            "Tuesday, saying faster approvals were essential to connect 2,600 gigawatts of projects.")
    assert spoken_by(speech(LEAD + text), "claim") == ["American Clean Power Association"]
    # (a guard: "telling the council that the co-penholders had ..." still reports what follows "that")
    text = ("Ambassador Corinne Studer introduced the text, telling the council that the co-penholders had listened "
            "to every delegation.")
    assert [(s, c) for k, _, _, s, c in speech(LEAD + text) if k == "claim"] == \
        [("Corinne Studer", "telling the council")]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("The regulator approved the pill, in what doctors described as the first new class of treatment in decades.",
     "doctors", "the first new class of treatment in decades"),
    ("It is part of a crackdown on an industry that state auditors have described as riddled with sham providers.",
     "state auditors", "riddled with sham providers"),
    ("Israeli forces seized the crossing, a move Egyptian officials privately describe as a breach of the spirit, if "
     "not the letter, of the 1979 treaty.", "Egyptian officials",
     "a breach of the spirit, if not the letter, of the 1979 treaty"),
])
def test_what_someone_described_as_is_their_claim(sentence, speaker, words):
    assert [(s, t) for k, _, t, s, _ in speech(LEAD + sentence) if k == "claim"] == [(speaker, words)]


@pytest.mark.parametrize("sentence, speakers", [
    ("Figures released by the Ministry of Health show 1,583 new HIV cases were recorded in 2024.",
     ["Ministry of Health"]),
    ("Her reputation recovered slowly, and the Tate show introduced her to a generation of collectors.", []),
    ("Within three weeks, records show, both ships had been renamed.", []),
])
def test_figures_that_show_numbers_report_them(sentence, speakers):
    assert spoken_by(speech(LEAD + sentence), "claim") == speakers


def test_accusing_someone_of_something_is_a_claim_by_the_subject():
    text = ("The UK sanctioned three units of the GRU, with the government accusing them of a years-long campaign of "
            "cyber attacks.")
    assert spoken_by(speech(LEAD + text), "claim") == ["government"]
    # (a guard: "lawsuits accusing the company of ..." are the lawsuits', not the company's that settles them)
    text = "Calloway will pay $310 million to settle lawsuits accusing the company of inflating insulin prices."
    assert spoken_by(speech(LEAD + text), "claim") == []


def test_an_unnamed_source_keeps_where_they_work_and_is_referred_back_to():
    text = ("Carmakers brace for a chip squeeze\n\n"
            "\u2018We have perhaps six weeks of buffer,\u2019 said a senior procurement manager at a German "
            "manufacturer, who asked not to be named.\n\nFor now, the question is arithmetic. \u2018Everyone is "
            "calling the same three suppliers,\u2019 the German procurement manager said.")
    assert spoken_by(speech(text), "quote") == ["a senior procurement manager at a German manufacturer"] * 2


def test_a_denial_in_the_present_is_a_claim_as_in_the_past():
    for verb in ("denies", "denied"):
        text = f"The Kremlin {verb} deliberately targeting civilians, though thousands have been killed since 2022."
        assert spoken_by(speech(LEAD + text), "claim") == ["Kremlin"], verb


@pytest.mark.parametrize("sentence", [
    "Kessler shares jumped 24.6% by midday, suggesting some investors expect a higher offer.",
    "Aerodesk's chief executive, Henrik Lindqvist, has apologised in a video posted on LinkedIn.",
])
def test_an_inference_or_a_posted_video_is_nobodys_claim(sentence):
    assert spoken_by(speech(LEAD + sentence), "claim") == []


def test_a_source_inside_a_relative_clause_is_the_source_alone():
    text = "Police detained him over a coal purchase that prosecutors say caused losses of 9 million euros."
    assert spoken_by(speech(LEAD + text), "claim") == ["prosecutors"]


def test_a_bodys_members_speak_past_a_however():
    text = "DMK leaders, however, indicated that the party would not part with more seats than it did in 2021."
    assert spoken_by(speech(LEAD + text), "claim") == ["DMK leaders"]


def test_a_body_known_as_a_name_is_that_body():
    text = "The U.N. agency for Palestinian refugees, known as UNRWA, warned that famine was \"imminent\" in Gaza."
    assert spoken_by(speech(LEAD + text), "quote") == ["UNRWA"]


def test_a_name_whose_rocket_or_shares_are_spoken_of_is_a_firm():
    # ("Aurora" is also a given name: what the name owns tells that it is a firm)
    text = ("Aurora Orbital's first rocket broke apart two minutes after liftoff on Wednesday.\n\n"
            "In a follow-up statement, Aurora said a preliminary review pointed to an engine anomaly. "
            "It said no one was injured and that the debris fell inside the hazard area.")
    x = extract_article(text)
    assert ("organisation", "Aurora Orbital") in {(e.type, e.name) for e in x.entities}
    assert [e.speaker for e in x.entries if e.kind == "claim"] == ["Aurora Orbital", "Aurora Orbital"]


def test_the_medium_that_quoted_a_source_does_not_speak():
    text = ("Pakistani security officials, quoted by the state-run Associated Press of Pakistan (APP), however "
            "claimed that Pakistani posts had \"responded in kind\" to the firing.")
    assert set(spoken_by(speech(LEAD + text), "quote")) == {"Pakistani security officials"}


def test_the_statement_is_the_one_a_body_was_named_as_issuing():
    text = ("PESHAWAR (Reuters) - Militants attacked a checkpoint on Tuesday, police said.\n\nTwo attackers were killed, "
            "according to a statement from the provincial police. A search operation was under way, the statement "
            "said.\n\n\u201cEvery ally wants more,\u201d said a senior DMK functionary who did not wish to be named.")
    got = speech(text)
    assert spoken_by(got, "claim")[-1] == "provincial police"
    assert spoken_by(got, "quote") == ["a senior DMK functionary"]


def test_an_announcement_at_the_end_stays_a_claim_when_a_clause_of_when_follows():
    text = ("Saudi Arabia will cut its crude production by a further 1 million barrels per day in July, "
            "Energy Minister Prince Abdulaziz bin Salman announced on Sunday, after OPEC+ agreed to extend "
            "existing output limits.")
    assert spoken_by(speech(LEAD + text), "claim") == ["Abdulaziz bin Salman"]


@pytest.mark.parametrize("sentence, speakers", [
    ("The plan comes a week after Harlow Semiconductor announced it would spend $25 billion on two plants.",
     ["Harlow Semiconductor"]),
    ("Harlow Semiconductor announced the closure of its plant in Ohio on Tuesday.", []),  # a decision: no claim
])
def test_announced_it_would_reports_a_claim_in_mid_sentence(sentence, speakers):
    assert spoken_by(speech(LEAD + sentence), "claim") == speakers


@pytest.mark.parametrize("text, ent", [
    # "Abu" is a given name, but "Oil" and "Co." make a company of it
    ("JERA had also negotiated with QatarEnergy and Abu Dhabi National Oil Co. before settling on Shell.",
     ("organisation", "Abu Dhabi National Oil Co.")),
    ("JERA signed agreements in May with NextDecade Corp. and Sempra Infrastructure for cargoes.",
     ("organisation", "Sempra Infrastructure")),
])
def test_oil_co_and_infrastructure_name_companies(text, ent):
    got = {(e.type, e.name) for e in extract_article(text).entities}
    assert any(t == ent[0] and same_entity(Entity(t, n), Entity(*ent)) for t, n in got), got


@pytest.mark.parametrize("sentence, names", [
    ("The Navy said General Dynamics Electric Boat and HII were behind schedule.",
     {"General Dynamics Electric Boat", "HII"}),
    ("The contract went to Cheniere Energy and Sempra Infrastructure last year.",
     {"Cheniere Energy", "Sempra Infrastructure"}),
    # one body: a common word before "and", a body's own words after it
    ("Greater Manchester Fire and Rescue Service said the fire was out.",
     {"Greater Manchester Fire and Rescue Service"}),
    ("Ukraine's National Security and Defense Council met on Monday.", {"National Security and Defense Council"}),
    ("The NAACP Legal Defense and Educational Fund sued the state.", {"NAACP Legal Defense and Educational Fund"}),
    ("More than 600 patients were on trolleys, according to the Irish Nurses and Midwives Organisation.",
     {"Irish Nurses and Midwives Organisation"}),
    ("Customers moved their data to Amazon Web Services and Google Cloud last year.",
     {"Amazon Web Services", "Google Cloud"}),
    ("The Centers for Disease Control and Prevention said the risk was low.",
     {"Centers for Disease Control and Prevention"}),
])
def test_two_companies_joined_by_and_are_two(sentence, names):
    assert {e.name for e in extract_article(sentence).entities if e.type == "organisation"} == names


@pytest.mark.parametrize("sentence, person, title", [
    ("The council's cabinet member for transport, Coun Nadeem Ashraf, urged both sides to talk.", "Nadeem Ashraf",
     "Coun"),
    ("Rear Adm. Keith Lorimer endorsed the findings on Tuesday.", "Keith Lorimer", "Rear"),
    ("The squadron's commanding officer, Cmdr. Ian Petrakis, was relieved in May.", "Ian Petrakis", "Cmdr"),
    ("Petty Officer Dana Ruiz was rescued from the water.", "Dana Ruiz", "Petty"),
])
def test_council_and_naval_ranks_are_titles(sentence, person, title):
    names = {e.name for e in extract_article(sentence).entities if e.type == "person"}
    assert person in names and not any(n.startswith(title) for n in names), names


@pytest.mark.parametrize("sentence, date", [
    ("The ceasefire began on 22nd October.", "2025-10-22"),             # an ordinal before the month
    ("Troops withdrew on 14th March 2025, officials said.", "2025-03-14"),
    ("Rebels seized the town on 1st Sept.", "2025-09-01"),
    ("Police arrested two men on May 3rd.", "2025-05-03"),
])
def test_ordinal_days_resolve_on_either_side_of_the_month(sentence, date):
    events = [e for e in extract_article(sentence, published="2025-11-01").entries if e.kind == "event"]
    assert [e.date for e in events] == [date]


def test_every_written_day_and_month_resolves_without_error():
    months = ["January", "Feb", "March", "Apr.", "May", "June", "Jul", "August", "Sept", "Oct.", "November", "Dec"]
    for day in range(1, 32, 3):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
        for month in months:
            for when in (f"{day}{suffix} {month}", f"{month} {day}{suffix}", f"{day} {month}",
                         f"the {day}{suffix} of {month}"):
                events = [e for e in extract_article(f"Troops withdrew on {when}, officials said.",
                                                     published="2025-12-31").entries if e.kind == "event"]
                assert len(events) == 1, when
                assert events[0].date is None or events[0].date.startswith("2025-"), (when, events[0].date)


@pytest.mark.parametrize("sentence, speakers", [
    ("A Reuters survey published on Friday found OPEC output averaged 28.9 million barrels per day in February.",
     ["Reuters"]),
    ("The rover has found a rock that may hold signs of ancient life.", []),  # a finding, not a report
])
def test_a_survey_or_report_that_found_something_reports_a_claim(sentence, speakers):
    assert spoken_by(speech(LEAD + sentence), "claim") == speakers


def test_the_speaker_named_after_a_long_quote_speaks_it():
    text = ("Police raid illegal gold mines\n\n"
            "It was the largest raid since January, when President Luiz Inácio Lula da Silva ordered a permanent "
            "federal presence in the reserve.\n\n"
            "\u201cWe destroy a camp and three weeks later they are back with new engines and new fuel.\u201d\n\n"
            "The speaker, police chief Rafael Montenegro, has coordinated operations in the territory for 14 months.")
    assert spoken_by(speech(text), "quote") == ["Rafael Montenegro"]


@pytest.mark.parametrize("sentence, speaker", [
    ("The ministry has awarded a NT$9.8 billion contract for 1,200 loitering munitions, according to a budget "
     "document the ministry submitted to the European Commission on Feb. 3.", "Ministry of National Defense"),
    ("Food prices rose 30 percent in the region, according to a report that Oxfam sent to the World Bank.", "Oxfam"),
])
def test_according_to_a_document_someone_issued_is_the_issuers_claim(sentence, speaker):
    text = "Taiwan's Ministry of National Defense said on Monday it would buy drones.\n\n" + sentence
    assert spoken_by(speech(text), "claim")[-1] == speaker


@pytest.mark.parametrize("sentence, name", [
    ("The Executive Yuan yesterday approved a draft general budget.", "Executive Yuan"),
    ("Speaking on the evening news on TF1, he said 201 people had been arrested.", "TF1"),
    ("SDLP health spokesperson Declan Rafferty said the figures were shameful.", "Social Democratic and Labour Party"),
])
def test_taiwans_yuans_broadcasters_and_parties_are_known_bodies(sentence, name):
    assert ("organisation", name) in {(e.type, e.name) for e in extract_article(sentence).entities}


def test_an_attorney_for_a_client_named_in_an_appositive_speaks_not_the_client():
    text = ("Wen-Hao Lin, 41, and Kenji Sato, 38, were charged on Tuesday.\n\n"
            "An attorney for Lin, Sandra Ochoa, said her client looks forward to responding to the allegations.")
    assert spoken_by(speech(text), "claim") == ["Sandra Ochoa"]


@pytest.mark.parametrize("text, speaker", [
    ("Prime Minister Jane Porter visited Leeds on Monday.\n\nThe Prime Minister said the talks had been "
     "productive and that more meetings would follow soon.", "Jane Porter"),
    # the title's every word: not the foreign minister named last
    ("Prime Minister Jane Porter met Deputy Foreign Minister Karl Lund on Monday.\n\nThe Prime Minister said the "
     "talks had been productive and that more meetings would follow soon.", "Jane Porter"),
])
def test_a_capitalised_title_stands_for_its_holder(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("text, speaker, role", [
    ("Secretary of State Marco Rubio said the talks had gone well and that a deal was close.",
     "Marco Rubio", "Secretary of State"),
    ("Officials met on Monday. Deputy Secretary of State Nathan Hartwell said the talks had gone well.",
     "Nathan Hartwell", "Deputy Secretary of State"),
])
def test_a_title_with_its_own_of_is_the_speakers_role(text, speaker, role):
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [(speaker, role)]


def test_a_title_after_and_does_not_take_the_name_before_it_into_the_role():
    text = "Rubio met Nathan Hartwell and Minister of Defence Sigrun Hovland Aasen. Aasen said the talks had gone well."
    claims = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [("Sigrun Hovland Aasen", "Minister of Defence")]


@pytest.mark.parametrize("sentence", [
    "Radostina Petrova (Радостина Петрова), a Bulgarian MEP from the Socialists and Democrats group, said the delay "
    "amounted to rewriting the law.",
    "Radostina Petrova, a Bulgarian MEP from the Socialists and Democrats group, said the delay amounted to "
    "rewriting the law.",
])
def test_an_mep_described_after_her_name_and_its_own_script_is_the_speaker(sentence):
    assert spoken_by(speech("Headline here\n\n" + sentence), "claim") == ["Radostina Petrova"]


def test_a_photo_credit_names_the_agency_not_a_file_photo():
    text = ("Russia says it downed 40 drones\n\nRussian air defences destroyed 40 drones overnight, the defence "
            "ministry said on Tuesday.\n\nPhoto: A Russian air defence system in Kursk. (Reuters/File Photo)")
    names = {e.name for e in extract_article(text).entities}
    assert "Reuters" in names and not any("Photo" in n for n in names), names


def test_an_imperative_expect_opens_no_name_and_reports_nothing():
    text = ("Expect Manila to release more footage over the coming days, and expect Beijing to say as little as "
            "possible.")
    x = extract_article("Headline here\n\n" + text)
    assert {(e.type, e.name) for e in x.entities} == {("place", "Manila"), ("place", "Beijing")}
    assert [e for e in x.entries if e.kind == "claim"] == []


@pytest.mark.parametrize("sentence, speakers", [
    ("The tribunal recommended that the trawler's licence be suspended for six months.", ["tribunal"]),
    ("The council's chief executive informed the committee that the scheme would be delayed until May.",
     ["council's chief executive"]),
    ("The panel recommended a ban on such chases.", []),  # a recommendation of a thing reports nothing
])
def test_recommended_and_informed_that_report_claims(sentence, speakers):
    assert spoken_by(speech(LEAD + "\n\n" + sentence), "claim") == speakers


@pytest.mark.parametrize("sentence, speakers", [
    ("Members of the community have raised more than £48,000 in a month, organisers announced at a candlelit vigil "
     "in the Peace Gardens on Saturday evening.", ["organisers"]),
    ("The State Department has approved a $1.1 billion sale of air defense systems to Taiwan, the Defense "
     "Security Cooperation Agency announced Thursday, a move certain to anger Beijing.",
     ["Defense Security Cooperation Agency"]),
    ("The federation has referred 149 referees to its disciplinary board, the Turkish Football Federation "
     "announced on Monday, in the largest integrity scandal in a decade.", ["Turkish Football Federation"]),
    # a main verb with an object is no closing attribution
    ("Founder Dmitry Volkov, a former bond trader, posted a message in Russian and English to the channel on Sunday.",
     []),
])
def test_a_closing_announcement_may_say_where_and_what_it_was(sentence, speakers):
    assert spoken_by(speech(LEAD + "\n\n" + sentence), "claim") == speakers


@pytest.mark.parametrize("sentence, speaker", [
    ("Opposition politicians accused the government of making one-sided concessions.", "Opposition politicians"),
    ("Some attorneys argued that cases such as his would be resolved faster by a local court.", "Some attorneys"),
])
def test_a_plural_kind_of_people_accusing_or_arguing_speaks_as_written(sentence, speaker):
    assert spoken_by(speech(LEAD + "\n\n" + sentence), "claim") == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("The migrants, who included 12 children, told officers that they had set off from a beach after midnight.",
     "the migrants"),
    ("The officer told the authority he believed the boy was reaching for something in his waistband.",
     "the officer"),
])
def test_people_the_article_gives_no_name_speak_as_written(sentence, speaker):
    assert spoken_by(speech(LEAD + "\n\n" + sentence), "claim") == [speaker]


def test_a_plural_initialism_is_no_name_and_data_firms_are_firms():
    text = "Companies raised more than 1.3 trillion rupees through IPOs in 2024, according to Prime Database."
    x = extract_article(LEAD + "\n\n" + text)
    assert ("organisation", "Prime Database") in {(e.type, e.name) for e in x.entities}
    assert "IPOs" not in {e.name for e in x.entities}
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["Prime Database"]


@pytest.mark.parametrize("text, speaker", [
    ("Flooding hit York on Sunday. North Yorkshire Police said roads were closed.\n\nThe force said officers had "
     "rescued 12 people from cars on the A64.", "North Yorkshire Police"),
    ("The British Museum holds 11 tabots from Maqdala.\n\nA spokesperson for the London museum said it remained open "
     "to discussions about loans.", "British Museum"),
])
def test_the_force_and_the_museum_are_the_bodies_named_before(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_people_who_protested_saying_something_claim_it_as_written():
    text = ("Dozens of artisanal miners protested outside the governor's office in Kolwezi on Monday, saying traders "
            "had slashed the prices they pay for hand-dug ore.")
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["Dozens of artisanal miners"]


def test_the_app_is_the_app_named_before():
    text = ("Stridely says hackers stole personal data of 19 million users\n\n"
            "The fitness app says attackers got in through a third-party support tool.")
    assert spoken_by(speech(text), "claim")[-1] == "Stridely"


@pytest.mark.parametrize("text, names", [
    ("S&P Global Commodity Insights assessed lithium carbonate at $9,000 a tonne on Monday.",
     {"S&P Global Commodity Insights"}),
    ("The S&P 500 rose 1% and the S&P/ASX 200 fell 0.4% on Monday.", set()),  # indices, not the company
])
def test_an_initialism_with_an_ampersand_is_one_name(text, names):
    assert {e.name for e in extract_article(text).entities if e.type == "organisation"} == names


@pytest.mark.parametrize("text", ["Marks and Spencer said sales rose.", "M&S said sales rose."])
def test_marks_and_spencer_is_one_retailer(text):
    assert [e.name for e in extract_article(text).entities] == ["Marks & Spencer"]


def test_a_group_claiming_to_have_done_something_claims_it():
    text = ("A group calling itself SafePay listed the hospital on its leak site Thursday, claiming to have stolen "
            "1.2 terabytes of data, including patient records.")
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["SafePay"]


def test_a_countrys_unit_with_three_words_of_description_speaks_as_written():
    text = "Nigeria’s financial intelligence unit said in 2024 that it had traced hundreds of transactions."
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["Nigeria’s financial intelligence unit"]


def test_in_his_view_without_a_comma_reports_his_claim():
    text = ("Lawyer Giles Brennan spoke to the BBC. In his view the regulation could also put pressure on UEFA to "
            "reconsider its own position.")
    assert spoken_by(speech(text), "claim") == ["Giles Brennan"]


def test_a_quote_attributed_after_a_long_title_keeps_its_speaker_and_role():
    text = ('"These companies have been acting as fronts to acquire American technology, and we are closing that '
            'door," Under Secretary of Commerce for Industry and Security Daniel Whitcomb said in a statement.')
    quotes = [e for e in extract_article(LEAD + "\n\n" + text).entries if e.kind == "quote"]
    assert [(q.speaker, q.role, q.cue) for q in quotes] == [
        ("Daniel Whitcomb", "Under Secretary of Commerce for Industry and Security", "said")]


def test_where_a_quote_was_said_is_no_claim_of_its_own():
    text = ('"Whole genome sequencing gives us a high level of confidence that these kits are the source," '
            "Dr. Karen Whitfield, who heads the FDA's outbreak response network, said in a call with reporters.")
    got = speech(LEAD + "\n\n" + text)
    assert spoken_by(got, "quote") == ["Karen Whitfield"] and spoken_by(got, "claim") == []


def test_a_block_quote_without_marks_signed_on_a_dash_line_is_a_direct_quote():
    text = ("Mine collapse leaves four missing\n\nThe union said it had raised concerns in June. In a statement, its "
            "regional organiser did not mince words:\n\nWe have warned management repeatedly about the ground "
            "conditions on that level. The lives of our members cannot be treated as a cost of doing business.\n"
            "— Lerato Mokoena, AMCU regional organiser, Bojanala\n\nThe department halted work on Wednesday.\n\n"
            "— With assistance from Lars Eriksen\n")
    x = extract_article(text)
    quotes = [(e.quote_type, e.speaker, e.text[:28]) for e in x.entries if e.kind == "quote"]
    assert quotes == [("direct", "Lerato Mokoena", "We have warned management re")]
    # the block is the organiser's, not the writer's: no event or claim comes from it
    assert not any(e.kind != "quote" and "warned management" in e.text for e in x.entries)


def test_a_signed_block_takes_the_paragraphs_in_the_same_voice_above_it():
    text = ("Budget gap widens\n\nThat will not come close to closing the gap, and the chair has stopped pretending "
            "otherwise.\n\nWe are going to cut things that people care about. There's no version of this where we "
            "don't.\n\nThe question is whether we do it thoughtfully or in a panic in the last week of session.\n\n"
            "— Sen. Marisol Quintana-Reyes, D-Pueblo, chair of the Joint Budget Committee\n")
    quotes = [e for e in extract_article(text).entries if e.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Marisol Quintana-Reyes"]
    assert quotes[0].text.startswith("We are going to cut") and quotes[0].text.endswith("last week of session.")


def test_an_unnamed_source_introducing_a_quote_with_a_colon_speaks_it():
    text = ("Permitting bill stalls\n\nThe bill has stalled in the Senate. A senior Republican aide put the problem "
            "bluntly:\n\n\"Nobody on our side wants to take a tough vote on this in an election year.\"")
    assert spoken_by(speech(text), "quote") == ["A senior Republican aide"]


def test_the_minister_after_a_quote_is_the_minister_named_at_a_sentence_start():
    text = ("Headline here\n\nMinister of Defence Sigrun Hovland Aasen met her Nordic counterparts in Helsinki on "
            "Monday.\n\n“Nordic defence is now one defence. When we buy together, we buy faster,” the Minister says.")
    x = extract_article(text)
    assert ("person", "Sigrun Hovland Aasen") in {(e.type, e.name) for e in x.entities}
    assert spoken_by(speech(text), "quote") == ["Sigrun Hovland Aasen"]


def test_she_is_not_the_son_named_last():
    text = ("Hawa Abdallah Issa, 34, fled El Geneina with five children.\n\nHawa’s eldest son, Abakar, 16, wants to "
            "be a teacher.\n\n“If there is peace, we go home the same day,” she says.")
    assert spoken_by(speech(text), "quote") == ["Hawa Abdallah Issa"]


def test_an_engineer_titled_eng_speaks_after_the_quote():
    text = ('Headline\n\n"Jeddah is ideally positioned to serve as a hub," said Eng. Faisal bin Khalid Al-Otaibi, '
            'chief executive.')
    assert spoken_by(speech(text), "quote") == ["Faisal bin Khalid Al-Otaibi"]


def test_every_dotted_title_is_an_abbreviation_that_ends_no_sentence():
    from newsdigest.extract.gazetteer import TITLES
    from newsdigest.extract.sentences import ABBREVIATIONS
    dotted = {w[:-1].lower() for t in TITLES for w in t.split() if w.endswith(".")}
    assert dotted <= ABBREVIATIONS, sorted(dotted - ABBREVIATIONS)
    text = '"We will pray for them," said Fr. Michael Obi, the parish priest.'
    assert spoken_by(speech("Headline\n\n" + text), "quote") == ["Michael Obi"]


@pytest.mark.parametrize("headline", [
    "ANALYSIS: Egypt’s IMF lifeline buys time, not a cure",
    "Analysis | Europe’s AI rulebook finally bites — but the real fight has barely begun",
])
def test_an_analysis_headline_is_no_event(headline):
    events = _events(headline + "\n\nEgypt received a $1.2 billion loan tranche on Monday.")
    assert [e.text for e in events] == ["Egypt received a $1.2 billion loan tranche on Monday."]


@pytest.mark.parametrize("sentence, ents", [
    ("Volvo Cars halted output at its Torslanda plant on Monday.", {("organisation", "Volvo Cars")}),
    ("Two soldiers of the Frontier Corps were killed in Lakki Marwat.", {("organisation", "Frontier Corps")}),
    ("US gas futures at Henry Hub rose 3% and the Dow Jones fell.", set()),  # a price point and an index
])
def test_cars_and_corps_name_bodies_and_price_points_are_no_people(sentence, ents):
    got = {(e.type, e.name) for e in extract_article(sentence).entities}
    assert ents <= got and not any(t == "person" for t, _ in got), got


def test_said_a_titled_name_of_a_body_at_the_end_is_a_claim():
    text = "One-way traffic resumed at around 1 pm on Monday, said Inspector Nirmala Karki of the Area Police Office."
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["Nirmala Karki"]


def test_telling_reporters_somewhere_that_is_a_claim():
    text = ("US special envoy Richard Calloway struck a harder tone, telling reporters aboard his plane that any "
            "agreement must guarantee Iran could never obtain a nuclear weapon.")
    assert spoken_by(speech(LEAD + "\n\n" + text), "claim") == ["Richard Calloway"]


def test_a_question_after_a_label_opens_with_a_verb_not_a_name():
    from newsdigest.extract.mentions import find_runs
    text = "ANALYSIS: Can Tisza break Fidesz's grip before Hungary's April vote?"
    assert "Can Tisza" not in [r.text for r in find_runs(text, 0, len(text))]


@pytest.mark.parametrize("text, person", [
    ("Traffic resumed on Monday, said Inspector Nirmala KC of the Area Police Office.", "Nirmala KC"),  # a surname
    ("Judge Timothy Spencer KC said the case was closed.", "Timothy Spencer"),  # an honour
])
def test_kc_is_an_honour_after_a_full_name_and_a_surname_after_a_given_name(text, person):
    assert person in {e.name for e in extract_article("Headline\n\n" + text).entities if e.type == "person"}


@pytest.mark.parametrize("sentence, person, role", [
    ("Ward Chairperson Bishnu Maya Gurung said the ward office had asked eleven families to move.",
     "Bishnu Maya Gurung", "Ward Chairperson"),
    ("City Councilor Vanessa Hurd said she had asked the department to release the footage.",
     "Vanessa Hurd", "City Councilor"),
    ("Spokesperson Claire Donnelly said the talks had covered air defence and energy.",
     "Claire Donnelly", "Spokesperson"),
])
def test_chairperson_councilor_and_spokesperson_are_titles(sentence, person, role):
    claims = [e for e in extract_article(LEAD + "\n\n" + sentence).entries if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [(person, role)]


@pytest.mark.parametrize("text, names", [
    ("By Reuters Staff\n\nThe railways stopped on Monday.", {"Reuters"}),
    ("Environment and Climate Change Canada issued a warning on Monday.", {"Environment and Climate Change Canada"}),
    ("A Band D home will pay £1,650 a year in Aberdeenshire.", {"Aberdeenshire"}),
])
def test_a_wire_byline_a_federal_department_and_a_council_tax_band(text, names):
    assert {e.name for e in extract_article(text).entities} == names


def test_a_plural_title_before_two_names_titles_the_first():
    text = "The deal was signed in the presence of Presidents Samia Suluhu Hassan and Évariste Ndayishimiye."
    claims = [e for e in extract_article(text + " Samia Suluhu Hassan said the railway would open in 2027.").entries
              if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [("Samia Suluhu Hassan", "President")]
    assert "Évariste Ndayishimiye" in {e.name for e in extract_article(text).entities}


@pytest.mark.parametrize("text, speaker", [
    ("The ministers met the interim president for three hours, according to the Syrian presidency's Telegram channel.",
     "Syrian presidency"),
    ("The International Monetary Fund cut its forecast in April. Traffic through the Suez Canal fell by 40% in "
     "February, according to data from the International Monetary Fund's PortWatch platform.",
     "International Monetary Fund"),
])
def test_a_channel_speaks_for_its_owner(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Public Health said hospitals were full. More than 2,300 people have been killed in Lebanon "
     "over the past year, according to health ministry figures that do not distinguish civilians.",
     "Ministry of Public Health"),
    ("The Kenya Revenue Authority publishes a monthly bulletin. Customs receipts fell 12% in March, according to "
     "the authority's figures.", "Kenya Revenue Authority"),
    ("Inflation rose 5.06% in the 12 months through June, according to the national statistics agency IBGE.",
     "IBGE"),
])
def test_counts_cited_are_their_owners_claims(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Twelve digital rights organisations, including European Digital Rights and Access Now, wrote to the "
     "Commission warning that the delay would leave people exposed.", "Twelve digital rights organisations"),
    ("Chocolate makers including Hershey and Mondelez have warned that higher cocoa costs will feed through "
     "into retail prices.", "Chocolate makers"),
])
def test_a_plural_subject_speaks_not_its_examples(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Meanwhile, the daughter of an 87-year-old man from Newcastle West said her father spent 31 hours on a "
     "trolley.", "the daughter of an 87-year-old man from Newcastle West"),
    ("The wife of a detained fisherman told reporters he had not been allowed to call home.",
     "The wife of a detained fisherman"),
    ("Vakhtang Gelashvili was arrested in London in May. Gelashvili's family in Tbilisi said in a statement on "
     "Wednesday that they had full confidence in British justice.", "Gelashvili's family in Tbilisi"),
    ("A senior official in the ruling Justice and Development Party (AKP), speaking on condition of anonymity, "
     "told Al-Monitor that the law targets deliberate falsehoods.",
     "A senior official in the ruling Justice and Development Party"),
])
def test_kin_and_unnamed_sources_as_written(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_according_to_a_role_named_before_is_its_holder():
    text = ("Defence lawyer Rodrigo Bascuñán Pérez said his client would appeal. According to the lawyer, Muñoz fired "
            "only after two officers in his patrol had been injured by projectiles.")
    got = speech(text)
    assert [(sp, t[:22]) for k, _, t, sp, _ in got if k == "claim"][-1] == \
        ("Rodrigo Bascuñán Pérez", "According to the lawye")


def test_who_prosecutors_said_reports_the_prosecutors_claim():
    text = "Jurors convicted Tyler James Morrow, 29, who prosecutors said was driving nearly 60 mph in a 35 mph zone."
    assert [(sp, t) for k, _, t, sp, _ in speech(text) if k == "claim"] == \
        [("prosecutors", "was driving nearly 60 mph in a 35 mph zone")]


def test_a_quoted_heading_between_a_time_zone_and_a_name_is_no_nickname():
    text = ("Wildfire live\n\n1:30 p.m. PT\n'It just came over the ridge'\n\nGord Hiebert had been watering the roof "
            "of his house for two days when he saw the glow on Saturday night. Hiebert said the fire moved fast.")
    assert "PT Gord" not in {e.name for e in extract_article(text).entities}


@pytest.mark.parametrize("text, speaker", [
    ("Russia’s embassy in Washington condemned the extradition in a post on Telegram, calling it “another act of "
     "legal kidnapping” of a Russian citizen.", "Russia’s embassy in Washington"),
    ("Russia’s foreign ministry condemned the extradition on Friday, saying it was illegal and politically "
     "motivated.", "Russia’s foreign ministry"),
])
def test_a_countrys_embassy_or_ministry_speaks_where_it_posted(text, speaker):
    assert {sp for _, _, _, sp, _ in speech(text)} == {speaker}


def test_an_operation_dubbed_in_quotation_marks_is_a_name_not_speech():
    text = ("The embassy condemned the arrest, calling it “another act of legal kidnapping”.\n\nThe case stems from "
            "a 2024 international operation, dubbed “Operation Cold Harbor,” in which Europol and the FBI seized the "
            "group's leak site.")
    assert [t for k, _, t, _, _ in speech(text) if k == "quote"] == ["another act of legal kidnapping"]


def test_a_quote_before_warning_that_is_the_subjects_not_the_warned():
    text = ("His sister and senior party official Kim Yo-jong on Sunday denounced the allies' springtime exercise as "
            "\"a rehearsal for invasion,\" warning that Seoul and Washington would \"pay a dear price\" if it went "
            "ahead.")
    assert {sp for _, _, _, sp, _ in speech(text)} == {"Kim Yo-jong"}


@pytest.mark.parametrize("sentence, person, role", [
    ("Minister of National Defense Cho Young-min said the soldiers had crossed the line by mistake.",
     "Cho Young-min", "Minister of National Defense"),
    ("Minister of Unification Kim Yong-hyun said the defectors had arrived in Seoul on Monday.", "Kim Yong-hyun",
     "Minister of Unification"),
])
def test_more_portfolios_stay_in_the_title(sentence, person, role):
    claims = [e for e in extract_article(sentence).entries if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [(person, role)]


def test_an_outlets_page_stamp_is_no_event():
    text = ("Fire jumps river\n\nCBC News · Posted: Aug 03, 2025 8:05 AM PT | Last Updated: 4:20 PM PT\n\n"
            "The district expanded its evacuation order to cover 640 properties on Sunday.")
    assert [e.text[:12] for e in _events(text)] == ["Fire jumps r", "The district"]


@pytest.mark.parametrize("text, claims", [
    ("Minneapolis has added thousands of rental units over the past decade, but advocates say older buildings are "
     "being bought by investors.", ["advocates"]),
    ("The U.S. Commerce Department on Thursday added 27 Chinese companies to its trade blacklist.", []),
    ("No group has claimed responsibility, but the area is a stronghold of JNIM.", []),
    ("No crew were injured and the ship continued to port, the manager said.", ["manager"]),
    ("Mayor Jane Porter said 40 homes had burned. She added that the school would reopen on Monday.",
     ["Jane Porter", "Jane Porter"]),
])
def test_a_quantity_added_and_a_subject_that_is_no_one_report_nothing(text, claims):
    assert spoken_by(speech(text), "claim") == claims


def test_a_place_before_many_voters_is_not_part_of_the_source():
    text = "The snap parliamentary vote passed off calmly, but in Osh many voters say they backed the president."
    assert spoken_by(speech(text), "claim") == ["many voters"]


def test_what_it_called_is_the_body_the_sentence_opens_with():
    text = ("Russia's Defence Ministry said 90 soldiers were returned. The ministry thanked the UAE for what it "
            "called \"humanitarian mediation\".")
    assert [(t, sp) for k, _, t, sp, _ in speech(text) if k == "quote"] == \
        [("humanitarian mediation", "Russia's Defence Ministry")]


def test_a_storm_prediction_center_is_a_body_not_a_named_storm():
    text = "More storms are possible on Wednesday across Kansas, the Storm Prediction Center said. Cyclone Remal hit."
    assert spoken_by(speech(text), "claim") == ["Storm Prediction Center"]
    assert {e.name for e in extract_article(text).entities} == {"Kansas", "Storm Prediction Center"}


@pytest.mark.parametrize("text, speaker", [
    ("Members of Unite at the Bolton depot voted by 91 per cent in favour of strike action, the union announced on "
     "Monday (September 22).", "Unite"),
    ("Kestrel said that it intends to appeal the decision to the Circuit Court.\n\nMembers of Unite at the Bolton "
     "depot voted by 91 per cent in favour of strike action, the union announced on Monday.", "Unite"),
])
def test_the_union_is_a_union_named_before_not_a_court_or_a_company(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_limited_company_and_indicated_to_a_regulator_that():
    text = ("Kestrel Connect Limited was fined on Monday.\n\nKestrel has indicated to the DPC that it intends to appeal "
            "the decision to the Circuit Court.")
    assert "Kestrel Connect Limited" in {e.name for e in extract_article(text).entities}
    assert [(k, sp, cue) for k, _, _, sp, cue in speech(text)] == \
        [("claim", "Kestrel Connect Limited", "indicated to the DPC")]


@pytest.mark.parametrize("sentence", [
    "Several players have written to the association's ombudsman complaining that they risk missing the trophy.",
    "Interior minister Ihor Klymenko has just spoken at the scene.",
    "Portland officials quickly disputed that figure.",
    "The Deputy Secretary expressed appreciation for Poland's role as a logistics hub.",
    "Her neighbour, Graham Tuck, stayed to defend his house until police came door-knocking.",
    "Hundreds of evacuees were later placed in a convention centre.",
    "The ministry placed initial crop damage at P1.2 billion.",
    "Picket lines went up at the agency's bus garages before dawn.",
    "He was led from the courtroom in handcuffs.",
])
def test_more_action_verbs_report_events(sentence):
    assert [e.text for e in _events(LEAD + "\n\n" + sentence)][-1] == sentence


@pytest.mark.parametrize("text, speaker", [
    ("Neighbouring Kyrgyzstan reported more than 4,000 cases last year, according to the Kyrgyz health ministry.",
     "Kyrgyz health ministry"),
    ("Congo has reported more than 15,600 cases and 537 deaths so far, according to WHO figures.",
     "World Health Organization"),
    ("Colleges, which have already shed thousands of jobs since Ottawa capped study permits in 2024, warned of "
     "further program closures.", "Colleges"),
])
def test_a_countrys_count_is_its_sources_and_a_which_clause_hides_no_speaker(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("sentence, person, role", [
    ("Treasurer Amelia Sørensen said the measure was about fairness.", "Amelia Sørensen", "Treasurer"),
    ("Vice-chief Tara Whitehorse said several other nations had asked for help.", "Tara Whitehorse", "Vice-chief"),
    ("Cr Rebecca Tolhurst said the council had been misled.", "Rebecca Tolhurst", "Cr"),
    ("Kúkpi7 Theresa Marchand said the nation had moved its elders to Vernon.", "Theresa Marchand", "Kúkpi7"),
])
def test_treasurer_councillor_and_vice_chief_are_titles(sentence, person, role):
    claims = [e for e in extract_article(sentence).entries if e.kind == "claim"]
    assert [(c.speaker, c.role) for c in claims] == [(person, role)]


def test_creeks_are_places_and_cree_nations_and_coal_miners_are_bodies():
    text = ("The cyclone crossed the coast near Whim Creek on Monday. The Pimicikamak Cree Nation evacuated 6,000 "
            "people, and Whitehaven Coal halted work at two mines.")
    found = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("place", "Whim Creek"), ("organisation", "Pimicikamak Cree Nation"),
            ("organisation", "Whitehaven Coal")} <= found


def test_the_court_of_kings_bench_and_the_director_of_public_prosecutions_are_bodies():
    text = ("The case began at the Court of King's Bench for Saskatchewan in 2019. The Director of Public "
            "Prosecutions will decide whether to lay charges.")
    found = {(e.type, e.name) for e in extract_article(text).entities}
    assert ("organisation", "Court of King's Bench for Saskatchewan") in found
    assert ("organisation", "Director of Public Prosecutions") in found
    assert not any(t == "person" for t, _ in found)


def test_a_doctor_after_a_bodys_role_and_a_bare_role_named_before():
    text = ('"This is the third month in which we have cut prices," said CPC Chairman Dr. Ranjith Wickramaratne.\n\n'
            "The rapporteur, Jeroen Vollebregt of the EPP, steered the file.\n\n"
            "4:05pm: 'A system that finally works,' says rapporteur")
    assert spoken_by(speech(text), "quote") == ["Ranjith Wickramaratne", "Jeroen Vollebregt"]


@pytest.mark.parametrize("text", [
    'Congress passed a bill in July that loosens licensing rules, which critics have dubbed the "devastation bill".',
    "The INDH filed 3,000 complaints over the protests, known in Chile as the “estallido social”.",
    "Prosecutors said Sokolov was a core member of a ransomware crew that called itself “Polar Vortex”.",
    "Witnesses would describe him as a frequent visitor, where some staff referred to him as “the Landlord”.",
    'Prosecutors said the servers were seized in an operation dubbed "Operation Glass Harbor."',
])
def test_names_given_with_an_article_or_a_place_between_are_not_quotes(text):
    assert [t for k, _, t, _, _ in speech(text) if k == "quote"] == []


@pytest.mark.parametrize("text, first, last", [
    ('"These threats are not abstract," says co-author Professor Lars Ødegaard, of the University of Oslo, Norway, '
     '"and every year we delay, more people die."', "These threats", "more people die."),
    ("«This verdict,» said BAJ board member Aliaksandra Palchyk, «is revenge for the work Belsat did.»",
     "This verdict", "the work Belsat did."),
])
def test_a_lower_case_second_half_joins_its_interrupted_quote(text, first, last):
    quotes = [(t, sp) for k, _, t, sp, _ in speech(text) if k == "quote"]
    assert len(quotes) == 1
    assert quotes[0][0].startswith(first) and quotes[0][0].endswith(last)


def test_a_relative_claim_that_runs_into_a_quote_is_the_quotes_and_sources_lose_their_conjunction():
    text = ("Students forced 130 refugees onto trucks, an incident UNHCR said left the group \"shocked and "
            "traumatized.\"\n\nStudents filled the avenue on Wednesday, as the national government confirmed that "
            "President Javier Milei will veto the university financing law.")
    got = speech(text)
    assert [(k, t) for k, _, t, _, _ in got if k == "quote"] == [("quote", "shocked and traumatized")]
    assert not any(t == "left the group" for _, _, t, _, _ in got)
    assert not any(sp.startswith("as ") for _, _, _, sp, _ in got)


@pytest.mark.parametrize("text, speaker", [
    ("Harrowgate Systems plc said the attack was contained. Restoration began on Saturday, and the Company expects "
     "most customers to be back online by 6 June.", "Harrowgate Systems"),
    ("The KFA's dissolved board, led by Hamad Salem Al-Ajmi, said in a statement that it had not been given a "
     "chance to answer the allegations.", "KFA"),
])
def test_a_defined_company_and_a_body_led_by_someone(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_datelines_agency_credit_is_no_body_to_resolve_to():
    text = ("BUENOS AIRES, Argentina (AP) — Argentina's monthly inflation rate accelerated to 3.7% in March, the "
            "national statistics institute said Friday.")
    assert "Associated Press" not in spoken_by(speech(text), "claim")


def test_which_it_describes_is_the_sentences_body_and_a_wire_signature_is_no_speaker():
    text = ("The American Hospital Association has urged Congress to fund upgrades at rural hospitals, which it "
            "describes as \"the softest targets in the country.\"\n\nIn Winnipeg, Oksana Melnyk, a nurse, said she "
            "had spent the day refreshing the website.\n\n\"I passed the exams,\" she said. \"Now I read the news "
            "and I don't know if there is a place for me.\"\n\n— The Canadian Press")
    assert spoken_by(speech(text), "quote") == ["American Hospital Association", "Oksana Melnyk", "Oksana Melnyk"]


def test_a_group_calling_itself_x_is_the_body_x():
    text = ("A group calling itself Vexillum has since claimed on its leak site that it stole 400GB of council data. "
            "A ransomware group calling itself Crimson Lynx claimed responsibility on Tuesday for the attack.")
    assert {(e.type, e.name) for e in extract_article(text).entities} == \
        {("organisation", "Vexillum"), ("organisation", "Crimson Lynx")}
    assert spoken_by(speech(text), "claim")[0] == "Vexillum"


def test_a_bodys_role_then_its_holders_name_is_the_holder():
    text = ("Ridgeline Economics tracks condo sales in Toronto.\n\n“We’re not seeing a dip, we’re seeing a structural "
            "retreat from the condo model,” said Ridgeline’s chief economist, Anjali Varma, who expects the slump to "
            "last.")
    assert spoken_by(speech(text), "quote") == ["Anjali Varma"]


def test_who_expects_after_a_quote_is_the_speakers_claim():
    text = ("Ridgeline Economics tracks condo sales in Toronto.\n\n“We’re not seeing a dip,” said Ridgeline’s chief "
            "economist, Anjali Varma, who expects the slump to persist well into 2027.")
    assert [(k, sp) for k, _, _, sp, _ in speech(text)] == [("quote", "Anjali Varma"), ("claim", "Anjali Varma")]


def test_according_to_a_citys_police_is_the_police():
    text = "About 900 tractors blocked the streets around the Council building, according to Brussels police."
    assert spoken_by(speech(text), "claim") == ["Brussels police"]


def test_a_currency_code_by_an_amount_is_money_but_a_company_acronym_stays():
    text = ("The Government will raise defence spending by NOK 19.6 billion in 2026.\n\nIt has signed an agreement "
            "with Kongsberg for launchers worth NOK 4.3 billion.\n\nSupport to Ukraine will amount to NOK 85 "
            "billion.\n\nZAR said in a statement that it had paid all royalties due.")
    names = {e.name for e in extract_article(text).entities}
    assert "NOK" not in names and "ZAR" in names


def test_the_regulator_is_a_regulator_whose_name_does_not_say_so():
    text = ("Beacon Energy Supply Ltd will pay £8.2 million after an Ofgem investigation found it wrongly switched "
            "customers to prepayment meters.\n\nThe energy regulator said on Tuesday that the supplier breached "
            "licence conditions.")
    assert spoken_by(speech(text), "claim")[-1] == "Ofgem"


@pytest.mark.parametrize("text, speaker", [
    ("The Court of Arbitration for Sport dismissed the appeal. Stoyanov had argued that the substance came from "
     "contaminated meat, an explanation the panel described as \"speculative and unsupported by any evidence\".",
     "Court of Arbitration for Sport"),
    ("Iran and the United States will hold talks on Saturday, Oman's foreign ministry said, after a first session "
     "that both delegations described as \"constructive\".", "both delegations"),
])
def test_a_relative_clauses_own_subject_names_the_quote(text, speaker):
    assert spoken_by(speech(text), "quote") == [speaker]


def test_a_reporter_in_a_credit_line_is_a_person_not_a_place():
    text = "The deal was signed on Monday in Tokyo.\n\n— With assistance from Aya Nishimura"
    assert ("person", "Aya Nishimura") in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_closing_said_and_a_name_beats_an_unnamed_groups_finding():
    text = ("Health economists have long found that hospital consolidation tends to raise prices without measurably "
            "improving quality, said Jordan Whitaker, an associate professor at the University of South Florida’s "
            "Muma College of Business.")
    assert spoken_by(speech(text), "claim") == ["Jordan Whitaker"]


def test_a_departments_owner_is_not_part_of_its_name():
    text = "The action targets 21 tankers, according to the U.S. Treasury's Office of Foreign Assets Control."
    assert "Office of Foreign Assets Control" in {e.name for e in extract_article(text).entities}


def test_a_region_before_a_country_is_a_place():
    text = "Several institutions in Ontario and Atlantic Canada were reviewing whether to close smaller campuses."
    assert ("place", "Atlantic Canada") in {(e.type, e.name) for e in extract_article(text).entities}


def test_it_added_is_the_body_that_spoke_in_the_sentence_before():
    text = ("The Turkish Football Federation suspended 149 referees. Fenerbahçe called for complete transparency.\n\n"
            "The fixtures scheduled for the weekend will go ahead with foreign referees, the federation said. It added "
            "that second-tier matches could be postponed.")
    assert spoken_by(speech(text), "claim")[-2:] == ["Turkish Football Federation", "Turkish Football Federation"]


@pytest.mark.parametrize("text, speaker", [
    ("Russia supplied around 17% of the EU's LNG imports last year, according to the Brussels-based think tank "
     "Bruegel.", "Bruegel"),
    ("Goldman Sachs cut its forecast on Monday.\n\nSK Hynix shares rose 4.1 per cent in Seoul after the company said "
     "it had sold out its HBM capacity for 2026.", "SK Hynix"),
    ("Kernwerk, a Berlin-based startup, has raised $140 million in a round led by Greyfield Partners, the company "
     "told TechCrunch.", "Kernwerk"),
])
def test_the_company_is_the_business_its_sentence_names_first(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_the_document_says_is_its_issuers_claim():
    text = ("The Ministry of National Defense published the plan on Monday. Deliveries are scheduled to begin in the "
            "first half of 2027, the document says.")
    assert spoken_by(speech(text), "claim") == ["Ministry of National Defense"]


def test_the_agency_warns_mid_sentence_and_the_un_refugee_agency_is_unhcr():
    text = ("UNHCR, the UN Refugee Agency, appealed for funds on Monday. Without additional resources, the agency "
            "warns, cash assistance for refugee families will have to be reduced from April.")
    assert spoken_by(speech(text), "claim")[-1] in ("UNHCR", "UN Refugee Agency")
    assert same_entity(Entity("organisation", "UN Refugee Agency"), Entity("organisation", "UNHCR"))


def test_the_company_a_release_defines_is_that_company():
    text = ('Salar Verde Minerals S.A. ("Salar Verde" or "the Company") today announced a joint venture with Andes '
            "Holdings. The Company expects the plant to reduce freshwater use by up to 70%.")
    assert spoken_by(speech(text), "claim")[-1] == "Salar Verde Minerals S.A."


def test_a_month_range_is_no_place_and_the_turks_and_caicos_islands_are_one():
    text = "Elections are due in April-May next year. The fund is registered in the Turks and Caicos Islands."
    assert {(e.type, e.name) for e in extract_article(text).entities} == {("place", "Turks and Caicos Islands")}


def test_thanked_for_their_quoted_work_is_the_thankers_words():
    text = ("Mr Justice Dónal Ó Briain thanked the jurors for their 'careful and conscientious' work and imposed the "
            "mandatory life sentence.")
    assert [(t, sp) for k, _, t, sp, _ in speech(text) if k == "quote"] == \
        [("careful and conscientious", "Dónal Ó Briain")]


def test_leaders_in_a_place_are_the_leaders_not_the_place():
    text = ("The mines have long been a flashpoint for disputes over land. Community leaders in the district say "
            "trust in mining companies is at an all-time low.")
    assert spoken_by(speech(text), "claim") == ["Community leaders"]


def test_a_commissioners_portfolio_is_no_person_and_the_named_commissioner_speaks():
    text = ("The Commission opened proceedings on Monday. Commissioner for Democracy, Justice, the Rule of Law and "
            "Consumer Protection, Michael McGrath, said: “A free and vibrant civil society is part of the foundation "
            "of our democracies.”")
    assert spoken_by(speech(text), "quote") == ["Michael McGrath"]
    assert "Consumer Protection" not in {e.name for e in extract_article(text).entities if e.type == "person"}


def test_said_then_a_name_with_an_accented_initial_is_that_persons_claim():
    text = ("With municipal elections due in March, no mainstream party can afford to be seen as siding against "
            "farmers, said Éloïse Marchand, a political scientist at Sciences Po.")
    assert spoken_by(speech(text), "claim") == ["Éloïse Marchand"]


def test_an_acronym_between_commas_names_the_body_and_its_own_figures_are_its_claim():
    text = ("The Independent Journalists’ Association of Serbia, NUNS, registered 274 incidents between January and "
            "the end of August, according to figures published in its database on Tuesday. That is more than double "
            "the number recorded in the whole of 2024, NUNS said.")
    assert spoken_by(speech(text), "claim") == ["Independent Journalists’ Association of Serbia"] * 2
    assert [e.name for e in extract_article(text).entities] == ["Independent Journalists’ Association of Serbia"]


def test_an_office_named_after_its_official_is_a_body_but_no_ministry():
    text = "The Office of the High Representative said that court decisions must be respected and implemented."
    assert spoken_by(speech(text), "claim") == ["Office of the High Representative"]
    text = ("NEWS RELEASE | Office of the Premier | Government of Saskatchewan\nMarch 18, 2026\n\n"
            "The province will change its royalty regime. Saskatchewan's mineral sales reached $11.4 billion in "
            "2025, according to ministry figures.")
    assert spoken_by(speech(text), "claim")[-1] != "Office of the Premier"
    assert not any(e.text.startswith("NEWS RELEASE") for e in _events(text))


def test_putting_the_figure_at_a_count_is_a_claim_of_its_own():
    text = ("The Archive of Public Gatherings, an independent monitoring group, estimated that between 275,000 and "
            "325,000 people attended the rally, while the interior ministry put the figure at 107,000. Police put the "
            "number of abducted persons at 27.")
    assert spoken_by(speech(text), "claim") == ["Archive of Public Gatherings", "interior ministry", "Police"]


@pytest.mark.parametrize("text, speakers", [
    ("The convoy was turned back at a checkpoint on Tuesday, the World Food Programme (WFP) has said, as aid agencies "
     "warn that hundreds of thousands of Palestinians are on the brink of famine.", ["World Food Programme", "aid agencies"]),
    ("The Central Election Commission (CEC) said on Monday that turnout had been 36.8 per cent, and its deputy chair, "
     "Aizada Sultanbekova, told reporters in Bishkek that no serious violations had been recorded.",
     ["Central Election Commission", "Aizada Sultanbekova"]),
    ("Officials in Kyiv have said privately that negotiations on larger swaps have stalled, and analysts say progress "
     "is likely to depend on the wider diplomatic push for a ceasefire.", ["Officials", "analysts"]),
])
def test_a_second_source_in_the_same_sentence_makes_a_second_claim(text, speakers):
    assert spoken_by(speech(text), "claim") == speakers


def test_a_name_read_as_a_speaking_person_is_the_firm_its_possessive_shows():
    text = ("Nordstern Raumfahrt has confirmed the loss of the vehicle. In a short statement, the Munich-based company "
            "said the second stage \"did not achieve stable ignition\". Nordstern Raumfahrt's Lyra rocket had flown "
            "once before.")
    assert [(t, sp) for k, _, t, sp, _ in speech(text) if k == "quote"] == \
        [("did not achieve stable ignition", "Nordstern Raumfahrt")]


def test_majority_compounds_release_boilerplate_and_panels():
    text = ("FOR IMMEDIATE RELEASE\nTensions rose in the Serb-majority north of Kosovo. The Serb-dominated entity of "
            "Republika Srpska rejected the verdict. Parties filed complaints about the count, and the Election Complaints "
            "and Appeals Panel dismissed them.")
    assert {(e.type, e.name) for e in extract_article(text).entities} == {
        ("place", "Kosovo"), ("place", "Republika Srpska"), ("organisation", "Election Complaints and Appeals Panel")}


def test_a_person_of_a_firm_with_its_legal_form_is_split_from_it():
    text = ("Dunleavy is represented by Rafael Quiñones-Baker of Quiñones Baker & Lutz LLC. Norvane is represented by "
            "Gregory Astin and Colleen Mayhew of Whitcombe Hale LLP.")
    names = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("person", "Colleen Mayhew"), ("organisation", "Whitcombe Hale")} <= names


@pytest.mark.parametrize("text, speaker", [
    ("China maintains that those it detains are illegal economic migrants rather than refugees.", "China"),
    ("The Court of Justice of the European Union (CJEU) ruled on Thursday (7 May) that Germany's controls at its "
     "internal borders must end once the legal time limit runs out.", "Court of Justice of the European Union"),
    ("The Supreme Court ruled Thursday that drivers who deliver groceries can’t be forced into private arbitration.",
     "Supreme Court"),
])
def test_maintains_that_and_a_ruling_with_its_day_are_claims(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The Federal Labour Court (BAG) in Erfurt on Wednesday upheld a lower-court ruling. The judges found that the app "
     "controlled when, where and how riders worked so tightly that they could not be considered independent.",
     "Federal Labour Court"),
    ("The United Nations Interim Force in Lebanon (UNIFIL) said its headquarters had been hit. In a separate statement, "
     "the peacekeepers said they remained in their positions despite an Israeli request to relocate.",
     "United Nations Interim Force in Lebanon"),
])
def test_the_judges_are_their_court_and_the_peacekeepers_their_force(text, speaker):
    second = text.split(". ", 1)[1][:30]
    assert [sp for k, _, t, sp, _ in speech(text) if k == "claim" and second in t] == [speaker]


def test_a_quote_inside_a_quote_belongs_to_it_and_the_speaker_after_speaks():
    text = ("President Sadyr Japarov praised the vote. 'The authorities call this \"stability\",' said Temir "
            "Osmonaliev, a political scientist.")
    assert [(t, sp) for k, _, t, sp, _ in speech(text) if k == "quote"] == \
        [('The authorities call this "stability"', "Temir Osmonaliev")]


def test_a_lead_author_named_first_speaks_not_the_university_in_her_appositive():
    text = ('Lead author Dr Kavita Raman, of the Institute for Health Metrics and Evaluation (IHME) at the University of '
            'Washington, USA, says: "The decline in deaths is a genuine success story."')
    assert spoken_by(speech(text), "quote") == ["Kavita Raman"]


def test_the_bank_is_a_bank_named_before_never_the_agency_that_polled_economists():
    text = ('The committee voted for the increase, which had been forecast by 31 of 40 economists polled by Reuters.\n\n'
            '"The committee anticipates an interruption in the cycle of hikes," the bank said in its statement, adding '
            'that it would not hesitate to resume raising rates if appropriate.')
    assert "Reuters" not in [sp for _, _, _, sp, _ in speech(text)]


@pytest.mark.parametrize("text, speaker", [
    ("The International Organization for Migration said 40,000 people had fled. According to the World Food "
     "Programme, no aid convoy has reached the city since April, and the agency warned that famine conditions were "
     "likely to spread.", "World Food Programme"),
    ("Labor economists said the deal was generous. Analysts at Wolfe Research estimated the contract would reduce "
     "Halvorsen's margin by about half a point, though they said the company's pricing power should cushion the blow.",
     "Wolfe Research"),
])
def test_who_spoke_earlier_in_the_same_sentence_is_the_agency_or_they_after(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_whose_managing_director_named_then_said_is_a_claim_of_his_own():
    text = ("The contract will sustain about 1,400 jobs at MBDA sites in Stevenage and Bolton, according to the company, "
            "whose managing director, Mark Tennant, said the first batteries would be handed over in 2028.")
    assert spoken_by(speech(text), "claim") == ["MBDA", "Mark Tennant"]


@pytest.mark.parametrize("sentence", [
    "Brent crude was up 2.3% at $78.90 a barrel shortly after 09:00 BST.",
    "U.S. West Texas Intermediate crude futures were up 0.3% at $77.67.",
])
def test_a_price_up_or_down_by_a_figure_is_an_event(sentence):
    from newsdigest.extract.events import classify
    assert len(_events(sentence)) == 1
    found = classify(sentence, speech_only=False)  # found by the rules, not only let through by the gate
    assert found is not None


def test_a_forecaster_before_a_name_is_a_role():
    text = "Forecaster Lin Pei-chen told us the storm would weaken as it crosses the Central Mountain Range."
    assert spoken_by(speech(text), "claim") == ["Lin Pei-chen"]


def test_an_officials_own_office_is_the_office_without_its_owner():
    text = ("Christian Schmidt was appointed in 2021. Schmidt's Office of the High Representative (OHR) said in a "
            "statement that court decisions must be respected.")
    assert spoken_by(speech(text), "claim") == ["Office of the High Representative"]


def test_described_as_an_adjective_is_a_claim_and_a_quote_before_while_ends_its_clause():
    text = ("Denis Becirovic said the ruling showed that \"no one is above the law,\" while Russia's foreign ministry "
            "described the verdict as politically motivated.")
    assert spoken_by(speech(text), "claim") == ["Denis Becirovic", "Russia's foreign ministry"]


@pytest.mark.parametrize("text, speaker", [
    ("The Court of Bosnia and Herzegovina on Thursday convicted a former soldier. According to the verdict, four of "
     "the detainees were taken to the river on the night of June 14, 1992.", "Court of Bosnia and Herzegovina"),
    ("Human rights organisations have repeatedly warned that the pace of war crimes prosecutions in Bosnia is slowing "
     "as witnesses die.", "Human rights organisations"),
])
def test_according_to_the_verdict_is_its_court_and_organisations_are_sources(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_court_ruling_by_a_split_vote_is_its_claim():
    text = "The 9th U.S. Circuit Court of Appeals ruled 2-1 that the administration was unlikely to succeed on appeal."
    assert spoken_by(speech(text), "claim") == ["9th U.S. Circuit Court of Appeals"]


def test_a_polls_reading_is_its_pollsters_claim():
    text = "A poll by the Forsa institute published on Tuesday put the AfD just two points behind the CDU/CSU."
    assert spoken_by(speech(text), "claim") == ["Forsa"]


def test_a_participle_claim_belongs_to_the_source_the_sentence_opens_with():
    text = ("Latvian prosecutors on Tuesday charged three men with preparing acts of sabotage on behalf of Russian "
            "intelligence, alleging that they planned to damage a rail line.")
    assert spoken_by(speech(text), "claim") == ["Latvian prosecutors"]


def test_a_body_that_considers_that_makes_a_claim():
    text = ("The Commission opened an infringement procedure on Wednesday. The Commission considers that these "
            "provisions impose unjustified and disproportionate restrictions on the freedom of association.")
    assert spoken_by(speech(text), "claim") == ["Commission"]


def test_warn_of_in_the_present_is_a_claim():
    text = "Food prices continue to climb, however, as retailers warn of a tough Christmas for shoppers."
    assert spoken_by(speech(text), "claim") == ["retailers"]


@pytest.mark.parametrize("text, speaker", [
    ("Our correspondent in Strasbourg reports that at least a dozen French and Belgian liberals voted no.",
     "Our correspondent in Strasbourg"),
    ("Opposition parties on Tuesday demanded that Hoshino explain at the Diet why he had appointed Oshiro.",
     "Opposition parties"),
])
def test_an_unnamed_subject_that_reports_or_demands_is_the_source_as_written(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Rights groups fear the crackdown could intensify.", "Rights groups"),
    ("Many observers doubt the voluntary format will shift the behaviour of the biggest producers.", "Many observers"),
])
def test_fearing_or_doubting_a_clause_is_a_claim(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


def test_fearing_for_something_is_no_claim():
    assert spoken_by(speech("Residents fear for their lives after the attack on the village."), "claim") == []


def test_ports_mark_a_body():
    text = ("The Swedish Dockworkers' Union called the strike on Monday. Ports of Sweden described the union's "
            "demands as “unrealistic” and said its offer of 3.2 percent was final.")
    assert spoken_by(speech(text), "quote") == ["Ports of Sweden"]


@pytest.mark.parametrize("text, speaker", [
    ("Allies insisted Mrs Badenoch was unfazed, though one shadow minister privately admitted the timing was "
     "'an absolute disaster'.", "one shadow minister"),
    ("Deputy Labour Minister Rodrigo Saavedra told reporters that the government would not intervene, but urged "
     "both parties to \"return to the table with realistic proposals\".", "Rodrigo Saavedra"),
])
def test_a_partial_quote_in_a_turning_clause_is_that_clauses_subjects(text, speaker):
    assert spoken_by(speech(text), "quote") == [speaker]


def test_a_sum_some_plaintiffs_described_as_is_their_word():
    text = ("The court also ordered the man to pay damages of 5,000 kronor each to 112 plaintiffs, a sum some "
            "plaintiffs described as ‘symbolic’.")
    assert spoken_by(speech(text), "quote") == ["some plaintiffs"]


@pytest.mark.parametrize("text, speaker", [
    ("The National Anticorruption Directorate (DNA) detained a mayor. According to the DNA, investigators carried "
     "out 14 house searches in Bucharest on Wednesday morning.", "National Anticorruption Directorate"),
    ("Tomás Breathnach was convicted of murder. Counsel for Breathnach, Ronan Geraghty SC, indicated that his client "
     "is likely to appeal the conviction.", "Ronan Geraghty"),
    ("Tohoku Electric Power said the No. 2 reactor was operating at the time, and the Nuclear Regulation Authority "
     "says radiation monitoring posts around the plant show no change.", "Nuclear Regulation Authority"),
    ("Labour leaders are expected to meet President Tinubu on Thursday, and a source in the NLC secretariat, who spoke "
     "on condition of anonymity, said the strike option remained on the table.", "a source in the NLC secretariat"),
])
def test_second_sources_counsel_and_an_acronym_defined_in_brackets(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_partial_quote_after_and_a_new_subject_is_that_subjects():
    text = ("The German Aerospace Center, DLR, has argued for more competition, and a senior official at a national "
            "space agency, speaking on condition of anonymity, said the Ariane 6 programme remained ‘far too expensive "
            "per kilogram’.")
    assert spoken_by(speech(text), "quote") == ["a senior official at a national space agency"]


def test_an_investment_estimated_at_a_sum_is_no_ones_claim():
    text = ("On 18 September, the board of directors approved a final investment decision on Skarvhavet, a floating "
            "wind development, with total investment estimated at NOK 24 billion and first power expected in 2029.")
    assert spoken_by(speech(text), "claim") == []


def test_since_opens_no_source_phrase():
    text = ("A Nigerian federal court on Wednesday sentenced three men to life imprisonment, in one of the first "
            "convictions for terrorism financing since the authorities vowed to target the networks behind the insurgency.")
    assert "financing since the authorities" not in spoken_by(speech(text), "claim")


def test_a_conjunction_is_no_part_of_an_unnamed_speaker():
    text = ("The council will cut 300 jobs over two years, although officers said most would be lost through "
            "vacancies and voluntary redundancy.")
    assert spoken_by(speech(text), "claim") == ["officers"]


@pytest.mark.parametrize("text, speaker", [
    ("The party proposed to cut the tax, a move critics said would cost billions.", "critics"),
    ("All 24 crew members were rescued by another merchant vessel, the ship's operator said.", "ship's operator"),
])
def test_an_unnamed_speaker_starts_at_a_word(text, speaker):
    assert spoken_by(speech(text), "claim") == [speaker]


def test_a_title_word_inside_a_partys_name_makes_no_person():
    text = ("Prosecutors charged the three journalists. A senior official from the ruling Justice and Development "
            "party (AKP), speaking on condition of anonymity, said the case had \"nothing to do with journalism\".")
    assert [e.type for e in extract_article(text).entities] == ["organisation"]


def test_a_portfolio_after_a_title_is_no_person():
    text = ("The Cabinet Secretary for Net Zero and Just Transition, Màiri McAllan, said ministers were monitoring the "
            "situation.")
    from newsdigest.extract.mentions import find_runs
    assert [r.text for r in find_runs(text, 0, len(text)) if r.title] == []  # (no run titled "Cabinet Secretary")
    assert [(e.type, e.name) for e in extract_article(text).entities] == [("person", "Màiri McAllan")]


def test_an_official_of_the_agency_speaks_as_written_and_forecast_division_is_no_cue():
    text = ("The Fire and Disaster Management Agency said 12 people were injured. “Even after the typhoon passes, the "
            "ground remains saturated,” an official of the agency’s forecast division told a news conference. The "
            "agency expects up to 400 millimeters of additional rain.")
    got = [(k, sp, cue) for k, _, _, sp, cue in speech(text)]
    assert ("quote", "an official of the agency", "told") in got
    assert ("claim", "Fire and Disaster Management Agency", "expects") in got


def test_the_commission_is_the_commission_described_before_when_none_was_named():
    text = ("The Football Association charged Đurić in March, and an independent regulatory commission ruled last week "
            "that the case was proven. \"The conduct was aggravated by the fact that it continued after the player had "
            "been warned,\" the commission said.")
    assert spoken_by(speech(text), "quote") == ["independent regulatory commission"]


def test_any_surname_of_a_long_name_stands_for_its_bearer():
    text = ("PAHO Director Jarbas Barbosa da Silva Júnior warned of a record season. Barbosa said the agency had "
            "shipped rapid diagnostic tests to five member states in February.")
    assert spoken_by(speech(text), "claim") == ["Jarbas Barbosa da Silva Júnior"] * 2


def test_an_acronym_then_the_bodys_name_in_apposition_are_one_body():
    text = ("Kestrel was fined on Tuesday. BEUC, the European Consumer Organisation, said the savings should be passed "
            "on to shoppers.")
    assert spoken_by(speech(text), "claim") == ["European Consumer Organisation"]
    assert [e.name for e in extract_article(text).entities if e.type == "organisation"] == \
        ["European Consumer Organisation"]


@pytest.mark.parametrize("line", [
    "LIVE BLOG | January 17, 2025", "Yle News live feed, Saturday 7 September.",
    "Tuesday 8 April 2025 – updated 16:40 CET", "JACKSON, Miss., Nov 21 (Reuters) -",
    "OFFICE OF THE NEVADA ATTORNEY GENERAL",
])
def test_page_furniture_is_no_event(line):
    text = f"{line}\n\nThe agency said on Monday that 12 people had been killed in the floods."
    assert [e.text for e in _events(text)] == ["The agency said on Monday that 12 people had been killed in the floods."]


def test_a_court_that_ruled_unanimously_that_makes_a_claim():
    text = ("The Sixth Oral Criminal Court of Santiago ruled unanimously that the officer fired his shotgun at head "
            "height without warning.")
    assert spoken_by(speech(text), "claim") == ["Sixth Oral Criminal Court of Santiago"]


def test_two_polls_readings_in_one_sentence_are_two_claims():
    text = ("The independent Medián institute put Tisza nine points ahead among decided voters last week, while the "
            "government-aligned Nézőpont Institute showed Fidesz in the lead.")
    assert spoken_by(speech(text), "claim") == ["independent Medián institute", "Nézőpont Institute"]


def test_according_to_data_released_by_a_body_is_that_bodys_claim():
    text = ("Deforestation alerts in Brazil’s Legal Amazon fell 45.7% in the 12 months to July, according to data from "
            "the Deter satellite system released on Wednesday by the National Institute for Space Research (INPE).")
    assert spoken_by(speech(text), "claim") == ["National Institute for Space Research"]


@pytest.mark.parametrize("text, speaker", [
    ("The defence called a mechanical engineer who testified that a corroded brake line had ruptured seconds before "
     "the collision.", "mechanical engineer"),
    ("The younger Kang owns just 6.2 percent of Daesung Corp., and market watchers expect the family to sell shares in "
     "non-core affiliates.", "market watchers"),
])
def test_a_relative_clauses_witness_and_a_second_groups_expectation(text, speaker):
    assert spoken_by(speech(text), "claim")[-1] == speaker


def test_a_body_that_forecasts_is_a_body_not_a_forecast_name():
    text = "Economists at the National Bank of Ukraine forecast growth of around 2% in 2026 if the grid survives."
    assert ("organisation", "National Bank of Ukraine") in {(e.type, e.name) for e in extract_article(text).entities}


def test_what_is_scheduled_has_not_happened():
    from newsdigest.extract.events import classify
    assert classify("The next FAO Food Price Index is scheduled for release on 3 July.", speech_only=False) is None


def test_an_outlet_that_saw_a_notice_is_not_the_firm_that_sent_it():
    text = ("Clarendell, a payroll outsourcer, has confirmed a breach. In a notice sent to clients on Wednesday and seen "
            "by The Register, the Leeds-based firm said the intruders accessed names and addresses. It said it "
            "discovered the 'suspicious activity' on 24 May.")
    assert set(spoken_by(speech(text), "claim")) == {"Clarendell"}


def test_a_bodys_data_showed_is_that_bodys_claim():
    text = ("The Central Bank of the Republic of Türkiye raised rates. Non-residents bought a net $1.3 billion in "
            "Turkish government bonds in the week to March 15, central bank data showed.")
    assert spoken_by(speech(text), "claim")[-1] == "Central Bank of the Republic of Türkiye"


def test_what_a_body_attributed_something_to_is_its_words():
    text = ("Mobile internet in Zhanaozen was disrupted for several hours on Thursday afternoon, residents said, "
            "although the operator Kcell attributed the outage to \"technical work.\"")
    assert spoken_by(speech(text), "quote") == ["Kcell"]


def test_what_unnamed_people_reported_according_to_a_body_is_the_bodys_count():
    text = ("Residents in the Willcox basin have reported dozens of dry wells since 2021, according to the Arizona "
            "Department of Water Resources.")
    assert spoken_by(speech(text), "claim") == ["Arizona Department of Water Resources"]


def test_what_a_group_called_without_as_is_its_claim_but_not_what_he_called():
    text = ("The court blocked the rule, a decision that civil liberties groups called the most important privacy "
            "ruling in a decade.")
    assert spoken_by(speech(text), "claim") == ["civil liberties groups"]
    text = "Erdogan urged his party to respect what he called the nation's decision after the vote on Sunday."
    assert "the nation's decision" not in [t for k, _, t, _, _ in speech(text) if k == "claim"]  # (the rule's guard)


def test_noting_in_its_decision_that_is_the_bodys_claim():
    text = ("The Athletics Integrity Unit (AIU) banned the runner. The AIU was unmoved by that explanation, noting in its "
            "decision that the athlete had failed to name the clinic or produce any medical records.")
    assert spoken_by(speech(text), "claim")[-1] == "Athletics Integrity Unit"


@pytest.mark.parametrize("text", [
    "Oil prices held near a three-week high in Asian trade on Wednesday.",
    "The Tongan government said the cyclone destroyed 300 homes in the capital on Monday.",
])
def test_a_demonym_is_no_place(text):
    assert [e.name for e in extract_article(text).entities if e.type == "place"] == []


def test_a_bodys_kind_then_its_name_is_that_body_not_the_first_name():
    text = "The UN refugee agency, UNHCR, called for calm and said it was “deeply concerned” by reports of live fire."
    assert spoken_by(speech(text), "quote") == ["UNHCR"]


def test_a_building_someone_spoke_at_is_no_one_a_pronoun_can_mean():
    text = ("Interior ministry spokesperson David Ochieng has defended the police. “Officers exercised restraint,” he "
            "told journalists at Harambee House. He said 19 officers were injured and four police stations were set "
            "on fire.")
    assert spoken_by(speech(text), "claim") == ["David Ochieng"]


def test_the_line_that_signs_a_block_quote_is_no_claim():
    text = ("The tribunal's findings were blunt:\n\n\"The decision to continue hauling nets was the single most "
            "important factor in the loss of the vessel.\"\n— Korea Maritime Safety Tribunal, final report\n")
    got = speech(text)
    assert spoken_by(got, "quote") == ["Korea Maritime Safety Tribunal"] and spoken_by(got, "claim") == []


def test_the_role_noun_named_before_the_name_finds_that_person():
    text = ("The chief of Asawinso and a cocoa farmer, Nana Kwaku Duah Agyemang II, said the new price was “a step in "
            "the right direction” but warned that many farmers had already sold their beans to smugglers.\n\n"
            "“If the purchasing clerks do not pay on time, this price will remain on paper,” the chief told GhanaWeb.\n")
    assert spoken_by(speech(text), "quote") == ["Kwaku Duah Agyemang II"] * 2


def test_the_company_is_never_the_union_of_states_that_fined_it():
    text = ("BRUSSELS—The European Union fined Kestrel Payments €1.1 billion on Tuesday, saying the Dutch payments "
            "processor abused its dominant position.\n\nKestrel said it would appeal the decision at the EU's General "
            "Court in Luxembourg. \"We fundamentally disagree with the Commission's findings, which ignore how "
            "competitive European payments have become,\" the company said in a statement.\n")
    assert spoken_by(speech(text), "quote") == ["Kestrel Payments"]


@pytest.mark.parametrize("text, who", [
    ('UKMTO said the master reported "a large explosion on the port side" at about 23:40 local time, 77 nautical '
     'miles west of the port of Hodeidah.', "the master"),
    ("The UKMTO agency had earlier reported an incident in the same area, saying the ship's master described \"a loud "
     "explosion\" near the stern followed by thick smoke.", "the ship's master"),
])
def test_a_partial_quote_in_a_reported_clause_is_the_clause_subjects(text, who):
    assert spoken_by(speech(text), "quote") == [who]


def test_a_partial_quote_after_a_welcome_is_still_the_subjects():
    text = ("President Rumen Radev, a long-time critic of the government, welcomed the resignation but described it as "
            "“only the first step” towards restoring trust.")
    assert spoken_by(speech(text), "quote") == ["Rumen Radev"]


def test_a_fathers_name_after_bin_is_no_surname_a_king_is_called_by():
    text = ("The meeting was chaired by Bahrain’s King Hamad bin Isa Al Khalifa.\n\nQatar’s Emir Sheikh Tamim bin Hamad "
            "and Kuwait’s Emir Sheikh Meshal Al Ahmad have all landed in Manama.\n\nKing Hamad has opened the summit "
            "with a call for unity. “The Gulf has weathered storms before, and it has always emerged stronger,” he "
            "told the leaders.\n")
    assert spoken_by(speech(text), "quote") == ["Hamad bin Isa Al Khalifa"]
    assert {"Tamim bin Hamad", "Hamad bin Isa Al Khalifa"} <= {e.name for e in extract_article(text).entities}


def test_a_description_in_apposition_to_a_name_is_not_the_speaker():
    text = ("Hind, a 52-year-old retired teacher who was born in Syria and asked that her surname be withheld, said her "
            "pension was frozen in January and her bank accounts were suspended for two months.")
    assert spoken_by(speech(text), "claim") == ["Hind"]


def test_a_portfolio_of_many_words_is_the_title_before_the_name():
    text = ("Saudi Minister of Transport and Logistic Services Saleh Al-Jasser said the project would \"redraw the "
            "economic map of the Gulf\" and create around 30,000 direct and indirect jobs in the two countries.")
    assert spoken_by(speech(text), "quote") == ["Saleh Al-Jasser"]
    assert [e.name for e in extract_article(text).entities if e.type == "person"] == ["Saleh Al-Jasser"]


def test_leader_of_the_opposition_is_a_title_before_the_name():
    text = ("Leader of the Opposition Inia Seruiratu was less generous, describing the package as \"a pre-election "
            "sweetener paid for with borrowed money\".")
    assert spoken_by(speech(text), "quote") == ["Inia Seruiratu"]


def test_the_university_is_not_its_staff_union():
    text = ("Staff at Cardiff University have voted to take industrial action over plans to cut about 400 posts.\n\n"
            "The result of the ballot, announced by the University and College Union (UCU) on 18 March, showed that "
            "86 per cent of those voting backed strikes.\n\nThe university said it would honour its commitments to "
            "all enrolled students.\n")
    assert spoken_by(speech(text), "claim")[-1] == "Cardiff University"


def test_the_gulf_is_a_place_not_the_first_word_of_its_council():
    text = ("Leaders of the Gulf Cooperation Council met in Manama on Tuesday.\n\nGulf analysts speaking to The National "
            "say the summit is unlikely to produce major new initiatives on Iran.\n")
    assert spoken_by(speech(text), "claim") == ["Gulf analysts"]
    assert ("place", "Gulf") in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_partial_quote_before_an_unnamed_source_is_that_source_as_written():
    text = ('Tehran (AFP) - An Iranian court has sentenced a French-Iranian anthropologist to eight years in prison for '
            '"collaborating with a hostile government", the judiciary said Tuesday.')
    assert spoken_by(speech(text), "quote") == ["judiciary"]


def test_what_a_subject_rejected_before_and_said_is_not_who_speaks():
    text = "The ministry rejected the report and said its officials had acted lawfully throughout the inquiry."
    assert spoken_by(speech(text), "claim") == ["ministry"]


def test_an_okina_that_opens_a_name_is_part_of_it():
    text = "Its director, ʻAna Tuʻipulotu, told RNZ Pacific that teams had reached Lifuka by boat this afternoon."
    assert "ʻAna Tuʻipulotu" in [e.name for e in extract_article(text).entities if e.type == "person"]
    assert spoken_by(speech(text), "claim") == ["ʻAna Tuʻipulotu"]


@pytest.mark.parametrize("text, name", [
    ("The women obtained nationality through marriage under Article 8 of the 1959 Nationality Law, a route the "
     "government abolished by decree in December.", "Nationality Law"),
    ("He was charged under section 302 of the Pakistan Penal Code on Monday.", "Pakistan Penal Code"),
    ("The Sunni-ruled kingdom, home to the US Navy's Fifth Fleet, crushed the protests in 2011.", "Fifth Fleet"),
])
def test_a_law_or_a_fleet_is_no_person(text, name):
    assert ("person", name) not in {(e.type, e.name) for e in extract_article(text).entities}


def test_a_body_named_elsewhere_stays_a_body_where_its_place_reads_like_a_person():
    text = ("“This was a quarter of disciplined execution,” said Khalid Al Mazrouei, chief executive of Adnoc Gas.\n\n"
            "He also said Adnoc Gas had signed a new 10-year supply agreement with an Indian buyer during the "
            "quarter.\n")
    assert {(e.type, e.name) for e in extract_article(text).entities if e.name == "Adnoc Gas"} == \
        {("organisation", "Adnoc Gas")}


def test_a_known_bodys_name_is_the_person_of_that_surname_named_before():
    text = ("Northvale said its board had appointed Ingrid Halvorsen as chief executive. She replaces Luc Wagner, who "
            "is retiring.\n\n\"We are not happy with where the program is,\" Wagner said during an earnings call.\n")
    assert spoken_by(speech(text), "quote") == ["Luc Wagner"]
    assert "Wagner Group" not in [e.name for e in extract_article(text).entities]


def test_a_nationality_before_a_body_is_no_body_of_its_own():
    text = ("WAKAYAMA, Japan, Feb 18 (Reuters) - A small rocket built by Japanese startup Hoshizora Launch Systems "
            "broke apart about three minutes after lifting off on Tuesday, the company said.")
    assert spoken_by(speech(text), "claim") == ["Hoshizora Launch Systems"]
    assert "Japanese" not in [e.name for e in extract_article(text).entities]


def test_an_institute_whose_name_opens_like_a_place_is_a_body():
    text = ("A former laboratory director at the Gulf Coast Institute of Technology (GCIT) was sentenced on Tuesday.\n\n"
            "GCIT said it had “cooperated fully” with investigators and that it fired him in 2023.\n")
    assert spoken_by(speech(text), "claim") == ["Gulf Coast Institute of Technology"]
    assert ("organisation", "Gulf Coast Institute of Technology") in \
        {(e.type, e.name) for e in extract_article(text).entities}


def test_a_possessed_source_no_one_named_yet_is_as_written_or_the_lawyer_named_next():
    text = ("Security forces arrested a satirical illustrator at his home in Giza before dawn on Wednesday, days "
            "after he posted a cartoon, his family and lawyer told Middle East Eye.")
    assert spoken_by(speech(text), "claim") == ["his family and lawyer"]
    text = ("Rabat (AFP) – A Moroccan court on Monday sentenced 11 young men to prison terms over protests against "
            "water cuts, their lawyer said.\n\nThe defendants were convicted of obstructing a public road, their "
            "lawyer, Hicham Ait Lhaj, told AFP.\n")
    assert spoken_by(speech(text), "claim")[0] == "Hicham Ait Lhaj"


def test_the_regulator_is_the_regulator_since_named_not_the_description_before():
    text = ("Britain’s financial regulator has fined Caldermoor Bank £28.4mn, the latest penalty against a lender "
            "whose controls the watchdog says could not keep pace.\n\nThe Financial Conduct Authority said on Thursday "
            "that the bank had signed up 40,000 customers without assessing the risks.\n\nThe regulator said the bank "
            "had also breached a voluntary requirement agreed in 2021.\n")
    assert spoken_by(speech(text), "claim")[-1] == "Financial Conduct Authority"


def test_according_to_its_filing_is_the_body_the_sentence_is_about():
    text = ("Veridia Holdings rose 31% in its Nasdaq debut on Wednesday. Veridia, founded in 2017, says it has 41 "
            "million customers. It reported net income of 1.9 billion reais last year, according to its filing with "
            "the U.S. Securities and Exchange Commission.")
    assert spoken_by(speech(text), "claim")[-1] == "Veridia Holdings"


def test_what_data_showed_in_a_time_clause_is_no_claim():
    text = ("Gilts sold off again on Friday after data showed the US economy added 256,000 jobs in December, far more "
            "than expected, pushing the 10-year yield back up to 4.85 per cent.")
    assert spoken_by(speech(text), "claim") == []


def test_a_coordinated_clause_gives_its_own_subject_not_the_clause_before():
    text = ("Telemetry dropped out for roughly 40 seconds after landing, a tense moment for the control room, before "
            "the signal returned and engineers confirmed the lander was on the ground.")
    assert spoken_by(speech(text), "claim") == ["engineers"]


@pytest.mark.parametrize("text, body", [
    ("Mehdi Lamrani of Mohammed V University in Rabat said the sentences were harsh.", "Mohammed V University"),
    ("João Pedro Albuquerque of the University of São Paulo, who was not involved, said the result was striking.",
     "University of São Paulo"),
])
def test_a_scholar_of_a_university_is_split_from_it(text, body):
    names = {e.name for e in extract_article(text).entities}
    assert body in names and not any(" of " in n and body in n and n != body for n in names)


def test_a_website_is_named_with_its_domain():
    text = "Astronomers told Space.com that the signal was real, and Bonbast.com data showed the rial falling."
    names = {(e.type, e.name) for e in extract_article(text).entities}
    assert {("organisation", "Space.com"), ("organisation", "Bonbast.com")} <= names


def test_the_soviet_union_is_a_place():
    text = "India would become only the fourth country after the Soviet Union, the US and China to fly astronauts."
    assert ("place", "Soviet Union") in {(e.type, e.name) for e in extract_article(text).entities}
    assert entity_key("place", "USSR") == entity_key("place", "Soviet Union")


def test_one_mp_and_another_are_two_sources_as_written():
    assert spoken_by(speech("One senior MP said the plan was bad and had to change now."), "claim") == \
        ["One senior MP"]
    text = ("One Labour MP said the party would ‘not tolerate a return to austerity by the back door’, while another "
            "said ministers had to show the markets they were serious.")
    got = speech(text)
    assert spoken_by(got, "quote") == ["One Labour MP"] and spoken_by(got, "claim") == ["another Labour MP"]


def test_yet_is_no_part_of_who_warns():
    text = "The fund’s fourth review unlocks $1.2 billion for Cairo, yet economists warn that the hardest reforms are ahead."
    assert spoken_by(speech(text), "claim") == ["economists"]


def test_according_to_her_family_is_the_family_not_her():
    text = ("Nasrin Farhadi-Mercier, 58, was arrested in the southern city of Shiraz in September while conducting "
            "fieldwork on nomadic communities, according to her family.")
    assert spoken_by(speech(text), "claim") == ["her family"]
    assert spoken_by(speech(text.replace("her family", "her lawyer")), "claim") == ["her lawyer"]


def test_at_pains_to_stress_that_reports_speech():
    text = ("Mr Marape was at pains to stress that the treaty would not stop his government from dealing with other "
            "countries, including China.")
    assert spoken_by(speech(text), "claim") == ["Marape"]


def test_an_accused_is_a_defendant_not_a_cue():
    text = "A third accused, a Suva-based customs broker, was acquitted at the end of the trial on Friday."
    assert spoken_by(speech(text), "claim") == []


def test_a_bodys_press_service_is_the_body_named_before():
    text = ("The 68th Separate Jaeger Brigade repelled an assault near Kotlyne on Tuesday. The attack began before dawn "
            "and involved two tank companies supported by infantry, according to the brigade's press service.")
    assert spoken_by(speech(text), "claim")[-1] == "68th Separate Jaeger Brigade"


def test_a_judge_named_after_her_description_finds_past_where_and_when():
    text = ("Late on Tuesday, at the High Court in London, a deputy High Court judge, Helen Marsh, rejected "
            "applications for injunctions on behalf of seven passengers, finding that none had shown a ‘real "
            "prospect’ of success at a full hearing.")
    assert spoken_by(speech(text), "quote") == ["Helen Marsh"]


def test_a_name_in_the_sources_relative_clause_is_not_the_source():
    text = ("The Kessler board first received an approach in September, according to two people familiar with the "
            "matter, who said Šťastný had met the chief executive in Munich in October.")
    assert spoken_by(speech(text), "claim")[0].startswith("two people")


def test_a_parent_who_said_is_the_parent_not_the_author_named_before():
    text = ("The books, Toni Morrison's \"The Bluest Eye\" and Rupi Kaur's poetry collection \"Milk and Honey,\" were "
            "challenged last fall by a parent who said they contained sexually explicit passages unsuitable for minors.")
    assert spoken_by(speech(text), "claim") == ["parent"]


def test_according_to_an_estimate_the_agency_shared_is_the_agency():
    text = ("The Federal Emergency Management Agency’s Disaster Relief Fund could run short by late August, according "
            "to an internal estimate the agency shared with Congress last month.")
    assert spoken_by(speech(text), "claim") == ["Federal Emergency Management Agency"]


def test_a_full_stop_inside_a_dateline_starts_no_sentence():
    text = ("NASHVILLE, Tenn. (AP) — A federal judge on Wednesday temporarily blocked a Tennessee law, ruling that it "
            "likely violates the First Amendment.")
    assert [s.text[:15] for s in split_sentences(text)] == ["NASHVILLE, Tenn", "A federal judge"]


@pytest.mark.parametrize("lede", [
    "A federal judge on Wednesday temporarily blocked a Tennessee law that would have required Apple and Google to "
    "verify ages, ruling that it likely violates the First Amendment.",
    "A federal judge ruled on Wednesday that a Tennessee law requiring Apple and Google to verify ages likely violates "
    "the First Amendment.",
])
def test_the_judge_a_lede_describes_is_the_judge_it_names_next(lede):
    text = (f"NASHVILLE, Tenn. (AP) — {lede}\n\nU.S. District Judge Miriam Castellano-Hughes granted a preliminary "
            "injunction sought by NetChoice.\n")
    assert spoken_by(speech(text), "claim")[0] == "Miriam Castellano-Hughes"


def test_sdsm_is_the_social_democratic_union_of_macedonia():
    text = ("The opposition Social Democratic Union of Macedonia, SDSM, which was in power at the time of the purchase, "
            "accused the government of using the judiciary for political revenge.")
    assert spoken_by(speech(text), "claim") == ["Social Democratic Union of Macedonia"]
    assert entity_key("organisation", "SDSM") == entity_key("organisation", "Social Democratic Union of Macedonia")


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_possessive_in_the_appositive_still_describes_a_person(mark):
    text = (f"Marisol Ybarra, a children{mark}s librarian who spoke during public comment, said closing branches "
            "would hurt families without internet at home.")
    assert spoken_by(speech(text), "claim") == ["Marisol Ybarra"]


@pytest.mark.parametrize("title", ["City Controller", "City Clerk", "State Auditor", "Public Defender", "Informateur"])
def test_local_offices_are_titles_not_part_of_the_name(title):
    text = f"Budget fight\n\nThe council met on Monday.\n\n{title} Graciela Montemayor said the city would cut spending.\n"
    x = extract_article(text)
    assert [e.name for e in x.entities if e.type == "person"] == ["Graciela Montemayor"]


@pytest.mark.parametrize("text, place", [
    ("A man was killed in Houma, Terrebonne Parish President Marcus Thibodaux said at a news conference.",
     "Terrebonne Parish"),
    ("The hearing at the Carl B. Stokes U.S. Courthouse lasted three hours, the court said.",
     "Carl B. Stokes U.S. Courthouse"),
])
def test_a_parish_and_a_courthouse_are_places(text, place):
    x = extract_article(text)
    assert place in [e.name for e in x.entities if e.type == "place"]
    assert place not in [e.name for e in x.entities if e.type == "person"]


@pytest.mark.parametrize("text", [
    "Cyclone hits Bangladesh\n\nThe storm hit Cox’s Bazar on Monday, officials said.\n",
    "COX’S BAZAR, Bangladesh (Reuters) - The storm hit Cox’s Bazar on Monday, and Cox's Bazar district flooded.\n",
])
def test_a_known_place_with_a_possessive_in_its_name_is_one_place(text):
    x = extract_article(text)
    assert [e.name for e in x.entities if e.type == "place" and e.name != "Bangladesh"] == ["Cox's Bazar"]


@pytest.mark.parametrize("text, party", [
    ("Informateur Wouter Koolmees recommended that D66, the CDA and the VVD open formal talks, the report said.", "D66"),
    ("The conservatives of Les Républicains and President Emmanuel Macron's Renaissance lost seats, polls showed.",
     "Les Républicains"),
    ("The N-VA of Prime Minister Bart De Wever backed the reform, while the FGTB union called a strike.", "N-VA"),
])
def test_european_parties_and_unions_are_organisations(text, party):
    x = extract_article(text)
    assert party in [e.name for e in x.entities if e.type == "organisation"]
    assert party not in [e.name for e in x.entities if e.type == "person"]


def test_a_right_one_can_claim_is_no_speech():
    text = ("The law gradually lengthens the period workers must contribute before they can claim an early pension. "
            "Critics claim the plan is unfair.")
    assert spoken_by(speech(text), "claim") == ["Critics"]


@pytest.mark.parametrize("text, who", [
    ("S&P Global Ratings cut Chicago's general obligation rating to BBB in September and has said that further "
     "reliance on one-time fixes could lead to another downgrade.", "S&P Global Ratings"),
    ("Fitch Ratings cut Ghana's rating to CCC in March and has repeatedly warned that the country could run out of "
     "cash.", "Fitch Ratings"),
])
def test_a_second_verb_after_and_shares_the_sentences_subject(text, who):
    assert spoken_by(speech(text), "claim") == [who]


def test_an_acronym_with_an_ampersand_is_the_body_it_abbreviates():
    text = ("Fire\n\nPacific Gas & Electric said on Monday it had detected an outage on the line. PG&E said it would "
            "cooperate with the investigators.\n")
    assert spoken_by(speech(text), "claim") == ["Pacific Gas & Electric"] * 2
    assert [e.name for e in extract_article(text).entities] == ["Pacific Gas & Electric"]


def test_a_body_a_lede_describes_is_the_body_named_next_with_that_word():
    text = ("Typhoon kills 63\n\nThe death toll from Typhoon Sinlaku in the Philippines has risen to 63, with at least "
            "20 people still missing, the country’s disaster agency said on Tuesday.\n\nThe National Disaster Risk "
            "Reduction and Management Council (NDRRMC) said more than 640,000 people had been displaced.\n\nThe "
            "Financial Times reported that aid was slow.\n")
    got = [e for e in extract_article(text).entries if e.kind == "claim"]
    assert got[0].speaker == "National Disaster Risk Reduction and Management Council"
    assert got[0].speaker_candidates[1] == "country’s disaster agency"


def test_a_partial_quote_before_a_role_in_lower_case_and_a_name_is_theirs():
    text = ("Court rules on AfD\n\nThe court ruled on Tuesday.\n\nThe party's understanding of the German people, based "
            "on ethnic descent, was \"not compatible with the free democratic basic order,\" presiding judge Gabriele "
            "Wößner said as she delivered the ruling.\n")
    got = speech(text)
    assert [(k, t, sp) for k, t, _, sp, _ in got if k == "quote"] == [("quote", "partial", "Gabriele Wößner")]
    # what the sentence reports before the quote is a claim of hers too
    assert spoken_by(got, "claim") == ["Gabriele Wößner"]


def test_the_one_after_a_quote_is_the_unnamed_source_described_before():
    text = ("Losses top $100 billion\n\nOne underwriter at a Lloyd's of London syndicate, who asked not to be named "
            "because of the sensitivity of client negotiations, said buyers were pressing hard for lower retentions."
            "\n\n\"The discipline we had two years ago is fraying,\" the underwriter said.\n")
    assert spoken_by(speech(text), "quote") == ["One underwriter at a Lloyd's of London syndicate"]


@pytest.mark.parametrize("text, body", [
    ("Swiss Re forecast that insured losses would keep rising by 5 to 7 percent a year.", "Swiss Re"),
    ("Munich Re, the world's biggest reinsurer, said that losses reached 108 billion dollars in 2025.", "Munich Re"),
])
def test_a_reinsurer_named_re_is_an_organisation(text, body):
    got = extract_article(f"Losses rise\n\nThe market was calm on Monday.\n\n{text}\n")
    assert [e.name for e in got.entities if e.type == "organisation"] == [body]
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [body]


@pytest.mark.parametrize("sentence, who", [
    ("Lecornu’s camp insists it still has room to manoeuvre on the budget.", "Lecornu’s camp"),
    ("Macron's entourage said the president would travel to Kyiv next week.", "Macron's entourage"),
])
def test_a_politicians_camp_or_entourage_is_not_the_politician(sentence, who):
    text = (f"Budget fight\n\nPrime Minister Sébastien Lecornu met Emmanuel Macron on Monday.\n\n{sentence}\n")
    assert spoken_by(speech(text), "claim") == [who]


def test_a_politician_from_a_city_of_two_words_names_the_city():
    text = ("Bill advances\n\nThe committee voted on Monday.\n\nState Rep. Mariela Cortez-Whitfield, the Fort Worth "
            "Republican who wrote the bill, said cities had priced out teachers.\n")
    assert [e.name for e in extract_article(text).entities if e.type == "place"] == ["Fort Worth"]


def test_a_democrat_from_a_town_the_gazetteer_lacks_names_the_town():
    text = ("Budget gap\n\nThe report came out on Monday.\n\nRep. Ana Ruiz, a Pomona Democrat, said the cuts were "
            "too deep. A Christian Democrat disagreed.\n")
    assert [(e.type, e.name) for e in extract_article(text).entities] == [("person", "Ana Ruiz"), ("place", "Pomona")]


def test_a_ballot_question_is_no_name_and_malacanang_is_the_presidency():
    text = "Election night\n\nPolls closed at 8 p.m.\n\nQuestion C still undecided as Measure A passed, Malacañang said.\n"
    assert [(e.type, e.name) for e in extract_article(text).entities] == [("organisation", "Malacañang")]


@pytest.mark.parametrize("sentence, who", [
    ("Hartlepool United takeover approved as American group promises 'no quick fixes'", "American group"),
    ("Anger quickly shifted to what protesters called the “captured state”.", "protesters"),
    ("The Benghazi-based administration in the east of the country said on Monday it would halt all oil production "
     "and exports.", "Benghazi-based administration"),
])
def test_an_unnamed_source_is_its_noun_phrase_whole_and_no_more(sentence, who):
    text = f"Headline here\n\nThe deal closed on Friday.\n\n{sentence}\n"
    assert [sp for _, _, _, sp, _ in speech(text)] == [who]


@pytest.mark.parametrize("tail, who", [
    ("according to a statement from the governor’s office released at 11:56 p.m., averting a shutdown.",
     "the governor’s office"),
    ("according to the committee’s report published on 4 April.", "the committee"),
])
def test_according_to_a_document_is_whoever_issued_it(tail, who):
    text = f"Budget signed\n\nThe state avoided a shutdown.\n\nThe governor signed the budget on Monday night, {tail}\n"
    assert spoken_by(speech(text), "claim") == [who]


@pytest.mark.parametrize("stamp", ["Issued on: 23/03/2026 - 08:52", "Modified: 23/03/2026 - 10:15"])
def test_a_pages_issued_on_stamp_is_no_event(stamp):
    text = f"Paris elects mayor\n\n{stamp}\n\nSocialist Emmanuel Grégoire won the runoff on Sunday.\n"
    events = [e.text for e in extract_article(text).entries if e.kind == "event"]
    assert stamp not in events and any("won the runoff" in t for t in events)


def test_the_greens_are_a_party():
    text = "Coalition talks stall\n\nThe Social Democrats and the Greens failed to agree on a budget on Monday.\n"
    assert "Greens" in [e.name for e in extract_article(text).entities if e.type == "organisation"]


@pytest.mark.parametrize("site", ["PowerOutage.us", "Regulations.gov"])
def test_a_website_with_a_country_or_government_domain_keeps_it(site):
    text = f"Storm\n\nMore than 412,000 homes had no power, according to {site}, a tracking site.\n"
    assert [e.name for e in extract_article(text).entities] == [site]


def test_the_drugmaker_is_the_business_the_sentence_names_not_the_regulator_before_it():
    text = ("FDA approves pill\n\nApril 2 (Reuters) - The U.S. Food and Drug Administration on Tuesday approved "
            "Verantis Therapeutics' once-daily weight-loss pill, the Boston-based drugmaker said, giving patients an "
            "alternative.\n")
    assert spoken_by(speech(text), "claim") == ["Verantis Therapeutics"]


def test_a_turn_after_a_quotes_closing_mark_starts_the_next_speakers_clause():
    text = ('Prices fall\n\nMedicare announced new prices on Monday.\n\nSen. Marisol Ibarra, D-N.M., called the results '
            '"proof the law works," while Rep. Curtis Blankenship, R-Tenn., said the administration should "stop '
            'bragging about price controls" and go after pharmacy benefit managers instead.\n')
    got = speech(text)
    assert [(t, sp) for k, _, t, sp, _ in got if k == "quote"] == [
        ("proof the law works", "Marisol Ibarra"), ("stop bragging about price controls", "Curtis Blankenship")]
    assert spoken_by(got, "claim") == ["Curtis Blankenship"]


def test_a_firm_described_by_its_nationality_is_the_firm_the_sentence_names():
    text = ("Shares fall\n\nMUMBAI, Nov 4 (Reuters) - Shares of Vasudha Pharma fell as much as 11% on Wednesday, after "
            "the Indian generic drugmaker said the U.S. Food and Drug Administration had issued a warning letter.\n\n"
            "The Israeli government said it would respond.\n")
    assert spoken_by(speech(text), "claim") == ["Vasudha Pharma", "Israeli government"]


def test_a_prepositional_phrase_before_and_is_no_source():
    text = ('Attacks rise\n\nSettlers attacked farmers on Monday.\n\nThe Palestinian Ministry of Foreign Affairs condemned '
            'what it called "organised terror" against farmers and urged the international community to impose '
            'sanctions on settler groups.\n')
    assert spoken_by(speech(text), "claim") == ["Palestinian Ministry of Foreign Affairs"]


@pytest.mark.parametrize("sentence", [
    "An Israeli security official quoted by Army Radio said forces in the area were stretched thin.",
    "Pakistani security officials, quoted by the state-run APP, said the militants had been killed in a raid.",
])
def test_the_medium_that_quotes_a_source_is_not_the_source(sentence):
    text = f"Attacks rise\n\nSettlers attacked farmers on Monday.\n\n{sentence}\n"
    got = spoken_by(speech(text), "claim")
    assert len(got) == 1 and "official" in got[0]


def test_a_name_that_ends_in_a_place_is_a_person_when_a_role_follows_it():
    text = ('Inflation slows\n\nInflation slowed in May, the agency said.\n\n"The job is not finished," said Martina '
            'Colombo, chief economist at Buenos Aires consultancy Analítica Pampeana. She added that wages could keep '
            'prices sticky.\n')
    got = extract_article(text)
    assert ("person", "Martina Colombo") in [(e.type, e.name) for e in got.entities]
    assert [e.speaker for e in got.entries if e.kind == "claim"][-1] == "Martina Colombo"


def test_a_quote_after_what_someone_admits_is_the_sayers():
    text = ('Pardon request\n\nNetanyahu asked for a pardon on Sunday.\n\nOpposition leader Yair Lapid said Herzog should '
            'not grant a pardon unless Netanyahu admits guilt, expresses remorse and "immediately retires from '
            'political life."\n')
    assert spoken_by(speech(text), "quote") == ["Yair Lapid"]


@pytest.mark.parametrize("text, person", [
    ("His father, then-President Chaim Herzog, pardoned the agents in 1986.", "Chaim Herzog"),
    ("Egypt's President Abdel Fattah el-Sisi met the envoy on Monday.", "Abdel Fattah el-Sisi"),
])
def test_a_particle_opens_a_name_only_at_the_start_of_a_word(text, person):
    assert [e.name for e in extract_article(f"Pardon\n\n{text}\n").entities if e.type == "person"] == [person]


def test_biotech_and_generics_makers_are_organisations():
    text = ("Deal\n\nJ.P. Morgan said shares would rise. Neurovance Bio and Halvorsen Generics fell, while Farmacéutica "
            "Lázaro rose.\n")
    assert [(e.type, e.name) for e in extract_article(text).entities] == [
        ("organisation", "JPMorgan"), ("organisation", "Neurovance Bio"), ("organisation", "Halvorsen Generics"),
        ("organisation", "Farmacéutica Lázaro")]


def test_a_named_person_before_which_is_still_a_person():
    text = ("Poll\n\nA party headed by former prime minister Naftali Bennett, which has yet to be formally registered, "
            "would be the largest, the survey shows. Downdetector, which tracks outages, logged 900 reports.\n")
    got = [(e.type, e.name) for e in extract_article(text).entities]
    assert ("person", "Naftali Bennett") in got and ("organisation", "Downdetector") in got


def test_a_closing_relative_clause_about_a_step_is_no_attribution():
    text = ("Rally\n\nMarkets rose on Monday.\n\nMilei still has to rebuild the central bank’s depleted foreign reserves "
            "and let the peso float more freely, a step the International Monetary Fund has urged.\n")
    assert spoken_by(speech(text), "claim") == []


def test_fears_after_easing_is_a_noun_not_a_cue():
    text = ("Rally\n\nArgentine assets rallied on Monday after President Javier Milei’s party won the midterm elections, "
            "easing fears that his free-market overhaul would stall.\n\nFarmers fear that the drought will last.\n")
    assert spoken_by(speech(text), "claim") == ["Farmers"]


def test_the_body_named_after_a_lede_is_one_of_the_claims_entities():
    text = ("Typhoon kills 63\n\nThe death toll from Typhoon Sinlaku has risen to 63, the country’s disaster agency "
            "said on Tuesday.\n\nThe National Disaster Risk Reduction and Management Council said more than 640,000 "
            "people had been displaced.\n")
    claim = next(e for e in extract_article(text).entries if e.kind == "claim")
    assert claim.entities[0].name == "National Disaster Risk Reduction and Management Council"


def test_an_anonymous_member_of_someones_team_is_the_member():
    text = ("Chile vote\n\nJosé Antonio Kast won the runoff on Sunday.\n\nA senior member of Kast's transition team, who "
            "asked not to be named because the list had not been finalised, said the president-elect would announce "
            "his cabinet in January.\n")
    assert spoken_by(speech(text), "claim") == ["A senior member of Kast's transition team"]


def test_an_airline_named_in_spanish_is_an_organisation():
    text = ("Strike live\n\n07:40 — Buses stopped after the UTA transport union joined the strike.\n\n08:15 — Aerolíneas "
            "Argentinas has cancelled 212 flights affecting some 24,000 passengers, the state-owned carrier said.\n")
    got = extract_article(text)
    assert ("organisation", "Aerolíneas Argentinas") in [(e.type, e.name) for e in got.entities]
    assert spoken_by(speech(text), "claim") == ["Aerolíneas Argentinas"]


@pytest.mark.parametrize("tail, who", [
    ("according to aid workers, because Taliban restrictions have left few female staff.", "aid workers"),
    ("according to the state weather service, PAGASA.", "PAGASA"),
])
def test_according_to_a_source_before_a_clause_is_that_source(tail, who):
    text = f"Quake\n\nThe quake hit on Thursday.\n\nWomen and girls face particular risks in the valley, {tail}\n"
    assert spoken_by(speech(text), "claim") == [who]


def test_a_closing_said_before_a_name_written_again_in_its_own_script():
    text = ("Quake\n\nThe quake hit on Thursday.\n\nWaves of up to 1.2 metres were recorded in the port of Severo-Kurilsk "
            "about 40 minutes after the quake, said Sergei Lebedev (Сергей Лебедев), who heads the ministry's branch "
            "in the Sakhalin region.\n")
    assert spoken_by(speech(text), "claim") == ["Sergei Lebedev"]


def test_the_statement_is_whoever_said_it_in_a_statement_last():
    text = ('Warrant issued\n\nThe International Criminal Court said on Thursday it had issued an arrest warrant for a '
            'Russian colonel.\n\nJudges of Pre-Trial Chamber II found "reasonable grounds to believe" that the colonel '
            'bore responsibility for deportations, the court said in a statement.\n\nThe '
            'warrant was issued under seal in December, but judges made it public because "awareness of the warrant '
            'may contribute to the prevention of further crimes", the statement added.\n')
    assert spoken_by(speech(text), "quote")[-1] == "International Criminal Court"


def test_according_to_the_ruling_is_the_judge_when_no_court_is_named():
    text = ("Colonel sentenced\n\nJudge Ana Laura Bonilla sentenced the retired colonel to 20 years on Tuesday.\n\n"
            "According to the ruling, Correa was held for at least three weeks at a clandestine detention centre.\n")
    assert spoken_by(speech(text), "claim")[-1] == "Ana Laura Bonilla"


def test_a_numbered_channel_is_a_broadcaster_and_the_survey_is_its_poll():
    text = ("Poll\n\nThe vote failed on Monday.\n\nA Channel 12 poll aired Wednesday evening gave the coalition 49 seats, "
            "and the Russian-language Channel 9 ran the numbers all night.\n\nA party headed by former prime minister "
            "Naftali Bennett would be the largest, with 24 seats, the survey shows.\n")
    got = extract_article(text)
    assert {"Channel 12", "Channel 9"} <= {e.name for e in got.entities if e.type == "organisation"}
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Channel 12"]


def test_a_poll_that_finds_that_is_a_claim_of_its_pollster():
    text = ("Poll\n\nThe vote failed on Monday.\n\nA Channel 12 poll aired Wednesday evening finds that the coalition "
            "would win 49 of the Knesset’s 120 seats if elections were held today.\n")
    assert spoken_by(speech(text), "claim") == ["Channel 12"]


def test_africa_cdc_is_the_african_union_agency_not_the_us_cdc():
    text = ("Mpox\n\nVaccine supply remains a constraint. Africa CDC has estimated that the continent needs about 10 "
            "million doses to bring the outbreak under control.\n")
    got = extract_article(text)
    assert "Africa Centres for Disease Control and Prevention" in {e.name for e in got.entities}
    assert not {"Africa", "Centers for Disease Control and Prevention"} & {e.name for e in got.entities}
    assert spoken_by(speech(text), "claim") == ["Africa Centres for Disease Control and Prevention"]


@pytest.mark.parametrize("text, name", [
    ("The Commission nationale de l'informatique et des libertés (CNIL) said on Tuesday that Microsoft had breached "
     "French rules.", "Commission nationale de l'informatique et des libertés"),
    ("Nicolas Berghmans of the Institut du développement durable et des relations internationales (IDDRI) said the "
     "grid was strained.", "Institut du développement durable et des relations internationales"),
    ("The Autoridade Nacional de Proteção de Dados, known as ANPD, said Tuesday that the app failed to verify ages.",
     "Autoridade Nacional de Proteção de Dados"),
])
def test_a_foreign_body_spelled_by_its_acronym_is_named_in_full(text, name):
    got = extract_article("Fine\n\n" + text + "\n")
    names = {e.name for e in got.entities if e.type == "organisation"}
    assert name in names
    assert not {"CNIL", "IDDRI", "ANPD"} & names


def test_a_small_written_phrase_before_an_acronym_is_no_body():
    got = extract_article("Rules\n\nBanks must fight anti-money laundering (AML) breaches, the regulator said.\n")
    assert not any("laundering" in e.name for e in got.entities)


def test_they_opening_a_sentence_is_the_plural_subject_of_the_one_before():
    text = ("Lawsuit\n\nApple did not respond. The company had argued in court filings that its models were trained on "
            "public data.\n\nThe authors, including novelist Celeste Marrone, sued in September. They say Apple used "
            "Books3 to train its models.\n")
    assert spoken_by(speech(text), "claim") == ["Apple", "the authors"]


def test_a_name_ending_in_health_is_a_body_and_he_is_the_man_named_after_it():
    text = ("Shortages\n\nAt Intermountain Health in Salt Lake City, pharmacy staff switched some patients to another "
            "anesthetic, said Kyle Lindqvist, the system’s director of pharmacy supply.\n\n"
            "“We’re very good at improvising,” he said.\n")
    got = extract_article(text)
    assert ("organisation", "Intermountain Health") in {(e.type, e.name) for e in got.entities}
    assert spoken_by(speech(text), "quote") == ["Kyle Lindqvist"]


def test_according_to_a_country_s_agency_named_after_it_is_the_agency():
    text = ("Outbreak\n\nNo deaths have been reported, according to the U.S. Centers for Disease Control and "
            "Prevention.\n")
    assert spoken_by(speech(text), "claim") == ["Centers for Disease Control and Prevention"]


def test_the_company_after_its_chief_s_quote_is_the_company_in_the_chief_s_title():
    text = ("Recall\n\nHartwell Foods Inc is recalling chicken, the U.S. Department of Agriculture said on Friday.\n\n"
            "Shares of Hartwell’s parent, Midland Protein Group, fell 4.2% in afternoon trading.\n\n"
            "\"We are taking this step out of caution,\" Hartwell Chief Executive Dana Okafor said. \"We are "
            "cooperating fully with FSIS.\"\n\nThe company said it had halted production on the affected line.\n")
    assert spoken_by(speech(text), "claim")[-1] == "Hartwell Foods"


@pytest.mark.parametrize("text, sources", [
    ("Outbreak\n\nThe Food and Drug Administration said the farm had been inspected.\n\nFood safety experts say the "
     "skin can shelter bacteria.\n", "Food safety experts"),
    ("Whaling\n\nWhale and Dolphin Conservation Ltd said it would protest.\n\nConservation groups say the decision "
     "sets a dangerous precedent.\n", "Conservation groups"),
])
def test_a_capitalised_word_opening_a_sentence_before_sources_qualifies_them(text, sources):
    assert spoken_by(speech(text), "claim")[-1] == sources


@pytest.mark.parametrize("sentence", [
    "A popular Telegram channel, «Военная хроника» (Military Chronicle), said the cut sent the wrong signal.",
    "Alexei Mironov controlled a Moscow distributor called Tekhnosfera LLC (ООО «Техносфера» in Russian).",
    "In the town's largest local Telegram chat, «Шебекино — наш дом», residents traded news.",
])
def test_a_channel_s_or_a_company_s_name_in_marks_is_nobody_s_quote(sentence):
    got = extract_article("Budget\n\nDefence Minister Andrei Belousov said spending would fall.\n\n" + sentence + "\n")
    assert not [e for e in got.entries if e.kind == "quote"]


def test_health_canada_is_the_federal_department():
    text = ("Recall\n\nFoodborne botulism is rare in Canada. Health Canada says there are typically fewer than 10 "
            "confirmed cases a year.\n")
    got = extract_article(text)
    assert ("organisation", "Health Canada") in {(e.type, e.name) for e in got.entities}
    assert spoken_by(speech(text), "claim") == ["Health Canada"]


@pytest.mark.parametrize("sentence, name", [
    ("The talks stalled, according to delegates who spoke to Health Policy Watch.", "Health Policy Watch"),
    ("Prices rose 5%, according to Benchmark Mineral Intelligence.", "Benchmark Mineral Intelligence"),
])
def test_a_common_word_opening_a_body_s_name_mid_sentence_stays_in_it(sentence, name):
    got = extract_article("Talks\n\n" + sentence + "\n")
    assert name in {e.name for e in got.entities if e.type == "organisation"}


def test_a_month_or_a_possessive_before_a_body_is_not_its_name():
    got = extract_article("Talks\n\nThe quarrel began in February. In February the Russian Foreign Ministry "
                          "protested.\n\nIts Minister of Energy, Suhail Al Mazrouei, said output would rise.\n")
    names = {e.name for e in got.entities}
    assert not any(n.startswith(("February", "Minister")) for n in names)


@pytest.mark.parametrize("byline, person, outlet", [
    ("By DANIELLE MARSH Associated Press", "Danielle Marsh", "Associated Press"),
    ("By COLLEEN HARWICK AP Technology Writer", "Colleen Harwick", None),
])
def test_a_writer_in_capitals_on_a_byline_is_a_person(byline, person, outlet):
    got = extract_article(f"Measles outbreak grows\n\n{byline}\n\nA measles outbreak grew, officials said.\n")
    found = {(e.type, e.name) for e in got.entities}
    assert ("person", person) in found
    assert outlet is None or ("organisation", outlet) in found
    assert not any(person.upper() in e.name for e in got.entities)


@pytest.mark.parametrize("sentence, name", [
    ("The club owed money to HM Revenue and Customs, the filing showed.", "HM Revenue and Customs"),
    ("The National Institute for Public Health and the Environment (RIVM) said cases rose.",
     "National Institute for Public Health and the Environment"),
    ("Rebecca Hollins, a manager with the charity Whale and Dolphin Conservation, said the hunt must stop.",
     "Whale and Dolphin Conservation"),
    ("Deaths rose, according to the Armed Conflict Location & Event Data project (ACLED).",
     "Armed Conflict Location and Event Data Project"),
])
def test_a_known_body_with_and_in_its_name_stays_whole(sentence, name):
    got = extract_article("Report\n\n" + sentence + "\n")
    assert name in {e.name for e in got.entities if e.type == "organisation"}


def test_a_second_reporter_on_a_credit_line_is_a_person_not_a_place():
    got = extract_article("Cholera\n\nCases rose, officials said.\n\n(Reporting by Osman Idris in Port Sudan and Dalia "
                          "Mekki in Cairo; Editing by Clare Fenwick)\n")
    found = {(e.type, e.name) for e in got.entities}
    assert {("person", "Osman Idris"), ("person", "Dalia Mekki"), ("place", "Cairo")} <= found


@pytest.mark.parametrize("sentence, person", [
    ("Speaking outside court, Det Ch Supt Helen Wardle said officers had acted.", "Helen Wardle"),
    ("Prefect Mariano Peña, a spokesman for the agency, said the boat fled.", "Mariano Peña"),
    ("Co-chair Inês Carvalho Moreira said talks would resume.", "Inês Carvalho Moreira"),
])
def test_more_titles_are_stripped_and_kept_as_the_role(sentence, person):
    got = extract_article("Talks\n\n" + sentence + "\n")
    assert [e.name for e in got.entities if e.type == "person"] == [person]


@pytest.mark.parametrize("sentence, kind, name", [
    ("US vice-president JD Vance warned at a summit in Paris.", "person", "JD Vance"),
    ("The cucumbers were grown by Palmetto Ridge Farms of Immokalee, Florida.", "organisation", "Palmetto Ridge Farms"),
    ("The cheese was made by Kilbrannan Farm Dairy near Kilmarnock.", "organisation", "Kilbrannan Farm Dairy"),
])
def test_initials_with_a_role_are_a_person_and_farms_and_dairies_are_businesses(sentence, kind, name):
    got = extract_article("Recall\n\n" + sentence + "\n")
    assert (kind, name) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, name", [
    ("Serbian media identified it as Malinar Arilje d.o.o. on Monday.", "Malinar Arilje d.o.o."),
    ("The contracts went to Medikal Sistem d.o.o., a Belgrade distributor.", "Medikal Sistem d.o.o."),
    ("Iceland’s whaling company Hvalur hf. said its boats would sail.", "Hvalur hf."),
])
def test_a_company_form_written_small_ends_the_company_s_name(sentence, name):
    got = extract_article("Berries\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_month_written_short_before_a_day_is_a_date_not_a_place():
    got = extract_article("Riot\n\nPeople suspected of involvement in the Jan. 6, 2021, riot were charged.\n\nThe plan "
                          "raises VAT from Jan. 1, a move the finance ministry defended.\n")
    assert not [e for e in got.entities if e.name.startswith("Jan")]


def test_a_capitol_is_a_place():
    got = extract_article("Riot\n\nThe riot at the U.S. Capitol was investigated.\n\nProtesters marched to the Texas "
                          "Capitol in Austin.\n")
    assert {("place", "U.S. Capitol"), ("place", "Texas Capitol")} <= {(e.type, e.name) for e in got.entities}


def test_an_unnamed_source_with_a_who_clause_is_not_the_executive_named_before():
    text = ("Show\n\nSaab chief executive Micael Johansson said orders were strong.\n\nOne industry executive, who asked "
            "not to be named because he was not authorized to speak publicly, said the agreement was “mostly symbolic "
            "for now”.\n")
    assert spoken_by(speech(text), "quote") == ["One industry executive"]


def test_a_country_s_body_with_a_which_clause_speaks_not_the_body_in_the_clause():
    text = ("Cholera\n\nSudan’s health ministry, which is aligned with the army-backed government in Port Sudan, said on "
            "Wednesday that 2,140 cases had been recorded across the five Darfur states.\n")
    assert spoken_by(speech(text), "claim") == ["Sudan’s health ministry"]


def test_a_shire_before_an_unnamed_source_is_a_place_and_the_source_speaks():
    text = ("Flu\n\nAt the Royal Stoke University Hospital in Staffordshire, one senior nurse said the flu ward had been "
            "full every night. ‘It’s been relentless,’ she said, asking not to be named.\n")
    got = extract_article(text)
    assert ("place", "Staffordshire") in {(e.type, e.name) for e in got.entities}
    assert spoken_by(speech(text), "quote") == ["one senior nurse"]


@pytest.mark.parametrize("sentence, source", [
    ("The figures may become targets, according to three delegates who spoke to Health Policy Watch on condition of "
     "anonymity.", "three delegates"),
    ("The deal is close, according to two officials who spoke to Reuters.", "two officials"),
])
def test_according_to_sources_who_spoke_to_an_outlet_is_the_sources(sentence, source):
    assert spoken_by(speech("Talks\n\n" + sentence + "\n"), "claim") == [source]


def test_a_participle_with_where_it_was_said_before_that_reports_a_claim():
    text = ("Jet\n\nAnalysts at Bernstein were more sanguine, arguing in a note that both companies had strong "
            "incentives to compromise.\n")
    assert spoken_by(speech(text), "claim") == ["Bernstein"]


def test_a_mother_who_asked_not_to_be_named_speaks_not_the_woman_named_before():
    text = ("Ohio\n\nAn Ohio man, Tyler Voss, was charged, said Elena Marquez, special agent in charge.\n\nReached by "
            "phone, Voss' mother, who asked that her name not be used, said her son had lost his job at a warehouse.\n")
    assert spoken_by(speech(text), "claim") == ["Elena Marquez", "Voss' mother"]


def test_a_byline_in_capitals_with_accents_and_big_tech_and_summer_time_are_not_bodies():
    got = extract_article("Ruling\n\nBy TOMÁS ECHEVERRÍA Associated Press\n\nPHOENIX (AP) — The ruling was issued at 10:00 "
                          "Central European Summer Time, officials said. Critics said Big Tech would gain.\n")
    found = {(e.type, e.name) for e in got.entities}
    assert ("person", "Tomás Echeverría") in found
    assert not {n for _, n in found} & {"Big Tech", "Central European Summer Time"}


def test_a_state_university_s_campus_after_a_comma_is_part_of_its_name():
    got = extract_article("Study\n\nMarisa Dobrowolski, a political scientist at the University of Nevada, Las Vegas, "
                          "said it was close. A researcher at the University of Oslo, Norway, agreed.\n")
    names = {e.name for e in got.entities}
    assert {"University of Nevada, Las Vegas", "University of Oslo", "Norway"} <= names


def test_palestinian_islamic_jihad_keeps_its_full_name():
    got = extract_article("Talks\n\nHamas and Palestinian Islamic Jihad rejected the plan on Monday.\n")
    assert ("organisation", "Palestinian Islamic Jihad") in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, kind, name", [
    ("The lawsuit targets Saint-Hyacinthe packer Ruchers Boréal, whose jars were labelled pure.", "organisation",
     "Ruchers Boréal"),
    ("The chips went to Moscow distributor Lena Vostok, prosecutors said.", "person", "Lena Vostok"),
])
def test_a_packer_or_distributor_before_a_name_is_a_business_unless_a_person_is_named(sentence, kind, name):
    got = extract_article("Honey\n\n" + sentence + "\n")
    assert (kind, name) in {(e.type, e.name) for e in got.entities}


def test_a_known_name_with_small_words_inside_is_found_whole():
    got = extract_article("Dye\n\nThe ban followed a petition from the Center for Science in the Public Interest and "
                          "other groups. A fellow at the Center for a New American Security said so.\n")
    names = {e.name for e in got.entities if e.type == "organisation"}
    assert {"Center for Science in the Public Interest", "Center for a New American Security"} <= names
    assert not {"Center for Science", "New American Security"} & names


@pytest.mark.parametrize("sentence, name", [
    ("The quake struck on the East Anatolian Fault on Monday.", "East Anatolian Fault"),
    ("Apple unveiled the phone at the Steve Jobs Theater in Cupertino.", "Steve Jobs Theater"),
])
def test_faults_trenches_stadiums_and_theatres_are_places(sentence, name):
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("place", name) in {(e.type, e.name) for e in got.entities}


def test_a_known_name_with_and_inside_stays_whole_in_a_list_joined_by_and():
    got = extract_article("Cheese\n\nCases are spread across nine health board areas, with most in NHS Ayrshire and "
                          "Arran and NHS Greater Glasgow and Clyde.\n\nThe Court of Bosnia and Herzegovina ruled.\n")
    names = {e.name for e in got.entities if e.type == "organisation"}
    assert {"NHS Ayrshire and Arran", "NHS Greater Glasgow and Clyde", "Court of Bosnia and Herzegovina"} <= names
    assert not {"NHS Ayrshire", "Arran", "NHS Greater Glasgow", "Clyde"} & names


@pytest.mark.parametrize("sentence, name", [
    ("Stocks on Wall Street fell on Tuesday after the inflation figures.", "Wall Street"),
    ("Lobbyists from Silicon Valley pressed lawmakers to delay the rules.", "Silicon Valley"),
])
def test_wall_street_and_silicon_valley_are_places(sentence, name):
    got = extract_article("Markets\n\n" + sentence + "\n")
    assert ("place", name) in {(e.type, e.name) for e in got.entities}
    assert ("organisation", name) not in {(e.type, e.name) for e in got.entities}


def test_a_house_of_representatives_is_a_body_and_a_state_one_keeps_its_state():
    got = extract_article("Japan\n\nKishida may dissolve the House of Representatives for a snap election.\n")
    assert ("organisation", "House of Representatives") in {(e.type, e.name) for e in got.entities}
    got = extract_article("Oregon\n\nThe Oregon House of Representatives passed the bill on Monday.\n")
    assert ("organisation", "Oregon House of Representatives") in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, name", [
    ("The Scottish government said it would review the rules on raw milk.", "Scottish Government"),
    ("The European parliament rejected mandatory scanning in 2023.", "European Parliament"),
])
def test_a_body_whose_name_is_written_in_lower_case_after_its_first_word_is_found(sentence, name):
    got = extract_article("Rules\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_country_s_government_in_lower_case_is_not_a_named_body():
    got = extract_article("Rules\n\nA European government fell on Monday. The British government said so.\n")
    assert not {e.name for e in got.entities if e.type == "organisation"}


@pytest.mark.parametrize("sentence, name", [
    ("Few at Westminster expect the inquiry to identify a culprit.", "Westminster"),
    ("A Whitehall source said the bill was unlikely this year.", "Whitehall"),
    ("Since 2018, ministers have legislated without Holyrood's consent.", "Holyrood"),
    ("The canal will take water from the Amu Darya.", "Amu Darya"),
])
def test_seats_of_government_and_rivers_named_alone_are_places(sentence, name):
    got = extract_article("Politics\n\n" + sentence + "\n")
    assert ("place", name) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, name", [
    ("Naik Sher Ali and Sepoy Muhammad Imran were killed in the clash.", "Sher Ali"),
    ("Qari Mohammad Yousuf Saeedi, a ministry spokesman, said 40 ambulances had been sent.", "Mohammad Yousuf Saeedi"),
    ("Mawlawi Ahmadullah Baheer, the provincial health director, said the clinics had closed.", "Ahmadullah Baheer"),
])
def test_south_asian_army_ranks_and_religious_titles_are_stripped_from_names(sentence, name):
    got = extract_article("Report\n\n" + sentence + "\n")
    assert ("person", name) in {(e.type, e.name) for e in got.entities}


def test_a_known_name_ending_in_a_number_is_found_whole():
    got = extract_article("Flu\n\nDr Niamh O'Sullivan told BBC Radio 4's Today programme that patients were waiting."
                          "\n\nLyon will play in Ligue 1 next season.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert {("organisation", "BBC Radio 4"), ("organisation", "Ligue 1")} <= names
    assert ("organisation", "BBC Radio") not in names


@pytest.mark.parametrize("sentence, name", [
    ("Carys Bevan of Alcohol Change UK said the charity welcomed the increase.", "Carys Bevan"),
    ("Gareth Lloyd, who runs a shop in Swansea, said sales had fallen.", "Gareth Lloyd"),
])
def test_welsh_given_names_make_people(sentence, name):
    got = extract_article("Wales\n\n" + sentence + "\n")
    assert ("person", name) in {(e.type, e.name) for e in got.entities}
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [name]


@pytest.mark.parametrize("text, speaker", [
    ("James Okonjo-Hart spoke. Allies of Mr Okonjo-Hart claimed on Monday that Ms Seddon had held talks.",
     "Allies of Mr Okonjo-Hart"),
    ("James Okonjo-Hart spoke. Those around Mr Okonjo-Hart believe the debate could shift the race.",
     "Those around Mr Okonjo-Hart"),
    ("Victoria Seddon is leading. Ms Seddon’s team said the allegation was a smear.", "Seddon’s team"),
])
def test_the_people_around_a_person_speak_as_written_not_the_person(text, speaker):
    got = extract_article("Race\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [speaker]


def test_one_of_them_after_a_quote_is_the_group_quoted_before_and_the_quote_makes_no_claim():
    got = extract_article("Rouble\n\nTwo senior bankers told Reuters that the platform had cost millions.\n\n"
                          "\"Nobody in the market sees real demand yet. We are building a road before anyone has asked "
                          "for a car,\" one of them said, speaking on condition of anonymity because he was not "
                          "authorised to talk to the media.\n")
    quotes = [e for e in got.entries if e.kind == "quote"]
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Two senior bankers", "Nobody in the market")]
    claims = [e for e in got.entries if e.kind == "claim"]
    assert [c.text[:20] for c in claims] == ["Two senior bankers t"]


def test_a_paragraph_introduced_by_x_said_colon_is_a_block_quote_of_x():
    got = extract_article("Welfare\n\nDanielle Fairbanks has opened the second reading debate. She told MPs:\n\n"
                          "We have not come here to balance the books on the backs of disabled people. It is a cruel "
                          "one.\n\nThe Disability Justice Alliance has published polling. Its chief executive, Dr "
                          "Sunita Rao, said:\n\nNo amount of rebranding changes the fact that people who cannot work "
                          "will have less money to live on.\n\n12.38pm GMT\n\nThe minister said:\n\n12.40pm GMT\n")
    quotes = [(e.speaker, e.quote_type, e.text[:20]) for e in got.entries if e.kind == "quote"]
    assert quotes == [("Danielle Fairbanks", "direct", "We have not come her"),
                      ("Sunita Rao", "direct", "No amount of rebrand")]


@pytest.mark.parametrize("sentence, kind, name", [
    ("Gunmen killed 26 people in Pahalgam in Indian-administered Kashmir.", "place", "Kashmir"),
    ("Ukrainian forces pushed into Russian-occupied Crimea on Monday.", "place", "Crimea"),
    ("Fighting raged in Russian-held Donetsk on Monday.", "place", "Donetsk"),
])
def test_who_holds_or_backs_a_place_is_no_part_of_its_name(sentence, kind, name):
    got = extract_article("Conflict\n\n" + sentence + "\n")
    names = {(e.type, e.name) for e in got.entities}
    assert (kind, name) in names
    assert not any("-" in n for _, n in names)


def test_a_dam_named_with_its_acronym_in_brackets_is_a_place_and_the_blue_nile_a_river():
    got = extract_article("Nile\n\nEthiopia filled the Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile last "
                          "year. GERD is the largest dam in Africa.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert {("place", "Grand Ethiopian Renaissance Dam"), ("place", "Blue Nile")} <= names
    assert not {n for t, n in names if t == "organisation"}


@pytest.mark.parametrize("sentence, kind, name", [
    ("Deutsche Bahn said the tunnel would open in 2031.", "organisation", "Deutsche Bahn"),
    ("The Occupational Safety and Health Administration fined the firm.", "organisation",
     "Occupational Safety and Health Administration"),
    ("BAT said the settlement had been reflected in its accounts, as did Japan Tobacco.", "organisation",
     "Japan Tobacco"),
    ("Traffic at the Torkham crossing resumed on Monday.", "place", "Torkham"),
    ("Plaid Cymru won 43 of the 96 seats in the Senedd.", "organisation", "Senedd"),
])
def test_well_known_bodies_and_places_are_known(sentence, kind, name):
    got = extract_article("News\n\n" + sentence + "\n")
    assert (kind, name) in {(e.type, e.name) for e in got.entities}


def test_claims_after_a_word_that_makes_it_a_noun_is_no_cue():
    got = extract_article("Metro\n\nContractors, including Vinci, have lodged claims worth more than €2bn with the "
                          "agency for extra costs, according to two people familiar with the matter.\n\n"
                          "The ministry claims the army withdrew.\n")
    claims = [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"]
    assert claims == [("two people", "according to"), ("ministry", "claims")]


@pytest.mark.parametrize("sentence, speaker", [
    ("Prosecutions are rare in the Netherlands, said Rotterdam maritime law professor Hendrik-Jan Oosterveld.",
     "Hendrik-Jan Oosterveld"),
    ("The deficit target for next year looks very ambitious, Éric Heyer, an economist at OFCE, wrote in a note on "
     "Tuesday.", "Éric Heyer"),
])
def test_a_job_written_small_before_the_name_after_said_is_the_speaker(sentence, speaker):
    got = extract_article("News\n\n" + sentence + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("Legal experts caution, however, that Canada's statutes have few equivalents abroad.", "Legal experts", "caution"),
    ("The ministry said, however, that the army had withdrawn from the town.", "ministry", "said"),
])
def test_a_cue_with_however_between_it_and_that_reports(sentence, speaker, cue):
    got = extract_article("Law\n\n" + sentence + "\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"] == [(speaker, cue)]


def test_one_unnamed_source_with_what_he_is_involved_in_speaks_as_written():
    got = extract_article("Stablecoins\n\nOne person involved in the Treasury’s talks with the industry said ministers "
                          "had pushed the Bank to move faster.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [
        "One person involved in the Treasury’s talks with the industry"]


@pytest.mark.parametrize("sentence, speaker", [
    ("One Labour backbencher described the resignation as \"a real loss\".", "One Labour backbencher"),
    ("A Labour whip tells me they expect the rebellion to be “in the forties”.", "A Labour whip"),
    ("The bill passed; Labour whips are, I am told, “relieved but not celebrating”.", "Labour whips"),
])
def test_a_party_s_whips_and_backbenchers_speak_not_the_party(sentence, speaker):
    got = extract_article("Commons\n\n" + sentence + "\n")
    assert {e.speaker for e in got.entries if e.kind == "quote"} == {speaker}


def test_byline_lines_give_the_writer_not_the_desk_or_the_stamp():
    got = extract_article("Thames Water fined\n\nRuth Calder Environment correspondent\n\nZahid Imdad | Published July "
                          "9, 2025\n\nAmu TV | Published July 9, 2025\n\nThe regulator fined the company £104m on "
                          "Tuesday.\n", published="2025-07-09")
    people = {e.name for e in got.entities if e.type == "person"}
    assert people == {"Ruth Calder", "Zahid Imdad"}
    assert not [e for e in got.entries if e.kind == "event" and "Published" in e.text]


@pytest.mark.parametrize("sentence, kind, name", [
    ("Halvorsen bought a 30 per cent stake in the Trollvik gas field.", "place", "Trollvik"),
    ("Steel gets tired, Assistant District Attorney Kendra Whitfield told jurors.", "person", "Kendra Whitfield"),
    ("Philip Morris International said the outcome was fair.", "organisation", "Philip Morris International"),
    ("The BoE held rates on Thursday.", "organisation", "Bank of England"),
])
def test_a_company_one_holds_shares_in_is_no_place_and_other_known_names(sentence, kind, name):
    got = extract_article("Markets\n\n" + sentence + "\n")
    names = {(e.type, e.name) for e in got.entities}
    assert (kind, name) in names
    assert not any(n in ("Assistant", "Philip Morris") for _, n in names)


def test_a_company_one_holds_shares_in_is_no_place():
    got = extract_article("Markets\n\nShares in Balfour Beatty fell 2.4% in London trading.\n")
    assert ("place", "Balfour Beatty") not in {(e.type, e.name) for e in got.entities}


def test_an_agency_credit_line_reported_from_is_no_claim_and_no_event():
    got = extract_article("Tehran\n\nBy MARIA ELLISON\n\nTehran's reservoirs are nearly empty, officials said on "
                          "Monday.\n\nEllison reported from Dubai, United Arab Emirates.\n", published="2025-11-20")
    assert not [e for e in got.entries if "Ellison" in e.text]


def test_the_firm_said_is_the_firm_described_so_before_its_name_not_a_name_in_the_claim():
    got = extract_article("Hack\n\nKestrel froze withdrawals on Tuesday.\n\nBlockchain analytics firm Cobalt Trace said "
                          "funds had been split across 40 addresses. The pattern bore the hallmarks of North Korea's "
                          "Lazarus Group, the firm said, though it stopped short of a formal attribution.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Cobalt Trace", "Cobalt Trace"]


def test_the_regulator_after_a_central_bank_is_that_bank():
    got = extract_article("Rouble\n\nThe Bank of Russia said in a statement that banks must connect by September.\n\n"
                          "\"The timetable set by law will not change,\" the regulator said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Bank of Russia"]


@pytest.mark.parametrize("sentence, name", [
    ("Italy's Fontana Costruzioni won the contract on Monday.", "Fontana Costruzioni"),
    ("Île-de-France Mobilités said it would pay for the extra trains.", "Île-de-France Mobilités"),
])
def test_company_words_in_other_languages_end_a_company(sentence, name):
    got = extract_article("Contracts\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, name", [
    ("The group recruited teenagers in Discord servers and on Telegram.", "Discord"),
    ("Shares of Robinhood and Klarna rose on Monday.", "Robinhood"),
])
def test_platforms_and_companies_known_by_one_word(sentence, name):
    got = extract_article("Tech\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, speaker", [
    ('The UN mission in Afghanistan, UNAMA, said the order deepened the "systematic exclusion" of women.', "UNAMA"),
    ("The Nato-led peacekeeping mission, KFOR, said it had increased patrols in the area.", "KFOR"),
])
def test_a_body_described_then_named_by_its_acronym_speaks_not_the_body_in_the_description(sentence, speaker):
    got = extract_article("Mission\n\n" + sentence + "\n")
    assert {e.speaker for e in got.entries if e.kind in ("claim", "quote")} == {speaker}


@pytest.mark.parametrize("sentence, speaker", [
    ("Another returnee, a woman travelling with four children, said Iranian police had beaten her husband.",
     "Another returnee"),
    ("One subcontractor, a groundworks firm owed around £900,000, told Construction News it had not been paid.",
     "One subcontractor"),
])
def test_one_unnamed_source_then_an_appositive_is_the_source_as_first_written(sentence, speaker):
    got = extract_article("Report\n\n" + sentence + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [speaker]


def test_english_water_companies_and_towns_are_known():
    got = extract_article("Fined\n\nSouth West Water was fined £2.1m at Exeter crown court on Tuesday. The company said "
                          "it was sorry.\n\nThe European Environment Agency published its report.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert {("organisation", "South West Water"), ("place", "Exeter"),
            ("organisation", "European Environment Agency")} <= names
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["South West Water"]


def test_a_quote_named_after_as_someone_s_view_is_theirs():
    got = extract_article("Freeze\n\n\"If you cannot meet withdrawals for more than a day, you do not have a liquidity "
                          "problem.\"\n\nThat's the blunt view of Camila Restrepo, a former compliance chief at a "
                          "Bogotá-based exchange.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Camila Restrepo"]


def test_a_cue_with_a_channel_named_in_guillemets_before_that_reports():
    got = extract_article("Rouble\n\nVyacheslav Belyakov, deputy chairman of the committee, wrote on his Telegram "
                          "channel «Финансы без паники» that the deadline was realistic.\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"] == [("Vyacheslav Belyakov", "wrote")]


def test_the_role_said_is_not_the_person_just_named_when_an_appositive_gives_another_role():
    got = extract_article("Budget\n\n\"It asks voters to trust a future government,\" said Dr Hannah Lister, an associate "
                          "director at the Institute for Fiscal Studies.\n\nThe shadow chancellor accused the government "
                          "of a \"tax raid by instalments\".\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Hannah Lister", "shadow chancellor"]


def test_the_role_said_is_not_the_person_whose_role_is_given_before_the_name_and_differs():
    got = extract_article("Welfare\n\nThe alliance published polling. Its chief executive, Dr Sunita Rao, said the "
                          "changes were cruel.\n\nAt PMQs the prime minister insisted the reforms were “about dignity, "
                          "not cuts”.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["prime minister"]


def test_a_standfirst_s_regulator_says_is_the_regulator_the_story_names():
    got = extract_article("Thames Water fined £123m over sewage\n\nRegulator says company ‘let down’ customers as "
                          "campaigners renew calls\n\nThames Water has been fined by the industry regulator. Ofwat "
                          "said on Tuesday the company had failed.\n")
    assert {e.speaker for e in got.entries if e.kind in ("quote", "claim")} == {"Ofwat"}


def test_health_and_human_services_alone_is_a_body_and_a_state_s_department_stays_whole():
    got = extract_article("Grants\n\nHealth and Human Services Secretary Robert F. Kennedy Jr. said the agency would "
                          "appeal.\n\nThe Iowa Department of Health and Human Services said cases rose.\n\nThe case "
                          "was heard at the Royal Courts of Justice in London.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert {("organisation", "Health and Human Services"),
            ("organisation", "Iowa Department of Health and Human Services"),
            ("place", "Royal Courts of Justice")} <= names


def test_the_times_is_a_newspaper_that_reports():
    got = extract_article("Resignation\n\nTobias Wren is housing minister. Mr Wren stepped down on Wednesday, less "
                          "than 24 hours after The Times reported that he had retained a 4% stake in a developer.\n")
    assert ("organisation", "The Times") in {(e.type, e.name) for e in got.entities}
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["The Times"]


def test_it_after_a_country_that_spoke_is_that_country():
    got = extract_article("Returns\n\n\"The deadline is final,\" spokesman Qadir Yousafzai told Reuters by telephone.\n\n"
                          "Pakistan says the campaign targets all foreigners without papers. It has said Afghans were "
                          "behind a string of suicide bombings.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Pakistan", "Pakistan"]


def test_a_known_name_opening_with_a_number_and_british_bodies_are_found():
    got = extract_article("Tories\n\nThe 1922 Committee of backbench Tory MPs met on Monday. The British Chambers of "
                          "Commerce said growth would slow. Scottish Labour and the Scottish Greens voted against it in "
                          "the Scottish Parliament.\n")
    names = {e.name for e in got.entities if e.type == "organisation"}
    assert {"1922 Committee", "British Chambers of Commerce", "Scottish Labour", "Scottish Greens",
            "Scottish Parliament"} <= names
    assert not {"Commerce", "Parliament"} & names


@pytest.mark.parametrize("sentence, name", [
    ("Water will flow through the Qosh Tepa canal by next spring.", "Qosh Tepa canal"),
    ("Cambodia began building the Funan Techo canal in August 2024.", "Funan Techo canal"),
    ("The Chenab at Marala headworks was rising on Thursday.", "Marala headworks"),
])
def test_a_name_before_canal_headworks_or_barrage_is_a_place_with_it(sentence, name):
    got = extract_article("Water\n\n" + sentence + "\n")
    assert ("place", name) in {(e.type, e.name) for e in got.entities}


def test_the_pakistani_taliban_and_its_other_spellings_are_one_known_group():
    got = extract_article("Border\n\nPakistan accuses Kabul of sheltering Pakistani Taliban militants. Security "
                          "analysts say the banned Tehreek-i-Taliban Pakistan (TTP) has adapted its tactics.\n")
    orgs = {e.name for e in got.entities if e.type == "organisation"}
    assert orgs == {"Tehreek-e-Taliban Pakistan"}


def test_she_said_after_an_unnamed_consultant_is_the_consultant():
    got = extract_article("Decree\n\nA ministry spokesman, Saifurrahman Khairkhwa, told AFP the rule was for the "
                          "protection of women.\n\nA Kabul-based education consultant, who asked not to be named, said "
                          "at least 400 women had been preparing to leave.\n\n\"For these girls, this is the end,\" "
                          "she said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["A Kabul-based education consultant"]


def test_a_given_name_after_a_province_and_a_comma_opens_a_person_not_a_place():
    got = extract_article("Farmers\n\nOn the edge of a canal outside Hyderabad in Pakistan’s southern Sindh province, "
                          "Ghulam Rasool Khoso pointed at the cracked soil of his wheat field.\n")
    assert ("person", "Ghulam Rasool Khoso") in {(e.type, e.name) for e in got.entities}


def test_the_aged_person_who_said_a_quote_is_the_person_just_named():
    got = extract_article("Farmers\n\nOn the edge of a canal outside Hyderabad, Ghulam Rasool Khoso pointed at the "
                          "cracked soil of his wheat field.\n\n“The canal has been running at half for two months "
                          "already,” the 58-year-old farmer told Al Jazeera.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Ghulam Rasool Khoso"]


def test_one_country_s_government_is_not_another_s_named_before():
    got = extract_article("Alcohol\n\nThe Welsh Government said it would raise the minimum price. The UK government has "
                          "said it has no plans to introduce a minimum price in England.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Welsh Government", "UK government"]


@pytest.mark.parametrize("sentence, named", [
    ("The by-election was a blow for this failing Labour government, one Labour backbencher said.", True),
    ("A poll put Reform UK on 29 per cent, with Labour on 21 and the Greens trailing.", True),
    ("Labour market researchers say wages in the port have stalled since the spring.", False),
    ("The General Confederation of Labour said more than 15,000 workers had joined.", False),
])
def test_labour_named_alone_in_running_text_is_the_party(sentence, named):
    got = extract_article("Politics\n\n" + sentence + "\n")
    assert any(e.type == "organisation" and e.name.startswith("Labour") for e in got.entities) is named


@pytest.mark.parametrize("text, named", [
    ("A UK Government spokesman said the Treasury would \"respond in due course\" to the letter.", True),
    ("The plan would cost the Treasury tens of billions of reais over a decade, economists said.", True),
    ("The yield on the 10-year Treasury note edged down to 4.12% on Wednesday.", False),
    ("The U.S. Treasury's Office of Foreign Assets Control named the tankers, according to the Treasury.", False),
])
def test_the_treasury_alone_is_a_finance_ministry_not_its_debt(text, named):
    got = extract_article("Budget\n\n" + text + "\n")
    assert (("organisation", "Treasury") in {(e.type, e.name) for e in got.entities}) is named


@pytest.mark.parametrize("sentence, party", [
    ("The move was overdue, Labour MP Nadia Farouk told the BBC on Tuesday.", "Labour Party"),
    ("Julian Ashdown, a Conservative member of the committee, backed the expulsion.", "Conservative Party"),
    ("Some Tory MPs fear that a poor showing in the polls could end her leadership.", "Conservative Party"),
    ("A Liberal Democrat peer tabled the amendment in the Lords on Monday.", "Liberal Democrats"),
])
def test_a_british_party_in_a_politician_s_role_is_the_party(sentence, party):
    got = extract_article("Westminster\n\n" + sentence + "\n")
    orgs = {e.name for e in got.entities if e.type == "organisation"}
    assert party in orgs and not any(n.endswith(("MPs", "member", "peer")) for n in orgs)


@pytest.mark.parametrize("office, speaker", [
    ("The National Prosecutor's Office said on Thursday the man had been charged.", "National Prosecutor's Office"),
    ("The man was charged on Thursday.", "indictment"),
])
def test_according_to_the_indictment_is_the_prosecutor_s_office_the_story_names(office, speaker):
    got = extract_article("Spy\n\nPolish prosecutors have charged a man with spying for Belarus. " + office +
                          "\n\nAccording to the indictment, the man photographed railway junctions near Rzeszow.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim" and "railway" in e.text] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Peak electricity demand hit a record on Tuesday, according to the power ministry.", "power ministry"),
    ("Annual inflation reached 23% in September, according to the national statistics institute.",
     "national statistics institute"),
    ("The heat will persist, according to the department.", "India Meteorological Department"),
])
def test_a_body_named_by_its_portfolio_is_no_other_body_named_before(sentence, speaker):
    got = extract_article("Heat\n\nThe India Meteorological Department issued a red alert for Delhi on Monday. " +
                          sentence + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim" and "according" in e.text] == [speaker]


def test_according_to_a_body_known_by_an_acronym_is_that_acronym():
    got = extract_article("Prices\n\nInflation rose to 3.7% in March, the national statistics institute said Friday.\n\n"
                          "Food prices rose 5.9% in the month, according to the institute, known by its Spanish "
                          "acronym INDEC.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["national statistics institute", "INDEC"]


def test_a_correspondent_reporting_from_a_city_speaks():
    got = extract_article("Chile\n\n21:30 GMT – Analysis: a vote about crime\n\nMariela Cárdenas, reporting from "
                          "Santiago, says the result reflects how far anxiety over security has shifted.\n\n“Tonight "
                          "they chose the candidate who talked about crime,” she said.\n")
    assert [e.speaker for e in got.entries if e.kind != "event"] == ["Mariela Cárdenas", "Mariela Cárdenas"]
    assert ("person", "Mariela Cárdenas") in {(e.type, e.name) for e in got.entities}


def test_who_wrote_on_a_platform_before_a_colon_speaks_not_the_platform():
    got = extract_article("Bail\n\nThe court set bail for MP Vadym Kushnir on Tuesday.\n\nOn the eve of the hearing, the MP "
                          "had written on Facebook: « I am not hiding from anyone and I am ready to give all "
                          "explanations. »\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Vadym Kushnir"]


@pytest.mark.parametrize("sentence, person", [
    ("The committee heard from Leah Summers and two other witnesses on Tuesday.", "Leah Summers"),
    ("Leah Summers, a former contractor, told the committee the data was bought in bulk.", "Leah Summers"),
    ("Ilse Vermeulen of Climate Action Network Europe called the figures stark.", "Ilse Vermeulen"),
    ("The MAS, founded by Evo Morales, which won every election from 2005, finished fourth.", "Evo Morales"),
])
def test_a_given_name_from_many_languages_opens_a_person(sentence, person):
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("person", person) in {(e.type, e.name) for e in got.entities}


def test_more_given_names_tell_no_gender():
    got = extract_article("Fire\n\n\"The wind shifted after midnight,\" said fire officer Karley Desjarlais.\n\n"
                          "At the centre, Doug Pankratz said he and his wife had 20 minutes to leave.\n\n"
                          "\"You think you'll be calm about it. You're not,\" he said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"][-1] == "Doug Pankratz"


@pytest.mark.parametrize("name", ["Children’s Online Harm Coalition", "Women's Aid Federation"])
def test_a_body_named_for_a_group_of_people_keeps_their_possessive(name):
    got = extract_article("Safety\n\nThe " + name + " said the rules had come too late for many families.\n")
    assert {e.name for e in got.entities if e.type == "organisation"} == {name}


@pytest.mark.parametrize("sentence, name", [
    ("He is accused of passing the images to a contact in Russia's GRU military intelligence service.", "GRU"),
    ("Poland charged a man with spying for Belarus's KGB security service.", "KGB"),
    ("Centene raised its annual profit forecast on Wednesday.", "Centene"),
    ("Observers from the Commonwealth of Independent States praised the count.",
     "Commonwealth of Independent States"),
    ("Chama cha Demokrasia na Maendeleo (Chadema) rejected the results.", "Chama cha Demokrasia na Maendeleo"),
    ("The far-right Otzma Yehudit party threatened to quit the coalition.", "Otzma Yehudit"),
    ("Evercore advised the board on the offer, the company said.", "Evercore"),
    ("The cargo was bought from Yamal LNG in the Arctic.", "Yamal LNG"),
    ("Brokerage Renta 4 Banco said in a note that the contract was a clear positive.", "Renta 4 Banco"),
    ("The Institut de la statistique du Québec found one in five students had vaped.",
     "Institut de la statistique du Québec"),
    ("The decree was issued by the Ministry for the Propagation of Virtue and the Prevention of Vice on Monday.",
     "Ministry for the Propagation of Virtue and the Prevention of Vice"),
])
def test_the_gazetteer_knows_the_bodies_writers_list(sentence, name):
    # the new beats' bodies, bodies both labellers list in earlier batches, long names with small words
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_staff_byline_names_the_outlet_and_an_age_is_no_part_of_a_name():
    got = extract_article("Ban\n\nBy Al Jazeera Staff\nPublished On 14 Dec 2025\n\nFifteen-year-old Ngaire Williams "
                          "said the result changed little for her friends.\n")
    assert {(e.type, e.name) for e in got.entities} == {("organisation", "Al Jazeera"), ("person", "Ngaire Williams")}


def test_the_aged_subject_after_an_opening_phrase_is_the_person_just_named():
    got = extract_article("Czech\n\nAndrej Babiš met the president on Thursday.\n\nIn the castle courtyard, the "
                          "71-year-old said he had no problem finding a solution to the conflict.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Andrej Babiš"]


@pytest.mark.parametrize("text, speaker", [
    ("Ireland fined X on Tuesday.\n\nIn a post on its Global Government Affairs account, the company called the fine "
     "\"unprecedented and deeply misguided\".", "X"),
    ("A popular Telegram channel, «Военная хроника» (Military Chronicle), said it sent \"the wrong signal\" to troops.",
     "Военная хроника"),
])
def test_the_account_or_channel_written_in_is_not_who_wrote(text, speaker):
    got = extract_article("Budget\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == [speaker]


def test_a_source_who_asked_that_her_name_be_withheld_speaks_not_the_body_in_the_aside():
    got = extract_article("Clinic\n\nA midwife in Shughnan district, who asked that her name be withheld because the "
                          "Taliban have warned health staff not to speak to the media, said the mobile clinic where "
                          "she worked was shut last Thursday.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["A midwife in Shughnan district"]


def test_it_said_after_a_quote_is_the_body_that_opened_the_sentence():
    got = extract_article("Border\n\nReuters could not independently verify either side's account.\n\nPakistan's "
                          "Foreign Office summoned Afghanistan's charge d'affaires in Islamabad on Wednesday to lodge a "
                          "\"strong protest\", it said in a statement.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Pakistan's Foreign Office"]


@pytest.mark.parametrize("sentence, name", [
    ("Fishers from Douarnenez and Lorient staged a protest in the harbour.", "Lorient"),
    ("Trawlers from Boulogne-sur-Mer stayed in port on Monday.", "Boulogne-sur-Mer"),
    ("Samsung will expand its chip plant at Pyeongtaek, south of Seoul.", "Pyeongtaek"),
    ("Two soldiers from Chakwal and Lakki Marwat were among the dead.", "Lakki Marwat"),
    ("India controls the Ravi, Beas and Sutlej under the treaty.", "Sutlej"),
    ("Dengue cases across the Americas reached a record this year.", "Americas"),
    ("Protesters gathered in Parliament Square as MPs voted.", "Parliament Square"),
])
def test_the_gazetteer_knows_the_towns_rivers_and_regions_writers_list(sentence, name):
    # towns, districts, rivers and regions
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("place", name) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, party", [
    ("Republicans in the state Senate passed the bill 21-17 on Tuesday. Democrats said the measure would gut water "
     "protections.\n\nThe vote split along party lines. Republicans hold 21 of the 38 seats.", None),
    ("The Republican Party said it would fund the recount.", "Republican Party"),
])
def test_a_us_party_named_only_by_its_members_is_no_entity(sentence, party):
    got = extract_article("Vote\n\n" + sentence + "\n")
    parties = {e.name for e in got.entities if e.type == "organisation" and "Party" in e.name}
    assert parties == ({party} if party else set())


@pytest.mark.parametrize("text, speakers", [
    ("Critics including the Digital Industry Group Inc, which represents major technology companies, have argued "
     "the law is blunt.", ["Digital Industry Group"]),
    ("The evaluation, carried out with an academic advisory panel, says it is \"too early\" to draw conclusions.", []),
    ("A federal appeals court revived the law on Tuesday. The majority said the companies were likely to succeed in "
     "arguing that the law discriminates against them.", []),
])
def test_no_speaker_is_cut_from_an_aside_or_a_reported_clause(text, speakers):
    got = extract_article("Ruling\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind in ("claim", "quote")] == speakers


def test_a_span_of_time_before_a_source_is_no_part_of_it():
    got = extract_article("Poltava\n\nCouncillors in Poltava have voted to remove the mayor, barely a week after "
                          "anti-corruption investigators accused her office of inflating the cost of repairs.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["anti-corruption investigators"]


@pytest.mark.parametrize("text, speaker", [
    ("The UK government suspended licences in 2024.\n\nDuring the hearing in January, lawyers for the government told "
     "the court that UK companies supply about 15 per cent of the components.", "lawyers for the government"),
    ("Lawyers for the city asked a federal judge on Wednesday to release the police from court oversight, arguing "
     "that the department has met the bulk of the reforms.", "Lawyers for the city"),
])
def test_unnamed_lawyers_speak_as_written_not_their_clients(text, speaker):
    got = extract_article("Court\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, claims", [
    ("Oleksandr Tsyhanok rejected the criticism, telling lawmakers he had never met the head of the office in "
     "private.", ["Oleksandr Tsyhanok"]),
    ("Another customer deposited 52,000 pounds in a weekend while telling the company's staff he had nothing left, "
     "according to the commission's published findings.", ["the commission's published findings"]),
])
def test_a_participle_telling_an_audience_what_happened_reports_it(text, claims):
    got = extract_article("Rada\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == claims


@pytest.mark.parametrize("text, speaker", [
    ("Police named the attacker, Minh Tran, on Tuesday.\n\nThe Premier said extra police would be deployed at major "
     "train stations for the rest of the week.", "Premier"),
    ("Housing minister Tobias Wren resigned on Monday.\n\nIn his letter, Mr Wren said he had made a mistake.\n\n"
     "In reply, the Prime Minister said Mr Wren had \"done the right thing\".", "Prime Minister"),
])
def test_an_office_written_with_capitals_is_its_holder_or_the_office(text, speaker):
    got = extract_article("Politics\n\n" + text + "\n")
    assert [e.speaker for e in got.entries if e.kind != "event"][-1].endswith(speaker)


@pytest.mark.parametrize("sentence, name", [
    ("Microsoft may appeal to the Conseil d'État, France's highest administrative court.", "Conseil d'État"),
    ("The Cour des comptes published a report estimating the network would cost at least €36bn.", "Cour des comptes"),
    ("Tanzania's main opposition party, Chama cha Demokrasia na Maendeleo, rejected the count.",
     "Chama cha Demokrasia na Maendeleo"),
])
def test_a_known_name_with_small_words_of_another_language_is_found_whole(sentence, name):
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_known_alias_in_lower_case_is_not_read_as_the_body():
    got = extract_article("Strikes\n\nThe Israeli military said its aircraft struck dozens of targets overnight.\n")
    assert "Israel Defense Forces" not in {e.name for e in got.entities}


@pytest.mark.parametrize("text, person", [
    ("In Cairns, dive operator Mick Fairbrother said bookings had held up this season.", "Mick Fairbrother"),
    ("The ruling was a setback for the state.\n\nAssociated Press writer Jordan Pike in Washington contributed to "
     "this report.", "Jordan Pike"),
    ("The bill passed the House on Thursday.\n\n(Reporting by Jordan Ames; Editing by Dana Whitcomb)", "Jordan Ames"),
])
def test_a_given_name_after_a_trade_or_a_country_s_name_is_a_person(text, person):
    got = extract_article("News\n\n" + text + "\n")
    assert ("person", person) in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, name", [
    ("A fellow at the King Faisal Center for Research and Islamic Studies said the plan was shelved.",
     "King Faisal Center for Research and Islamic Studies"),
    ("She studied medicine at King Abdulaziz University in Jeddah.", "King Abdulaziz University"),
])
def test_a_body_named_after_a_royal_keeps_the_title(sentence, name):
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_body_that_owns_another_is_named_apart_from_it():
    got = extract_article("Heat\n\nThe study was led by researchers at Imperial College London’s Centre for "
                          "Environmental Policy.\n")
    orgs = {e.name for e in got.entities if e.type == "organisation"}
    assert {"Imperial College London", "Centre for Environmental Policy"} <= orgs


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("The Met Office forecast last month that 2026 would be among the four warmest years on record.", "Met Office",
     "forecast"),
    ("The World Bank announced earlier this year that it would double its lending to the region.", "World Bank",
     "announced"),
])
def test_a_period_just_past_between_a_cue_and_its_that_reports(sentence, speaker, cue):
    got = extract_article("Outlook\n\n" + sentence + "\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"] == [(speaker, cue)]


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("The court also ordered the confiscation of a flat in Narva which prosecutors said had been bought with the "
     "money.", "prosecutors", "had been bought with the money"),
    ("The plant will be cleaned before it reopens, a process a spokesperson said could take two weeks.",
     "spokesperson", "could take two weeks"),
])
def test_a_relative_clause_without_a_comma_or_with_an_indefinite_subject_reports(sentence, speaker, claim):
    got = extract_article("Court\n\n" + sentence + "\n")
    assert (speaker, claim) in {(e.speaker, e.text) for e in got.entries if e.kind == "claim"}


def test_a_korean_surname_before_a_hyphenated_given_name_tells_no_gender():
    got = extract_article("Fines\n\n“Exchanges are the gatekeepers,” Park Ji-hoon, a director at the unit, told "
                          "reporters.\n\nKim Hye-won, a professor of finance at Sogang University, said regulators "
                          "were sending a message.\n\n“They want to show they can police the exchanges,” she said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Park Ji-hoon", "Kim Hye-won"]


@pytest.mark.parametrize("sentence, speaker", [
    ('Minsk has previously rejected Polish accusations of espionage as "hysteria".', "Minsk"),
    ("Government spokesman Emmanuel Kilonzo rejected the party’s figure as “grossly exaggerated”.", "Emmanuel Kilonzo"),
])
def test_what_a_subject_rejected_something_as_in_quotation_marks_is_its_words(sentence, speaker):
    got = extract_article("Spies\n\n" + sentence + "\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "quote"] == [(speaker, "rejected")]


def test_a_scandinavian_woman_s_name_that_folds_to_a_man_s_is_a_woman_s():
    got = extract_article("Gangs\n\n'This is a tool,' the presiding judge, Mats Rydén, said.\n\nGang leaders seek children "
                          "out, said Åsa Lindqvist, who heads the intelligence unit.\n\n'They are disposable to the people "
                          "giving the orders,' she said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Mats Rydén", "Åsa Lindqvist"]


def test_at_a_place_opening_the_sentence_is_where_not_who():
    got = extract_article("Ports\n\nAt Helsingborg, the port's security chief, Anders Nyqvist, said his team had never "
                          "been trained to deal with organised crime.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Anders Nyqvist"]


def test_a_place_a_sentence_opens_with_takes_no_role_from_the_appositive_after_it():
    got = extract_article("Ports\n\nAt Helsingborg, the port's security chief, Anders Nyqvist, said his team had never "
                          "been trained.\n\n\"We have never had to think like this before,\" he said.\n")
    assert ("person", "Helsingborg") not in {(e.type, e.name) for e in got.entities}
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Anders Nyqvist"]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Nueces County medical examiner’s office said an autopsy was performed Monday.",
     "Nueces County medical examiner’s office"),
    ("The Harris County sheriff's office said two deputies were injured.", "Harris County sheriff's office"),
])
def test_a_place_s_officer_s_office_speaks_as_written(sentence, speaker):
    got = extract_article("Death\n\n" + sentence + "\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == [speaker]


def test_a_country_s_customs_speaks_as_written():
    got = extract_article("Ports\n\nDutch customs said last week that seizures at Rotterdam fell to 8.6 tonnes.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Dutch customs"]


def test_an_unnamed_person_s_sister_speaks_as_written():
    got = extract_article("Trial\n\nOutside the courthouse, the victim's sister, who asked not to be named, said the "
                          "family doubted the people behind the killing would ever face justice.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["the victim's sister"]


def test_a_capitalised_word_before_a_party_in_a_politician_s_role_is_no_person():
    got = extract_article("Aid\n\nOpposition Conservative leader Kemi Badenoch welcomed the increase in defence spending "
                          "but said the government should go further.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Kemi Badenoch"]
    assert "Opposition Conservative" not in {e.name for e in got.entities}


def test_a_partial_quote_after_a_second_speaker_s_verb_in_a_claim_stays_his():
    got = extract_article("Pay\n\nGavin Herd, of the union Unison, welcomed the deal. Its chief executive, Lorraine Achebe, "
                          "said the agreement would be “meaningless” unless ministers paid, but Herd said the union would "
                          "“hold ministers’ feet to the fire” on funding.\n")
    assert {(e.text, e.speaker) for e in got.entries if e.kind == "quote"} == {
        ("meaningless", "Lorraine Achebe"), ("hold ministers’ feet to the fire", "Gavin Herd")}


def test_a_place_as_a_relative_clause_s_subject_reports_and_the_main_claim_goes_on_after_it():
    got = extract_article("Aid\n\nAid agencies say the Israeli rules, which Israel says are needed to stop aid being "
                          "diverted, threaten to strip the territory of much of its medical capacity.\n")
    claims = {(e.speaker, e.text) for e in got.entries if e.kind == "claim"}
    assert ("Israel", "are needed to stop aid being diverted") in claims
    assert any(sp == "Aid agencies" and "threaten to strip" in t for sp, t in claims)


def test_a_quote_paragraph_after_one_unnamed_person_s_claim_is_theirs():
    got = extract_article("Trial\n\nFoxtrot's founder, Rawa Majid, is believed to be in Iran.\n\nOutside the courthouse, "
                          "the victim's sister, who asked not to be named, said the family doubted anyone would face "
                          "justice.\n\n'The boy pulled the trigger, but someone paid him. Where is that person?'\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["the victim's sister"]


def test_a_pronoun_inside_a_who_aside_of_the_subject_is_not_who_speaks():
    got = extract_article("Taser\n\nSuperintendent Tania Kupenga said the officer had been retrained. The boy’s family, who "
                          "asked that he not be named, told RNZ they had waited almost a year for answers.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Tania Kupenga", "the boy’s family"]


def test_a_scholar_of_a_university_whose_name_goes_on_after_university_is_named_apart():
    got = extract_article("Raids\n\nYasmina El Amrani of Erasmus University Rotterdam said the seizure of the "
                          "network's money would hurt it more than the arrests.\n")
    names = {e.name for e in got.entities}
    assert "Erasmus University Rotterdam" in names
    assert not any(n.startswith("Yasmina") and "Erasmus" in n for n in names)


@pytest.mark.parametrize("sentence, name", [
    ("Officers from the Guardia Civil raided a warehouse in Algeciras.", "Guardia Civil"),
    ("Figures from Skills for Care show 131,000 vacancies in adult social care.", "Skills for Care"),
    ("The Global Sovereign Debt Roundtable agreed on Wednesday to publish timelines.", "Global Sovereign Debt Roundtable"),
])
def test_bodies_of_the_new_beats_are_found_whole(sentence, name):
    got = extract_article("News\n\n" + sentence + "\n")
    assert ("organisation", name) in {(e.type, e.name) for e in got.entities}


def test_a_debt_framework_is_no_entity_and_a_name_before_a_body_aside_is_a_person():
    got = extract_article("Debt\n\nZambia restructured its debt under the G20's Common Framework.\n\nMarnie Costello, from "
                          "People with Disability Australia, said the cut was unlawful.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert not any(n == "Common Framework" for _, n in names)
    assert ("person", "Marnie Costello") in names


def test_he_is_the_one_the_sentence_before_has_speak_not_the_first_named_in_it():
    got = extract_article("Inquiry\n\nBut after he was shown footage in which Mr Haddad appears to slide an envelope across "
                          "the table, Mr Tolley conceded he had accepted gifts.\n\n'I thought of it as a thank-you,' he "
                          "said.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Tolley"]


@pytest.mark.parametrize("name, gender", [("Nguyen Thi Kim Loan", "f"), ("Tran Van Minh", "m"), ("Le Hoang Nam", None)])
def test_a_vietnamese_name_tells_gender_by_its_middle_name(name, gender):
    from newsdigest.extract.speakers import _gender
    assert _gender(name, "") == gender


def test_he_is_the_one_who_accepted_not_the_counsel_named_in_the_fronted_phrase():
    got = extract_article("Inquiry\n\nUnder questioning from senior counsel to the inquiry, Gordon Baird KC, Mr Munro accepted "
                          "that officers had not received refresher training. He told the inquiry:\n\n‘I can’t say hand on "
                          "heart that the training was adequate.’\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Munro"]


def test_he_is_the_one_a_sentence_turned_to_with_while():
    got = extract_article("Talks\n\nD66 leader Rob Jetten asked the informateur to report by Friday.\n\nJetten welcomed the "
                          "report, calling it a serious basis for talks, while CDA leader Henri Bontenbal was more guarded."
                          "\n\n“Minority cabinets work in Denmark,” he told reporters.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Henri Bontenbal"]


def test_he_is_the_one_who_told_the_judge_after_an_appositive():
    got = extract_article("Trial\n\nAbubakar Dan-Musa pleaded not guilty.\n\nBut counsel to Mr Dan-Musa, Emeka Okonkwo-Ude, "
                          "a Senior Advocate of Nigeria (SAN), told the judge that his client had a pending bail "
                          "application.\n\nHe said the former MD had honoured every invitation from the EFCC.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"][-1] == "Emeka Okonkwo-Ude"


def test_a_police_force_before_an_officer_s_rank_is_named_whole():
    got = extract_article("Inquiry\n\nThe report looked into the killing of Ontario Provincial Police Constable Darren Ellison "
                          "in 2024.\n")
    names = {(e.type, e.name) for e in got.entities}
    assert ("organisation", "Ontario Provincial Police") in names and ("person", "Ontario Provincial") not in names


def test_a_source_s_wish_not_to_be_named_is_no_event():
    got = extract_article("Heat\n\nAt least 40 people died of heatstroke in Uttar Pradesh last week, a health official said."
                          "\n\nHe asked not to be named because he was not authorised to speak to the media.\n")
    events = [e.text for e in got.entries if e.kind == "event"]
    assert events and not any("asked not to be named" in t for t in events)


@pytest.mark.parametrize("sentence", [
    "Under the bill, a patient would need a prognosis of six months or less to live, confirmed by two physicians.",
    "Under Dutch law, both sides have two weeks to lodge an appeal against the verdict.",
    "Under the district's rules, adopted in 2022, a committee of educators and a parent reviews each challenged title "
    "and makes a recommendation to the superintendent.",
])
def test_a_sentence_that_opens_with_the_terms_of_a_law_or_deal_is_no_event(sentence):
    got = extract_article("Bill\n\nThe Senate voted 27-20 on Tuesday to pass the bill.\n\n" + sentence + "\n")
    events = [e.text for e in got.entries if e.kind == "event"]
    assert events and not any(t.startswith("Under") for t in events)


def test_what_a_subject_attributes_something_to_is_a_claim():
    got = extract_article("Dengue\n\nDoctors attribute the surge to the return of the DENV-3 serotype, which barely "
                          "circulated for a decade.\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"] == [("Doctors", "attribute")]


def test_he_after_a_sentence_opening_with_the_judge_is_the_judge():
    got = extract_article("Ruling\n\nMr Justice Pemberton heard the case in London. Sir David Rennick KC, for the board, "
                          "told the court the claim was hopeless.\n\nThe judge agreed with Sir David. 'It is not for this "
                          "court to decide which faction has the better claim,' he wrote.\n")
    assert [e.speaker for e in got.entries if e.kind == "quote"] == ["Pemberton"]


def test_a_sentence_ends_before_guillemets_with_a_space_inside():
    got = extract_article("Aid\n\nChad's health minister, Abdelmadjid Abderahim, said the government had asked Gulf donors "
                          "to help. « Le Tchad ne peut pas porter ce fardeau seul », he told reporters.\n")
    assert [(e.kind, e.speaker) for e in got.entries if e.kind in ("claim", "quote")] == [
        ("claim", "Abdelmadjid Abderahim"), ("quote", "Abdelmadjid Abderahim")]


def test_no_before_a_capital_ends_a_sentence_but_no_before_a_number_does_not():
    from newsdigest.extract.sentences import split_sentences
    got = [s.text for s in split_sentences("Two members voted no. Whitaker said the plan was flawed. He lives at No. 10 "
                                            "Downing Street.")]
    assert got == ["Two members voted no.", "Whitaker said the plan was flawed.", "He lives at No. 10 Downing Street."]


def test_a_president_named_only_by_his_administration_is_a_person():
    got = extract_article("Aid cuts\n\nClinics in Badakhshan have closed since January. The cuts follow the Trump "
                          "administration’s decision to freeze foreign assistance, health workers said.\n")
    assert ("person", "Trump") in {(e.type, e.name) for e in got.entities}


@pytest.mark.parametrize("sentence, kept, not_kept", [
    ("The money went through Meridian Bullion Trading DMCC, a firm in Dubai.",
     ("organisation", "Meridian Bullion Trading DMCC"), ("person", "Meridian Bullion Trading DMCC")),
    ("Counsel for the provider, Barry Whelan BL, read a letter of apology to the court.",
     ("person", "Barry Whelan"), ("person", "Barry Whelan BL")),
    ("Quillstack raised a Series C round at a valuation of $900 million, led by Insight Partners.",
     ("organisation", "Insight Partners"), ("person", "Series C")),
])
def test_legal_forms_post_nominals_and_funding_rounds(sentence, kept, not_kept):
    got = {(e.type, e.name) for e in extract_article("Firms\n\n" + sentence + "\n").entities}
    assert kept in got and not_kept not in got


def test_an_outlet_named_with_and_without_news_is_one_entity():
    got = extract_article("Bill\n\nBy Dana Abenova, BBC News, Almaty\n\nKazakhstan's parliament passed the bill on Tuesday. "
                          "TikTok did not respond to requests for comment from the BBC.\n")
    names = [e.name for e in got.entities if e.type == "organisation"]
    assert "BBC News" in names and "BBC" not in names


def test_a_bare_plural_subject_of_a_clause_after_a_noun_owns_the_quoted_words():
    got = extract_article("Pay\n\nCare workers will be paid at least £13.45 an hour from next April, in a deal unions hailed "
                          "as “a turning point” for the workforce.\n")
    assert [(e.text, e.speaker) for e in got.entries if e.kind == "quote"] == [("a turning point", "unions")]


def test_a_name_after_the_humanitarian_organisation_is_a_body():
    got = extract_article("Strike\n\nThe three, from the humanitarian organisation Proliska, were delivering food parcels "
                          "to elderly residents, the group said in a statement.\n")
    assert ("organisation", "Proliska") in {(e.type, e.name) for e in got.entities}
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Proliska"]


def test_estimating_that_after_a_published_analysis_reports():
    got = extract_article("Budget\n\nThe Fairer Futures Trust think tank published analysis on Monday estimating that "
                          "scrapping the cap would cost £3.4 billion a year.\n")
    assert [(e.speaker, e.cue) for e in got.entries if e.kind == "claim"] == [("Fairer Futures Trust", "estimating")]


def test_an_apostrophe_inside_a_word_is_no_quotation_mark_in_what_someone_calls():
    got = extract_article("Cholera\n\nSudan's war, which began in April 2023 between the army and the RSF, has killed tens of "
                          "thousands of people and driven more than 12 million from their homes, creating what the United "
                          "Nations calls the world's largest humanitarian crisis.\n")
    assert ("United Nations", "the world's largest humanitarian crisis") in {
        (e.speaker, e.text) for e in got.entries if e.kind == "claim"}


def test_lawyers_for_someone_led_by_a_body_speak_as_written():
    got = extract_article("Deportations\n\nLawyers for the plaintiffs, led by the National Immigration Litigation Alliance, "
                          "said some of those already removed had been held in a hotel for weeks.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"] == ["Lawyers for the plaintiffs"]


def test_a_plain_plural_subject_with_have_owns_the_participle_s_claim():
    got = extract_article("Raids\n\nThe Department of Homeland Security said agents had made 400 arrests. Immigrant advocates "
                          "have disputed the department’s account, saying that many of those detained were picked up at "
                          "traffic stops.\n")
    assert [e.speaker for e in got.entries if e.kind == "claim"][-1] == "Immigrant advocates"


def test_a_quote_in_single_marks_opening_after_a_colon_runs_over_paragraphs():
    got = extract_article("Verdict\n\nIn her closing arguments, the prosecutor, Giovanna Mannà, told the court: 'For ten "
                          "years this clan decided what came into Gioia Tauro. Everyone had a price.\n\n'What you have in "
                          "front of you is not a family. It is a company.'\n")
    quotes = [(e.text[:12], e.speaker) for e in got.entries if e.kind == "quote"]
    assert quotes == [("For ten year", "Giovanna Mannà"), ("What you hav", "Giovanna Mannà")]
    assert not [e for e in got.entries if e.kind == "claim"]
