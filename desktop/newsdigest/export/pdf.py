"""Builds the PDF brief in one layout pass (see :mod:`.canvas` for how the
page count, contents and bookmarks are filled in afterwards)."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import partial

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from newsdigest.domain.brief import BriefItem, BriefSpec
from newsdigest.export.atomic import Cancelled, atomic_path
from newsdigest.export.canvas import BriefCanvas, Furniture, Heading
from newsdigest.export.content import BriefContent, prepare
from newsdigest.export.flowables import ItemBlock
from newsdigest.export.story import build_story
from newsdigest.export.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZES, make_styles
from newsdigest.export.text import date_label, one_line


class Tracker:
    """Reports progress per printed item and stops when asked to."""

    def __init__(self, total: int, progress=None, cancelled=None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)
        # Polling on every item is cheap; every tenth keeps callbacks rare.
        if self.done % 10 == 0:
            self.check()


class BriefDoc(BaseDocTemplate):
    """One frame per page; records headings for the contents and outline."""

    def __init__(self, filename, *, furniture: Furniture, tracker: Tracker, **kwargs):
        super().__init__(filename, **kwargs)
        self.furniture, self.tracker = furniture, tracker
        width, height = self.pagesize
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                      height - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame])])

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level, key = outline
            self.furniture.headings.append(Heading(title, level, key, self.page))
        if isinstance(flowable, ItemBlock) and not flowable.continued:
            self.tracker.step()


def _meta_line(content: BriefContent) -> str:
    parts = [date_label(content.date, long=True), one_line(content.spec.author)]
    return " \u00b7 ".join(p for p in parts if p)


def _summary_line(content: BriefContent) -> str:
    counts = [(len(content.events), "event"), (len(content.quotes), "quote"),
              (len(content.sources), "source")]
    return ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n)


def _about(content: BriefContent) -> str:
    """The cover's note on what the brief holds and how it is graded."""
    spec = content.spec
    who = ", ".join(p for p in (one_line(spec.author), one_line(spec.organisation)) if p)
    text = f"Prepared {'by ' + who + ' ' if who else ''}on {date_label(content.date, long=True)}."
    if content.rows:
        text += f" Contains {_summary_line(content)}."
    if spec.show_grades:
        text += (" Items are graded with the NATO Admiralty code: source reliability A\u2013F,"
                 " information credibility 1\u20136; \u201c?\u201d marks a grade not yet given.")
    return text


def _keywords(content: BriefContent) -> str:
    names = [name for group in content.index.values() for name, _ in group[:8]]
    return ", ".join(["news brief"] + names[:24])


_a85_lock = threading.Lock()
_a85_users = 0
_a85_saved = 1


@contextmanager
def _binary_streams():
    """Skip ReportLab's ASCII85 wrapping of compressed streams: plain binary
    streams are smaller and, without the C accelerator, A85 costs ~10% of the
    build.  ``useA85`` is process-wide, so concurrent builds (a preview while
    an export runs) share one switch and the last one out restores it."""
    global _a85_users, _a85_saved
    from reportlab import rl_config

    with _a85_lock:
        if _a85_users == 0:
            _a85_saved, rl_config.useA85 = rl_config.useA85, 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = _a85_saved


def build_pdf(content: BriefContent, path: str, tracker: Tracker) -> int:
    """Lay out and write ``content`` to ``path``; return the page count."""
    spec = content.spec
    styles = make_styles()
    meta = _meta_line(content)
    furniture = Furniture(title=one_line(spec.title), subtitle=one_line(spec.subtitle),
                          organisation=one_line(spec.organisation), meta=meta,
                          about=_about(content),
                          marking=one_line(spec.marking), styles=styles)
    story = build_story(content, styles, " \u00b7 ".join(p for p in (meta, _summary_line(content)) if p))
    doc = BriefDoc(path, furniture=furniture, tracker=tracker,
                   pagesize=PAGE_SIZES.get(spec.page_size, PAGE_SIZES["A4"]),
                   title=one_line(spec.title), author=one_line(spec.author),
                   subject=one_line(spec.subtitle) or "News Digest brief",
                   keywords=_keywords(content), creator="News Digest")
    tracker.check()
    with _binary_streams():
        doc.build(story, canvasmaker=partial(BriefCanvas, furniture=furniture))
    tracker.check()
    return furniture.page_count


def write_brief_pdf(items: list[BriefItem], spec: BriefSpec, out_path, *,
                    progress=None, cancelled=None) -> int:
    """See :func:`newsdigest.export.write_brief_pdf`."""
    with atomic_path(out_path) as tmp:
        content = prepare(items, spec)
        tracker = Tracker(len(content.rows), progress, cancelled)
        pages = build_pdf(content, tmp, tracker)
    return pages
