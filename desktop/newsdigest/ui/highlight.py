"""Marking search hits: the words of the search, and words they are prefixes of."""
from __future__ import annotations

import html
import re
import unicodedata

from newsdigest.store.search import highlight_terms


def _fold(text: str) -> str:
    # FTS5 is told remove_diacritics 2; fold the same way so "Kyiv" marks "Kýiv".
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def terms_for(search: str) -> list[str]:
    """The words to mark for a typed search (no excluded ``-words``)."""
    kept = " ".join(w for w in (search or "").split() if not w.startswith("-"))
    return [_fold(t) for t in highlight_terms(kept)]


def spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every word in ``text`` that starts with one of ``terms``."""
    if not terms or not text:
        return []
    out = []
    for match in re.finditer(r"\w+", text):
        word = _fold(match.group())
        if any(word.startswith(t) for t in terms):
            out.append(match.span())
    return out


def to_html(text: str, terms: list[str], color: str) -> str:
    """``text`` escaped for rich text, with hits on a coloured background."""
    parts, last = [], 0
    for start, end in spans(text, terms):
        parts.append(html.escape(text[last:start]))
        parts.append(f'<span style="background-color:{color}; color:black">'
                     f"{html.escape(text[start:end])}</span>")
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)
