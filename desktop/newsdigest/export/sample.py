"""A realistic sample brief (Kursk, March 2025) for tests, the benchmark and
a quick look at the layout: ``python -m newsdigest.export.sample out.pdf``.

Built by hand from ``resources/samples/kursk-2025.txt``; it never touches the
store or the extractor.
"""
from __future__ import annotations

import sys

from newsdigest.domain.brief import BriefItem, BriefSpec
from newsdigest.domain.models import Annotation, Article, EntityRef, Entry, Number
from newsdigest.paths import resource_path

RU_TEXT = ("Владимир Путин посетил командный пункт группировки войск «Север» в Курской "
           "области. «Задача — в кратчайшие сроки окончательно разгромить противника», "
           "— заявил Владимир Путин.")

P = "person"
PL = "place"
ORG = "organisation"


def _articles() -> tuple[Article, Article]:
    text = resource_path("samples", "kursk-2025.txt").read_text(encoding="utf-8")
    kursk = Article(id=1, title="Russia on the brink of retaking Kursk as Putin visits troops",
                    outlet="Example Wire", byline="", url="https://example.org/world/kursk-2025",
                    published="2025-03-13", language="en", text=text, content_hash="k1",
                    imported_at="2025-03-13T08:00:00", source_name="kursk-2025.txt",
                    reliability="B")
    tass = Article(id=2, title="Путин посетил командный пункт в Курской области", outlet="ТАСС",
                   byline="", url="https://tass.example/politika/1", published="2025-03-12",
                   language="ru", text=RU_TEXT, content_hash="t1", imported_at="2025-03-12T20:00:00",
                   source_name="tass-kursk.html", reliability="C")
    return kursk, tass


def _entry(article: Article, kind: str, text: str, **kw) -> Entry:
    start = max(article.text.find(text), 0)
    return Entry(kind=kind, text=text, start=start, end=start + len(text), article_id=article.id, **kw)


def _events(a: Article) -> list[Entry]:
    putin = EntityRef(P, "Vladimir Putin", "President")
    return [
        _entry(a, "event", "Russian military efforts have proven formidable, with more than 86% of "
               "the area recaptured, according to General Valery Gerasimov.", date="2025-03-12",
               when="Wednesday", places=["Kursk"], actors=["Russian forces"], event_type="battles",
               numbers=[Number("more than 86%", 86.0, "percent", "of the area", "more than")],
               entities=[EntityRef(P, "Valery Gerasimov", "General"), EntityRef(PL, "Kursk")]),
        _entry(a, "event", "The conflict has led to the capture of 430 Ukrainian soldiers by "
               "Russian forces, who now have the remaining Ukrainian troops surrounded.",
               places=["Kursk"], actors=["Russian forces", "Ukrainian forces"],
               event_type="strategic_developments", when="recently",
               numbers=[Number("430", 430.0, "", "Ukrainian soldiers captured")]),
        _entry(a, "event", "Russian forces, in a controversial move, have conducted airstrikes on "
               "their own land, including the town of Sudzha, which suffered significant destruction.",
               date="2025-03-10", places=["Sudzha", "Kursk"], actors=["Russian forces"],
               event_type="explosions_remote_violence", entities=[EntityRef(PL, "Sudzha")]),
        _entry(a, "event", "The Institute for the Study of War noted that geolocated footage "
               "confirmed Russian forces had seized Sudzha and were advancing beyond the town.",
               date="2025-03-13", places=["Sudzha"], actors=["Russian forces"], event_type="battles",
               entities=[EntityRef(ORG, "Institute for the Study of War")]),
        _entry(a, "event", "President Vladimir Putin made an unannounced visit to the occupied "
               "Kursk region on Wednesday.", date="2025-03-12", when="on Wednesday",
               places=["Kursk"], actors=["Vladimir Putin"], event_type="strategic_developments",
               entities=[putin, EntityRef(PL, "Kursk")]),
        _entry(a, "event", "US representatives are heading to Russia to discuss a ceasefire proposal.",
               date="2025-03-13", places=["Russia"], actors=["United States"], event_type="diplomacy",
               entities=[EntityRef(ORG, "United States"), EntityRef(PL, "Russia")]),
    ]


