"""Markdown export: the brief's sections as plain text with light markup."""
from __future__ import annotations

import re
from itertools import groupby

from newsdigest.domain.brief import SECTIONS, BriefItem, BriefSpec
from newsdigest.domain.models import Kind
from newsdigest.export.atomic import atomic_text
from newsdigest.export.content import BriefContent, Row, number_text, prepare, source_parts
from newsdigest.export.text import clean, date_label, humanise, one_line

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md(value: object) -> str:
    """Escape Markdown/HTML syntax so text prints literally."""
    return _SPECIAL.sub(r"\\\1", one_line(value))


def _grade(row: Row, content: BriefContent) -> str:
    return f" `{row.grade}`" if content.spec.show_grades else ""


def _tail(row: Row, content: BriefContent) -> list[str]:
    out = []
    if row.tags:
        out.append(f"  Tags: {md(', '.join(row.tags))}")
    if content.spec.show_notes and row.note:
        out.append(f"  > **Analyst note:** {md(row.note)}")
    return out


def _event(row: Row, content: BriefContent) -> list[str]:
    e = row.entry
    facts = [f"Place: {md(', '.join(e.places))}" if e.places else "",
             f"Actors: {md(', '.join(e.actors))}" if e.actors else "",
             f"Numbers: {md('; '.join(number_text(n) for n in e.numbers))}" if e.numbers else "",
             f"Type: {md(humanise(e.event_type))}" if e.event_type else ""]
    head = f"- **{row.label}**{_grade(row, content)} {md(e.text)} \\[{row.citation}\\]"
    lines = [head, "  " + " · ".join(f for f in facts + [f"Status: {row.status}"] if f)]
    return lines + _tail(row, content)


def _quote(row: Row, content: BriefContent) -> list[str]:
    e = row.entry
    text = md(e.text) if e.kind == Kind.CLAIM.value else f"“{md(e.text)}”"
    who = md(e.speaker or "Unattributed") + (f", {md(e.role)}" if e.role else "")
    when = f" · {md(row.when)}" if row.when else ""
    lines = [f"- **{row.label}**{_grade(row, content)} {text} — *{who}* \\[{row.citation}\\]{when}"]
    return lines + _tail(row, content)


def render(content: BriefContent) -> str:
    """The whole brief as Markdown text."""
    spec = content.spec
    out = [f"# {md(spec.title)}"]
    if spec.marking:
        out = [f"**{md(spec.marking)}**", ""] + out
    if spec.subtitle:
        out.append(f"*{md(spec.subtitle)}*")
    meta = [date_label(content.date, long=True), spec.author, spec.organisation]
    out += ["", " · ".join(md(m) for m in meta if m), ""]
    if content.wants("summary") and spec.summary.strip():
        out += [f"## {SECTIONS['summary']}", "", clean(spec.summary).strip(), ""]
    if content.events:
        out += [f"## {SECTIONS['events']}", ""]
        for day, rows in groupby(content.events, key=lambda r: r.entry.date or None):
            out += [f"### {date_label(day, long=True) if day else 'Undated'}", ""]
            for row in rows:
                out += _event(row, content)
            out.append("")
    if content.quotes:
        out += [f"## {SECTIONS['quotes']}", ""]
        for row in content.quotes:
            out += _quote(row, content)
        out.append("")
    if content.wants("index") and content.index:
        out += ["## Index", ""]
        for category, names in content.index.items():
            out += [f"### {category}", ""]
            out += [f"- {md(name)}: {', '.join(labels)}" for name, labels in names] + [""]
    if content.wants("sources") and content.sources:
        out += [f"## {SECTIONS['sources']}", ""]
        out += [f"{n}. {' — '.join(md(p) for p in source_parts(a))}"
                for n, a in enumerate(content.sources, 1)] + [""]
    if spec.marking:
        out += [f"**{md(spec.marking)}**", ""]
    return "\n".join(out)


def write_markdown(items: list[BriefItem], spec: BriefSpec, out_path) -> None:
    """See :func:`newsdigest.export.write_markdown`."""
    with atomic_text(out_path) as handle:
        handle.write(render(prepare(items, spec)))
