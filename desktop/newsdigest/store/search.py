"""Turning typed text into a safe FTS5 query.

Whatever the analyst types, the result is a query made only of quoted
terms, so FTS5 operators, column filters and stray quotes can never raise an
error or change the query's meaning.  Supported on purpose:
``"exact phrase"``, ``prefix*`` and ``-excluded`` words.
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or ``None`` when nothing is searchable."""
    positive: list[str] = []
    negative: list[str] = []
    for match in _TOKEN.finditer(text or ""):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                positive.append(_quote(" ".join(words)))
            continue
        excluded = word.startswith("-") and len(word) > 1
        prefix = word.endswith("*")
        words = _WORD.findall(word)
        if not words:
            continue
        term = _quote(" ".join(words)) + ("*" if prefix else "")
        (negative if excluded else positive).append(term)
    if not positive:
        return None
    query = " AND ".join(positive)
    for term in negative:
        query += f" NOT {term}"
    return query


def highlight_terms(text: str) -> list[str]:
    """The words to highlight in results for ``text`` (prefixes without the star)."""
    return [w for w in _WORD.findall(text or "") if w]
