"""Time expressions as written, resolved to ISO dates against the article date.

Relative expressions ("on Wednesday", "yesterday", "in August") are resolved
only when the article's date is known; explicit dates ("March 5, 2025") need
no anchor.  Nothing is guessed when it cannot be worked out.
"""
from __future__ import annotations

from typing import Final

import datetime as dt
import re
from functools import lru_cache

from newsdigest.extract.sentences import lower_keep
from newsdigest.extract.taxonomy import anchored


MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DAYS: Final = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_M = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_D = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _ahead(alts: str) -> str:
    """``(?:alts)`` behind a look-ahead for its alternatives' first characters.

    Every alternative opens with a letter (or a group opening with one), so no match
    of the group starts elsewhere: the look-ahead (folded as the letters are, under
    IGNORECASE) changes no match, and where it fails the engine does not try the
    alternatives one by one.
    """
    inner = alts[3:alts.rindex(")")] if alts.startswith("(?:") else alts
    first = sorted({a[0] for a in inner.split("|")})
    return "(?=[" + "".join(first) + "])" + (alts if alts.startswith("(?:") else "(?:" + alts + ")")


_MA = _ahead(_M)  # the month names (with their optional dot)
_DA = _ahead(_D)
_LEAD_A = _ahead("on|by|since|until|from")

WHEN_RE: Final = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d\d-\d\d)\b"
    rf"|(?:\b{_LEAD_A}\s+)?(?:{_DA},?\s+)?(?P<md>{_MA}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)\b"
    rf"|(?:\b{_LEAD_A}\s+)?(?:{_DA},?\s+)?(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MA}(?:,?\s+(?P<y2>\d{{4}}))?)\b"
    rf"|(?:\b{_ahead('on|by|since|until|from|last|next|this|late on|early on')}\s+)?(?P<day>{_DA})"
    rf"(?:\s+{_ahead('morning|afternoon|evening|night')})?\b"
    rf"|\b{_ahead('in|since|by|until|during|early|late|mid-|last|this|next')}\s*(?:-\s*)?(?P<month>{_MA})(?:\s+(?P<y3>\d{{4}}))?\b"
    rf"|\b{_ahead('in|since|by|until|during|early|late')}\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<rel>{_ahead('yesterday|today|tonight|tomorrow|last (?:week|month|year|night)|this (?:week|month|year|morning)|earlier this (?:week|month|year)|next (?:week|month|year)|recently|overnight')})\b",
    re.IGNORECASE)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip(".")[:3]]


def find_when(text: str, start: int, end: int) -> tuple[str, str | None]:
    """First time expression in the span and its ISO date (or None)."""
    m = WHEN_RE.search(text, start, end)
    if not m:
        return "", None
    return m.group(0).strip(), None


# the month name and the day of an "md" or "dm" date (compiled once, not looked up in re's cache)
_LETTER_RUN: Final = re.compile(r"[A-Za-z]{3,}")  # a month's name, not the "nd" of "22nd October"
_DAY_DIGITS: Final = re.compile(r"\d{1,2}")


@lru_cache(maxsize=64)
def _anchor(published: str | None) -> dt.date | None:
    """The article's date, parsed once per distinct ``published`` (dates are immutable)."""
    if published:
        try:
            return dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def resolve(m: re.Match, published: str | None) -> str | None:
    """ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only those are known)."""
    anchor = _anchor(published)
    g = m.groupdict()
    if g["iso"]:
        return g["iso"]
    if g["md"] or g["dm"]:
        part = g["md"] or g["dm"]
        mon = _month(_LETTER_RUN.search(part).group())  # type: ignore[union-attr]
        day = int(_DAY_DIGITS.search(part).group())  # type: ignore[union-attr]
        year = g["y1"] or g["y2"]
        if not year and not anchor:
            return None
        y = int(year) if year else anchor.year  # type: ignore[union-attr]
        try:
            return dt.date(y, mon, day).isoformat()
        except ValueError:
            return None
    if g["year"]:
        return g["year"]
    if g["month"]:
        mon = _month(g["month"])
        if g["y3"]:
            return f"{int(g['y3']):04d}-{mon:02d}"
        if not anchor:
            return None
        y = anchor.year - (1 if mon > anchor.month else 0)
        return f"{y:04d}-{mon:02d}"
    if not anchor:
        return None
    if g["day"]:
        back = (anchor.weekday() - DAYS[g["day"].lower()]) % 7
        phrase = m.group(0).lower()
        if phrase.startswith("next"):
            return (anchor + dt.timedelta(days=(7 - back) % 7 or 7)).isoformat()
        if phrase.startswith("last") and back == 0:
            back = 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    rel = g["rel"].lower()
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
             "this morning": 0, "last night": -1}
    if rel in shift:
        return (anchor + dt.timedelta(days=shift[rel])).isoformat()
    if rel in ("this month", "earlier this month"):
        return f"{anchor.year:04d}-{anchor.month:02d}"
    if rel == "last month":
        prev = anchor.replace(day=1) - dt.timedelta(days=1)
        return f"{prev.year:04d}-{prev.month:02d}"
    if rel in ("this year", "earlier this year"):
        return f"{anchor.year:04d}"
    if rel == "last year":
        return f"{anchor.year - 1:04d}"
    return None




