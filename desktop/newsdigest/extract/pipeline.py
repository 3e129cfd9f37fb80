"""From an article's text to entries and entities.

Order: sentences -> entity mentions -> quotes and their speakers -> claims
(reported speech in sentences without attributed quotes; a compound sentence
cut at ", while" / ", but" / ";" gives one claim per reporting clause) ->
events (every sentence with an action outside quotation marks, as the rules in
events.py judge it and a learned gate, event_gate.py, confirms or overturns; an event with no
telling trigger takes the article's dominant type when it reports casualties or
damage) -> the entity list (a learned gate, entity_gate.py, keeps, retypes or drops each
entity the rules found, at the very end: speakers were resolved with the rules' types).  Pure and deterministic; the cycle collector is paused while an
article is extracted (it only ever finds acyclic garbage here).
"""
from __future__ import annotations

from typing import Final

import bisect
import gc
import re
from functools import lru_cache

from newsdigest.domain import EntityRef, Entry, Extraction
from newsdigest.extract import entity_gate, event_gate, event_type
from newsdigest.extract.attribution import Attribution, Attributor, relative_claims
from newsdigest.extract.cues import cue_text, iter_cues, may_have_cue
from newsdigest.extract.dates import _ANCHORS as _TIME_WORDS
from newsdigest.extract.dates import when_and_date
from newsdigest.extract.entities import Mention, build_entities, find_mentions
from newsdigest.extract.events import (PIECE_LABEL, action_phrase, actors_and_places, classify, mask_quotes,
                                        matches_at, offsets, page_stamp)
from newsdigest.extract.numbers import _ANCHOR_WORDS as _NUMBER_WORDS
from newsdigest.extract.numbers import find_numbers
from newsdigest.extract.quotes import QuoteSpan, find_quotes, stretches
from newsdigest.extract.records import new_entry, new_ref
from newsdigest.extract.sentences import Sentence, has_ascii_digit, lower_keep, split_sentences
from newsdigest.extract.speakers import Speaker, SpeakerFinder
from newsdigest.extract.taxonomy import PHYSICAL, PRIORITY, find_actions, find_triggers, tokens


class _Mentions:
    def __init__(self, mentions: list[Mention]):
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, start: int, end: int) -> list[Mention]:
        i = _bisect_left(self.starts, start)
        j = _bisect_left(self.starts, end)
        return [m for m in self.items[i:j] if m.end <= end]


def _bisect_left(a: list[int], x: int) -> int:
    """``bisect.bisect_left(a, x)`` for a sorted list of ints, as native code (no generic call)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _refs(mentions: list[Mention], speaker: Speaker | None = None) -> list[EntityRef]:
    refs: list[EntityRef] = []
    seen = set()
    if speaker and speaker.type in ("person", "organisation", "place"):
        refs.append(new_ref(speaker.type, speaker.name, speaker.role))
        seen.add((speaker.type, speaker.name))
    for m in mentions:
        if (m.type, m.name) not in seen:
            seen.add((m.type, m.name))
            refs.append(new_ref(m.type, m.name, m.role))
    return refs


def _pair_interrupted(text: str, quotes: list[QuoteSpan],
                      attrs: list[Attribution | None]) -> list[tuple[QuoteSpan, Attribution, bool]]:
    """Attributed quotes, each with whether it is the B half of `"A," he said, "B."`, which
    takes A's speaker and joins A's entry: one quote, interrupted by its attribution."""
    out: list[tuple[QuoteSpan, Attribution, bool]] = []
    for i, (q, a) in enumerate(zip(quotes, attrs)):
        prev = out[-1] if out else None
        if prev and prev[0] is quotes[i - 1] and _interrupted(text, prev[0], q, prev[1]):
            out.append((q, prev[1], True))
        elif a is not None and a.speaker is not None:
            out.append((q, a, False))
    return out


def _interrupted(text: str, q: QuoteSpan, nxt: QuoteSpan, a: Attribution) -> bool:
    gap = text[q.close_at:nxt.open_at]
    # (a lower-case B goes on A's sentence, however long the attribution between: '"These threats are not
    # abstract," says co-author Professor Lars Ødegaard, of the University of Oslo, Norway, "and every year ..."')
    return "\n" not in gap and len(gap.split()) <= (25 if nxt.text[:1].islower() else 10) and \
        gap.rstrip().endswith((",", ":")) and \
        q.text.rstrip().endswith((",", "…", "-", "—")) and bool(a.cue) and \
        (nxt.text[:1].islower() or nxt.words >= 3)


def _quote_entries(text: str, sentences: list[Sentence], quotes: list[QuoteSpan], finder: SpeakerFinder,
                   ments: _Mentions, keep: list[Attribution | None] | None = None, redo: set[int] | None = None
                   ) -> tuple[list[Entry], list[tuple[int, int]], list[Attribution | None]]:
    """Quote entries, their spans, and each quote's attribution (``keep``: a first pass's,
    which stands except for the quotes in ``redo``).

    With ``keep``, when no speaker changed, the entries are not rebuilt: ([], [], attrs).
    """
    att = Attributor(text, sentences, finder, quotes)
    attrs = [att.attribute(i, keep[i] if keep else None, redo is not None and i not in redo)
             for i in range(len(quotes))]
    if keep is not None and attrs == keep:  # dataclasses: same speakers, cues and candidates
        return [], [], attrs
    entries: list[Entry] = []
    spans = []
    made = 0  # entries before the last quote's own
    for q, a, joins in _pair_interrupted(text, quotes, attrs):
        partial = not a.direct
        sp = a.speaker
        assert sp is not None  # _pair_interrupted keeps only quotes with a speaker
        if joins and len(entries) > made and (not partial or q.text[:1].islower()):
            # '"We will build," Porter said, "and we will build fast."': one quote, its text the whole
            # span with the attribution inside it (the text is always exactly the span)
            first = entries[-1]
            end = stretches(text, q, False)[-1][1]
            first.text, first.end = text[first.start:end], end
            first.entities = _refs(ments.within(first.start, end), sp)
            spans.append((q.open_at, q.close_at))
            continue
        if spans and spans[-1][0] < q.open_at and q.close_at <= spans[-1][1]:
            spans.append((q.open_at, q.close_at))
            continue  # 'The authorities call this "stability",' said X: a quote inside the quote is part of it
        made = len(entries)
        for start, end in stretches(text, q, partial):  # a quote over three paragraphs: three entries
            if not any(c.isalnum() for c in text[start:end]):
                continue  # marks around punctuation only
            entries.append(new_entry(
                kind="quote", text=text[start:end], start=start, end=end,
                quote_type="partial" if partial else "direct",
                speaker=sp.name, role=sp.role, cue=a.cue, speaker_candidates=sp.candidates or [sp.name],
                confidence=round(sp.confidence * (0.95 if partial else 1.0), 2),
                entities=_refs(ments.within(start, end), sp)))
        spans.append((q.open_at, q.close_at))
        finder.spoke(sp, q.open_at)
    return entries, spans, attrs


#: a line that signs the block quote above it: "— Lerato Mokoena, AMCU regional organiser, Bojanala"
_SIGNATURE: Final = re.compile(r"^[ \t]*[—–―][ \t]*(?=[A-Z])([^\n]{3,160})$", re.MULTILINE)
_CREDIT_SIGNATURE: Final = re.compile(r"(?:With (?:additional )?(?:assistance|reporting)|(?:Additional )?[Rr]eporting|"
                                      r"Editing|Writing|Compiled|Translated|Edited|Photo|Source|Additional)\b")
#: first-person words: a paragraph in someone's own voice ("We are going to cut things ...")
_OWN_VOICE: Final = re.compile(r"\b(?:I|I'm|I’m|we|We|we're|We're|we’re|We’re|our|Our|us|my|My)\b")
_DOUBLE_MARKS: Final = "\"“”«»"  # in a paragraph: it quotes someone itself
_MARKS: Final = _DOUBLE_MARKS + "‘’'"  # opening a paragraph: a quote of its own


def _end_before_blanks(text: str, end: int) -> int:
    """``end`` moved back over the whitespace before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _signed_blocks(text: str, finder: SpeakerFinder) -> list[tuple[int, int, Speaker, int, str]]:
    """Block quotes with no quotation marks, signed on a dash line under them ("We have warned
    management repeatedly ... ⏎ — Lerato Mokoena, AMCU regional organiser"): (start, end, speaker,
    end of the signature line, "–").  The block is the paragraph above the line, and the paragraphs in
    the same voice before it (first person, no quotation marks), up to one that introduces it with a colon."""
    out: list[tuple[int, int, Speaker, int, str]] = []
    for m in _SIGNATURE.finditer(text):
        if m.start() < 2 or text[m.start() - 1] != "\n":
            continue
        if _CREDIT_SIGNATURE.match(m.group(1)):
            continue  # "— With assistance from Lars Eriksen": the reporters' credit
        sp = finder.agent_after(m.start(1), m.end(1))
        if sp is None or sp.type not in ("person", "organisation"):
            continue
        paras: list[tuple[int, int]] = []
        end = _end_before_blanks(text, m.start())
        while end > 0 and len(paras) < 4:
            start = text.rfind("\n", 0, end) + 1
            para = text[start:end].strip()
            if not para or para[0] in _MARKS or any(c in para for c in _DOUBLE_MARKS) or para.endswith(":") or \
                    paras and not _OWN_VOICE.search(para):
                break  # a quoted paragraph, an introduction, or the writer's own paragraph before the block
            paras.append((end - len(para), end))
            end = _end_before_blanks(text, start)
        if paras:
            out.append((paras[-1][0], paras[0][1], sp, m.end(), "–"))
    return out


