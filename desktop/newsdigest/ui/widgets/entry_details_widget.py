"""The selected entry in full: text, speaker, dates, places, grade, tags, names."""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

from newsdigest.domain.models import Entity, EntryRow
from newsdigest.ui import assets, highlight, palette

_KIND_LABEL = {"event": "Event", "quote": "Quote", "claim": "Claim"}


class EntryDetailsWidget(QTextBrowser):
    #: A link was clicked: "entity:<id>", "speaker:<name>" or "article:<id>".
    link_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        self.show_empty()

    def show_empty(self, message: str = "Select an entry to see its details.") -> None:
        self.setHtml(f'<p style="color:gray">{html.escape(message)}</p>')

    def show_entry(self, row: EntryRow, entities: list[Entity], terms: list[str]) -> None:
        self.setHtml(render(row, entities, terms))


def render(row: EntryRow, entities: list[Entity], terms: list[str]) -> str:
    esc = html.escape
    hit = palette.hit_color()
    icon = assets.icon_path(f"kind-{row.kind}")
    kind = _KIND_LABEL.get(row.kind, row.kind)
    if row.kind == "event" and row.event_type:
        kind += f" · {row.event_type.replace('_', ' ')}"
    elif row.quote_type:
        kind += f" · {row.quote_type}"
    parts = [(f'<p><img src="file://{esc(icon)}" width="16" height="16"> <b>{esc(kind)}</b>'
              f' &nbsp; <span style="color:gray">#{row.id} · {esc(row.origin)}</span></p>'),
             f'<p style="font-size:large">{highlight.to_html(row.text, terms, hit)}</p>']
    facts = []
    if row.speaker:
        who = f'<a href="speaker:{esc(row.speaker)}">{highlight.to_html(row.speaker, terms, hit)}</a>'
        facts.append(("Speaker", who + (f", {esc(row.role)}" if row.role else "")))
    if row.date or row.when:
        facts.append(("Date", esc(" · ".join(p for p in (row.date or "", row.when) if p))))
    if row.places:
        facts.append(("Places", esc(", ".join(row.places))))
    facts.append(("Status", esc(row.status)))
    if row.grade:
        facts.append(("Grade", esc(row.grade)))
    if row.tags:
        facts.append(("Tags", esc(", ".join(row.tags))))
    if row.note:
        facts.append(("Note", highlight.to_html(row.note, terms, hit)))
    facts.append(("Article", f'<a href="article:{row.article_id}">{esc(row.article_title)}</a>'))
    if entities:
        links = ", ".join(f'<a href="entity:{e.id}">{esc(e.name)}</a>' for e in entities)
        facts.append(("Names", links))
    parts.append("<table cellspacing='2'>" + "".join(
        f"<tr><td style='color:gray; padding-right:8px'>{k}</td><td>{v}</td></tr>"
        for k, v in facts) + "</table>")
    return "".join(parts)
