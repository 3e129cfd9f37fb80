"""PDF files with a text layer (scanned pages without one are refused).

pypdf extracts one line per printed line; lines are re-joined into
paragraphs so sentences are not cut at the page width: a line break is kept
only after a line that ends a sentence and is clearly shorter than the
page's typical line, or where the page had a blank line.  Words hyphenated
across lines (``recap-`` / ``tured``) are joined.  The document title and
author come from the PDF's metadata; its creation date is *not* used as the
publication date (it says when the file was made).
"""

from __future__ import annotations

import io
import re
import statistics

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .encoding import normalise_newlines

_SENTENCE_END = re.compile(r"""[.!?:"”’)]$""")
_HYPHEN_BREAK = re.compile(r"[a-zà-ÿ]-$")
_JUNK_TITLES = re.compile(
    r"^(untitled|microsoft word - .*|document\d*|.*\.(docx?|odt|pdf|rtf))$", re.IGNORECASE
)


def parse_pdf(data: bytes, source_name: str) -> ArticleDraft:
    """An :class:`ArticleDraft` from a PDF file's bytes."""
    reader = _open(data, source_name)
    pages = _page_texts(reader, source_name)
    text = "\n\n".join(reflow(page) for page in pages if page.strip()).strip()
    if not re.search(r"\w", text):
        raise ImportFailed(
            source_name,
            "has no text layer (scanned?); only PDFs with selectable text can be imported",
        )
    title, author = _metadata(reader)
    return ArticleDraft(text=text, title=title, byline=author, source_name=source_name)


def _open(data: bytes, source_name: str):
    import pypdf  # lazy: heavy import

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pypdf raises many error types on broken files
        raise ImportFailed(source_name, f"is not a readable PDF ({_short(exc)})") from None
    if reader.is_encrypted:
        _unlock(reader, source_name)
    return reader


def _unlock(reader, source_name: str) -> None:
    """Open a PDF encrypted without a user password (owner restrictions only)."""
    try:
        unlocked = reader.decrypt("")
    except Exception as exc:  # noqa: BLE001 - e.g. AES without a crypto library
        raise ImportFailed(
            source_name, f"is an encrypted PDF this app cannot open ({_short(exc)})"
        ) from None
    if not unlocked:
        raise ImportFailed(source_name, "is a password-protected PDF")


def _page_texts(reader, source_name: str) -> list[str]:
    texts = []
    try:
        for page in reader.pages:
            texts.append(normalise_newlines(page.extract_text() or ""))
    except Exception as exc:  # noqa: BLE001 - broken content streams: same message
        raise ImportFailed(source_name, f"is not a readable PDF ({_short(exc)})") from None
    return texts


def reflow(page: str) -> str:
    """Join a page's printed lines back into paragraphs (one per line)."""
    lines = [" ".join(line.split()) for line in page.replace("\f", "\n").split("\n")]
    widths = [len(line) for line in lines if line]
    if not widths:
        return ""
    typical = statistics.median_high(widths)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            current = _flush(paragraphs, current)
            continue
        current = _join(current, line)
        if _SENTENCE_END.search(line) and len(line) < 0.8 * typical:
            current = _flush(paragraphs, current)
    _flush(paragraphs, current)
    return "\n".join(paragraphs)


def _join(current: str, line: str) -> str:
    if not current:
        return line
    if _HYPHEN_BREAK.search(current) and line[:1].islower():
        return current[:-1] + line
    return f"{current} {line}"


def _flush(paragraphs: list[str], current: str) -> str:
    if current:
        paragraphs.append(current)
    return ""


def _metadata(reader) -> tuple[str, str]:
    try:
        meta = reader.metadata or {}
        title = str(meta.get("/Title") or "").strip()
        author = str(meta.get("/Author") or "").strip()
    except Exception:  # noqa: BLE001 - bad metadata is no reason to refuse the text
        return "", ""
    if _JUNK_TITLES.match(title):
        title = ""
    return title, author


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