#: a paragraph that ends by introducing what someone said: "Its chief executive, Dr Sunita Rao, said:"
_INTRO_PARAGRAPH: Final = re.compile(r"^[^\n]{6,300}:[ \t]*$", re.MULTILINE)


def _introduced_blocks(text: str, finder: SpeakerFinder) -> list[tuple[int, int, Speaker, int, str]]:
    """Block quotes with no quotation marks, introduced by a paragraph that ends "X said:" or "She told
    MPs:" (a live page's style): (start, end, speaker, end, cue) of the one paragraph below it."""
    out: list[tuple[int, int, Speaker, int, str]] = []
    for m in _INTRO_PARAGRAPH.finditer(text):
        cue = None
        for cue in iter_cues(text, m.start(), m.end()):
            pass
        if cue is None or cue.group("prep") or cue.group("part") or len(text[cue.end():m.end()].strip()) > 25:
            continue  # no speech verb right before the colon
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].rstrip()
        nxt = text[end:].lstrip()
        if not block or block[0] in _MARKS or any(c in block for c in _DOUBLE_MARKS) or block.endswith(":") or \
                block[-1:] not in ".!?" or len(block.split()) < 8 or _SIGNATURE.match(nxt.split("\n", 1)[0]):
            continue  # a quote in marks, a list, a line of its own, or a block signed below (_signed_blocks)
        lo = max(m.start(), text.rfind(". ", m.start(), cue.start()) + 2)  # the sentence that introduces it
        sp = finder.subject_before(lo, cue.start(), first=True)
        if sp is not None and sp.type in ("person", "organisation", "source"):
            out.append((start, start + len(block), sp, start + len(block), cue_text(cue)))
    return out


#: a headline's speaker written as a kind of body, which the story then names
_HEADLINE_KINDS: Final = frozenset({"Regulator", "Watchdog", "Ministry", "Agency", "Union", "Company", "Bank",
                                    "Insurer", "Lender", "Carmaker", "Airline", "Retailer"})


_QUESTION = re.compile(r"^Q\s*[:.–—-]\s+\S", re.MULTILINE)
_ANSWER = re.compile(r"^A\s*[:.–—-]\s+(\S.*)$", re.MULTILINE)
_CREDIT_LINE = re.compile(r"(?:By|Interview by|Interviewed by|Reporting by)\b", re.IGNORECASE)


def _interview_answers(text: str, finder: SpeakerFinder, ments: _Mentions, entries: list[Entry]) -> list[Entry]:
    """The answers of a Q&A interview ("Q: ... A: ...") as direct quotes of the person interviewed.

    The interviewee is the first person the introduction names (credit lines aside).
    """
    first_q = _QUESTION.search(text)
    if first_q is None or len(_QUESTION.findall(text)) < 2 or len(_ANSWER.findall(text)) < 2:
        return []
    who = next((m for m in finder.people if m.start < first_q.start() and not _CREDIT_LINE.match(
        text, text.rfind("\n", 0, m.start) + 1)), None)
    if who is None:
        return []
    sp = finder._from_mention(who, 0.8)
    quoted = [(e.start, e.end) for e in entries if e.kind == "quote"]
    out = []
    for a in _ANSWER.finditer(text):
        start, end = a.start(1), a.end(1)
        if any(qs < end and qe > start for qs, qe in quoted):
            continue
        out.append(new_entry(kind="quote", text=text[start:end].rstrip(), start=start, end=start + len(text[start:end].rstrip()),
                         quote_type="direct", speaker=sp.name, role=sp.role, cue="Q&A",
                         speaker_candidates=[sp.name], confidence=0.8,
                         entities=_refs(ments.within(start, end), sp)))
    return out


