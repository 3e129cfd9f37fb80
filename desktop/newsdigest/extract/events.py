"""Events: one per sentence that reports something happening or being done.

A sentence is an event when it has an action verb or an event trigger
outside its quotation marks.  Its type comes from the taxonomy triggers
(the main verb weighs most); actors are the people, organisations and armed
or civic groups in it; places are the places it names.
"""
from __future__ import annotations

from typing import Final

from collections.abc import Iterator

import re
from dataclasses import dataclass, field

from newsdigest.domain import Number
from newsdigest.extract.cues import by_first_letter
from newsdigest.extract.entities import Mention
from newsdigest.extract.gazetteer import DEMONYMS
from newsdigest.extract.sentences import matches_at, offsets
from newsdigest.extract.taxonomy import (
    _ACTION_WORDS,
    PHYSICAL,
    PRIORITY,
    ActionHit,
    find_actions,
    find_triggers,
    tokens,
)

_GROUP_NOUNS = (r"forces|troops|army|military|soldiers|police|protesters|protestors|demonstrators|"
                r"representatives|delegation|delegates|negotiators|envoys|diplomats|mediators|"
                r"rebels|militants|fighters|government|authorities|navy|air force|border guards|"
                r"security forces|separatists|militia|insurgents|rescuers|firefighters|voters|"
                r"workers|doctors|residents|investors|officials|lawmakers|prosecutors|regulators")
# the demonyms longest first, grouped by first letter (see cues.by_first_letter: the same matches,
# without a test per demonym at every offset)
_DEMONYM_RE = "|".join(by_first_letter(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True)))
GROUP_RE = re.compile(
    rf"\b(?:(?:{_DEMONYM_RE})(?:['’]s)?\s+|pro-\w+\s+|rebel\s+|opposition\s+|government\s+|"
    rf"federal\s+|local\s+|state\s+|security\s+)(?:[a-z]+\s+)?(?:{_GROUP_NOUNS})\b"
    rf"|\b[A-Z][\w-]+['’]s\s+(?:{_GROUP_NOUNS})\b")
_GROUP_WORDS: Final = set(re.findall(r"[a-z]+", _GROUP_NOUNS)) | {
    "police", "protesters", "protestors", "demonstrators", "rebels", "militants", "insurgents",
    "rioters", "troops", "soldiers", "firefighters", "rescuers", "strikers", "gunmen",
    "attackers", "settlers", "hackers"}
# groups that act under their bare name ("Police fired tear gas", "protesters stormed")
BARE_GROUP_RE: Final = re.compile(r"\b(?i:police|protesters|protestors|demonstrators|rebels|militants|"
                           r"insurgents|rioters|troops|soldiers|firefighters|rescuers|strikers|"
                           r"gunmen|attackers|settlers|hackers)\b")
# Cheap exact pre-checks for the two group patterns, which try long alternations
# at every offset.  Every GROUP_RE match ends in whitespace + a group noun; this
# search has no leading \b, so the engine can skip to candidate characters.
_GROUP_NOUN_AT = re.compile(rf"\s(?:{_GROUP_NOUNS})\b")
# BARE_GROUP_RE's words in lower case, without the leading \b: led by literals, so a
# search skips straight to their first letters (see _bare_groups)
_BARE_AT: Final = re.compile("(?:" + BARE_GROUP_RE.pattern.split("(?i:", 1)[1].split(")", 1)[0] + r")\b")
_BARE_WORDS: Final = tuple(BARE_GROUP_RE.pattern.split("(?i:", 1)[1].split(")", 1)[0].split("|"))
_STOP_ACTION: Final = re.compile(r"[,;:.!?]|\s(?:in|on|at|to|by|from|with|for|after|before|as|"
                          r"which|who|that|while|and|but|during|since|including|towards?)\s")
# _STOP_ACTION's two alternatives, searched apart: the punctuation one then opens with a
# character set the engine can skip to (see action_phrase)
_STOP_PUNCT: Final = re.compile(r"[,;:.!?]")
_STOP_WORD: Final = re.compile(_STOP_ACTION.pattern.split("|", 1)[1])
#: the label of a piece that argues rather than reports, opening its headline: "Analysis |", "OPINION:"
_PIECE_LABEL_SRC = (r"(?:ANALYSIS|Analysis|OPINION|Opinion|COMMENT|Comment|EXPLAINER|Explainer|FACTBOX|Factbox)"
                    r"\s*[:|—–-]")
PIECE_LABEL: Final = re.compile(_PIECE_LABEL_SRC)
_NOT_EVENT_START: Final = re.compile(r"^(?:(?:If|Whether|Unless|Should|Could|Would|What|Why|How|Asked)\b|Background:|"
                              r"By [A-Z]|For more information|(?:(?:But|And|So|Yes|No),?\s+)?(?:I|We)\s|A:\s|(?:That|This) (?:was|is)\b|[—–]\s|-\s+(?![A-Z0-9])|"
                              # a page's time stamp or the wire's credit line, not news
                              # ("Published On 6 Mar 2024", "Published at : January 15",
                              # "Published in Dawn, October 22nd")
                              r"(?:Last updated|Updated|Published|Posted|First published)"
                              r"(?:\s?:|\s+(?:[Oo]n\s+|at\s*:?\s*|"
                              r"in\s+\S[^,\n]{0,40},\s+)?"
                              r"(?:\d|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|"
                              r"This (?:report|story|article)\b[^.]{0,60}?\bwas (?:first )?published\b|"
                              # an analysis or opinion piece's headline argues; it reports nothing
                              + _PIECE_LABEL_SRC + r"|"
                              # a release's label line: "NEWS RELEASE | Office of the Premier | Government of ..."
                              r"(?:NEWS|PRESS|MEDIA) RELEASE\b)")
#: an outlet's page stamp after its name: "CBC News · Posted: Aug 03, 2025 8:05 AM PT | Last Updated: ..."
_OUTLET_STAMP: Final = re.compile(r"\s[·|•]\s+(?:Posted|Updated|Published|Last [Uu]pdated)(?:\s*:|\s+(?:on\s+)?"
                                  r"(?:\d|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                                  r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")
_STAMP_MARKS: Final = ("· ", "| ", "• ")
_WEEKDAY: Final = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_FURNITURE: Final = re.compile(
    rf"(?i:(?:[\w ]{{0,30}}\s)?live (?:blog|feed)\b[\s|,:–-]*{_WEEKDAY}?"
    r"(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\.?)$|"
    rf"(?i:{_WEEKDAY}?\d{{1,2}}\s+[a-z]+\s+\d{{4}}\s*[–—-]\s*updated\b.*)$|"
    r"[A-Z][\w .,'’-]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*"
    r"(?:\([A-Za-z ]{2,20}\))?\s*[-—–]+$|"
    # "Ellison reported from Dubai, United Arab Emirates.": an agency's credit line
    r"[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)? reported from [A-Z][^.\n]{0,60}\.?$|"
    # "Issued on: 23/03/2026 - 08:52", "Modified: 23/03/2026 - 10:15": a page's stamp
    r"(?i:(?:issued|published|posted|modified|updated)(?: on)?\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\b.*)$")
