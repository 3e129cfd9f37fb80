"""CSV and JSON exports: one record per item, for spreadsheets and scripts."""
from __future__ import annotations

import csv
import json
from dataclasses import asdict

from newsdigest.domain.brief import BriefItem, BriefSpec
from newsdigest.export.atomic import atomic_text
from newsdigest.export.content import Row, number_text, prepare, source_parts
from newsdigest.export.text import clean, one_line

COLUMNS = ["label", "id", "kind", "quote_type", "text", "speaker", "role", "date", "when",
           "places", "actors", "numbers", "event_type", "grade", "reliability", "credibility",
           "status", "include_in_brief", "note", "tags", "citation", "source_outlet",
           "source_title", "source_published", "source_url"]

# Spreadsheets run cells starting with these as formulas (CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _all_rows(items: list[BriefItem], spec: BriefSpec) -> list[Row]:
    """Every item, numbered as in the brief, whatever sections it prints."""
    wide = BriefSpec.from_dict({**spec.to_dict(), "sections": ["events", "quotes"]})
    return prepare(items, wide).rows


def record(row: Row) -> dict:
    """One item as a flat dict of the CSV columns."""
    entry, art, ann = row.entry, row.item.article, row.annotation
    title = one_line(art.title) or one_line(art.source_name)
    return {
        "label": row.label, "id": entry.id, "kind": entry.kind, "quote_type": entry.quote_type or "",
        "text": clean(entry.text), "speaker": one_line(entry.speaker), "role": one_line(entry.role),
        "date": entry.date or "", "when": one_line(entry.when),
        "places": "; ".join(entry.places), "actors": "; ".join(entry.actors),
        "numbers": "; ".join(number_text(n) for n in entry.numbers),
        "event_type": entry.event_type, "grade": row.grade, "reliability": art.reliability or "",
        "credibility": ann.credibility if ann and ann.credibility else "",
        "status": row.status, "include_in_brief": bool(ann and ann.include_in_brief),
        "note": clean(row.note), "tags": "; ".join(row.tags), "citation": row.citation,
        "source_outlet": one_line(art.outlet), "source_title": title,
        "source_published": art.published or "", "source_url": one_line(art.url),
    }


def _safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def write_csv(items: list[BriefItem], spec: BriefSpec, out_path) -> None:
    """See :func:`newsdigest.export.write_csv`."""
    with atomic_text(out_path, newline="") as handle:
        rows = _all_rows(items, spec)
        handle.write("\ufeff")  # lets Excel detect UTF-8 (Cyrillic names)
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _safe(v) for k, v in record(row).items()})


def write_json(items: list[BriefItem], spec: BriefSpec, out_path) -> None:
    """See :func:`newsdigest.export.write_json`."""
    with atomic_text(out_path) as handle:
        rows = _all_rows(items, spec)
        cites = {}
        for row in rows:
            cites.setdefault(row.citation, row.item.article)
        data = {
            "spec": spec.to_dict(), "date": spec.resolved_date(),
            "items": [{**record(row), "entry": asdict(row.entry)} for row in rows],
            "sources": [{"number": n, "citation": " \u2014 ".join(source_parts(a)),
                         "outlet": a.outlet, "title": a.title, "published": a.published,
                         "url": a.url, "reliability": a.reliability} for n, a in sorted(cites.items())],
        }
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