_NON_SPACE = re.compile(r"\S")


@lru_cache(maxsize=4)  # asked once per candidate sentence of the same article
def _headline_end(text: str) -> int:
    """End of a headline line (no closing full stop, under 20 words, more text after it), or 0."""
    nl = text.find("\n")
    if nl <= 0:
        return 0
    line = text[:nl].rstrip()
    if not line or line[-1] in ".\"”’'" or len(line.split()) >= 20 or not _NON_SPACE.search(text, nl):
        return 0
    return nl


def _overlaps(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    return any(a < s.end and b > s.start for a, b in spans)


def _quotes_in(s: Sentence, quotes: list[QuoteSpan], closes: list[int]) -> list[QuoteSpan]:
    """Quotes overlapping ``s``; ``closes`` is the sorted list of their close offsets."""
    out = []
    for q in quotes[bisect.bisect_right(closes, s.start):]:
        if q.open_at >= s.end:
            break
        out.append(q)
    return out


def _quoted_share(s: Sentence, quotes: list[QuoteSpan]) -> float:
    inside = sum(min(q.close_at, s.end) - max(q.open_at, s.start) for q in quotes)
    return max(0, inside) / max(1, s.end - s.start)


def _claim(s: Sentence, att: Attributor, attributed: list[tuple[int, int]],
           quotes: list[QuoteSpan], entries: list[Entry],
           words: list[tuple[int, int, str]] | None) -> tuple[Speaker, str] | None:
    """Reported speech in ``s``, unless its quote already carries it.

    A sentence with a partial quote may still make a claim with another cue:
    'The ministry said the measure starts in April and labeled the duties "bullying".'
    """
    if _overlaps(s, [(q.open_at, q.close_at) for q in quotes if q.words >= 5 and q.text[:1].isupper()
                     and (q.open_at, q.close_at) in attributed]):
        return None  # a sentence built around a direct quote is that quote (_goes_on: unless its speaker goes on)
    found = att.claim(s, words)
    if found and found[1]:
        cue_at = s.start + s.text.find(found[1])
        if any(q.open_at < s.start < q.close_at < cue_at <= q.close_at + 40 and
               "." not in s.text[q.close_at - s.start:cue_at - s.start] for q in quotes):
            return None  # '"... yet. We are building a road," one of them said, speaking ...': the sentence
            # the quote's second sentence opens is the quote's attribution, no claim
    if found and quotes and found[1] and found[1] not in mask_quotes(
            s.text, 0, len(s.text), [(q.open_at - s.start, q.close_at - s.start) for q in quotes]):
        return None  # 'called the veto "a setback for everyone who believes in ..."': the cue is quoted
    if found and _overlaps(s, attributed):
        mine = [e for e in entries if e.kind == "quote" and s.start <= e.start < s.end]
        same_cue = [e for e in mine if e.cue and e.cue.split()[0] == found[1].split()[0]]
        if same_cue and same_cue[0].speaker != found[0].name:
            # 'It said its forces had hit "military-industrial enterprises"': one speaker, one cue
            q = same_cue[0]
            kind = next((r.type for r in q.entities if r.name == q.speaker), "source")
            found = (Speaker(q.speaker, q.role, found[0].confidence, q.speaker_candidates, kind), found[1])
        if any(e.quote_type == "direct" for e in mine):
            return None
        if found[1].split()[:1] in [e.cue.split()[:1] for e in mine] and \
                _words_outside(s, quotes, found[1]) < _CLAIM_MIN and not _reports_more(s, quotes):
            return None  # 'said she had "betrayed the trust"': the quote carries the claim
    return found


_GOES_ON: Final = re.compile(r",\s+((?:adding|saying|insisting|warning|noting|arguing|promising|pledging|vowing|"
                      r"calling on|calling for|urging)(?: that)?)\s|"
                      # '"...," said Umm Ahmad, who said she lost her sister': the speaker goes on
                      r",\s+who\b[^.;\"“”]{0,80}?\b((?:said|says|added|told \w+|expects|believes|warned|argued|"
                      r"predicts|predicted|thinks)(?: that)?)\s")


def _goes_on(text: str, s: Sentence, quotes: list[QuoteSpan], entries: list[Entry]) -> Entry | None:
    """'"The law will take its course," said X, adding that the courts had monitored it': after
    the quote its speaker goes on, and what follows the cue is a claim of theirs (also when the
    quote opened in a sentence before)."""
    last = max(quotes, key=lambda q: q.close_at)
    if last.close_at >= s.end:
        return None
    more = _GOES_ON.search(s.text, max(0, last.close_at - s.start))
    if more is None or len(s.text[more.end():].split()) < 5 or \
            more.group(2) and more.group(2).startswith("told") and not more.group(2).endswith("that") or \
            _WHERE_SAID.match(s.text, more.end()):
        return None  # (", who told The Gleaner in a voice note": whom, not what; ", who heads the network, said
        # in a call with reporters": where it was said)
    q = next((e for e in reversed(entries) if e.kind == "quote" and e.speaker and
              last.open_at <= e.start < last.close_at), None)
    if q is None:
        return None
    at = s.start + (more.start(1) if more.group(1) else more.start(2))
    sp = next((r for r in q.entities if r.name == q.speaker), None)
    return new_entry(kind="claim", text=text[at:s.end], start=at, end=s.end, speaker=q.speaker, role=q.role,
                     cue=more.group(1) or more.group(2), speaker_candidates=q.speaker_candidates or [q.speaker],
                     confidence=0.72, entities=[sp] if sp else [])


#: words a reported clause needs beyond its partial quote to be a claim of its own:
#: 'said she had "betrayed the trust"' is the quote, 'said the bill handed the
#: administration "a blank check" to shift money away from programs' also a claim
_CLAIM_MIN: Final = 8
#: a sentence that opens with the terms it reports: "Under the bill,", "Under current law,"
_UNDER_TERMS: Final = re.compile(r"Under (?:the |a |current |its |their |[A-Z][\w.]* )?(?:[\w’'-]+ ){0,2}?"
                                 r"(?:bill|law|plan|compromise|amendments?|"
                                 r"proposals?|deal|rules|agreements?|legislation|scheme|programme|program|regulations?|"
                                 r"framework|terms|measures?|reform|system)(?:, [^,]{3,40})?,")
#: a source's wish not to be named
_ANONYMITY: Final = re.compile(r"\b(?:asked|requested|declined)(?: not)? to be (?:named|identified)\b")
#: a clause after an attributed quote that reports a happening of its own
_HAPPENING_AFTER = re.compile(r",\s+(?:where|after|when|as)\s")


_AND_THAT = re.compile(r"\s+and\s+that\s")
_WHERE_SAID: Final = re.compile(r"(?:in|on|at|during|via|by|from|to|after|before|while)\s")


def _reports_more(s: Sentence, quotes: list[QuoteSpan]) -> bool:
    """'said officers had acted "with restraint" and that 16 people were arrested': after its
    quote the sentence reports a clause of its own."""
    last = max((q.close_at for q in quotes if s.start <= q.open_at < s.end), default=-1)
    more = _AND_THAT.search(s.text, max(0, last - s.start)) if last >= 0 else None
    return more is not None and len(s.text[more.end():].split()) >= 5


def _words_outside(s: Sentence, quotes: list[QuoteSpan], cue: str) -> int:
    """Words after the cue in ``s`` that are not inside quotation marks; for a cue after every quote
    ('The party's view was "not compatible with the basic order," judge Gabriele Wößner said'),
    the words before the first quote."""
    at = s.text.find(cue)
    if at < 0:
        return 0
    spans = [(q.open_at - s.start, q.close_at - s.start) for q in quotes]
    masked = mask_quotes(s.text, 0, len(s.text), spans)
    inside = [(a, b) for a, b in spans if 0 <= a < len(s.text)]
    if inside and at >= max(b for _, b in inside):
        return len(masked[:min(a for a, _ in inside)].split())
    return len(masked[at + len(cue):].split())


_PART_START = re.compile(r"(arguing|saying|adding|insisting|warning|noting|claiming) that\s")
_CLAUSE_SPLIT = re.compile(r",[”\"’]?\s+(?=(?:while|whereas|but|though|although)\s|"
                           r"and\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|warned|argued|insisted|noted|claimed|stressed)\s+that\s|"
                           # ", and a senior official in the presidential office said the age ...": a second source
                           r"and\s+(?:a|an|one|another|two|three|several|some)\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|told)\s|"
                           # ", and Dr Agnieszka Król-Nowicka, a researcher at ..., said": a second speaker
                           r"and\s+(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]*,\s+[^,;\"“”]{3,100},\s+(?:said|says|told|warned|argued)\s|"
                           # ", and its deputy chair, Aizada Sultanbekova, told reporters": a second speaker
                           r"and\s+(?:its|his|her|their|the)\s+[\w'’ -]{3,40},\s+"
                           r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
                           r"(?:said|says|told|warned|argued)\s|"
                           # ", whose managing director, Mark Tennant, said": the person the relative clause names
                           r"whose\s+[\w'’ -]{3,40},\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
                           r"(?:said|says|told|warned|argued)\s|"
                           # ", and the Nuclear Regulation Authority says radiation ...": a second, named source
                           r"and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:says|said|told|warned)\s|"
                           # ", and a source in the NLC secretariat, who spoke on condition of anonymity, said"
                           r"and\s+(?:a|an|one|another|two|three|several|some)\s+[^,;\"“”]{3,60},\s+"
                           r"[^,;\"“”]{3,100},\s+"
                           r"(?:said|says|told)\s|"
                           # ", as aid agencies warn that ...": a second source
                           r"as\s+(?:[\w'’-]+\s+){1,4}?(?:warn|warned|say|said|says|warns)\s+that\s|"
                           # ", and analysts say progress is likely ...": a second, unnamed source
                           r"and\s+(?:[a-z]+\s+){0,2}(?:analysts|officials|critics|experts|economists|observers|"
                           r"diplomats|residents|campaigners|activists|watchers|ministers)\s+(?:privately\s+|now\s+)?"
                           r"(?:say|said|warn|warned|believe|argue|expect|concede)\s|"
                           r"(?:arguing|saying|adding|insisting|warning|noting|claiming) that\s)|;\s+")


def _clauses(s: Sentence) -> list[Sentence]:
    """``s`` cut at ", while" / ", whereas" / ", but" / ";" (compound sentences)."""
    cuts = [m for m in _CLAUSE_SPLIT.finditer(s.text)]
    if not cuts:
        return [s]
    out, pos = [], 0
    for m in cuts:
        out.append((pos, m.start() + (1 if m.group(0)[0] in ",;" else 0)))
        pos = m.end()
    out.append((pos, len(s.text)))
    return [Sentence(s.start + a, s.start + b, s.text[a:b], s.para) for a, b in out
            if len(s.text[a:b].split()) >= 4]


_BYLINE: Final = re.compile(r"^(?:By|Reporting by|Written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:,|;|and\b|$)")
#: the first letters of _BYLINE's words (By, Reporting, Written; the pattern is case-sensitive)
_BYLINE_FIRST: Final = ("B", "R", "W")
_TAKE_PLACE: Final = re.compile(r"(?:(?:has|have|had)\s+)?(?:captured|seized|took control of|taken control of|overran)\s+")
_ANY_DIGIT: Final = re.compile(r"\d")
# "\d+" written to open with one character class: a search skips ahead to digits
_DIGIT_RUNS: Final = re.compile(r"\d\d*")


_PRONOUN_SUBJECT: Final = re.compile(r"^(?:[\w ]+,\s+)?(?:he|she)\b", re.IGNORECASE)
_PRONOUN_FIRST: Final = ("h", "H", "s", "S", "\u017f")


def _pronoun_subject(text: str) -> re.Match[str] | None:
    """``_PRONOUN_SUBJECT.match(text)``, the pattern run only when it can match.

    Exact: a match opens with he/she (any case; "ſ" folds to "s"), or with a run of word
    characters and blanks up to the text's first comma, blanks (at least one) and he/she;
    str.isspace()/lstrip() test the characters \\s matches (both use Py_UNICODE_ISSPACE).
    """
    if text[:1] not in _PRONOUN_FIRST:
        c = text.find(",")
        if c < 1:
            return None
        rest = text[c + 1:]
        if not rest[:1].isspace() or rest.lstrip()[:1] not in _PRONOUN_FIRST:
            return None
    return _PRONOUN_SUBJECT.match(text)


def _word_anchors(words: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """``(anchored(words, numbers._ANCHOR_WORDS), anchored(words, dates._ANCHORS))``, in one pass.

    anchored keeps, in order, the offsets of the words whose part before a "'" (the
    word itself without one) is in its vocabulary; its early exit returns [] only where
    that finds nothing.
    """
    number_at: list[int] = []
    time_at: list[int] = []
    for a, _, w in words:
        key = w.split("'", 1)[0] if "'" in w else w
        if key in _NUMBER_WORDS:
            number_at.append(a)
        if key in _TIME_WORDS:
            time_at.append(a)
    return number_at, time_at


def _event(text: str, s: Sentence, masked: str, in_sent: list[Mention], claim: tuple[Speaker, str] | None,
           finder: SpeakerFinder, published: str | None, speech: bool, words: list[tuple[int, int, str]],
           clause: bool = False) -> Entry | None:
    """The event reported by sentence ``s``, if any."""
    if s.text[:1] in _BYLINE_FIRST and _BYLINE.match(s.text):
        return None  # "By Sarah Whitcombe, Health Correspondent"
    if page_stamp(s.text):
        return None  # "CBC News · Posted: Aug 03, 2025 8:05 AM PT"
    if PIECE_LABEL.match(s.text):
        return None  # "Analysis | Europe’s AI rulebook finally bites": a headline that argues, whatever the gate
    if _UNDER_TERMS.match(s.text):
        return None  # "Under the bill, a patient would need ...": what an agreement or a law provides, no happening
    if claim is None and " to be " in s.text and _ANONYMITY.search(s.text):
        return None  # "He asked not to be named because he was not authorised to speak to the media": about the
        # source, no happening
    # names ("National Rally", "Law Society") must not trigger event types
    bare = mask_quotes(masked, 0, len(masked),
                       [(m.start - s.start, m.end - s.start) for m in in_sent if m.type != "place"])
    toks = [t for t in words if bare[t[0]] != " "]
    gating = GATE or TRACE is not None
    why: list[str] | None = [] if gating else None
    found = classify(bare, speech_only=speech, toks=toks, clause=clause, why=why)
    low = lower_keep(s.text)
    # the offsets in ``low`` where runs of digits start, for numbers and dates; ASCII text
    # lower-cased keeps its digits where they were, so it has one exactly when they are found
    if s.text.isascii():
        # "\d" matches 0-9 alone in ASCII text: ten character searches (memchr) tell a text
        # without digits, more cheaply than a pattern search through it
        digits = has_ascii_digit(low)
        runs = [m.start() for m in _DIGIT_RUNS.finditer(low)] if digits else []
    else:
        digits = _ANY_DIGIT.search(s.text) is not None
        runs = [m.start() for m in _DIGIT_RUNS.finditer(low)] if digits else []
    if gating:
        feats = event_gate.features(s.text, bare, toks, found, why or [], speech, claim is not None, clause,
                                    s.start < _headline_end(text), s.para, digits)
        if TRACE is not None:  # bench/train_event_gate.py: every candidate, with its features
            TRACE.append((s.text, feats, found is not None))
        elif not event_gate.is_event(feats, found is not None):
            return None
        if found is None:
            found = _fallback(bare, toks)
    if not found:
        return None
    etype, _, pos = found
    if etype == "strategic_developments" and _TAKE_PLACE.match(s.text, pos) and \
            any(m.type == "place" and 0 <= m.start - s.start - pos <= 40 for m in in_sent):
        etype = "battles"  # "captured Goma": taking a place is fighting, not an arrest
    if gating:  # the learned type model (event_type.py) may overrule the rules' type
        if TYPE_TRACE is not None:
            TYPE_TRACE[(s.start, s.end)] = (feats, etype)
        elif TYPES:
            etype = event_type.refine(feats, etype)
    actors, places = actors_and_places(text, s.start, s.end, masked, in_sent, words, masked == s.text)
    if claim:  # the source of a claim is not its actor ("..., as stated by the Kremlin")
        cue_at = s.text.rfind(claim[1])
        late = {m.name for m in in_sent if cue_at > pos and m.start - s.start >= cue_at}
        actors = [a for a in actors if a not in late and (a != claim[0].name or len(actors) == 1)]
    pro = _pronoun_subject(s.text)
    sp = finder.pronoun(s.start + pro.end() - 2) if pro else None
    if sp and sp.name not in actors:
        actors.insert(0, sp.name)  # "He addressed frontline troops"
    number_at, time_at = _word_anchors(words)
    when, date = when_and_date(text, s.start, s.end, published, words, low, digits, runs, time_at)
    conf = 0.5 + 0.15 * (etype != "other") + 0.1 * bool(actors) + 0.1 * bool(places or when)
    return new_entry(kind="event", text=s.text, start=s.start, end=s.end, actors=actors,
                 action=action_phrase(s.text, pos), places=places, when=when, date=date,
                 numbers=find_numbers(text, s.start, s.end, words, low, digits, runs, number_at), event_type=etype,
                 confidence=round(min(conf, 0.9), 2), entities=_refs(in_sent))


#: the learned gate (event_gate.py) decides which candidates are events; off, the rules alone do
GATE = True
#: a list to record every candidate's (text, features, rules' verdict) in, all taken as events
#: (bench/train_event_gate.py); None in normal use
TRACE: list[tuple[str, list[str], bool]] | None = None
#: the learned gate (entity_gate.py) keeps, retypes or drops each entity; off, the rules alone do
ENTITY_GATE = True
#: a list to record each article's (text, sentences, mentions) in, the gate off
#: (bench/train_entity_gate.py); None in normal use
ENTITY_TRACE: list[tuple[str, list[Sentence], list[Mention]]] | None = None
#: the learned type model (event_type.py) refines the rules' event types (leaving a group of
#: writers out, type accuracy 0.578 -> 0.598; on 2,125 events of 32 sealed test batches, never
#: trained on, 0.544 -> 0.572).  It costs 3.3% of the compiled extractor's instructions and,
#: measured, 5-15% of its CPU time; on since session 8, when the extractor had become fast
#: enough to pay for it (False: the rules alone type).
TYPES = True
#: a dict to record every event's gate features and rules' type in, by span, the type model
#: off (bench/train_event_type.py); None in normal use
TYPE_TRACE: dict[tuple[int, int], tuple[list[str], str]] | None = None
_PRIORITY_RANK = {k: i for i, k in enumerate(PRIORITY)}


def _fallback(masked: str, toks: list[tuple[int, int, str]]) -> tuple[str, str, int]:
    """Type and action offset of a candidate the gate takes although the rules did not:
    the most frequent trigger type ("other" without one), the first action verb."""
    scores: dict[str, int] = {}
    first = -1
    for h, _, k in find_triggers(masked, toks):
        scores[k] = scores.get(k, 0) + 1
        if first < 0:
            first = h
    etype = min(scores, key=lambda k: (-scores[k], _PRIORITY_RANK.get(k, 99))) if scores else "other"
    acts = find_actions(masked, toks)
    return etype, "", acts[0].start() if acts else max(first, 0)


# ", and several regions banned ...", "; the army ...", ", while firefighters battled ...": a
# coordinated clause with a subject of its own reports an event of its own
_CLAUSE_SUBJECT = (r"(?:the|a|an|its|their|his|her|some|several|many|most|one|two|three|four|five|six|seven|eight|"
                   r"nine|ten|dozens|hundreds|thousands|he|she|they|[A-Z][\w'’-]*|\d[\d,.]*)\s")
# Every cut opens with a comma, a semicolon or a space: that first character is matched
# on its own, the branch it allows checked just behind it, so that a search skips ahead
# to candidate characters (an optional comma opening the pattern is tried at every offset).
_EVENT_CLAUSE: Final = re.compile(r"[,;\s](?:(?<=,)\s+(?:and|while|but|whereas|after)\s+(?=" + _CLAUSE_SUBJECT + r")|"
                           r"(?<=;)\s+(?=" + _CLAUSE_SUBJECT + r")|"
                           # "said A and that B": a second reported clause
                           r"(?<=,)\s+and\s+that\s+(?=\S)|(?<=\s)\s*and\s+that\s+(?=\S)|"
                           # "raised the alert ..., and widened the exclusion zone": a second act
                           r"(?<=,)\s+and\s+(?=(?:also\s+|later\s+|then\s+)?(?!(?:described|accused|called|urged|warned|"
                           r"noted|added|argued|insisted|claimed|denied|critici[sz]ed|condemned|praised|welcomed|"
                           r"blamed|stressed|questioned)\s)[a-z]{3,}ed\s))")


def _event_clause_cuts(masked: str) -> list[re.Match[str]]:
    """The matches of ``_EVENT_CLAUSE.finditer(masked)``, the pattern tried only where one can start.

    A match opens with the character its look-behind then checks: "," or ";" (the
    branches behind ``(?<=,)`` and ``(?<=;)``), or a blank followed by more blanks
    (``\\s*``) and "and" (the one ``(?<=\\s)`` branch; the pattern is case-sensitive).
    Those offsets, in order, each tried where no earlier match covers it, are where
    finditer would find its matches; the look-arounds see the whole text either way.
    """
    starts = offsets(masked, (",", ";"))
    at = masked.find("and")
    while at >= 0:
        k = at
        while k > 0 and masked[k - 1].isspace():  # str.isspace: the characters \s matches
            k -= 1
            starts.append(k)
        at = masked.find("and", at + 3)
    return matches_at(_EVENT_CLAUSE, masked, starts)


# ", after it hit a record low": an after-clause with a subject and a past verb of its own
_PAST_CLAUSE: Final = re.compile(r"\w+\s+(?:(?!that\s|which\s|who\s)[\w'’-]+\s+){0,6}?(?:had\s+|was\s+|were\s+)?(?:[a-z]+ed|hit|struck|took|broke|"
                          r"fell|rose|fled|won|lost|began|came|went|shot|overran|met|left|held|led|cut|set)\b")


def _clause_events(text: str, s: Sentence, masked: str, ments: _Mentions, finder: SpeakerFinder,
                   published: str | None, claim: tuple[Speaker, str] | None, whole: Entry) -> list[Entry]:
    """One event per coordinated main clause of ``s`` when every clause reports one, else [].

    ``masked`` is the sentence with its quotations blanked: no cut falls inside one.
    ``whole`` is the sentence's own event: a clause without a time of its own takes
    its date ("... on Monday, and two of them overturned").  A cut also falls at
    "said A and that B"; each clause keeps its conjunction.
    """
    # every cut holds a comma, a semicolon or "and that" (the pattern is case-sensitive)
    if "," not in masked and ";" not in masked and "that" not in masked:
        return []
    cuts = [m for m in _event_clause_cuts(masked) if len(masked[:m.start()].split()) >= 4]
    if not cuts:
        return []
    bounds, pos = [], 0
    for m in cuts:
        bounds.append((pos, m.start()))
        pos = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",; "))  # the clause keeps its "and"
        if masked.startswith(("after ", "when ", "as "), pos) and not _PAST_CLAUSE.match(masked, pos):
            return []  # ", as a result": no clause of its own
    bounds.append((pos, len(s.text)))
    out = []
    for a, b in bounds:
        if len(masked[a:b].split()) < 4:
            return []
        c = Sentence(s.start + a, s.start + b, s.text[a:b], s.para)
        part = masked[a:b]
        reported = masked.startswith("and that", a)
        ev = _event(text, c, part, ments.within(c.start, c.end), None, finder, published,
                    bool(claim) and (a == 0 or reported), tokens(part), clause=True)
        if ev is None:
            return []
        if not ev.date and not ev.when:
            ev.when, ev.date = whole.when, whole.date
        out.append(ev)
    return out