# a digit not preceded by a digit or letter; the look-behind comes after the digit
# so that the search can skip ahead to digits instead of trying every offset
_DIGIT_RUN: Final = re.compile(r"\d(?<![\d\w]\d)")
# Of WHEN_RE's forms only "iso" and "dm" can start at a character that is not a letter:
# "2025-03-14", or a day number before a month name ("14 March", "3rd Sept")
_DATE_AT_DIGIT: Final = re.compile(r"\d{4}-|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                            re.IGNORECASE)
_ALPHA: Final = re.compile(r"[a-z]+")
_ANCHORS: Final = set(DAYS) | set(MONTHS) | {"sept", "last", "next", "this", "earlier", "yesterday", "today", "tonight", "tomorrow",
                                      "recently", "overnight", "week", "month", "year", "morning",
                                      "night"}


_DATELINE_END: Final = re.compile(r"\s*(?:\([A-Za-z .&]+\)\s*)?[-—–]\s")
_REFERENCE: Final = re.compile(r"(?i:since|until|till|before|by)\b")
#: the characters a _REFERENCE match can start with: s, u, t, b in either case, and "ſ",
#: which case-blind matching takes for an s
_REFERENCE_FIRST: Final = frozenset("sSuUtTbB\u017f")
_REFERENCE_BEFORE: Final = re.compile(r"\b(?i:since|until|till|before|after|by)\s+(?:the\s+)?$")
_COMPARED_BEFORE: Final = re.compile(r"\b(?:compared (?:with|to)|(?<!more )(?<!less )(?<!fewer )(?<!rather )"
                              r"than(?! (?:expected|forecast|anticipated|predicted|planned))|"
                              r"versus|vs\.?)\s+(?:[\w.%,$€£-]+\s+){0,5}$",
                              re.IGNORECASE)
_SPEECH_BEFORE: Final = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}|announced|stated|reported|wrote)\s*$")
#: literals one of which every match of the pattern contains (_REFERENCE_BEFORE and
#: _COMPARED_BEFORE match them in any case, _SPEECH_BEFORE as written)
_REFERENCE_WORDS: Final = ("since", "until", "till", "before", "after", "by")
_COMPARED_WORDS: Final = ("compared", "than", "versus", "vs")
_SPEECH_WORDS: Final = ("said", "says", "told", "announced", "stated", "reported", "wrote")


def _before(pattern: re.Pattern[str], words: tuple[str, ...], fold: bool, text: str, pos: int, endpos: int) -> bool:
    """``pattern.search(text, pos, endpos)`` found something; searched only when one of ``words``
    (every match contains one) occurs in the window, in any case when ``fold``.  Case-blind
    matching of other letters (ſ is an s) is left to the pattern: non-ASCII windows are searched."""
    w = text[pos:endpos]
    if fold:
        if not w.isascii():
            return pattern.search(text, pos, endpos) is not None
        w = w.lower()
    for lit in words:
        if lit in w:
            return pattern.search(text, pos, endpos) is not None
    return False


_LEADS: Final = {"on", "in", "since", "by", "until", "from", "last", "next", "this", "early", "late",
          "during", "earlier", "mid"}


def _candidates(text: str, start: int, end: int, low: str, anchors: list[int]) -> list[re.Match[str]]:
    """WHEN_RE matches tried at each anchor word or at the lead words before it.

    "late on Wednesday", "in early August": up to three lead words may come
    first, so the match starts at the earliest of them.
    """
    out: list[re.Match[str]] = []  # a list, not a generator: every caller takes all of them
    last_end = start
    for a in sorted(set(anchors)):
        if start + a < last_end:
            continue
        at = a
        for _ in range(3):
            sp = low.rfind(" ", 0, at - 1)
            word = low[sp + 1:at].strip(" ,")
            if word not in _LEADS and word not in DAYS:  # "on Friday, March 5"
                break
            at = sp + 1
        for pos in ((at, a) if at != a else (a,)):
            if start + pos < last_end:
                continue
            if not text[start + pos].isalpha() and not _DATE_AT_DIGIT.match(text, start + pos, end):
                continue  # a number that starts no date ("86%", "400 people"): skip the long pattern
            m = WHEN_RE.match(text, start + pos, end)
            if m and m.end() > start + a:
                last_end = m.end()
                out.append(m)
                break
    return out


