"""The cover page of a long brief: title block and a contents list.

Drawn straight onto the canvas at save time, when every heading's page is
known (see :mod:`newsdigest.export.canvas`).
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from newsdigest.export.fonts import SANS, face
from newsdigest.export.styles import INK, MARGIN_X, MUTED, NAVY, RULE
from newsdigest.export.text import esc

LINE = {0: 17.0, 1: 12.5}


def _para(canvas, text: str, style, x: float, y: float, width: float) -> float:
    """Draw a paragraph with its top at ``y``; return the y below it."""
    para = Paragraph(text, style)
    _, h = para.wrapOn(canvas, width, 1000)
    para.drawOn(canvas, x, y - h)
    return y - h - style.spaceAfter


def _title_block(canvas, furn, width: float, top: float) -> float:
    st = furn.styles
    y = top
    if furn.organisation:
        y = _para(canvas, esc(furn.organisation.upper()), st.kicker, MARGIN_X, y, width)
    # Cut an overlong title: the contents list must keep its room.
    title = furn.title if len(furn.title) <= 160 else furn.title[:159] + "\u2026"
    y = _para(canvas, esc(title), st.title, MARGIN_X, y, width)
    if furn.subtitle:
        y = _para(canvas, esc(furn.subtitle), st.subtitle, MARGIN_X, y, width)
    y = _para(canvas, esc(furn.meta), st.meta, MARGIN_X, y - 2, width)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, y - 8, MARGIN_X + width, y - 8)
    return y - 8


def _entries(headings, room: float):
    """Sections, plus sub-headings when all of them fit on the page."""
    full_height = sum(LINE[min(h.level, 1)] for h in headings)
    return headings if full_height <= room else [h for h in headings if h.level == 0]


def _leader_line(canvas, head, y: float, left: float, right: float, page: int) -> None:
    level = min(head.level, 1)
    font, size = (face(SANS, bold=True), 10) if level == 0 else (face(SANS), 8.5)
    x = left + (14 if level else 0)
    title = head.title
    while canvas.stringWidth(title, font, size) > right - x - 60 and len(title) > 4:
        title = title[:-2].rstrip() + "\u2026"
    canvas.setFont(font, size)
    canvas.setFillColor(INK if level == 0 else MUTED)
    canvas.drawString(x, y, title)
    number = str(page)
    canvas.drawRightString(right, y, number)
    start = x + canvas.stringWidth(title, font, size) + 6
    end = right - canvas.stringWidth(number, font, size) - 6
    canvas.setStrokeColor(RULE)
    canvas.setDash(0.6, 2.4)
    canvas.line(start, y + 1, end, y + 1) if end > start else None
    canvas.setDash()
    canvas.linkAbsolute(title, head.key, (left, y - 3, right, y + size))


def draw_cover(canvas, furn, *, offset: int) -> None:
    """Title block, then "Contents" with dotted leaders and page numbers that
    link to their sections (body page numbers shifted by ``offset``)."""
    page_w, page_h = canvas._pagesize
    width = page_w - 2 * MARGIN_X
    y = _title_block(canvas, furn, width, page_h - 42 * mm) - 16 * mm
    canvas.setFont(face(SANS, bold=True), 12.5)
    canvas.setFillColor(NAVY)
    canvas.drawString(MARGIN_X, y, "Contents")
    y -= 10
    for head in _entries(furn.headings, y - 60 * mm):
        y -= LINE[min(head.level, 1)]
        _leader_line(canvas, head, y, MARGIN_X, MARGIN_X + width, head.page + offset)
    _about(canvas, furn, width)


def _about(canvas, furn, width: float) -> None:
    """A short note at the foot of the cover: who, when, what, how graded."""
    para = Paragraph(esc(furn.about), furn.styles.meta)
    _, h = para.wrapOn(canvas, width, 200)
    top = 24 * mm + h
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top + 6, MARGIN_X + width, top + 6)
    para.drawOn(canvas, MARGIN_X, top - h)
