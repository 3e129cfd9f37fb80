"""Reporting cues: the verbs and phrases that introduce speech."""
from __future__ import annotations

from typing import Final

from collections.abc import Iterator

import re


def _words(block: str) -> list[str]:
    return re.findall(r"\S+", block)


_VERBS = _words("""
said says say told tells added adds stated states noted notes remarked remarks explained
explains insisted insists argued argues claimed claims warned warns wrote writes announced
announces declared declares asked asks replied replies responded responds continued stressed
stresses emphasized emphasised emphasizes acknowledged acknowledges admitted admits confirmed
confirms denied denies suggested suggests hinted hints urged urges pledged pledges vowed vows
promised promises predicted predicts estimated estimates reported reports observed commented
recalled conceded cautioned complained countered maintained maintains reiterated labeled labelled labels
called calls described describes branded dubbed termed proposed proposes accused accuses
tweeted posted alleged alleges allege believes thinks signalled signaled dismissed criticised criticized
praised demanded threatened boasted lamented joked mused quipped assured chanted shouted sang
cried screamed yelled whispered pleaded lodged expressed voiced argue contend contends contended
welcomed hailed condemned slammed decried lauded showed shows counter concede concedes expects expect blamed
insist claim warn believe note think understands learned learnt report estimate forecast forecasts
caution cautions predict found concluded repeated repeats projected projects indicated indicates testified testifies
fear fears feared suspect suspects show recommended recommends informed informs thanked thanks doubt doubts
attributed attributes attribute stress emphasise emphasize reiterate
заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила
подчеркнул подчеркнула написал написала добавил добавила
""")
_PARTICIPLES = _words("""
reiterating stating saying telling adding calling describing proposing warning insisting noting
arguing vowing urging explaining declaring announcing claiming accusing labeling labelling
dismissing stressing emphasizing emphasising promising pledging suggesting branding asking
ruling finding concluding retorting sneering countering boasting alleging complaining conceding
acknowledging charging citing admitting lamenting predicting recalling writing mocking hailing praising
thanking referring estimating forecasting projecting
""")



