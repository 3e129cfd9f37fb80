"""What a brief is made of: the items it prints and the settings it is built with.

Stdlib only.  The library resolves a :class:`BriefSpec`'s selection into a
list of :class:`BriefItem`; the exporters in ``newsdigest.export`` turn those
into a PDF, Markdown, CSV or JSON file.  A spec is also what a saved "brief
recipe" stores, so it round-trips through :meth:`BriefSpec.to_dict` /
:meth:`BriefSpec.from_dict` (plain JSON types only).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field, fields

from newsdigest.domain.models import Annotation, Article, Entry

#: Sections a brief can contain, in the order they are printed.
SECTIONS: dict[str, str] = {
    "summary": "Bottom line up front",
    "events": "Key events",
    "quotes": "Key quotes and claims",
    "index": "Index of people, places and organisations",
    "sources": "Sources",
}

#: How the library picks the entries of a brief.
SELECTIONS: dict[str, str] = {
    "included": "Entries marked \u201cinclude in brief\u201d",
    "selection": "The selected entries",
    "filter": "The current filter",
    "tag": "Entries with a tag",
    "not_dismissed": "Everything not dismissed",
}

PAGE_SIZES = ("A4", "Letter")

#: Handling markings offered by the export dialog (free text is allowed too).
MARKING_PRESETS = ("", "UNCLASSIFIED", "UNCLASSIFIED // FOR OFFICIAL USE ONLY", "OFFICIAL",
                   "OFFICIAL-SENSITIVE", "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER",
                   "TLP:AMBER+STRICT", "TLP:RED")

#: Printed in place of an unknown half of an Admiralty grade.
UNGRADED = "?"


@dataclass
class BriefItem:
    """One entry as the brief needs it: the entry, its annotation, its article."""

    entry: Entry
    annotation: Annotation | None
    article: Article  # article.reliability is the outlet's A-F grade or None


def _default_sections() -> list[str]:
    return list(SECTIONS)


@dataclass
class BriefSpec:
    """The export dialog's settings; also what a saved brief recipe holds."""

    title: str = "News Digest brief"
    subtitle: str = ""
    author: str = ""
    organisation: str = ""
    date: str = ""  # ISO date; empty means "today" at build time
    marking: str = ""  # handling marking printed at the top and bottom of each page
    page_size: str = "A4"  # or "Letter"
    summary: str = ""  # the analyst's bottom line up front
    sections: list[str] = field(default_factory=_default_sections)
    show_notes: bool = True
    show_grades: bool = True
    # Selection, resolved to items by the library (see SELECTIONS).
    selection: str = "not_dismissed"
    tag: str = ""
    min_credibility: int | None = None
    search: str = ""
    entry_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-ready dict of every setting."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> BriefSpec:
        """Build a spec from :meth:`to_dict` output; unknown keys are ignored
        (recipes saved by a newer version still load) and missing keys keep
        their defaults."""
        known = {f.name for f in fields(cls)}
        spec = cls(**{k: v for k, v in (data or {}).items() if k in known})
        spec.sections = [s for s in (spec.sections or []) if s in SECTIONS]
        spec.entry_ids = [int(i) for i in (spec.entry_ids or [])]
        if spec.min_credibility is not None:
            spec.min_credibility = int(spec.min_credibility)
        if spec.page_size not in PAGE_SIZES:
            spec.page_size = "A4"
        return spec

    def resolved_date(self) -> str:
        """The brief's ISO date: :attr:`date`, or today when it is empty."""
        return self.date.strip() or _dt.date.today().isoformat()


def admiralty_grade(reliability: str | None, credibility: int | None) -> str:
    """The NATO Admiralty grade of an item, e.g. ``"B2"``.

    An unknown half prints as ``"?"`` (``"B?"``, ``"?2"``, ``"??"``) rather
    than ``F``/``6``: those mean an analyst *judged* that the source or the
    information cannot be evaluated, whereas ``?`` means nobody has graded it
    yet, and a brief must not claim a judgement that was never made.
    """
    rel = (reliability or "").strip().upper()
    rel = rel if len(rel) == 1 and "A" <= rel <= "F" else UNGRADED
    cred = str(credibility) if credibility in (1, 2, 3, 4, 5, 6) else UNGRADED
    return rel + cred


def item_grade(item: BriefItem) -> str:
    """:func:`admiralty_grade` of an item's outlet reliability and annotation."""
    credibility = item.annotation.credibility if item.annotation else None
    return admiralty_grade(item.article.reliability, credibility)


def valid_date(text: str) -> bool:
    """True for an ISO date (``2025-03-13``) or an empty string ("today")."""
    text = (text or "").strip()
    if not text:
        return True
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def brief_filename(title: str, ext: str) -> str:
    """A file name for a brief: ``"Kursk: day 3"`` → ``"kursk-day-3.pdf"``."""
    stem = "".join(c if c.isalnum() or c in " -_" else " " for c in title or "")
    stem = "-".join(stem.lower().split())[:60] or "brief"
    return f"{stem}.{ext}"
