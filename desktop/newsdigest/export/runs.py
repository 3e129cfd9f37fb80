"""A light rich-text line: runs of text in a few fonts and colours, wrapped.

Paragraphs with mixed fonts or links take ReportLab's slow multi-fragment
path (markup parsing, per-fragment layout); an item's metadata line has a
dozen such fragments, and for a 1,000-entry brief that alone tripled the
build time.  :class:`Runs` measures each word once and draws plain strings,
and it never parses markup, so no escaping is needed: text is drawn as is.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from newsdigest.export.pdfops import move_to, set_fill
from newsdigest.export.text import clean

_WIDTHS: dict[tuple[str, str, float], float] = {}


def word_width(word: str, font: str, size: float) -> float:
    """``stringWidth`` with a memo: news text repeats its words (names,
    places, labels) and measuring a TrueType string is pure Python here."""
    key = (word, font, size)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) > 100_000:  # bound the memory of a long session
            _WIDTHS.clear()
        width = _WIDTHS[key] = stringWidth(word, font, size)
    return width


def _squash(text: str) -> str:
    """Collapse runs of spaces (keeping one leading/trailing space, which
    separates runs) and keep line breaks as forced breaks."""
    lines = [" ".join(line.split()) for line in clean(text).split("\n")]
    body = "\n".join(line for line in lines if line)
    lead = " " if text[:1].isspace() and body else ""
    tail = " " if text[-1:].isspace() and body else ""
    return lead + body + tail


@dataclass(frozen=True)
class Run:
    """A piece of text in one font and colour; ``link`` is a URL or ``#key``."""

    text: str
    font: str
    color: object
    link: str = ""


class Runs(Flowable):
    """Runs wrapped at word boundaries into lines ``leading`` apart."""

    def __init__(self, runs: list[Run], *, size: float, leading: float,
                 space_before: float = 0.0, indent: float = 0.0, space_after: float = 0.0,
                 anchor: str = ""):
        super().__init__()
        self.runs = [Run(_squash(r.text), r.font, r.color, r.link) for r in runs if r.text]
        self.size, self.leading, self.indent = size, leading, indent
        self.space_before, self.space_after = space_before, space_after
        self.anchor = anchor  # PDF destination set where the text is drawn
        self._lines: list[list[tuple[float, Run, str]]] = []
        self._aw = None

    def getSpaceBefore(self):
        return self.space_before

    def getSpaceAfter(self):
        return self.space_after

    def _words(self):
        """(run, word, space follows) triples; word None is a forced break."""
        for run in self.runs:
            for n, segment in enumerate(run.text.split("\n")):
                if n:
                    yield run, None, False
                words = segment.split(" ")
                for i, word in enumerate(words):
                    if word:
                        yield run, word, i < len(words) - 1

    def _pieces(self, word: str, font: str, room: float):
        """A word, cut into pieces that fit ``room`` when it is too long
        (URLs, hashes): overflowing the margin is worse than a break."""
        w = word_width(word, font, self.size)
        if w <= room or len(word) < 2:
            yield word, w
            return
        piece = ""
        for ch in word:
            if piece and stringWidth(piece + ch, font, self.size) > room:
                yield piece, stringWidth(piece, font, self.size)
                piece = ""
            piece += ch
        yield piece, stringWidth(piece, font, self.size)

    def _layout(self, aw: float) -> None:
        lines, line, x = [], [], 0.0
        for run, word, trail in self._words():
            if word is None:
                lines.append((self.indent if lines else 0.0, line))
                line, x = [], 0.0
                continue
            sp = word_width(" ", run.font, self.size)
            pieces = list(self._pieces(word, run.font, aw - self.indent))
            for n, (piece, w) in enumerate(pieces, 1):
                room = aw - (self.indent if lines else 0.0)
                if line and x + w > room:
                    lines.append((self.indent if lines else 0.0, line))
                    line, x = [], 0.0
                # The space after a word travels with it, so merging the
                # words of a run is plain concatenation.
                line.append((x, run, piece + (" " if trail and n == len(pieces) else "")))
                x += w
            x += sp if trail else 0.0
        if line:
            lines.append((self.indent if lines else 0.0, line))
        self._lines, self._aw = lines, aw

    def wrap(self, aw, ah):
        if self._aw != aw:
            self._layout(aw)
        self.width, self.height = aw, self.leading * max(len(self._lines), 1)
        return self.width, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        keep = int(ah // self.leading)
        if keep <= 0 or keep >= len(self._lines):
            return []
        return [self._part(self._lines[:keep], self.space_before, first=True),
                self._part(self._lines[keep:], 0.0, first=False)]

    def _part(self, lines, space_before: float, *, first: bool) -> Runs:
        part = Runs([], size=self.size, leading=self.leading, space_before=space_before,
                    indent=self.indent, space_after=self.space_after,
                    anchor=self.anchor if first else "")
        part.runs, part._lines, part._aw = self.runs, lines, self._aw
        return part

    def draw(self):
        # One text object for the whole flowable: a drawString per run
        # costs a text object each, and that dominated the layout time.
        canv = self.canv
        text = canv.beginText()
        font = color = None
        links = []
        y = self.height - self.size
        for shift, line in self._lines:
            # textOut advances the cursor by the text's width, which is how
            # the layout placed the next run: one origin per line suffices.
            move_to(text, shift, y)
            for x, run, chunk in self._merge(line):
                if run.font != font:
                    font = run.font
                    text.setFont(font, self.size)
                if run.color is not color:
                    color = run.color
                    set_fill(text, color)
                text._textOut(chunk)  # no cursor tracking: positions are known
                if run.link:
                    links.append((run, shift + x, y, chunk))
            y -= self.leading
        canv.drawText(text)
        if self.anchor:
            canv.bookmarkHorizontal(self.anchor, 0, self.height + 2)
        for link in links:
            self._link(*link)

    def _merge(self, line):
        """Consecutive words of one run drawn as one string (fewer PDF ops)."""
        merged: list[tuple[float, Run, str]] = []
        for x, run, word in line:
            last = merged[-1][1] if merged else None
            if last is run or (last is not None and not (run.link or last.link)
                               and last.font == run.font and last.color == run.color):
                x0, _, text = merged[-1]
                merged[-1] = (x0, last, text + word)
            else:
                merged.append((x, run, word))
        return merged

    def _link(self, run: Run, x: float, y: float, text: str) -> None:
        w = stringWidth(text.rstrip(), run.font, self.size)
        rect = (x, y - 2, x + w, y + self.size)
        if run.link.startswith("#"):
            self.canv.linkRect("", run.link[1:], rect, relative=1, thickness=0)
        else:
            self.canv.linkURL(run.link, rect, relative=1, thickness=0)
