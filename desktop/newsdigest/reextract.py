"""Running extraction again on stored articles without losing analysts' work.

After an extractor upgrade the new entries are matched to the old ones: an
entry that still matches keeps its id, so its annotation, tags and history
stay attached.  Old entries the analyst touched that no longer match are
kept as they were and reported; untouched ones are replaced.  Entries an
analyst created by hand are never touched.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from newsdigest.domain.models import Entry
from newsdigest.extract import extract_article
from newsdigest.library import entities_with_keys
from newsdigest.store import articles, entries
from newsdigest.store.clock import now
from newsdigest.store.entities import link_entities
from newsdigest.store.rows import entry_to_row

_REFRESHED = ("kind", "quote_type", "text", "speaker", "role", "cue", "speaker_candidates",
              "actors", "action", "places", "when_text", "date", "numbers", "event_type",
              "confidence", "start", "end")


@dataclass
class ReextractReport:
    article_id: int
    kept: int = 0  # matched entries, annotation kept
    added: int = 0
    removed: int = 0  # unmatched entries nobody had touched
    unmatched: list[Entry] = field(default_factory=list)  # touched, no longer found: kept

    def line(self) -> str:
        text = (f"article {self.article_id}: {self.kept} kept, {self.added} new, "
                f"{self.removed} removed")
        for entry in self.unmatched:
            text += (f"\n  unmatched (kept with its annotation): entry {entry.id} "
                     f"[{entry.kind}] {entry.text[:60]!r}")
        return text


def _overlap(a: Entry, b: Entry) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match(old: list[Entry], new: list[Entry]) -> dict[int, Entry]:
    """Old entry id -> new entry: same kind and span first, then best overlap."""
    pairs: dict[int, Entry] = {}
    free = list(new)
    for entry in old:
        exact = next((n for n in free if (n.kind, n.start, n.end) ==
                      (entry.kind, entry.start, entry.end)), None)
        if exact is not None:
            pairs[entry.id] = exact
            free.remove(exact)
    for entry in old:
        if entry.id in pairs:
            continue
        best = max((n for n in free if n.kind == entry.kind), key=lambda n: _overlap(entry, n),
                   default=None)
        span = max(1, entry.end - entry.start)
        if best is not None and _overlap(entry, best) >= span / 2:
            pairs[entry.id] = best
            free.remove(best)
    return pairs


def _touched(db: Database, entry_id: int) -> bool:
    return bool(db.execute("SELECT 1 FROM history WHERE entry_id = ? LIMIT 1",
                           [entry_id]).fetchone())


def reextract_article(db: Database, article_id: int, *, analyst: str = "") -> ReextractReport:
    """Re-run extraction on one article in one transaction."""
    article = articles.get_article(db, article_id)
    extraction = extract_article(article.text, published=article.published, title=article.title)
    old = [e for e in entries.entries_of_article(db, article_id) if e.origin != "analyst"]
    pairs = _match(old, extraction.entries)
    report = ReextractReport(article_id)
    with db.atomic():
        for entry in old:
            match = pairs.get(entry.id)
            if match is not None:
                row = entry_to_row(match, article_id)
                db["entries"].update(entry.id, {k: row[k] for k in _REFRESHED})
                db.execute("DELETE FROM entry_entities WHERE entry_id = ?", [entry.id])
                match.id = entry.id
                report.kept += 1
            elif _touched(db, entry.id):
                report.unmatched.append(entry)
            else:
                for table in ("entry_entities", "entry_tags", "annotations"):
                    db.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry.id])
                db.execute("DELETE FROM entries WHERE id = ?", [entry.id])
                report.removed += 1
        fresh = [n for n in extraction.entries if n.id is None]
        articles.add_entries(db, article_id, fresh, [], analyst=analyst, stamp=now())
        report.added = len(fresh)
        link_entities(db, [n for n in extraction.entries if n.id is not None],
                      entities_with_keys(extraction))
    return report


def reextract(db: Database, article_ids: list[int] | None = None, *,
              analyst: str = "") -> list[ReextractReport]:
    """Re-run extraction on the given articles, or on all of them."""
    if article_ids is None:
        article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    return [reextract_article(db, a, analyst=analyst) for a in article_ids]
