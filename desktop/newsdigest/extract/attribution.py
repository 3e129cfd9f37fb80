"""Attach speakers to quotes and find reported speech (claims).

For each quote the text around it in its sentence is searched for a cue
("said", "according to", a dash line); the speaker is the named subject next
to the cue, a pronoun resolved backwards, or, for a direct quote with no cue,
the speaker of the quote just before it in the same passage, or the person
named (with a description or "the words belong to") in the next sentence.
Claims come from verb cues ("said", "warned that", "according to"),
participles with "that" ("telling reporters that"), evidential cues ("found
that", "put the toll at") and naming ("called the plan a risk"); verbs that
also take a plain object ("admitted fraud") count only before a clause.
"""
from __future__ import annotations

from typing import Final

import re
from dataclasses import dataclass

from newsdigest.extract.cues import (
    CLAIM_BARE,
    CUE_WORDS,
    OBJECT_VERBS,
    WEEKDAYS,
    cue_head,
    cue_text,
    iter_cues,
    may_have_cue,
    title_cue_at_end,
)
from newsdigest.extract.gazetteer import DEMONYMS
from newsdigest.extract.quotes import QuoteSpan
from newsdigest.extract.sentences import Sentence, sentence_at
from newsdigest.extract.speakers import (
    KIN_NOUNS,
    OWNED_PEOPLE_NOUNS,
    OWNED_SUBJECT,
    Speaker,
    SpeakerFinder,
    after_opener,
    source_matches,
)

_ADVERBS_ONLY: Final = re.compile(r"\s*(?:[a-z]+ly\s+|now\s+|also\s+|still\s+)*")
_AGENT_NEXT: Final = re.compile(r"\s+(?:the\s+|[A-Z])")
_SUBJECT_ASIDE: Final = re.compile(r"^[^,]{3,80}?(?=,\s+(?:who|speaking|citing|asking|requesting|declining|reached|"
                                   r"contacted|interviewed)\b)")  # ("Residents of X, reached by phone, said")
_POSSESSOR: Final = re.compile(r"(?:\w['’]s|s['’])\s+$")
_PASSIVE: Final = re.compile(r"\b(?:is|was|are|were|be|been)\s+$")
_WITH_SUBJECT: Final = re.compile(r"\b(?:with|and)\s+(?=(?:[\w.'’()-]+\s+){1,6}$)")
_NEGATED_CUE: Final = re.compile(r"(?:\b(?:not|never|(?:declined|refused|declining|refusing)\s+to)|n['’]t)\s+$")
#: a subject that is no one: "No group has claimed responsibility", "Nobody has said"
_NO_ONE: Final = re.compile(r"[\s\"“‘']*(?:Nobody|No one|None|No\s+[a-z]+)"
                            r"(?:\s+(?:has|have|had|yet|publicly|so far))*\s*$")
#: a quantity after "added", which makes it no speech: "has added thousands of rental units", "added 250,000 jobs"
_QUANTITY_NEXT: Final = re.compile(r"\s+(?:[$€£¥]?\d|(?:thousands|hundreds|millions|billions|dozens|tens|more|"
                                   r"nearly|about|roughly|almost|another|some|an extra|a further|a record)\b)")
_NOUN_CUES: Final = {"claims", "estimates", "reports", "notes", "remarks", "comments", "posts", "claim",
                     "forecast", "forecasts", "report", "estimate"}
#: ("its most recent staff report": lowercase words that are not plurals may stand between)
_DETERMINED: Final = re.compile(r"\b(?:the|these|those|its|their|his|her|such|of|a|an)\s+"
                                r"(?:[A-Z][\w-]*\s+|(?:[a-z][a-z-]*[a-rt-z]\s+){1,3})?$")
#: "The Commission estimates that": a body referred back to opens the sentence, its verb follows
_BODY_SUBJECT: Final = re.compile(r"\s*The\s+(?:Commission|Bank|Fund|Ministry|Agency|Court|Council|Government|Board|"
                                  r"Authority|Department|Bureau|Tribunal|Directorate|Federation)\s+")
_CLAUSE_START: Final = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+$")
#: "denied targeting civilians": the gerund is what is denied, a claim
_GERUND_VERBS: Final = {"denied", "denies", "admitted", "admits", "acknowledged", "acknowledges"}
_CONJ = re.compile(r"(?:and|but|while)\s+")
#: cue verbs whose bare form is also a noun or an infinitive ("to report", "its forecast"):
#: they report speech only after a plural subject ("researchers report") or with "that"
_BARE_FORMS: Final = {"report", "estimate", "forecast"}
_PLURAL_END: Final = re.compile(r"(?:[a-z]s|\bstaff|\bpolice)\s+$")


#: a sentence that ends ", he said." / ", the ministry said, adding ...": that says who reports it
_TRAILING_SAID = re.compile(r",\s+(?:[\w.'’-]+\s+){1,4}?(said|says|added|adds)(?=\s*(?:[,.;]|$))")
#: ", said Jordan Whitaker, an associate professor at ...": a closing cue with the name after the verb
#: (also before the name written again in its own script:
#: ", said Sergei Lebedev (Сергей Лебедев), who ...")
_TRAILING_SAID_NAME: Final = re.compile(r",\s+(said|says)\s+(?=[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+(?:,|\.?$|\s\())")
_WHO_BEFORE = re.compile(r",[^,]*\bwho\s+(?:[\w'’-]+\s+){0,3}$")
_MAIN_SAID_AFTER = re.compile(r"[^,;]{0,120},\s+(?:said|says|told|added)\b")
#: what a denial denies: "denied any wrongdoing", "denies deliberately targeting civilians", "denied the allegations"
_DENIALS: Final = {"denied", "denies", "deny"}
_DENIED_THING: Final = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|(?:any|all)\s|(?:the|these|those)\s+(?:[a-z]+\s+)?"
                                  r"(?:allegations?|accusations?|charges?|claims?|reports?)\b|wrongdoing|"
                                  r"responsibility|involvement")
#: a partial quote's speaker named right after it ('"...," in the words of X', '"...", in the words of X')
_WORDS_OF = " in the words of "
#: how a source asked not to be named, at the end of its attribution: not what it said
_ANONYMITY_TAIL: Final = re.compile(r",?\s*(?:speaking\s+)?on (?:the )?condition (?:of anonymity|that (?:he|she|they) "
                                    r"(?:not be|was not|were not|would not be) (?:named|identified))\s*$")


def _conj_len(np: str) -> int:
    """Length of a conjunction the source phrase starts with ("and police")."""
    m = _CONJ.match(np)
    return m.end() if m else 0

_TAIL_CUE: Final = re.compile(r",\s*(?:[^,]{0,80})?$")
_PRONOUN_NEXT = r"(?=(?:it|they|he|she|the|this|there|its|their|his|her|our|we|all|no)\s)"
_VERB_SOON = r"\s(?:\S+\s){0,6}?(?:was|were|is|are|had|has|have|would|will|could|[a-z]{3,}ed)\b"
#: what follows a participle cue when it reports: "that", a clause ("saying 41% of schools were closed", "saying
#: Moscow had", "saying faster approvals were"), maybe after whom it was told ("telling the council that")
_PART_THAT: Final = re.compile(
    # ("noting in its decision that"): where it was said, before "that"
    r"\s+(?:(?:in|on)\s+(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+that\b|"
    r"(?:reporters|journalists|lawmakers|investors|analysts|the (?:(?!that\b)[\w-]+ ){0,2}(?!that\b)[\w-]+|"
    r"him|her|them|us|[A-Z]\w+(?: [A-Z]\w+)?)"
    # ("telling reporters aboard his plane that"): where they were told, before "that"
    r"(?:\s+(?:aboard|at|in|on|during|after)\s+(?:(?!that\b)[\w'’-]+\s+){0,3}?(?!that\b)[\w'’-]+(?=\s+that\b))?\s+"
    rf"(?:that\b|{_PRONOUN_NEXT}|"
    rf"(?=(?:a|an|more|about|some|most|many|several|only|[A-Z][\w'’-]*|\d[\d,.%]*){_VERB_SOON}))|"
    rf"that\b|{_PRONOUN_NEXT}|"
    r"(?=(?:(?!(?:to|for|with|from|of|in|on|at|by|goodbye|sorry|thanks|hello|so|yes|no)\b)[a-z][\w'’-]*|"
    rf"[A-Z][\w'’-]*|\d[\d,.%]*){_VERB_SOON}))")
_TIME_LEAD: Final = re.compile(
    r"^(?:(?:on|in|at|late|early|earlier|last|this|overnight)\s+)+(?:on\s+)?"
    rf"(?:{WEEKDAYS}|week|month|year|night|morning|"
    r"afternoon|evening|weekend|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|today|Saturday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?(?=\W))?(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s*")
_BARE_DAY: Final = re.compile(rf"^(?:{WEEKDAYS}|today|yesterday)"
                       r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s*")
_CLAUSE_WORDS: Final = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|"
                           r"must|did|does|do|[a-z]{3,}ed)\b")
#: "Mohammed Rafique, a community leader, said refugees felt forgotten": what follows the verb is a
#: clause (a subject and its verb), not who said it ("..., said Daniel Morgan.")
_CLAUSE_TAIL: Final = re.compile(r"[a-z][\w'’-]*\s+(?:was|were|is|are|had|has|have|will|would|could|can|felt|feel|"
                                 r"feels|did|must|should|may|might|remained|remain|remains)\b")
#: "..., said Rotterdam maritime law professor Hendrik-Jan Oosterveld.": a job written small, then the name
_ROLE_NAME_TAIL: Final = re.compile(r"(?:[A-Z][\w'’-]*\s+)?"
                                    r"(?:(?!(?:in|on|at|to|of|for|with|from|by|after|before|during|and|the|a|an)\s)"
                                    r"[a-z][\w'’-]*\s+){1,5}(?:[A-Z][\w'’.-]*\s+){1,3}"
                                    rf"(?!(?:{WEEKDAYS})\b)[A-Z][\w'’.-]*")
_NAMED_TAIL: Final = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]*"
                                # (the name again in its own script: "(Сергей Лебедев)")
                                r"(?:\s+\([^()]{2,60}\))?\s*,\s+"
                                r"(?:a|an|the|who|which|[a-z]+)\b|"  # ("..., said Éloïse Marchand, a political ...")
                                # "..., said Inspector Nirmala Karki of the Area Police Office."
                                r"^(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]*\s+){1,4}(?:of|at|from)\s+(?:the\s+)?"
                                r"[A-Z][^,;:\"“”]*$")
_BELONG = re.compile(r"\b(?:belong|belonged|belongs|came|come|comes)\s+(?:to|from)\s+$|"
                     r"\b(?:words|remarks|comments|voice|account)\s+(?:of|is|was)\s+$|^(?:So\s+)?says\s+$|"
                     r"^(?:That|This|Those|These)\s+(?:was|were|is|are)\s|^The\s+speaker\b", re.IGNORECASE)
