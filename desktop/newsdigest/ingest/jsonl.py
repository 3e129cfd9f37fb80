"""JSON lines (``.jsonl``) and JSON (``.json``) article files.

Each article is an object with ``text`` (or ``content``/``body``) and
optionally ``title``/``headline``, ``outlet``/``source``/``publisher``/
``site_name`` (a ``{"name": ...}`` object is accepted, as news APIs write
it), ``url``/``link``, ``published``/``date``/``published_at``/``pubDate``,
``byline``/``author``/``authors`` and ``language``/``lang``.  Other keys are
ignored.  A ``.json`` file holds one such object, an array of them, or an
object with an ``articles``/``items`` array; a ``.json`` file that is really
JSON lines (one object per line) is read as such.

A single bad line or object refuses the *whole file*, naming the line (or
array index): importing the good part would leave the store half-changed
and the user unsure what came in.  Blank lines are allowed.
"""

from __future__ import annotations

import json
from typing import Any

from newsdigest.domain.errors import ImportFailed
from newsdigest.domain.models import ArticleDraft

from .dates import to_iso_date

_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "publishedAt", "pubDate"),
    "byline": ("byline", "author", "authors"),
    "language": ("language", "lang"),
}


def parse_jsonl(text: str, source_name: str) -> list[ArticleDraft]:
    """One :class:`ArticleDraft` per non-blank line; any bad line refuses the file."""
    drafts = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ImportFailed(
                source_name,
                f"{where} is not valid JSON ({exc.msg}: column {exc.colno}); nothing was imported",
            ) from None
        drafts.append(_draft(value, where, source_name))
    if not drafts:
        raise ImportFailed(source_name, "is empty")
    return drafts


def parse_json(text: str, source_name: str) -> list[ArticleDraft]:
    """Articles from a JSON object, array, or ``{"articles": [...]}``."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_jsonl(text, source_name)  # JSON lines saved as .json
        raise ImportFailed(
            source_name, f"is not valid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno})"
        ) from None
    if isinstance(value, dict):
        for key in ("articles", "items"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, dict):
        return [_draft(value, "the article", source_name)]
    if not isinstance(value, list):
        raise ImportFailed(source_name, "holds neither an article object nor a list of articles")
    if not value:
        raise ImportFailed(source_name, "holds an empty list: no articles")
    return [_draft(item, f"item {index}", source_name) for index, item in enumerate(value, start=1)]


def _draft(value: Any, where: str, source_name: str) -> ArticleDraft:
    if not isinstance(value, dict):
        raise ImportFailed(
            source_name, f'{where} is not an object with a "text"; nothing was imported'
        )
    text = _field(value, "text")
    if not text.strip():
        raise ImportFailed(source_name, f'{where} has no "text"; nothing was imported')
    published = _field(value, "published")
    return ArticleDraft(
        text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
        title=_field(value, "title").strip(),
        outlet=_field(value, "outlet").strip(),
        byline=_field(value, "byline").strip(),
        url=_field(value, "url").strip(),
        published=to_iso_date(published) if published else None,
        language=_field(value, "language").strip(),
        source_name=source_name,
    )


def _field(value: dict, field: str) -> str:
    """The first key present for ``field``, as text ("" if absent)."""
    for key in _FIELDS[field]:
        if value.get(key) not in (None, ""):
            return _as_text(value[key])
    return ""


def _as_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):  # {"id": "bbc", "name": "BBC News"}
        return _as_text(item.get("name", ""))
    if isinstance(item, list):  # ["Jane Smith", "John Doe"]
        return ", ".join(part for part in (_as_text(x).strip() for x in item) if part)
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        return str(item)
    return ""
