"""RSS and Atom feed files: one article per item.

feedparser gets the file's bytes wrapped in a stream - a plain string
could be taken for a URL or a file name - so it never opens anything else;
its SAX parser has external entities switched off, and relative links are
not resolved.  Item HTML is sanitised by feedparser and turned into plain
text here.  Items without any text (title and link only) are skipped; a
feed with no usable item is refused.
"""

from __future__ import annotations

import io
import re

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date
from .html import html_to_text

_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>/]")
_EXPAT_WHERE = re.compile(r"^<unknown>:(\d+):(\d+):")
_XML_PROLOGUE = re.compile(rb"\A(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)


def looks_like_feed(data: bytes) -> bool:
    """True when the first element of the XML document is rss, feed or rdf:RDF."""
    head = data[:8192].removeprefix(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    prologue = _XML_PROLOGUE.match(head)
    rest = head[prologue.end() :] if prologue else head
    return bool(_FEED_ROOT.match(rest))


def parse_feed(data: bytes, source_name: str) -> list[ArticleDraft]:
    """One :class:`ArticleDraft` per feed item that has text."""
    import feedparser  # lazy: heavy import

    parsed = feedparser.parse(
        io.BytesIO(data),
        resolve_relative_uris=False,
        sanitize_html=True,
        response_headers={"content-location": "", "content-type": "application/xml"},
    )
    if not parsed.entries:
        raise ImportFailed(source_name, _no_entries_reason(parsed))
    feed = parsed.feed
    outlet = _clean(feed.get("title", ""))
    language = (feed.get("language") or "").strip()
    drafts = [_item(entry, outlet, language, source_name) for entry in parsed.entries]
    drafts = [draft for draft in drafts if draft is not None]
    if not drafts:
        n = len(parsed.entries)
        reason = ("the feed's one item has no text" if n == 1
                  else f"none of the feed's {n} items has any text")
        if parsed.get("bozo"):
            reason = f"{_no_entries_reason(parsed)}; {reason}"
        raise ImportFailed(source_name, reason)
    return drafts


def _no_entries_reason(parsed) -> str:
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        detail = f" ({_short(problem)})" if problem else ""
        return f"is not a well-formed RSS or Atom feed{detail}"
    if not parsed.get("version"):
        return "is not an RSS or Atom feed"
    return "is a feed without any items"


def _short(problem: object) -> str:
    """The parser's complaint, with expat's "<unknown>:2:65:" made readable."""
    text = " ".join(str(problem).split())
    text = _EXPAT_WHERE.sub(r"line \1, column \2:", text)
    return text[:160]


def _item(entry, outlet: str, feed_language: str, source_name: str) -> ArticleDraft | None:
    text = _item_text(entry)
    if not text:
        return None
    return ArticleDraft(
        text=text,
        title=_clean(entry.get("title", "")),
        outlet=outlet,
        byline=_clean(entry.get("author", "")),
        url=(entry.get("link") or "").strip(),
        published=_item_date(entry),
        language=_item_language(entry) or feed_language,
        source_name=source_name,
    )


def _item_text(entry) -> str:
    """The longest of the item's content blocks and summary, as plain text."""
    candidates = [block for block in entry.get("content", []) if block.get("value")]
    if entry.get("summary_detail", {}).get("value"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    texts = [_block_text(block) for block in candidates]
    return max(texts, key=len, default="")


def _block_text(block) -> str:
    value = block.get("value", "")
    if block.get("type") == "text/plain":
        return "\n".join(line.strip() for line in value.strip().splitlines() if line.strip())
    return html_to_text(value)


def _item_date(entry) -> str | None:
    """Publication date as the feed wrote it; the update date if that is all there is.

    The raw string is parsed first because feedparser's ``*_parsed`` tuples
    are converted to UTC, which can move the calendar date.
    """
    for key in ("published", "updated", "created"):
        date = to_iso_date(entry.get(key))
        if date:
            return date
        date = to_iso_date(entry.get(f"{key}_parsed"))
        if date:
            return date
    return None


def _item_language(entry) -> str:
    for block in entry.get("content", []):
        if block.get("language"):
            return block["language"].strip()
    detail = entry.get("title_detail") or {}
    return (detail.get("language") or "").strip()


def _clean(value: str) -> str:
    """Titles and names may carry HTML entities or tags; keep their text only."""
    value = value or ""
    return (
        " ".join(html_to_text(value).split())
        if "<" in value or "&" in value
        else " ".join(value.split())
    )
