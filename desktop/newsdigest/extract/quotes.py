"""Find quoted spans: straight and curly marks, guillemets, nested and
multi-paragraph quotes.

A quote that runs over several paragraphs opens each paragraph with a mark
and closes only at the end; such paragraphs are joined into one span, which
keeps each paragraph's stretch (``pieces``) so that each can be its own entry.
Single marks inside a double-quoted span are nested quotes and stay part of
the outer span.
"""
from __future__ import annotations

from typing import Final

from collections.abc import Iterator

import re
from dataclasses import dataclass, field

from newsdigest.extract.sentences import paragraphs

OPENERS: Final = "“«„"
CLOSERS: Final = "”»"
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: bytes.translate table for ASCII text: letters and digits (what [^\W_] matches there)
#: made "a", the apostrophe kept, every other byte a blank
_WORD_BYTES: Final = bytes(97 if chr(c).isalnum() and c < 128 else 39 if c == 39 else 32 for c in range(256))


def word_count(text: str) -> int:
    """``len(_WORDS.findall(text))``: the number of words, "don't" one of them.

    In ASCII text [^\\W_] is [A-Za-z0-9] and ['’] is "'".  A match is a run of those
    characters, joined to the next run by a single "'" between them, and so on: with
    every other character a blank, each blank-separated chunk (runs and apostrophes)
    split at its apostrophes gives its runs, consecutive ones (nothing but one "'"
    between them) in one match, and an empty piece (two apostrophes, or one at an
    end) between two matches.  Other text is left to the pattern.
    """
    if not text.isascii():
        return len(_WORDS.findall(text))
    marked = text.encode().translate(_WORD_BYTES).decode()
    if "'" not in marked:
        return len(marked.split())
    n = 0
    for chunk in marked.split():
        joined = False  # the piece before was a run: a run right after it joins its match
        for piece in chunk.split("'"):
            if piece:
                if not joined:
                    n += 1
                joined = True
            else:
                joined = False
    return n


@dataclass(init=False)  # an explicit __init__: mypyc compiles it to a native constructor
class QuoteSpan:
    open_at: int  # offset of the opening mark
    close_at: int  # offset just after the closing mark
    start: int  # first quoted character
    end: int  # just after the last quoted character
    text: str  # quoted words, marks and paragraph joins removed
    words: int = 0  # number of words, filled in on creation
    pieces: list[tuple[int, int]] = field(default_factory=list)  # one (start, end) per paragraph

    def __init__(self, open_at: int, close_at: int, start: int, end: int, text: str, words: int = 0,
                 pieces: list[tuple[int, int]] | None = None) -> None:
        self.open_at = open_at
        self.close_at = close_at
        self.start = start
        self.end = end
        self.text = text
        self.words = word_count(text)
        self.pieces = [] if pieces is None else pieces


_MARK: Final = re.compile(r'[“«„”»"]')


#: the characters of _MARK's class
_MARK_CHARS: Final = '“«„”»"'