# nothing happened: no comment, no answer, a habit or a routine
_NON_EVENT: Final = re.compile(r"\b(?:declined|refused) to (?:comment|discuss|say|speak|elaborate|disclose|specify|name|identify)\b|"
                        r"\bshowed no (?:emotion|reaction)\b|\bdid not (?:immediately )?respond\b|"
                        r"\bcould not be reached\b|\bnot immediately available\b|"
                        r"\b(?:did|has|have) not (?:yet |immediately )?(?:say|said|speak|spoken|comment|commented|"
                        r"disclose|disclosed|elaborate|elaborated|specify|specified|determine|determined)\b|"
                        r"\b(?:was|were) (?:unable|not able) to (?:independently )?(?:verify|confirm)\b|"
                        r"\bevery (?:day|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                        r"\b(?:typically|usually|regularly|routinely)\b|"
                        r"(?<!who )(?<!which )\b(?:has|have) (?:long|repeatedly|often|frequently|consistently|always)\b|"
                        r"(?<!its )(?<!the )(?<!their )(?<!a )(?<!his )(?<!her )"
                        r"\b(?:expect|expects|predict|predicts|forecast|forecasts|anticipate|anticipates)\s+"
                        r"(?:[\w'’-]+\s+){0,8}?to\s")
#: every _NON_EVENT match contains one of these words (a cheap test before the pattern)
_NON_EVENT_WORDS: Final = frozenset({"declined", "refused", "showed", "respond", "reached", "available", "every", "typically",
                              "did", "unable", "able",
                              "usually", "regularly", "routinely", "has", "have", "expect", "expects", "predict",
                              "predicts", "forecast", "forecasts", "anticipate", "anticipates"})
# a past or perfect form: without one a sentence describes, forecasts or instructs
_PAST_WORDS: Final = frozenset(w.lower() for w in {"had", "has", "have", "did", "was", "were",
    "took", "won", "met", "left", "fled", "held", "hit", "struck", "shot", "sent", "spent", "lost", "found",
    "sold", "fought", "saw", "made", "gave", "began", "broke", "brought", "came", "drew",
    "drove", "fell", "flew", "froze", "got", "grew", "knew", "led", "paid", "ran", "rose", "sank", "shut",
    "stood", "swept", "threw", "went", "wrote", "cut", "set", "put", "quit", "shed", "split",
    "spread", "bought", "caught", "thought", "built", "burnt", "burned", "dealt", "dug", "fed", "felt",
    "kept", "laid", "lent", "lit", "meant", "overtook", "sought", "slid", "stole", "stuck", "swore", "tore",
    "underwent", "upheld", "withdrew", "woke", "wound", "blew", "chose", "forgave", "hid", "rode", "sang",
    "sat", "shook", "slept", "spun", "swam", "bit", "ate", "became", "bled", "forbade", "overran",
    "overthrew", "rebuilt", "reset", "rang", "sprang", "strove", "wept", "overcame", "outran",
    "yesterday", "ago", "earlier", "last", "burst", "read", "overnight", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
    # a stance taken now is reported in the present: "Yerevan rejects the charge"
    "rejects", "denies", "accuses", "condemns", "dismisses", "disputes", "blames"})
_PART_SPLIT = re.compile(r"[-'’]")
# an action under way: "is investigating", "are heading to", "on the brink of reclaiming"
_UNDER_WAY = re.compile(r"\b(?:is|are|am)\s+(?:now\s+|still\s+|already\s+)?([a-z]+ing)\b|"
                        r"\bon the (?:brink|verge) of ([a-z]+ing)\b")

# precompiled patterns used in hot paths
_VERB_ED_AFTER: Final = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b")
_LOCATIVE_BEFORE: Final = re.compile(r"\b(?:in|at|near|from|of)\s+$")



_LIGHT: Final = {"made", "make", "makes", "sent"}
_MADE: Final = {"made", "make", "makes"}
_MADE_ADJ: Final = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:more|less|worse|better|harder|easier|likelier|"
                       r"likely|unlikely|possible|impossible)\b")
# relative clauses and appositives set off by commas: background, not the sentence's news
_ASIDE: Final = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*(?=,)|,\s+whose\b[^,;]*$")
# a finite verb after the aside: the sentence has a main clause of its own
_MAIN_AFTER_ASIDE: Final = re.compile(r"^,\s+(?:\w+\s+){0,2}?(?:has|have|had|is|are|was|were|will|would|did|does|"
                               r"do|said|says|[a-z]+ed|[a-z]+s)\b")
# "X, a pathology provider for several London hospitals, forced ...": the appositive describes
_APPOSITION: Final = re.compile(r",\s+an?\s+[^,;]{3,60}(?=,\s+[a-z]+(?:ed|s)?\b)")
_DETERMINER_END: Final = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")
_FUTURE: Final = re.compile(r"\b(?:will|would|shall|may|might|could|can|'ll|is due to|are due to|plans? to|is set to|"
                     r"are set to|is expected to|are expected to|intends? to|aims? to|planned to|"
                     r"had planned to|was planning to|were planning to|can be|(?:is|are) (?:set|due|expected) to be)"
                     r"\s+(?:also\s+|soon\s+|not\s+)?(?:have\s+)?(?:been\s+)?$")

_MODAL: Final = re.compile(r"\b(?:would|could|might|may)\s+(?:not\s+)?(?:have\s+)?(?:be\s+)?[a-z]+|"
                    r"\b(?:was|were|is|are)\s+expected\b")
_FUTURE_ANY: Final = re.compile(r"\b(?:will|is due to|are due to|is set to|are set to|is expected to|"
                         r"are expected to|plans to|intends to|is scheduled (?:to|for)|are scheduled (?:to|for))"
                         r"\s+(?:also\s+)?[a-z]+")

#: Reporting verbs: they introduce a quote or claim and are not the event itself.
_SPEECH: Final = {"noted", "remarked", "hinted", "warned", "confirmed", "reported", "conceded", "described"}


@dataclass
class EventInfo:
    event_type: str
    action: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    confidence: float = 0.5


