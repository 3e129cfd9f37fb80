"""Markdown articles: front matter, a leading ``# Heading``, syntax stripped.

Front matter is a ``---`` block of ``key: value`` lines (YAML-ish, no nesting)
with keys ``title``, ``date``/``published``, ``source``/``outlet``/``site``/
``publication``, ``url``/``link``/``canonical``, ``author``/``byline``/
``authors`` and ``lang``/``language``.  Without a front-matter title the first
``#`` heading (or a ``===`` underlined one), if it opens the document,
becomes the title.  The body keeps its words; markers that would confuse
the extractor go: emphasis, heading hashes, inline HTML tags, link syntax
(the link text stays), images, block-quote ``>`` marks, list bullets, code
fences, rules.
"""

from __future__ import annotations

import re

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date
from .text import parse_plain_text

_FRONT_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "source": "outlet",
    "outlet": "outlet",
    "site": "outlet",
    "publication": "outlet",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "author": "byline",
    "byline": "byline",
    "authors": "byline",
    "lang": "language",
    "language": "language",
}
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_ATX_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
_SETEXT_TITLE = re.compile(r"\A\s*([^\n]+)\n=+[ \t]*(?:\n|\Z)")

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_PARK = 0xF0000
_PARKED = re.compile("[\U000f0000-\U000f00ff]")
# Order matters: images before links, fences and rules before emphasis.
_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE), ""),  # code fences (content kept)
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # --- *** rules
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),  # [ref]: http://...
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # <http://autolink>
    (re.compile(r"<br\s*/?>", re.IGNORECASE), "\n"),  # HTML line breaks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), r"\1"),  # ## heading
    (re.compile(r"^[ \t]*=+[ \t]*$|^[ \t]*-{2,}[ \t]*$", re.MULTILINE), ""),  # setext underlines
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE), ""),  # > quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE), r"\1"),  # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **bold**
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # ~~strike~~
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # `code`
    (re.compile(r"\n{3,}"), "\n\n"),
)


def parse_markdown(text: str, source_name: str) -> ArticleDraft:
    """An :class:`ArticleDraft` from decoded, newline-normalised Markdown."""
    meta, text = _take_front_matter(text)
    heading, rest = _take_title(text)
    heading = strip_markdown(heading).strip()
    if heading and not meta.get("title"):
        meta["title"] = heading
    if heading and heading.casefold() == meta["title"].casefold():
        text = rest  # the heading is the title: keep it once, as the title
    body = strip_markdown(text).strip()
    if not body:
        raise ImportFailed(source_name, "has no article text (only a title or front matter)")
    if not meta:
        # No Markdown metadata at all: the plain-text rules (headline, header
        # lines) may still apply, e.g. to a .md file that is really plain text.
        return parse_plain_text(body, source_name)
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


def strip_markdown(text: str) -> str:
    """Markdown text without the syntax that is not words."""
    # Escaped characters (\\*) are parked in a private-use plane so the
    # emphasis rules cannot see them, then restored as plain characters.
    text = _ESCAPE.sub(lambda m: chr(_PARK + ord(m.group(1))), text)
    for pattern, replacement in _SUBSTITUTIONS:
        text = pattern.sub(replacement, text)
    return _PARKED.sub(lambda m: chr(ord(m.group()) - _PARK), text)


def _take_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT.match(text)
    if match is None:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        parsed = _FRONT_LINE.match(line)
        if parsed is None:
            continue
        field = _FRONT_KEYS.get(parsed.group(1).lower())
        value = _unquote(parsed.group(2))
        if field and value:
            meta.setdefault(field, value)
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    """Strip YAML quotes and a one-line list (``[a, b]``) to plain text."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_unquote(part) for part in value[1:-1].split(",") if part.strip())
    return value


def _take_title(text: str) -> tuple[str, str]:
    for pattern in (_ATX_TITLE, _SETEXT_TITLE):
        match = pattern.match(text)
        if match:
            return match.group(1).strip(), text[match.end() :]
    return "", text
