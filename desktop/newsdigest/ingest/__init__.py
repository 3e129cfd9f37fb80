"""File readers: turn files and pasted text into :class:`ArticleDraft` objects.

No Qt, no SQL, no network.  Heavy libraries (trafilatura, feedparser, pypdf,
charset-normalizer) are imported only by the reader that needs them, so
importing this package is cheap.

Formats: plain text (``.txt``), Markdown, HTML pages (main text only), RSS and
Atom feeds (one article per item; ``.xml`` files are sniffed), PDFs with a
text layer, JSON lines and JSON.  Every failure is an
:class:`~newsdigest.domain.errors.ImportFailed` whose message is
"<file as given>: <reason in plain words>".

Decisions (details in each module's docstring):

* Size: files over :data:`MAX_FILE_BYTES` (50 MB), or HTML/XML/feeds over
  :data:`MAX_MARKUP_BYTES` (10 MB), are refused before reading.  A 20 MB
  text file imports in well under a second.
* All or nothing: a JSON-lines file with one bad line is refused whole, so
  the store never holds half a file.  Feed items without text are skipped.
* Metadata is never invented: no date from "today", the PDF creation date
  or an ambiguous ``03/04/2025``; no title from a ``.txt`` file's first line
  unless it clearly reads as a headline (see :mod:`.text`).
* Encodings: BOMs, UTF-16, strict UTF-8, cp1252, then charset-normalizer;
  damaged UTF-8 is refused rather than imported as mojibake.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date
from .encoding import decode_bytes, normalise_newlines

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "iter_import_files",
    "read_pasted",
    "read_path",
]

#: Files larger than this are refused before they are read: 50 MB is far
#: beyond any news article (a 20 MB plain-text file imports in about a
#: second) but keeps a stray video or database dump out of memory.
MAX_FILE_BYTES: int = 50 * 1024 * 1024

#: HTML pages and feeds larger than this are refused too: boilerplate removal
#: and feed parsing take about a second per megabyte (measured), so 10 MB -
#: many times a real article page - keeps an import under ~15 seconds.
MAX_MARKUP_BYTES: int = 10 * 1024 * 1024

_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

#: File name suffixes (lower case) that :func:`read_path` understands.
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_KINDS)

PASTED = "pasted text"


def read_path(path: str | os.PathLike) -> list[ArticleDraft]:
    """The articles in one file (a feed or JSON-lines file gives several).

    Raises :class:`ImportFailed` naming ``path`` (as given) and the reason
    for anything that stops the file being imported; then nothing from the
    file is returned.
    """
    name = str(path)
    file = Path(path)
    if file.is_dir():
        raise ImportFailed(name, "is a folder, not a file")
    kind = _KINDS.get(file.suffix.lower())
    if kind is None:
        raise ImportFailed(name, _unsupported(file.suffix))
    data = _read_bytes(file, name, kind)
    try:
        drafts = _READERS[kind](data, name, file.name)
    except ImportFailed:
        raise
    except RecursionError:
        raise ImportFailed(name, "is nested too deeply to be read") from None
    except Exception as exc:  # noqa: BLE001 - a library choking on odd input: still a clean message
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise ImportFailed(name, f"could not be read ({detail})") from None
    return drafts


def read_pasted(
    text: str, *, title: str = "", outlet: str = "", published: str | None = None, url: str = ""
) -> ArticleDraft:
    """An article from pasted text; the given metadata wins over the text's own.

    Without a ``title`` the plain-text rules apply (a headline first line,
    ``Title:``-style header lines).  An unparseable ``published`` date is
    refused rather than dropped.
    """
    from .text import parse_plain_text

    text = normalise_newlines(text or "")
    if not text.strip():
        raise ImportFailed(PASTED, "is empty")
    date = to_iso_date(published) if published else None
    if published and date is None:
        raise ImportFailed(
            PASTED, f"the date {published!r} is not a full, unambiguous date (use YYYY-MM-DD)"
        )
    if title.strip():
        draft = ArticleDraft(text=text.strip(), source_name=PASTED)
    else:
        draft = parse_plain_text(text, PASTED)
    draft.title = title.strip() or draft.title
    draft.outlet = outlet.strip() or draft.outlet
    draft.url = url.strip() or draft.url
    draft.published = date or draft.published
    return draft


def iter_import_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files to import for what the user picked.

    Folders are walked recursively in sorted order, skipping hidden files
    and folders, files of unsupported types, and a project's own papers
    (README, LICENSE, CHANGELOG ...: a folder of saved articles often holds
    one, and it is not news).  Anything given explicitly
    (a file of any type, or a path that does not exist) is yielded as given,
    so :func:`read_path` can say what is wrong with it.  A file reached twice
    is yielded once.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = _walk(path) if path.is_dir() else [path]
        for file in found:
            key = _identity(file)
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES and \
                    Path(name).stem.upper() not in PROJECT_PAPERS:
                files.append(Path(root) / name)
    return files


#: file names (without suffix, upper-cased) that a folder walk leaves out: not articles
PROJECT_PAPERS = frozenset({"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING",
                            "AUTHORS", "NOTICE", "CODE_OF_CONDUCT", "SECURITY"})


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _unsupported(suffix: str) -> str:
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    what = f"'{suffix}'" if suffix else "(no file name extension)"
    return f"unsupported file type {what}; supported: {supported}"


def _read_bytes(file: Path, name: str, kind: str) -> bytes:
    limit = MAX_MARKUP_BYTES if kind in {"html", "xml", "feed"} else MAX_FILE_BYTES
    try:
        size = file.stat().st_size
        if size > limit:
            raise ImportFailed(
                name, f"is too large ({_mb(size)}; the limit for this type is {_mb(limit)})"
            )
        with file.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportFailed(name, "does not exist") from None
    except PermissionError:
        raise ImportFailed(name, "cannot be read: permission denied") from None
    except IsADirectoryError:
        raise ImportFailed(name, "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailed(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:  # grew while we looked
        raise ImportFailed(name, f"is too large (over {_mb(limit)})")
    if not data.strip():
        raise ImportFailed(name, "is empty")
    return data


def _mb(size: int) -> str:
    """A size for people: "52.4 MB", or "5 KB" below a megabyte."""
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _text(data: bytes, name: str) -> str:
    """Decoded text; whitespace-only files are empty."""
    text = decode_bytes(data, name)
    if not text.strip():
        raise ImportFailed(name, "is empty (only whitespace)")
    return text


def _read_text(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .text import parse_plain_text

    return [_named(parse_plain_text(_text(data, name), name), file_name)]


def _read_markdown(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .markdown import parse_markdown

    return [_named(parse_markdown(_text(data, name), name), file_name)]


def _read_html(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .html import decode_html, parse_html

    html = decode_html(data, name)
    if not html.strip():
        raise ImportFailed(name, "is empty (only whitespace)")
    return [_named(parse_html(html, name), file_name)]


def _read_feed(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .feeds import parse_feed

    _text(data, name)  # binary, damaged or whitespace-only files get their own message
    return [_named(draft, file_name) for draft in parse_feed(data, name)]


def _read_xml(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .feeds import looks_like_feed

    if looks_like_feed(data):
        return _read_feed(data, name, file_name)
    text = _text(data, name)
    if "<html" in text[:4096].lower():
        return _read_html(data, name, file_name)
    raise ImportFailed(
        name, "is an XML file but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)"
    )


def _read_pdf(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .encoding import describe_binary
    from .pdf import parse_pdf

    if b"%PDF-" not in data[:1024]:
        what = describe_binary(data)
        raise ImportFailed(name, f"is not a PDF file{f' (it is {what})' if what else ''}")
    return [_named(parse_pdf(data, name), file_name)]


def _read_jsonl(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .jsonl import parse_jsonl

    return [_named(draft, file_name) for draft in parse_jsonl(_text(data, name), name)]


def _read_json(data: bytes, name: str, file_name: str) -> list[ArticleDraft]:
    from .jsonl import parse_json

    return [_named(draft, file_name) for draft in parse_json(_text(data, name), name)]


def _named(draft: ArticleDraft, file_name: str) -> ArticleDraft:
    """Readers name files by the path given (for messages); drafts by file name."""
    draft.source_name = file_name
    return draft


_READERS = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "feed": _read_feed,
    "xml": _read_xml,
    "pdf": _read_pdf,
    "jsonl": _read_jsonl,
    "json": _read_json,
}