def mask_quotes(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the given stretches blanked out (same length)."""
    if not spans:
        return text[start:end]
    out, pos = [], start
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, end)
        if s >= e:
            continue
        out.append(text[pos:s])
        out.append(" " * (e - s))
        pos = e
    out.append(text[pos:end])
    return "".join(out)


# A clause ends at ", while ..." (", as", ", which" ...), ";" or " — ", whichever comes
# first.  Two patterns rather than one alternation: each search can then skip ahead
# to its first character (a pattern opening with \s+ is tried at every offset).
_CLAUSE_END_PUNCT = re.compile(r",\s+(?:as|while|after|which|who|where|with|amid|despite|but)\b|;")
_CLAUSE_END_DASH = re.compile(r"\s+—\s+")


def _clause_end(masked: str, pos: int) -> int | None:
    """Offset of the first clause end in ``masked`` from ``pos``, or None."""
    # every match contains "," or ";": without either there is none to search for
    punct = _CLAUSE_END_PUNCT.search(masked, pos) if "," in masked or ";" in masked else None
    if "—" in masked:  # the two never start at the same offset: the earlier one is the match
        dash = _CLAUSE_END_DASH.search(masked, pos, punct.start() if punct else len(masked))
        if dash:
            return dash.start()
    return punct.start() if punct else None


# a past tense not in the action list: "had responded to", "set up a liaison office", "granted marketing ..."
_GENERIC_VERB = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed|set up|begun|taken|given|won)\b|"
                           r"\b(?:was|were|had been|has been|have been)\s+(?P<verb3>[a-z]{4,}ed)\s+(?:to|at|in|on|from|by|after|into)\b|"
                           r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )\b(?P<verb2>[a-z]{4,}ed)\s+(?:the|a|an|its|their|his|her|\d[\d,.]*|more|up|off)\b")


#: past tenses in "-eed" ("exceed", "proceed", "need" are present tenses)
_PAST_EED = {"freed", "agreed", "decreed", "guaranteed", "refereed", "disagreed"}

#: participles that name a state after "was"/"were": "she was determined to", "they were scheduled to"
_STATE_PARTICIPLES = {"determined", "prepared", "pleased", "disappointed", "committed", "surprised", "shocked",
                      "convinced", "satisfied", "delighted", "encouraged", "entitled", "obliged", "supposed",
                      "scheduled", "required", "designed", "intended", "allowed", "tasked", "poised", "used",
                      "accustomed", "inclined", "interested", "involved", "opposed", "exposed", "focused", "focussed"}

_MENTAL = {"anticipated", "hoped", "wanted", "planned", "intended", "feared", "worried", "believed", "assumed", "argued",
           "acknowledged", "ignored", "insisted", "seemed", "appeared", "needed", "deserved",
           "considered", "welcomed", "praised", "criticised", "criticized", "questioned", "doubted",
           "inspired", "defended", "raised concerns", "preferred", "liked", "loved", "hated"}


def _generic_verb_matches(masked: str) -> list[re.Match[str]]:
    """The matches of ``_GENERIC_VERB.finditer(masked)``, the pattern tried only where one can start.

    Every branch opens with \\b and a letter of [a-z] (the pattern is case-sensitive): a match
    starts a word, with "had", "has" or "have" (first branch), "was", "were" or one of the
    first three (second), or (third) with the run of [a-z] that ends in "ed" before a blank
    (\\s+ must follow the [a-z]{4,}ed, which cannot stop inside a run of [a-z]).  Those
    offsets, in order, each tried where no earlier match covers it, are where finditer would
    find its matches; the look-arounds see the whole text either way.
    """
    starts = offsets(masked, ("ha", "was", "were"))
    n = len(masked)
    at = masked.find("ed")
    while at >= 0:
        end = at + 2
        if end < n and masked[end].isspace():  # str.isspace: the characters \s matches
            p = at
            while p > 0 and "a" <= masked[p - 1] <= "z":
                p -= 1
            if end - p >= 6:
                starts.append(p)
        at = masked.find("ed", at + 1)
    return matches_at(_GENERIC_VERB, masked, starts)


def _generic_verb(masked: str) -> ActionHit | None:
    """A past tense that is not in the action list, unless it reports speech or a state of mind."""
    for m in _generic_verb_matches(masked):
        g = "verb" if m.group("verb") else "verb2" if m.group("verb2") else "verb3"
        verb = m.group(g).lower()
        if verb in _SPEECH or verb in _ED_DESCRIBING or verb in _MENTAL or verb.endswith("eed") and verb not in _PAST_EED \
                or g == "verb3" and verb in _STATE_PARTICIPLES:
            continue
        return ActionHit(m.start(), m.start(g), m.end(g), m.group(g))
    return None


# headline present tenses whose past is irregular: "Liberals win", "army and RSF fight"
_HEADLINE_IRREGULAR = {"win": "won", "wins": "won", "fight": "fought", "fights": "fought", "flee": "fled",
                       "flees": "fled", "hold": "held", "holds": "held", "take": "took", "takes": "took",
                       "strike": "struck", "strikes": "struck", "hits": "hit", "lose": "lost", "loses": "lost",
                       "sell": "sold", "sells": "sold", "buy": "bought", "buys": "bought", "meet": "met",
                       "meets": "met", "send": "sent", "sends": "sent", "shoot": "shot", "shoots": "shot",
                       "begin": "began", "begins": "began", "rise": "rose", "rises": "rose", "fall": "fell",
                       "falls": "fell", "cuts": "cut", "withdraw": "withdrew", "withdraws": "withdrew",
                       "quits": "quit", "seeks": "sought", "seek": "sought", "sweep": "swept", "sweeps": "swept"}


def _headline_verb(masked: str, toks: list[tuple[int, int, str]]) -> ActionHit | None:
    """A headline's present-tense action verb ("frees", "warns", "win"), found through its past form.

    Not a capitalised word ("March 19", "(END)"); a bare form
    ("return", "move") is a noun as often as a verb, so only irregular ones count.
    """
    for i, (start, end, w) in enumerate(toks):
        if len(w) < 3 or not w.isalpha() or masked[start].isupper():
            continue
        before = toks[i - 1][2] if i else ""
        if before == "to" and i > 1 and masked[toks[i - 2][0]].isupper() or before[-1:].isdigit():
            # "Kazuma Motor to recall 412,000 vehicles", "over 2,000 land on Lampedusa": a bare form
            # after a name's "to" (not "plan to end") or after a number
            stem = w[:-1] if w.endswith("e") else w
            bare = _HEADLINE_IRREGULAR.get(w) or next((f for f in (stem + "ed", w + "d") if f in _ACTION_WORDS), None)
            if bare is not None and bare in _ACTION_WORDS and bare not in _SPEECH:
                return ActionHit(start, start, end, w)
        past = _HEADLINE_IRREGULAR.get(w)
        if past is None and w.endswith("s") and not w.endswith("ss"):
            stem = w[:-1]
            forms = (stem + "d", stem + "ed", stem[:-1] + "ed" if stem.endswith("e") else "",
                     stem[:-2] + "ied" if stem.endswith("ie") else "")
            past = next((f for f in forms if f and f in _ACTION_WORDS), None)
        if past is not None and past in _ACTION_WORDS and past not in _SPEECH:
            return ActionHit(start, start, end, w)
    return None


def _main_verb(masked: str, acts: list[ActionHit], speech: bool) -> ActionHit | None:
    """First action verb that is neither a reporting verb nor an adjective ("the captured").

    In a sentence that reports speech, light verbs ("made", "sent") belong to
    the reported opinion more often than to something that happened.
    ``acts`` is ``find_actions(masked, toks)``, which classify computes once per text.
    """
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(masked)] \
        if ", " in masked and _may_be_aside(masked) else []
    fallback = None
    for v in acts:
        verb = v.group("verb").lower()
        if verb in _SPEECH or (speech and verb in _LIGHT) or \
                verb == "recalled" and masked[v.end():v.end() + 1] in (",", ".") or \
                _may_be_determiner_end(masked, max(0, v.start() - 8), v.start()) and \
                _DETERMINER_END.search(masked, max(0, v.start() - 8), v.start()):
            continue
        if verb in _MADE and _MADE_ADJ.match(masked, v.end()):
            continue  # "climate change has made such heat more frequent": a judgement, not an act
        if any(a <= v.start() < b for a, b in asides):
            fallback = fallback or v  # "Hezbollah, which fought alongside ..., has not commented"
            continue
        return v
    if fallback and speech:
        return None  # '"...," said X, whose son is held in ...': the aside is background
    return None if asides and fallback and _MAIN_AFTER_ASIDE.search(masked, asides[-1][1]) else fallback


# modality or a forecast: the reported content has not happened
_HEDGE: Final = re.compile(r"\b(?:would|could|might|may|will|should|must)\s+(?:not\s+|also\s+|still\s+)?[a-z]+|"
                    r"\b(?:is|are|was|were)\s+(?:not\s+)?(?:likely|unlikely|expected|set|due)\s+to\b|"
                    r"\b(?:is|are)\s+(?:not\s+)?likely\b|\b(?:appears?|appeared|seems?|seemed)\s+to\b")
# a disposition or purpose reported, not an act: "said the group was ready for a ground battle"
_DISPOSITION: Final = re.compile(r"\b(?:was|were|is|are)\s+(?:not\s+)?(?:ready|intended|prepared|willing|able|"
                          r"determined|designed|meant|aimed|likely|unlikely|expected|set|due|poised|eager)\b")
# opinion-givers as the subject of a reporting verb: what follows is their reading of events
_PUNDITS: Final = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?i:analysts|experts|critics|scientists|economists|observers|"
                      r"commentators|supporters|opponents|meteorologists|forecasters|researchers|"
                      r"diplomats|historians|strategists)\s+(?:say|said|argue|argued|believe|believed|warn|"
                      r"warned|expect|expected|note|noted|suggest|suggested|think|fear|feared|predict|"
                      r"predicted|caution|cautioned)\b")
# "... that could enter and blamed the U.N.": a second predicate of its own
_AND_VERB: Final = re.compile(r"\sand\s+(?:also\s+|then\s+|later\s+)?$")
# a statement of state: subject + copula + description, no action
_COPULA: Final = re.compile(r"^(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,6}?\s+(?:is|are|was|were|remains?|remained|"
                     r"(?:has|have|had)\s+(?:long\s+|always\s+|already\s+|now\s+)?(?:been|proven|proved|become))\s+"
                     r"(?:(?:still|also|now|again|reportedly|already|being)\s+)*+"
                     r"(?!\w+ing\b|\w+ed\b|\w+en\b|under\b|in\b|on\b|at\b|"
                     r"(?:set|hit|cut|shut|put|struck|shot|left|held|built|brought|caught|sent|spent|lost|"
                     r"found|sold|told|fought|burnt|swept|thrown|blown|torn|sunk|won|run|seen|said)\b)")
_PRESENT_STATE: Final = re.compile(r"\s(?:accounts for|account for|handles|values|claims|remains|depends|depend|"
                            r"faces|lies|holds|owns|controls|includes|represents|employs|relies|costs|"
                            r"means|needs|ends|is home to|are home to|has lagged|have lagged|dominates|"
                            r"supplies|produces|exports|imports)\s")
#: the nouns one of which every _PUNDITS match contains (case aside): for ASCII text, a
#: sentence with none of them as a substring cannot match, so the pattern is not run
_PUNDIT_NOUNS: Final = tuple(_PUNDITS.pattern.split("(?i:", 1)[1].split(")", 1)[0].split("|"))
_COPULA_SUBJECT_OK: Final = re.compile(r"^(?:There|It|This|That)\b")

_NO_SUBJECT: Final = re.compile(r"\b(?:[Nn]o|[Nn]ever|[Nn]obody|[Nn]one of the)\s+(?:[a-z-]+\s+){0,2}(?:has\s+|have\s+|had\s+|was\s+|were\s+)?$|"
                         r"\b(?:not|n't|never)\s+(?:yet\s+|been\s+)?$")
# a stretch of time that a present perfect sums up: "since 1975", "over the past year", "for decades"
_SPAN: Final = re.compile(r"\b(?:since (?:(?:early |late |mid-)?(?:(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December) )?\d{4}|independence|the (?:start|beginning|\d{4}s))|"
                   r"(?:over|in|during) the (?:past|last) (?:\w+ )?(?:year|decade|century|years|decades)|"
                   r"for (?:decades|years|generations|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                   r"several|many) (?:years|decades)))\b")
# a state that has lasted since a time: "Meduza has been designated ... since January 2023",
# "Kharkiv ... has been a regular target ... since the start of the invasion" (no happening
# after "since", no second clause)
_STATE_SINCE: Final = re.compile(r"(?<!which )(?<!who )(?<!that )\b(?:has|have)\s+(?:long\s+|also\s+)?been\s+"
                          r"(?!\w+ing\b|(?:killed|injured|wounded|hurt|displaced|arrested|detained|evacuated|"
                          r"infected|hospitali[sz]ed|reported|recorded|confirmed)\b)[^,;.]{0,90}?\bsince\s")
_SINCE_HAPPENING: Final = re.compile(r"[,;]|\b(?:[a-z]+ed|took|began|broke|fell|came|went|won|lost|struck|hit|was|were)\b")
_LIVE_LABEL: Final = re.compile(r"(?i:\blive(?: updates| blog| coverage)?|as it happened)\s*$|^\s*LIVE\s*:")
_NEGATED: Final = re.compile(r"\b(?:could|can|did|does|do|has|have|had|was|were|is|are|would|will)\s*(?:not|n't)\b|"
                      r"\bcannot\b|\bnever\b|\bbe no\b")
_DATELINE_START: Final = re.compile(r"^[^a-z—–]{2,60}?\s[—–-]{1,2}\s")
#: the characters a _NOT_EVENT_START match can start with: the first letters of its
#: alternatives (If Whether Unless Should Could Would What Why How Asked, Background: By,
#: For more, But And So Yes No I We, A:, That This, the dashes, Last updated Updated
#: Published Posted First published, Analysis Opinion Comment Explainer Factbox, NEWS PRESS MEDIA); the pattern is
#: case-sensitive, so a text that starts with any other character (or none) cannot match
_NOT_EVENT_FIRST: Final = frozenset("IWUSCHABFYNT—–-LPOEM")
_RANK = {k: i for i, k in enumerate(PRIORITY)}
#: literals one of which every match of the pattern holds (both patterns are case-sensitive):
#: _FUTURE_ANY's phrases end in "will" or "to" after "due", "set", "expected", "plans", "intends", or hold "scheduled";
#: _NEGATED's in "not" (cannot too), "n't", "never" or "be no"
_FUTURE_ANY_WORDS: Final = ("will", "due to", "set to", "expected to", "plans to", "intends to", "scheduled")
_NEGATED_WORDS: Final = ("not", "n't", "never", "be no")
#: the copulas of _COPULA: a match has one as a whole blank-separated word, second to eighth
_COPULA_WORDS: Final = frozenset({"is", "are", "was", "were", "remain", "remains", "remained", "has", "have", "had"})


def _top_type(scores: dict[str, int]) -> str:
    """``min(scores, key=lambda k: (-scores[k], _RANK[k])) if scores else "other"``: the first
    type with the highest score and, among those, the lowest rank (a native loop, no key calls)."""
    etype = "other"
    found = False
    best_score = best_rank = 0
    for k, sc in scores.items():
        rank = _RANK[k]
        if not found or sc > best_score or sc == best_score and rank < best_rank:
            etype, best_score, best_rank, found = k, sc, rank, True
    return etype


def _has_any(text: str, literals: tuple[str, ...]) -> bool:
    """Does one of ``literals`` occur in ``text``?"""
    for lit in literals:
        if lit in text:
            return True
    return False


def page_stamp(s: str) -> bool:
    """Is ``s`` an outlet's page stamp ("CBC News · Posted: Aug 03, 2025 8:05 AM PT | Last Updated: ...") or other
    page furniture: a line in capitals ("OFFICE OF THE NEVADA ATTORNEY GENERAL"), a live page's date line ("LIVE
    BLOG | January 17, 2025", "Tuesday 8 April 2025 – updated 16:40 CET"), a dateline alone ("JACKSON, Miss., Nov 21
    (Reuters) -")? Never news, whatever the learned gate makes of its date."""
    if _has_any(s[:60], _STAMP_MARKS) and _OUTLET_STAMP.search(s[:80]) is not None:
        return True
    if len(s) > 90:
        return False
    if any(c.isalpha() for c in s) and not any(c.islower() for c in s):
        return True
    return _FURNITURE.match(s.strip()) is not None


def _may_not_event_start(s: str) -> bool:
    """False only where _NOT_EVENT_START.match(s) cannot match (its first character rules it out)."""
    return s[:1] in _NOT_EVENT_FIRST


def _may_be_aside(masked: str) -> bool:
    """False only where _ASIDE cannot match.

    Both alternatives contain one of "which", "who", "whose", "where" literally (the
    pattern is case-sensitive), and each of those contains "wh".
    """
    return "wh" in masked


def _may_be_no_subject(masked: str, pos: int, endpos: int) -> bool:
    """False only where ``_NO_SUBJECT.search(masked, pos, endpos)`` cannot match.

    A match lies within ``masked[pos:endpos]`` and contains one of the literals
    "No"/"no" ([Nn]o, [Nn]obody, [Nn]one of the, not), "ever" ([Nn]ever, never) or
    "n't"; the pattern is case-sensitive.
    """
    w = masked[pos:endpos]
    return "no" in w or "ever" in w or "No" in w or "n't" in w


def _may_be_dateline(masked: str) -> bool:
    """False only where ``_DATELINE_START.match(masked)`` cannot match.

    A match starts at 0 and is at most 60 + 1 + 2 + 1 = 64 characters long, and its
    dashes ([—–-]) come before its end: one of them occurs in ``masked[:64]``.
    """
    head = masked[:64]
    return "-" in head or "—" in head or "–" in head


def _may_be_present_passive(masked: str, pos: int, endpos: int) -> bool:
    """False only where ``_PRESENT_PASSIVE.search(masked, pos, endpos)`` cannot match.

    A match lies within ``masked[pos:endpos]`` and contains "is", "are" or "am"
    literally (the pattern is case-sensitive).
    """
    w = masked[pos:endpos]
    return "is" in w or "are" in w or "am" in w


#: the last two characters of the last word a _FUTURE match can have: a modal (will,
#: would, shall, may, might, could, can, 'll), "to" (due to, plan(s|ned|ning) to, set to,
#: expected to, intend(s) to, aim(s) to), "be" (can be, to be), or one of the optional
#: words after them (also, soon, not, have, been)
_FUTURE_ENDS: Final = frozenset({"ll", "ld", "ay", "ht", "an", "to", "be", "so", "on", "ot", "ve", "en"})


def _may_be_future(masked: str, pos: int, endpos: int) -> bool:
    """False only where ``_FUTURE.search(masked, pos, endpos)`` cannot match.

    A match lies within ``masked[pos:endpos]`` and ends there: after its last word comes
    \\s+ and then $, which holds at ``endpos`` or before a newline just before it.  So
    the window with its trailing blanks stripped (str.rstrip strips exactly the
    characters \\s matches) ends with that word, whose last two characters are in
    _FUTURE_ENDS.
    """
    return masked[pos:endpos].rstrip()[-2:] in _FUTURE_ENDS


def _may_be_apposition(masked: str) -> bool:
    """False only where _APPOSITION cannot match: a match opens with a comma, and its
    lookahead needs another one after it."""
    return masked.count(",") >= 2


#: literals one of which every _HEDGE match contains (the pattern is case-sensitive): the
#: modals ("ould" for would, could, should), "likely" (likely, unlikely), "expected", "set",
#: "due" after a copula, "appear" and "seem"
_HEDGE_WORDS: Final = ("ould", "will", "may", "might", "must", "likely", "expected", "set", "due", "appear", "seem")


def _may_be_hedge(masked: str, endpos: int) -> bool:
    """False only where ``_HEDGE.search(masked, 0, endpos)`` cannot match."""
    w = masked[:endpos]
    for lit in _HEDGE_WORDS:
        if lit in w:
            return True
    return False


def _may_be_determiner_end(masked: str, pos: int, endpos: int) -> bool:
    """False only where ``_DETERMINER_END.search(masked, pos, endpos)`` cannot match.

    A match ends with a determiner, \\s+ and $ (at ``endpos`` or before a newline just
    before it): the window with its trailing blanks stripped ends with the determiner,
    whose last letter is one of "eansr" (the, a, an, its, his, their, her; case-sensitive).
    """
    return masked[pos:endpos].rstrip()[-1:] in ("e", "a", "n", "s", "r")


def _may_be_live(s: str) -> bool:
    """False only where _LIVE_LABEL cannot match (a cheap exact pre-check for ASCII text)."""
    if not s.isascii():
        return True  # case-insensitive matching of non-ASCII letters: let the pattern decide
    low = s.lower()
    return "live" in low or "happened" in low


def _may_be_pundits(s: str) -> bool:
    """False only where _PUNDITS cannot match (a cheap exact pre-check for ASCII text)."""
    if not s.isascii():
        return True  # case-insensitive matching of non-ASCII letters: let the pattern decide
    low = s.lower()
    for noun in _PUNDIT_NOUNS:
        if noun in low:
            return True
    return False


# "-ed" words that describe rather than report: "a dedicated line", "is operated by", "based in"
_ED_ADJECTIVE_BEFORE: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|our|any|some|using|with|newly|"
                                  r"well|long|recently|previously) $", re.IGNORECASE)
