"""Custom flowables of the brief: item blocks and the bottom-line box.

Both are a vertical stack of Paragraphs drawn by hand rather than ReportLab
Tables: a Table per item costs several times the layout work, and the brief
must stay within 1.5x of a plain document of the same text.
"""
from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from newsdigest.export.fonts import SANS, face
from newsdigest.export.styles import BADGE_COLOURS, GUTTER, INK, MUTED, NAVY, RULE, TINT, WHITE

#: Blocks shorter than this move whole to the next page rather than split:
#: an event or quote reads badly when broken across pages.
KEEP_TOGETHER = 150


class Stack(Flowable):
    """Paragraphs stacked vertically inside ``inset`` (left, right, top, bottom)."""

    inset = (0.0, 0.0, 0.0, 0.0)

    def __init__(self, paras, continued: bool = False):
        super().__init__()
        self.paras = list(paras)
        self.continued = continued
        self._heights: list[float] = []

    def _inner_width(self, aw: float) -> float:
        return aw - self.inset[0] - self.inset[1]

    def wrap(self, aw, ah):
        bw = self._inner_width(aw)
        self._heights = []
        for i, para in enumerate(self.paras):
            before = para.getSpaceBefore() if i else 0
            self._heights.append(before + para.wrap(bw, ah)[1])
        self.width = aw
        self.height = max(sum(self._heights) + self.inset[2] + self.inset[3], self.min_height())
        return self.width, self.height

    def min_height(self) -> float:
        return 0.0

    def draw_background(self) -> None:
        """Hook: decorations behind the paragraphs."""

    def draw(self):
        self.draw_background()
        y = self.height - self.inset[2]
        for i, (para, h) in enumerate(zip(self.paras, self._heights)):
            y -= h
            para.drawOn(self.canv, self.inset[0], y)

    def clone(self, paras, continued: bool):
        raise NotImplementedError

    def split(self, aw, ah):
        """Keep short blocks whole; split tall ones between paragraphs."""
        if self.height <= ah or self.height < KEEP_TOGETHER:
            return []
        bw = self._inner_width(aw)
        room = ah - self.inset[2] - self.inset[3]
        first = []
        for i, para in enumerate(self.paras):
            h = (para.getSpaceBefore() if i else 0) + para.wrap(bw, room)[1]
            if h <= room:
                first.append(para)
                room -= h
                continue
            parts = para.split(bw, room) if room > 30 else []
            head, rest = (parts[:1], parts[1:] + self.paras[i + 1:]) if len(parts) > 1 \
                else ([], self.paras[i:])
            first += head
            break
        else:
            return [self]
        if not first:
            return []
        return [self.clone(first, self.continued), self.clone(rest, True)]


class ItemBlock(Stack):
    """One event or quote: a gutter (label, date, grade badge, status) on the
    left and its paragraphs on the right.  Drawing it sets the PDF
    destination ``key`` so the index and contents can link to it."""

    inset = (GUTTER, 0.0, 0.0, 9.0)

    def __init__(self, paras, *, label: str, date: str, grade: str | None,
                 status: str, key: str, continued: bool = False):
        super().__init__(paras, continued)
        self.label, self.date, self.grade, self.status, self.key = label, date, grade, status, key
        self._date_lines = simpleSplit(date, face(SANS), 7.5, GUTTER - 6)[:2] if date else []

    def clone(self, paras, continued):
        return ItemBlock(paras, label=self.label, date=self.date, grade=self.grade,
                         status=self.status, key=self.key, continued=continued)

    def min_height(self) -> float:
        return 11 + 9.5 * len(self._date_lines) + (15 if self.grade or self.status else 0) + self.inset[3]

    def drawOn(self, canvas, x, y, _sW=0):
        if not self.continued:
            canvas.bookmarkPage(self.key, fit="XYZ", left=x, top=y + self.height + 4)
        super().drawOn(canvas, x, y, _sW)

    def draw_background(self):
        canv, top = self.canv, self.height
        canv.setFillColor(NAVY)
        canv.setFont(face(SANS, bold=True), 9)
        canv.drawString(0, top - 8.5, self.label + (" (cont.)" if self.continued else ""))
        y = top - 8.5
        canv.setFillColor(MUTED)
        canv.setFont(face(SANS), 7.5)
        for line in self._date_lines:
            y -= 9.5
            canv.drawString(0, y, line)
        if self.grade:
            y -= 14
            self._badge(y)
        self._status(23 if self.grade else 0, y - (0 if self.grade else 10))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.35)
        canv.line(GUTTER, 3.5, self.width, 3.5)

    def _badge(self, y: float) -> None:
        canv = self.canv
        colour = BADGE_COLOURS.get(self.grade[-1:], BADGE_COLOURS["?"])
        canv.setFillColor(colour)
        canv.roundRect(0, y, 19, 10.5, 2, stroke=0, fill=1)
        canv.setFillColor(WHITE)
        canv.setFont(face(SANS, bold=True), 7)
        canv.drawCentredString(9.5, y + 3, self.grade)

    def _status(self, x: float, y: float) -> None:
        if not self.status:
            return
        self.canv.setFillColor(STATUS_COLOURS.get(self.status, MUTED))
        self.canv.setFont(face(SANS), 6.5)
        self.canv.drawString(x, y + 3, self.status.capitalize())


STATUS_COLOURS = {"flagged": BADGE_COLOURS["5"], "reviewed": BADGE_COLOURS["1"]}


class BlufBox(Stack):
    """The bottom line up front: a tinted panel with a navy rule on the left."""

    inset = (14.0, 12.0, 10.0, 8.0)

    def clone(self, paras, continued):
        return BlufBox(paras, continued)

    def draw_background(self):
        canv = self.canv
        canv.setFillColor(TINT)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(NAVY)
        canv.rect(0, 0, 3, self.height, stroke=0, fill=1)
        canv.setFillColor(INK)