_RESULT_CUES = {"reported", "posted", "recorded", "announced"}  # "Nvidia reported record revenue"
_THAT_AFTER = re.compile(r"\s+that\b")
_IMPACT = re.compile(r"\b(?:died|dead|deaths?|killed|injured|wounded|hurt|missing|displaced|damaged|"
                     r"destroyed|blocked|closed|suspended|cancell?ed|stranded|evacuated|fled|homeless|"
                     r"shelters?|toll|buried|trapped|cut off|lost (?:his|her|their|its) \w+|attacked|stabbed|"
                     r"shot|assaulted|beaten|hit|struck|lost power|without power|blackouts?|"
                     r"power outages?)\b", re.IGNORECASE)
# _IMPACT's alternatives with no leading \b, for lower-cased ASCII text: a pattern that opens
# with literals lets a search skip ahead to their first letters (see _has_impact)
_IMPACT_LOW: Final = re.compile(_IMPACT.pattern[2:])


def _has_impact(text: str) -> bool:
    """``_IMPACT.search(text) is not None``, without trying the alternation at every offset.

    ASCII text lower-cased keeps its length and its word characters, and matches the
    case-insensitive pattern where the text does (no ASCII letter folds to another); the
    leading \\b is then checked by hand at each start the search finds, in order, so a
    start with \\b before it is found if there is one.
    """
    if not text.isascii():
        return _IMPACT.search(text) is not None
    low = text.lower()
    m = _IMPACT_LOW.search(low)
    while m is not None:
        s = m.start()
        if s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_"):  # ASCII: \w is [A-Za-z0-9_]
            return True
        m = _IMPACT_LOW.search(low, s + 1)
    return False


