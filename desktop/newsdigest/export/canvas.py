"""The brief's canvas: page furniture drawn once the page count is known.

Pages are held back until :meth:`BriefCanvas.save`; only then are the
handling marking, running header and "Page N of M" drawn, and - when the
body runs past :data:`CONTENTS_AFTER` pages - a cover page with a contents
list is put in front.  The heading page numbers it lists were recorded
during the single layout pass, so the contents costs no second build
(``multiBuild`` would lay the whole brief out two or three times).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from newsdigest.export.cover import draw_cover
from newsdigest.export.fonts import SANS, face
from newsdigest.export.styles import INK, MARGIN_X, MUTED, RULE, TLP_COLOURS, HexColor

CONTENTS_AFTER = 4  # body pages; a longer brief gets a contents list
CONTENTS_KEY = "contents"


@dataclass
class Heading:
    """A section or date heading and the body page it landed on."""
    title: str
    level: int  # 0 section, 1 sub-heading
    key: str  # PDF destination name
    page: int  # body page number (before any cover page)


@dataclass
class Furniture:
    """What the canvas prints around the text, and what it reports back."""

    title: str
    subtitle: str
    organisation: str
    meta: str  # "12 March 2025 · Author"
    about: str  # one sentence on what the brief contains, for the cover
    marking: str
    styles: object
    headings: list[Heading] = field(default_factory=list)
    page_count: int = 0  # filled in by save()
    contents: bool = False  # whether a contents page was added


class BriefCanvas(Canvas):
    """A Canvas that defers every page until save (see the module docstring)."""

    def __init__(self, *args, furniture: Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[tuple[dict, list]] = []
        self._marks: list[tuple[str, dict]] = []

    def bookmarkPage(self, key, **kwargs):
        # The real page object does not exist yet, so a destination bound
        # now would point at page 1: remember it and bind it in save().
        self._marks.append((key, kwargs))
        return self._bookmarkReference(key)

    def showPage(self):
        self._held.append((dict(self.__dict__), self._marks))
        self._marks = []
        self._startPage()

    def save(self):
        if self._code:
            self.showPage()
        furn = self._furniture
        body = self._held
        furn.contents = len(body) > CONTENTS_AFTER
        offset = 1 if furn.contents else 0
        furn.page_count = total = len(body) + offset
        if furn.contents:
            self._emit_cover(total)
        for number, (state, marks) in enumerate(body, start=1 + offset):
            self._restore(state)
            for key, kwargs in marks:
                Canvas.bookmarkPage(self, key, **kwargs)
            # The first body page carries the title block: no running header.
            self._draw_furniture(number, total, running=number > 1 + offset)
            Canvas.showPage(self)
        self._add_outline(offset)
        Canvas.save(self)

    def _restore(self, state: dict) -> None:
        # Document-wide counters must not rewind with the page state, or
        # link annotations added later would reuse a name.
        count = self._annotationCount
        self.__dict__.update(state)
        self._annotationCount = count

    def _emit_cover(self, total: int) -> None:
        self._restore(self._held[0][0])
        self._restartAccumulators()
        self.init_graphics_state()
        self.state_stack = []
        Canvas.bookmarkPage(self, CONTENTS_KEY, fit="Fit")
        draw_cover(self, self._furniture, offset=1)
        self._draw_furniture(1, total, running=False)
        Canvas.showPage(self)

    def _add_outline(self, offset: int) -> None:
        headings = self._furniture.headings
        if self._furniture.contents:
            self.addOutlineEntry("Contents", CONTENTS_KEY, 0)
        for head in headings:
            self.addOutlineEntry(head.title, head.key, head.level)
        if headings:
            self.showOutline()

    # -- page furniture -------------------------------------------------
    def _draw_furniture(self, number: int, total: int, *, running: bool) -> None:
        width, height = self._pagesize
        furn = self._furniture
        self.saveState()
        if furn.marking:
            self._marking(width / 2, height - 11 * mm)
            self._marking(width / 2, 7.5 * mm)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if running:
            self.setFont(face(SANS), 7)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, height - 18 * mm, _fit(furn.title, 110))
            self.drawRightString(width - MARGIN_X, height - 18 * mm, furn.meta)
            self.line(MARGIN_X, height - 19.8 * mm, width - MARGIN_X, height - 19.8 * mm)
        self.line(MARGIN_X, 15.5 * mm, width - MARGIN_X, 15.5 * mm)
        self.setFont(face(SANS), 7)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, 12.2 * mm, _fit(furn.organisation or "News Digest", 80))
        self.drawRightString(width - MARGIN_X, 12.2 * mm, f"Page {number} of {total}")
        self.restoreState()

    def _marking(self, x: float, y: float) -> None:
        text = _fit(self._furniture.marking, 140)
        tlp = TLP_COLOURS.get(text.strip().upper())
        font = face(SANS, bold=True)
        self.setFont(font, 8.5)
        if tlp is None:
            self.setFillColor(INK)
            self.drawCentredString(x, y, text)
            return
        # A TLP label is printed in its colour on black, as FIRST specifies.
        w = self.stringWidth(text, font, 8.5) + 8
        self.setFillColor(HexColor("#000000"))
        self.rect(x - w / 2, y - 2.6, w, 11, stroke=0, fill=1)
        self.setFillColor(tlp)
        self.drawCentredString(x, y, text)


def _fit(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, with an ellipsis if cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