def _marks(text: str, ps: int, pe: int) -> list[tuple[int, str]]:
    """Double quote marks in a paragraph as (offset, 'open'|'close'|'either').

    The marks are ``_MARK.finditer(text, ps, pe)``'s matches, one character each: every
    occurrence of a character of its class in ``text[ps:pe]``, in order.  Found here by
    str.find, a character at a time (a mark not in the text's character range is ruled out
    at once), instead of the class tested at every offset.
    """
    found: list[int] = []
    for c in _MARK_CHARS:
        at = text.find(c, ps, pe)
        while at >= 0:
            found.append(at)
            at = text.find(c, at + 1, pe)
    if not found:
        return []
    found.sort()
    out = []
    for at in found:
        c = text[at]
        out.append((at, "open" if c in OPENERS else "close" if c in CLOSERS else "either"))
    return out


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quoted spans in ``text``, in order."""
    paras = paragraphs(text)
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    pieces: list[tuple[int, int]] = []
    for pi, (ps, pe) in enumerate(paras):
        seg_start: int | None = None
        if open_at is not None:
            seg_start = ps + 1  # continuation paragraph: skip its opening mark
        for pos, kind in _marks(text, ps, pe):
            if open_at is not None and pos == ps and pieces:
                continue  # the continuation mark itself
            if open_at is None and kind in ("open", "either"):
                open_at, seg_start, pieces = pos, pos + 1, []
            elif open_at is not None and (kind in ("close", "either") or text[open_at] == "„" and text[pos] == "“"):
                # („...“: the German closing mark is the English opening one)
                pieces.append((seg_start, pos))  # type: ignore[arg-type]  # set whenever open_at is
                spans.append(_make(text, open_at, pos + 1, pieces))
                open_at, seg_start, pieces = None, None, []
        if open_at is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            pieces.append((seg_start, pe))  # type: ignore[arg-type]
            if nxt is None or text[nxt] not in OPENERS + '"':
                # unclosed quote: it ends with its paragraph
                spans.append(_make(text, open_at, pe, pieces))
                open_at, pieces = None, []
    spans.extend(_single_quotes(text, spans))
    spans.sort(key=lambda q: q.open_at)
    return [q for q in spans if q.text.strip()]


def _make(text: str, open_at: int, close_at: int, pieces: list[tuple[int, int]]) -> QuoteSpan:
    start, end = pieces[0][0], pieces[-1][1]
    joined = " ".join(text[s:e].strip() for s, e in pieces)
    return QuoteSpan(open_at, close_at, start, end, joined, pieces=list(pieces))


#: ‘...’ (an apostrophe inside, "won’t", is a mark followed by a letter, as with straight marks)
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘((?:[^’\n]|’(?=[^\W_]))*?[^\s’])’(?![^\W_])", re.MULTILINE)
_STRAIGHT_OPEN = re.compile(r"(?<![\w'’])'(?=[^\W\d_])")
_STRAIGHT_REST = re.compile(r"((?:[^'\n]|'(?=[^\W_]))*?[^\s'])'(?![^\W_])")


def _straight(text: str) -> Iterator[tuple[int, int, int, int, str]]:
    """Spans in straight single marks (British style): (open, close, start, end, inner).

    An opening mark starts a word; the closing one ends a word and is not
    followed by a letter, so "don't" and "Russia's" never open or close anything.
    """
    pos = 0
    while True:
        m = _STRAIGHT_OPEN.search(text, pos)
        if not m:
            return
        if m.start() and text[m.start() - 1] not in " \t\n([—–:-":
            pos = m.end()
            continue
        r = _STRAIGHT_REST.match(text, m.end())
        if r:
            yield m.start(), r.end(), r.start(1), r.end(1), r.group(1)
            pos = r.end()
        else:
            pos = m.end()


def _single_quotes(text: str, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Top-level single-quoted spans (headline or British style) outside any double quote."""
    found = [(m.start(), m.end(), m.start(1), m.end(1), m.group(1))
             for m in _SINGLE.finditer(text)] if "‘" in text else []
    if "'" in text:
        found += list(_straight(text))
    out: list[QuoteSpan] = []
    if found:
        out.extend(_single_paragraphs(text, found, doubles))
    for open_at, close_at, start, end, inner in found:
        if len(inner) < 2 or any(q.open_at <= open_at < q.close_at for q in doubles + out):
            continue
        out.append(QuoteSpan(open_at, close_at, start, end, inner))
    return out


def _single_paragraphs(text: str, found: list[tuple[int, int, int, int, str]],
                       doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote in single marks over several paragraphs (British style): a paragraph opening with
    a single mark that does not close in it, then paragraphs that open with the mark again,
    the last closing it.  One span with a piece per paragraph, as for double marks."""
    by_open = {f[0]: f for f in found}
    paras = paragraphs(text)
    out: list[QuoteSpan] = []
    k = 0
    while k < len(paras) - 1:
        ps, pe = paras[k]
        intro = max(text.rfind(": '", ps, pe), text.rfind(": ‘", ps, pe))
        if text[ps] not in "'‘" and intro > 0 and intro + 2 not in by_open and \
                text[paras[k + 1][0]] == text[intro + 2]:
            ps = intro + 2  # "... told the court: 'For ten years ..." ⏎ "'What you have ...'": it opens mid-paragraph
        mark = text[ps]
        if mark not in "'‘" or ps in by_open or not text[ps + 1:ps + 2].isalpha() or \
                any(q.open_at <= ps < q.close_at for q in doubles) or text[paras[k + 1][0]] != mark:
            k += 1
            continue
        pieces = [(ps + 1, pe)]
        j = k + 1
        close_at = pe
        while j < len(paras) and text[paras[j][0]] == mark:
            qs, qe = paras[j]
            j += 1
            closed = by_open.get(qs)
            if closed is not None:  # the mark closes in this paragraph: the quote ends there
                pieces.append((closed[2], closed[3]))
                close_at = closed[1]
                break
            pieces.append((qs + 1, qe))
            close_at = qe
        out.append(_make(text, ps, close_at, pieces))
        k = j
    return out


def stretches(text: str, q: QuoteSpan, partial: bool) -> list[tuple[int, int]]:
    """The offsets of each paragraph of ``q`` (one entry each, as a reader quotes them),
    without the trailing comma (and full stop for partial quotes)."""
    if partial or len(q.pieces) < 2:
        return [_trimmed(text, q.start, q.end, partial)]
    return [_trimmed(text, s, e, False) for s, e in q.pieces]


def _trimmed(text: str, start: int, end: int, partial: bool) -> tuple[int, int]:
    strip = ",;:" + (".!" if partial else "")
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
