"""Numbers as typed values with what they count ("more than 86% of the area")."""
from __future__ import annotations

from typing import Final

import re

from newsdigest.domain import Number
from newsdigest.extract.records import new_number
from newsdigest.extract.sentences import lower_keep
from newsdigest.extract.taxonomy import anchored


_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
            "a hundred": 100, "a dozen": 12, "a thousand": 1000, "half a million": 500000}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
          "m": 1e6, "k": 1e3, "tn": 1e12}
_VAGUE = r"(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|billions|scores)"
_QUAL = (r"(?:more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|"
         r"roughly|approximately|some|over|under|as many as|as few as|an estimated|close to|"
         r"just over|just under)")
_CUR: Final = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

_SCALES = "thousand|million|billion|trillion|bn|tn|m|k"
_UNITS = ("percent|per cent|percentage points|km|kilometres|kilometers|miles|"
          "kg|tonnes|tons|degrees|dollars|euros|pounds|barrels|hectares|square kilometres|"
          "square kilometers|square miles|years|months|days|hours|minutes")


def _first_chars(*alternations: str) -> str:
    """A character class of the first characters of the alternatives (for a look-ahead)."""
    return "[" + "".join(sorted({a[0] for alts in alternations for a in alts.split("|")})) + "]"


# Each optional part (qualifier, scale, unit) opens with a look-ahead for the first
# characters of its alternatives: an alternative can only match where its first
# character does, so the look-ahead (under the same IGNORECASE folding) holds wherever
# one of them matches and changes no match; where it fails, the part is skipped without
# the engine trying every case-folded alternative in turn.
NUMBER_RE: Final = re.compile(
    rf"(?:(?={_first_chars(_QUAL[3:-1])})(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<cur>[$€£¥])\s?)?"
    rf"(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<word>{'|'.join(sorted(_WORDNUM, key=len, reverse=True))})"
    rf"|(?P<vague>{_VAGUE}))"
    rf"(?:\s?(?={_first_chars(_SCALES)})(?P<scale>{_SCALES})\b)?"
    rf"(?:\s?(?={_first_chars('%', _UNITS)})(?P<unit>%|(?:{_UNITS})\b))?",
    re.IGNORECASE)

_STOP = set(re.findall(r"\S+", """the a an of in on at by to for from with and or but as is are was were be been
has have had will would that which who this these those it its their his her after before
during since than into over under about against between while when where near across"""))
_UNIT_NAMES: Final = {"%": "percent", "percent": "percent", "per cent": "percent"}

# precompiled patterns used in hot paths
_VERBISH = re.compile(r"(?:ed|ing)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
_MONTH_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DATE_TIME_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[:/]\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)")
_LABEL_BEFORE = re.compile(r"(?:[A-Za-z]-|No\.\s?|\bII?I?\s)$")



_OF = re.compile(r"\s+of(?=\s)")
_PCT_OF = re.compile(r"\s+(of\s+(?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)")
_NEXT_WORD = re.compile(r"\s+([^\W\d][\w’'-]*)")


def _counts(text: str, end: int, limit: int, unit: str) -> str:
    """Noun phrase after a number: "Ukrainian soldiers", "of the area"."""
    rest = text[end:limit]
    of = _OF.match(rest)
    if of and unit != "percent":
        rest = rest[of.end():]
    if unit == "percent":
        m = _PCT_OF.match(rest)
        if m:
            words = m.group(1).split()
            while words and (words[-1].lower() in _STOP or _VERBISH.search(words[-1])):
                words.pop()
            return " ".join(words)
        return ""
    words = []
    pos = 0
    while len(words) < 3:  # up to three words, each right after the last (matched, not searched for)
        w = _NEXT_WORD.match(rest, pos)
        if not w:
            break
        word = w.group(1)
        if word.lower() in _STOP or (words and word.endswith(("ed", "ing", "ly")) and word[0].islower()):
            break
        words.append(word)
        pos = w.end()
    return " ".join(words)