# "called the plan a risk to democracy": naming something is saying it
_SAYING: Final = {"saying", "adding", "arguing", "insisting", "warning", "noting", "claiming"}
_RELATIVE: Final = re.compile(r"\b((?:(?!with\b|from\b|by\b|to\b|of\b|for\b|on\b|in\b|at\b)[a-z-]+\s+){0,2}(?:companies|firms|groups|officials|experts|analysts|critics|"
                       r"residents|lawmakers|activists|scientists|investors|economists|people|countries|"
                       r"governments|unions|doctors|workers|engineer|expert|witness|pathologist|analyst|economist|"
                       r"researcher|scientist|consultant|parent|mother|father|resident|official|person|member|"
                       r"teacher|student|voter|neighbour|neighbor|survivor|employee|whistleblower))"
                       r"\s+(?:that|who)\s+(?:had\s+|have\s+)?$")
#: a plain kind of person after the verb, to the end of the sentence: "says rapporteur", "said the caretaker."
_BARE_AGENT: Final = re.compile(r"\s+(?!(?:(?:the|a|an|one)\s+)?(?:statement|report|document|letter|filing|study|"
                                r"survey|post|video|message|note|memo|ruling|judgment|order|release)\b)"
                                r"((?:(?:the|a|an|one)\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*(?:[.;]|$)")
#: whom someone accuses, then "of": "accusing Norcliffe and its top executives of concealing"
_ACCUSED_OF: Final = re.compile(r"\s+(?:[\w'’.-]+\s+){1,8}?of\s+(?=[a-z]+ing\b|a\s|an\s|the\s)")
#: a thing someone posted, right before "posted": "in a video posted on LinkedIn"
_POSTED_THING: Final = re.compile(r"\b(?:video|message|statement|post|letter|photo|photograph|clip|note|update|"
                                  r"thread|images?|footage|recording)s?\s+$")
#: the medium in a subject's aside, then its verb: " the state-run Associated Press of Pakistan, accused"
#: a medium and then the verb of the one it quotes: "quoted by Army Radio said"
_MEDIUM_THEN_SAID: Final = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|added|warned)\b")
_MEDIUM_ASIDE: Final = re.compile(r"\s+[^,;]{2,80},\s+(?:(?:[a-z]+ly|however|also|then)\s+)?"
                                  r"(?:[a-z]+(?:ed|s)|said|told)\b")
#: figures that "show" something: "USDA data show", "Figures released by the ministry show"
_DATA_WORDS: Final = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Pp]olls?|[Ss]urveys?|"
                                r"[Ee]stimates)\b")
#: a clause right after "told", with no one told: the passive's "and told he must serve"
_CLAUSE_NEXT: Final = re.compile(r"\s+(?:he|she|they|it|we|I|you|that)\s")
_PASSIVE_WORDS: Final = ("is", "was", "are", "were", "be", "been")
_RELATIVE_LAST: Final = ("that", "who", "had", "have")


def _passive_or_possessor(before: str) -> bool:
    """``_PASSIVE.search(before) or _POSSESSOR.search(before)``, as truth, by suffix tests.

    Both end in ``\\s+$``: a match is a piece of text, then the blanks that end ``before``
    (str.rstrip strips the characters \\s matches; "$" before a final newline leaves the
    same piece, the newline being one of the blanks).  The piece ends in a letter or a
    quote mark, no blank, so it ends exactly where ``before.rstrip()`` does: a suffix test.
    """
    core = before.rstrip()
    if len(core) == len(before):
        return False  # no blank at the end: neither matches
    for w in _PASSIVE_WORDS:  # \b(?:is|was|...): the word, no word character before it
        if core.endswith(w):
            k = len(core) - len(w)
            if k == 0 or not (core[k - 1].isalnum() or core[k - 1] == "_"):
                return True
    # \w['’]s or s['’]
    if core.endswith(("'s", "’s")) and len(core) >= 3 and (core[-3].isalnum() or core[-3] == "_"):
        return True
    return core.endswith(("s'", "s’"))


def _may_be_relative(before: str) -> bool:
    """False only where ``_RELATIVE.search(before)`` cannot match: a match ends in "that" or
    "who", optionally "had" or "have", then the blanks that end ``before`` (as above)."""
    core = before.rstrip()
    return len(core) < len(before) and core.endswith(_RELATIVE_LAST)


#: a common noun right before a participle: "total investment estimated at"
_REDUCED_PASSIVE: Final = re.compile(r"\b(?:investment|cost|costs|value|damage|damages|losses|budget|price|worth|"
                                     r"revenue|output|population|toll|turnout|crowd|attendance|number)\s+$")
#: a second clause turning against the first: ", though", ", while"
#: (also after a quote's closing mark: 'called the results "proof the law works," while Rep. Curtis Blankenship said')
_TURN: Final = re.compile(r",[\"”’']?\s+(?:though|although|while|whereas|but|and)\s+")
_NEXT_WORD: Final = re.compile(r"[a-z]+\b")
_PRONOUNS: Final = frozenset(("he", "she", "they", "it", "we", "i", "you"))
_SAME_SUBJECT: Final = _PRONOUNS - {"i", "you"} | {"also", "then", "later"}
#: verbs of a poll's reading ("put Tisza nine points ahead", "showed Fidesz in the lead")
_POLL_VERBS: Final = frozenset(("put", "puts", "putting", "shown", "showed", "shows", "show"))
_NAMING_CUE: Final = re.compile(r"(?:called|branded|described|termed|labell?ed)\s+(?:it|them|him|her|this|that|"
                         r"(?:the|this|that|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                         r"(?:(?:as\s+)?(?:a|an)\s|as\s+[a-z])")  # ("described the verdict as politically motivated")
_EVIDENCE_HEADS: Final = {"found", "concluded", "ruled", "determined", "showed", "shows", "show", "put", "raised"}
#: a short subject of lower-case words only, with no name in it: "commuters", "several party MPs"
#: (a capital is allowed in an initialism: MPs), "the family"
_NOT_PLAIN = (r"(?!(?:he|she|it|they|we|i|you|his|her|its|their|who|which|that|and|but|or|also|then|later|had|has|"
              r"have|was|were|is|are|a|an|the|of|at|in|on|to|for|with|by|from|as|[a-z]+ing|document|statement|"
              r"well|far|just|above|below|than|ahead|under|over|"  # ("..., well above forecasts.": no one forecasts)
              r"report|filing|letter|memo|notice|bulletin)\b)")
_PLAIN_SUBJECT: Final = re.compile(r"\s*(?:the\s+)?((?:(?:a|an|some|several|many|most|other|two|three|four|five|"
                                   rf"dozens of|local)\s+)?(?:{_NOT_PLAIN}(?:[a-z][a-z'’-]*|[A-Z]{{2,}}s)\s+){{0,2}}"
                                   rf"{_NOT_PLAIN}(?:[a-z][a-z'’-]*|[A-Z]{{2,}}s))\s+(?:(?:also|later|privately|publicly)\s+)?")
#: a possessed source no one named yet: "his family and lawyer", "her lawyers"
_OWNED_AS_WRITTEN: Final = re.compile(rf"\s*((?:his|her|their)\s+{OWNED_PEOPLE_NOUNS}"
                                      rf"(?:\s+and\s+(?:(?:his|her|their)\s+)?{OWNED_PEOPLE_NOUNS})?)\s+")
#: a conjunction that opens a clause, before its subject: "while another said"
_LEADING_CONJ: Final = re.compile(r"^(?:while|whereas|but|though|although|and|yet)\s+", re.IGNORECASE)
#: "accused" as a noun: "a third accused, a ... broker, was", "the accused were"
_NOUN_ACCUSED: Final = re.compile(r",|\s+(?:was|were|is|are|has|have|had|who|men|women|persons?)\b")
#: a time clause opening right before a cue: "after data showed"
_TIME_CLAUSE_OPEN: Final = re.compile(r"\b(?:after|as|when|since|before|until)\s+(?:[\w-]+\s+){0,2}$")
#: a lawyer's role right before the name: "her lawyer, Dragan Milovanović", "lawyer Hicham Ait Lhaj"
_LAWYER_BEFORE: Final = re.compile(r"\b(?:lawyer|attorney|counsel),?\s+$")
#: things a subject acts on, not who speaks after "and": "rejected the report and said"
_OBJECT_NOUNS: Final = frozenset(("report", "statement", "claim", "claims", "accusation", "accusations", "allegation",
                                  "allegations", "findings", "ruling", "verdict", "decision", "proposal", "plan"))
#: the verbs that always report speech, whoever their subject
_PLAIN_SPEECH: Final = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "stated"})
#: "The officer", "the two migrants", "The boy's mother": people the article gives no name, as the subject
_THE_PERSON: Final = re.compile(
    r"[\s\"“‘']*([Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:officers?|migrants?|victims?|drivers?|man|men|woman|women|boy|"
    r"girl|pilots?|witness|witnesses|residents?|survivors?|passengers?|workers?|miners?|farmers?|teachers?|"
    r"students?|nurses?|doctors?|patients?|defendants?|suspects?|family|families|father|mother|son|daughter|"
    r"widow|husband|wife|crew|soldiers?|protesters|demonstrators|strikers|refugees|villagers|parents|neighbours?|"
    r"neighbors?|owners?|shopkeepers?|fishermen|rescuers|paramedics|firefighters|guards?|inmates?|teenagers?))"
    r"(?:,\s+[^,;\"“”]{3,80},)?\s+(?:(?:have|has|had|also|later)\s+){0,2}")
#: a plain plural subject and its past verb opening a sentence that goes on ", saying ...": "villagers painted"
_PARTICIPLE_SUBJECT: Final = re.compile(
    r"[\s\"“‘']*((?:(?:Dozens|Hundreds|Thousands|Scores|Many|Some|Several)\s+of\s+)?"
    r"(?!(?:The|He|She|It|They|We|This|That|These|Those|There)\b)[A-Za-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}"
    r"(?:(?<=[a-z]s)|(?<=men)|(?<=people)))\s+(?P<aux>(?:have|had)\s+)?[a-z]+ed\b")
#: what a group claims to have done: ", claiming to have stolen 1.2 terabytes", ", claiming to hold 480GB"
_CLAIMING_TO: Final = re.compile(r"\s+(?=to\s+(?:have\s+)?[a-z]{3,}\s)")
#: an unnamed source of one or a few people: "A senior Republican aide", "two diplomats"
_ONE_NAMED_SOURCE: Final = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s")
#: verbs whose plain plural subject speaks as written: "Opposition politicians accused the government of ..."
_AS_WRITTEN_CUES: Final = _PLAIN_SPEECH | {"accused", "accuse", "warned", "warn", "argued", "argue", "insisted",
                                           "insist", "claimed", "claim", "complained", "complain", "demanded",
                                           "demand", "reports"}
