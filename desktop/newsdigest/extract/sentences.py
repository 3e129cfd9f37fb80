"""Paragraph and sentence splitting with character offsets.

Rule based: a sentence ends at ``.``, ``!`` or ``?`` (plus any closing quote
marks or brackets) followed by white space and a capital, digit or opening
quote, unless the dot belongs to a known abbreviation or an initial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "v", "etc", "inc", "ltd", "corp",
    "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mt", "ft", "approx", "dept", "est", "fig", "hon", "rev", "messrs", "u.s",
    "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "e.g", "i.e", "al",
    "brig", "smt", "cmdr", "cdr", "lt.-col", "supt", "insp", "det", "cpl", "pvt", "sgt.-maj", "adv", "atty",
    "eng", "engr", "pfc", "spc", "cllr", "fr", "mme", "mlle",
}

# A sentence ends at [.!?]+ (then closing quotes or brackets) before a new word or the
# end, or at "…" before a capital.  Written as one branch per end mark so that every
# branch opens with a literal: the engine then skips straight to the next mark instead
# of trying the pattern at every offset.
_END_TAIL = r"[.!?]*[\"'”’»)\]]*(?=\s+(?:[\"'“‘(\[]|«\s?)?[^\W_]|\s*$)"  # ("« Le Tchad": a space inside «)
_END = re.compile(rf"\.{_END_TAIL}|!{_END_TAIL}|\?{_END_TAIL}|…(?=\s+[A-Z])")
_WORD_AT_START = re.compile(r"[\w.]+")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
# "KYIV, March 12 (Reuters) - ", "NASHVILLE, Tenn., Feb. 4, 2025 /PRNewswire/ -- ", "SPRINGFIELD — ",
# "CAMBRIDGE, Mass.--(BUSINESS WIRE)--":
# a dateline (a place in capitals, then a region, a date, an agency) opening a paragraph is no
# part of the sentence after it, whose subject would otherwise not open its sentence
_DATELINE: Final = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z0-9][\w.]*(?: [\w.]+){0,2}){0,3}"
                              r"(?:(?: ?\([A-Za-z .&]+\)| /[A-Za-z .&]+/)? ?(?:—|–|--?) |--\([A-Z .&]+\)-- ?)")


@dataclass(frozen=True, init=False)  # an explicit __init__: mypyc compiles it to a native constructor
class Sentence:
    start: int
    end: int
    text: str
    para: int  # paragraph index

    def __init__(self, start: int, end: int, text: str, para: int) -> None:
        object.__setattr__(self, "start", start)  # frozen: set as the generated __init__ does
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "para", para)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-blank line/paragraph."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(chunk: str, dot_at: int) -> bool:
    """True when the dot at ``dot_at`` ends an abbreviation or an initial."""
    # the word (letters, digits, dots) ending at the dot, within 24 characters: the
    # characters of [\w.] (\w: str.isalnum() or "_") walked back from the dot, as
    # _WORD_AT_START matched them on the reversed window
    lo = max(0, dot_at - 24)
    at = dot_at
    while at > lo:
        c = chunk[at - 1]
        if c.isalnum() or c == "_" or c == ".":
            at -= 1
        else:
            break
    if at == dot_at:
        return False
    word = chunk[at:dot_at].lower().rstrip(".")
    if word == "no" and not chunk[dot_at + 1:dot_at + 3].lstrip()[:1].isdigit():
        return False  # "voted no. Whitaker said": the word, not "No. 10"
    if word in ABBREVIATIONS:
        return True
    if word == "x" and chunk[max(0, dot_at - 5):dot_at - 1] == " on ":
        return False  # "the ministry said on X. Pataz has ...": the platform X ends the sentence
    # single capital initial ("J. Smith") or dotted acronym ("U.S."; every _DOTTED match has a dot)
    return len(word) == 1 and word.isalpha() or "." in word and _DOTTED.fullmatch(word) is not None


#: the characters an _END match starts with (each branch opens with one)
_END_MARKS: Final = (".", "!", "?", "…")


def _end_matches(chunk: str) -> list[re.Match[str]]:
    """The matches of ``_END.finditer(chunk)``, the pattern tried only where one can start.

    Every branch opens with its literal end mark, so a match starts at one of them: those
    offsets (found by str.find), in order, each tried where no earlier match covers it, are
    where finditer would find its matches (no match is empty); the look-aheads see the
    whole chunk either way.
    """
    return matches_at(_END, chunk, offsets(chunk, _END_MARKS))


def offsets(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``literals`` starts in ``text`` (overlaps included)."""
    starts: list[int] = []
    for lit in literals:
        at = text.find(lit)
        while at >= 0:
            starts.append(at)
            at = text.find(lit, at + 1)
    return starts


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` would give when every match begins at one of
    ``starts`` (in any order, repeats allowed): tried only there, none overlapping."""
    starts.sort()
    out: list[re.Match[str]] = []
    last = 0
    for pos in starts:
        if pos < last:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


_ASCII_DIGITS: Final = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")


def has_ascii_digit(t: str) -> bool:
    """Does ``t`` hold one of 0-9?  (``\\d`` finds nothing else in ASCII text.)"""
    for d in _ASCII_DIGITS:
        if d in t:
            return True
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index into ``text``."""
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        chunk = text[ps:pe]
        start = 0
        if pi < 4 and chunk[:1].isupper() and chunk[1:2].isupper():
            dl = _DATELINE.match(chunk)
            if dl and dl.end() < len(chunk):
                _add(out, text, ps, ps + dl.end(), pi)
                start = dl.end()
        for m in _end_matches(chunk):
            if m.end() <= start:
                continue  # "NASHVILLE, Tenn. (AP) — ": a full stop inside the dateline ends no sentence after it
            if m.group()[:1] in "?!" and m.group()[-1:] in "\"”’»" and chunk[m.end() + 1:m.end() + 2].islower():
                continue  # '"Where is my son?" asked Maria Lopez': the attribution goes on
            if m.group() in (".", ".)") and chunk[m.end() + 1:m.end() + 2].islower() and chunk[m.end():m.end() + 1] == " ":
                continue  # "fewer than 200 hr. on type", "(D-Calif.) said": a dot before a lower-case word is no end
            if m.group().startswith(".") and len(m.group().rstrip("\"'”’»)]")) == 1 \
                    and _is_abbreviation(chunk, m.start()):
                # "U.S. officials" ends no sentence, but "in the U.S. The ..." does
                nxt = chunk[m.end():m.end() + 12].split()
                if not nxt or nxt[0] not in {"The", "He", "She", "It", "They", "We", "But", "In"}:
                    continue
            end = m.end()
            _add(out, text, ps + start, ps + end, pi)
            start = end
        if start < len(chunk):
            _add(out, text, ps + start, pe, pi)
    return out


def _add(out: list[Sentence], text: str, s: int, e: int, para: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e], para))


def lower_keep(text: str) -> str:
    """``text.lower()`` with every offset kept: a letter whose lower case is longer ("İ" becomes
    "i" and a combining dot) stays as it is, so that offsets in the result index ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join([c if len(c.lower()) != 1 else c.lower() for c in text])


def sentence_at(sentences: list[Sentence], pos: int) -> int:
    """Index of the sentence containing offset ``pos`` (nearest before it)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= pos:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
