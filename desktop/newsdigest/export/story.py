"""Turns a :class:`BriefContent` into the list of flowables of the PDF.

Every piece of text is passed through :func:`esc` before it enters
Paragraph markup; only markup written here (bold labels, links) is live.
"""
from __future__ import annotations

from itertools import groupby

from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

from newsdigest.domain.brief import SECTIONS
from newsdigest.domain.models import CREDIBILITY, RELIABILITY, Kind
from newsdigest.export.content import BriefContent, Row, number_text, source_parts
from newsdigest.export.flowables import BlufBox, ItemBlock, TwoColumns
from newsdigest.export.fonts import SANS, face
from newsdigest.export.runs import Run, Runs
from newsdigest.export.styles import INK, MUTED, NAVY, Styles
from newsdigest.export.text import clean, date_label, esc, humanise, one_line

BOLD, REGULAR = face(SANS, bold=True), face(SANS)
DOT = Run("\u00b7 ", REGULAR, MUTED)


def heading(text: str, style, key: str, level: int, *, caps: bool = False) -> Paragraph:
    """A heading that is also a PDF destination and an outline entry
    (``caps`` prints it in capitals but keeps the outline in title case)."""
    para = Paragraph(f'<a name="{key}"/>{esc(text.upper() if caps else text)}', style)
    para.outline = (clean(text), level, key)  # read by BriefDoc.afterFlowable
    return para


def _kept_with_next(flowable):
    """``flowable``, kept on the page of the one after it."""
    flowable.keepWithNext = 1
    return flowable


def _section_rule(space_after: float) -> HRFlowable:
    """The rule under a section heading, kept with what follows it: the heading (kept with
    the rule) never ends a page alone ("3 Index" at the foot of one page, its index on the next)."""
    return _kept_with_next(HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=space_after))


#: Above this many items citations and index labels are not clickable:
#: each link is a PDF annotation object, and for very large briefs they
#: would dominate the file size and the save time.
LINK_LIMIT = 500


def _small(content: BriefContent) -> bool:
    """Whether the brief is small enough for clickable cross-references."""
    return len(content.rows) <= LINK_LIMIT


def _linked(content: BriefContent) -> bool:
    """Citations link to the sources list, when it is printed."""
    return content.wants("sources") and _small(content)


def cite(row: Row, linked: bool = True) -> Run:
    """The ``[n]`` citation of a row, linked to its source when ``linked``."""
    link = f"#src-{row.citation}" if linked else ""
    return Run(f"[{row.citation}]", REGULAR, NAVY, link)


def _meta(fields: list[list[Run]], st_size=7.5) -> Runs:
    """Label/value groups separated by middle dots, as one wrapped line."""
    runs: list[Run] = []
    for group in fields:
        if runs:
            runs.append(DOT)
        runs += group
    return Runs(runs, size=st_size, leading=10, space_before=2.5)


def _field(label: str, value: str) -> list[Run]:
    return [Run(label + " ", BOLD, MUTED), Run(one_line(value) + " ", REGULAR, MUTED)]


def _note(row: Row, content: BriefContent) -> list:
    if not (content.spec.show_notes and row.note):
        return []
    return [Runs([Run("Analyst note  ", BOLD, NAVY), Run(clean(row.note), REGULAR, INK)],
                 size=8, leading=10.5, space_before=3.5)]


def _tags(row: Row) -> list[list[Run]]:
    return [_field("Tags", ", ".join(one_line(t) for t in row.tags))] if row.tags else []


def _event_meta(row: Row, content: BriefContent) -> Runs:
    entry = row.entry
    parts = []
    if entry.places:
        parts.append(_field("Place", ", ".join(one_line(p) for p in entry.places)))
    if entry.actors:
        parts.append(_field("Actors", ", ".join(one_line(a) for a in entry.actors)))
    if entry.numbers:
        parts.append(_field("Numbers", "; ".join(number_text(n) for n in entry.numbers)))
    if entry.event_type:
        parts.append(_field("Type", humanise(entry.event_type)))
    return _meta(parts + _tags(row) + [[cite(row, _linked(content))]])


def event_block(row: Row, content: BriefContent, st: Styles, *, grouped: bool) -> ItemBlock:
    """An event; under a date heading its gutter does not repeat the date."""
    paras = [text_runs(clean(row.entry.text), st.body), _event_meta(row, content)] + _note(row, content)
    return _block(row, content, paras, date="" if grouped else None)