#: a short subject of common nouns opening the sentence (its first word may be capitalised there), maybe with
#: where from and an appositive: "Detectives", "Fishermen in Ranai, the capital of Natuna regency," (not "The
#: festival", which names a body the article named before)
_SUBJECT_AS_WRITTEN: Final = re.compile(
    rf"[\s\"“‘']*((?!(?:The|Neither|No|None|Nobody|Each|Every|He|She|It|They|We|I|You|So|This|That|These|"
    rf"Those|Who|Judges?)\b)(?:Our\s+[a-z][a-z-]*|{_NOT_PLAIN}[A-Za-z][a-z'’-]*(?:\s+{_NOT_PLAIN}[a-z][a-z'’-]*){{0,2}}"
    rf"(?:(?<=[a-z]s)|(?<=men)|(?<=people)|(?<=staff)))"
    rf"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?)"
    rf"(?:,\s+[^,;\"“”]{{3,80}},)?\s+(?:on\s+(?:{WEEKDAYS})\s+)?"
    r"(?:(?:have|has|had|also|later|privately|publicly)\s+){0,2}")  # ("Opposition parties on Tuesday demanded")
#: a sentence whose whole subject is a plural kind of people ("Several former cricketers", "Ministers"), maybe
#: with where they work or what they do ("Doctors at Almaty's main children's hospital", "Solicitors who
#: specialise in land law"), as written
_PEOPLE_SUBJECT: Final = re.compile(r"\s*(?:(?:and|but|although|though|while|whereas)\s+)?"
                                    r"((?:(?:Several|Some|Many|Two|Three|Four|Five|Most|"
                                    r"Other|Senior|Local|Former)\s+)?"
                                    r"(?:[a-z][a-z-]+\s+){0,2}[A-Za-z][a-z-]*(?:ers|ors|ists|ysts|ians|ents|ants|ees|"
                                    r"men|women|isters)"
                                    r"(?:\s+(?:at|in|from|across|who|[a-z]{3,}ing)\s+[^,;:\"“”()]{2,80}?)?)"
                                    r"\s+(?:(?:have|had|also|have also|had also)\s+)?")
#: what ties an unnamed person to a body: "involved in the Treasury's talks", "familiar with the matter"
_TIES: Final = "involved in|familiar with|close to|briefed on|with knowledge of"
#: "A party functionary said", "One longtime resident ... said": one unnamed person as the whole subject, as written
_ONE_SOURCE: Final = re.compile(r"\s*((?:A|An|One|Another)\s+(?:[a-z][a-z'’-]*\s+){0,3}?"
                                r"(?!(?:report|statement|study|survey|document|letter|filing|memo|notice|post|"
                                r"analysis|review|audit|poll|paper|source document)\b)[a-z][a-z-]{3,}"
                                # ("One person involved in the Treasury's talks with the industry said")
                                r"(?:\s+(?:" + _TIES + ")"
                                r"\s+[^,;:\"“”()]{2,80}?)?)"
                                r"(?:,\s+(?:who|speaking|reached|contacted|interviewed)\b[^,]{3,80},)?\s+"
                                r"(?:(?:also|later|privately|publicly)\s+)?|"
                                # ("His aunt said", "the victim's sister, who asked not to be named, said")
                                rf"\s*((?:His|Her|Their|[Tt]he\s+[a-z-]+['’]s)\s+(?:[a-z-]+\s+)?(?:{KIN_NOUNS}))"
                                r"(?:,\s+who\b[^,]{3,80},)?\s+")
#: one person's kin, unnamed: "the victim's sister"
_KIN_END: Final = re.compile(rf"['’]s (?:{KIN_NOUNS})$")
#: what ties one unnamed person to a body: "One person involved in the Treasury's talks with the industry"
_INVOLVED: Final = re.compile(r"\s(?:" + _TIES + r")\s")
#: a colon after the medium someone wrote in: "had written on Facebook:", "posted on his Telegram channel:"
_ON_MEDIUM_END: Final = re.compile(r"\s+((?:wrote|written|writes|posted|posts|said)\s+(?:on|in)\s+"
                                   r"(?:(?:his|her|its|their)\s+)?[A-Z][\w.]*(?:\s+(?:account|page|channel|feed))?):$")
_AND_CLAUSE: Final = re.compile(r",\s+(?:and|but)\s+(?=[^,]{3,80}$)")
#: "Patent litigators said", "Antitrust practitioners said": a field and its practitioners open the sentence
_FIELD_PEOPLE: Final = re.compile(r"\s*([A-Z][a-z-]+\s+[a-z][a-z-]*(?:ers|ors|ists|ians|ents|ants))\s+")
#: an opening quotation mark right after a relative claim's words: the quote goes on with the claim
_QUOTE_NEXT: Final = re.compile(r"\s*[\"“‘«]")
#: a relative clause whose subject is a pronoun, right before its cue: ", which it describes as"
_WHICH_IT: Final = re.compile(r"\b(?:which|that|what)\s+(it|he|she)\s+(?:(?:has|had|also|once)\s+)?$")
#: a news agency's line under a story: "— The Canadian Press", "— Reuters"
_WIRE_SIGNATURE: Final = re.compile(r"[–—―-]+\s*(?:The\s+)?(?:Canadian Press|Associated Press|Reuters|AFP|AP|"
                                    r"Agence France-Presse|Bloomberg|Press Association|PA Media|dpa|EFE|ANSA|Kyodo|"
                                    r"Yonhap|Xinhua|Anadolu|TASS)\b[^\n]{0,40}$", re.MULTILINE)
#: a relative clause whose subject is a noun phrase, right before its cue: "an explanation the panel ",
#: "that both delegations "
_WHICH_NOUN: Final = re.compile(r"(?:\b(?:which|that|what)|(?:,|\bin)\s+an?\s+[a-z-]+)\s+"
                                r"((?:the|both|some|many|several|most)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|"
                                r"(?<=[a-z] )(?:[a-z-]+\s+)?[a-z-]{3,}s(?<!ss))"  # ("in a deal unions hailed as")
                                r"\s+(?:(?:has|have|had|also|once)\s+)?$")
#: a verb before "that", which makes it a complement, not a relative clause: "holding that", "replied that"
_VERB_BEFORE_THAT: Final = re.compile(r"\b[a-z]+(?:ed|ing|s)\s+that\s$")
#: a document as the subject of a closing cue: " the document", " the statement"
_DOCUMENT_SUBJECT: Final = re.compile(r"\s*the\s+(?:[a-z-]+\s+)?(?:document|statement|report|filing|letter|memo|"
                                      r"notice|bulletin|communiqu[eé]|release|readout)\s+")
#: a name given to something, with an article or a place between: 'critics have dubbed the "devastation bill"',
#: 'known in Chile as the "estallido social"', 'a crew that called itself "Polar Vortex"'
_NAME_GIVEN: Final = re.compile(r"\b(?:(?:known(?:\s+[a-z]+){0,3}\s+as|dubbed|nicknamed|named|codenamed)"
                                r"\s+(?:the|a|an)|"
                                r"known(?:\s+[a-z]+){1,3}\s+as|known in [A-Z][\w ]{1,30} as(?:\s+the)?|"
                                r"call(?:ed|s)? (?:itself|themselves)|referred to (?:him|her|it|them) as)"
                                r"\s*[\"“‘'«]?$")
#: a short name in title case: "Operation Cold Harbor" (not a sentence)
_CAPITALISED_NAME: Final = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z0-9][\w'’-]*)){0,4}")
#: a sentence that opens with a subject and a "which" clause: "Colleges, which have already shed ..., "
_WHICH_SUBJECT: Final = re.compile(r"[\s\"“‘']*[A-Z][^,;\"“”]{0,40},\s+which\s")
#: verbs of counting whose place subject only reports a count someone else made
_COUNTED: Final = frozenset({"reported", "recorded", "registered", "confirmed"})
_AUX_ONLY_GAP: Final = re.compile(r"\s+(?:(?:has|have|had|so far|now|also)\s+)*")
#: a paragraph after a long quote that names who spoke it
_NAMED_AFTER_QUOTE: Final = re.compile(r"[ \t]*\n\s*(?P<cue>[Tt]he speaker (?:is|was)|So says|So said|"
                                       r"[Tt]hose (?:are|were) the words of|[Tt]he words (?:are|were) those of|"
                                       # "That's the blunt view of Camila Restrepo, a former compliance chief"
                                       r"(?:That|This)(?:'s|’s| is| was) the (?:[a-z]+ )?(?:view|verdict|warning|"
                                       r"assessment|message) of)\s+")
#: the subject of a reported clause, up to its own cue: "said [the ship's master] described"
_INNER_SUBJECT: Final = re.compile(r"\s*(?:that\s+)?((?:the|a|an|its|his|her|their)\s+"
                                   r"[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*")
#: the verbs of such a clause, and the words its subject cannot have ("the strike had been observed")
_INNER_CUES: Final = frozenset(("reported", "described", "called", "told", "said", "warned", "wrote", "recalled"))
_NOT_INNER: Final = frozenset(("had", "has", "have", "been", "was", "were", "is", "are", "being", "will", "would",
                               "be", "but", "and", "or"))
#: the verbs that report such a clause ("said", not "welcomed the resignation but described it")
_OUTER_CUES: Final = frozenset(("said", "says", "saying", "reported", "reporting", "added", "adding", "told"))
_DASH: Final = re.compile(r"\s*[.,!?]?\s*[–—―-]{1,2}\s*(?=\S)")


@dataclass
class Attribution:
    speaker: Speaker | None
    cue: str
    direct: bool


def is_direct(text: str, q: QuoteSpan, sent: Sentence) -> bool:
    """A direct quote is a whole sentence (or more) in quotation marks."""
    before = text[sent.start:q.open_at].strip()
    body = q.text.strip()
    if not body or not (body[0].isupper() or body[0].isdigit() or body[0] in "“‘'\"…"):
        return False
    if q.words < 3:  # "Never." standing as a sentence of its own is still direct speech
        return before == "" and body[-1] in ".!?" and text[q.close_at:sent.end].strip() == ""
    # 'said "We will win"' is direct; 'said its aircraft had struck "Hezbollah terrorist
    # infrastructure"' is partial: the cue must lead straight into the quote
    return before == "" or before.endswith((":", ",")) or q.words >= 8 or \
        body[-1] in ".!?" or any(not _LEADS_IN.sub("", before[c.end():]).strip()
                                 for c in iter_cues(before, max(0, len(before) - 40), len(before)))


_LEADS_IN = re.compile(r"\b(?:that|simply|only|just|merely|then|again|flatly)\b")


#: Verbs that report speech without "that" only after the reported words
_TAIL_ONLY: Final = {"announced", "announces", "declared", "posted", "tweeted", "alleged", "replied", "responded",
              "wrote", "writes", "acknowledged", "conceded", "observed", "recalled", "stated", "states",
              "learned", "learnt"}
#: a clause reported after a verb that otherwise reports only at the end: "TSMC announced it would spend ..."
_PRONOUN_CLAUSE: Final = re.compile(r"\s+(?:on\s+[A-Z]\w+\s+)?(?:it|they|he|she|we)\s+"
                                    r"(?:would|will|had|has|have|was|were|"
                                    r"is|are|could|plans|planned|intends|expects)\s")
#: verbs whose "to ..." is what was promised ("Prabowo has pledged to strengthen the fight against corruption")
_PLEDGES: Final = frozenset(("pledged", "pledges", "vowed", "vows", "promised", "promises"))
#: verbs that report only at the end of a sentence ("..., the study found.") or with "that"
_FOUND_TAIL: Final = frozenset(("found", "concluded"))
#: a study, survey or report as the subject of "found": "A Reuters survey published on Friday found OPEC output ..."
_FINDING_SUBJECT: Final = re.compile(r"^(?:[^,;:]*\s)?(?:[Ss]urvey|[Rr]eport|[Ss]tudy|[Pp]oll|[Pp]olling|"
                                     r"[Ii]nvestigation|[Ii]nquiry|[Rr]eview|[Aa]udit|[Aa]nalysis|[Aa]ssessment)"
                                     r"\b[^,;:]{0,60}$")
_SHORT_TAIL: Final = re.compile(r"(?:(?:\s+(?:on|late|early|last|this)?\s*[A-Za-z]+){0,2}|"
                                # "..., organisers announced at a candlelit vigil in the Peace Gardens on Saturday"
                                r"(?:\s+(?:at|in|on|during|via|through)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+){1,3})"
                                # "..., the union announced on Monday (September 22).": the date in brackets
                                r"(?:\s+\([\w ,]{1,24}\))?"
                                # "..., the agency announced Thursday, a move certain to draw ...": said of it
                                r"(?:,\s+(?:a|an)\s+(?:move|step|decision|development|announcement)\s[^\"“”]*)?"
                                # "..., the minister announced on Sunday, after OPEC+ agreed to ...": when, not what
                                r"(?:,\s+(?:after|before|as|when|while|following|amid|days|hours|weeks|in\s+the)\s"
                                r"[^\"“”]*)?"
                                r"\s*[.!]?[\"”’']?\s*")


#: small words a title or name keeps in lower case ("Games of the Two Continents")
_TITLE_SMALL: Final = frozenset("a an the of and or in on for to with at by from as nor into over".split())
#: cues by which a person names someone ("calling him \"Too Late\""): a name so given is their words
_NAMING_CUES: Final = frozenset(("calling", "called", "dubbed", "branded", "labelled", "labeled", "nicknamed"))


def _name_like(quoted: str) -> bool:
    """The quoted words read as a title or a name: at most eight, each capitalised (or a digit, or
    a small word), the first capitalised, and no sentence or clause punctuation at the end."""
    words = quoted.split()
    if not words or len(words) > 8 or quoted.rstrip()[-1:] in ".!?,;:…" or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower().strip("'’\"") in _TITLE_SMALL for w in words)