_ED_ADJ_WORDS: Final = tuple(_ED_ADJECTIVE_BEFORE.pattern[5:].split(")", 1)[0].split("|"))


def _ed_adjective_before(masked: str, lo: int, pos: int) -> bool:
    """``_ED_ADJECTIVE_BEFORE.search(masked, lo, pos) is not None``, by suffix tests.

    A match is one of the words, then one blank, ending at ``pos`` (``$``; before a
    final newline only when the window holds one, left to the pattern), starting at
    or after ``lo`` with \\b before it: the character before the word (``lo`` does not
    hide it) is no word character.  ASCII text lower-cased matches the
    case-insensitive words where the text does; other text is left to the pattern.
    """
    if pos < 1 or masked[pos - 1] != " ":
        if pos >= 1 and masked[pos - 1] == "\n":
            return _ED_ADJECTIVE_BEFORE.search(masked, lo, pos) is not None
        return False  # no blank before the end, no match
    seg = masked[lo:pos - 1]
    if not seg.isascii():
        return _ED_ADJECTIVE_BEFORE.search(masked, lo, pos) is not None
    low = seg.lower()
    for w in _ED_ADJ_WORDS:
        if low.endswith(w):
            k = pos - 1 - len(w)  # where the word starts in ``masked``
            if k == 0 or not (masked[k - 1].isalnum() or masked[k - 1] == "_"):
                return True
    return False