def by_first_letter(words: list[str]) -> list[str]:
    """The alternation ``words`` (each opening with a plain letter, tried in this order)
    regrouped by first letter: ``said|stated|told`` as ``s(?:aid|tated)|told``.

    Where the text has a letter c, only the words that start with c can match, and
    the engine tries them in the same order as before, so every match is the same;
    the others are passed over one test per letter instead of one per word.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return [g[0] if len(g) == 1 else g[0][0] + "(?:" + "|".join(w[1:] for w in g) + ")" for g in groups.values()]


#: words before "claim(s)" that make it the noun
_CLAIM_NOUN_BEFORE = ("a", "the", "its", "his", "her", "their", "our", "these", "those", "such", "lodged", "filed",
                      "made", "submitted", "rejected", "denied", "new", "insurance", "jobless", "compensation", "of",
                      "any", "false")


def _claim_noun(word: str) -> str:
    """Look-behinds (after ``word``) that refuse it where a word before makes it the noun."""
    return "".join(rf"(?<!\b{w} {word})" for w in _CLAIM_NOUN_BEFORE)
#: "think" is not the noun in "think tank", nor "forecast" in "the agency's forecast division", nor "claim"
#: speech after "can" or "to"
_NOUN_AFTER = {"think": r"(?!\s+tanks?\b)",
               "forecast": r"(?!\s+(?:division|office|centre|center|team|models?|period|track|cone|desk|unit)\b)",
               # "before they can claim an early pension", "eligible to claim asylum": a right claimed, not speech
               # (but "went on to claim that")
               "claim": r"(?!(?:(?<=can claim)|(?<=could claim)|(?<=to claim)|(?<=may claim)|(?<=might claim))"
                        r"(?!\s+that\b))" + _claim_noun("claim"),
               # "have lodged claims worth more than €2bn", "rejected the claims": the noun
               "claims": _claim_noun("claims")}
_VERB_WORDS = [w + _NOUN_AFTER.get(w, "") for w in sorted(set(_VERBS), key=len, reverse=True)]
VERB_RE = "|".join(by_first_letter(_VERB_WORDS))
PART_RE = "|".join(by_first_letter(_PARTICIPLES))

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: an aside between a cue and its "that": "Legal experts caution, however, that"
_THAT_ASIDE = r",\s+(?:however|though|meanwhile|moreover|nevertheless),"
#: a channel named in guillemets after a cue's place: "wrote on his Telegram channel «Финансы» that"
_GUILLEMET_NAME = r"«[^»\n]{1,40}»"

#: a period just past between a cue and its "that": "announced last year that", "warned earlier this month that"
_LAST_PERIOD = r"(?:(?:earlier|late)\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)"

#: A cue anywhere: verb forms, participles and the prepositional cues.
CUE: Final = re.compile(
    rf"\b(?P<prep>(?i:according to|as (?:stated|reported|noted|announced|said|claimed|confirmed|quoted) by|"
    rf"in the words of|quoted by))\b|"
    rf"\b(?P<part>{PART_RE})\b|"
    rf"\b(?P<verb>hinted at|proposed (?:creating|setting up|building|establishing)|warned of|warns? of|"
    rf"(?:pointed|points|point) out(?: that)?|gave evidence that|"
    rf"(?:warned|cautioned|argued|spoke out|campaigned|lobbied) against|"
    rf"(?:found|finds|concluded|ruled|determined|showed|shows|show|estimate[sd]?|considers|considered)"
    rf"(?: (?:on )?(?:{WEEKDAYS})(?: \(\w+ \w+\))?| \d-\d|"
    rf" unanimously| in (?:a|an|the|its|his|her|their) [\w -]{{1,30}}?)? that|"
    rf"put the (?:[\w-]+ ){{0,2}}?(?:toll|turnout|number|figure|cost|total|tally|count)(?: of(?: [\w-]+){{1,3}}?)? at|"
    rf"raised the (?:death )?toll to|"
    # a poll's reading: "put Tisza nine points ahead", "showed Fidesz in the lead"
    rf"(?:put|puts|putting) (?:the )?[A-Z][\w-]+(?= (?:[\w-]+ ){{0,3}}?(?:ahead|behind)\b| (?:at|on) \d)|"
    rf"(?:shown|showed|shows|show) (?:the )?[A-Z][\w-]+(?= (?:leading|in the lead|ahead|trailing|behind)\b)|"
    rf"(?:labell?ed|called|branded|dubbed|termed|described) (?:them|him|her|it|the \w+|this|that)(?= [\"“«‘])|"
    # "rejected Polish accusations of espionage as “hysteria”": what the subject called them
    rf"(?:rejected|rejects) (?:[\w'’-]+ ){{1,6}}?as(?= [\"“«‘])|"
    rf"(?:(?:told|tells|telling|informed|informs)(?:\s+(?:reporters|journalists|lawmakers|"
    rf"[Tt]he (?:[\w-]+ ){{0,2}}[A-Z][\w]+|the \w+|\w+'s|"
    rf"[A-Z]\w+(?: [A-Z]\w+)?|him|her|them|us))|(?:{VERB_RE}))"
    rf"(?:\s+(?:(?:on|at|in|during|to)\s+[\w ]{{0,45}}?(?:\s{_GUILLEMET_NAME})?|{WEEKDAYS}|"
    rf"today|yesterday|{_LAST_PERIOD})(?=\s+that\b))?(?:\s+that|{_THAT_ASIDE}\s+that)?|"
    rf"accused \w+ of|called (?:on|for)|blamed (?:[\w'’-]+ ){{1,6}}?on)\b")

#: Cues whose speaker comes after them ("according to X").
AGENT_AFTER = {"according to", "in the words of", "quoted by"}

#: Verbs that make a claim without "that" ("X said the army withdrew").
CLAIM_BARE: Final = {"said", "says", "say", "told", "added", "stated", "claimed", "claims", "insisted",
              "argued", "believes", "estimated", "predicted", "maintained",
              "noted", "wrote", "thinks", "reported", "warned", "denied", "acknowledged",
              "admitted", "confirmed", "stressed", "emphasized",
              "emphasised", "explained", "reiterated", "asserted", "suggested", "hinted", "argues", "insists", "warns", "estimates",
              "cautioned", "projected", "forecast", "calculated", "put", "raised", "found", "concluded",
              "ruled", "determined", "showed", "shows", "show", "argue", "contend", "contends", "contended",
              "insist", "claim", "warn", "believe", "note", "countered", "counter", "concede",
              "concedes", "complained", "expects", "expect", "urged", "urges", "accused", "think", "blamed", "tells",
              "understands", "report", "estimate", "forecasts", "alleges", "allege", "denies", "deny", "fear", "fears",
              "feared", "doubt", "doubts", "attributed", "attributes", "attribute"}

#: Bare verbs that also take a plain object ("admitted fraud", "reported a surge"): reported
#: speech only when what follows reads as a clause.
OBJECT_VERBS: Final = {"admitted", "denied", "confirmed", "acknowledged", "estimated", "showed", "shows", "claimed", "noted",
                "predicted", "stressed", "emphasized", "emphasised", "explained", "reiterated",
                "suggested", "estimates", "maintained", "projected", "forecast", "calculated",
                "conceded", "concede", "concedes", "countered", "counter", "understands",
                "report", "estimate", "forecasts", "found", "concluded", "fear", "fears", "feared", "doubt",
                "doubts", "attributed", "attributes", "attribute"}

#: Words that make a quoted phrase a title or a label, not speech.
TITLE_CUES = re.compile(
    r"(?:so-called|film|movie|book|novel|song|album|series|show|programme|program|play|"
    r"titled|entitled|headline|headlined|newspaper|magazine|hashtag|slogan|operation|"
    r"campaign|codenamed|code-named|nicknamed|known as|dubbed|named|brand|banner|motto|"
    r"exhibition|poem|podcast|documentary|report|paper|article|initiative|app|channel|chat|ооо|оао|зао|llc)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE)
_TITLE_WORDS = tuple(TITLE_CUES.pattern[3:].split(")", 1)[0].split("|"))


def title_cue_at_end(s: str) -> bool:
    """``TITLE_CUES.search(s)``, without trying the alternation at every offset.

    The pattern is anchored at the end (a title word, then blanks and at most
    one comma or colon), so for ASCII text it is a suffix test of the
    lower-cased text with that tail removed.
    """
    if not s.isascii():
        return TITLE_CUES.search(s) is not None
    core = s.rstrip()
    if core.endswith((",", ":")):
        core = core[:-1].rstrip()
    return core.lower().endswith(_TITLE_WORDS)


def cue_text(m: re.Match) -> str:
    """The cue as written, without trailing "that" or time phrases."""
    t = m.group(0)
    if t.startswith(("blamed ", "rejected ", "rejects ")):
        return t.split()[0]  # "blamed the violence on", "rejected the figure as": the object is not part of the cue
    if t.endswith("that"):
        t = _THAT_END.sub("", t)
    if " " in t:
        t = _TIME_END.sub("", t)
    return t


_THAT_END = re.compile(rf"(?:{_THAT_ASIDE})?\s+that$")
_TIME_END = re.compile(rf"\s+(?:(?:on|at|in|during)\s+[\w ]*(?:\s?{_GUILLEMET_NAME})?|{_LAST_PERIOD})$")


def cue_head(m: re.Match) -> str:
    return m.group(0).split()[0].lower()


_START_WORDS: Final = frozenset(_VERBS) | frozenset(_PARTICIPLES) | {
    "according", "as", "in", "quoted", "hinted", "proposed", "warned", "accused", "told", "tells",
    "cautioned", "argued", "spoke", "campaigned", "lobbied", "found", "finds", "concluded", "ruled",
    "determined", "showed", "shows", "show", "put", "raised", "blamed", "pointed", "points", "point", "gave",
    "puts", "putting", "shown", "considers", "considered",
    "telling", "labeled", "labelled", "called", "branded", "dubbed", "termed", "described", "rejected", "rejects"}
_ANY_WORD: Final = re.compile(r"[^\W\d_]+")


#: bytes.translate table: ASCII letters kept, every other byte a blank
_NOT_LETTER_BYTES: Final = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Offsets of the words of ``_ANY_WORD.finditer(text, lo, hi)`` that lower-cased are in
    _START_WORDS, in order.

    In ASCII text [^\\W\\d_] is [A-Za-z], so the matches (the pattern has no anchors or
    look-arounds: in the window they are those of its slice) are the maximal runs of ASCII
    letters: the runs left when every other byte is made a blank, each found in that
    blanked copy from the end of the one before (only blanks lie between them).
    """
    seg = text[lo:hi]
    if not seg.isascii():
        return [w.start() for w in _ANY_WORD.finditer(text, lo, hi) if w.group().lower() in _START_WORDS]
    runs = seg.encode().translate(_NOT_LETTER_BYTES).decode()
    starts: list[int] = []
    pos = 0
    for w in runs.split():
        at = runs.find(w, pos)
        pos = at + len(w)
        if w.lower() in _START_WORDS:
            starts.append(lo + at)
    return starts