#: a second verb with the first one's subject: "... to BBB in September and has said"
_SHARED_SUBJECT_TAIL: Final = re.compile(r"\s(?:and|but)(?:\s+(?:has|have|had|also|since|repeatedly|previously|"
                                         r"later))*\s*$")
#: the end of a partial quote, then a role in lower case before a name: ',” presiding judge '
_ROLE_WORDS_ONLY: Final = re.compile(r"[,\"”’' ]*(?:[a-z][\w-]* ){0,4}")
#: "the underwriter" between a quote and its cue
_THE_ONE: Final = re.compile(r"[,\"”’' ]*(the [a-z][a-z-]+)\s+")
#: the person just named, described by age: '"...," the 58-year-old farmer told Al Jazeera'
_AGED_ONE: Final = re.compile(r"[,\"”’' ]*the \d{1,3}-year-old(?: [a-z][a-z-]+){1,2}\s+")
#: verbs whose object may be a plain noun ("admits guilt"), not words
_ADMIT_HEADS: Final = frozenset(_DENIALS) | {"admit", "admits", "admitted", "confirm", "confirms", "confirmed",
                                             "acknowledge", "acknowledges", "acknowledged", "concede", "concedes",
                                             "conceded"}
#: a list goes on after the verb's object: "admits guilt, expresses remorse and"
_ITEM_BREAK: Final = re.compile(r",\s|\sand\s")
#: a noun that a closing relative clause is about: ", a step the International Monetary Fund has urged"
_GAPPED_NOUN: Final = re.compile(r"\s*(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:step|move|measure|demand|policy|idea|proposal|"
                                 r"plan|change|reform|option|course|approach|practice|position|charge|accusation|"
                                 r"allegation|claim|figure|number)\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z]")
#: what makes "fears" a noun: "easing fears that", "amid growing fears that"
_FEARS_NOUN: Final = re.compile(r"\b(?:easing|eased|eases|raising|raised|raises|stoking|stoked|fuell?ing|fuell?ed|"
                                r"allaying|allayed|calming|sparking|sparked|prompting|prompted|heightening|"
                                r"heightened|amid|over|of|the|such|growing|rising|mounting|deepening|renewed)\s+$")


