"""Turns a :class:`BriefContent` into the list of flowables of the PDF.

Every piece of text is passed through :func:`esc` before it enters
Paragraph markup; only markup written here (bold labels, links) is live.
"""
from __future__ import annotations

from itertools import groupby

from reportlab.platypus import HRFlowable, Paragraph, Spacer
from reportlab.platypus.flowables import BalancedColumns

from newsdigest.domain.brief import SECTIONS
from newsdigest.domain.models import CREDIBILITY, RELIABILITY, Kind, QuoteType
from newsdigest.export.content import BriefContent, Row, number_text, source_parts
from newsdigest.export.flowables import BlufBox, ItemBlock
from newsdigest.export.styles import MUTED, NAVY, Styles
from newsdigest.export.text import clean, date_label, esc, humanise, one_line

SEP = ' <font color="#9AA3AE">\u00b7</font> '


def heading(text: str, style, key: str, level: int) -> Paragraph:
    """A heading that is also a PDF destination and an outline entry."""
    para = Paragraph(f'<a name="{key}"/>{esc(text)}', style)
    para.outline = (clean(text), level, key)  # read by BriefDoc.afterFlowable
    return para


def cite(row: Row) -> str:
    return f'<a href="#src-{row.citation}" color="#1F3A5F">[{row.citation}]</a>'


def _field(label: str, value: str) -> str:
    return f'<font name="DejaVuSans-Bold">{label}</font> {esc(value)}'


def _note(row: Row, content: BriefContent, st: Styles) -> list[Paragraph]:
    if not (content.spec.show_notes and row.note):
        return []
    return [Paragraph(f'<font name="DejaVuSans-Bold" color="#1F3A5F">Analyst note</font>  '
                      f"{esc(row.note)}", st.note)]


def _tags(row: Row) -> list[str]:
    return [_field("Tags", ", ".join(one_line(t) for t in row.tags))] if row.tags else []


def _event_meta(row: Row) -> str:
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
    return SEP.join(parts + _tags(row) + [cite(row)])


def event_block(row: Row, content: BriefContent, st: Styles) -> ItemBlock:
    paras = [Paragraph(esc(row.entry.text), st.body),
             Paragraph(_event_meta(row), st.item_meta)] + _note(row, content, st)
    return _block(row, content, paras)


def _quote_text(row: Row) -> str:
    entry = row.entry
    text = one_line(entry.text).strip("\"\u201c\u201d")
    if entry.kind == Kind.CLAIM.value:
        return esc(text)
    if entry.quote_type == QuoteType.PARTIAL.value:
        return f"\u201c{esc(text)}\u201d"
    return f"\u201c{esc(text)}\u201d"


def quote_block(row: Row, content: BriefContent, st: Styles) -> ItemBlock:
    entry = row.entry
    who = f"<b>{esc(one_line(entry.speaker) or 'Unattributed')}</b>"
    if entry.role:
        who += f", {esc(one_line(entry.role))}"
    kind = "Claim" if entry.kind == Kind.CLAIM.value else "Quote"
    style = st.body if entry.kind == Kind.CLAIM.value else st.quote
    meta = SEP.join([f'<font color="#5B6673">{kind}</font>'] + _tags(row) + [cite(row)])
    paras = [Paragraph(_quote_text(row), style),
             Paragraph(f"\u2014 {who}{SEP}{meta}", st.attribution)] + _note(row, content, st)
    return _block(row, content, paras)


def _block(row: Row, content: BriefContent, paras) -> ItemBlock:
    grade = row.grade if content.spec.show_grades else None
    return ItemBlock(paras, label=row.label, date=row.when or "Undated", grade=grade,
                     status=row.status, key=f"item-{row.label}")


def title_block(content: BriefContent, st: Styles, meta: str) -> list:
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
    text = clean(content.spec.summary).strip()
    if not text:
        return []
    paras = [heading("Bottom line up front".upper(), st.bluf_head, "sec-summary", 0)]
    paras[0].outline = ("Bottom line up front", 0, "sec-summary")
    for block in (b.strip() for b in text.split("\n\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines and all(ln[:1] in "-\u2022*" for ln in lines):
            paras += [Paragraph(esc(ln[1:].strip()), st.bullet, bulletText="\u25aa") for ln in lines]
        elif lines:
            paras.append(Paragraph(esc("\n".join(lines)), st.bluf))
    box = BlufBox(paras)
    box.outline = paras[0].outline
    return [box, Spacer(1, 4)]


def events_section(content: BriefContent, st: Styles, number: int) -> list:
    out = [heading(f"{number}  {SECTIONS['events']}", st.h1, "sec-events", 0),
           HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=2)]
    for day, rows in groupby(content.events, key=lambda r: r.entry.date):
        label = date_label(day, long=True) if day else "Undated"
        out.append(heading(label.upper(), st.h2, f"day-{day or 'undated'}", 1))
        out += [event_block(row, content, st) for row in rows]
    return out


def quotes_section(content: BriefContent, st: Styles, number: int) -> list:
    out = [heading(f"{number}  {SECTIONS['quotes']}", st.h1, "sec-quotes", 0),
           HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=8)]
    return out + [quote_block(row, content, st) for row in content.quotes]


def index_section(content: BriefContent, st: Styles, number: int) -> list:
    out = [heading(f"{number}  Index", st.h1, "sec-index", 0),
           HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=4)]
    for category, names in content.index.items():
        out.append(Paragraph(esc(category), st.index_head))
        lines = [Paragraph(f"{esc(name)}  <font color=\"#5B6673\">"
                           + ", ".join(f'<a href="#item-{lb}">{lb}</a>' for lb in labels)
                           + "</font>", st.index) for name, labels in names]
        out.append(BalancedColumns(lines, nCols=2, spaceBefore=0, innerPadding=12)
                   if len(lines) > 3 else lines[0] if len(lines) == 1 else _many(lines))
    return out


def _many(lines):
    from reportlab.platypus import KeepTogether
    return KeepTogether(lines)


def _link(url: str) -> str:
    """A live link only for web addresses; anything else prints as text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" color="#1F3A5F">{esc(url)}</a>'
    return esc(url)


def sources_section(content: BriefContent, st: Styles, number: int) -> list:
    out = [heading(f"{number}  {SECTIONS['sources']}", st.h1, "sec-sources", 0),
           HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=6)]
    for n, article in enumerate(content.sources, 1):
        parts = source_parts(article)
        url = one_line(article.url)
        text = " \u2014 ".join(_link(p) if p == url else esc(p) for p in parts)
        grade = f' <font color="#5B6673">(source {esc(article.reliability)})</font>' \
            if content.spec.show_grades and article.reliability else ""
        out.append(Paragraph(f'<a name="src-{n}"/><b>[{n}]</b>\u00a0\u00a0{text}{grade}', st.source))
    if content.spec.show_grades:
        out += grading_key(st)
    return out


def grading_key(st: Styles) -> list:
    rel = "; ".join(f"<b>{k}</b> {esc(v.split(':')[0])}" for k, v in RELIABILITY.items())
    cred = "; ".join(f"<b>{k}</b> {esc(v.split(':')[0])}" for k, v in CREDIBILITY.items())
    return [Spacer(1, 10), Paragraph("<b>Grading (NATO Admiralty code)</b>", st.small),
            Paragraph(f"Source reliability: {rel}.", st.small),
            Paragraph(f"Information credibility: {cred}. <b>?</b> not yet graded.", st.small)]


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
    return story
