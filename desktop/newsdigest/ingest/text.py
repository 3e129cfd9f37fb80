"""Plain-text articles (``.txt`` files and pasted text).

Layout understood at the top of a file, all optional, in this order:

* a header block of ``Key: value`` lines, then a blank line. Keys (any case):
  ``Title``/``Headline``, ``Source``/``Outlet``/``Publication``,
  ``Date``/``Published``, ``URL``/``Link``, ``By``/``Author``/``Byline``,
  ``Language``/``Lang``.  Only a block made *entirely* of such lines counts;
* a headline: the first line, when it is short (at most 200 characters and
  25 words), does not end like a sentence (``.`` ``,`` ``;`` ``:`` or a dash),
  is not a ``Key: value`` line, and more text follows it - after a blank
  line, or on the next line if that line is longer and ends like a sentence
  (so a list of short lines does not lose its first item);
* a byline line right after the headline: ``By Jane Smith``.

Everything else is the body, kept as written (newlines normalised).  A file
that starts straight away with a long paragraph keeps it: no title is made up.
"""

from __future__ import annotations

import re

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date

_HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "by": "byline",
    "author": "byline",
    "byline": "byline",
    "language": "language",
    "lang": "language",
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")
_BYLINE = re.compile(
    r"^\s*By\s+(?P<name>[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,7})\s*$"
)
_SENTENCE_END = re.compile(r"""[.,;:—–-]["'”’)]*$""")
_BODY_END = re.compile(r"""[.!?:]["'”’)]*$""")
_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 25


def parse_plain_text(text: str, source_name: str) -> ArticleDraft:
    """An :class:`ArticleDraft` from decoded, newline-normalised plain text."""
    lines = text.split("\n")
    meta, lines = _take_header(lines)
    if not meta.get("title"):
        title, lines = _take_headline(lines)
        if title:
            meta["title"] = title
            byline, lines = _take_byline(lines)
            if byline and not meta.get("byline"):
                meta["byline"] = byline
    body = "\n".join(lines).strip()
    if not body:
        raise ImportFailed(source_name, "has no article text (only a title or header lines)")
    return ArticleDraft(
        text=body,
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        byline=meta.get("byline", ""),
        url=meta.get("url", ""),
        published=to_iso_date(meta.get("published")),
        language=meta.get("language", ""),
        source_name=source_name,
    )


def _first_content(lines: list[str]) -> int:
    """Index of the first non-blank line (len(lines) if none)."""
    for index, line in enumerate(lines):
        if line.strip():
            return index
    return len(lines)


def _take_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Parse a ``Key: value`` block ended by a blank line; else change nothing."""
    start = _first_content(lines)
    meta: dict[str, str] = {}
    index = start
    while index < len(lines) and lines[index].strip():
        match = _HEADER_LINE.match(lines[index])
        field = _HEADER_KEYS.get(match.group(1).lower()) if match else None
        if field is None or not match.group(2):
            return {}, lines  # not a header block: leave the text alone
        meta.setdefault(field, match.group(2))
        index += 1
    if not meta or index >= len(lines):
        return {}, lines  # a whole file of "Key: value" lines is text, not a header
    return meta, lines[index:]


def _take_headline(lines: list[str]) -> tuple[str, list[str]]:
    start = _first_content(lines)
    if start >= len(lines):
        return "", lines
    candidate = lines[start].strip()
    rest = lines[start + 1 :]
    if not _looks_like_headline(candidate) or not "\n".join(rest).strip():
        return "", lines
    if rest[0].strip() and not _looks_like_body(rest[0], candidate):
        return "", lines  # a run of short lines (a list, a transcript): no title
    return candidate, rest


def _looks_like_body(line: str, headline: str) -> bool:
    """A line straight under a headline must read like the start of the article."""
    line = line.strip()
    return bool(_BYLINE.match(line)) or (len(line) > len(headline) and bool(_BODY_END.search(line)))


def _looks_like_headline(line: str) -> bool:
    if len(line) > _MAX_HEADLINE_CHARS or len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if _SENTENCE_END.search(line):
        return False
    if _BYLINE.match(line):
        return False
    key = _HEADER_LINE.match(line)
    if key and key.group(1).lower() in _HEADER_KEYS:
        return False  # "Date: ..." outside a header block is text, not a title
    return any(char.isalpha() for char in line)


def _take_byline(lines: list[str]) -> tuple[str, list[str]]:
    start = _first_content(lines)
    if start >= len(lines):
        return "", lines
    match = _BYLINE.match(lines[start])
    if match is None or len(lines[start]) > 80:
        return "", lines
    return match.group("name").strip(), lines[start + 1 :]
