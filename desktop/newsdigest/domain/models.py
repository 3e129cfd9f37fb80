"""Plain data the whole application passes around.

Nothing here knows about SQLite, Qt or ReportLab: readers produce an
:class:`ArticleDraft`, the extractor turns its text into :class:`Entry` and
:class:`Entity` objects, the store persists them, and exporters read them back.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(str, enum.Enum):
    EVENT = "event"
    QUOTE = "quote"
    CLAIM = "claim"


class QuoteType(str, enum.Enum):
    DIRECT = "direct"
    PARTIAL = "partial"


class Status(str, enum.Enum):
    NEW = "new"
    REVIEWED = "reviewed"
    FLAGGED = "flagged"
    DISMISSED = "dismissed"


class EntityType(str, enum.Enum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"


class Origin(str, enum.Enum):
    EXTRACTED = "extracted"
    ANALYST = "analyst"


#: Event types, modelled on ACLED's event types plus the statement/diplomacy
#: categories a news brief needs.  ``other`` is the fallback.
EVENT_TYPES: dict[str, str] = {
    "battles": "Armed clashes, offensives, territory seized, lost or retaken, sieges, encirclements, retreats",
    "explosions_remote_violence": "Air/drone strikes, shelling, missiles, bombs, air-defence interceptions",
    "violence_against_civilians": "Killings, abductions, executions, torture or attacks aimed at civilians",
    "strategic_developments": "Troop movements and drills, visits, captures, arrests, appointments, evacuations",
    "protests": "Peaceful demonstrations, marches, rallies, labour strikes and walkouts",
    "riots": "Violent demonstrations, mob violence, police firing tear gas at crowds, looting",
    "diplomacy": "Talks, negotiations, ceasefires, sanctions, summits, treaties, envoys",
    "statements": "Public acts of speech: announcements, proposals, appeals, condemnations, labels",
    "economy": "Markets, prices, rates, trade and tariffs, company results, budgets, jobs",
    "legal": "Courts, charges, trials, verdicts, sentences, lawsuits, legislation and votes on bills",
    "health": "Outbreaks, cases, hospitals, vaccines, medicines and their regulators",
    "elections": "Votes, campaigns, turnout, seats and results",
    "technology": "Outages, cyber incidents, chips and software, satellites and launches",
    "disasters": "Earthquakes, floods, fires, storms, accidents, collapses, rescues",
    "other": "Anything else that happened or was done",
}

#: NATO Admiralty code: reliability of the source (A-F).
RELIABILITY: dict[str, str] = {
    "A": "Completely reliable: no doubt of authenticity, trustworthiness or competency",
    "B": "Usually reliable: minor doubts, history of mostly valid information",
    "C": "Fairly reliable: doubts, provided valid information in the past",
    "D": "Not usually reliable: significant doubts, provided valid information in the past",
    "E": "Unreliable: lacking authenticity, history of invalid information",
    "F": "Reliability cannot be judged: no basis for evaluating the source",
}

#: NATO Admiralty code: credibility of the information (1-6).
CREDIBILITY: dict[int, str] = {
    1: "Confirmed by other sources: logical, consistent with other information",
    2: "Probably true: not confirmed, logical, consistent with other information",
    3: "Possibly true: not confirmed, reasonably logical, agrees with some information",
    4: "Doubtful: not confirmed, possible but not logical, no other information",
    5: "Improbable: not confirmed, not logical, contradicted by other information",
    6: "Truth cannot be judged: no basis for evaluating the validity",
}


@dataclass
class ArticleDraft:
    """An article as a reader found it, before it is stored.

    Metadata a file does not carry stays empty: nothing is ever invented.
    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None``.
    """

    text: str
    title: str = ""
    outlet: str = ""
    byline: str = ""
    url: str = ""
    published: str | None = None
    language: str = ""
    source_name: str = ""


@dataclass
class Article:
    """A stored article."""

    id: int
    title: str
    outlet: str
    byline: str
    url: str
    published: str | None
    language: str
    text: str
    content_hash: str
    imported_at: str
    source_name: str
    reliability: str | None = None  # inherited from its outlet (A-F)


@dataclass
class Number:
    """A quantity in an event: ``value`` as typed, ``counts`` what it counts."""

    text: str  # as written, e.g. "more than 86%"
    value: float | None  # 86.0; None for vague amounts like "dozens"
    unit: str = ""  # "percent", "" for a plain count
    counts: str = ""  # "of the area", "Ukrainian soldiers"
    qualifier: str = ""  # "more than", "about", "at least"


@dataclass
class EntityRef:
    """A mention of an entity in one entry, by canonical name."""

    type: str  # EntityType value
    name: str  # canonical name
    role: str = ""  # "Kremlin spokesperson" where the text gives one


@dataclass
class Entity:
    """A person, place or organisation; one per real thing."""

    type: str
    name: str  # canonical
    aliases: list[str] = field(default_factory=list)
    id: int | None = None
    count: int = 0  # number of entries mentioning it (filled by the store)


@dataclass
class Entry:
    """An event, quote or claim found in (or added to) an article.

    ``start``/``end`` are character offsets into the article's text; the
    text between them is the evidence the entry rests on.
    """

    kind: str  # Kind value
    text: str
    start: int
    end: int
    quote_type: str | None = None  # QuoteType value for quotes
    speaker: str = ""  # canonical full name
    role: str = ""  # as written
    cue: str = ""  # "said", "according to", ...
    speaker_candidates: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    action: str = ""
    places: list[str] = field(default_factory=list)
    when: str = ""  # time as written
    date: str | None = None  # ISO date resolved against the article's date
    numbers: list[Number] = field(default_factory=list)
    event_type: str = ""
    confidence: float = 0.5
    origin: str = Origin.EXTRACTED.value
    entities: list[EntityRef] = field(default_factory=list)
    id: int | None = None
    article_id: int | None = None


@dataclass
class Extraction:
    """Everything the extractor found in one article."""

    entries: list[Entry]
    entities: list[Entity]


@dataclass
class Annotation:
    """The analyst's judgement on one entry."""

    entry_id: int
    note: str = ""
    credibility: int | None = None  # 1-6
    status: str = Status.NEW.value
    include_in_brief: bool = False
    priority: int = 0  # 0 none, 1 low, 2 medium, 3 high
    tags: list[str] = field(default_factory=list)
    analyst: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class HistoryRecord:
    """One change to an entry or its annotation."""

    id: int
    entry_id: int | None
    target: str  # "entry", "annotation", "source", "entity"
    field: str
    old_value: str | None
    new_value: str | None
    analyst: str
    at: str


@dataclass
class EntryRow:
    """One line of the entries table: an entry with its annotation, flattened."""

    id: int
    article_id: int
    kind: str
    quote_type: str | None
    text: str
    speaker: str
    role: str
    date: str | None
    when: str
    places: list[str]
    event_type: str
    tags: list[str]
    status: str
    credibility: int | None
    reliability: str | None
    include_in_brief: bool
    priority: int
    article_title: str
    start: int
    end: int
    origin: str
    confidence: float
    note: str = ""

    @property
    def grade(self) -> str:
        """Admiralty grade such as ``B2``; ``?`` stands for an unknown half."""
        if self.reliability is None and self.credibility is None:
            return ""
        return f"{self.reliability or '?'}{self.credibility or '?'}"


def plural(n: int, one: str, many: str = "") -> str:
    """``1 entry``, ``2 entries``: the count with the right form of the noun."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
