"""Text helpers shared by every exporter: cleaning, escaping, date labels.

Kept free of ReportLab so Markdown/CSV/JSON exports stay cheap to import.
"""
from __future__ import annotations

import datetime as _dt
import re
from xml.sax.saxutils import escape as _xml_escape

# C0/C1 control characters other than tab and newline: ReportLab's paragraph
# parser and most CSV readers choke on them, and they never print anything.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clean(value: object) -> str:
    """``value`` as a printable string: ``None`` → "", controls removed,
    Windows/Mac line ends turned into ``\\n`` and tabs into spaces."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def esc(value: object) -> str:
    """``value`` escaped for ReportLab Paragraph markup.

    Every string that reaches a Paragraph goes through here, so a note that
    holds ``<b>``, ``&`` or ``<img src=x>`` prints literally instead of being
    interpreted (or crashing the parser).  Newlines become ``<br/>``.
    """
    return _xml_escape(clean(value), {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")


def one_line(value: object) -> str:
    """``clean(value)`` with runs of whitespace collapsed to single spaces."""
    return " ".join(clean(value).split())


def parse_iso(value: str | None) -> _dt.date | None:
    """The date in an ISO ``YYYY-MM-DD`` string (time part ignored) or None."""
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def date_label(value: str | None, *, long: bool = False) -> str:
    """``"12 Mar 2025"`` (or ``"12 March 2025"`` with ``long``) for an ISO
    date; the string itself when it is not ISO; "" for None."""
    day = parse_iso(value)
    if day is None:
        return clean(value)
    month = day.strftime("%B") if long else _MONTHS[day.month - 1]
    return f"{day.day} {month} {day.year}"


def humanise(key: str) -> str:
    """``"explosions_remote_violence"`` → ``"Explosions/remote violence"``."""
    words = clean(key).replace("_remote", "/remote").replace("_", " ").strip()
    return words[:1].upper() + words[1:]