def text_runs(text: str, style) -> Runs:
    """Body text in one style.  Runs, not a Paragraph: no markup to parse
    (so nothing to escape) and half the layout cost of the same words."""
    return Runs([Run(text, style.fontName, style.textColor)],
                size=style.fontSize, leading=style.leading)


def _quote_text(row: Row) -> str:
    entry = row.entry
    text = one_line(entry.text).strip("\"\u201c\u201d")
    return text if entry.kind == Kind.CLAIM.value else f"\u201c{text}\u201d"


def _attribution(row: Row, content: BriefContent) -> Runs:
    entry = row.entry
    who = [Run("\u2014 ", REGULAR, INK), Run(one_line(entry.speaker) or "Unattributed", BOLD, INK)]
    if entry.role:
        who += [Run(", ", REGULAR, INK), Run(one_line(entry.role), REGULAR, INK)]
    who[-1] = Run(who[-1].text + " ", who[-1].font, who[-1].color)
    kind = "Claim" if entry.kind == Kind.CLAIM.value else "Quote"
    groups = [who, [Run(kind + " ", REGULAR, MUTED)]] + _tags(row) + [[cite(row, _linked(content))]]
    runs = _meta(groups)
    runs.size, runs.leading, runs.space_before = 8, 10.5, 2
    return runs


def quote_block(row: Row, content: BriefContent, st: Styles) -> ItemBlock:
    """A quote or claim: the words, who said them, and the analyst's note."""
    style = st.body if row.entry.kind == Kind.CLAIM.value else st.quote
    paras = [text_runs(_quote_text(row), style), _attribution(row, content)] + _note(row, content)
    # A quote's own date is rarely written; the day its article reported it
    # is the useful anchor, and is labelled as such rather than passed off.
    reported = row.entry.date or row.item.article.published
    return _block(row, content, paras, date=date_label(reported) if reported else None)


def _block(row: Row, content: BriefContent, paras, date: str | None = None) -> ItemBlock:
    grade = row.grade if content.spec.show_grades else None
    date = (row.when or "Undated") if date is None else date
    key = f"item-{row.label}" if _small(content) and content.wants("index") else ""
    return ItemBlock(paras, label=row.label, date=date, grade=grade, status=row.status, key=key)


def title_block(content: BriefContent, st: Styles, meta: str) -> list:
    """Organisation, title, subtitle and the date/author/contents line."""
    spec = content.spec
    out = []
    if spec.organisation:
        out.append(Paragraph(esc(one_line(spec.organisation).upper()), st.kicker))
    out.append(Paragraph(esc(spec.title), st.title))
    if spec.subtitle:
        out.append(Paragraph(esc(spec.subtitle), st.subtitle))
    out.append(Paragraph(esc(meta), st.meta))
    out += [Spacer(1, 5), HRFlowable(width="100%", thickness=1.2, color=NAVY, spaceAfter=12)]
    return out