_PRESENT_PASSIVE: Final = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+|not\s+|also\s+)?$")
_BY_OR_END: Final = re.compile(r"\s+by\b|\s*[.,;]")
_ED_DESCRIBING: Final = {"based", "located", "headquartered", "listed", "quoted", "expected", "concerned",
                  "involved", "related", "interested", "dedicated", "limited", "united",
                  "skilled", "detailed", "experienced", "owned", "flagged",
                  "polled", "needed", "priced", "valued", "said", "told"}


def _past_marked(masked: str, toks: list[tuple[int, int, str]]) -> bool:
    """A past or perfect form that reports something done (not an adjective, not the speech cue).

    ``toks`` are the sentence's lower-case words (taxonomy.tokens); a word such as
    "well-established" is looked at part by part, as the word boundaries of a pattern would.
    """
    for start, _, word in toks:
        # word.isalpha(), for a token (a run of [a-zа-яё'-], or "AI"): no "'" and no "-"
        if "'" not in word and "-" not in word:  # _word_parts would give [(0, word)]: looked at without the list
            if _reports_past(masked, start, word):
                return True
            continue
        for at, part in _word_parts(word):
            if _reports_past(masked, start + at, part):
                return True
    return False


def _reports_past(masked: str, pos: int, part: str) -> bool:
    """The word part ``part`` at ``pos`` is a past or perfect form reporting something done."""
    if part in _PAST_WORDS or len(part) >= 4 and part.endswith("ed") and part.isascii() and part.isalpha():
        if part in _ED_DESCRIBING:
            return False
        if part.endswith("ed") and (_ed_adjective_before(masked, max(0, pos - 12), pos) or
                                    _may_be_present_passive(masked, max(0, pos - 20), pos) and
                                    _PRESENT_PASSIVE.search(masked, max(0, pos - 20), pos) and
                                    _BY_OR_END.match(masked, pos + len(part))):
            return False  # "a dedicated line", "the plant is operated by": no happening
        return True
    return False