def find_numbers(text: str, start: int, end: int, words: list[tuple[int, int, str]] | None = None,
                 low: str | None = None, digits: bool = True, runs: list[int] | None = None,
                 word_anchors: list[int] | None = None) -> list[Number]:
    """Typed numbers in ``text[start:end]``; years and dates are left to dates.py.

    ``words``: the span's (start, end, lower-case word) tokens, if already known;
    ``low`` the span lower-cased and ``digits`` False when it has no digit at all;
    ``runs``, if known, the offsets in ``low`` where runs of digits (``\\d+``) start;
    ``word_anchors``, if known, a new list of ``anchored(words, _ANCHOR_WORDS)`` (it is extended).
    """
    out: list[Number] = []
    if low is None:
        low = lower_keep(text[start:end])
    if words is None:
        words = [(m.start(), m.end(), m.group()) for m in _ALPHA.finditer(low)]
    anchors = anchored(words, _ANCHOR_WORDS) if word_anchors is None else word_anchors
    if digits:
        if runs is None:
            anchors += [m.start() for m in _DIGITS.finditer(low)]
        else:  # = _DIGITS's matches: the first digit of a run, unless "." or "," is before it
            anchors += [a for a in runs if a == 0 or low[a - 1] not in (".", ",")]
    if not anchors:
        return out  # cheap exit: no digits and no number words
    for m in _candidates(text, start, end, low, anchors):
        if not (m.group("num") or m.group("word") or m.group("vague")):
            continue
        num, unit = m.group("num"), (m.group("unit") or "").lower()
        scale = (m.group("scale") or "").lower()
        if num and _is_date_like(text, m, num, unit, scale):
            continue
        if m.group("word") and not (unit or scale) and not _counts(text, m.end(), end, ""):
            continue
        value = _value(m, scale)
        unit_name = _UNIT_NAMES.get(unit, unit)
        if m.group("cur"):
            unit_name = _CUR[m.group("cur")]
        qual = (m.group("qual") or "").lower()
        s = m.start() if qual else m.start("cur") if m.group("cur") else m.start("num") \
            if num else m.start("word") if m.group("word") else m.start("vague")
        counts = _counts(text, m.end(), end, unit_name)
        out.append(new_number(text[s:m.end()].strip(), value, unit_name, counts, qual))
    return out


# a digit that starts a number (no digit, point or comma before it); the look-behind
# comes after the digit so that the search can skip ahead to digits
_DIGITS: Final = re.compile(r"\d(?<![\d.,]\d)")
_ALPHA: Final = re.compile(r"[a-z]+")
_ANCHOR_WORDS: Final = set(_WORDNUM) | {w.split()[-1] for w in _WORDNUM} | {
    "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"}


_QUALS = sorted(_QUAL[3:-1].split("|"), key=len, reverse=True)
_QUAL_END: Final = re.compile(rf"(?<![a-z])({'|'.join(_QUALS)})\s+$")
#: the qualifiers' last words: a _QUAL_END match ends with one, then blanks (str.rstrip strips
#: exactly what \s matches) to the end of a text that ends in a blank
_QUAL_LAST: Final = tuple(sorted({q.split()[-1] for q in _QUALS}))


def _candidates(text: str, start: int, end: int, low: str, anchors: list[int]) -> list[re.Match[str]]:
    """NUMBER_RE matches anchored at digits and number words.

    Scanning the whole sentence with NUMBER_RE would try its qualifier
    alternation at every character; instead the qualifier is looked up in
    the few words before each anchor.
    """
    out: list[re.Match[str]] = []  # a list, not a generator: every caller takes all of them
    last_end = start
    for a in sorted(set(anchors)):
        pos = start + a
        if pos < last_end:
            continue
        if text[pos - 1:pos] in _CUR:
            pos -= 1
        elif text[pos - 2:pos - 1] in _CUR and text[pos - 1] == " ":
            pos -= 2
        pre = low[max(0, pos - start - 24):pos - start]
        if pre[-1:] == " " and pre.rstrip().endswith(_QUAL_LAST):
            q = _QUAL_END.search(pre)
            if q:  # "more than 86%": the qualifier belongs to the number
                pos -= len(pre) - q.start(1)
        m = NUMBER_RE.match(text, max(pos, last_end), end)
        if m:
            last_end = m.end()
            out.append(m)
    return out


def _is_date_like(text: str, m: re.Match, num: str, unit: str, scale: str) -> bool:
    if unit or scale or m.group("cur"):
        return False
    before = text[max(0, m.start("num") - 12):m.start("num")]
    after = text[m.end("num"):m.end("num") + 12]
    # each pattern is run only where a literal every match of it holds is there: a year is
    # four characters from "19" or "20"; a month pattern match holds a month's abbreviation
    # (the patterns are case-sensitive); a _DATE_TIME_AFTER match opens with one of
    # _DATE_TIME_FIRST or holds one of _DATE_TIME_WORDS
    if len(num) == 4 and num[:2] in ("19", "20") and _YEAR.fullmatch(num):
        return True
    if _has_any(before, _MONTH_ABBRS) and _MONTH_BEFORE.search(before) or \
            _has_any(after, _MONTH_ABBRS) and _MONTH_AFTER.match(after):
        return True
    if (after[:1] in _DATE_TIME_FIRST or _has_any(after, _DATE_TIME_WORDS)) and _DATE_TIME_AFTER.match(after):
        return True
    return bool(_LABEL_BEFORE.search(before))


_MONTH_ABBRS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE_TIME_FIRST: Final = frozenset({"s", "n", "r", "t", ":", "/"})
_DATE_TIME_WORDS: Final = ("a.m.", "p.m.", "am", "pm", "GMT", "UTC")


def _has_any(text: str, literals: tuple[str, ...]) -> bool:
    """Does one of ``literals`` occur in ``text``?"""
    for lit in literals:
        if lit in text:
            return True
    return False


def _value(m: re.Match, scale: str) -> float | None:
    if m.group("vague"):
        return None
    if m.group("word"):
        base = float(_WORDNUM[m.group("word").lower()])
    else:
        base = float(m.group("num").replace(",", ""))
    return base * _SCALE.get(scale, 1.0)