def summary_box(content: BriefContent, st: Styles) -> list:
    """The bottom line up front; lines starting with '- ' become bullets."""
    text = clean(content.spec.summary).strip()
    if not text:
        return []
    paras = [heading("Bottom line up front", st.bluf_head, "sec-summary", 0, caps=True)]
    for block in (b.strip() for b in text.split("\n\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines and all(ln[:1] in "-\u2022*" for ln in lines):
            paras += [Paragraph(esc(ln[1:].strip()), st.bullet, bulletText="\u2022") for ln in lines]
        elif lines:
            paras.append(Paragraph(esc("\n".join(lines)), st.bluf))
    box = BlufBox(paras)
    box.outline = paras[0].outline
    return [box, Spacer(1, 4)]


def events_section(content: BriefContent, st: Styles, number: int) -> list:
    """Key events under date headings, undated last."""
    out = [heading(f"{number}  {SECTIONS['events']}", st.h1, "sec-events", 0),
           _section_rule(2)]
    groups = groupby(content.events, key=lambda r: r.entry.date or None)
    for n, (day, rows) in enumerate(groups, 1):
        label = date_label(day, long=True) if day else "Undated"
        # Keys are numbered: a date string from the store never enters markup.
        out.append(heading(label, st.h2, f"day-{n}", 1, caps=True))
        out += [event_block(row, content, st, grouped=day is not None) for row in rows]
    return out


def quotes_section(content: BriefContent, st: Styles, number: int) -> list:
    """Key quotes and claims in date order."""
    out = [heading(f"{number}  {SECTIONS['quotes']}", st.h1, "sec-quotes", 0),
           _section_rule(8)]
    return out + [quote_block(row, content, st) for row in content.quotes]


def index_section(content: BriefContent, st: Styles, number: int) -> list:
    """People, places and organisations with the items that mention them."""
    out = [heading(f"{number}  Index", st.h1, "sec-index", 0),
           _section_rule(4),
           _kept_with_next(Paragraph("References are to items: E for events, Q for quotes and claims.",
                                     st.small))]
    for category, names in content.index.items():
        out.append(Paragraph(esc(category), st.index_head))
        lines = [_index_line(name, labels, _small(content)) for name, labels in names]
        out.append(TwoColumns(lines))
    return out


#: An index entry lists at most this many items: past that a reader is
#: better served by the count (and the lines stay shorter than a column).
INDEX_LABELS = 40


def _index_line(name: str, labels: list[str], linked: bool) -> Runs:
    """A name and its item labels; in small briefs each label jumps to its item
    (in large ones thousands of link annotations would double the build)."""
    more = len(labels) - INDEX_LABELS
    labels = labels[:INDEX_LABELS]
    runs = [Run(name + "  ", REGULAR, INK)]
    if linked:
        runs += [Run(lb + (", " if n < len(labels) else " "), REGULAR, NAVY, f"#item-{lb}")
                 for n, lb in enumerate(labels, 1)]
    else:
        runs.append(Run(", ".join(labels) + " ", REGULAR, MUTED))
    if more > 0:
        runs.append(Run(f"\u2026 {more} more", REGULAR, MUTED))
    return Runs(runs, size=8, leading=10.5, indent=10)


def _source_line(n: int, article, content: BriefContent) -> Runs:
    """``[n] Outlet — Title — date — URL (source B)``; only web addresses link."""
    url = one_line(article.url)
    runs = [Run(f"[{n}] ", BOLD, INK)]
    for i, part in enumerate(source_parts(article)):
        sep = " \u2014 " if i else ""
        live = part == url and url.lower().startswith(("http://", "https://"))
        runs += [Run(sep, REGULAR, INK), Run(part + " ", REGULAR, NAVY if live else INK,
                                              url if live else "")]
    if content.spec.show_grades and article.reliability:
        runs.append(Run(f"(source {one_line(article.reliability)})", REGULAR, MUTED))
    return Runs(runs, size=8, leading=10.8, indent=20, space_after=2.5, anchor=f"src-{n}")


def sources_section(content: BriefContent, st: Styles, number: int) -> list:
    """Numbered citations, then the grading key when grades are shown."""
    out = [heading(f"{number}  {SECTIONS['sources']}", st.h1, "sec-sources", 0),
           _section_rule(6)]
    out += [_source_line(n, article, content) for n, article in enumerate(content.sources, 1)]
    if content.spec.show_grades:
        out += grading_key(st)
    return out


def grading_key(st: Styles) -> list:
    """A short legend of the NATO Admiralty code, kept in one piece."""
    rel = "; ".join(f"<b>{k}</b> {esc(v.split(':')[0])}" for k, v in RELIABILITY.items())
    cred = "; ".join(f"<b>{k}</b> {esc(v.split(':')[0])}" for k, v in CREDIBILITY.items())
    text = (f"<b>Grading (NATO Admiralty code).</b> Source reliability: {rel}. "
            f"Information credibility: {cred}. <b>?</b> not yet graded.")
    return [Spacer(1, 6), KeepTogether([Paragraph(text, st.small)])]


def build_story(content: BriefContent, st: Styles, meta: str) -> list:
    """All flowables of the brief, in print order."""
    story = title_block(content, st, meta)
    if content.wants("summary"):
        story += summary_box(content, st)
    makers = [("events", events_section, content.events), ("quotes", quotes_section, content.quotes),
              ("index", index_section, content.index), ("sources", sources_section, content.sources)]
    number = 0
    for name, maker, rows in makers:
        if content.wants(name) and rows:
            number += 1
            story += maker(content, st, number)
    if not content.rows:
        story.append(Paragraph("No entries match this brief\u2019s selection.", st.body))
    return story