def _word_parts(word: str) -> list[tuple[int, str]]:
    """(offset, part) of a word split at hyphens and apostrophes; the word itself when it has none."""
    if word.isalpha():
        return [(0, word)]
    out, at = [], 0
    for part in _PART_SPLIT.split(word):
        if part:
            out.append((at, part))
        at += len(part) + 1
    return out


def _under_way(masked: str, toks: list[tuple[int, int, str]]) -> bool:
    """A progressive form of an action verb or event trigger ("is recalling", "are heading")."""
    spots = {m.start(1) if m.group(1) else m.start(2) for m in _UNDER_WAY.finditer(masked)}
    if not spots:
        return False
    return any(h in spots for h, _, _ in find_triggers(masked, toks)) or \
        any(a.start("verb") in spots for a in find_actions(masked, toks))


def _no(why: list[str] | None, code: str) -> tuple[str, str, int] | None:
    """None (not an event), noting in ``why`` which rule said so."""
    if why is not None:
        why.append(code)
    return None


def classify(masked: str, speech_only: bool, toks: list[tuple[int, int, str]] | None = None,
             clause: bool = False, why: list[str] | None = None) -> tuple[str, str, int] | None:
    """(event type, action, action offset in ``masked``) or None if not an event.

    ``speech_only`` marks a sentence that is already a quote or claim: it is
    an event only if it also reports an action or a physical happening.
    ``clause`` marks a part cut from a sentence: without a full stop it is no headline.
    ``why``, when given, gets the name of the rule that decided (for the learned gate).
    """
    tail = masked.rstrip()
    end = tail[-24:]
    live = _LIVE_LABEL.match(tail) if tail.lstrip()[:4] == "LIVE" else None
    if live and len(tail[live.end():].split()) >= 5:
        # "LIVE: Rescuers race to reach 11 miners ...": the label heads a headline of its own
        masked = " " * live.end() + masked[live.end():]
        toks = [t for t in toks if t[0] >= live.end()] if toks is not None else None
        live = None
    stripped = masked.strip()
    if tail.endswith("?") or _may_not_event_start(stripped) and _NOT_EVENT_START.match(stripped) or \
            _may_be_live(end) and _LIVE_LABEL.search(end) or live:
        return _no(why, "start")
    toks = tokens(masked) if toks is None else toks
    if not _NON_EVENT_WORDS.isdisjoint([t[2] for t in toks]) and _NON_EVENT.search(masked):
        return _no(why, "nonevent")  # "declined to comment", "every Wednesday since March"
    if tail.endswith((".", "!", ".\"", ".”", ".'", ".’")) and not _past_marked(masked, toks) and \
            not _under_way(masked, toks):
        return _no(why, "nopast")  # "The refinery processes 7 million tonnes a year": a description, not a happening
    # the action verbs, found once: find_actions depends on masked and toks alone, neither
    # changes below, and its ActionHits are never modified
    acts = find_actions(masked, toks)
    main = _main_verb(masked, acts, speech_only)
    how = "main"
    if main is None:
        main, how = _generic_verb(masked), "generic"
    if main is None and not clause and not tail.endswith((".", "!", ":", ";", ",", "\"", "”", "’", "'")):
        main, how = _headline_verb(masked, toks), "headline"  # "ELN frees seven soldiers in Arauca": a headline's present tense
    if main and _may_be_no_subject(masked, max(0, main.start() - 30), main.start()) and \
            _NO_SUBJECT.search(masked, max(0, main.start() - 30), main.start()):
        return _no(why, "nosubj")  # "no drone had entered its airspace": nothing happened
    since = _STATE_SINCE.search(masked) if "since " in masked else None
    if since and not _SINCE_HAPPENING.search(masked.rstrip().rstrip(".\"”’'"), since.end()):
        return _no(why, "since")  # "Scarborough Shoal has been controlled by China since 2012": a state
    if main and masked.startswith(("has ", "have "), main.start()) and \
            (_SPAN.search(masked, main.end(), main.end() + 48) or _SPAN.match(masked.lstrip().lower())):
        return _no(why, "span")  # "Frelimo has governed Mozambique since 1975": a record or a state, not a happening
    if speech_only and _may_be_pundits(masked) and _PUNDITS.match(masked):
        return _no(why, "pundit")  # "Critics argue that ...", "Scientists say ...": analysis, not a happening
    if main and speech_only:
        hedge = _HEDGE.search(masked, 0, main.start()) if _may_be_hedge(masked, main.start()) else None
        if hedge and not _AND_VERB.search(masked, hedge.end(), main.start()):
            return _no(why, "hedge")  # "said it would cut ..., as drought lowered ...": a plan and its background
    if main and _may_be_future(masked, max(0, main.start() - 24), main.start()) and \
            _FUTURE.search(masked, max(0, main.start() - 24), main.start()) or \
            not main and _has_any(masked, _FUTURE_ANY_WORDS) and _FUTURE_ANY.search(masked):
        return _no(why, "future")  # announced plans are not events yet
    triggers = find_triggers(masked, toks)
    if not main and speech_only and triggers:
        modal = _MODAL.search(masked)
        if modal and modal.start() < triggers[0][0]:
            return _no(why, "modal")  # "said his client would appeal": a plan reported, nothing done yet
    if triggers and "according to" in masked:  # the source's description does not type the event
        src = masked.find("according to")
        kept = [t for t in triggers if t[0] < src]
        triggers = kept or triggers
    if triggers and ", " in masked:
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(masked)] if _may_be_aside(masked) else []
        if _may_be_apposition(masked):
            asides += [(m.start(), m.end()) for m in _APPOSITION.finditer(masked)
                       if m.start() and masked[m.start() - 1].islower()]
        if asides:  # background in a relative clause does not type the sentence
            triggers = [t for t in triggers if not any(a <= t[0] < b for a, b in asides)]
    scores: dict[str, int] = {}
    if triggers:
        # "PORT SUDAN — Famine ...": not a clause break
        dateline = _DATELINE_START.match(masked) if _may_be_dateline(masked) else None
        clause_end = _clause_end(masked, dateline.end() if dateline else 0)
        cut = len(masked) if clause_end is None else clause_end
        vs, ve = (main.start("verb"), main.end("verb")) if main else (-1, -1)
        spans: dict[str, list] = {}
        for h, e, k in triggers:
            spans.setdefault(k, []).append((h, e))
        longest = [(h, e) for h, e, _ in triggers]
        for h, e, k in triggers:
            same = spans[k]
            if len(same) > 1 and any(a <= h and e <= b and (a, b) != (h, e) for a, b in same):
                continue  # "toll" inside "death toll" counts once
            if any(a <= h and e <= b and b - a > e - h for a, b in longest):
                continue  # "seized" inside "seized power": the longer phrase decides
            scores[k] = scores.get(k, 0) + (2 if h < cut else 1) + (2 if vs <= h < ve else 0)
    physical = not PHYSICAL.isdisjoint(scores)
    if not main and not scores:
        return _no(why, "noverb")
    if not main and triggers:
        body = stripped
        cop = _COPULA.match(body) if body.endswith(".") and \
            not _COPULA_WORDS.isdisjoint(body.split(None, 8)[1:8]) else None
        off = len(masked) - len(masked.lstrip())
        first = min(h for h, _, _ in triggers)
        if cop and not _COPULA_SUBJECT_OK.match(body) and off + cop.end() <= first:
            return _no(why, "copula")  # "The prison system has long been a battleground ...": a state, not a happening
        state = _PRESENT_STATE.search(masked, 0, first) if body.endswith(".") else None
        if state and not _COPULA_SUBJECT_OK.match(body) and len(masked[:state.start()].split()) <= 6:
            return _no(why, "state")  # "The canal handles 5% of world trade": a description
    neg = _NEGATED.search(masked) if not main and _has_any(masked, _NEGATED_WORDS) else None
    if neg and neg.start() < min(h for h, _, _ in triggers):
        return _no(why, "neg")  # "Reuters could not independently verify ... battlefield reports"
    if speech_only and not main and not physical:
        return _no(why, "speechnophys")
    if speech_only and not main:
        disp = _DISPOSITION.search(masked)
        if disp and disp.start() < min(h for h, _, _ in triggers):
            return _no(why, "disp")
    # highest score; ties go to the earlier type in PRIORITY
    etype = _top_type(scores)
    if etype == "statements" and main and " and " in masked:
        # "called the storming treasonous and deployed the military": the act after the words
        for v in acts:
            if v.start() > main.end() and _AND_VERB.search(masked, main.end(), v.start()):
                other = next((k for h, e, k in triggers if k != "statements" and
                              v.start("verb") <= h < v.end("verb") + 20), None)
                if other:
                    etype = other
                break
    if main:
        pos = main.start()
    else:  # a reporting verb ("hinted at retreats") or the trigger itself
        speech_verb = acts[0] if acts else None
        pos = speech_verb.start() if speech_verb else next((h for h, _, k in triggers if k == etype), 0)
    if why is not None:
        why.append(how if main else "trigger")
    return etype, "", pos  # the caller cuts the action phrase from the unmasked text


