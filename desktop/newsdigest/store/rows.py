"""Conversions between table rows and domain objects (JSON for list columns)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from newsdigest.domain.models import Annotation, Article, Entry, Number


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def loads_list(value: str | None) -> list:
    return json.loads(value) if value else []


def entry_to_row(entry: Entry, article_id: int) -> dict:
    """Row for the ``entries`` table (``entities`` are linked separately)."""
    return {
        "article_id": article_id, "kind": entry.kind, "quote_type": entry.quote_type,
        "text": entry.text, "speaker": entry.speaker, "role": entry.role, "cue": entry.cue,
        "speaker_candidates": dumps(entry.speaker_candidates), "actors": dumps(entry.actors),
        "action": entry.action, "places": dumps(entry.places), "when_text": entry.when,
        "date": entry.date, "numbers": dumps([asdict(n) for n in entry.numbers]),
        "event_type": entry.event_type, "confidence": entry.confidence,
        "origin": entry.origin, "start": entry.start, "end": entry.end, "deleted": 0,
    }


def row_to_entry(row: dict) -> Entry:
    return Entry(
        id=row["id"], article_id=row["article_id"], kind=row["kind"],
        quote_type=row["quote_type"], text=row["text"], speaker=row["speaker"] or "",
        role=row["role"] or "", cue=row["cue"] or "",
        speaker_candidates=loads_list(row["speaker_candidates"]),
        actors=loads_list(row["actors"]), action=row["action"] or "",
        places=loads_list(row["places"]), when=row["when_text"] or "", date=row["date"],
        numbers=[Number(**n) for n in loads_list(row["numbers"])],
        event_type=row["event_type"] or "", confidence=row["confidence"] or 0.0,
        origin=row["origin"] or "extracted", start=row["start"] or 0, end=row["end"] or 0,
    )


def row_to_article(row: dict) -> Article:
    return Article(
        id=row["id"], title=row["title"] or "", outlet=row["outlet"] or "",
        byline=row["byline"] or "", url=row["url"] or "", published=row["published"],
        language=row["language"] or "", text=row["text"], content_hash=row["content_hash"],
        imported_at=row["imported_at"], source_name=row["source_name"] or "",
        reliability=row.get("reliability"),
    )


def row_to_annotation(row: dict, tags: list[str]) -> Annotation:
    return Annotation(
        entry_id=row["entry_id"], note=row["note"] or "", credibility=row["credibility"],
        status=row["status"] or "new", include_in_brief=bool(row["include_in_brief"]),
        priority=row["priority"] or 0, tags=tags, analyst=row["analyst"] or "",
        created_at=row["created_at"] or "", updated_at=row["updated_at"] or "",
    )


def entry_json(entry: Entry) -> str:
    """A whole entry as JSON, kept in history when it is deleted."""
    return dumps(asdict(entry))
