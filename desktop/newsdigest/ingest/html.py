"""HTML pages: the article's main text and the page's own metadata.

trafilatura does the boilerplate removal (navigation, ads, sidebars,
footers).  It is only ever handed a string - never a URL - so nothing is
fetched, and it does not run scripts.  The date comes from the page itself
(``article:published_time`` and other meta tags, ``<time>``, JSON-LD, a date
in the page's own URL); htmldate's extensive search is off because it falls
back to guesses such as the current year's January 1st.
"""

from __future__ import annotations

import re

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date
from .encoding import decode_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)""", re.IGNORECASE
)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
_HAS_WORD = re.compile(r"\w")
# fmt: off
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "figcaption", "dd", "dt",
)
# fmt: on
# Below this many words, what the recall pass finds is menu debris.
_MIN_RECALL_WORDS = 25
# htmldate: no guessing; ``original_date`` prefers publication over update.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def decode_html(data: bytes, name: str) -> str:
    """Decode HTML bytes, honouring a ``<meta charset>`` declaration."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = declared.group(1).decode("ascii", "replace").lower()
        # As browsers do: pages labelled Latin-1 or ASCII are really cp1252.
        if encoding in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            encoding = "cp1252"
        try:
            return decode_bytes(data.decode(encoding).encode("utf-8"), name)
        except (LookupError, UnicodeDecodeError):
            pass  # wrong declaration: fall back to detection
    return decode_bytes(data, name)


def parse_html(html: str, source_name: str) -> ArticleDraft:
    """An :class:`ArticleDraft` from a decoded HTML page."""
    import trafilatura  # lazy: heavy import

    # lxml refuses str input that carries an encoding declaration.
    html = _XML_DECL.sub("", html, count=1)
    doc = _extract(trafilatura, html, precise=True)
    if doc is None or not _HAS_WORD.search(doc.text or ""):
        # The precise pass finds nothing on some unusual layouts; the
        # recall pass does, but on a page of menus it returns menu words, so
        # its result must look like prose (a few sentences' worth of words).
        doc = _extract(trafilatura, html, precise=False)
        if doc is not None and len((doc.text or "").split()) < _MIN_RECALL_WORDS:
            doc = None
    if doc is None or not _HAS_WORD.search(doc.text or ""):
        raise ImportFailed(source_name, "no article text found in this HTML page")
    title = (doc.title or "").strip()
    return ArticleDraft(
        text=_drop_leading_title(doc.text, title),
        title=title,
        outlet=(doc.sitename or "").strip(),
        byline=(doc.author or "").strip(),
        url=(doc.url or "").strip(),
        published=to_iso_date(doc.date),
        language=_language(html, doc.language),
        source_name=source_name,
    )


def _extract(trafilatura, html: str, *, precise: bool):
    return trafilatura.bare_extraction(
        html,
        favor_precision=precise,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one line per block.

    Scripts, styles and comments are dropped; inline whitespace is collapsed.
    """
    if "<" not in fragment:
        import html as html_lib

        return _tidy(html_lib.unescape(fragment))
    from lxml import html as lxml_html  # lazy: lxml is only needed here
    from lxml.etree import ParserError

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe|.//comment()"):
        _drop(bad)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return _tidy(root.text_content())


def _drop(element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _drop_leading_title(text: str, title: str) -> str:
    """trafilatura repeats the ``<h1>`` as the text's first line; keep it once."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        return rest.strip()
    return text


def _language(html: str, detected: str | None) -> str:
    match = _HTML_LANG.search(html[:4096])
    if match:
        return match.group(1)
    return (detected or "").strip()
