"""Cached PDF operators for hot drawing paths.

Without ReportLab's C accelerator every colour or position is formatted by a
pure-Python ``fp_str``; the item gutters and metadata lines of a 1,000-entry
brief make tens of thousands of such calls.  Colours are few and fixed, so
their operators are formatted once.  The operators are appended to a text
object's code inside a flowable, whose ``drawOn`` brackets the drawing with
``q``/``Q``, so no graphics state leaks out.
"""
from __future__ import annotations

from reportlab.lib.rl_accel import fp_str

_FILL: dict[tuple, str] = {}


def fill_op(color) -> str:
    """The ``rg`` operator that sets ``color`` as the fill colour."""
    key = (color.red, color.green, color.blue)
    op = _FILL.get(key)
    if op is None:
        op = _FILL[key] = f"{fp_str(*key)} rg"
    return op


def set_fill(text, color) -> None:
    """``text.setFillColor(color)`` for an RGB colour, without reformatting."""
    text._code.append(fill_op(color))


def move_to(text, x: float, y: float) -> None:
    """``text.setTextOrigin(x, y)`` with cheap fixed-point formatting."""
    text._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
    text._x0 = text._x = x
    text._y0 = text._y = y