def action_phrase(sentence: str, pos: int) -> str:
    """Verb phrase from ``pos``: the verb and up to five words of its object."""
    rest = sentence[pos:pos + 90]
    # = _STOP_ACTION.search(rest, 1): its leftmost match starts where the earlier of its two
    # alternatives' first matches does.  A word match (blanks and letters only) that starts
    # before the first punctuation mark also ends before it, so the word search can stop there.
    # The punctuation: the first of its characters from offset 1 on (= _STOP_PUNCT.search).
    stop = len(rest)
    for ch in _STOP_MARKS:
        k = rest.find(ch, 1, stop)
        if k >= 0:
            stop = k
    # The words: _STOP_WORD.search(rest, 1, stop) matches a blank, a stop word and a blank,
    # all before ``stop`` and the first blank at offset 1 or later.  In ``seg`` split at its
    # blanks (str.split and \s: the same characters), that is a chunk equal to a stop word
    # with a blank before it at 1 or later (any chunk after the first; the first one only
    # when ``seg`` opens with two blanks) and a blank after it (any chunk but the last; the
    # last one only when ``seg`` ends in a blank).  The text before the match's blank splits
    # into the chunks before that one; of those, only the first six are kept.
    seg = rest[:stop]
    chunks = seg.split()
    n = len(chunks)
    cut = min(n, 6)
    for k in range(cut):
        if chunks[k] in _STOP_WORDS and (k > 0 or seg[:2].isspace()) and (k < n - 1 or seg[-1:].isspace()):
            cut = k
            break
    words = [w.strip("\"“”‘’«»") for w in chunks[:cut]]
    return " ".join(w for w in words if w)


