"""What the analyst has asked for: the typed search plus removable chips.

Chips in one facet are alternatives (OR) and facets combine (AND), exactly
like :class:`~newsdigest.domain.filters.EntryFilter`, which this builds.
No Qt here, so it is tested on its own.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass

from newsdigest.domain.filters import EntryFilter

#: Chip facet -> EntryFilter list field.
_LIST_FIELDS = {"kind": "kinds", "event_type": "event_types", "speaker": "speakers",
                "entity": "entity_ids", "tag": "tags", "status": "statuses",
                "credibility": "credibility", "article": "article_ids"}
#: Facets of which only one chip can be active (a date range).
_SINGLE = {"month", "date", "range"}
FACET_LABELS = {"kind": "Kind", "event_type": "Type", "speaker": "Speaker",
                "entity": "Names", "tag": "Tag", "status": "Status",
                "credibility": "Credibility", "article": "Article", "month": "Month",
                "date": "Date", "range": "Dates"}


@dataclass(frozen=True)
class Chip:
    facet: str
    value: object
    label: str

    def text(self) -> str:
        return f"{FACET_LABELS.get(self.facet, self.facet)}: {self.label}"


class FilterState:
    def __init__(self) -> None:
        self.search = ""
        self.chips: list[Chip] = []

    def has(self, facet: str, value) -> bool:
        return any(c.facet == facet and c.value == value for c in self.chips)

    def toggle(self, chip: Chip) -> bool:
        """Add the chip, or remove it if present; True when it was added."""
        if self.has(chip.facet, chip.value):
            self.remove(chip)
            return False
        self.add(chip)
        return True

    def add(self, chip: Chip) -> None:
        if chip.facet in _SINGLE:
            self.chips = [c for c in self.chips if c.facet not in _SINGLE]
        if not self.has(chip.facet, chip.value):
            self.chips.append(chip)

    def remove(self, chip: Chip) -> None:
        self.chips = [c for c in self.chips if (c.facet, c.value) != (chip.facet, chip.value)]

    def replace_facet(self, facet: str, chips: list[Chip]) -> None:
        self.chips = [c for c in self.chips if c.facet != facet] + chips

    def without(self, facet: str) -> FilterState:
        """A copy without that facet's chips: what a facet's own counts are taken under,
        so its other values stay listed and can be added as alternatives (OR)."""
        drop = _SINGLE if facet in _SINGLE else {facet}
        other = FilterState()
        other.search = self.search
        other.chips = [c for c in self.chips if c.facet not in drop]
        return other

    def clear(self) -> None:
        self.search = ""
        self.chips = []

    def to_filter(self) -> EntryFilter:
        f = EntryFilter(search=self.search.strip())
        for chip in self.chips:
            if chip.facet in _LIST_FIELDS:
                getattr(f, _LIST_FIELDS[chip.facet]).append(chip.value)
            elif chip.facet == "month":
                f.date_from, f.date_to = _period(str(chip.value))
            elif chip.facet == "date":
                f.date_from = f.date_to = str(chip.value)
            elif chip.facet == "range":
                f.date_from, f.date_to = chip.value
        return f

    def describe(self) -> str:
        """The search and chips as one line, e.g. for a brief's cover or a saved search."""
        parts = [f'Search: "{self.search.strip()}"'] if self.search.strip() else []
        parts += [c.text() for c in self.chips]
        return "; ".join(parts) if parts else "All entries"

    @classmethod
    def from_filter(cls, f: EntryFilter, label=lambda facet, value: str(value)) -> FilterState:
        """Chips for a saved filter; ``label(facet, value)`` names ids (entities, articles)."""
        state = cls()
        state.search = f.search
        for facet, field_name in _LIST_FIELDS.items():
            for value in getattr(f, field_name):
                state.chips.append(Chip(facet, value, label(facet, value)))
        if f.date_from or f.date_to:
            rng = (f.date_from, f.date_to)
            text = f.date_from if f.date_from == f.date_to else f"{f.date_from or '…'} – {f.date_to or '…'}"
            state.chips.append(Chip("range", rng, text))
        return state


def _period(value: str) -> tuple[str, str]:
    """First and last date of a month ``YYYY-MM`` or a year ``YYYY`` (a timeline bar).

    The start is the bare prefix: dates known only to the month or the year
    ("2025-03", "2024") sort before "-01" and would otherwise fall outside.
    """
    if "-" not in value:
        return value, f"{value}-12-31"
    year, month = (int(p) for p in value.split("-")[:2])
    return value, f"{value}-{calendar.monthrange(year, month)[1]:02d}"