_CONTEXT_TYPES = PHYSICAL | {"health"}
_STRONG_OK = True


def _type_from_context(events: list[Entry]) -> None:
    """An event with no telling trigger takes the article's dominant type.

    "At least seven people have died" is a disaster in a cyclone story and a
    health event in an outbreak story; only casualty and damage words borrow
    a physical type, other actions borrow a type that dominates the article.
    """
    counts: dict[str, int] = {}
    for e in events:
        if e.event_type not in ("other", "statements"):
            counts[e.event_type] = counts.get(e.event_type, 0) + 1
    if not counts:
        return
    physical = max((k for k in counts if k in _CONTEXT_TYPES), key=lambda k: counts[k], default=None)
    top = max(counts, key=lambda k: counts[k])
    strong = top if counts[top] >= 3 and counts[top] * 2 >= sum(counts.values()) else None
    for e in events:
        if e.event_type != "other":
            continue
        if physical and _has_impact(e.text):
            e.event_type = physical
        elif strong and _STRONG_OK:
            e.event_type = strong


def extract_article(text: str, *, published: str | None = None, title: str = "") -> Extraction:
    """Extract events, quotes, claims and entities from one article's text.

    ``published`` (ISO date) anchors relative dates; without it they stay None.
    ``title`` is accepted for context but offsets always index ``text``.
    """
    # thousands of small acyclic objects (tokens, matches, mentions) per article:
    # the cycle collector's scans during extraction find nothing to free
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, published)
    finally:
        if collecting:
            gc.enable()