class Attributor:
    """Finds speakers for quotes and claims in one article."""

    def __init__(self, text: str, sentences: list[Sentence], finder: SpeakerFinder,
                 quotes: list[QuoteSpan]):
        self.text, self.sentences, self.finder, self.quotes = text, sentences, finder, quotes
        self.last: tuple[int, Speaker] | None = None  # paragraph, speaker of the last quote
        self.prev: tuple | None = None  # (quote index, (speaker, cue), sentence start) of the last attributed quote

    def _windows(self, i: int) -> tuple[int, int, int, int, Sentence]:
        q = self.quotes[i]
        s_open = self.sentences[sentence_at(self.sentences, q.open_at)]
        s_close = self.sentences[sentence_at(self.sentences, max(q.close_at - 1, q.open_at))]
        lo = s_open.start
        if i and self.quotes[i - 1].close_at > lo:
            lo = self.quotes[i - 1].close_at
        hi = s_close.end
        j = i + 1
        while j < len(self.quotes) and self.quotes[j].open_at < q.close_at:
            j += 1  # 'The authorities call this "stability",' said X: a quote inside this one ends before it
        if j < len(self.quotes) and self.quotes[j].open_at < hi:
            hi = self.quotes[j].open_at
        return lo, q.open_at, q.close_at, hi, s_open

    def attribute(self, i: int, keep: Attribution | None = None, final: bool = False) -> Attribution | None:
        """Speaker, cue and directness for quote ``i``; None if it is not speech.

        ``keep``: an earlier attribution of the same quote; a named speaker found
        then (confidence 0.9 or more) stands, and only the state moves on; with
        ``final`` any earlier attribution stands.
        """
        if final and keep is None:
            return None
        if keep is not None and keep.speaker is not None and (final or keep.speaker.confidence >= 0.9):
            sent = self._windows(i)[4]
            self.last = (sent.para, keep.speaker)
            self.prev = (i, (keep.speaker, keep.cue), sent.start)
            return keep
        q = self.quotes[i]
        lo, open_at, close_at, hi, sent = self._windows(i)
        direct = is_direct(self.text, q, sent)
        before = self.text[lo:open_at]
        if (title_cue_at_end(before[-40:]) or _NAME_GIVEN.search(before[-60:]) is not None) and \
                (not direct or q.words <= 8 and q.text.rstrip()[-1:] not in ".!?," or
                 _CAPITALISED_NAME.fullmatch(q.text.rstrip(" ,.")) is not None):
            # 'The play, "Finist the Brave Falcon", won': a title, even after a comma ('an operation, dubbed
            # "Operation Cold Harbor," in which': with the comma inside the marks)
            return None
        found = self._after(close_at, hi, direct) if direct or \
            self.text.startswith(_WORDS_OF, close_at + 1 if self.text[close_at:close_at + 1] == "," else close_at) \
            else None  # 'argued it was built on "guesswork dressed up as science," in the words of X': X
        found = found or self._before(lo, open_at, sent)
        if found is None and not direct and self.prev and self.prev[0] == i - 1 and \
                self.prev[2] == sent.start and lo > sent.start:
            # 'Araghchi said Tehran was "serious" but would not accept "excessive demands",
            # according to IRNA': a second partial quote in the sentence has the first one's speaker
            found = self.prev[1]
        found = found or (None if direct else self._after(close_at, hi, False, sent.start))
        if found is None and direct:
            found = self._colon_intro(sent, lo, open_at) or self._intro_line(sent, open_at) or self._named_next(q, sent) or self._continuation(sent)
        if found is None:
            return None
        sp, cue = found
        if _name_like(q.text) and not (sp is not None and sp.type == "person" and cue in _NAMING_CUES):
            return None  # '"The Lantern Keepers" (1979)', 'a group calling itself "NightCrawler"': a name
        self.last = (sent.para, sp) if sp else self.last
        self.prev = (i, found, sent.start)
        return Attribution(sp, cue, direct)

    def _after(self, close_at: int, hi: int, direct: bool, sent_start: int = -1) -> tuple[Speaker | None, str] | None:
        if not self.text[close_at:hi].strip():
            # block quote attributed on the next line: "…" ⏎ – US President Donald Trump
            nxt = re.match(r"\s*\n\s*(?=[–—―-])", self.text[close_at:close_at + 8])
            if nxt and _WIRE_SIGNATURE.match(self.text, close_at + nxt.end()):
                nxt = None  # "— The Canadian Press" signs the story, not the quote
            if nxt:
                close_at += nxt.end()
                hi = self.text.find("\n", close_at)
                hi = len(self.text) if hi < 0 else hi
        ident = _NAMED_AFTER_QUOTE.match(self.text, close_at) if direct else None
        if ident is not None:  # '"...." ⏎ So says Dr Léa Fontaine-Roux, a former Commission official': named after
            end = self.text.find("\n", ident.end())
            sp = self.finder.agent_after(ident.end(), len(self.text) if end < 0 else end)
            if sp:
                return sp, ident.group("cue")
        dash = _DASH.match(self.text, close_at, hi)
        if dash and direct:
            sp = self.finder.agent_after(dash.end(), hi)
            return (sp, "–") if sp else None
        limit = min(hi, close_at + 110)  # (a long title before the name: "Under Secretary of Commerce for ...")
        if direct and self.text[max(0, close_at - 3):close_at].rstrip(" \"”’'")[-1:] == "?":
            asked = _ASKED_AFTER.match(self.text, close_at, hi)
            if asked:  # '"How must we live like this?" asked Fatima Isaacs, 62,': the one who asked
                sp = self.finder.agent_after(asked.end(), hi)
                if sp:
                    return sp, "asked"
        m = next(iter_cues(self.text, close_at, limit), None)
        if m is None and direct:
            # '"...," Haruki Tsuchiya, head of the agency's observation division, told a news conference'
            named = self.finder._in(close_at, min(hi, close_at + 50), ("person",))
            if named and named[0].start - close_at <= 4 and self.text[named[0].end:named[0].end + 1] == ",":
                far = next(iter_cues(self.text, named[0].end, min(hi, named[0].end + 120)), None)
                if far and not far.group("prep"):
                    return self.finder._from_mention(named[-1], 0.85), cue_text(far)
        if m and not direct and m.start() - close_at > 25 and not self._named_right_before(close_at, m.start()):
            return None
        if not m:
            return None
        if m.group("part") and self.text.startswith(" that ", m.end()):
            # 'Kim Yo-jong denounced it as "a rehearsal for invasion," warning that Seoul would': the subject
            # who warns, not Seoul
            part = self.finder.subject_before(sent_start, close_at, first=True) if 0 <= sent_start < close_at else None
            return (part, cue_text(m)) if part else None
        if self.text[close_at:m.start()].strip(" ,.") == "" or m.group("prep"):
            sp = self.finder.agent_after(m.end(), hi)  # "said Peskov", "according to X"
            bare = _BARE_AGENT.match(self.text, m.end(), hi) if sp is None and direct else None
            if bare is not None:  # "'A system that finally works,' says rapporteur": the rapporteur named
                # before, else no one named, as written
                held = self.finder.nominal(bare.group(1), close_at)
                sp = held if held is not None and held.type == "person" else \
                    Speaker(bare.group(1), "", 0.4, [bare.group(1)], "source")
        else:  # '"...," one official said', '"...," a Lebanese participant told AFP'
            aged = _AGED_ONE.fullmatch(self.text, close_at, m.start()) if direct else None
            if aged is not None:
                # '"... Only to die," the 58-year-old farmer told Al Jazeera': the person just named, by age
                held = self.finder._previous_subject(close_at)
                if held is not None and held.type == "person":
                    return held, cue_text(m)
            sp = self.finder.titled_role(close_at + 1, m.start()) or \
                self.finder.subject_before(close_at, m.start()) or \
                self.finder.nominal_source(close_at, m.start()) or \
                self.finder.indefinite_source(close_at, m.start())  # '"...," one member was quoted as saying'
            the_one = _THE_ONE.fullmatch(self.text, close_at, m.start()) if sp is None and direct else None
            if the_one is not None:
                # '"The discipline ... is fraying," the underwriter said': the source named so before
                # ("One underwriter at a Lloyd's of London syndicate")
                sp = self.finder.nominal(the_one.group(1), close_at)
            plain = _PLAIN_SUBJECT.fullmatch(self.text, close_at + 1, m.start()) \
                if sp is None and self.text[close_at:close_at + 1] == "," and cue_head(m) in _PLAIN_SPEECH else None
            if plain is not None:  # 'for "collaborating with a hostile government", the judiciary said': as written
                sp = Speaker(plain.group(1), "", 0.45, [plain.group(1)], "source")
        return (sp, cue_text(m)) if sp else None

    def _named_right_before(self, close_at: int, cue_at: int) -> bool:
        """'..., "not compatible with the free democratic basic order," presiding judge Gabriele Wößner
        said': only a name (with its role in lower case) between a partial quote and its cue."""
        named = self.finder._in(close_at, cue_at, ("person", "organisation"))
        return bool(named) and cue_at - named[-1].end <= 1 and \
            _ROLE_WORDS_ONLY.fullmatch(self.text, close_at, named[-1].start) is not None

    def _before(self, lo: int, open_at: int, sent: Sentence) -> tuple[Speaker | None, str] | None:
        # no endpos: a cue's lookahead may need to see the opening mark itself
        cues = [c for c in iter_cues(self.text, lo, open_at, lookahead=2)
                if cue_head(c) not in _FOUND_TAIL or c.group(0).endswith(" that")]  # ("found him guilty of spreading "fakes"")
        if not cues:
            return None
        m = cues[-1]
        if len(cues) > 1 and cue_head(m) in _EVIDENCE_HEADS:
            m = cues[-2]  # 'said the case showed that "..."': the speaker is the one who said
        elif len(cues) > 1 and cue_head(m) in _ADMIT_HEADS and not m.group(0).endswith(" that") and \
                _ITEM_BREAK.search(self.text, m.end(), open_at):
            # 'Lapid said Herzog should not grant a pardon unless Netanyahu admits guilt, expresses remorse and
            # "immediately retires from political life."': what Netanyahu admits is guilt; the quote is Lapid's
            m = cues[-2]
        if m.group("prep") and cue_head(m) != "as":
            sp = self.finder.agent_after(m.end(), open_at)
        elif m.group("prep"):
            sp = self.finder.agent_after(m.end(), sent.end)
        elif m.group("part"):
            w = _WITH_SUBJECT.search(self.text, max(sent.start, m.start() - 80), m.start())
            if w:  # "..., with Home Minister Amit Shah accusing the RJD of ...": Shah accuses
                sp = self.finder.subject_before(w.end(), m.start()) or \
                    self.finder.indefinite_source(w.end(), m.start())  # "with one sales agent calling"
            else:  # ("One senior Tory source went further, sneering that ...": the source as written)
                sp = self.finder.subject_before(sent.start, m.start(), first=True) or \
                    self.finder.indefinite_source(sent.start, m.start())
        elif (rel := _WHICH_IT.search(self.text, max(sent.start, m.start() - 16), m.start())) is not None:
            # 'has urged Congress to fund upgrades at rural hospitals, which it describes as "..."': it is the
            # sentence's body, not Congress
            sp = self.finder.it(rel.start(1), sent.start) if rel.group(1) == "it" else self.finder.pronoun(rel.start(1))
        elif (rel := _WHICH_NOUN.search(self.text, max(sent.start, m.start() - 50), m.start())) is not None and \
                not self.finder._in(rel.start(1), rel.end(1)) and \
                not _VERB_BEFORE_THAT.search(self.text, max(sent.start, rel.start() - 20), rel.start() + 5):
            # 'an explanation the panel described as "..."', 'a first session that both delegations described as
            # "constructive"': the clause's own subject, the body named before or as written
            phrase = rel.group(1)
            sp = self.finder.nominal(phrase, rel.start(1)) if phrase.startswith("the ") else None
            sp = sp or Speaker(phrase, "", 0.5, [phrase], "source")
        else:
            # (not "staff" in "In its staff report, the Fund said")
            near = after_opener(self.text, sent.start, m.start())
            start = sent.start
            for turn in _TURN.finditer(self.text, sent.start, m.start()):
                word = _NEXT_WORD.match(self.text, turn.end())
                if word is not None and (word.group(0).endswith("ed") or word.group(0) in CUE_WORDS or
                                         word.group(0) in _SAME_SUBJECT and turn.group(0).rstrip().endswith("and")):
                    continue  # "..., but warned that", "but said", "and they called": the same subject goes on
                start = near = turn.end()  # "Allies insisted ..., though one shadow minister admitted ... 'an
                # absolute disaster'": the clause the quote is in
            outer = cues[-2] if len(cues) > 1 and m is cues[-1] else None
            if outer is not None and not outer.group("prep") and outer.end() > start and \
                    cue_head(m) in _INNER_CUES and cue_head(outer) in _OUTER_CUES:
                inner = _INNER_SUBJECT.fullmatch(self.text, outer.end(), m.start())
                if inner is not None and _NOT_INNER.isdisjoint(inner.group(1).lower().split()):
                    # 'UKMTO said the master reported "a large explosion"': what the master reported, in his words
                    held = self.finder.subject_before(outer.end(), m.start()) or \
                        self.finder.nominal_source(outer.end(), m.start())
                    return (held or Speaker(inner.group(1), "", 0.45, [inner.group(1)], "source")), cue_text(m)
            sp = self.finder.subject_before(start, m.start()) or \
                self.finder.nominal_source(near, m.start()) or \
                self.finder.indefinite_source(near, m.start())  # "Protesters chanted", "One minister, who ..."
        return (sp, cue_text(m)) if sp else None

    def _colon_intro(self, sent: Sentence, lo: int, open_at: int) -> tuple[Speaker | None, str] | None:
        """`X, a strategist at Y, was more cautious: "..."`: the subject before the colon speaks."""
        before = self.text[lo:open_at].rstrip()
        if not before.endswith(":") or lo != sent.start:
            return None
        medium = _ON_MEDIUM_END.search(before)
        if medium is not None:  # "the MP had written on Facebook:": who wrote, not the platform
            hi = lo + medium.start()
            sp = self.finder.subject_before(sent.start, hi) or self.finder.nominal_source(sent.start, hi)
            if sp is not None and sp.type == "source":  # "the MP": the one named before by that role
                sp = self.finder.nominal(sp.name, hi) or sp
            return (sp, medium.group(1)) if sp else None
        sp = self.finder.subject_before(sent.start, lo + len(before) - 1, first=True)
        return (sp, ":") if sp and sp.type in ("person", "organisation") else None

    def _intro_line(self, sent: Sentence, open_at: int) -> tuple[Speaker | None, str] | None:
        """`X said:` or `..., stating:` on the sentence before the quote."""
        idx = self.sentences.index(sent)
        if idx == 0 or self.text[sent.start:open_at].strip():
            return None
        prev = self.sentences[idx - 1]
        if not prev.text.rstrip().endswith(":"):
            return None
        m = None
        for m in iter_cues(self.text, prev.start, prev.end):
            pass
        if m is None:  # "Ronit Ben-Haim, whose son ..., addressed the crowd:": the subject before the colon
            sp = self.finder.subject_before(prev.start, prev.start + len(prev.text.rstrip()) - 1, first=True) or \
                self.finder.indefinite_source(prev.start, prev.start + len(prev.text.rstrip()) - 1)
            # ("A senior Republican aide put the problem bluntly:": an unnamed source, as written)
            return (sp, ":") if sp and (sp.type in ("person", "organisation") or
                                        sp.type == "source" and _ONE_NAMED_SOURCE.match(sp.name)) else None
        first = bool(m.group("part"))
        sp = self.finder.subject_before(prev.start, m.start(), first=first)
        return (sp, cue_text(m)) if sp else None

    def _named_next(self, q: QuoteSpan, sent: Sentence) -> tuple[Speaker | None, str] | None:
        """`"Nobody warned us." The words belong to Fatima al-Obeidi, a widow ...`: the
        speaker is named, with a description or a speech verb, in the next sentence."""
        if self.text[q.close_at:sent.end].strip(" .,!?\"”’'"):
            return None
        idx = sentence_at(self.sentences, max(q.close_at - 1, q.open_at))
        if idx + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[idx + 1]
        # the next paragraph only names the speaker when it says so: 'That was Karen Whitfield, ...'
        next_para = nxt.para == self.sentences[idx].para + 1 and nxt.para != sent.para
        if (nxt.para != sent.para and not next_para) or \
                any(q2.open_at < nxt.end and q2.close_at > nxt.start for q2 in self.quotes):
            return None
        people = self.finder._in(nxt.start, min(nxt.end, nxt.start + 90), ("person",))
        if not people:
            return None
        p = people[0]
        head = self.text[nxt.start:p.start]
        if not (_BELONG.search(head) or p.role and self.text[p.end:p.end + 2].startswith(",") and not next_para):
            return None
        sp = self.finder._from_mention(p, 0.6)
        return sp, ""

    def _continuation(self, sent: Sentence) -> tuple[Speaker | None, str] | None:
        """An unattributed direct quote continues the previous speaker's passage."""
        if self.last and sent.para - self.last[0] <= 1:
            sp = self.last[1]
            return Speaker(sp.name, sp.role, 0.55, sp.candidates, sp.type), ""
        src = next((sp for at, sp in reversed(self.finder.sources) if at <= sent.start and
                    not self.text[at:sent.start].strip(" \n\"“'‘")), None) \
            if self.text[sent.start:sent.start + 1] in "\"“'‘" else None
        if src is not None and (src.name.startswith(("One ", "one ", "Another ")) or
                                _KIN_END.search(src.name) is not None):
            # "..., the victim's sister ... said the family doubted ...." ⏎ "'The boy pulled the trigger ...'": one
            # unnamed person, whose claim is just before, goes on
            return Speaker(src.name, src.role, 0.45, [src.name], src.type), ""
        recent = self.finder.recent_people(sent.start)
        if len(recent) > 1 and self.text.startswith(("'s ", "’s "), recent[0].end) and \
                recent[1].sentence == recent[0].sentence:
            recent = [recent[1], recent[0], *recent[2:]]  # "... in Judge María Estévez's courtroom": not who speaks next
        if recent and recent[0].sentence >= self.sentences.index(sent) - 2:
            return Speaker(recent[0].name, recent[0].role, 0.35, [m.name for m in recent]), ""
        return None

    def claim(self, sent: Sentence, words: list[tuple[int, int, str]] | None = None) -> tuple[Speaker, str] | None:
        """Speaker and cue when ``sent`` is reported speech, else None.

        ``words``: the sentence's (start, end, lower-case word) tokens, if known.
        """
        body = sent.text.rstrip()
        if body.startswith(("In his view", "In her view")) and body[11:12] in (",", " ") and len(body.split()) >= 8:
            sp = self.finder.pronoun(sent.start + 3)  # "In her view, further breakdowns are almost inevitable"
            if sp:
                return sp, body[:11]
        if body.endswith((":", "?")) or len(body.split()) < 6 or not may_have_cue(body, words):
            return None
        if body.startswith(("—", "–", "―")) and not body.endswith("."):
            return None  # "— Korea Maritime Safety Tribunal, final report": the line that signs a block quote
        for m in iter_cues(self.text, sent.start, sent.end, words=words):
            if m.group("part"):
                # "..., telling reporters that ...", "arguing that ...": a claim by the subject
                that = _PART_THAT.match(self.text, m.end(), sent.end)
                if that and not that.group(0).rstrip().endswith("that") and \
                        m.group(0).lower() not in _SAYING and not (m.group(0).lower().startswith("telling") and
                                                                    self.text.endswith(", ", 0, m.start())):
                    that = None  # "calling it a huge blow" names; "saying it was", "telling lawmakers he had" report
                if that is None and m.group(0).lower() == "accusing" and \
                        (self.text.endswith(", ", 0, m.start()) or
                         _WITH_SUBJECT.search(self.text, max(sent.start, m.start() - 80), m.start())):
                    that = _ACCUSED_OF.match(self.text, m.end(), sent.end)  # "accusing the junta of organising"
                if that is None and m.group(0).lower() == "claiming" and self.text.endswith(", ", 0, m.start()):
                    that = _CLAIMING_TO.match(self.text, m.end(), sent.end)  # ", claiming to have stolen 1.2TB"
                if that and len(self.text[that.end():sent.end].split()) >= 3:
                    w = _WITH_SUBJECT.search(self.text, max(sent.start, m.start() - 80), m.start())
                    # "..., with health officials warning that ...": the officials
                    sp = (self.finder.subject_before(w.end(), m.start()) or
                          self.finder.nominal_source(w.end(), m.start())) if w else None
                    opens = after_opener(self.text, sent.start, m.start())
                    # ("A federal judge on Wednesday blocked ..., ruling that": the judge)
                    plain = _PARTICIPLE_SUBJECT.match(self.text, opens, m.start()) if sp is None else None
                    if plain is not None and plain.group("aux") and not self.finder._in(plain.start(1), plain.end(1)):
                        # "Immigrant advocates have disputed the department’s account, saying": the advocates, not
                        # the department named after their verb
                        sp = Speaker(plain.group(1), "", 0.4, [plain.group(1)], "source")
                    sp = sp or self.finder.lede_source(opens, m.start()) or \
                        self.finder.subject_before(opens, m.start(), first=True)
                    if sp is None:  # "In Johi tehsil, villagers painted a bleaker picture, saying ...",
                        # "Dozens of artisanal miners protested ..., saying": the people, as written
                        kind = _PARTICIPLE_SUBJECT.match(self.text, opens, m.start())
                        if kind is not None and not self.finder._in(kind.start(1), kind.end(1)):
                            sp = Speaker(kind.group(1), "", 0.4, [kind.group(1)], "source")
                    if sp is None:  # "Latvian prosecutors on Tuesday charged three men ..., alleging that": the
                        # source phrase the sentence opens with
                        src = source_matches(self.text, opens, min(m.start(), opens + 50))
                        if src is not None and not self.text[opens:src.start()].strip(" \"“‘'"):
                            sp = self.finder.nominal_source(src.start(), src.end())
                    if sp:
                        cue = self.text[m.start():that.end() - 4] if that.group(0).endswith("that") else m.group(0)
                        return sp, cue.rstrip()  # "telling reporters", "saying"
                continue
            if not m.group("prep") and _WHO_BEFORE.search(self.text, max(sent.start, m.start() - 40), m.start()) and \
                    _MAIN_SAID_AFTER.match(self.text, m.end(), sent.end):
                continue  # "X, a geologist who has long warned about ..., said ...": the aside's verb is not the cue
            if m.group("prep") and m.group(0).lower() == "quoted by" and (
                    self.text.endswith(", ", 0, m.start()) and _MEDIUM_ASIDE.match(self.text, m.end(), sent.end) or
                    _MEDIUM_THEN_SAID.match(self.text, m.end(), sent.end)):
                continue  # "Pakistani security officials, quoted by the state-run APP, accused", "An Israeli security
                # official quoted by Army Radio said": the officials
            if cue_head(m) in _COUNTED and ", according to " in self.text[m.end():sent.end] and \
                    (self._place_subject(sent.start, m.start()) or
                     not self.finder._in(sent.start, m.start(), ("person", "organisation"))):
                continue  # "Congo has reported more than 15,600 cases, according to WHO figures": WHO's count
                # ("Residents in the Willcox basin have reported dozens of dry wells, according to the ADWR")
            if m.group("prep"):  # "according to X", "as stated by X"
                sp = self.finder.agent_after(m.end(), sent.end) or \
                    self.finder.nominal_source(m.end(), min(sent.end, m.end() + 60))
            else:
                # (also after "that" when no name is the subject: "Health economists have long found that
                # ..., said Jordan Whitaker, an associate professor at ...": the professor's)
                tail = None if m.group(0).endswith(" that") and \
                    self.finder._in(sent.start, m.start(), ("person", "organisation")) else \
                    (_TRAILING_SAID.search(self.text, max(m.end(), sent.end - 90), sent.end) or
                     _TRAILING_SAID_NAME.search(self.text, max(m.end(), sent.end - 160), sent.end))
                if tail and " that " not in self.text[m.end():tail.start()]:
                    # ("Sisi told the crown prince that Cairo needed ..., an Egyptian official said": Sisi's)  # "She acknowledged making the payment ..., he said": his claim, not hers
                    last = next(iter_cues(self.text, tail.start(1), sent.end), None)
                    sp = self._verb_claim(last, sent) if last else None
                    if sp and last:
                        return sp, cue_text(last)
                sp = self._verb_claim(m, sent)
            if sp:
                return sp, cue_text(m)
        return None

    def _place_subject(self, lo: int, cue_at: int) -> bool:
        """Is a place the subject right before the cue at ``cue_at`` ("Neighbouring Kyrgyzstan reported")?"""
        named = self.finder._in(lo, cue_at)
        return bool(named) and named[-1].type == "place" and \
            _AUX_ONLY_GAP.fullmatch(self.text, named[-1].end, cue_at) is not None

    def _name_ends(self, at: int) -> bool:
        """Whether a named person or body ends exactly at ``at`` ("Moody's")."""
        return any(n.end == at for n in self.finder._in(max(0, at - 60), at, ("person", "organisation")))

    def _verb_claim(self, m: re.Match, sent: Sentence) -> Speaker | None:
        """The speaker of "X said (that) ..." or "..., X said." for the verb cue ``m``."""
        with_that = m.group(0).endswith(" that")
        naming = bool(_NAMING_CUE.match(self.text, m.start(), sent.end))
        before = self.text[sent.start:m.start()]
        if cue_head(m) not in CLAIM_BARE and not with_that and not naming and \
                not (cue_head(m) in _PLEDGES and self.text.startswith(" to ", m.end())) and \
                not m.group(0).startswith(("called on", "called for")) and \
                not (cue_head(m) in _TAIL_ONLY and _TAIL_CUE.search(before) and
                     _SHORT_TAIL.fullmatch(self.text, m.end(), sent.end)) and \
                not (cue_head(m) in _TAIL_ONLY and _PRONOUN_CLAUSE.match(self.text, m.end(), sent.end)):
            return None  # "..., the district announced Wednesday.": only at the end does it report
        if cue_head(m) in _FOUND_TAIL and not with_that and \
                not (_TAIL_CUE.search(before) and _SHORT_TAIL.fullmatch(self.text, m.end(), sent.end)) and \
                not _FINDING_SUBJECT.search(before):
            return None  # "the rover has found a rock": a finding is reported at the end, "..., the study found."
        if cue_head(m) in ("alleges", "allege") and (before.rstrip().endswith((" that", " which", " who")) or
                                                      ", according to " in self.text[m.end():sent.end]):
            # "faces a lawsuit from families who allege ...", "The police report alleges that ...,
            # according to two people with knowledge of it": not whose report it is (that comes last)
            return None
        if m.group(0) == "told" and _CLAUSE_NEXT.match(self.text, m.end()):
            return None  # "has been jailed for life and told he must serve 22 years": told, passive
        if cue_head(m) == "accused" and _NOUN_ACCUSED.match(self.text, m.end()):
            return None  # "A third accused, a Suva-based customs broker, was acquitted": the defendant
        if cue_head(m) in ("show", "shows", "showed") and _TIME_CLAUSE_OPEN.search(before):
            return None  # "Gilts sold off again on Friday after data showed ...": when it happened, not who says
        if cue_head(m) == "show" and not with_that and (not _DATA_WORDS.search(before) or
                                                         not any(c.isdigit() for c in self.text[m.end():sent.end])):
            return None  # "USDA data show beef hit a record $6.12" (not "the Tate show", "records show")
        if cue_head(m) == "posted" and not with_that and _POSTED_THING.search(before):
            return None  # "has apologised in a video posted on LinkedIn": the video, not who posted it
        if cue_head(m) in ("fear", "fears") and _FEARS_NOUN.search(before[-16:]):
            return None  # "easing fears that his overhaul would stall", "amid fears that": fears, a noun
        if _NEGATED_CUE.search(before[-12:]) or _NO_ONE.fullmatch(before):
            return None  # "has not said when it will launch", "isn't accused of", "No group has claimed": nothing
        if cue_head(m) in ("added", "adds", "add") and not with_that and _QUANTITY_NEXT.match(self.text, m.end()):
            return None  # "Minneapolis has added thousands of rental units": a quantity added, not words
        if before.endswith((" an ", " a ", " the ", " of ", " its ", " their ")):
            return None  # "forcing an estimated 16,000 people from their homes": an adjective
        if cue_head(m) in _BARE_FORMS and not with_that and not _PLURAL_END.search(before) and \
                not _PEOPLE_SUBJECT.fullmatch(before) and \
                not (_TAIL_CUE.search(before) and len(self.text[m.end():sent.end].split()) < 4):
            return None  # "to commission audits and report incidents": no one reports anything yet
        det = _DETERMINED.search(before) if cue_head(m) in _NOUN_CUES and \
            not (with_that and _BODY_SUBJECT.fullmatch(before)) else None  # ("The Commission estimates that")
        if det:  # "Save the Children estimates that": the article belongs to the name, the verb to it
            named = self.finder._in(max(sent.start, m.start() - 80), m.start(), ("organisation", "person"))
            if named and named[-1].start < sent.start + det.start() and \
                    not self.text[named[-1].end:m.start()].strip():
                det = None
        if _passive_or_possessor(before) and not self._name_ends(sent.start + len(before.rstrip())) or det:
            return None  # "is said to", passive; "analysts' estimates", "the Houthi claims": a noun (but
            # "Moody's said": a name that ends in 's)
        rel = _RELATIVE.search(before) if _may_be_relative(before) else None
        if rel:  # "siding with tech companies that warned it would ...": the companies warned
            return self.finder.nominal_source(sent.start + rel.start(1), sent.start + rel.end(1)) or \
                Speaker(rel.group(1), "", 0.4, [], "source")
        rest = self.text[m.end():sent.end].strip(" .")
        lead = _TIME_LEAD.match(rest) or _BARE_DAY.match(rest)
        tail = rest[lead.end():] if lead else rest
        tail = _ANONYMITY_TAIL.sub("", tail)  # "..., a source told Reuters on condition of anonymity."
        if _TAIL_CUE.search(before) and (len(tail.split()) < 4 and not _CLAUSE_TAIL.match(tail) or
                                         _NAMED_TAIL.match(tail) or _ROLE_NAME_TAIL.fullmatch(tail) or
                                         tail.startswith(",")
                                         or lead and lead.group(0).rstrip().endswith(",")):
            # "..., X said (on Monday).", "..., said Daniel Morgan, a portfolio manager at Y."
            cut = sent.start + before.rfind(",") + 1
            if _GAPPED_NOUN.match(self.text, cut, m.start()):
                return None  # "..., a step the International Monetary Fund has urged.": the IMF urged the step
            for split in self.finder._in(max(sent.start, cut - 120), m.start(), ("organisation",)):
                if split.start < cut < split.end:  # "..., the Philippine Atmospheric, Geophysical, and ... (PAGASA) said"
                    cut = split.start
            inverted = not self.text[cut:m.start()].strip()  # "..., said Daniel Morgan"
            if inverted and before.rfind(",") > 0:
                # "..., its head, Hendra Gunawan, said": the name between the last two commas
                cut = sent.start + before.rfind(",", 0, before.rfind(",")) + 1
            if inverted and _WHICH_SUBJECT.match(self.text, sent.start, m.start()):
                # "Colleges, which have already shed thousands of jobs since Ottawa capped study permits, warned
                # of ...": the subject the clause hangs on, not a phrase inside the clause
                found = self.finder.subject_before(sent.start, m.start())
                if found is not None:
                    return found
            if inverted:
                if _AGENT_NEXT.match(self.text, m.end()):  # "..., said the corporation's chief health officer, X"
                    sp = self.finder.agent_after(m.end(), sent.end)
                    if sp:
                        return sp
                return self.finder.subject_before(cut, m.start()) or \
                    self.finder.agent_after(m.end(), sent.end) or \
                    self.finder.nominal_source(cut, m.start())
            found = self.finder.subject_before(cut, m.start()) or \
                self.finder.nominal_source(cut, m.start()) or \
                self.finder.agent_after(m.end(), sent.end)  # "..., official data showed on Monday, ..."
            if found is None and _DOCUMENT_SUBJECT.fullmatch(self.text, cut, m.start()):
                # "..., the document says.": whoever issued it, the body named before
                found = self.finder.nominal("statement", m.start())
            if found is None:  # "..., commuters said.", "The building, locals said, had been ...": as written
                phrase = _PLAIN_SUBJECT.fullmatch(self.text, cut, m.start()) or \
                    _OWNED_AS_WRITTEN.fullmatch(self.text, cut, m.start())  # ("..., his family and lawyer told MEE")
                if phrase and phrase.group(1).split()[-1] in ("lawyer", "attorney") and " and " not in phrase.group(1):
                    # "..., according to her lawyer." ... "her lawyer, Dragan Milovanović,": named just after
                    later = next((p for p in self.finder.people if m.end() < p.start < m.end() + 1500 and
                                  _LAWYER_BEFORE.search(self.text, max(0, p.start - 30), p.start)), None)
                    if later is not None:
                        return self.finder._from_mention(later, 0.6)
                if phrase:
                    return Speaker(phrase.group(1), "", 0.45, [], "source")
            return found
        if cue_head(m) == "estimated" and _REDUCED_PASSIVE.search(before) and tail.startswith("at ") and \
                not tail.startswith("at least"):
            return None  # "with total investment estimated at NOK 24 billion": an estimate no one is said to make
        denial = not with_that and cue_head(m) in _DENIALS and _DENIED_THING.match(tail) is not None
        pledge = not with_that and cue_head(m) in _PLEDGES and tail.startswith("to ") and len(tail.split()) >= 4
        # "the interior ministry put the figure at 107,000": a count is the whole claim
        count = m.group(0).startswith(("put the ", "raised the ")) and tail[:1].isdigit() or \
            m.group(0).split(" ", 1)[0] in _POLL_VERBS and m.group(0).rstrip()[-1:].isalpha() and \
            m.group(0).split()[-1][:1].isupper() or \
            m.group(0).startswith("put the ") and tail.startswith(("about ", "around ", "more than ", "nearly "))
        if not denial and not pledge and not count and \
                (len(tail.split()) < 3 or (not with_that and tail.startswith(("to ", "of ", "on ")))):
            return None  # "said to be", "spoke of", "reported on" (but "has pledged to strengthen ...")
        if not with_that and cue_head(m) in ("reported", "reports") and tail.startswith("from "):
            return None  # "Ellison reported from Dubai.": where the reporter was, a credit line
        if not with_that and cue_head(m) in ("showed", "shows", "show") and tail.startswith(("no ", "little ")):
            return None  # "showed no emotion as the verdict was read"
        if not with_that and cue_head(m) in OBJECT_VERBS and not denial and not count:
            head = " ".join(tail.split()[:9])
            gerund = cue_head(m) in _GERUND_VERBS and tail.split()[0].endswith("ing")
            if not _CLAUSE_WORDS.search(head) and not any(c.isdigit() for c in head) and not gerund:
                return None  # "admitted fraud", "reported a surge in patients"
        adjacent = source_matches(self.text, max(sent.start, m.start() - 60), m.start(), last=True)
        if adjacent and " who " not in self.text[sent.start:adjacent.start()] and \
                ", which " not in self.text[sent.start:adjacent.start()] and \
                (adjacent.group("np").rstrip()[-1:] == "s" or
                         _CLAUSE_START.search(self.text, max(sent.start, adjacent.start("np") - 12),
                                              adjacent.start("np") + _conj_len(adjacent.group("np")))) and \
                _ADVERBS_ONLY.fullmatch(self.text, adjacent.end(), m.start()) and \
                not self.finder._in(adjacent.start(), adjacent.end()):
            # "Boeing's finances remain fragile, and analysts expect ...": the group right before the verb
            return self.finder.nominal_source(adjacent.start(), m.start())
        near = max(m.start() - 50, after_opener(self.text, sent.start, m.start()))  # (not "its staff report")
        opener = after_opener(self.text, sent.start, m.start())
        subjects = self.finder._in(opener, m.start(), ("person", "organisation")) \
            if _SHARED_SUBJECT_TAIL.search(before) is not None and ", and " not in before else []
        shared = self.finder.subject_before(sent.start, m.start(), first=True) \
            if len(subjects) > 1 and self.text[opener:subjects[0].start] in ("", "The ") else None
        if shared:
            # "S&P Global Ratings cut Chicago's rating to BBB in September and has said that ...": the verbs
            # share the sentence's subject, not the name just before "and"
            return shared
        lone = _ONE_SOURCE.fullmatch(self.text, sent.start, m.start()) if " in the " in before else None
        if lone is not None and lone.group(1) and _INVOLVED.search(lone.group(1)):
            # "One person involved in the Treasury's talks with the industry said": the person, whatever
            # body the words after the noun name
            return Speaker(lone.group(1), "", 0.45, [lone.group(1)], "source")
        found = self.finder.titled_role(sent.start, m.start()) or \
            self.finder.subject_before(sent.start, m.start()) or \
            self.finder.nominal_source(near, m.start()) or \
            self.finder.indefinite_source(near, m.start())  # "Several others said"
        if found is not None and found.type == "source" and before.rstrip().endswith(" and") and \
                found.name.lower() in _OBJECT_NOUNS:
            found = None  # "The ministry rejected the report and said": the report is what it rejected
        if found is not None and found.type == "source" and found.name.split()[0] in ("A", "An"):
            # "A federal judge ruled on Wednesday that ...": the judge the article names next, by that role
            found = self.finder.lede_source(after_opener(self.text, sent.start, m.start()), m.start()) or found
        if found is None and before.rstrip().endswith(" and"):
            # "Brazil's central bank raised its benchmark rate by a full point ... and said": the
            # source phrase that opens the sentence, however far back
            src = source_matches(self.text, sent.start, min(m.start(), sent.start + 60))
            if src is not None and not self.text[sent.start:src.start()].strip(" \"“‘'") and \
                    _LOWER_VERB.match(self.text, src.end()):
                found = self.finder.nominal_source(sent.start, src.end())
        if found is None:
            owned = OWNED_SUBJECT.fullmatch(self.text, sent.start, m.start())
            if owned:  # "The Public Defender's office says": the office as written, when nothing names it
                return Speaker(owned.group(1), "", 0.5, [], "source")
            coord = _AND_CLAUSE.search(self.text, sent.start, m.start())
            # (also a coordinated clause's own subject: "..., and several lobbyists tracking the talks said")
            for lo in (after_opener(self.text, sent.start, m.start()), coord.end()) if coord else \
                    (after_opener(self.text, sent.start, m.start()),):
                people = _PEOPLE_SUBJECT.fullmatch(self.text, lo, m.start()) or \
                    (_FIELD_PEOPLE.fullmatch(self.text, lo, m.start()) if cue_head(m) in ("said", "say", "says")
                     else None) or _ONE_SOURCE.fullmatch(self.text, lo, m.start())
                if people:  # "Several former cricketers have warned that", "A party functionary, who did not
                    # wish to be named, said": a kind of people, or one unnamed person, as written
                    as_written = people.group(people.lastindex or 1)
                    return Speaker(as_written, "", 0.45, [as_written], "source")
        bare = _LEADING_CONJ.sub("", before.strip()) if found is None else ""
        if bare.lower() in ("another", "a second", "a third"):
            # "One Labour MP said ..., while another said ...": another of the kind just heard, as written
            one = next((sp for at, sp in reversed(self.finder.sources) if at <= m.start() and
                        sp.name.split()[0].lower() in ("one", "a", "an") and len(sp.name.split()) > 1), None)
            kind = " ".join(one.name.split()[1:]) if one is not None else ""
            another = f"{bare} {kind}".strip()
            return Speaker(another, "", 0.45, [another], "source")
        if found is None and cue_head(m) in _AS_WRITTEN_CUES:
            person = _THE_PERSON.fullmatch(self.text, after_opener(self.text, sent.start, m.start()), m.start())
            if person is not None:  # "The officer told the authority he believed ...", "The migrants, who
                # included 12 children, told officers": people no name was given for, as written
                the_people = "t" + person.group(1)[1:]
                return Speaker(the_people, "", 0.4, [the_people], "source")
            lo = after_opener(self.text, sent.start, m.start())
            plain = _SUBJECT_AS_WRITTEN.fullmatch(self.text, lo, m.start())
            if plain is not None and not self.finder._in(plain.start(1), plain.end(1), ("person", "organisation")) and \
                    plain.group(1).split()[0] not in DEMONYMS:
                # "Detectives said", "Fishermen in Ranai, the capital of Natuna regency, said": a subject no
                # rule names, as written
                return Speaker(plain.group(1), "", 0.4, [plain.group(1)], "source")
        if found is None and before.rstrip().endswith(","):
            aside = _SUBJECT_ASIDE.match(before)
            if aside:  # "One council diplomat, speaking on condition of anonymity ..., said"
                found = self.finder.nominal_source(sent.start, sent.start + aside.end())
        return found