def _quotes(a: Article, ru: Article) -> list[Entry]:
    return [
        _entry(a, "quote", "completely liberate", quote_type="partial", speaker="Vladimir Putin",
               role="President", date="2025-03-12", when="on Wednesday", cue="reiterating"),
        _entry(a, "quote", "buffer zone", quote_type="partial", speaker="Vladimir Putin",
               role="President", date="2025-03-12", cue="proposed"),
        _entry(a, "claim", "The operation to eliminate the remaining Ukrainian presence has reached "
               "its concluding phase.", speaker="Dmitry Peskov", role="Kremlin spokesperson",
               cue="as stated by", entities=[EntityRef(ORG, "Kremlin")]),
        _entry(a, "quote", "more favorable positions", quote_type="partial",
               speaker="Oleksandr Syrskyi", role="Ukraine's top general", cue="hinted at"),
        _entry(a, "quote", "terrorists", quote_type="partial", speaker="Vladimir Putin",
               role="President"),
        _entry(a, "quote", "We're going to have to see. It's up to Russia now.", quote_type="direct",
               speaker="Donald Trump", role="US President", date="2025-03-12", cue="stating"),
        _entry(ru, "quote", "Задача — в кратчайшие сроки окончательно разгромить противника",
               quote_type="direct", speaker="Владимир Путин", role="Президент России",
               date="2025-03-12", cue="заявил", entities=[EntityRef(PL, "Курская область")]),
    ]


_NOTES = {
    0: ("Gerasimov's figure is unverified; ISW geolocation supports the trend.", 2, "reviewed"),
    2: ("Corroborated by two independent imagery sources.", 2, "reviewed"),
    5: ("Timing of US visit unconfirmed.", 3, "new"),
    7: ("Compare with earlier buffer-zone proposals (Belgorod, 2024).", 2, "reviewed"),
    8: ("Kremlin framing; treat “concluding phase” as intent, not fact.", 4, "flagged"),
    11: ("Russian-language original.", 1, "reviewed"),
}


def sample_items() -> list[BriefItem]:
    """Thirteen graded, partly annotated items from two articles."""
    kursk, tass = _articles()
    entries = _events(kursk) + _quotes(kursk, tass)
    items = []
    for n, entry in enumerate(entries):
        entry.id = n + 1
        note, cred, status = _NOTES.get(n, ("", None, "new"))
        ann = Annotation(entry_id=entry.id, note=note, credibility=cred, status=status,
                         include_in_brief=True, tags=["kursk"] if n < 6 else [])
        items.append(BriefItem(entry, ann, tass if entry.article_id == 2 else kursk))
    return items


def sample_spec(**overrides) -> BriefSpec:
    """A filled-in spec for the sample brief."""
    spec = BriefSpec(
        title="Kursk: Russian counter-offensive nears completion",
        subtitle="Situation brief, 10\u201313 March 2025", author="Duty analyst",
        organisation="News Digest \u2014 Eastern Europe desk", date="2025-03-13",
        marking="UNCLASSIFIED // FOR OFFICIAL USE ONLY",
        summary=("Russian forces have almost certainly retaken most of the Kursk salient; "
                 "Sudzha has fallen.\n\n"
                 "- Gerasimov claims more than 86% of the area recaptured (B2).\n"
                 "- Putin's visit signals a push to finish the operation before ceasefire talks.\n"
                 "- Ukraine concedes withdrawals to \u201cmore favorable positions\u201d."))
    for key, value in overrides.items():
        setattr(spec, key, value)
    return spec


def bulk_items(count: int) -> list[BriefItem]:
    """``count`` items cycling through the sample, on varied dates and
    articles, for the benchmark."""
    base = sample_items()
    out = []
    for n in range(count):
        src = base[n % len(base)]
        entry = Entry(**{**src.entry.__dict__, "id": n + 1,
                         "date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}" if n % 9 else None})
        article = Article(**{**src.article.__dict__, "id": 100 + n // 5})
        out.append(BriefItem(entry, src.annotation, article))
    return out


if __name__ == "__main__":  # pragma: no cover - manual preview
    from newsdigest.export import write_brief_pdf

    print(write_brief_pdf(sample_items(), sample_spec(), sys.argv[1] if len(sys.argv) > 1 else "brief.pdf"))