def _same_cue_same_speaker(entries: list[Entry]) -> None:
    """'The judge declared that the titles were "defective and invalid"': a partial quote inside a
    claim, reported by the same verb, has the claim's speaker.  The claim was attributed after
    every quote was, knowing who spoke in the sentences before it ("Justice Barbara Young
    found ..."), where the quote had only the unnamed "A B.C. Supreme Court judge" to go on."""
    claims = [e for e in entries if e.kind == "claim"]
    if not claims:
        return
    for q in entries:
        if q.kind != "quote" or q.quote_type != "partial" or not q.cue:
            continue
        c = next((c for c in claims if c.start <= q.start and q.end <= c.end and c.cue == q.cue), None)
        if c is not None and c.text.count(f" {c.cue} ", 0, q.start - c.start) > 1:
            continue  # 'X said the deal would be "meaningless" ..., but Herd said the union would "hold ..."': two
            # verbs, two speakers
        if c is not None and c.speaker != q.speaker:
            q.speaker, q.role = c.speaker, c.role
            q.speaker_candidates = list(dict.fromkeys(c.speaker_candidates + q.speaker_candidates))


def _described_then_named(entries: list[Entry], finder: SpeakerFinder) -> None:
    """'The death toll ... has risen to 63, the country's disaster agency said.' ⏎ 'The National Disaster
    Risk Reduction and Management Council (NDRRMC) said ...': a body a lede describes is the body the
    article names next with the same describing word (SpeakerFinder.body_named_next)."""
    for e in entries:
        if e.kind == "event" or e.start > 1200 or e.speaker_candidates[1:]:
            continue
        named = finder.body_named_next(e.speaker, e.end)
        if named is not None:
            e.speaker_candidates = [named.name, e.speaker]
            e.speaker, e.role = named.name, ""
            if not any(r.name == named.name for r in e.entities):  # the body is one of the entry's entities now
                e.entities.insert(0, new_ref(named.type, named.name, named.role))


