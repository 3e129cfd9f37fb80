"""Dates as the file states them, as ISO ``YYYY-MM-DD`` - never guessed.

A date missing its day, month or year is rejected rather than completed
from today's date (dateutil's default), and an all-numeric date where day
and month could be swapped (``03/04/2025``) is rejected as ambiguous.
"""

from __future__ import annotations

import datetime as _dt
import re

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\s*$")
# Two defaults that differ in every field: if parsing yields different dates
# with them, the string lacked that field.
_DEFAULT_A = _dt.datetime(2001, 1, 1)
_DEFAULT_B = _dt.datetime(2002, 2, 2)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def to_iso_date(value: object) -> str | None:
    """ISO date for a date string, ``datetime``/``date`` or time tuple; else None.

    The calendar date is kept as written (``2025-03-12T23:30-05:00`` gives
    ``2025-03-12``), not converted to UTC.
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return _checked(value.date())
    if isinstance(value, _dt.date):
        return _checked(value)
    if isinstance(value, tuple) and len(value) >= 3:  # time.struct_time
        return _safe_date(value[0], value[1], value[2])
    if not isinstance(value, str):
        return None
    return _parse_string(value.strip())


def _parse_string(text: str) -> str | None:
    if not text or len(text) > 100:
        return None
    iso = _ISO.match(text)
    if iso:
        return _safe_date(*(int(g) for g in iso.groups()))
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric(*(int(g) for g in numeric.groups()))
    return _rfc822(text) or _dateutil(text)


def _numeric(first: int, second: int, year: int) -> str | None:
    if year < 100:
        return None  # two-digit years are ambiguous too
    if first <= 12 and second <= 12 and first != second:
        return None  # 03/04/2025: March 4 or 3 April?
    day, month = (first, second) if first > 12 else (second, first)
    return _safe_date(year, month, day)


def _rfc822(text: str) -> str | None:
    from email.utils import parsedate_tz

    parsed = parsedate_tz(text)
    if parsed is None:
        return None
    return _safe_date(parsed[0], parsed[1], parsed[2])


def _dateutil(text: str) -> str | None:
    from dateutil import parser

    try:
        first = parser.parse(text, default=_DEFAULT_A)
        second = parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None  # day, month or year was missing
    return _checked(first.date())


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return _checked(_dt.date(int(year), int(month), int(day)))
    except (ValueError, TypeError):
        return None


def _checked(date: _dt.date) -> str | None:
    if not _MIN_YEAR <= date.year <= _MAX_YEAR:
        return None
    return date.isoformat()
