"""Typography and colour of the PDF brief.

A restrained palette (ink, one navy accent, greys) and two families: DejaVu
Serif for what analysts read (events, quotes, the bottom line), DejaVu Sans
for structure and metadata (headings, labels, badges, page furniture).
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from newsdigest.export.fonts import SANS, SERIF, face, register_fonts

INK = HexColor("#1A1F26")
NAVY = HexColor("#1F3A5F")
MUTED = HexColor("#5B6673")
RULE = HexColor("#C5CCD5")
RULE_DARK = HexColor("#9AA3AE")
TINT = HexColor("#EEF2F6")
WHITE = HexColor("#FFFFFF")

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 27 * mm  # room for the marking and the running header
MARGIN_BOTTOM = 22 * mm  # room for the marking and "Page N of M"
GUTTER = 27 * mm  # left column of an item: label, date, grade badge

#: Badge colours by information credibility (1-6, "?"): calm greys and
#: blues for sound information, muted amber/red for doubtful.
BADGE_COLOURS = {
    "1": HexColor("#2E5E3E"), "2": HexColor("#3F6B4A"), "3": HexColor("#7A6A2E"),
    "4": HexColor("#8A4F2A"), "5": HexColor("#8A2F2A"), "6": HexColor("#6B7280"),
    "?": HexColor("#8C95A1"),
}

#: Colours of Traffic Light Protocol labels (FIRST TLP 2.0), on black.
TLP_COLOURS = {
    "TLP:RED": HexColor("#FF2B2B"), "TLP:AMBER+STRICT": HexColor("#FFC000"),
    "TLP:AMBER": HexColor("#FFC000"), "TLP:GREEN": HexColor("#33FF00"),
    "TLP:CLEAR": HexColor("#FFFFFF"), "TLP:WHITE": HexColor("#FFFFFF"),
}


def _style(name: str, family: str, size: float, leading: float, *, bold=False,
           italic=False, color=INK, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=face(family, bold, italic), fontSize=size,
                          leading=leading, textColor=color, alignment=TA_LEFT, **kw)


@dataclass
class Styles:
    """All paragraph styles of the brief, built after fonts are registered."""

    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    item_meta: ParagraphStyle
    note: ParagraphStyle
    bluf_head: ParagraphStyle
    bluf: ParagraphStyle
    bullet: ParagraphStyle
    index_head: ParagraphStyle
    index: ParagraphStyle
    source: ParagraphStyle
    small: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles() -> Styles:
    """The brief's paragraph styles (registers the fonts first)."""
    register_fonts()
    return Styles(
        kicker=_style("kicker", SANS, 8, 10, bold=True, color=NAVY, spaceAfter=4),
        title=_style("title", SERIF, 19.5, 23.5, bold=True, spaceAfter=4),
        subtitle=_style("subtitle", SERIF, 11.5, 15, color=MUTED, spaceAfter=6),
        meta=_style("meta", SANS, 8, 11, color=MUTED),
        h1=_style("h1", SANS, 12.5, 16, bold=True, color=NAVY, spaceBefore=16, spaceAfter=2,
                  keepWithNext=1),
        h2=_style("h2", SANS, 8, 10, bold=True, color=MUTED, spaceBefore=8, spaceAfter=4,
                  keepWithNext=1),
        body=_style("body", SERIF, 9.5, 13),
        quote=_style("quote", SERIF, 9.5, 13, italic=True),
        attribution=_style("attribution", SANS, 8, 10.5, spaceBefore=2),
        item_meta=_style("item_meta", SANS, 7.5, 10, color=MUTED, spaceBefore=2.5),
        note=_style("note", SANS, 8, 10.5, color=INK, spaceBefore=3, leftIndent=6,
                    borderPadding=0),
        bluf_head=_style("bluf_head", SANS, 8, 10, bold=True, color=NAVY, spaceAfter=5),
        bluf=_style("bluf", SERIF, 10, 14.2, spaceAfter=5),
        bullet=_style("bullet", SERIF, 10, 14.2, leftIndent=12, bulletIndent=2, spaceAfter=2.5),
        index_head=_style("index_head", SANS, 8.5, 11, bold=True, color=INK, spaceBefore=6,
                          spaceAfter=2, keepWithNext=1),
        index=_style("index", SANS, 8, 10.5, leftIndent=10, firstLineIndent=-10),
        source=_style("source", SANS, 8, 10.8, leftIndent=20, firstLineIndent=-20, spaceAfter=2.5),
        small=_style("small", SANS, 7, 9, color=MUTED),
        toc1=_style("toc1", SANS, 10, 16, bold=True),
        toc2=_style("toc2", SANS, 8.5, 12, color=MUTED, leftIndent=14),
    )