def when_and_date(text: str, start: int, end: int, published: str | None,
                  words: list[tuple[int, int, str]] | None = None, low: str | None = None,
                  digits: bool = True, runs: list[int] | None = None,
                  word_anchors: list[int] | None = None) -> tuple[str, str | None]:
    """Best time expression in ``text[start:end]``: the most specific one wins.

    ``words``: the span's (start, end, lower-case word) tokens, if already known;
    ``low`` the span lower-cased and ``digits`` False when it has no digit at all;
    ``runs``, if known, the offsets in ``low`` where runs of digits (``\\d+``) start;
    ``word_anchors``, if known, a new list of ``anchored(words, _ANCHORS)`` (it is extended).
    """
    if low is None:
        low = lower_keep(text[start:end])
    if words is None:
        words = [(m.start(), m.end(), m.group()) for m in _ALPHA.finditer(low)]
    anchors = anchored(words, _ANCHORS) if word_anchors is None else word_anchors
    if digits:
        if runs is None:
            anchors += [m.start() for m in _DIGIT_RUN.finditer(low)]
        else:  # = _DIGIT_RUN's matches: the first digit of a run, unless a word character is before it
            anchors += [a for a in runs if a == 0 or not (low[a - 1].isalnum() or low[a - 1] == "_")]
    if not anchors:
        return "", None  # cheap exit: most sentences name no time
    best: tuple[float, re.Match[str], str | None, bool] | None = None  # score, match, its date if resolved
    best_is_baseline = False
    for m in _candidates(text, start, end, low, anchors):
        whole = m.group(0)
        month = m.group("month")
        if month and month[:3].lower() == "may" \
                and not m.group("y3") and whole[0].islower() and whole.split()[0] not in ("in", "since", "until", "during"):
            continue  # "may" the verb
        # floats: "said on ..." below takes off half a point (mypyc keeps int and float apart)
        score = 3.0 if (m.group("iso") or m.group("md") or m.group("dm")) else 2.0 if m.group("day") else 1.0
        baseline = False
        if whole[:1] in _REFERENCE_FIRST and _REFERENCE.match(whole) or \
                _before(_REFERENCE_BEFORE, _REFERENCE_WORDS, True, text, max(start, m.start() - 12), m.start()):
            score -= 3  # "since the June 2 election", "before March 6": a reference point, not when
            baseline = not (whole[:3].lower() == "by " or text[max(start, m.start() - 4):m.start()].lower() in
                            ("by ", " by "))  # ("had fallen to 9,000 by Monday": then, if nothing else is)
        elif _DATELINE_END.match(text, m.end()):
            score -= 4  # "CARACAS, July 29 (Reuters) -": the day of writing, not of the event
        elif text[m.end():m.end() + 2] in ("'s", "’s"):
            score -= 1  # "Monday's earthquakes ... rose on Tuesday": the possessive names a thing
        elif _before(_COMPARED_BEFORE, _COMPARED_WORDS, True, text, max(start, m.start() - 40), m.start()):
            score -= 3  # "58% by 18:00, compared with 54% in 2022": the baseline's date
            baseline = True
        elif _before(_SPEECH_BEFORE, _SPEECH_WORDS, False, text, max(start, m.start() - 24), m.start()):
            score -= 0.5  # "said on Wednesday that ... had recorded 46C on Saturday": when it was said
        when: str | None = None
        resolved = False
        if published and not whole[:1].isdigit() and score > -2:
            when, resolved = resolve(m, published), True
            if when and when[:len(published)] > published[:len(when)]:
                score -= 4  # "the November 6 first phase": after publication, a plan, not an event
        if best is None or score > best[0]:
            best = (score, m, when, resolved)
            best_is_baseline = baseline
    if not best or best_is_baseline:
        return "", None  # only a reference point or a baseline: "the highest since 2010" is no date for it
    _, m, when, resolved = best
    return m.group(0).strip(), when if resolved else resolve(m, published)
