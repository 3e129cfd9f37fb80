"""The brief's content, independent of output format.

:func:`prepare` orders the items (events by date, undated last), labels them
``E1``…/``Q1``…, numbers each distinct article in first-use order and builds
the index of people, places and organisations.  The PDF and Markdown writers
both print a :class:`BriefContent`, so their numbering always agrees.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsdigest.domain.brief import BriefItem, BriefSpec, item_grade
from newsdigest.domain.models import Article, Kind
from newsdigest.export.text import date_label, one_line

INDEX_CATEGORIES = {"person": "People", "place": "Places", "organisation": "Organisations and groups"}


@dataclass
class Row:
    """One printed item."""

    label: str  # "E3", "Q1"
    item: BriefItem
    grade: str  # "B2"
    citation: int  # number of its article in the sources list

    @property
    def entry(self):
        return self.item.entry

    @property
    def annotation(self):
        return self.item.annotation

    @property
    def note(self) -> str:
        return self.item.annotation.note.strip() if self.item.annotation else ""

    @property
    def status(self) -> str:
        return self.item.annotation.status if self.item.annotation else "new"

    @property
    def tags(self) -> list[str]:
        return list(self.item.annotation.tags) if self.item.annotation else []

    @property
    def when(self) -> str:
        """Date as printed: the resolved date, else the time as written."""
        return date_label(self.entry.date) or one_line(self.entry.when)


@dataclass
class BriefContent:
    """Everything a writer prints, already ordered and numbered."""

    spec: BriefSpec
    date: str  # ISO date of the brief
    events: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    sources: list[Article] = field(default_factory=list)  # sources[n-1] is citation [n]
    index: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)

    @property
    def rows(self) -> list[Row]:
        return self.events + self.quotes

    def wants(self, section: str) -> bool:
        return section in self.spec.sections


def _order_key(article_rank: dict[int, int]):
    def key(pair):
        pos, item = pair
        entry = item.entry
        return (not entry.date, entry.date or "",
                article_rank.get(id(item.article), 0), entry.start, pos)
    return key


def _sorted(items: list[BriefItem]) -> list[BriefItem]:
    """Date order; undated last; ties keep article order then text order."""
    rank: dict[int, int] = {}
    for item in items:
        rank.setdefault(id(item.article), len(rank))
    return [item for _, item in sorted(enumerate(items), key=_order_key(rank))]


def is_event(item: BriefItem) -> bool:
    """True for events; quotes and claims go to the quotes section."""
    return item.entry.kind == Kind.EVENT.value


def prepare(items: list[BriefItem], spec: BriefSpec) -> BriefContent:
    """Order, label and cite ``items`` for the sections ``spec`` asks for."""
    content = BriefContent(spec=spec, date=spec.resolved_date())
    cites: dict[object, int] = {}

    def row(prefix: str, number: int, item: BriefItem) -> Row:
        art = item.article
        key = art.id if art.id is not None else id(art)
        if key not in cites:
            cites[key] = len(cites) + 1
            content.sources.append(art)
        return Row(f"{prefix}{number}", item, item_grade(item), cites[key])

    if content.wants("events"):
        events = _sorted([i for i in items if is_event(i)])
        content.events = [row("E", n, i) for n, i in enumerate(events, 1)]
    if content.wants("quotes"):
        quotes = _sorted([i for i in items if not is_event(i)])
        content.quotes = [row("Q", n, i) for n, i in enumerate(quotes, 1)]
    content.index = build_index(content.rows)
    return content


def _known_types(rows: list[Row]) -> dict[str, str]:
    types: dict[str, str] = {}
    for row in rows:
        for ref in row.entry.entities:
            types.setdefault(one_line(ref.name).casefold(), ref.type)
    return types


def _mentions(row: Row, types: dict[str, str]):
    """The names an entry mentions, with their kind.  The index lists names, not
    descriptions: a speaker or actor the extractor did not recognise as an entity is
    listed only when it reads as a name (a speaker "Jane Roe", not "Western officials";
    no actor "troops" or "Russian forces")."""
    entry = row.entry
    for ref in entry.entities:
        yield ref.type, ref.name
    if entry.speaker:
        # A speaker may be an institution ("Institute for the Study of War").
        speaker = one_line(entry.speaker)
        kind = types.get(speaker.casefold())
        last = speaker.split()[-1:]
        if kind or last and last[0][:1].isupper():  # ends in a surname, not "Western officials"
            yield kind or "person", speaker
    for place in entry.places:
        yield "place", place
    for actor in entry.actors:
        kind = types.get(one_line(actor).casefold())
        if kind:
            yield kind, actor


def build_index(rows: list[Row]) -> dict[str, list[tuple[str, list[str]]]]:
    """``{"People": [("Vladimir Putin", ["E2", "Q1"]), …], …}``, names sorted."""
    types = _known_types(rows)
    found: dict[str, dict[str, tuple[str, list[str]]]] = {c: {} for c in INDEX_CATEGORIES}
    for row in rows:
        for kind, name in _mentions(row, types):
            name = one_line(name)
            if not name:
                continue
            bucket = found.get(kind if kind in found else "organisation")
            _, labels = bucket.setdefault(name.casefold(), (name, []))
            if row.label not in labels:
                labels.append(row.label)
    return {INDEX_CATEGORIES[c]: sorted(found[c].values(), key=lambda t: t[0].casefold())
            for c in INDEX_CATEGORIES if found[c]}


def source_parts(article: Article) -> list[str]:
    """``[outlet, title, date, url]`` of a citation, empty fields dropped.

    An article without a title is named by its source file instead."""
    title = one_line(article.title) or one_line(article.source_name)
    parts = [one_line(article.outlet), title, date_label(article.published), one_line(article.url)]
    return [p for p in parts if p]


def number_text(number) -> str:
    """"more than 86% of the area": a Number as a reader should see it."""
    text = one_line(number.text)
    counts = one_line(number.counts)
    return f"{text} {counts}".strip() if counts and counts not in text else text