# ", a process that lawyers say typically takes more than a year", ", which Treasury estimates would
# cost $4 billion", ", a request the Defence Ministry says the government accepted", ", who prosecutors said was
# driving nearly 60 mph": a relative
# clause whose subject reports what follows its verb
_RELATIVE_SAY: Final = re.compile(
    r"(?:,\s+(?:(?:in|with|on|at|for)\s+)?"
    r"(?:(?:a|an|the)\s+(?:[\w%$’'-]+\s+){1,3}?(?:(?:that|which)\s+|(?=the\s|an?\s|[A-Z]))|"
    r"(?:[\w%$’'-]+\s+){0,3}?(?:that|which|who)\s+)|"
    r"(?<=[a-z] )(?<! in )(?<! of )(?<! by )(?<! at )(?<! under )(?<! during )which\s+)"  # (no comma: "a flat which")
    r"(?P<subj>(?:the\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)\s+"
    r"(?P<verb>says|say|said|estimates|estimate|believes|believe|describes|describe|described|claims|claim|claimed)"
    r"\s+(?:that\s+|(?<=describes\s)as\s+|(?<=describe\s)as\s+|(?<=described\s)as\s+)?"
    r"(?P<rest>[^,;:\"“”]+)")
#: '"...?" asked X': a question's speaker after it
_ASKED_AFTER: Final = re.compile(r"[\"”’']?,?\s+asked\s+(?=[A-Z]|the\s|a\s|one\s)")
#: a lower-case word after a subject: its verb ("raised", "has", "on Tuesday raised" is not matched)
_LOWER_VERB: Final = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|s)\b")
_WHEN_ONLY: Final = re.compile(r"(?:on|in|at|last|this|earlier|late|early)\s+\S+(?:\s+\S+){0,3}")
#: a relative clause or "what" clause that names something as what its subject called it
_DESCRIBED_AS: Final = re.compile(
    r"(?:\b(?:what|that|which)|,\s+(?:a|an)\s+[a-z-]+)\s+"
    r"(?P<subj>(?:the\s+)?(?:[\w'’.&()-]+\s+){0,4}?[\w'’.&()-]+)\s+(?:(?:have|has|had)\s+)?"
    r"(?:(?:privately|publicly|once|long|repeatedly|widely)\s+)?"
    r"(?P<verb>described|describe|describes|called|call|calls|termed|branded|characteri[sz]ed|dubbed|criticised|"
    r"criticized|condemned|denounced|hailed)\s+(?:at the time\s+)?"
    r"(?:as\s+|(?<=called\s)(?=the\s|an?\s)|(?<=calls\s)(?=the\s|an?\s)|(?<=termed\s)(?=the\s|an?\s))"
    r"(?P<rest>(?!['‘])[^;:\"“”«»]{3,150}?)"
    r"(?=[.;:]|,\s+(?:and|but|while|which|who|whose|where)\b|$)")
