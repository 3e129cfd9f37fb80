"""What the analyst is looking at: a search plus facet filters, combined with AND."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class EntryFilter:
    """Selection of entries; empty fields do not filter.

    Within one facet the values are alternatives (OR); facets combine with AND.
    """

    search: str = ""
    kinds: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    entity_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    credibility: list[int] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    included_only: bool = False
    min_credibility: int | None = None  # 1 best .. 6 worst: keeps 1..N
    include_dismissed: bool = True
    entry_ids: list[int] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self == EntryFilter()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "EntryFilter":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


#: Columns the entries table can sort on (model column -> stored column).
SORT_KEYS = ("id", "kind", "text", "speaker", "date", "place", "tags", "status", "grade",
             "article", "event_type", "rank")