def iter_cues(text: str, lo: int, hi: int, lookahead: int = 0,
              words: list[tuple[int, int, str]] | None = None) -> Iterator[re.Match[str]]:
    """Like ``CUE.finditer(text, lo, hi)`` but tried only where a cue word starts.

    ``lookahead`` lets a cue see that many characters past ``hi`` (a cue like
    'labeled them' must see the opening quotation mark that follows it).
    """
    limit = min(len(text), hi + lookahead)
    if words is not None:  # (start, end, lower-case word) relative to ``lo``
        starts = [lo + a for a, _, w in words if w in _START_WORDS]
    else:
        starts = _word_starts(text, lo, hi)
    for pos in starts:
        m = CUE.match(text, pos, limit)
        if m and m.end() <= hi:
            yield m


#: Words one of which every cue contains; a sentence with none of them
#: cannot report speech, so the long CUE alternation is not run on it.
CUE_WORDS = frozenset(_VERBS) | frozenset(_PARTICIPLES) | {"according", "by", "words", "quoted",
                                                            "spoke", "campaigned", "lobbied", "found", "finds",
                                                            "concluded", "ruled", "determined", "showed",
                                                            "shows", "show", "put", "raised", "blamed",
                                                            "pointed", "points", "point", "gave", "puts",
                                                            "putting", "shown", "considers", "considered",
                                                            "rejected", "rejects"}
_WORD = re.compile(r"[a-z]+")


def may_have_cue(text: str, words: list[tuple[int, int, str]] | None = None) -> bool:
    """Cheap test before running :data:`CUE` over ``text``."""
    if words is not None:
        return not CUE_WORDS.isdisjoint([t[2] for t in words])
    return not CUE_WORDS.isdisjoint(_WORD.findall(text.lower()))