#: a single quotation mark that opens quoted words (not the apostrophe of "the world's")
_OPEN_SINGLE: Final = re.compile(r"(?:^|\s)['‘]")
#: "said ... and that the family had called": "that" opens what is said, no relative clause
_AND_OR_VERB_END: Final = re.compile(r"\b(?:and|[a-z]+ed|says|said)\s+$")
#: words every _RELATIVE_SAY match holds (a cheap test first)
_RELATIVE_VERBS: Final = (" say", " said ", " estimate", " believe", " describe", " claim")


def relative_claims(text: str, s: Sentence, finder: SpeakerFinder) -> list[tuple[int, int, Speaker, str, int, int]]:
    """The claims reported inside relative clauses of ``s``: (start, end, speaker, cue, clause
    start, cue start) of each, the claim being the words after the verb, the speaker a named
    body or person or an unnamed source ("lawyers", "federal authorities") that is the clause's
    subject."""
    out: list[tuple[int, int, Speaker, str, int, int]] = []
    if " as " in s.text or " called " in s.text or " calls " in s.text or " termed " in s.text:
        for m in _DESCRIBED_AS.finditer(s.text):
            # "in what doctors described as the first new class of ...", "an industry that state auditors have
            # described as riddled with sham providers", "a move Egyptian officials privately describe as ..."
            rest = m.group("rest").rstrip(" .!?")
            lo, hi = s.start + m.start("subj"), s.start + m.end("subj")
            if not s.text.startswith("as ", m.start("rest") - 3) and \
                    (m.group("subj").lower() in _PRONOUNS or _OPEN_SINGLE.search(rest) or len(rest.split()) < 4 or
                     _AND_OR_VERB_END.search(s.text, 0, m.start()) is not None):
                continue  # "what he called the nation's decision": his phrase, in his own claim already
            sp = _clause_subject(text, lo, hi, finder)
            if sp is None and _PLAIN_SUBJECT.fullmatch(text[lo:hi] + " "):
                sp = Speaker(text[lo:hi], "", 0.45, [text[lo:hi]], "source")  # "state auditors", as written
            if sp is not None and len(rest.split()) >= 2 and not _QUOTE_NEXT.match(s.text, m.end("rest")):
                start = s.start + m.start("rest")
                out.append((start, start + len(rest), sp, m.group("verb"), s.start + m.start(),
                            s.start + m.start("verb")))
    if ", " not in s.text and " which " not in s.text or not any(v in s.text for v in _RELATIVE_VERBS):
        return out
    for m in _RELATIVE_SAY.finditer(s.text):
        rest = m.group("rest").rstrip(" .!?")
        if len(rest.split()) < 2 or _WHEN_ONLY.fullmatch(rest):
            continue  # ", the agency said on Monday": no relative clause
        lo, hi = s.start + m.start("subj"), s.start + m.end("subj")
        verb = m.group("verb")
        if verb.startswith("describ") and not text.startswith("as ", s.start + m.start("rest") - 3):
            continue  # "which he describes in detail": no claim
        if verb.startswith("claim") and not rest.startswith("to "):
            continue  # "which X claimed" takes an object: "claimed to have won" reports
        if any(o[0] == s.start + m.start("rest") for o in out):
            continue  # (found above)
        if _QUOTE_NEXT.match(s.text, m.end("rest")):
            continue  # 'an incident UNHCR said left the group "shocked and traumatized"': the quote carries it
        sp = _clause_subject(text, lo, hi, finder)
        if sp is None:
            continue
        start = s.start + m.start("rest")
        out.append((start, start + len(rest), sp, m.group("verb"), s.start + m.start(), s.start + m.start("verb")))
    return out


def _clause_subject(text: str, lo: int, hi: int, finder: SpeakerFinder) -> Speaker | None:
    """Who a relative clause's subject ``text[lo:hi]`` is: "he", a name, "the company" named before, or an
    unnamed source ("lawyers", "federal authorities")."""
    named = [n for n in finder._in(lo, hi, ("person", "organisation")) if hi - n.end <= 1] or \
        [n for n in finder._in(lo, hi, ("place",)) if n.start == lo and hi - n.end <= 1]  # "which Israel says"
    if text[lo:hi] in ("he", "she"):  # ", which he describes as politically motivated"
        return finder.pronoun(lo)
    if named:
        return finder._from_mention(named[-1], 0.8)
    src = source_matches(text, lo, hi)
    sp = None
    if text.startswith("the ", lo) and hi > lo + 4:  # "which the company says": the company named before
        # (not "cautioned that the estimate could change": "estimate" is the noun, nobody speaks)
        sp = finder.nominal(text[lo + 4:hi], lo)
    if sp is None and src is not None and src.end() >= hi - 1:
        sp = finder.nominal_source(lo, hi)
    return sp