#: _STOP_PUNCT's characters and _STOP_WORD's words
_STOP_MARKS: Final = (",", ";", ":", ".", "!", "?")
_STOP_WORDS: Final = frozenset(_STOP_WORD.pattern[5:].split(")", 1)[0].replace("towards?", "toward|towards").split("|"))


def actors_and_places(text: str, start: int, end: int, masked: str, mentions: list[Mention],
                      words: list[tuple[int, int, str]] | None = None,
                      masked_words: bool = False) -> tuple[list[str], list[str]]:
    """Canonical actors (people, organisations, groups, acting countries) and places.

    ``words``: the sentence's (start, end, lower-case word) tokens; when given,
    the group patterns run only if a group noun occurs at all.  ``masked_words``:
    ``words`` are ``taxonomy.tokens(masked)`` (as when nothing was masked).
    """
    actors: list[str] = []
    places: list[str] = []
    for m in mentions:
        if m.type in ("person", "organisation"):
            _add(actors, m.name)
        elif m.type == "place":
            after = text[m.end:m.end + 30]
            before = text[max(start, m.start - 6):m.start]
            acting = (_VERB_ED_AFTER.match(after) and
                      not _LOCATIVE_BEFORE.search(before)) or before.endswith("by ")
            _add(actors if acting else places, m.name)
    if words is not None and _GROUP_WORDS.isdisjoint([w for _, _, w in words]):
        return actors, places
    for g in _group_matches(masked, _noun_starts(words) if words is not None and masked_words else None):
        _add(actors, g.group(0).strip())
    for word in _bare_groups(masked):
        if not any(word.lower() in a.lower() for a in actors):
            _add(actors, word.lower())
    return actors, places


# A GROUP_RE match starts at most this many words before its noun: a demonym ("North
# Korean") or one prefix word ("rebel", "pro-Russian"), then one optional word
_GROUP_LEAD_WORDS = max(len(d.split()) for d in DEMONYMS) + 1


#: the first words of the group nouns ("air" of "air force")
_NOUN_FIRST: Final = frozenset(n.split()[0] for n in _GROUP_NOUNS.split("|"))


def _noun_starts(words: list[tuple[int, int, str]]) -> list[int]:
    """Offsets, in order, that include every one where ``_GROUP_NOUN_AT`` matches the text
    whose ``taxonomy.tokens`` are ``words``.

    A match is a blank (not a token character) and then a group noun, lower case, that
    ends at \\b: a token starts right after the blank, and it is the noun's first word,
    or (the noun then ends before a "'" or "-", both token characters but no word
    characters) it starts with the first word and one of those two.
    """
    out: list[int] = []
    for s, _, w in words:
        if s and (w in _NOUN_FIRST or ("'" in w or "-" in w) and w.split("'", 1)[0].split("-", 1)[0] in _NOUN_FIRST):
            out.append(s - 1)
    return out


def _group_matches(masked: str, starts: list[int] | None = None) -> Iterator[re.Match[str]] | tuple[()]:
    """``GROUP_RE.finditer(masked)``, started a few words before the first group noun.

    No match can start earlier, so the long alternation is not tried over the
    rest of the sentence.  ``starts``, when given, are offsets in order that include
    every one where ``_GROUP_NOUN_AT`` matches (see _noun_starts): it is tried only there.
    """
    if starts is not None:
        first: re.Match[str] | None = None
        last = 0
        for p in starts:
            m = _GROUP_NOUN_AT.match(masked, p)
            if m is not None:
                if first is None:
                    first = m
                last = max(last, m.end())
        if first is None:
            return ()
        head = masked[:first.start()].rsplit(None, _GROUP_LEAD_WORDS)
        return GROUP_RE.finditer(masked, len(head[0]) if len(head) > _GROUP_LEAD_WORDS else 0, last)
    noun = _GROUP_NOUN_AT.search(masked)
    if not noun:
        return ()
    head = masked[:noun.start()].rsplit(None, _GROUP_LEAD_WORDS)
    # ... and stopped after the last group noun.  Every match ends as _GROUP_NOUN_AT
    # matched at the blank before its noun (the same noun alternation, then \b, ends
    # both), and this loop visits every offset where _GROUP_NOUN_AT matches, so no match
    # ends after ``last``.  Cut there, the text still has \b at ``last`` (the noun ends in
    # a letter, and a noun ending there had \b after it), and everything before it reads
    # the same: the same matches, none of them lost.
    last = noun.end()
    nxt = _GROUP_NOUN_AT.search(masked, noun.start() + 1)
    while nxt:
        last = max(last, nxt.end())
        nxt = _GROUP_NOUN_AT.search(masked, nxt.start() + 1)
    return GROUP_RE.finditer(masked, len(head[0]) if len(head) > _GROUP_LEAD_WORDS else 0, last)


def _bare_groups(masked: str) -> list[str]:
    """The words ``BARE_GROUP_RE.finditer(masked)`` finds, in order.

    ASCII text (nearly all) is searched lower-cased, word by word with str.find
    (a pattern of them, :data:`_BARE_AT`, tried an alternation at most offsets).
    """
    if not masked.isascii():  # case-insensitive matching of other letters: the pattern decides
        return [g.group(0) for g in BARE_GROUP_RE.finditer(masked)]
    low = masked.lower()
    # every occurrence of a word with \b on both sides, in order of offset: no two such
    # start at one offset (no word is another's prefix followed by \b), and finditer skips
    # only occurrences that start inside an earlier match, i.e. inside a word, which the
    # \b before a word rejects anyway
    hits: list[tuple[int, int]] = []
    n = len(low)
    for word in _BARE_WORDS:
        s = low.find(word)
        while s >= 0:
            e = s + len(word)
            if (s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")) and \
                    (e == n or not (low[e].isalnum() or low[e] == "_")):  # ASCII: \w is [A-Za-z0-9_]
                hits.append((s, e))
            s = low.find(word, s + 1)
    if len(hits) > 1:
        hits.sort()
    return [masked[s:e] for s, e in hits]


def _add(seq: list[str], item: str) -> None:
    if item and item not in seq:
        seq.append(item)
