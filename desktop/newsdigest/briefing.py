"""Use cases for briefs and exports: which entries, in what form, to which file."""
from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from newsdigest import export as exporters
from newsdigest.domain.brief import BriefItem, BriefSpec
from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import EntityRef
from newsdigest.store import annotations, articles, entries, recipes
from newsdigest.store.entities import entities_of_entry
from newsdigest.store.queries import entry_ids


def spec_filter(spec: BriefSpec, current: EntryFilter | None = None) -> EntryFilter:
    """The entry filter a brief's selection stands for.

    Without a selection option a brief covers every entry that is not
    dismissed; the tag, minimum credibility and search narrow any selection.
    """
    if spec.selection == "filter" and current is not None:
        f = EntryFilter.from_dict(current.to_dict())
    elif spec.selection == "selection":
        f = EntryFilter(entry_ids=list(spec.entry_ids) or [-1])
    else:
        f = EntryFilter()
    f.include_dismissed = spec.selection in ("selection",)
    if spec.selection == "included":
        f.included_only = True
    if spec.tag:
        f.tags = [spec.tag]
    if spec.min_credibility is not None:
        f.min_credibility = spec.min_credibility
    if spec.search:
        f.search = spec.search
    return f


def brief_items(db: Database, spec: BriefSpec, current: EntryFilter | None = None) -> list[BriefItem]:
    """The entries a brief covers, with their annotations and articles."""
    ids = entry_ids(db, spec_filter(spec, current))
    cache: dict[int, object] = {}
    items = []
    for entry_id in ids:
        entry = entries.get_entry(db, entry_id)
        entry.entities = [EntityRef(e.type, e.name) for e in entities_of_entry(db, entry_id)]
        if entry.article_id not in cache:
            cache[entry.article_id] = articles.get_article(db, entry.article_id)
        items.append(BriefItem(entry, annotations.get_annotation(db, entry_id),
                               cache[entry.article_id]))
    return items


def write(db: Database, fmt: str, spec: BriefSpec, out_path: str | Path, *,
          current: EntryFilter | None = None, progress=None, cancelled=None) -> tuple[int, int | None]:
    """Resolve the selection and write it as ``fmt`` (pdf, md, csv, json).

    Returns the number of entries written and, for a PDF, its page count.
    """
    items = brief_items(db, spec, current)
    if fmt == "pdf":
        pages = exporters.write_brief_pdf(items, spec, out_path, progress=progress,
                                          cancelled=cancelled)
        return len(items), pages
    exporters.export_items(fmt, items, spec, out_path)
    return len(items), None


def load_recipe(db: Database, name: str) -> BriefSpec:
    """A saved brief recipe as a spec."""
    return BriefSpec.from_dict(recipes.load_recipe(db, name))


def save_recipe(db: Database, name: str, spec: BriefSpec) -> None:
    recipes.save_recipe(db, name, spec.to_dict())
