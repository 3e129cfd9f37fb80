"""Custom flowables of the brief: item blocks and the bottom-line box.

Both are a vertical stack of Paragraphs drawn by hand rather than ReportLab
Tables: a Table per item costs several times the layout work, and the brief
must stay within 1.5x of a plain document of the same text.
"""
from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from newsdigest.export.fonts import SANS, face
from newsdigest.export.pdfops import move_to, set_fill
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
            self._heights.append(self._gap(i) + para.wrap(bw, ah)[1])
        self.width = aw
        self.height = max(sum(self._heights) + self.inset[2] + self.inset[3], self.min_height())
        return self.width, self.height

    def _gap(self, i: int) -> float:
        """Space between paragraph ``i`` and the one above it."""
        if i == 0:
            return 0.0
        return max(self.paras[i - 1].getSpaceAfter(), self.paras[i].getSpaceBefore())

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
            h = self._gap(i) + para.wrap(bw, room)[1]
            if h <= room:
                first.append(para)
                room -= h
                continue
            room -= self._gap(i)
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
    left and its paragraphs on the right.  A non-empty ``key`` names the PDF
    destination the index links to."""

    inset = (GUTTER, 0.0, 3.0, 8.0)

    def __init__(self, paras, *, label: str, date: str, grade: str | None,
                 status: str, key: str, continued: bool = False):
        super().__init__(paras, continued)
        self.label, self.date, self.grade, self.status, self.key = label, date, grade, status, key
        self._date_lines = simpleSplit(date, face(SANS), 7.5, GUTTER - 6)[:2] if date else []

    def clone(self, paras, continued):
        return ItemBlock(paras, label=self.label, date=self.date, grade=self.grade,
                         status=self.status, key=self.key, continued=continued)

    def drawOn(self, canvas, x, y, _sW=0):
        if self.key and not self.continued:  # the target of index links
            canvas.bookmarkPage(self.key, fit="XYZ", left=x, top=y + self.height + 4, zoom=0)
        super().drawOn(canvas, x, y, _sW)

    def min_height(self) -> float:
        return (self.inset[2] + 12 + 9.5 * len(self._date_lines)
                + (15 if self.grade or self.status else 0) + self.inset[3])

    def draw_background(self):
        canv = self.canv
        if self.grade:  # the badge box first, its text goes on top
            canv.setFillColor(BADGE_COLOURS.get(self.grade[-1:], BADGE_COLOURS["?"]))
            canv.rect(0, self._badge_y(), 19, 10.5, stroke=0, fill=1)
        text = canv.beginText()
        y = self._first_baseline()  # the label sits on the text's first baseline
        self._text(text, 0, y, face(SANS, bold=True), 9, NAVY,
                   self.label + (" (cont.)" if self.continued else ""))
        for line in self._date_lines:
            y -= 9.5
            self._text(text, 0, y, face(SANS), 7.5, MUTED, line)
        if self.grade:
            width = canv.stringWidth(self.grade, face(SANS, bold=True), 7)
            self._text(text, 9.5 - width / 2, self._badge_y() + 3, face(SANS, bold=True), 7,
                       WHITE, self.grade)
        if self.status:
            x, y = (23, self._badge_y() + 3) if self.grade else (0, y - 10)
            self._text(text, x, y, face(SANS), 6.5, STATUS_COLOURS.get(self.status, MUTED),
                       self.status.capitalize())
        canv.drawText(text)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.35)
        canv.line(GUTTER, 3.5, self.width, 3.5)

    def _first_baseline(self) -> float:
        return self.height - self.inset[2] - 9.5

    def _badge_y(self) -> float:
        return self._first_baseline() - 9.5 * len(self._date_lines) - 14

    @staticmethod
    def _text(text, x, y, font, size, color, string) -> None:
        text.setFont(font, size)
        set_fill(text, color)
        move_to(text, x, y)
        text._textOut(string)  # skips re-measuring: positions are set


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


class TwoColumns(Flowable):
    """Short paragraphs (index lines) in two balanced columns.

    ReportLab's BalancedColumns re-lays its content by trial splitting and
    deep copies; for a 1,000-entry brief it cost ten times the rest of the
    document.  Index lines are short, so one wrap each and a greedy split
    by height is enough."""

    gap = 14.0

    def __init__(self, paras):
        super().__init__()
        self.paras = list(paras)
        self._h: list[float] = []
        self._cut = 0

    def wrap(self, aw, ah):
        self.width, colw = aw, (aw - self.gap) / 2
        self._h = [p.wrap(colw, 1e6)[1] for p in self.paras]
        half, acc, self._cut = sum(self._h) / 2, 0.0, len(self.paras)
        for i, h in enumerate(self._h):
            if acc + h / 2 > half and i:
                self._cut = i
                break
            acc += h
        self.height = max(sum(self._h[: self._cut]), sum(self._h[self._cut:]))
        return aw, self.height

    def draw(self):
        x_right = (self.width + self.gap) / 2
        for start, stop, x in ((0, self._cut, 0.0), (self._cut, len(self.paras), x_right)):
            y = self.height
            for para, h in zip(self.paras[start:stop], self._h[start:stop]):
                y -= h
                para.drawOn(self.canv, x, y)

    def split(self, aw, ah):
        self.wrap(aw, ah)
        count, used, column = 0, 0.0, 0
        for h in self._h:
            if used + h > ah:
                column, used = column + 1, 0.0
                if column == 2 or h > ah:
                    break
            used += h
            count += 1
        if count == 0 or count == len(self.paras):
            return []
        return [TwoColumns(self.paras[:count]), TwoColumns(self.paras[count:])]
