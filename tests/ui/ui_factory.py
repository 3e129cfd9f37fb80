"""Small stores with known entries, built through the store API (no extractor)."""
from __future__ import annotations

from newsdigest.domain.models import ArticleDraft, Entity, EntityRef, Entry
from newsdigest.store import articles, open_database

ARTICLES = [
    {
        "title": "Russian forces close in on Kursk", "outlet": "Reuters", "published": "2025-03-12",
        "text": ("Russian forces retook the town of Sudzha on Tuesday. "
                 "President Vladimir Putin said the army would completely liberate Kursk. "
                 "Kremlin spokesman Dmitry Peskov claimed the operation was in its final phase."),
        "entries": [
            ("event", "Russian forces retook the town of Sudzha on Tuesday.", "", "battles",
             "2025-03-11", ["Sudzha"], [("place", "Sudzha"), ("place", "Kursk")]),
            ("quote", "the army would completely liberate Kursk.", "Vladimir Putin", "",
             "2025-03-12", ["Kursk"], [("person", "Vladimir Putin"), ("place", "Kursk")]),
            ("claim", "the operation was in its final phase.", "Dmitry Peskov", "",
             "2025-03-12", [], [("person", "Dmitry Peskov"), ("organisation", "Kremlin")]),
        ],
    },
    {
        "title": "Ceasefire talks stall", "outlet": "BBC", "published": "2025-03-14",
        "text": ("Envoys met in Riyadh for ceasefire talks on Friday. "
                 "Donald Trump said it is up to Russia now. "
                 "Vladimir Putin said a buffer zone was needed along the border."),
        "entries": [
            ("event", "Envoys met in Riyadh for ceasefire talks on Friday.", "", "diplomacy",
             "2025-03-14", ["Riyadh"], [("place", "Riyadh")]),
            ("quote", "it is up to Russia now.", "Donald Trump", "", "2025-03-14", [],
             [("person", "Donald Trump")]),
            ("quote", "a buffer zone was needed along the border.", "Vladimir Putin", "",
             "2025-03-14", [], [("person", "Vladimir Putin")]),
        ],
    },
    {
        "title": "Grain prices climb", "outlet": "AP", "published": "2025-04-01",
        "text": ("Wheat prices rose sharply in Chicago on Monday. "
                 "Analyst Janet Smith said the markets feared further disruption."),
        "entries": [
            ("event", "Wheat prices rose sharply in Chicago on Monday.", "", "economy",
             "2025-03-31", ["Chicago"], [("place", "Chicago")]),
            ("quote", "the markets feared further disruption.", "Janet Smith", "", "2025-04-01",
             [], [("person", "Janet Smith")]),
        ],
    },
]


def add_articles(db, specs=ARTICLES) -> list[int]:
    ids = []
    for spec in specs:
        text = spec["text"]
        entries, entities = [], {}
        for kind, snippet, speaker, etype, date, places, refs in spec["entries"]:
            start = text.index(snippet)
            entries.append(Entry(kind=kind, text=snippet, start=start, end=start + len(snippet),
                                 speaker=speaker, event_type=etype, date=date, places=places,
                                 quote_type="direct" if kind == "quote" else None,
                                 entities=[EntityRef(t, n) for t, n in refs]))
            for t, n in refs:
                entities[(t, n)] = Entity(type=t, name=n)
        draft = ArticleDraft(text=text, title=spec["title"], outlet=spec["outlet"],
                             published=spec["published"])
        pairs = [(e, [f"{e.type}:{e.name.lower()}"]) for e in entities.values()]
        ids.append(articles.add_article(db, draft, entries, pairs, analyst="test").id)
    return ids


def make_store(path) -> str:
    db = open_database(path)
    add_articles(db)
    db.close()
    return str(path)


def many_articles(n: int) -> list[dict]:
    """``n`` distinct one-entry articles (for imports and big tables)."""
    out = []
    for i in range(n):
        text = f"Officials in town {i} said the bridge number {i} reopened after repairs."
        out.append({"title": f"Bridge {i}", "outlet": "Local", "published": "2025-05-01",
                    "text": text, "entries": [
                        ("event", text, "", "other", "2025-05-01", [f"Town {i}"], [])]})
    return out