def _extract(text: str, published: str | None) -> Extraction:
    sentences = split_sentences(text)
    quotes = find_quotes(text)
    mentions = find_mentions(text, sentences, [(q.open_at, q.close_at) for q in quotes])
    ments = _Mentions(mentions)
    finder = SpeakerFinder(text, mentions, [(q.open_at, q.close_at) for q in quotes])
    entries, attributed, first_pass = _quote_entries(text, sentences, quotes, finder, ments)
    heard = (len(finder.sources), len(finder.speakers))
    blocks = _signed_blocks(text, finder) if "\n" in text else []
    if ":\n" in text:
        blocks += _introduced_blocks(text, finder)
    att = Attributor(text, sentences, finder, quotes)
    closes = [q.close_at for q in quotes]  # quotes never nest, so these are sorted
    for s in sentences:
        if blocks and any(a <= s.start < end for a, _, _, end, _ in blocks):
            continue  # a block quote and its signature line: the quote below, no claim or event of the writer's
        near = _quotes_in(s, quotes, closes)
        goes_on = _goes_on(text, s, near, entries) if near else None
        if goes_on is not None:
            entries.append(goes_on)
        if near and _quoted_share(s, near) > 0.5 and not all(q.text[:1].islower() for q in near):
            continue
        qspans = [(q.open_at, q.close_at) for q in near]
        in_sent = ments.within(s.start, s.end)
        words = tokens(s.text)  # one tokenisation serves cues, triggers, numbers and dates
        claim = _claim(s, att, attributed, near, entries, words)
        parts = _clauses(s) if claim or may_have_cue(s.text, words) else [s]
        found: list[tuple[Sentence, tuple[Speaker, str] | None]] = []
        for c in parts if len(parts) > 1 else ():
            found.append((c, _claim(c, att, attributed, near, entries, None)))
            if found[-1][1] is not None:  # "According to the WFP, ..., and the agency warned": it has spoken
                att.finder.spoke(found[-1][1][0], c.end)
        for k in range(1, len(found)):  # ", arguing that ...": the previous clause's speaker
            c, f = found[k]
            prev = found[k - 1][1]
            part = _PART_START.match(c.text)
            if f is None and prev and part:
                found[k] = (c, (prev[0], part.group(1)))
        said = [(c, f) for c, f in found if f is not None]
        if len(said) == 1 and not any(e.kind == "quote" and s.start <= e.start < said[0][0].start and
                                      e.speaker != said[0][1][0].name for e in entries):
            said = [(s, said[0][1])]  # one reporting clause: the claim is the whole sentence (but not over a
            # quote of someone else's before it: 'One MP said ... ‘not tolerate ...’, while another said')
        if not said and claim:
            said = [(s, claim)]
        relative = relative_claims(text, s, finder)
        for c, (sp, cue) in said:
            for _, rel_end, _, _, clause_at, cue_at in relative:
                if c.start <= clause_at < c.end:
                    if text.startswith(cue, cue_at) and text.find(cue, c.start, c.end) == cue_at:
                        break  # the relative clause's verb was the claim's cue: the clause alone is the claim
                    if len(text[rel_end:c.end].split()) >= 3:
                        continue  # "the Israeli rules, which Israel says are needed ..., threaten to strip": the
                        # claim goes on after the clause
                    c = Sentence(c.start, clause_at, text[c.start:clause_at], c.para)  # the claim ends before it
            else:
                att.finder.spoke(sp, c.end)
                entries.append(new_entry(
                    kind="claim", text=c.text, start=c.start, end=c.end, speaker=sp.name,
                    role=sp.role, cue=cue, speaker_candidates=sp.candidates or [sp.name],
                    confidence=round(sp.confidence * 0.9, 2),
                    entities=_refs(ments.within(c.start, c.end), sp)))
        for start, end, sp, cue, _, _ in relative:
            entries.append(new_entry(
                kind="claim", text=text[start:end], start=start, end=end, speaker=sp.name, role=sp.role, cue=cue,
                speaker_candidates=sp.candidates or [sp.name], confidence=round(sp.confidence * 0.8, 2),
                entities=_refs(ments.within(start, end), sp)))
        masked = mask_quotes(text, s.start, s.end, qspans)
        # "X happened, the company said": the sentence reports X itself
        tail_claim = claim and s.text.rfind(claim[1]) > len(s.text) // 2 and \
            (claim[1].lower().startswith(("according", "as ")) or
             len(s.text[s.text.rfind(claim[1]) + len(claim[1]):].split()) <= 6) or \
            claim and claim[1] in _RESULT_CUES and not _THAT_AFTER.match(s.text, s.text.find(claim[1]) + len(claim[1]))
        speech = bool(claim) and not tail_claim or bool(near) and _overlaps(s, attributed)
        opening = near[0] if near and near[0].open_at <= s.start + 1 else None
        if opening is not None and (opening.open_at, opening.close_at) in attributed and opening.words >= 3 and \
                not _HAPPENING_AFTER.search(mask_quotes(text, s.start, s.end, qspans)):
            continue  # '"I can breathe again," his mother said outside the court': the quote, not an event
        event = _event(text, s, masked, in_sent, claim, finder, published, speech, words)
        if event:
            entries.extend(_clause_events(text, s, masked, ments, finder, published, claim, event) or [event])
    # unnamed sources can change who "he said" means; organisations, what "it"/"the agency" means
    new_sources = [at for at, _ in finder.sources[heard[0]:]]
    new_orgs = [at for at, _ in finder.speakers[heard[1]:]]
    redo = {i for i, (q, a) in enumerate(zip(quotes, first_pass))
            if (a is None or a.speaker is None or a.speaker.confidence < 0.9) and
            any(q.open_at - 600 < at < q.open_at for at in
                (new_sources if a is not None and a.speaker is not None and a.speaker.type == "person"
                 else new_sources + new_orgs))}
    if redo:
        # a source first heard in a claim ("A local official told AFP ...") can be who "he
        # said" or "one of the officials said" refers to: attribute those quotes again
        requoted, spans, _ = _quote_entries(text, sentences, quotes, finder, ments, first_pass, redo)
        if spans:  # some speaker changed
            entries = requoted + [e for e in entries if e.kind != "quote"]
    for a, b, sp, _, block_cue in blocks:
        entries.append(new_entry(
            kind="quote", text=text[a:b], start=a, end=b, quote_type="direct", speaker=sp.name, role=sp.role,
            cue=block_cue, speaker_candidates=sp.candidates or [sp.name], confidence=round(sp.confidence * 0.9, 2),
            entities=_refs(ments.within(a, b), sp)))
    _same_cue_same_speaker(entries)
    _described_then_named(entries, finder)
    answers = _interview_answers(text, finder, ments, entries)
    if answers:  # an interviewee's answer is speech, not a happening
        spans = [(a.start, a.end) for a in answers]
        entries = [e for e in entries if e.kind != "event" or not any(a <= e.start < b for a, b in spans)] + answers
    head = _headline_end(text)
    if head:  # a headline's "X says ..." is repeated in the body, where its speaker is named in full
        # (but a quoted phrase the body never repeats is the headline's own: "Rubio tells allies US 'is not leaving'")
        entries = [e for e in entries if e.kind == "event" or e.start >= head or
                   e.kind == "quote" and e.speaker and e.text not in text[head:]]
    for e in entries:
        if e.speaker in _HEADLINE_KINDS and e.kind != "event":
            # a headline's or standfirst's "Regulator says company 'let down' customers": the regulator the
            # story names (Ofwat)
            body = finder.nominal(e.speaker.lower(), len(text))
            if body is not None and body.type == "organisation" and body.name != e.speaker:
                e.speaker, e.speaker_candidates = body.name, [body.name]
    _type_from_context([e for e in entries if e.kind == "event"])
    entries.sort(key=lambda e: (e.start, e.kind != "event"))
    if ENTITY_TRACE is not None:  # bench/train_entity_gate.py: the rules' entities, with what the gate reads
        ENTITY_TRACE.append((text, sentences, mentions))
    elif ENTITY_GATE:  # at the end: speakers were resolved with the rules' types
        mentions = entity_gate.apply(mentions, text, sentences)
    return Extraction(entries=entries, entities=build_entities(mentions))
